/**
 * The scheduler's vocabulary, after kube-scheduler's framework package: what a plugin sees
 * (NodeInfo, Snapshot), what it answers (Status), the two plugin shapes, and a profile (which
 * plugins run, in which order, with which weights). Binding, queues and the database belong to
 * the worker, not here.
 */
import type { KObject } from '../kinds/types.ts';

export { addPod, buildSnapshot, newClusterIndex, newNodeInfo, removePod } from './snapshot.ts';

/** A plugin's verdict on one node. `UnschedulableAndUnresolvable` means evicting pods would not help. */
export type Status =
  | { code: 'Success' }
  | { code: 'Unschedulable' | 'UnschedulableAndUnresolvable'; reasons: string[] };

export const SUCCESS: Status = Object.freeze({ code: 'Success' });

export function unschedulable(...reasons: string[]): Status {
  return { code: 'Unschedulable', reasons };
}

export function unresolvable(...reasons: string[]): Status {
  return { code: 'UnschedulableAndUnresolvable', reasons };
}

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** Cpu in millicores and memory in bytes, as plain numbers (exact up to 8 PiB) for speed. */
export interface ResourceAmounts {
  cpuMillis: number;
  memoryBytes: number;
}

/** A pod and the node it runs on. */
export interface PodPlacement {
  pod: KObject;
  nodeInfo: NodeInfo;
}

/**
 * Cluster-wide indexes of the pods in a snapshot, shared by all its NodeInfos so that `addPod`
 * keeps them current. They spare pod anti-affinity a walk over every pod for every pod.
 */
export interface ClusterIndex {
  /**
   * Pods that carry required pod anti-affinity terms, wherever they run, filed under the first
   * matchLabels pair of each of their terms (only a pod carrying that pair can match the term);
   * pods with a term without matchLabels are filed under `''`.
   */
  antiAffinityByLabel: Map<string, Set<PodPlacement>>;
  /** `key=value` label pair → the pods that carry it, wherever they run. */
  podsByLabel: Map<string, Set<PodPlacement>>;
  /**
   * Each counted pod object → its placement, so that `removePod` finds its entries above in
   * O(1) (sets, not arrays: a snapshot kept current by the log removes pods as often as it adds).
   */
  placements: Map<KObject, PodPlacement>;
  /**
   * Workload key (see `workloadKey`) → how many of its pods each node has. SelectorSpread reads
   * it once per pod and then per node from one small map: with 150,000 pods on 5,000 nodes, a
   * lookup in each node's own map (`NodeInfo.workloadCounts`) was two thirds of a round's
   * decision time (a cache miss per node scored).
   */
  workloadNodes: Map<string, Map<NodeInfo, number>>;
}

/**
 * One node and what is already on it. The aggregates are kept up to date by `addPod` and
 * `removePod`, so that filters and scores read them in O(1) instead of walking the node's pods,
 * and so that a batch sees the pods it placed earlier. The node's own fields change only through
 * `setNode` (a Node update read from the log), in place, since placements point at this object.
 */
export interface NodeInfo {
  node: KObject;
  readonly name: string;
  labels: Readonly<Record<string, string>>;
  /** Region and zone from the topology labels, like Kubernetes' GetZoneKey; '' without a zone. */
  zone: string;
  taints: readonly Taint[];
  unschedulable: boolean;
  allocatable: ResourceAmounts & { pods: number };
  /** Sum of the requests of the pods on the node. */
  requested: ResourceAmounts;
  /** The same with unset requests counted as Kubernetes' defaults; what LeastAllocated uses. */
  nonZeroRequested: ResourceAmounts;
  /** Pods on the node (not terminated), each with `spec.nodeName` set. */
  pods: KObject[];
  /** Host IP → `protocol/port` pairs taken on that IP. */
  usedPorts: Map<string, Set<string>>;
  /** Workload key (see `workloadKey`) → how many of its pods are on the node. */
  workloadCounts: Map<string, number>;
  /** The indexes of the snapshot this node belongs to. */
  readonly cluster: ClusterIndex;
}

/** Every node the scheduler may place pods on, as of one read of the store. */
export interface Snapshot {
  nodes: Map<string, NodeInfo>;
  /** The same nodes sorted by name: the order in which the search for feasible nodes rotates. */
  nodeList: NodeInfo[];
  /** The index every NodeInfo above shares. */
  cluster: ClusterIndex;
  /** Namespace name → its labels, for pod anti-affinity terms with a namespaceSelector. */
  namespaceLabels: Map<string, Record<string, string>>;
  /** Where the next search for feasible nodes starts; `scheduleOne` advances it. */
  nextStartNodeIndex: number;
  /** Claims, volumes and classes, for VolumeBinding; absent, that plugin lets every pod pass. */
  storage?: StorageSnapshot;
}

/** The storage objects as of the snapshot's read. */
export interface StorageSnapshot {
  /** `namespace/name` → PersistentVolumeClaim. */
  claims: Map<string, KObject>;
  /** name → PersistentVolume. */
  volumes: Map<string, KObject>;
  /** name → StorageClass. */
  classes: Map<string, KObject>;
}

/**
 * A filter decides whether a pod may run on a node. `preFilter` does, once per pod, the work
 * that depends only on the pod and the snapshot; its result is handed to `filter` for every
 * node. Called without `state`, `filter` computes it itself (handy in tests).
 */
export interface FilterPlugin<S = unknown> {
  readonly name: string;
  preFilter?(pod: KObject, snapshot: Snapshot): S;
  filter(pod: KObject, nodeInfo: NodeInfo, snapshot: Snapshot, state?: S): Status;
}

/**
 * A score ranks the feasible nodes. `score` gives a raw number per node; `normalize`, when
 * present, rewrites the raw numbers of all feasible nodes in place to 0..100 (without it the
 * raw score must already be 0..100). The profile multiplies by `weight` and adds the plugins up.
 */
export interface ScorePlugin<S = unknown> {
  readonly name: string;
  readonly weight: number;
  preScore?(pod: KObject, snapshot: Snapshot): S;
  score(pod: KObject, nodeInfo: NodeInfo, snapshot: Snapshot, state?: S): number;
  normalize?(pod: KObject, nodes: readonly NodeInfo[], scores: number[], state?: S): void;
}

/** Which plugins run and how: filters in order (a node stops at its first failure), weighted scores. */
export interface Profile {
  readonly name: string;
  readonly filters: readonly FilterPlugin[];
  readonly scores: readonly ScorePlugin[];
  /**
   * Stop filtering once this share of the nodes is feasible (never fewer than 100 nodes), like
   * kube-scheduler's percentageOfNodesToScore; 0 picks Kubernetes' adaptive share
   * (50% − nodes/125, at least 5%); 100 filters every node.
   */
  readonly percentageOfNodesToScore: number;
}

export const MAX_NODE_SCORE = 100;

/**
 * Kubernetes' DefaultNormalizeScore: scales scores so the highest becomes 100; `reverse` turns
 * "more is worse" counts into scores (all 100 when every count is 0).
 */
export function defaultNormalizeScore(scores: number[], reverse: boolean): void {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max === 0) {
    if (reverse) scores.fill(MAX_NODE_SCORE);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    const s = Math.trunc((MAX_NODE_SCORE * scores[i]!) / max);
    scores[i] = reverse ? MAX_NODE_SCORE - s : s;
  }
}
