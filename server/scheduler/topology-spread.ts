/**
 * What both PodTopologySpread plugins share (kube-scheduler's podtopologyspread/common.go): a
 * pod's spread constraints of one kind (DoNotSchedule for the filter, ScheduleAnyway for the
 * score) compiled with their selectors, which nodes count (nodeAffinityPolicy, nodeTaintsPolicy,
 * every constraint's topologyKey present), and how many matching pods each topology domain holds.
 */
import type { KObject } from '../kinds/types.ts';
import type { NodeInfo, Snapshot } from './framework.ts';
import { compileLabelSelector, type LabelMatcher, type LabelSelector } from './label-selector.ts';
import { compileNodeSelector } from './node-selector.ts';
import { findUntoleratedTaint, podTolerations } from './tolerations.ts';

export interface SpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  /** Fewer eligible domains than this: the global minimum counts as 0 (DoNotSchedule only). */
  minDomains: number;
  selector: LabelMatcher;
  /** Whether nodes must match the pod's nodeSelector and required node affinity to count (Honor, the default). */
  honorNodeAffinity: boolean;
  /** Whether nodes whose taints the pod does not tolerate are left out (Honor; the default is Ignore). */
  honorNodeTaints: boolean;
}

/** The pod's constraints with `whenUnsatisfiable` (missing means DoNotSchedule, as the API defaults it). */
export function spreadConstraints(pod: KObject, whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway'): SpreadConstraint[] {
  const list: any[] = Array.isArray(pod.spec?.topologySpreadConstraints) ? pod.spec.topologySpreadConstraints : [];
  const labels: Record<string, string> = pod.metadata?.labels ?? {};
  return list
    .filter((c) => c && typeof c.topologyKey === 'string' && (c.whenUnsatisfiable ?? 'DoNotSchedule') === whenUnsatisfiable)
    .map((c) => {
      // matchLabelKeys: the pod's own values of those keys are ANDed into the selector.
      const selector: LabelSelector = { matchLabels: { ...(c.labelSelector?.matchLabels ?? {}) }, matchExpressions: [...(c.labelSelector?.matchExpressions ?? [])] };
      for (const key of Array.isArray(c.matchLabelKeys) ? c.matchLabelKeys : []) {
        if (labels[key] !== undefined) selector.matchExpressions!.push({ key, operator: 'In', values: [labels[key]!] });
      }
      return {
        maxSkew: Number(c.maxSkew) || 1,
        topologyKey: c.topologyKey,
        minDomains: Number.isInteger(c.minDomains) && c.minDomains > 0 ? c.minDomains : 1,
        // A constraint without a labelSelector matches no pod, as in Kubernetes.
        selector: c.labelSelector ? compileLabelSelector(selector) : () => false,
        honorNodeAffinity: (c.nodeAffinityPolicy ?? 'Honor') === 'Honor',
        honorNodeTaints: (c.nodeTaintsPolicy ?? 'Ignore') === 'Honor',
      };
    });
}

/** Whether the node carries every constraint's topologyKey (nodes that do not are never counted). */
export function hasAllTopologyKeys(nodeInfo: NodeInfo, constraints: readonly SpreadConstraint[]): boolean {
  for (const c of constraints) if (nodeInfo.labels[c.topologyKey] === undefined) return false;
  return true;
}

/** Whether constraint `c` counts the node, by its nodeAffinityPolicy and nodeTaintsPolicy. */
export function passesInclusionPolicies(pod: KObject, nodeInfo: NodeInfo, c: SpreadConstraint, matchesAffinity: (n: NodeInfo) => boolean): boolean {
  if (c.honorNodeAffinity && !matchesAffinity(nodeInfo)) return false;
  if (c.honorNodeTaints && findUntoleratedTaint(nodeInfo.taints, podTolerations(pod), (t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute')) return false;
  return true;
}

/** Whether the node matches the pod's nodeSelector and required node affinity. */
export function nodeAffinityMatcher(pod: KObject): (n: NodeInfo) => boolean {
  const nodeSelector = Object.entries((pod.spec?.nodeSelector ?? {}) as Record<string, string>);
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  const matcher = required ? compileNodeSelector(required.nodeSelectorTerms ?? []) : undefined;
  return (n) => nodeSelector.every(([k, v]) => n.labels[k] === v) && (!matcher || matcher(n));
}

/** Matching pods on a node: same namespace as the incoming pod, not being deleted. */
export function countMatching(nodeInfo: NodeInfo, namespace: string, selector: LabelMatcher): number {
  let n = 0;
  for (const p of nodeInfo.pods) {
    if (p.metadata.deletionTimestamp) continue;
    if ((p.metadata.namespace ?? 'default') !== namespace) continue;
    if (selector(p.metadata.labels ?? {})) n++;
  }
  return n;
}

/**
 * Per constraint: matching pods per domain (topology value) over the nodes that count. A domain
 * that appears with no matching pod is present with 0, so it can be the minimum.
 */
export function domainCounts(pod: KObject, snapshot: Snapshot, constraints: readonly SpreadConstraint[]): Map<string, number>[] {
  const namespace = pod.metadata?.namespace ?? 'default';
  const affinity = nodeAffinityMatcher(pod);
  const counts = constraints.map(() => new Map<string, number>());
  for (const nodeInfo of snapshot.nodeList) {
    if (!hasAllTopologyKeys(nodeInfo, constraints)) continue;
    constraints.forEach((c, i) => {
      if (!passesInclusionPolicies(pod, nodeInfo, c, affinity)) return;
      const domain = nodeInfo.labels[c.topologyKey]!;
      counts[i]!.set(domain, (counts[i]!.get(domain) ?? 0) + countMatching(nodeInfo, namespace, c.selector));
    });
  }
  return counts;
}
