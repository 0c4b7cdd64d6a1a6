/**
 * NodeResourcesLeastAllocated (NodeResourcesFit's default scoring strategy): prefers the node
 * with the most cpu and memory left after placing the pod, each resource weighted 1:
 * (allocatable − requested) × 100 / allocatable, averaged. Unset requests count as the defaults
 * (100m, 200Mi) so that best-effort pods spread too.
 */
import type { KObject } from '../../kinds/types.ts';
import { MAX_NODE_SCORE, type ResourceAmounts, type ScorePlugin } from '../framework.ts';
import { podNonZeroRequests } from '../resources.ts';

function preScore(pod: KObject): ResourceAmounts {
  const r = podNonZeroRequests(pod);
  return { cpuMillis: Number(r.cpuMillis), memoryBytes: Number(r.memoryBytes) };
}

/** One resource's share left free, 0..100; 0 when the node is over-committed. */
export function leastRequestedScore(requested: number, allocatable: number): number {
  if (allocatable === 0 || requested > allocatable) return 0;
  return Math.trunc(((allocatable - requested) * MAX_NODE_SCORE) / allocatable);
}

export const leastAllocated: ScorePlugin<ResourceAmounts> = {
  name: 'NodeResourcesLeastAllocated',
  weight: 1,
  preScore,
  score(pod, nodeInfo, _snapshot, state) {
    const request = state ?? preScore(pod);
    const { allocatable, nonZeroRequested } = nodeInfo;
    let total = 0;
    let weights = 0;
    // A resource the node does not report (allocatable 0) is left out rather than scored 0.
    if (allocatable.cpuMillis > 0) {
      total += leastRequestedScore(nonZeroRequested.cpuMillis + request.cpuMillis, allocatable.cpuMillis);
      weights++;
    }
    if (allocatable.memoryBytes > 0) {
      total += leastRequestedScore(nonZeroRequested.memoryBytes + request.memoryBytes, allocatable.memoryBytes);
      weights++;
    }
    return weights === 0 ? 0 : Math.trunc(total / weights);
  },
};
