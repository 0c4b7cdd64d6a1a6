/**
 * The URL is the dashboard's state: the path names the page (`/pods/default/web-1`), the query
 * its filters (`?ns=default&label=app%3Dweb&q=web`). Every page and filter can be shared by
 * copying the address.
 */
import { useSyncExternalStore } from 'react';

const CHANGE = 'capstan:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}

const snapshot = () => location.pathname + location.search;

export interface Location {
  path: string;
  /** Path segments after the page, decoded: /pods/default/web-1 → ['pods', 'default', 'web-1']. */
  segments: string[];
  params: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, location.origin);
  return { path: url.pathname, segments: url.pathname.split('/').filter(Boolean).map(decodeURIComponent), params: url.searchParams };
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

/** Sets (or, with '' / null, removes) query parameters of the current URL, keeping the others. */
export function setParams(changes: Record<string, string | null | undefined>, opts: { replace?: boolean } = { replace: true }): void {
  const url = new URL(location.href);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  navigate(url.pathname + url.search, opts);
}

/** A link to a page that keeps the shared filters (namespace, label, search) of the current URL. */
export function href(path: string, extra: Record<string, string | null | undefined> = {}): string {
  const current = new URLSearchParams(location.search);
  const params = new URLSearchParams();
  for (const k of ['ns', 'label']) {
    const v = current.get(k);
    if (v) params.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v) params.set(k, v);
    else params.delete(k);
  }
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

export const enc = encodeURIComponent;
