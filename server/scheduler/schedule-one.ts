/**
 * The per-pod decision, as kube-scheduler's schedulePod: run the filters on nodes (a node stops
 * at its first failing filter) until enough feasible nodes are found, score those, and take the
 * best; when no node fits, say why in Kubernetes' words. `scheduleBatch` places many pods on one
 * snapshot, each seeing the ones placed before it.
 */
import type { KObject } from '../kinds/types.ts';
import { addPod, type NodeInfo, type Profile, type Snapshot } from './framework.ts';

/** Why one node was or was not chosen. */
export interface NodeExplanation {
  node: string;
  feasible: boolean;
  /** The first filter the node failed. */
  failedPlugin?: string;
  reasons: string[];
  /** Normalized score (0..100) per score plugin, before weighting; feasible nodes only. */
  scores?: Record<string, number>;
  /** Σ weight × score. */
  totalScore?: number;
}

export interface ScheduleResult {
  /** The chosen node; absent when the pod fits nowhere. */
  nodeName?: string;
  /**
   * One entry per node evaluated, in evaluation order. When feasible nodes are plentiful the
   * search stops early (see Profile.percentageOfNodesToScore), so not every node is listed;
   * when none fits, every node is. Empty when `explain` is false.
   */
  explanation: NodeExplanation[];
  /** Kubernetes' FitError text, for the PodScheduled=False condition and the Event. */
  message?: string;
}

export interface ScheduleOptions {
  /** Build `explanation` (default true). The message of an unschedulable pod is built regardless. */
  explain?: boolean;
}

export const ERR_NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

const MIN_FEASIBLE_NODES_TO_FIND = 100;
const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

/** kube-scheduler's numFeasibleNodesToFind: how many feasible nodes are enough to stop filtering. */
export function numFeasibleNodesToFind(percentageOfNodesToScore: number, numAllNodes: number): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND || percentageOfNodesToScore >= 100) return numAllNodes;
  let percentage = percentageOfNodesToScore;
  if (percentage <= 0) {
    percentage = Math.max(MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND, 50 - Math.trunc(numAllNodes / 125));
  }
  return Math.max(MIN_FEASIBLE_NODES_TO_FIND, Math.trunc((numAllNodes * percentage) / 100));
}

/**
 * Kubernetes' FitError message: `0/N nodes are available: ` then "count reason" for every reason
 * across the nodes, the "count reason" strings sorted as Go's sort.Strings does, joined by ", ",
 * ending with ".".
 */
export function unschedulableMessage(numAllNodes: number, reasonCounts: ReadonlyMap<string, number>): string {
  const parts = [...reasonCounts].map(([reason, count]) => `${count} ${reason}`).sort();
  return `0/${numAllNodes} nodes are available: ${parts.join(', ')}.`;
}

const FNV_OFFSET_BASIS = 0x811c9dc5;

/** FNV-1a, 32 bits, continuing from `h`: a stable, cheap hash to break score ties. */
function fnv1a(text: string, h = FNV_OFFSET_BASIS): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Among equal best scores, the node with the lowest hash of (pod uid, node name): the same pod
 * always gets the same node, while different pods of a workload spread over equal nodes.
 */
function breakTie(pod: KObject, candidates: readonly NodeInfo[]): NodeInfo {
  const id = pod.metadata.uid ?? `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
  const seed = fnv1a(`${id}/`);
  let best = candidates[0]!;
  let bestHash = fnv1a(best.name, seed);
  for (let i = 1; i < candidates.length; i++) {
    const h = fnv1a(candidates[i]!.name, seed);
    if (h < bestHash) [best, bestHash] = [candidates[i]!, h];
  }
  return best;
}

/**
 * Picks a node for `pod`. Filtering starts where the previous call stopped
 * (`snapshot.nextStartNodeIndex`, which this advances) so that successive pods look at
 * different nodes first, as kube-scheduler does. The snapshot is otherwise left unchanged.
 */
export function scheduleOne(
  pod: KObject,
  snapshot: Snapshot,
  profile: Profile,
  options: ScheduleOptions = {},
): ScheduleResult {
  const explain = options.explain ?? true;
  const nodes = snapshot.nodeList;
  const explanation: NodeExplanation[] = [];
  if (nodes.length === 0) return { explanation, message: ERR_NO_NODES_AVAILABLE };

  const filters = profile.filters;
  const filterStates = filters.map((f) => f.preFilter?.(pod, snapshot));
  const wanted = numFeasibleNodesToFind(profile.percentageOfNodesToScore, nodes.length);
  const feasible: NodeInfo[] = [];
  const reasonCounts = new Map<string, number>();
  const start = snapshot.nextStartNodeIndex % nodes.length;
  let processed = 0;
  while (processed < nodes.length && feasible.length < wanted) {
    const nodeInfo = nodes[(start + processed) % nodes.length]!;
    processed++;
    let failed = false;
    for (let j = 0; j < filters.length; j++) {
      const status = filters[j]!.filter(pod, nodeInfo, snapshot, filterStates[j]);
      if (status.code === 'Success') continue;
      failed = true;
      for (const reason of status.reasons) reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + 1);
      if (explain) {
        explanation.push({ node: nodeInfo.name, feasible: false, failedPlugin: filters[j]!.name, reasons: status.reasons });
      }
      break;
    }
    if (!failed) feasible.push(nodeInfo);
  }
  snapshot.nextStartNodeIndex = (start + processed) % nodes.length;

  if (feasible.length === 0) {
    return { explanation, message: unschedulableMessage(nodes.length, reasonCounts) };
  }

  const totals = new Array<number>(feasible.length).fill(0);
  const perPlugin: number[][] = [];
  for (const plugin of profile.scores) {
    const state = plugin.preScore?.(pod, snapshot);
    const scores = feasible.map((nodeInfo) => plugin.score(pod, nodeInfo, snapshot, state));
    plugin.normalize?.(pod, feasible, scores, state);
    for (let i = 0; i < scores.length; i++) totals[i]! += scores[i]! * plugin.weight;
    perPlugin.push(scores);
  }

  let bestTotal = -Infinity;
  let best: NodeInfo[] = [];
  for (let i = 0; i < feasible.length; i++) {
    if (totals[i]! > bestTotal) [bestTotal, best] = [totals[i]!, [feasible[i]!]];
    else if (totals[i] === bestTotal) best.push(feasible[i]!);
  }
  const chosen = best.length === 1 ? best[0]! : breakTie(pod, best);

  if (explain) {
    for (let i = 0; i < feasible.length; i++) {
      const scores: Record<string, number> = {};
      for (let p = 0; p < perPlugin.length; p++) scores[profile.scores[p]!.name] = perPlugin[p]![i]!;
      explanation.push({ node: feasible[i]!.name, feasible: true, reasons: [], scores, totalScore: totals[i]! });
    }
  }
  return { nodeName: chosen.name, explanation };
}

/** Higher `spec.priority` first, then older `metadata.creationTimestamp`, then input order. */
export function schedulingOrder(pods: readonly KObject[]): KObject[] {
  const keyed = pods.map((pod, index) => {
    const created = Date.parse(pod.metadata.creationTimestamp ?? '');
    return { pod, index, priority: Number(pod.spec?.priority ?? 0) || 0, created: Number.isNaN(created) ? Infinity : created };
  });
  keyed.sort((a, b) => {
    if (a.priority !== b.priority) return b.priority - a.priority;
    if (a.created !== b.created) return a.created < b.created ? -1 : 1;
    return a.index - b.index;
  });
  return keyed.map((k) => k.pod);
}

export interface BatchPlacement {
  pod: KObject;
  result: ScheduleResult;
  /** The copy of `pod` counted on its node in the snapshot, when placed: what `removePod` takes back. */
  counted?: KObject;
}

/**
 * Everything the filters can look at: pods equal in these fit the same nodes. A pod that found no
 * node makes its equals fail too without filtering again, since within a batch pods are only
 * added and every filter only gets stricter as pods are added.
 */
function equivalenceKey(pod: KObject): string {
  const { namespace, labels, annotations } = pod.metadata;
  return JSON.stringify([namespace ?? 'default', labels ?? {}, annotations ?? {}, pod.spec ?? {}]);
}

/**
 * Schedules `pods` in `schedulingOrder`, one at a time, counting each placed pod against its node
 * in `snapshot` (a copy of the pod with `spec.nodeName` set) so later pods see it. Returns the
 * placements in the order they were decided; the caller binds them.
 */
export function scheduleBatch(
  pods: readonly KObject[],
  snapshot: Snapshot,
  profile: Profile,
  options: ScheduleOptions = {},
): BatchPlacement[] {
  const placements: BatchPlacement[] = [];
  const failures = new Map<string, ScheduleResult>();
  for (const pod of schedulingOrder(pods)) {
    const key = equivalenceKey(pod);
    const failed = failures.get(key);
    if (failed) {
      placements.push({ pod, result: { ...failed } });
      continue;
    }
    const result = scheduleOne(pod, snapshot, profile, options);
    if (result.nodeName !== undefined) {
      const counted = { ...pod, spec: { ...pod.spec, nodeName: result.nodeName } };
      addPod(snapshot.nodes.get(result.nodeName)!, counted);
      placements.push({ pod, result, counted });
      continue;
    }
    failures.set(key, result);
    placements.push({ pod, result });
  }
  return placements;
}
