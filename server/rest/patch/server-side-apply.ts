/**
 * Server-side apply and field ownership, as the Kubernetes API server keeps them in
 * `metadata.managedFields` (structured-merge-diff's `Updater`).
 *
 * Each entry says which fields one manager set, by Apply (`kubectl apply --server-side`) or by
 * Update (any other write: create, PUT, PATCH). An apply merges the configuration into the
 * object, takes ownership of what it sets, removes what the manager applied before and no longer
 * does (unless another manager owns it), and fails with CONFLICT where it would change a value
 * another manager owns — unless forced, which moves the ownership. An update takes ownership of
 * what it changed, away from everyone else.
 */
import { CapstanError } from '../../errors.ts';
import type { KObject } from '../../kinds/types.ts';
import { FieldSet, formatPath, type FieldPath } from './field-set.ts';
import { jsonEqual } from '../../store/merge-patch.ts';
import { allowedConflictsFromLastApplied, hasLastApplied, KUBECTL_MANAGER, lastAppliedValue, withLastApplied } from './last-applied.ts';
import { describeManager, managerKey, readManagers, timestamp, writeManagers, type Manager } from './managed-fields.ts';
import { ObjectFields, SERVER_MANAGED_METADATA } from './object-fields.ts';
import { patchMetaFor } from './patch-meta.ts';

export type { ManagedFieldsEntry } from './managed-fields.ts';

export interface ServerSideApplyOptions {
  /** The field manager (`--field-manager`, `kubectl` by default for kubectl apply --server-side). */
  manager: string;
  /** `--force-conflicts`: take ownership of conflicting fields instead of failing. */
  force: boolean;
  now: Date;
  /** `status` for a write to the status subresource; absent for the object itself. */
  subresource?: string;
}

export interface RecordUpdateOptions {
  manager: string;
  now: Date;
  /** `status` for a write to the status subresource; absent for the object itself. */
  subresource?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Applies `applied` (a partial object: the fields its manager wants set) to `current` (null to
 * create) and returns the result with `metadata.managedFields` updated. Neither argument is
 * changed. Throws CapstanError CONFLICT when another manager owns a field this would change
 * (and `force` is false), INVALID for a configuration Kubernetes would reject.
 */
export function serverSideApply(current: KObject | null, applied: KObject, opts: ServerSideApplyOptions): KObject {
  checkApplied(applied, current);
  const fields = new ObjectFields(patchMetaFor(applied.kind));
  // Kubernetes' "before-first-apply": fields of an object that no manager owns yet (written
  // before ownership was tracked) are first given to that manager, so changing them conflicts.
  const live = current && readManagers(current).size === 0 ? recordUpdate(null, current, { manager: BEFORE_FIRST_APPLY, now: opts.now, subresource: opts.subresource }) : current;
  let result: Json;
  try {
    result = applyOnce(fields, live, applied, opts, opts.force);
  } catch (err) {
    if (!(err instanceof ApplyConflicts)) throw err;
    // kubectl moving an object from client-side apply: fields that still hold what the
    // last-applied annotation says may be taken over without --force-conflicts.
    const allowed = opts.manager === KUBECTL_MANAGER && live ? allowedConflictsFromLastApplied(fields, withoutManagedFields(live)!) : undefined;
    if (!allowed) throw conflictError(err.conflicts);
    const remaining = err.conflicts
      .map(({ manager, paths }) => ({ manager, paths: paths.filter((p) => !allowed.has(p)) }))
      .filter((c) => c.paths.length > 0);
    if (remaining.length > 0) throw conflictError(remaining);
    result = applyOnce(fields, live, applied, opts, true);
  }
  if (opts.manager === KUBECTL_MANAGER && hasLastApplied(result)) result = withLastApplied(result, lastAppliedValue(configOf(applied)));
  return result as KObject;
}

/** The manager Kubernetes gives the fields of an object applied to before anyone owned them. */
export const BEFORE_FIRST_APPLY = 'before-first-apply';

/** An apply's conflicts, before they become the CONFLICT error. */
class ApplyConflicts extends Error {
  constructor(readonly conflicts: Conflict[]) {
    super('apply conflicts');
  }
}

interface Conflict {
  manager: Manager;
  paths: FieldPath[];
}

function applyOnce(fields: ObjectFields, current: KObject | null, applied: KObject, opts: ServerSideApplyOptions, force: boolean): Json {
  const config = configOf(applied);
  // A copy: the merge shares unchanged parts of it, and pruning then edits the merge in place.
  const live = structuredClone(withoutManagedFields(current) ?? {}) as Json;
  const managers = readManagers(current);

  const me = managerKey('Apply', opts.manager, applied.apiVersion, opts.subresource);
  const previous = managers.get(me);
  const newSet = inScope(fields.fieldSet(config), opts.subresource);
  const merged = fields.merge(live, config) as Json;

  if (previous) {
    const others = unionOfOthers(managers, me).union(newSet);
    fields.remove(merged, previous.fields.difference(newSet).difference(others), others);
  }

  const change = inScopeChange(fields.compare(live, merged), opts.subresource);
  const changed = change.added.union(change.modified);
  const conflicts: Conflict[] = [];
  for (const [key, manager] of managers) {
    if (key === me) continue;
    const overlap = manager.fields.intersection(changed);
    if (overlap.size > 0) conflicts.push({ manager, paths: overlap.members() });
  }
  if (conflicts.length > 0 && !force) throw new ApplyConflicts(conflicts);
  for (const [key, manager] of managers) {
    if (key === me) continue;
    manager.fields = manager.fields.difference(changed).difference(change.removed);
    if (manager.fields.size === 0) managers.delete(key);
  }

  const objectChanged = !jsonEqual(live, merged);
  managers.set(me, {
    entry: {
      manager: opts.manager,
      operation: 'Apply',
      apiVersion: applied.apiVersion,
      time: objectChanged || !previous ? timestamp(opts.now) : previous.entry.time,
      ...(opts.subresource ? { subresource: opts.subresource } : {}),
    },
    fields: newSet,
  });
  if (newSet.size === 0) managers.delete(me);
  return writeManagers(merged, managers) as unknown as Json;
}

/**
 * Records a non-apply write (create, PUT, PATCH) by `manager`: it owns what it changed from
 * `previous` (null for a create) to `next`, which no other manager owns any longer, so that a
 * later apply by another manager conflicts on those fields. Returns `next` with
 * `metadata.managedFields` updated; neither argument is changed.
 */
export function recordUpdate(previous: KObject | null, next: KObject, opts: RecordUpdateOptions): KObject {
  const fields = new ObjectFields(patchMetaFor(next.kind));
  const managers = managersBeforeUpdate(previous, next, opts.subresource);
  const result = structuredClone(withoutManagedFields(next)) as Json;
  const change = fields.compare(scopeOf(withoutManagedFields(previous), opts.subresource), scopeOf(result, opts.subresource));
  const changed = change.added.union(change.modified);

  const me = managerKey('Update', opts.manager, next.apiVersion, opts.subresource);
  for (const [key, manager] of managers) {
    manager.fields = manager.fields.difference(changed).difference(change.removed);
    if (manager.fields.size === 0 && key !== me) managers.delete(key);
  }
  const mine = managers.get(me);
  if (changed.size > 0) {
    managers.set(me, {
      entry: { manager: opts.manager, operation: 'Update', apiVersion: next.apiVersion, time: timestamp(opts.now), ...(opts.subresource ? { subresource: opts.subresource } : {}) },
      fields: (mine?.fields ?? new FieldSet()).union(changed),
    });
  } else if (mine && mine.fields.size === 0) {
    managers.delete(me);
  }
  return writeManagers(result, managers);
}

/**
 * Kubernetes' reset fields: a write to an object owns none of its status (the API server keeps
 * the stored status), a write to its status subresource owns only status.
 */
function inScope(set: FieldSet, subresource: string | undefined): FieldSet {
  return set.filter((p) => (p[0] === 'f:status') === (subresource === 'status'));
}

/**
 * Whose fields an update starts from, as Kubernetes decides it: a write may set managedFields
 * itself (`[{}]` clears them), one that leaves them out or empty keeps the stored ones, and a
 * subresource write never changes them.
 */
function managersBeforeUpdate(previous: KObject | null, next: KObject, subresource: string | undefined) {
  if (subresource) return readManagers(previous);
  const given = isObject(next.metadata) ? (next.metadata as Json).managedFields : undefined;
  if (Array.isArray(given) && given.length === 1 && isObject(given[0]) && Object.keys(given[0]).length === 0) return readManagers(null);
  const own = readManagers(next);
  return own.size > 0 ? own : readManagers(previous);
}

/** The part of an object a write in this scope can own (a shallow view, for comparing). */
function scopeOf(obj: Json | null, subresource: string | undefined): Json | null {
  if (!obj) return null;
  if (subresource === 'status') return Object.hasOwn(obj, 'status') ? { status: obj.status } : {};
  const { status: _status, ...rest } = obj;
  return rest;
}

function inScopeChange(change: { added: FieldSet; modified: FieldSet; removed: FieldSet }, subresource: string | undefined) {
  return { added: inScope(change.added, subresource), modified: inScope(change.modified, subresource), removed: inScope(change.removed, subresource) };
}

function checkApplied(applied: KObject, current: KObject | null): void {
  if (!isObject(applied)) throw new CapstanError('INVALID', 'an applied configuration must be an object');
  for (const field of ['apiVersion', 'kind'] as const) {
    if (typeof applied[field] !== 'string' || applied[field] === '') throw new CapstanError('INVALID', `${field} must be set in an applied configuration`);
  }
  if (!isObject(applied.metadata) || typeof applied.metadata.name !== 'string' || applied.metadata.name === '') {
    throw new CapstanError('INVALID', 'metadata.name must be set in an applied configuration');
  }
  const managedFields = (applied.metadata as Json).managedFields;
  if (Array.isArray(managedFields) && managedFields.length > 0) throw new CapstanError('INVALID', 'metadata.managedFields must be nil');
  if (current && current.kind !== applied.kind) throw new CapstanError('INVALID', `cannot apply a ${applied.kind} to a ${current.kind}`);
}

/** The applied configuration without the metadata the server keeps. */
function configOf(applied: KObject): Json {
  const config = structuredClone(applied) as Json;
  const metadata = config.metadata as Json;
  for (const key of SERVER_MANAGED_METADATA) delete metadata[key];
  return config;
}

function unionOfOthers(managers: Map<string, Manager>, except: string): FieldSet {
  let all = new FieldSet();
  for (const [key, manager] of managers) if (key !== except) all = all.union(manager.fields);
  return all;
}

/** `obj` without `metadata.managedFields`, sharing everything else with it (not a copy). */
function withoutManagedFields(obj: KObject | null): Json | null {
  if (!obj) return null;
  if (!isObject(obj.metadata) || !Object.hasOwn(obj.metadata, 'managedFields')) return obj as Json;
  const { managedFields: _managedFields, ...metadata } = obj.metadata as Json;
  return { ...obj, metadata };
}

/** `Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas` */
function conflictError(conflicts: Conflict[]): CapstanError {
  const count = conflicts.reduce((n, c) => n + c.paths.length, 0);
  const who = describeManager;
  if (count === 1) {
    const [{ manager, paths }] = conflicts as [Conflict];
    return new CapstanError('CONFLICT', `Apply failed with 1 conflict: conflict with ${who(manager)}: ${formatPath(paths[0]!)}`, [
      { field: formatPath(paths[0]!), message: `conflict with ${who(manager)}` },
    ]);
  }
  const sorted = [...conflicts].sort((a, b) => (managerSortKey(a.manager) < managerSortKey(b.manager) ? -1 : 1));
  const lines = sorted.flatMap(({ manager, paths }) => [`conflicts with ${who(manager)}:`, ...paths.map((p) => `- ${formatPath(p)}`)]);
  const fields = sorted.flatMap(({ manager, paths }) => paths.map((p) => ({ field: formatPath(p), message: `conflict with ${who(manager)}` })));
  return new CapstanError('CONFLICT', `Apply failed with ${count} conflicts: ${lines.join('\n')}`, fields);
}

// Kubernetes sorts conflicting managers by their encoded identifier, which begins with the name.
function managerSortKey(m: Manager): string {
  return JSON.stringify({ manager: m.entry.manager, operation: m.entry.operation, apiVersion: m.entry.operation === 'Update' ? m.entry.apiVersion : undefined });
}
