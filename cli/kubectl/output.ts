/**
 * How objects print: kubectl's tables (columns padded by three spaces), `-o yaml` (keys sorted,
 * sequences not indented, as kubectl prints), `-o json`, `-o name`, and kubectl's ages.
 */
import type { Resource } from './resources.ts';
import { objectRef } from './resources.ts';

export type KObject = {
  apiVersion?: string;
  kind?: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [k: string]: any };
  [k: string]: any;
};

/** GraphQL answers null for every absent field; Kubernetes objects leave them out. */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = withoutNulls(v);
    return out as T;
  }
  return value;
}

export async function toYaml(value: unknown): Promise<string> {
  const { stringify } = await import('yaml');
  return stringify(value, { version: '1.1', sortMapEntries: true, indentSeq: false, lineWidth: 0, aliasDuplicateObjects: false });
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 4)}\n`;
}

/** kubectl's `List` wrapper for several objects. */
export function listOf(items: KObject[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

export function nameOf(r: Resource, obj: KObject): string {
  return objectRef(r, obj.metadata.name);
}

/** Rows padded like kubectl's tabwriter: each column as wide as its widest cell plus three spaces. */
export class Table {
  private widths: number[];
  constructor(readonly header: string[]) {
    this.widths = header.map((h) => h.length);
  }

  /** Widens columns to fit `rows`; later rows (watch) keep these widths or overflow. */
  fit(rows: string[][]): void {
    for (const row of rows) row.forEach((cell, i) => (this.widths[i] = Math.max(this.widths[i] ?? 0, cell.length)));
  }

  format(row: string[]): string {
    return `${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd((this.widths[i] ?? 0) + 3))).join('').trimEnd()}\n`;
  }

  render(rows: string[][], withHeader = true): string {
    this.fit(rows);
    return (withHeader ? [this.header, ...rows] : rows).map((r) => this.format(r)).join('');
  }
}

/** kubectl's HumanDuration: `45s`, `3m20s`, `15m`, `5h10m`, `2d3h`, `400d`, `3y20d`. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.floor(hours / 24) % 365;
    return days === 0 ? `${Math.floor(hours / 24 / 365)}y` : `${Math.floor(hours / 24 / 365)}y${days}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

/** Age of a timestamp, or `<unknown>`. */
export function age(timestamp: string | undefined | null, now = Date.now()): string {
  if (!timestamp) return '<unknown>';
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? '<unknown>' : humanDuration(now - t);
}

/** `app=web,tier=db` or `<none>`. */
export function labelsText(labels: Record<string, string> | undefined | null): string {
  const entries = Object.entries(labels ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}
