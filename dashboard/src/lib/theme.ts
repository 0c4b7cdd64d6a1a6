/**
 * Light or dark: the system's choice (prefers-color-scheme) until the user picks one with the
 * toggle, which is remembered in localStorage (and followed by the other tabs). The effective
 * theme is set as `data-theme` on <html>, which the stylesheet's colour variables key on.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
export const THEME_KEY = 'capstan.theme';

/** The stored choice, or null when the user has not picked one (then the system decides). */
export function storedTheme(value: string | null): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/** The theme in effect: the user's choice if any, else the system's. */
export function effectiveTheme(stored: Theme | null, systemDark: boolean): Theme {
  return stored ?? (systemDark ? 'dark' : 'light');
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
const CHANGE = 'capstan:theme';

function read(): Theme {
  let stored: Theme | null = null;
  try {
    stored = storedTheme(localStorage.getItem(THEME_KEY));
  } catch {
    /* storage blocked: follow the system */
  }
  return effectiveTheme(stored, typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches);
}

/** Sets data-theme on <html> now (called before the first render, so no light flash). */
export function applyTheme(): Theme {
  const theme = read();
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  return theme;
}

function subscribe(listener: () => void): () => void {
  const media = matchMedia(DARK_QUERY);
  const onChange = () => {
    applyTheme();
    listener();
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key === THEME_KEY || e.key === null) onChange();
  };
  media.addEventListener('change', onChange);
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGE, onChange);
  return () => {
    media.removeEventListener('change', onChange);
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** The theme in effect and a toggle that stores the opposite one as the user's choice. */
export function useTheme(): { theme: Theme; toggle(): void } {
  const theme = useSyncExternalStore(subscribe, read);
  useEffect(() => {
    applyTheme();
  }, [theme]);
  const toggle = useCallback(() => {
    localStorage.setItem(THEME_KEY, read() === 'dark' ? 'light' : 'dark');
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return { theme, toggle };
}
