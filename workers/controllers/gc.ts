/**
 * The garbage collector: ownerReferences cascade, with Kubernetes' three propagation policies.
 * Keys are `Kind/namespace/name` (`Node//n1` for cluster-scoped objects); one key stands for
 * the object in both of its roles:
 *
 * - as a dependent: when none of its owners exists any more (matched by uid), it is deleted
 *   (background cascade); owners that are gone are removed from its ownerReferences while
 *   another owner still stands, as Kubernetes' `attemptToDeleteItem` does;
 * - as an owner being deleted with `foregroundDeletion`: its dependents are deleted (those with
 *   `blockOwnerDeletion` with foreground propagation, so the cascade waits all the way down),
 *   and once none with `blockOwnerDeletion` remains the finalizer goes (Kubernetes waits only
 *   for blocking dependents; the others are deleted but not waited for);
 * - as an owner being deleted with `orphan`: its dependents lose their reference to it, then
 *   the finalizer goes;
 * - as an owner that is gone: its dependents are found and treated as above.
 *
 * Dependents are found through the store's owner index (a GIN index on the uids and kind/names
 * of ownerReferences), the database's stand-in for Kubernetes' in-memory owner graph. The same
 * index lets the dispatcher drop the key of a deleted object that owns nothing (`keysForEvents`),
 * so deleting 10,000 pods is not 10,000 gc jobs; likewise a new dependent whose owners all stand
 * is no job (one lookup of the page's owners); and dependents are deleted in batches of
 * {@link DELETE_BATCH} (`store.deleteMany`), one statement each, with the owners' states looked
 * up once per reconcile rather than once per dependent.
 */
import { isCapstanError } from '../../server/errors.ts';
import { deepEqual } from '../../server/kinds/deep-equal.ts';
import { KINDS } from '../../server/kinds/registry.ts';
import type { KindName, KObject, OwnerReference } from '../../server/kinds/types.ts';
import type { LogEvent, PropagationPolicy } from '../../server/store/types.ts';
import type { Controller, ReconcileContext, RequeueAfter } from '../controller.ts';
import type { GcStore } from '../controller-store.ts';

export const GC_CONTROLLER = 'gc';
export const FOREGROUND_FINALIZER = 'foregroundDeletion';
export const ORPHAN_FINALIZER = 'orphan';

export interface GCControllerOptions {
  /** How soon an owner waiting for its dependents (foreground) is looked at again. Default 2 s. */
  recheckAfterMs?: number;
}

/** Dependents deleted per statement. */
export const DELETE_BATCH = 500;

/** Events are never owners nor dependents; leaving them out spares a lot of work. */
const KINDS_WITH_OWNERS = (Object.keys(KINDS) as KindName[]).filter((k) => k !== 'Event');

const isKind = (k: string): k is KindName => Object.hasOwn(KINDS, k);

export function gcKey(kind: string, namespace: string, name: string): string {
  return `${kind}/${namespace}/${name}`;
}

function parseKey(key: string): { kind: string; namespace: string; name: string } | undefined {
  const a = key.indexOf('/');
  const b = key.indexOf('/', a + 1);
  if (a < 0 || b < 0) return undefined;
  return { kind: key.slice(0, a), namespace: key.slice(a + 1, b), name: key.slice(b + 1) };
}

function ownerNamespace(ref: OwnerReference, dependentNamespace: string): string {
  return isKind(ref.kind) && KINDS[ref.kind].namespaced ? dependentNamespace : '';
}

interface OwnerRef {
  kind: string;
  namespace: string;
  name: string;
  uid?: string;
}

const refersTo = (ref: OwnerReference, owner: OwnerRef) => ref.kind === owner.kind && ref.name === owner.name && (owner.uid === undefined || ref.uid === owner.uid);

/** Every object with an ownerReference to `owner`. */
async function findDependents(store: GcStore, owner: OwnerRef): Promise<KObject[]> {
  const clusterScopedOwner = isKind(owner.kind) && !KINDS[owner.kind].namespaced;
  const namespace = clusterScopedOwner ? '' : owner.namespace;
  const candidates = await store.listDependents({ kind: owner.kind, name: owner.name, uid: owner.uid, namespace });
  return candidates.filter((obj) => {
    if (obj.kind === 'Event') return false;
    const ns = obj.metadata.namespace ?? '';
    return (obj.metadata.ownerReferences ?? []).some((r) => refersTo(r, owner) && ownerNamespace(r, ns) === owner.namespace);
  });
}

type OwnerState = 'absent' | 'waiting' | 'solid';

async function ownerState(store: GcStore, ref: OwnerReference, dependentNamespace: string): Promise<OwnerState> {
  // An owner of a kind Capstan does not serve cannot be checked: never collect on its account.
  if (!isKind(ref.kind)) return 'solid';
  const owner = await store.get(ref.kind, ownerNamespace(ref, dependentNamespace) || undefined, ref.name);
  if (!owner || owner.metadata.uid !== ref.uid) return 'absent';
  if (owner.metadata.deletionTimestamp && (owner.metadata.finalizers ?? []).includes(FOREGROUND_FINALIZER)) return 'waiting';
  return 'solid';
}

async function tolerateNotFound(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (err) {
    if (!isCapstanError(err, 'NOT_FOUND')) throw err;
  }
}

type OwnerStates = (ref: OwnerReference, dependentNamespace: string) => Promise<OwnerState>;

/** Owner states looked up once each: a ReplicaSet's 10,000 pods ask about one owner. */
function ownerStates(store: GcStore): OwnerStates {
  const seen = new Map<string, Promise<OwnerState>>();
  return (ref, ns) => {
    const key = `${ref.kind}/${ownerNamespace(ref, ns)}/${ref.name}/${ref.uid}`;
    let state = seen.get(key);
    if (!state) seen.set(key, (state = ownerState(store, ref, ns)));
    return state;
  };
}

/**
 * The dependent role: collect each of `objs` whose owners are gone, or drop its references to
 * gone owners. Collections go in batches; a dependent that changed under us is looked at again.
 */
async function processDependents(store: GcStore, objs: KObject[], signal: AbortSignal, states: OwnerStates = ownerStates(store)): Promise<void> {
  const deletes: { obj: KObject; propagationPolicy: PropagationPolicy }[] = [];
  for (const obj of objs) {
    const refs = obj.metadata.ownerReferences ?? [];
    if (refs.length === 0) continue;
    const ns = obj.metadata.namespace ?? '';
    const objStates = await Promise.all(refs.map((r) => states(r, ns)));
    const gone = refs.filter((_, i) => objStates[i] !== 'solid').map((r) => r.uid);
    if (gone.length === 0) continue;
    if (objStates.includes('solid')) {
      // Another owner keeps it alive: forget the owners that are gone or going.
      await tolerateNotFound(
        store.update(obj.kind as KindName, ns || undefined, obj.metadata.name, (cur) => ({
          ...cur,
          metadata: { ...cur.metadata, ownerReferences: (cur.metadata.ownerReferences ?? []).filter((r) => !gone.includes(r.uid)) },
        })),
      );
      continue;
    }
    if (obj.metadata.deletionTimestamp) continue;
    const blocksWaitingOwner = refs.some((r, i) => objStates[i] === 'waiting' && r.blockOwnerDeletion === true);
    deletes.push({ obj, propagationPolicy: blocksWaitingOwner ? 'Foreground' : 'Background' });
  }
  // As Kubernetes' attemptToDeleteItem: foreground only for a dependent with dependents of its
  // own (or one other finalizers hold anyway); one that owns nothing goes at once, and its waiting
  // owner sees it gone without a reconcile of its own per dependent.
  const foreground = deletes.filter((d) => d.propagationPolicy === 'Foreground' && (d.obj.metadata.finalizers ?? []).length === 0);
  if (foreground.length > 0) {
    const owning = await store.ownersWithDependents(foreground.map((d) => d.obj.metadata.uid!));
    for (const d of foreground) if (!owning.has(d.obj.metadata.uid!)) d.propagationPolicy = 'Background';
  }
  const changed: KObject[] = [];
  for (let at = 0; at < deletes.length; at += DELETE_BATCH) {
    if (signal.aborted) return;
    const batch = deletes.slice(at, at + DELETE_BATCH);
    const results = await store.deleteMany(
      batch.map(({ obj, propagationPolicy }) => ({
        kind: obj.kind as KindName,
        namespace: obj.metadata.namespace,
        name: obj.metadata.name,
        propagationPolicy,
        resourceVersion: obj.metadata.resourceVersion,
      })),
    );
    results.forEach((r, i) => {
      if (!('error' in r) || r.error.code === 'NOT_FOUND') return;
      if (r.error.code === 'CONFLICT') changed.push(batch[i]!.obj);
      else throw r.error;
    });
  }
  // Changed since we listed it (its owners may have changed too): decide again on a fresh read.
  const fresh: KObject[] = [];
  for (const obj of changed) {
    const cur = await store.get(obj.kind as KindName, obj.metadata.namespace || undefined, obj.metadata.name);
    if (cur) fresh.push(cur);
  }
  if (fresh.length > 0) await processDependents(store, fresh, signal);
}

async function removeFinalizer(store: GcStore, obj: KObject, finalizer: string): Promise<void> {
  await tolerateNotFound(
    store.update(obj.kind as KindName, obj.metadata.namespace || undefined, obj.metadata.name, (cur) => ({
      ...cur,
      metadata: { ...cur.metadata, finalizers: (cur.metadata.finalizers ?? []).filter((f) => f !== finalizer) },
    })),
  );
}

/**
 * What one log event asks of the gc: the keys of owners that may wait for this object, and why
 * the object's own key may be needed: as a dependent whose owners may be gone (`ownForRefs`),
 * as an owner being deleted with finalizers to process (`ownForDeletion`), or as an owner that
 * is gone and may leave dependents (`ownForOwned`).
 */
interface EventKeys {
  own: string;
  /** Owners' keys. */
  ownerKeys: Set<string>;
  /** Owners' keys and, for any of the reasons, the own key: what `keysFor` gives. */
  keys: Set<string>;
  ownForRefs: boolean;
  ownForDeletion: boolean;
  ownForOwned: boolean;
}

function keysOf(e: LogEvent): EventKeys {
  const own = gcKey(e.kind, e.namespace, e.name);
  if (e.kind === 'Event') return { own, ownerKeys: new Set(), keys: new Set(), ownForRefs: false, ownForDeletion: false, ownForOwned: false };
  const obj = e.object;
  const prev = e.prevObject;
  const keys = new Set<string>();
  const refs = obj.metadata.ownerReferences ?? [];
  const ownForRefs = refs.length > 0 && e.type !== 'DELETED' && (e.type === 'ADDED' || !deepEqual(refs, prev?.metadata.ownerReferences ?? []));
  const ownForDeletion =
    e.type !== 'DELETED' &&
    !!obj.metadata.deletionTimestamp &&
    (!prev?.metadata.deletionTimestamp || !deepEqual(obj.metadata.finalizers ?? [], prev.metadata.finalizers ?? []));
  const ownForOwned = e.type === 'DELETED';
  if (ownForDeletion || ownForOwned) {
    // A dependent going may be what a foreground owner waits for.
    for (const r of refs) keys.add(gcKey(r.kind, ownerNamespace(r, e.namespace), r.name));
  }
  // keysFor (without the store) asks for the own key whenever it may be needed.
  const all = new Set(keys);
  if (ownForRefs || ownForDeletion || ownForOwned) all.add(own);
  return { own, ownerKeys: keys, keys: all, ownForRefs, ownForDeletion, ownForOwned };
}

export function createGCController(options: GCControllerOptions = {}): Controller<GcStore> {
  const recheckAfterMs = options.recheckAfterMs ?? 2_000;

  async function reconcile(key: string, ctx: ReconcileContext<GcStore>): Promise<void | RequeueAfter> {
    const { store } = ctx;
    const k = parseKey(key);
    if (!k || !isKind(k.kind)) return;
    const obj = await store.get(k.kind, k.namespace || undefined, k.name);
    if (!obj) {
      await processDependents(store, await findDependents(store, k), ctx.signal);
      return;
    }
    const self: OwnerRef = { ...k, uid: obj.metadata.uid };
    const finalizers = obj.metadata.finalizers ?? [];
    if (obj.metadata.deletionTimestamp && finalizers.includes(ORPHAN_FINALIZER)) {
      for (const dep of await findDependents(store, self)) {
        await tolerateNotFound(
          store.update(dep.kind as KindName, dep.metadata.namespace || undefined, dep.metadata.name, (cur) => ({
            ...cur,
            metadata: { ...cur.metadata, ownerReferences: (cur.metadata.ownerReferences ?? []).filter((r) => r.uid !== obj.metadata.uid) },
          })),
        );
      }
      await removeFinalizer(store, obj, ORPHAN_FINALIZER);
      return;
    }
    if (obj.metadata.deletionTimestamp && finalizers.includes(FOREGROUND_FINALIZER)) {
      await processDependents(store, await findDependents(store, self), ctx.signal);
      if (ctx.signal.aborted) return;
      const blocking = (await findDependents(store, self)).filter((d) =>
        (d.metadata.ownerReferences ?? []).some((r) => r.uid === obj.metadata.uid && r.blockOwnerDeletion === true),
      );
      if (blocking.length > 0) return { requeueAfterMs: recheckAfterMs };
      await removeFinalizer(store, obj, FOREGROUND_FINALIZER);
      return;
    }
    await processDependents(store, [obj], ctx.signal);
  }

  const controller: Controller<GcStore> = {
    name: GC_CONTROLLER,
    keysFor: (e) => [...keysOf(e).keys],
    async listKeys(store) {
      const keys: string[] = [];
      for (const kind of KINDS_WITH_OWNERS) {
        for (const obj of (await store.list(kind)).items) {
          const waiting = obj.metadata.deletionTimestamp && (obj.metadata.finalizers ?? []).some((f) => f === FOREGROUND_FINALIZER || f === ORPHAN_FINALIZER);
          if ((obj.metadata.ownerReferences ?? []).length > 0 || waiting) keys.push(gcKey(kind, obj.metadata.namespace ?? '', obj.metadata.name));
        }
      }
      return keys;
    },
    async keysForEvents(events: LogEvent[], store: GcStore) {
      const perEvent = events.map((e) => ({ e, ...keysOf(e) }));
      // A deleted object's own key is for its dependents: skip it when nothing refers to it.
      const deletedUids = perEvent.filter((x) => x.ownForOwned && x.e.type === 'DELETED' && x.e.object.metadata.uid).map((x) => x.e.object.metadata.uid!);
      // A new or re-owned dependent's own key is for owners that are gone or going: skip it when
      // every owner stands (Kubernetes' graph builder acts only on owners absent from its graph).
      const refKey = (r: OwnerReference, ns: string) => ({ kind: r.kind, namespace: ownerNamespace(r, ns), name: r.name });
      const asDependent = perEvent.filter((x) => x.ownForRefs);
      const ownerKeys = asDependent.flatMap((x) => (x.e.object.metadata.ownerReferences ?? []).filter((r) => isKind(r.kind)).map((r) => refKey(r, x.e.namespace)));
      const [owning, owners] = await Promise.all([store.ownersWithDependents([...new Set(deletedUids)]), store.findOwners(ownerKeys)]);
      const allStand = (obj: KObject, ns: string) =>
        (obj.metadata.ownerReferences ?? []).every((r) => {
          if (!isKind(r.kind)) return true;
          const k = refKey(r, ns);
          const found = owners.get(`${k.kind}/${k.namespace}/${k.name}`);
          return !!found && found.uid === r.uid && !found.waiting;
        });
      const keys = new Set<string>();
      for (const x of perEvent) {
        for (const k of x.ownerKeys) keys.add(k);
        const needsOwn =
          x.ownForDeletion ||
          (x.ownForOwned && owning.has(x.e.object.metadata.uid ?? '')) ||
          (x.ownForRefs && !allStand(x.e.object, x.e.namespace));
        if (needsOwn) keys.add(x.own);
      }
      return keys;
    },
    reconcile: (key, ctx) => reconcile(key, ctx),
  };
  return controller;
}

/** The garbage collector with default timings. */
export const gcController = createGCController();
