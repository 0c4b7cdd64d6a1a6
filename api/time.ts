/**
 * Kubernetes' timestamp format (RFC 3339 in UTC, whole seconds: `2026-01-02T03:04:05Z`), the one
 * every object field (`creationTimestamp`, `lastTransitionTime`, …) carries. One helper for the
 * server, the workers and the clients.
 */

/** A Date, or milliseconds since the epoch, as Kubernetes writes timestamps. */
export function rfc3339(t: Date | number): string {
  const d = typeof t === 'number' ? new Date(t) : t;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Milliseconds since the epoch of a timestamp field, or undefined when absent or unreadable. */
export function parseTimestamp(s: unknown): number | undefined {
  if (typeof s !== 'string' || s === '') return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : ms;
}
