/**
 * VolumeBinding (kube-scheduler's volumebinding plugin, for the volumes Capstan has): a pod's
 * PersistentVolumeClaims must exist; a bound claim's volume must allow the node (its
 * nodeAffinity: a local-path volume lives on one node); an unbound claim must be of a
 * WaitForFirstConsumer class, and then either a free matching volume must allow the node or the
 * class's provisioner must be able to make one there (`capstan.io/local-path` can on any node).
 * An unbound claim of an Immediate class waits for its binder: the pod is unschedulable.
 *
 * After the pod is bound, the scheduler writes the node to each of its unbound WaitForFirstConsumer
 * claims (`volume.kubernetes.io/selected-node`, see `claimsAwaitingNode`), which is what the
 * provisioner waits for.
 */
import type { KObject } from '../../kinds/types.ts';
import { LOCAL_PATH_PROVISIONER } from '../../storage/default-storage-class.ts';
import { findBestMatch } from '../../storage/persistentvolume-binder.ts';
import { SUCCESS, unresolvable, unschedulable, type FilterPlugin, type NodeInfo, type StorageSnapshot } from '../framework.ts';
import { compileNodeSelector, type NodeMatcher } from '../node-selector.ts';

export const ERR_REASON_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const ERR_REASON_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
export const ERR_REASON_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';

/** Provisioners that can make a volume on whichever node the pod goes to. */
const ANY_NODE_PROVISIONERS = new Set([LOCAL_PATH_PROVISIONER]);

interface VolumeBindingState {
  /** Set when the pod can run nowhere (a claim missing, being deleted, unbound Immediate, …). */
  rejected?: string;
  /** The node affinities of the volumes of its bound claims. */
  boundAffinities: NodeMatcher[];
  /** Unbound WaitForFirstConsumer claims no provisioner can serve: a free volume must fit. */
  needVolumes: KObject[];
}

function podClaimNames(pod: KObject): string[] {
  const names: string[] = [];
  for (const v of pod.spec?.volumes ?? []) if (typeof v?.persistentVolumeClaim?.claimName === 'string') names.push(v.persistentVolumeClaim.claimName);
  return names;
}

function volumeAffinity(pv: KObject): NodeMatcher | undefined {
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  return Array.isArray(terms) ? compileNodeSelector(terms) : undefined;
}

/** Whether the claim waits for its first consumer before it is bound. */
function waitsForConsumer(claim: KObject, storage: StorageSnapshot): boolean {
  const className = claim.spec?.storageClassName;
  return !!className && storage.classes.get(className)?.volumeBindingMode === 'WaitForFirstConsumer';
}

function prepare(pod: KObject, storage: StorageSnapshot | undefined): VolumeBindingState {
  const state: VolumeBindingState = { boundAffinities: [], needVolumes: [] };
  if (!storage) return state;
  const namespace = pod.metadata.namespace ?? 'default';
  for (const claimName of podClaimNames(pod)) {
    const claim = storage.claims.get(`${namespace}/${claimName}`);
    if (!claim) return { ...state, rejected: `persistentvolumeclaim "${claimName}" not found` };
    if (claim.metadata.deletionTimestamp) return { ...state, rejected: `persistentvolumeclaim "${claimName}" is being deleted` };
    const volumeName: string | undefined = claim.spec?.volumeName;
    if (volumeName) {
      const pv = storage.volumes.get(volumeName);
      if (!pv) return { ...state, rejected: `pvc ${claimName} is bound to non-existent pv ${volumeName}` };
      const affinity = volumeAffinity(pv);
      if (affinity) state.boundAffinities.push(affinity);
      continue;
    }
    if (!waitsForConsumer(claim, storage)) return { ...state, rejected: ERR_REASON_UNBOUND_IMMEDIATE };
    const provisioner = storage.classes.get(claim.spec.storageClassName)?.provisioner;
    if (!ANY_NODE_PROVISIONERS.has(provisioner)) state.needVolumes.push(claim);
  }
  return state;
}

export const volumeBinding: FilterPlugin<VolumeBindingState> = {
  name: 'VolumeBinding',
  preFilter(pod, snapshot) {
    return prepare(pod, snapshot.storage);
  },
  filter(pod, nodeInfo: NodeInfo, snapshot, state) {
    const s = state ?? prepare(pod, snapshot.storage);
    if (s.rejected) return unresolvable(s.rejected);
    for (const fits of s.boundAffinities) if (!fits(nodeInfo)) return unresolvable(ERR_REASON_NODE_CONFLICT);
    if (s.needVolumes.length > 0) {
      const volumes = [...snapshot.storage!.volumes.values()];
      const onNode = (pv: KObject) => volumeAffinity(pv)?.(nodeInfo) ?? true;
      for (const claim of s.needVolumes) if (!findBestMatch(claim, volumes, onNode)) return unschedulable(ERR_REASON_BIND_CONFLICT);
    }
    return SUCCESS;
  },
};

/** The unbound WaitForFirstConsumer claims of `pod` that do not name a node yet: the scheduler annotates them once it binds the pod. */
export function claimsAwaitingNode(pod: KObject, storage: StorageSnapshot | undefined): KObject[] {
  if (!storage) return [];
  const namespace = pod.metadata.namespace ?? 'default';
  const out: KObject[] = [];
  for (const claimName of podClaimNames(pod)) {
    const claim = storage.claims.get(`${namespace}/${claimName}`);
    if (claim && !claim.spec?.volumeName && waitsForConsumer(claim, storage)) out.push(claim);
  }
  return out;
}
