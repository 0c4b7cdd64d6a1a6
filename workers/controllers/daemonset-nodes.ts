/**
 * Which nodes a DaemonSet's pod belongs on, and the pod it runs there, pure (Kubernetes'
 * pkg/controller/daemon/util and NodeShouldRunDaemonPod).
 *
 * The pod is made as Kubernetes ≥ 1.12 makes it: not bound by the controller, but with a
 * required node affinity on `metadata.name` so the scheduler binds it to that node (and checks
 * that it fits), and with the tolerations every daemon pod gets so that node conditions do not
 * keep it off, or evict it from, its node.
 */
import type { KObject } from '../../server/kinds/types.ts';
import type { Taint, Toleration } from '../../server/scheduler/framework.ts';
import { compileNodeSelector } from '../../server/scheduler/node-selector.ts';
import { findUntoleratedTaint } from '../../server/scheduler/tolerations.ts';
import { podTemplateHash } from './deployment-rollout.ts';
import { podFromTemplate } from './pod-control.ts';

/** The label that says which revision of the owner's template a pod runs (DaemonSet, StatefulSet). */
export const CONTROLLER_REVISION_HASH_LABEL = 'controller-revision-hash';
/** The DaemonSet generation a pod was made from (Kubernetes' deprecated but still set label). */
export const POD_TEMPLATE_GENERATION_LABEL = 'pod-template-generation';

/** Kubernetes' AddOrUpdateDaemonPodTolerations (without network-unavailable, which needs hostNetwork). */
export const DAEMON_POD_TOLERATIONS: readonly Toleration[] = Object.freeze([
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
]);

const NETWORK_UNAVAILABLE: Toleration = { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' };

/** The template's tolerations plus the daemon ones it lacks (same key and effect counts as having it). */
export function daemonPodTolerations(podSpec: any): Toleration[] {
  const own: Toleration[] = Array.isArray(podSpec?.tolerations) ? podSpec.tolerations : [];
  const wanted = podSpec?.hostNetwork === true ? [...DAEMON_POD_TOLERATIONS, NETWORK_UNAVAILABLE] : DAEMON_POD_TOLERATIONS;
  const out = [...own];
  for (const t of wanted) {
    if (!own.some((o) => o.key === t.key && o.effect === t.effect)) out.push({ ...t });
  }
  return out;
}

export interface NodePlacement {
  /** A daemon pod should be made for this node now. */
  shouldRun: boolean;
  /** A daemon pod already there may stay (NoSchedule taints added later do not evict it). */
  shouldContinueRunning: boolean;
}

/**
 * Kubernetes' NodeShouldRunDaemonPod: the node must carry the template's nodeSelector labels and
 * match its required node affinity; untolerated NoSchedule or NoExecute taints keep a new pod
 * off, and only NoExecute ones remove a running pod. `spec.unschedulable` counts as its taint.
 */
export function nodePlacement(node: KObject, ds: KObject): NodePlacement {
  const podSpec = ds.spec?.template?.spec ?? {};
  const labels: Record<string, string> = node.metadata.labels ?? {};
  const nodeSelector: Record<string, string> = podSpec.nodeSelector ?? {};
  let fits = Object.entries(nodeSelector).every(([k, v]) => labels[k] === v);
  const required = podSpec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (fits && required) fits = compileNodeSelector(required.nodeSelectorTerms ?? [])({ name: node.metadata.name, labels });
  if (!fits) return { shouldRun: false, shouldContinueRunning: false };

  const taints: Taint[] = [...(node.spec?.taints ?? [])];
  if (node.spec?.unschedulable === true && !taints.some((t) => t.key === 'node.kubernetes.io/unschedulable')) {
    taints.push({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' });
  }
  const tolerations = daemonPodTolerations(podSpec);
  const noExecute = findUntoleratedTaint(taints, tolerations, (t) => t.effect === 'NoExecute');
  if (noExecute) return { shouldRun: false, shouldContinueRunning: false };
  const noSchedule = findUntoleratedTaint(taints, tolerations, (t) => t.effect === 'NoSchedule');
  return { shouldRun: !noSchedule, shouldContinueRunning: true };
}

/** The DaemonSet's current template revision: the hash its pods carry in `controller-revision-hash`. */
export function daemonSetRevisionHash(ds: KObject): string {
  return podTemplateHash(ds.spec?.template, ds.status?.collisionCount);
}

/** The node a daemon pod is for: where it is bound, else the node its `metadata.name` affinity names. */
export function daemonPodNodeName(pod: KObject): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms: any[] = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const term of terms) {
    for (const f of term?.matchFields ?? []) {
      if (f?.key === 'metadata.name' && f.operator === 'In' && Array.isArray(f.values) && f.values.length === 1) return f.values[0];
    }
  }
  return undefined;
}

/**
 * The daemon pod for `nodeName` (Kubernetes' ReplaceDaemonSetPodNodeNameNodeAffinity: the
 * required node affinity becomes the one `metadata.name In [node]` term; preferred terms stay),
 * labelled with the revision hash and template generation, with the daemon tolerations.
 */
export function daemonPodForNode(ds: KObject, nodeName: string, hash: string): KObject {
  const pod = podFromTemplate(ds);
  pod.metadata.labels = {
    ...pod.metadata.labels,
    [CONTROLLER_REVISION_HASH_LABEL]: hash,
    [POD_TEMPLATE_GENERATION_LABEL]: String(ds.metadata.generation ?? 1),
  };
  const spec = pod.spec;
  const affinity = spec.affinity ?? {};
  spec.affinity = {
    ...affinity,
    nodeAffinity: {
      ...(affinity.nodeAffinity ?? {}),
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }],
      },
    },
  };
  spec.tolerations = daemonPodTolerations(spec);
  return pod;
}
