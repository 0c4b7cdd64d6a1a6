/**
 * NodeResourcesBalancedAllocation: prefers the node whose cpu and memory would be used in the
 * most similar proportions after placing the pod — (1 − standard deviation of the requested
 * fractions) × 100, each fraction capped at 1. Uses the real requests, as Kubernetes does.
 */
import type { KObject } from '../../kinds/types.ts';
import { MAX_NODE_SCORE, type ResourceAmounts, type ScorePlugin } from '../framework.ts';
import { podRequests } from '../resources.ts';

function preScore(pod: KObject): ResourceAmounts {
  const r = podRequests(pod);
  return { cpuMillis: Number(r.cpuMillis), memoryBytes: Number(r.memoryBytes) };
}

/**
 * (1 − std(cpu fraction, memory fraction)) × 100, truncated. A resource with nothing allocatable
 * is left out; with one fraction left the deviation is 0. For two values std = |a − b| / 2.
 */
export function balancedScore(
  cpuRequested: number,
  cpuAllocatable: number,
  memoryRequested: number,
  memoryAllocatable: number,
): number {
  if (cpuAllocatable === 0 || memoryAllocatable === 0) return MAX_NODE_SCORE;
  const cpu = Math.min(1, cpuRequested / cpuAllocatable);
  const memory = Math.min(1, memoryRequested / memoryAllocatable);
  return Math.trunc((1 - Math.abs(cpu - memory) / 2) * MAX_NODE_SCORE);
}

export const balancedAllocation: ScorePlugin<ResourceAmounts> = {
  name: 'NodeResourcesBalancedAllocation',
  weight: 1,
  preScore,
  score(pod, nodeInfo, _snapshot, state) {
    const request = state ?? preScore(pod);
    const { allocatable, requested } = nodeInfo;
    return balancedScore(
      requested.cpuMillis + request.cpuMillis,
      allocatable.cpuMillis,
      requested.memoryBytes + request.memoryBytes,
      allocatable.memoryBytes,
    );
  },
};
