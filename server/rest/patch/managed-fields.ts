/**
 * `metadata.managedFields` read into per-manager field sets and written back, as the Kubernetes
 * API server encodes them: one entry per manager (appliers by name; updaters by name and
 * apiVersion), Apply entries first, at most ten Update entries (older ones fold into
 * "ancient-changes").
 */
import { FieldSet } from './field-set.ts';
import type { KObject } from '../../kinds/types.ts';

export type ManagedFieldsOperation = 'Apply' | 'Update';

/** One `metadata.managedFields` entry, as Kubernetes writes it. */
export interface ManagedFieldsEntry {
  manager: string;
  operation: ManagedFieldsOperation;
  apiVersion: string;
  time?: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Record<string, unknown>;
  subresource?: string;
}

/** One manager: its entry (without the fields) and the fields it owns. */
export interface Manager {
  entry: Omit<ManagedFieldsEntry, 'fieldsV1' | 'fieldsType'>;
  fields: FieldSet;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Kubernetes keeps at most this many Update entries (fieldmanager's DefaultMaxUpdateManagers). */
export const MAX_UPDATE_MANAGERS = 10;
export const ANCIENT_CHANGES = 'ancient-changes';

// A manager is identified as in Kubernetes: appliers by name, updaters by name and apiVersion.
export function managerKey(operation: ManagedFieldsOperation, manager: string, apiVersion: string, subresource = ''): string {
  return JSON.stringify([operation, manager, operation === 'Update' ? apiVersion : '', subresource]);
}

export function readManagers(obj: KObject | null): Map<string, Manager> {
  const managers = new Map<string, Manager>();
  const entries = (obj?.metadata as Json | undefined)?.managedFields;
  if (!Array.isArray(entries)) return managers;
  for (const raw of entries) {
    if (!isObject(raw) || typeof raw.manager !== 'string' || (raw.operation !== 'Apply' && raw.operation !== 'Update')) continue;
    const { fieldsV1, fieldsType: _fieldsType, ...entry } = raw as unknown as ManagedFieldsEntry;
    const key = managerKey(entry.operation, entry.manager, entry.apiVersion, entry.subresource);
    const fields = FieldSet.fromFieldsV1(fieldsV1);
    const seen = managers.get(key);
    managers.set(key, { entry: seen?.entry ?? entry, fields: seen ? seen.fields.union(fields) : fields });
  }
  return managers;
}

/** How a conflict message names a manager: `"kubectl-client-side-apply" using apps/v1`. */
export function describeManager(m: Manager): string {
  const subresource = m.entry.subresource ? ` with subresource ${JSON.stringify(m.entry.subresource)}` : '';
  return `${JSON.stringify(m.entry.manager)}${subresource}${m.entry.operation === 'Update' ? ` using ${m.entry.apiVersion}` : ''}`;
}

/** Kubernetes' order: Apply entries before Update entries, then by time, manager and apiVersion. */
export function writeManagers(obj: Json, managers: Map<string, Manager>): KObject {
  capUpdateManagers(managers);
  const entries: ManagedFieldsEntry[] = [...managers.values()]
    .map(({ entry, fields }) => ({ ...entry, fieldsType: 'FieldsV1' as const, fieldsV1: fields.toFieldsV1() }))
    .sort(
      (a, b) =>
        compare(a.operation, b.operation) ||
        compare(secondsOf(a.time), secondsOf(b.time)) ||
        compare(a.manager, b.manager) ||
        compare(a.apiVersion, b.apiVersion) ||
        compare(a.subresource ?? '', b.subresource ?? ''),
    );
  const metadata = { ...(obj.metadata as Json) };
  if (entries.length > 0) metadata.managedFields = entries.map(ordered);
  else delete metadata.managedFields;
  return { ...obj, metadata } as unknown as KObject;
}

/** An entry's fields in the order Kubernetes prints them. */
function ordered(e: ManagedFieldsEntry): ManagedFieldsEntry {
  return {
    manager: e.manager,
    operation: e.operation,
    apiVersion: e.apiVersion,
    ...(e.time !== undefined ? { time: e.time } : {}),
    fieldsType: e.fieldsType,
    fieldsV1: e.fieldsV1,
    ...(e.subresource ? { subresource: e.subresource } : {}),
  };
}

const compare = <T extends string | number>(a: T, b: T) => (a < b ? -1 : a > b ? 1 : 0);
const secondsOf = (time: string | undefined) => (time ? Math.floor(Date.parse(time) / 1000) : 0);
export { rfc3339 as timestamp } from '../../../api/time.ts';

/**
 * fieldmanager's capManagersManager: past MAX_UPDATE_MANAGERS Update entries, the oldest fold
 * into one "ancient-changes" entry per apiVersion, keeping the time of the newest folded one.
 */
function capUpdateManagers(managers: Map<string, Manager>): void {
  const updaters = [...managers.entries()].filter(([, m]) => m.entry.operation === 'Update');
  if (updaters.length <= MAX_UPDATE_MANAGERS) return;
  updaters.sort(([ka, a], [kb, b]) => compare(secondsOf(a.entry.time), secondsOf(b.entry.time)) || compare(ka, kb));
  const bucketsUsed = new Set<string>();
  let length = updaters.length;
  for (const [key, manager] of updaters) {
    if (length <= MAX_UPDATE_MANAGERS) break;
    const bucket = managerKey('Update', ANCIENT_CHANGES, manager.entry.apiVersion);
    const previous = managers.get(bucket);
    managers.delete(key);
    managers.set(bucket, {
      entry: { manager: ANCIENT_CHANGES, operation: 'Update', apiVersion: manager.entry.apiVersion, time: manager.entry.time },
      fields: previous ? previous.fields.union(manager.fields) : manager.fields,
    });
    // The first entry folded into a bucket only replaces itself; later ones shrink the count.
    if (bucketsUsed.has(bucket)) length--;
    bucketsUsed.add(bucket);
  }
}
