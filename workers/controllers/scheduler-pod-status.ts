/**
 * Pure helpers of the scheduler controller: which pods it owns, the PodScheduled condition it
 * writes, and the back-off of unschedulable pods.
 */
import { rfc3339 } from '../../api/time.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { isTerminated } from '../../server/scheduler/snapshot.ts';

export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

/** A pod this scheduler should place: unbound, not being deleted, not finished, ours. */
export function isPendingForScheduler(pod: KObject | null | undefined, schedulerName = DEFAULT_SCHEDULER_NAME): pod is KObject {
  if (!pod) return false;
  if (pod.spec?.nodeName) return false;
  if (pod.metadata.deletionTimestamp) return false;
  if (isTerminated(pod)) return false;
  // Scheduling gates hold a pod back until whoever set them removes them all.
  if (hasSchedulingGates(pod)) return false;
  return (pod.spec?.schedulerName || DEFAULT_SCHEDULER_NAME) === schedulerName;
}

/** Whether the pod still has `spec.schedulingGates` (it waits, PodScheduled=False reason SchedulingGated). */
export function hasSchedulingGates(pod: KObject): boolean {
  return Array.isArray(pod.spec?.schedulingGates) && pod.spec.schedulingGates.length > 0;
}

/** The pod's PodScheduled condition, if any. */
export function podScheduledCondition(pod: KObject): any | undefined {
  return (pod.status?.conditions as any[] | undefined)?.find((c) => c?.type === 'PodScheduled');
}

/** True when the pod carries PodScheduled=False (it was found unschedulable before). */
export function isMarkedUnschedulable(pod: KObject): boolean {
  return podScheduledCondition(pod)?.status === 'False';
}

export interface PodScheduledState {
  status: 'True' | 'False';
  reason?: string;
  message?: string;
}

/**
 * The status with PodScheduled set to `want`; `lastTransitionTime` moves only when the status
 * flips, as Kubernetes' condition helpers do. Returns null when nothing would change, so that
 * callers write status only when it changed.
 */
export function withPodScheduled(pod: KObject, want: PodScheduledState, now: Date): Record<string, any> | null {
  const current = podScheduledCondition(pod);
  if (current && current.status === want.status && (current.reason ?? undefined) === want.reason && (current.message ?? undefined) === want.message) {
    return null;
  }
  const ts = rfc3339(now);
  const condition: Record<string, unknown> = {
    type: 'PodScheduled',
    status: want.status,
    lastProbeTime: null,
    lastTransitionTime: current && current.status === want.status ? current.lastTransitionTime : ts,
  };
  if (want.reason) condition.reason = want.reason;
  if (want.message) condition.message = want.message;
  const others = ((pod.status?.conditions as any[] | undefined) ?? []).filter((c) => c?.type !== 'PodScheduled');
  return { ...pod.status, conditions: [...others, condition] };
}

/** The wait before the `attempt`-th retry of an unschedulable pod (1-based): initial · 2^(attempt-1), capped. */
export function unschedulableBackoffMs(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, Math.min(30, attempt - 1)));
}

/** Node fields whose change can make an unschedulable pod fit somewhere. */
export function nodeSchedulingFieldsChanged(prev: KObject | undefined, next: KObject): boolean {
  if (!prev) return true;
  const view = (n: KObject) =>
    JSON.stringify([n.metadata.labels ?? {}, n.spec?.taints ?? [], n.spec?.unschedulable ?? false, n.status?.allocatable ?? n.status?.capacity ?? {}]);
  return view(prev) !== view(next);
}

/** What the scheduler looks at on a pod: a change elsewhere (its status) is not a reason to retry. */
export function podSchedulingInputsChanged(prev: KObject | undefined, next: KObject): boolean {
  if (!prev) return true;
  const view = (p: KObject) => JSON.stringify([p.metadata.labels ?? {}, p.metadata.annotations ?? {}, p.spec ?? {}, p.metadata.deletionTimestamp ?? null]);
  return view(prev) !== view(next);
}
