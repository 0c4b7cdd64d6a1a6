/**
 * What one sync of a DaemonSet does, pure (Kubernetes' manage + rollingUpdate of
 * pkg/controller/daemon): on which nodes to create a pod and which pods to delete, from the
 * nodes, the DaemonSet's pods and the clock. The controller only carries the plan out.
 */
import type { KObject } from '../../server/kinds/types.ts';
import { CONTROLLER_REVISION_HASH_LABEL, daemonPodNodeName, daemonSetRevisionHash, nodePlacement, type NodePlacement } from './daemonset-nodes.ts';
import { scaledValue } from './deployment-rollout.ts';
import { availableAtMs } from './pod-control.ts';

export interface DaemonSetPlan {
  /** Nodes that get a new pod (of the current template). */
  createOn: string[];
  /** Pods to delete: on nodes that must not run them, failed, surplus, or replaced by the rollout. */
  toDelete: KObject[];
  /**
   * Pods of nodes that no longer exist: no agent will confirm their end, so they are deleted at
   * once (grace period 0), as Kubernetes' pod garbage collector deletes orphaned pods.
   */
  toForceDelete: KObject[];
}

/** One node as the plan sees it. */
export interface NodeDaemonPods {
  name: string;
  placement: NodePlacement;
  /** Pods not being deleted and not finished, oldest first. */
  live: KObject[];
  /** Pods being deleted (a new pod waits for them, as two daemons on one node may clash). */
  terminating: KObject[];
  /** Finished pods (Failed, or Succeeded), to be deleted and replaced. */
  finished: KObject[];
}

const isFinished = (p: KObject) => p.status?.phase === 'Failed' || p.status?.phase === 'Succeeded';
const byCreation = (a: KObject, b: KObject) =>
  (Date.parse(a.metadata.creationTimestamp ?? '') || 0) - (Date.parse(b.metadata.creationTimestamp ?? '') || 0) || (a.metadata.name < b.metadata.name ? -1 : 1);

/** The DaemonSet's pods grouped by node; pods for nodes that no longer exist come back apart. */
export function groupByNode(ds: KObject, nodes: KObject[], pods: KObject[]): { nodes: NodeDaemonPods[]; orphaned: KObject[] } {
  const byName = new Map<string, NodeDaemonPods>();
  for (const node of nodes) {
    byName.set(node.metadata.name, { name: node.metadata.name, placement: nodePlacement(node, ds), live: [], terminating: [], finished: [] });
  }
  const orphaned: KObject[] = [];
  for (const pod of [...pods].sort(byCreation)) {
    const entry = byName.get(daemonPodNodeName(pod) ?? '');
    if (!entry) {
      orphaned.push(pod);
      continue;
    }
    if (pod.metadata.deletionTimestamp) entry.terminating.push(pod);
    else if (isFinished(pod)) entry.finished.push(pod);
    else entry.live.push(pod);
  }
  return { nodes: [...byName.values()], orphaned };
}

const isUpdated = (pod: KObject, hash: string) => pod.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL] === hash;

/** The plan of one sync at `nowMs`. */
export function planDaemonSet(ds: KObject, nodes: KObject[], pods: KObject[], nowMs: number): DaemonSetPlan {
  const hash = daemonSetRevisionHash(ds);
  const minReadySeconds: number = ds.spec?.minReadySeconds ?? 0;
  const available = (p: KObject) => {
    const at = availableAtMs(p, minReadySeconds);
    return at !== undefined && at <= nowMs;
  };
  const grouped = groupByNode(ds, nodes, pods);
  const createOn: string[] = [];
  const toDelete: KObject[] = [];
  const rolling = ds.spec?.updateStrategy?.type !== 'OnDelete';
  const desired = grouped.nodes.filter((n) => n.placement.shouldRun).length;
  const ru = ds.spec?.updateStrategy?.rollingUpdate ?? {};
  const maxSurge = rolling ? scaledValue(ru.maxSurge ?? 0, desired, true) : 0;
  let maxUnavailable = rolling ? scaledValue(ru.maxUnavailable ?? 1, desired, true) : 0;
  if (rolling && maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;

  // Nodes whose daemon is not available count against maxUnavailable; old pods on them may go at once.
  let unavailable = grouped.nodes.filter((n) => n.placement.shouldRun && !n.live.some(available)).length;
  let surging = 0;
  const oldAvailable: NodeDaemonPods[] = [];

  for (const n of grouped.nodes) {
    toDelete.push(...n.finished);
    if (!n.placement.shouldContinueRunning) {
      toDelete.push(...n.live);
      continue;
    }
    if (n.live.length === 0) {
      // A finished pod is replaced once it is gone, like a terminating one.
      if (n.placement.shouldRun && n.terminating.length === 0 && n.finished.length === 0) createOn.push(n.name);
      continue;
    }
    const fresh = n.live.filter((p) => isUpdated(p, hash));
    const old = n.live.filter((p) => !isUpdated(p, hash));
    if (!rolling || fresh.length === 0) {
      // OnDelete, or only old pods: keep the oldest one, delete any extra.
      toDelete.push(...n.live.slice(1));
      if (rolling) oldAvailable.push(n);
      continue;
    }
    // A new pod is there: keep the oldest new one; old ones go once it is available (surge) or at once.
    toDelete.push(...fresh.slice(1));
    if (old.length === 0) continue;
    if (maxSurge > 0 && !available(fresh[0]!)) surging++;
    else toDelete.push(...old);
  }

  if (rolling) {
    for (const n of oldAvailable) {
      const pod = n.live[0]!;
      if (!available(pod)) {
        // Replacing a daemon that is down anyway costs no availability.
        toDelete.push(pod);
      } else if (maxSurge > 0) {
        if (surging < maxSurge && n.placement.shouldRun) {
          createOn.push(n.name);
          surging++;
        }
      } else if (unavailable < maxUnavailable) {
        toDelete.push(pod);
        unavailable++;
      }
    }
  }
  return { createOn, toDelete, toForceDelete: grouped.orphaned };
}
