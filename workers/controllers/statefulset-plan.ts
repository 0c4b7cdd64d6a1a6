/**
 * What one sync of a StatefulSet does, pure (Kubernetes' StatefulSetControl.updateStatefulSet):
 * which ordinals to create, which pods to delete, in the order the pod management policy and
 * the update strategy allow. With OrderedReady, pods are created one at a time in ordinal order,
 * each Running and Ready before the next, and removed one at a time from the highest ordinal;
 * with Parallel, all at once. A RollingUpdate replaces one pod at a time from the highest
 * ordinal down to the partition, each time after every pod is Running and Ready again.
 */
import type { KObject } from '../../server/kinds/types.ts';
import { isFinished, isRunningAndReady, podOrdinal, podRevision } from './statefulset-pods.ts';

export interface StatefulSetPlan {
  /** Ordinals to create now, each with the revision it gets. */
  create: { ordinal: number; revision: 'current' | 'update' }[];
  /** Pods to delete now (finished, condemned by a scale-down, or replaced by the rollout). */
  toDelete: KObject[];
}

export interface StatefulSetRevisions {
  current: string;
  update: string;
}

/** Pods by ordinal below `replicas`, and the condemned rest (ordinal ≥ replicas, highest first). */
export function splitByOrdinal(sts: KObject, pods: KObject[]): { replicas: (KObject | undefined)[]; condemned: KObject[] } {
  const count: number = sts.spec?.replicas ?? 1;
  const replicas: (KObject | undefined)[] = Array.from({ length: count }, () => undefined);
  const condemned: { ordinal: number; pod: KObject }[] = [];
  for (const pod of pods) {
    const ordinal = podOrdinal(sts.metadata.name, pod.metadata.name);
    if (ordinal === undefined) continue; // not one of ours by name: never touched
    if (ordinal < count) replicas[ordinal] = pod;
    else condemned.push({ ordinal, pod });
  }
  condemned.sort((a, b) => b.ordinal - a.ordinal);
  return { replicas, condemned: condemned.map((c) => c.pod) };
}

/** The revision a new pod of `ordinal` gets: below the partition it keeps the current one (Kubernetes' newVersionedStatefulSetPod). */
export function revisionForOrdinal(sts: KObject, ordinal: number): 'current' | 'update' {
  const strategy = sts.spec?.updateStrategy;
  if (strategy?.type !== 'RollingUpdate') return 'update';
  const partition: number = strategy.rollingUpdate?.partition ?? 0;
  return ordinal < partition ? 'current' : 'update';
}

export function planStatefulSet(sts: KObject, pods: KObject[], revisions: StatefulSetRevisions): StatefulSetPlan {
  const ordered = (sts.spec?.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
  const { replicas, condemned } = splitByOrdinal(sts, pods);
  const plan: StatefulSetPlan = { create: [], toDelete: [] };

  // Finished pods are deleted, and made again once they are gone.
  for (const pod of [...replicas, ...condemned]) {
    if (pod && isFinished(pod) && !pod.metadata.deletionTimestamp) plan.toDelete.push(pod);
  }
  if (plan.toDelete.length > 0 && ordered) return plan;

  for (let ordinal = 0; ordinal < replicas.length; ordinal++) {
    const pod = replicas[ordinal];
    if (!pod) {
      plan.create.push({ ordinal, revision: revisionForOrdinal(sts, ordinal) });
      if (ordered) return plan;
      continue;
    }
    // OrderedReady: nothing after a pod that is not Running and Ready (or still going away).
    if (ordered && !isRunningAndReady(pod)) return plan;
  }
  if (plan.create.length > 0 || plan.toDelete.length > 0) return plan;

  // Scale down from the highest ordinal; OrderedReady waits for each one to be gone.
  for (const pod of condemned) {
    if (pod.metadata.deletionTimestamp) {
      if (ordered) return plan;
      continue;
    }
    plan.toDelete.push(pod);
    if (ordered) return plan;
  }
  if (plan.toDelete.length > 0 || condemned.length > 0) return plan;

  if (sts.spec?.updateStrategy?.type !== 'RollingUpdate') return plan;
  const partition: number = sts.spec.updateStrategy.rollingUpdate?.partition ?? 0;
  // Only once every pod is Running and Ready, one pod at a time, highest ordinal first.
  if (!replicas.every((p) => p && isRunningAndReady(p))) return plan;
  for (let ordinal = replicas.length - 1; ordinal >= partition; ordinal--) {
    const pod = replicas[ordinal]!;
    if (podRevision(pod) !== revisions.update) {
      plan.toDelete.push(pod);
      return plan;
    }
  }
  return plan;
}
