/**
 * A scheduler snapshot kept current from the event log, like kube-scheduler's cache: built once
 * from lists, then every change (nodes added, changed or deleted; pods bound, relabelled,
 * finished or deleted; claims, volumes, classes and namespaces) is applied to it in revision
 * order, so that a round costs what changed since the last one instead of a list of the cluster.
 *
 * Pods are tracked by uid with the very object that was counted on their node, so that a pod is
 * never counted twice (its bind event after our own placement of it is a no-op) and taking it
 * back subtracts exactly what was added. Pods bound to a node the snapshot does not have are
 * remembered and counted when that node appears, as a fresh list would.
 */
import type { KObject } from '../kinds/types.ts';
import type { NodeInfo, Snapshot, StorageSnapshot } from './framework.ts';
import { podNonZeroRequests, podRequests } from './resources.ts';
import {
  addPod,
  buildSnapshot,
  buildStorageSnapshot,
  isTerminated,
  newNodeInfo,
  podHostPorts,
  removePod,
  requiredAntiAffinityTerms,
  setNode,
  workloadKey,
} from './snapshot.ts';

/** One change read from the log: the object after it (the last state, for DELETED). */
export interface SnapshotChange {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  kind: string;
  object: KObject;
}

interface CountedPod {
  /** The object counted on `nodeName` (when that node exists), for `removePod`. */
  pod: KObject;
  nodeName: string;
  /** What `addPod` derives from the pod; another version with the same key counts the same. */
  key: string;
}

/** Everything `addPod` reads from a pod, so that a version that changes none of it is skipped. */
function countingKey(pod: KObject): string {
  const labels = pod.metadata.labels ?? {};
  const requests = podRequests(pod);
  const nonZero = podNonZeroRequests(pod);
  return JSON.stringify([
    Object.keys(labels).sort().map((k) => [k, labels[k]]),
    pod.metadata.deletionTimestamp ? undefined : workloadKey(pod),
    String(requests.cpuMillis),
    String(requests.memoryBytes),
    String(nonZero.cpuMillis),
    String(nonZero.memoryBytes),
    podHostPorts(pod),
    requiredAntiAffinityTerms(pod),
  ]);
}

const byName = (a: NodeInfo, b: NodeInfo) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export class SnapshotCache {
  /** The snapshot the plugins read; changed in place by `apply`, `confirm` and `discard`. */
  readonly snapshot: Snapshot;
  /** Bound, unterminated pods by uid. */
  private readonly bound = new Map<string, CountedPod>();
  /** Node name → uids of the pods bound to it (whether or not the node exists). */
  private readonly onNode = new Map<string, Set<string>>();

  private constructor(snapshot: Snapshot) {
    this.snapshot = snapshot;
  }

  /** The cache of listed objects (pods of any state: pending and terminated ones are left out). */
  static fromLists(lists: { nodes: KObject[]; pods: KObject[]; namespaces?: KObject[]; claims?: KObject[]; volumes?: KObject[]; classes?: KObject[] }): SnapshotCache {
    const storage: StorageSnapshot = buildStorageSnapshot(lists.claims ?? [], lists.volumes ?? [], lists.classes ?? []);
    const cache = new SnapshotCache(buildSnapshot(lists.nodes, [], lists.namespaces ?? [], storage));
    for (const pod of lists.pods) cache.applyPod('ADDED', pod);
    return cache;
  }

  /** How many pods are counted as bound (on existing nodes or not). */
  get boundPods(): number {
    return this.bound.size;
  }

  /** Whether the pod with this uid is counted as bound, and where. */
  nodeOf(uid: string): string | undefined {
    return this.bound.get(uid)?.nodeName;
  }

  /** Applies one change from the log. Changes must come in revision order. */
  apply(change: SnapshotChange): void {
    const { type, object } = change;
    switch (change.kind) {
      case 'Pod':
        return this.applyPod(type, object);
      case 'Node':
        return type === 'DELETED' ? this.deleteNode(object.metadata.name) : this.putNode(object);
      case 'Namespace':
        if (type === 'DELETED') this.snapshot.namespaceLabels.delete(object.metadata.name);
        else this.snapshot.namespaceLabels.set(object.metadata.name, object.metadata.labels ?? {});
        return;
      case 'PersistentVolumeClaim':
        return this.putStorage(this.storage().claims, `${object.metadata.namespace}/${object.metadata.name}`, type, object);
      case 'PersistentVolume':
        return this.putStorage(this.storage().volumes, object.metadata.name, type, object);
      case 'StorageClass':
        return this.putStorage(this.storage().classes, object.metadata.name, type, object);
      default:
    }
  }

  /**
   * Records that `counted` (a copy that `scheduleBatch` already added to its node) is now bound:
   * its bind event, read later, then finds it counted.
   */
  confirm(counted: KObject): void {
    const uid = counted.metadata.uid;
    if (!uid) return;
    const earlier = this.bound.get(uid);
    if (earlier) this.uncount(uid, earlier);
    this.remember(uid, { pod: counted, nodeName: counted.spec.nodeName, key: countingKey(counted) });
  }

  /** Takes back `counted` (added by `scheduleBatch`), whose bind did not happen. */
  discard(counted: KObject): void {
    const info = this.snapshot.nodes.get(counted.spec?.nodeName);
    if (info) removePod(info, counted);
  }

  private storage(): StorageSnapshot {
    return (this.snapshot.storage ??= buildStorageSnapshot([], [], []));
  }

  private putStorage(map: Map<string, KObject>, key: string, type: SnapshotChange['type'], object: KObject): void {
    if (type === 'DELETED') map.delete(key);
    else map.set(key, object);
  }

  private applyPod(type: SnapshotChange['type'], pod: KObject): void {
    const uid = pod.metadata.uid;
    if (!uid) return;
    const earlier = this.bound.get(uid);
    const nodeName: string | undefined = pod.spec?.nodeName || undefined;
    const holds = type !== 'DELETED' && nodeName !== undefined && !isTerminated(pod);
    if (!holds) {
      if (earlier) this.uncount(uid, earlier);
      return;
    }
    const key = countingKey(pod);
    if (earlier) {
      // A status write, or our own bind coming back: it is counted as it is.
      if (earlier.nodeName === nodeName && earlier.key === key) return;
      this.uncount(uid, earlier);
    }
    this.remember(uid, { pod, nodeName, key });
    const info = this.snapshot.nodes.get(nodeName);
    if (info) addPod(info, pod);
  }

  private remember(uid: string, counted: CountedPod): void {
    this.bound.set(uid, counted);
    let uids = this.onNode.get(counted.nodeName);
    if (!uids) this.onNode.set(counted.nodeName, (uids = new Set()));
    uids.add(uid);
  }

  private uncount(uid: string, counted: CountedPod): void {
    this.bound.delete(uid);
    const uids = this.onNode.get(counted.nodeName);
    uids?.delete(uid);
    if (uids?.size === 0) this.onNode.delete(counted.nodeName);
    const info = this.snapshot.nodes.get(counted.nodeName);
    if (info) removePod(info, counted.pod);
  }

  private putNode(node: KObject): void {
    const name = node.metadata.name;
    const existing = this.snapshot.nodes.get(name);
    if (existing) {
      setNode(existing, node);
      return;
    }
    const info = newNodeInfo(node, this.snapshot.cluster);
    this.snapshot.nodes.set(name, info);
    const list = this.snapshot.nodeList;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byName(list[mid]!, info) < 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, info);
    for (const uid of this.onNode.get(name) ?? []) addPod(info, this.bound.get(uid)!.pod);
  }

  private deleteNode(name: string): void {
    const info = this.snapshot.nodes.get(name);
    if (!info) return;
    // Its pods stay remembered (bound to a node that is gone, they hold nothing), counted again
    // if a node of that name comes back.
    for (const pod of [...info.pods]) removePod(info, pod);
    this.snapshot.nodes.delete(name);
    const list = this.snapshot.nodeList;
    list.splice(list.indexOf(info), 1);
    if (this.snapshot.nextStartNodeIndex >= list.length) this.snapshot.nextStartNodeIndex = 0;
  }
}
