/**
 * The persistent-volume controller (Kubernetes' PersistentVolumeController plus a provisioner
 * for `capstan.io/local-path`). Keys are `<namespace>/<claim>` for claims and `<volume>` for
 * volumes (PersistentVolumes are cluster-scoped, so a key with a slash is always a claim).
 *
 * A claim: bound to the best free matching volume (volume first: its claimRef, written with
 * the version it was chosen at, is what makes two claims never take one volume; then the
 * claim's volumeName, then both statuses); with none and a local-path class, a volume is
 * provisioned on the claim's node (WaitForFirstConsumer: the node its first pod was scheduled
 * to; Immediate: a Ready node) and bound. A volume: its phase from its claim; once Released,
 * reclaimed: Delete removes it, Retain keeps it Released.
 *
 * A provisioned local-path volume carries the cleanup finalizer: its node's agent removes the
 * directory and then the finalizer (server/storage/local-path-cleanup.ts). A volume being deleted
 * whose Node no longer exists is released here instead, with a Warning event: nobody is left to
 * remove the directory, and the volume must not wait forever. A Node's deletion enqueues the
 * volumes labelled for it.
 *
 * Not done: Recycle fails the volume (Kubernetes deprecated it).
 */
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { timestamp } from '../../server/store/object-lifecycle.ts';
import { jsonEqual } from '../../server/store/merge-patch.ts';
import { objectKey, splitKey, type Controller, type ReconcileContext } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import { recordEvent } from '../events.ts';
import {
  BIND_COMPLETED_ANNOTATION,
  BOUND_BY_CONTROLLER_ANNOTATION,
  claimPhase,
  claimRefMatches,
  claimRefTo,
  claimStatus,
  findBestMatch,
  SELECTED_NODE_ANNOTATION,
  STORAGE_PROVISIONER_ANNOTATION,
  volumePhase,
  volumeMatchesClaim,
  volumeStatus,
} from '../../server/storage/persistentvolume-binder.ts';
import { awaitsLocalPathCleanup, LOCAL_PATH_CLEANUP_FINALIZER, LOCAL_PATH_NODE_LABEL, localPathNodeOf } from '../../server/storage/local-path-cleanup.ts';
import { LOCAL_PATH_PROVISIONER, localPathRootFromEnv, localPathVolume, missingCleanupMarks, nodeForClaim, podUsesClaim } from './persistentvolume-provisioner.ts';

export const PV_CONTROLLER_COMPONENT = { component: 'persistentvolume-controller' };

export interface PersistentVolumeControllerOptions {
  /** Where local-path volumes live on their nodes (default CAPSTAN_LOCAL_PATH_ROOT or /var/lib/capstan/volumes). */
  localPathRoot?: string;
  now?: () => Date;
}

export function createPersistentVolumeController(options: PersistentVolumeControllerOptions = {}): Controller<ControllerStore> {
  const o = { localPathRoot: options.localPathRoot ?? localPathRootFromEnv(), now: options.now ?? (() => new Date()) };
  const controller: Controller<ControllerStore> = {
    name: 'persistentvolume',
    keysFor(event) {
      const keys = new Set<string>();
      const objs = [event.object, event.prevObject].filter((x): x is KObject => !!x);
      if (event.kind === 'PersistentVolumeClaim') {
        keys.add(objectKey(event.namespace, event.name));
        // A claim gone releases its volume.
        for (const c of objs) if (c.spec?.volumeName) keys.add(c.spec.volumeName);
      } else if (event.kind === 'PersistentVolume') {
        keys.add(event.name);
        for (const v of objs) {
          const ref = v.spec?.claimRef;
          if (ref?.namespace && ref?.name) keys.add(objectKey(ref.namespace, ref.name));
        }
      } else if (event.kind === 'Pod' && event.type !== 'DELETED' && event.object.spec?.nodeName && !event.prevObject?.spec?.nodeName) {
        // A pod just scheduled: its WaitForFirstConsumer claims can be provisioned now.
        for (const v of event.object.spec?.volumes ?? []) {
          if (v?.persistentVolumeClaim?.claimName) keys.add(objectKey(event.namespace, v.persistentVolumeClaim.claimName));
        }
      }
      return [...keys];
    },
    async keysForEvents(events, store) {
      const keys = new Set(events.flatMap((e) => controller.keysFor(e)));
      // A Node gone: the volumes that wait for its agent's cleanup are released (reconcileVolume).
      const gone = [...new Set(events.filter((e) => e.kind === 'Node' && e.type === 'DELETED').map((e) => e.name))];
      for (const node of gone) {
        for (const pv of (await store.list('PersistentVolume', { labelSelector: `${LOCAL_PATH_NODE_LABEL}=${node}` })).items) keys.add(pv.metadata.name);
      }
      return keys;
    },
    async listKeys(store) {
      const [claims, volumes] = await Promise.all([store.list('PersistentVolumeClaim'), store.list('PersistentVolume')]);
      return [...claims.items.map((c) => objectKey(c.metadata.namespace, c.metadata.name)), ...volumes.items.map((v) => v.metadata.name)];
    },
    async reconcile(key, ctx) {
      const { namespace, name } = splitKey(key);
      if (namespace) await reconcileClaim(namespace, name, ctx, o);
      else await reconcileVolume(name, ctx, o);
    },
  };
  return controller;
}

type Options = { localPathRoot: string; now: () => Date };

const notFoundOrConflict = (err: unknown) => err instanceof CapstanError && (err.code === 'NOT_FOUND' || err.code === 'CONFLICT');

/** Binds, provisions for, or updates the status of one claim. */
export async function reconcileClaim(namespace: string, name: string, ctx: ReconcileContext<ControllerStore>, o: Options): Promise<void> {
  const { store, signal } = ctx;
  let pvc = await store.get('PersistentVolumeClaim', namespace, name);
  if (!pvc || pvc.metadata.deletionTimestamp) return;

  let pv: KObject | null = null;
  if (pvc.spec?.volumeName) {
    pv = await store.get('PersistentVolume', undefined, pvc.spec.volumeName);
    // Pre-bound by its author to a free volume (or a volume pre-bound to it by name): take it.
    const free = pv && (!pv.spec?.claimRef || (claimRefMatches(pv, pvc) && !pv.spec.claimRef.uid));
    if (pv && free && !pv.metadata.deletionTimestamp) pv = await bindVolume(store, pv, pvc);
  } else {
    const volumes = (await store.list('PersistentVolume')).items;
    pv = findBestMatch(pvc, volumes) ?? null;
    if (!pv) pv = await provision(pvc, volumes, ctx, o);
    signal.throwIfAborted();
    if (pv) {
      if (!pv.spec?.claimRef?.uid) pv = await bindVolume(store, pv, pvc);
      const chosen = pv.metadata.name;
      pvc = await store.update('PersistentVolumeClaim', namespace, name, (c) => {
        // Re-read on conflict: a claim that meanwhile names another volume, or was replaced, is left alone.
        if (c.metadata.uid !== pvc!.metadata.uid || (c.spec.volumeName && c.spec.volumeName !== chosen)) {
          throw new CapstanError('CONFLICT', `claim ${namespace}/${name} changed while it was being bound`);
        }
        c.spec.volumeName = chosen;
        c.metadata.annotations = { ...(c.metadata.annotations ?? {}), [BIND_COMPLETED_ANNOTATION]: 'yes', [BOUND_BY_CONTROLLER_ANNOTATION]: 'yes' };
        return c;
      });
    }
  }

  const phase = claimPhase(pvc, pv);
  if (phase === 'Bound' && pvc.metadata.annotations?.[BIND_COMPLETED_ANNOTATION] !== 'yes') {
    pvc = await store.update('PersistentVolumeClaim', namespace, name, (c) => {
      c.metadata.annotations = { ...(c.metadata.annotations ?? {}), [BIND_COMPLETED_ANNOTATION]: 'yes' };
      return c;
    }, { resourceVersion: pvc.metadata.resourceVersion });
  }
  const status = claimStatus(pvc, phase, pv);
  if (!jsonEqual(status, pvc.status ?? {})) {
    signal.throwIfAborted();
    await store.updateStatus('PersistentVolumeClaim', namespace, name, status, { resourceVersion: pvc.metadata.resourceVersion });
    if (phase === 'Lost') await recordEvent(store, pvc, 'Warning', 'ClaimLost', `Bound claim has lost its PersistentVolume. Data on the volume is lost!`, PV_CONTROLLER_COMPONENT, o.now());
  }
  if (pv && phase === 'Bound' && pv.status?.phase !== 'Bound') await writeVolumeStatus(store, pv, 'Bound', o);
}

/** Writes the claimRef (with the version the volume was read at: a second binder gets CONFLICT). */
async function bindVolume(store: ControllerStore, pv: KObject, pvc: KObject): Promise<KObject> {
  return store.update('PersistentVolume', undefined, pv.metadata.name, (v) => {
    v.spec.claimRef = claimRefTo(pvc);
    return v;
  }, { resourceVersion: pv.metadata.resourceVersion });
}

/**
 * A volume for a claim of a local-path class on its node, or null (another provisioner, no
 * class, or no node yet). Made pre-bound, so only this claim can take it.
 */
async function provision(pvc: KObject, volumes: KObject[], ctx: ReconcileContext<ControllerStore>, o: Options): Promise<KObject | null> {
  const { store } = ctx;
  const className = pvc.spec?.storageClassName;
  if (!className) return null;
  const sc = await store.get('StorageClass', undefined, className);
  if (!sc || sc.provisioner !== LOCAL_PATH_PROVISIONER) return null;
  if (pvc.metadata.annotations?.[STORAGE_PROVISIONER_ANNOTATION] !== LOCAL_PATH_PROVISIONER) {
    await store.update('PersistentVolumeClaim', pvc.metadata.namespace, pvc.metadata.name, (c) => {
      c.metadata.annotations = { ...(c.metadata.annotations ?? {}), [STORAGE_PROVISIONER_ANNOTATION]: LOCAL_PATH_PROVISIONER };
      return c;
    });
  }
  const waits = sc.volumeBindingMode === 'WaitForFirstConsumer';
  // The scheduler's selected-node annotation decides before any pod does: read the namespace's
  // pods only for a claim still without it.
  const needsPods = waits && !pvc.metadata.annotations?.[SELECTED_NODE_ANNOTATION];
  const [pods, nodes] = await Promise.all([
    needsPods ? store.list('Pod', { namespace: pvc.metadata.namespace }) : Promise.resolve({ items: [] as KObject[] }),
    waits ? Promise.resolve({ items: [] as KObject[] }) : store.list('Node'),
  ]);
  const nodeName = nodeForClaim(pvc, sc, pods.items.filter((p) => podUsesClaim(p, pvc.metadata.name)), nodes.items, volumes);
  if (!nodeName) return null;
  const node = (await store.get('Node', undefined, nodeName)) ?? nodeName;
  const want = localPathVolume(pvc, sc, node, o.localPathRoot);
  try {
    const made = await store.create('PersistentVolume', undefined, want);
    await recordEvent(store, pvc, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${made.metadata.name} on node ${nodeName}`, PV_CONTROLLER_COMPONENT, o.now());
    return made;
  } catch (err) {
    if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) throw err;
    const existing = await store.get('PersistentVolume', undefined, want.metadata.name);
    return existing && claimRefMatches(existing, pvc) ? existing : null;
  }
}

/** A volume's phase from its claim; a Released volume is deleted or kept as its policy says. */
export async function reconcileVolume(name: string, ctx: ReconcileContext<ControllerStore>, o: Options): Promise<void> {
  const { store } = ctx;
  let pv = await store.get('PersistentVolume', undefined, name);
  if (!pv) return;
  if (pv.metadata.deletionTimestamp) return releaseVolumeOfGoneNode(pv, ctx, o);
  const unmarked = missingCleanupMarks(pv);
  if (unmarked) pv = await markForCleanup(store, pv, unmarked);
  const ref = pv.spec?.claimRef;
  const claim = ref?.namespace && ref?.name ? await store.get('PersistentVolumeClaim', ref.namespace, ref.name) : null;
  let phase = volumePhase(pv, claim);
  let message: string | undefined;
  if (phase === 'Released') {
    const policy = pv.spec?.persistentVolumeReclaimPolicy ?? 'Retain';
    if (policy === 'Delete') {
      try {
        await store.delete('PersistentVolume', undefined, name);
        await recordEvent(store, pv, 'Normal', 'VolumeDelete', `Deleted volume ${name}: its claim ${ref.namespace}/${ref.name} is gone and its reclaim policy is Delete`, PV_CONTROLLER_COMPONENT, o.now());
      } catch (err) {
        if (!notFoundOrConflict(err)) throw err;
      }
      return;
    }
    if (policy === 'Recycle') {
      phase = 'Failed';
      message = 'Recycle is not supported: delete the volume or make it Available by removing its claimRef';
    }
  }
  if (pv.status?.phase !== phase || (message && pv.status?.message !== message)) await writeVolumeStatus(store, pv, phase, o, message);
  if (phase === 'Available' && !ref) await offerToWaitingClaims(pv, ctx, o);
}

/**
 * A free volume (new, or given back by its claimRef's removal) is offered to the claims that
 * wait for one, a claim naming it first, then the oldest: nothing else would bring them back
 * before the periodic resync.
 * Each is reconciled as its own key would be; the binder's preconditions keep a concurrent
 * reconcile of the same claim from binding it twice.
 */
async function offerToWaitingClaims(pv: KObject, ctx: ReconcileContext<ControllerStore>, o: Options): Promise<void> {
  const waiting = (await ctx.store.list('PersistentVolumeClaim')).items
    .filter((c) => !c.metadata.deletionTimestamp && (c.spec?.volumeName ? c.spec.volumeName === pv.metadata.name : volumeMatchesClaim(pv, c)))
    .filter((c) => c.status?.phase !== 'Bound')
    // A claim that names this volume first (it can take no other), then the oldest.
    .sort((a, b) => Number(b.spec?.volumeName === pv.metadata.name) - Number(a.spec?.volumeName === pv.metadata.name) || (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''));
  for (const claim of waiting) {
    ctx.signal.throwIfAborted();
    await reconcileClaim(claim.metadata.namespace!, claim.metadata.name, ctx, o);
    const now = await ctx.store.get('PersistentVolume', undefined, pv.metadata.name);
    if (!now || now.spec?.claimRef) return;
  }
}

/**
 * A local-path volume being deleted whose node is gone (or was never named): no agent will remove
 * its directory, so the finalizer is dropped here, after a Warning event that says what is left.
 */
async function releaseVolumeOfGoneNode(pv: KObject, ctx: ReconcileContext<ControllerStore>, o: Options): Promise<void> {
  const { store } = ctx;
  if (!awaitsLocalPathCleanup(pv)) return;
  const node = localPathNodeOf(pv);
  if (node && (await store.get('Node', undefined, node))) return;
  const dir = pv.spec?.hostPath?.path ?? pv.spec?.local?.path ?? '(no path)';
  const why = node ? `node "${node}" no longer exists` : `it names no node (label ${LOCAL_PATH_NODE_LABEL})`;
  ctx.signal.throwIfAborted();
  await recordEvent(store, pv, 'Warning', 'LocalPathCleanupSkipped', `Volume ${pv.metadata.name} was deleted but ${why}: its directory ${dir} is left on that machine; removed the finalizer ${LOCAL_PATH_CLEANUP_FINALIZER}`, PV_CONTROLLER_COMPONENT, o.now());
  try {
    await store.update('PersistentVolume', undefined, pv.metadata.name, (v) => {
      v.metadata.finalizers = (v.metadata.finalizers ?? []).filter((f: string) => f !== LOCAL_PATH_CLEANUP_FINALIZER);
      return v;
    }, { resourceVersion: pv.metadata.resourceVersion });
  } catch (err) {
    // Gone meanwhile (its agent came back and finished), or changed: the next reconcile looks again.
    if (!(err instanceof CapstanError && err.code === 'NOT_FOUND')) throw err;
  }
}

/** A volume provisioned before cleanup existed gets the node label and the finalizer. */
async function markForCleanup(store: ControllerStore, pv: KObject, node: string): Promise<KObject> {
  return store.update('PersistentVolume', undefined, pv.metadata.name, (v) => {
    v.metadata.labels = { ...(v.metadata.labels ?? {}), [LOCAL_PATH_NODE_LABEL]: node };
    const finalizers: string[] = v.metadata.finalizers ?? [];
    if (!finalizers.includes(LOCAL_PATH_CLEANUP_FINALIZER)) v.metadata.finalizers = [...finalizers, LOCAL_PATH_CLEANUP_FINALIZER];
    return v;
  }, { resourceVersion: pv.metadata.resourceVersion });
}

async function writeVolumeStatus(store: ControllerStore, pv: KObject, phase: ReturnType<typeof volumePhase>, o: Options, message?: string): Promise<void> {
  await store.updateStatus('PersistentVolume', undefined, pv.metadata.name, volumeStatus(pv, phase, timestamp(o.now()), message), { resourceVersion: pv.metadata.resourceVersion });
}
