/**
 * NodeResourcesFit (filter): the pod's cpu and memory requests must fit in what the node's
 * allocatable leaves after the pods already there, and the node must have room for one more pod.
 * A pod that requests nothing is checked only against the pods count, as in Kubernetes.
 */
import type { KObject } from '../../kinds/types.ts';
import { SUCCESS, unschedulable, type FilterPlugin, type ResourceAmounts, type Status } from '../framework.ts';
import { podRequests } from '../resources.ts';

export const ERR_REASON_TOO_MANY_PODS = 'Too many pods';
export const ERR_REASON_INSUFFICIENT_CPU = 'Insufficient cpu';
export const ERR_REASON_INSUFFICIENT_MEMORY = 'Insufficient memory';

function preFilter(pod: KObject): ResourceAmounts {
  const r = podRequests(pod);
  return { cpuMillis: Number(r.cpuMillis), memoryBytes: Number(r.memoryBytes) };
}

export const nodeResourcesFit: FilterPlugin<ResourceAmounts> = {
  name: 'NodeResourcesFit',
  preFilter,
  filter(pod, nodeInfo, _snapshot, state): Status {
    const request = state ?? preFilter(pod);
    const { allocatable, requested } = nodeInfo;
    const tooManyPods = nodeInfo.pods.length + 1 > allocatable.pods;
    const noCpu = request.cpuMillis > 0 && request.cpuMillis > allocatable.cpuMillis - requested.cpuMillis;
    const noMemory =
      request.memoryBytes > 0 && request.memoryBytes > allocatable.memoryBytes - requested.memoryBytes;
    if (!tooManyPods && !noCpu && !noMemory) return SUCCESS;
    const reasons: string[] = [];
    if (tooManyPods) reasons.push(ERR_REASON_TOO_MANY_PODS);
    if (noCpu) reasons.push(ERR_REASON_INSUFFICIENT_CPU);
    if (noMemory) reasons.push(ERR_REASON_INSUFFICIENT_MEMORY);
    return unschedulable(...reasons);
  },
};
