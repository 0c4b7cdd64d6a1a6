/**
 * The persistent-volume binder's decisions, pure (Kubernetes' pkg/controller/volume/persistentvolume
 * index.go and pv_controller.go): which volume a claim may take, and which phase a volume and a
 * claim are in given each other. persistentvolume.ts reads, acts and writes.
 */
import { parseQuantity, quantityError } from '../kinds/quantity.ts';
import type { KObject } from '../kinds/types.ts';
import { selectorFromLabelSelectorObject } from '../selectors/label-selector-object.ts';

/** Set on a claim once the binder has bound it, so a missing volume later means Lost. */
export const BIND_COMPLETED_ANNOTATION = 'pv.kubernetes.io/bind-completed';
/** Set on a claim the binder bound (rather than one pre-bound by its author). */
export const BOUND_BY_CONTROLLER_ANNOTATION = 'pv.kubernetes.io/bound-by-controller';
/** The node the scheduler put the first pod using a WaitForFirstConsumer claim on. */
export const SELECTED_NODE_ANNOTATION = 'volume.kubernetes.io/selected-node';
/** Who provisioned a volume (on the PV) and who is asked to (on the claim). */
export const PROVISIONED_BY_ANNOTATION = 'pv.kubernetes.io/provisioned-by';
export const STORAGE_PROVISIONER_ANNOTATION = 'volume.kubernetes.io/storage-provisioner';

export type VolumePhase = 'Pending' | 'Available' | 'Bound' | 'Released' | 'Failed';
export type ClaimPhase = 'Pending' | 'Bound' | 'Lost';

/** The claim's class: '' when it asks for volumes without one. */
export function claimClass(pvc: KObject): string {
  return pvc.spec?.storageClassName ?? '';
}

export function volumeClass(pv: KObject): string {
  return pv.spec?.storageClassName ?? '';
}

function storage(map: any): ReturnType<typeof parseQuantity> | undefined {
  const q = map?.storage;
  return (typeof q === 'string' || typeof q === 'number') && !quantityError(q) ? parseQuantity(q) : undefined;
}

/** Whether `pv.spec.claimRef` names `pvc` (and, when it carries a uid, this very claim). */
export function claimRefMatches(pv: KObject, pvc: KObject): boolean {
  const ref = pv.spec?.claimRef;
  if (!ref || ref.name !== pvc.metadata.name || ref.namespace !== pvc.metadata.namespace) return false;
  return !ref.uid || ref.uid === pvc.metadata.uid;
}

/**
 * Whether `pv` can serve `pvc` as far as their specs go: same class, same volume mode, every
 * access mode the claim asks for, at least the storage it requests, and labels its selector
 * matches. Whether the volume is free is the caller's question.
 */
export function volumeMatchesClaim(pv: KObject, pvc: KObject): boolean {
  if (volumeClass(pv) !== claimClass(pvc)) return false;
  if ((pv.spec?.volumeMode ?? 'Filesystem') !== (pvc.spec?.volumeMode ?? 'Filesystem')) return false;
  const modes: string[] = pv.spec?.accessModes ?? [];
  for (const m of pvc.spec?.accessModes ?? []) if (!modes.includes(m)) return false;
  const want = storage(pvc.spec?.resources?.requests);
  const have = storage(pv.spec?.capacity);
  if (!want || !have || have.cmp(want) < 0) return false;
  if (pvc.spec?.selector) {
    if (!selectorFromLabelSelectorObject(pvc.spec.selector).matches(pv.metadata.labels ?? {})) return false;
  }
  return true;
}

/**
 * The volume `pvc` should be bound to among `volumes` (Kubernetes' findBestMatchForClaim): a
 * volume already pre-bound to this claim wins; otherwise the smallest free matching volume. A
 * claim with `spec.volumeName` is only ever matched by that volume. Volumes being deleted, or
 * Released/Failed ones, are never chosen. `fits` narrows further (a node a volume must be on).
 */
export function findBestMatch(pvc: KObject, volumes: readonly KObject[], fits: (pv: KObject) => boolean = () => true): KObject | undefined {
  let best: KObject | undefined;
  for (const pv of volumes) {
    if (pv.metadata.deletionTimestamp) continue;
    if (pvc.spec?.volumeName && pv.metadata.name !== pvc.spec.volumeName) continue;
    const phase = pv.status?.phase;
    if (phase === 'Released' || phase === 'Failed') continue;
    const preBound = claimRefMatches(pv, pvc);
    if (pv.spec?.claimRef && !preBound) continue;
    if (!volumeMatchesClaim(pv, pvc) || !fits(pv)) continue;
    if (preBound) return pv;
    if (!best || storage(pv.spec.capacity)!.cmp(storage(best.spec.capacity)!) < 0) best = pv;
  }
  return best;
}

/** The claimRef a volume bound to `pvc` carries. */
export function claimRefTo(pvc: KObject): Record<string, string> {
  return {
    kind: 'PersistentVolumeClaim',
    namespace: pvc.metadata.namespace!,
    name: pvc.metadata.name,
    uid: pvc.metadata.uid!,
    apiVersion: 'v1',
    resourceVersion: pvc.metadata.resourceVersion ?? '',
  };
}

/**
 * The phase of `pv` given its claim as read (null: not found): no claimRef means Available; a
 * claimRef without uid (pre-bound by hand) waits Available for its claim; a claim that names
 * the volume back makes it Bound; a claim gone (or replaced by a new one of the same name)
 * makes it Released. A Failed volume stays Failed.
 */
export function volumePhase(pv: KObject, claim: KObject | null): VolumePhase {
  if (pv.status?.phase === 'Failed') return 'Failed';
  const ref = pv.spec?.claimRef;
  if (!ref) return 'Available';
  if (!ref.uid) return claim?.spec?.volumeName === pv.metadata.name ? 'Bound' : 'Available';
  if (!claim || claim.metadata.uid !== ref.uid) return 'Released';
  return claim.spec?.volumeName === pv.metadata.name ? 'Bound' : 'Available';
}

/**
 * The phase of `pvc` given the volume its `volumeName` names (null: not found): Pending until
 * it names a volume that names it back, Bound then, and Lost once a volume it was bound to is
 * gone or bound elsewhere.
 */
export function claimPhase(pvc: KObject, pv: KObject | null): ClaimPhase {
  const name = pvc.spec?.volumeName;
  if (!name) return 'Pending';
  const wasBound = pvc.metadata.annotations?.[BIND_COMPLETED_ANNOTATION] === 'yes';
  if (!pv) return wasBound ? 'Lost' : 'Pending';
  if (claimRefMatches(pv, pvc) && pv.spec.claimRef.uid === pvc.metadata.uid) return 'Bound';
  return wasBound ? 'Lost' : 'Pending';
}

/** The claim's status for `phase`: a Bound claim reports its volume's access modes and capacity. */
export function claimStatus(pvc: KObject, phase: ClaimPhase, pv: KObject | null): Record<string, unknown> {
  const status: Record<string, unknown> = { ...(pvc.status ?? {}), phase };
  if (phase === 'Bound' && pv) {
    status.accessModes = pv.spec?.accessModes ?? [];
    status.capacity = { ...(pv.spec?.capacity ?? {}) };
  } else if (phase === 'Pending') {
    delete status.accessModes;
    delete status.capacity;
  }
  return status;
}

/** The volume's status for `phase`, with the time of the change when it is one. */
export function volumeStatus(pv: KObject, phase: VolumePhase, now: string, message?: string): Record<string, unknown> {
  const status: Record<string, unknown> = { ...(pv.status ?? {}) };
  if (status.phase !== phase) status.lastPhaseTransitionTime = now;
  status.phase = phase;
  if (message) status.message = message;
  else delete status.message;
  return status;
}
