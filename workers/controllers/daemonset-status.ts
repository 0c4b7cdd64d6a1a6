/** A DaemonSet's status from its nodes and pods (Kubernetes' updateDaemonSetStatus), pure. */
import type { KObject } from '../../server/kinds/types.ts';
import { CONTROLLER_REVISION_HASH_LABEL, daemonSetRevisionHash } from './daemonset-nodes.ts';
import { groupByNode } from './daemonset-plan.ts';
import { availableAtMs, isPodReady } from './pod-control.ts';

export interface DaemonSetStatusResult {
  status: Record<string, unknown>;
  /** When the next ready daemon pod becomes available (minReadySeconds), ms from now. */
  requeueAfterMs?: number;
}

/** Counts by node; a node's daemon is its oldest live pod, as Kubernetes counts it. */
export function calculateDaemonSetStatus(ds: KObject, nodes: KObject[], pods: KObject[], nowMs: number): DaemonSetStatusResult {
  const hash = daemonSetRevisionHash(ds);
  const minReadySeconds: number = ds.spec?.minReadySeconds ?? 0;
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let available = 0;
  let updated = 0;
  let nextAvailableMs: number | undefined;
  for (const n of groupByNode(ds, nodes, pods).nodes) {
    const scheduled = n.live.length > 0;
    if (!n.placement.shouldRun) {
      if (scheduled) misscheduled++;
      continue;
    }
    desired++;
    if (!scheduled) continue;
    current++;
    if (n.live.some((p) => p.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL] === hash)) updated++;
    const pod = n.live[0]!;
    if (!isPodReady(pod)) continue;
    ready++;
    const at = availableAtMs(pod, minReadySeconds);
    if (at !== undefined && at <= nowMs) available++;
    else if (at !== undefined) nextAvailableMs = Math.min(nextAvailableMs ?? Infinity, at - nowMs);
  }
  const status: Record<string, unknown> = {
    currentNumberScheduled: current,
    numberMisscheduled: misscheduled,
    desiredNumberScheduled: desired,
    numberReady: ready,
    observedGeneration: ds.metadata.generation ?? 1,
    updatedNumberScheduled: updated,
    numberAvailable: available,
    numberUnavailable: desired - available,
  };
  if (typeof ds.status?.collisionCount === 'number') status.collisionCount = ds.status.collisionCount;
  if (Array.isArray(ds.status?.conditions) && ds.status.conditions.length > 0) status.conditions = ds.status.conditions;
  return nextAvailableMs === undefined ? { status } : { status, requeueAfterMs: Math.ceil(nextAvailableMs) + 10 };
}
