/**
 * The Events page's filters (namespace, involved object's kind and name, type, reason, free
 * text) and its order (newest first), and where an event's object lives in the dashboard. Pure:
 * tested without a browser.
 */
import { isKind, isNamespaced, type K8sObject } from './kinds.ts';
import { WORKLOAD_KINDS } from './workloads.ts';

export interface EventFilter {
  /** '' for every namespace. */
  namespace: string;
  /** The involved object's kind ('' for any). */
  kind: string;
  /** Part of the involved object's name ('' for any). */
  object: string;
  /** 'Normal', 'Warning' or '' for both. */
  type: string;
  /** Exactly this reason ('' for any). */
  reason: string;
  /** Words that must all appear in the reason, message, object or source (case-insensitive). */
  text: string;
}

export const NO_EVENT_FILTER: EventFilter = { namespace: '', kind: '', object: '', type: '', reason: '', text: '' };

/** When the event last happened: lastTimestamp, else eventTime, firstTimestamp, creation. */
export function eventLastSeen(e: K8sObject): string | undefined {
  return e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? undefined;
}

const time = (e: K8sObject) => Date.parse(eventLastSeen(e) ?? '') || 0;

function haystack(e: K8sObject): string {
  const o = e.involvedObject ?? {};
  return [e.reason, e.message, o.kind, o.namespace, o.name, o.fieldPath, e.source?.component, e.source?.host, e.reportingComponent, e.type].filter(Boolean).join(' ').toLowerCase();
}

/** The events that pass every filter, newest first. */
export function filterEvents(events: readonly K8sObject[], f: EventFilter): K8sObject[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  const object = f.object.toLowerCase();
  const out = events.filter((e) => {
    const o = e.involvedObject ?? {};
    if (f.namespace && e.metadata.namespace !== f.namespace && o.namespace !== f.namespace) return false;
    if (f.kind && o.kind !== f.kind) return false;
    if (object && !String(o.name ?? '').toLowerCase().includes(object)) return false;
    if (f.type && (e.type ?? 'Normal') !== f.type) return false;
    if (f.reason && e.reason !== f.reason) return false;
    if (words.length) {
      const h = haystack(e);
      if (!words.every((w) => h.includes(w))) return false;
    }
    return true;
  });
  return out.map((e) => [time(e), e] as const).sort((a, b) => b[0] - a[0]).map((x) => x[1]);
}

/** The involved kinds and reasons present, sorted, for the filters' choices. */
export function eventFacets(events: readonly K8sObject[]): { kinds: string[]; reasons: string[] } {
  const kinds = new Set<string>();
  const reasons = new Set<string>();
  for (const e of events) {
    if (e.involvedObject?.kind) kinds.add(e.involvedObject.kind);
    if (e.reason) reasons.add(e.reason);
  }
  return { kinds: [...kinds].sort(), reasons: [...reasons].sort() };
}

const enc = encodeURIComponent;

/** The YAML page of any object. */
export function yamlPath(kind: string, namespace: string | null | undefined, name: string): string {
  return namespace ? `/yaml/${enc(kind)}/${enc(namespace)}/${enc(name)}` : `/yaml/${enc(kind)}/${enc(name)}`;
}

/** The dashboard page of an object: its own page when it has one, else its YAML; null for an unknown kind. */
export function objectPath(kind: string, namespace: string | null | undefined, name: string): string | null {
  if (!isKind(kind) || !name) return null;
  if (isNamespaced(kind) && !namespace) return null;
  const ns = namespace ?? '';
  if (kind === 'Pod') return `/pods/${enc(ns)}/${enc(name)}`;
  if (kind === 'Node') return `/nodes/${enc(name)}`;
  if (kind === 'Deployment') return `/workloads/${enc(ns)}/${enc(name)}`;
  const workload = WORKLOAD_KINDS.find((w) => w.kind === kind);
  if (workload) return `/workloads/${workload.plural}/${enc(ns)}/${enc(name)}`;
  if (kind === 'ConfigMap') return `/config/configmaps/${enc(ns)}/${enc(name)}`;
  if (kind === 'Secret') return `/config/secrets/${enc(ns)}/${enc(name)}`;
  return yamlPath(kind, isNamespaced(kind) ? ns : null, name);
}
