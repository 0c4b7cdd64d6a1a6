/**
 * A ReplicaSet's status from the pods it owns (Kubernetes' calculateStatus), pure.
 */
import { rfc3339 } from '../../api/time.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { availableAtMs, isPodReady } from './pod-control.ts';

export interface ReplicaSetStatusResult {
  status: Record<string, unknown>;
  /** When the next not-yet-available ready pod becomes available, if any (ms from now). */
  requeueAfterMs?: number;
}

/**
 * `activePods`: the owned pods that count (not terminating, not finished). `failure`, when a
 * create or delete failed, becomes a `ReplicaFailure` condition as in Kubernetes.
 */
export function calculateReplicaSetStatus(
  rs: KObject,
  activePods: KObject[],
  nowMs: number,
  failure?: { reason: 'FailedCreate' | 'FailedDelete'; message: string },
): ReplicaSetStatusResult {
  const templateLabels: Record<string, string> = rs.spec?.template?.metadata?.labels ?? {};
  const minReadySeconds: number = rs.spec?.minReadySeconds ?? 0;
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  let nextAvailableMs: number | undefined;
  for (const pod of activePods) {
    const labels = pod.metadata.labels ?? {};
    if (Object.entries(templateLabels).every(([k, v]) => labels[k] === v)) fullyLabeled++;
    if (!isPodReady(pod)) continue;
    ready++;
    const at = availableAtMs(pod, minReadySeconds);
    if (at !== undefined && at <= nowMs) available++;
    else if (at !== undefined) nextAvailableMs = Math.min(nextAvailableMs ?? Infinity, at - nowMs);
  }

  const previous: any[] = Array.isArray(rs.status?.conditions) ? rs.status.conditions : [];
  let conditions = previous.filter((c) => c?.type !== 'ReplicaFailure');
  if (failure) {
    const old = previous.find((c) => c?.type === 'ReplicaFailure');
    const same = old?.status === 'True' && old.reason === failure.reason && old.message === failure.message;
    conditions = [
      ...conditions,
      same ? old : { type: 'ReplicaFailure', status: 'True', lastTransitionTime: rfc3339(nowMs), reason: failure.reason, message: failure.message },
    ];
  }

  const status: Record<string, unknown> = {
    replicas: activePods.length,
    fullyLabeledReplicas: fullyLabeled,
    readyReplicas: ready,
    availableReplicas: available,
    observedGeneration: rs.metadata.generation ?? 1,
  };
  if (conditions.length > 0) status.conditions = conditions;
  // Kubernetes adds a second so the pod is surely available by then; a few ms do here.
  return nextAvailableMs === undefined ? { status } : { status, requeueAfterMs: Math.ceil(nextAvailableMs) + 10 };
}
