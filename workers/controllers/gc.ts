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
 * Finding dependents has no index: it lists every namespaced kind of the owner's namespace
 * (every object of the cluster for a cluster-scoped owner) and filters by ownerReferences.
 * That costs one list per kind per deleted object; an owner index (a jsonb GIN index on
 * ownerReferences uid, or an in-memory graph as Kubernetes keeps) is the cure when it shows.
 */
import { isCapstanError } from '../../server/errors.ts';
import { deepEqual } from '../../server/kinds/deep-equal.ts';
import { KINDS } from '../../server/kinds/registry.ts';
import type { KindName, KObject, OwnerReference } from '../../server/kinds/types.ts';
import type { Store } from '../../server/store/store.ts';
import type { PropagationPolicy } from '../../server/store/types.ts';
import type { Controller, ReconcileContext, RequeueAfter } from '../controller.ts';

export const GC_CONTROLLER = 'gc';
export const FOREGROUND_FINALIZER = 'foregroundDeletion';
export const ORPHAN_FINALIZER = 'orphan';

export interface GCControllerOptions {
  /** How soon an owner waiting for its dependents (foreground) is looked at again. Default 2 s. */
  recheckAfterMs?: number;
}

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
async function findDependents(store: Store, owner: OwnerRef): Promise<KObject[]> {
  const clusterScopedOwner = isKind(owner.kind) && !KINDS[owner.kind].namespaced;
  const out: KObject[] = [];
  for (const kind of KINDS_WITH_OWNERS) {
    if (!clusterScopedOwner && !KINDS[kind].namespaced) continue;
    const opts = clusterScopedOwner ? {} : { namespace: owner.namespace };
    for (const obj of (await store.list(kind, opts)).items) {
      const ns = obj.metadata.namespace ?? '';
      if (!clusterScopedOwner && ns !== owner.namespace) continue;
      if ((obj.metadata.ownerReferences ?? []).some((r) => refersTo(r, owner) && ownerNamespace(r, ns) === owner.namespace)) out.push(obj);
    }
  }
  return out;
}

type OwnerState = 'absent' | 'waiting' | 'solid';

async function ownerState(store: Store, ref: OwnerReference, dependentNamespace: string): Promise<OwnerState> {
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

/** The dependent role: collect `obj` if its owners are gone, or drop references to gone owners. */
async function processDependent(store: Store, obj: KObject): Promise<void> {
  const refs = obj.metadata.ownerReferences ?? [];
  if (refs.length === 0) return;
  const ns = obj.metadata.namespace ?? '';
  const states = await Promise.all(refs.map((r) => ownerState(store, r, ns)));
  const gone = refs.filter((_, i) => states[i] !== 'solid').map((r) => r.uid);
  if (gone.length === 0) return;
  const kind = obj.kind as KindName;
  if (states.includes('solid')) {
    // Another owner keeps it alive: forget the owners that are gone or going.
    await tolerateNotFound(
      store.update(kind, ns || undefined, obj.metadata.name, (cur) => ({
        ...cur,
        metadata: { ...cur.metadata, ownerReferences: (cur.metadata.ownerReferences ?? []).filter((r) => !gone.includes(r.uid)) },
      })),
    );
    return;
  }
  if (obj.metadata.deletionTimestamp) return;
  const blocksWaitingOwner = refs.some((r, i) => states[i] === 'waiting' && r.blockOwnerDeletion === true);
  const propagationPolicy: PropagationPolicy = blocksWaitingOwner ? 'Foreground' : 'Background';
  await tolerateNotFound(store.delete(kind, ns || undefined, obj.metadata.name, { propagationPolicy, resourceVersion: obj.metadata.resourceVersion }));
}

async function removeFinalizer(store: Store, obj: KObject, finalizer: string): Promise<void> {
  await tolerateNotFound(
    store.update(obj.kind as KindName, obj.metadata.namespace || undefined, obj.metadata.name, (cur) => ({
      ...cur,
      metadata: { ...cur.metadata, finalizers: (cur.metadata.finalizers ?? []).filter((f) => f !== finalizer) },
    })),
  );
}

export function createGCController(options: GCControllerOptions = {}): Controller {
  const recheckAfterMs = options.recheckAfterMs ?? 2_000;

  async function reconcile(key: string, ctx: ReconcileContext): Promise<void | RequeueAfter> {
    const { store } = ctx;
    const k = parseKey(key);
    if (!k || !isKind(k.kind)) return;
    const obj = await store.get(k.kind, k.namespace || undefined, k.name);
    if (!obj) {
      for (const dep of await findDependents(store, k)) {
        if (ctx.signal.aborted) return;
        await processDependent(store, dep);
      }
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
      for (const dep of await findDependents(store, self)) {
        if (ctx.signal.aborted) return;
        await processDependent(store, dep);
      }
      const blocking = (await findDependents(store, self)).filter((d) =>
        (d.metadata.ownerReferences ?? []).some((r) => r.uid === obj.metadata.uid && r.blockOwnerDeletion === true),
      );
      if (blocking.length > 0) return { requeueAfterMs: recheckAfterMs };
      await removeFinalizer(store, obj, FOREGROUND_FINALIZER);
      return;
    }
    await processDependent(store, obj);
  }

  return {
    name: GC_CONTROLLER,
    keysFor(e) {
      if (e.kind === 'Event') return [];
      const obj = e.object;
      const prev = e.prevObject;
      const keys = new Set<string>();
      const own = gcKey(e.kind, e.namespace, e.name);
      const refs = obj.metadata.ownerReferences ?? [];
      if (refs.length > 0 && e.type !== 'DELETED' && (e.type === 'ADDED' || !deepEqual(refs, prev?.metadata.ownerReferences ?? []))) keys.add(own);
      const deleting =
        e.type === 'DELETED' ||
        (!!obj.metadata.deletionTimestamp && (!prev?.metadata.deletionTimestamp || !deepEqual(obj.metadata.finalizers ?? [], prev.metadata.finalizers ?? [])));
      if (deleting) {
        keys.add(own);
        // A dependent going may be what a foreground owner waits for.
        for (const r of refs) keys.add(gcKey(r.kind, ownerNamespace(r, e.namespace), r.name));
      }
      return [...keys];
    },
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
    reconcile: (key, ctx) => reconcile(key, ctx),
  };
}

/** The garbage collector with default timings. */
export const gcController = createGCController();
