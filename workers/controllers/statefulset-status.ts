/** A StatefulSet's status from its pods (Kubernetes' computeReplicaStatus + completeRollingUpdate), pure. */
import type { KObject } from '../../server/kinds/types.ts';
import { availableAtMs } from './pod-control.ts';
import type { StatefulSetRevisions } from './statefulset-plan.ts';
import { isRunningAndReady, podRevision } from './statefulset-pods.ts';

export interface StatefulSetStatusResult {
  status: Record<string, unknown>;
  /** When the next ready pod becomes available (minReadySeconds), ms from now. */
  requeueAfterMs?: number;
}

/**
 * `pods`: the set's pods after this sync's own writes. Pods being deleted count for nothing. A
 * RollingUpdate is complete when every replica runs the update revision and is ready: the
 * update revision then becomes the current one.
 */
export function calculateStatefulSetStatus(sts: KObject, pods: KObject[], revisions: StatefulSetRevisions, nowMs: number): StatefulSetStatusResult {
  const minReadySeconds: number = sts.spec?.minReadySeconds ?? 0;
  let replicas = 0;
  let ready = 0;
  let available = 0;
  let current = 0;
  let updated = 0;
  let nextAvailableMs: number | undefined;
  for (const pod of pods) {
    if (pod.metadata.deletionTimestamp) continue;
    replicas++;
    const revision = podRevision(pod);
    if (revision === revisions.current) current++;
    if (revision === revisions.update) updated++;
    if (!isRunningAndReady(pod)) continue;
    ready++;
    const at = availableAtMs(pod, minReadySeconds);
    if (at !== undefined && at <= nowMs) available++;
    else if (at !== undefined) nextAvailableMs = Math.min(nextAvailableMs ?? Infinity, at - nowMs);
  }
  let currentRevision = revisions.current;
  const wanted: number = sts.spec?.replicas ?? 1;
  if (sts.spec?.updateStrategy?.type === 'RollingUpdate' && updated === wanted && ready === wanted && replicas === wanted) {
    currentRevision = revisions.update;
    current = updated;
  }
  const status: Record<string, unknown> = {
    observedGeneration: sts.metadata.generation ?? 1,
    replicas,
    readyReplicas: ready,
    currentReplicas: current,
    updatedReplicas: updated,
    availableReplicas: available,
    currentRevision,
    updateRevision: revisions.update,
  };
  if (typeof sts.status?.collisionCount === 'number') status.collisionCount = sts.status.collisionCount;
  if (Array.isArray(sts.status?.conditions) && sts.status.conditions.length > 0) status.conditions = sts.status.conditions;
  return nextAvailableMs === undefined ? { status } : { status, requeueAfterMs: Math.ceil(nextAvailableMs) + 10 };
}
