/**
 * PodTopologySpread, the filter (kube-scheduler's podtopologyspread/filtering.go): for every
 * `whenUnsatisfiable: DoNotSchedule` constraint, placing the pod in the node's domain must keep
 * `count(domain) + self − min(count over domains) ≤ maxSkew`, where counts are the pods that match
 * the constraint's selector (and matchLabelKeys) in the pod's namespace, over the nodes that carry
 * every topologyKey and pass the constraint's nodeAffinityPolicy (default Honor) and
 * nodeTaintsPolicy (default Ignore); with fewer domains than `minDomains` the minimum is 0.
 * A node without a constraint's topologyKey is refused outright.
 */
import type { KObject } from '../../kinds/types.ts';
import { SUCCESS, unresolvable, unschedulable, type FilterPlugin, type Snapshot } from '../framework.ts';
import { domainCounts, spreadConstraints, type SpreadConstraint } from '../topology-spread.ts';

export const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_NODE_LABEL_NOT_MATCH = `${ERR_REASON_CONSTRAINTS_NOT_MATCH} (missing required label)`;

export interface TopologySpreadFilterState {
  constraints: SpreadConstraint[];
  /** Per constraint: matching pods per domain. */
  counts: Map<string, number>[];
  /** Per constraint: the smallest domain count (0 when there are fewer domains than minDomains). */
  minimum: number[];
  /** Per constraint: 1 when the pod matches its own selector. */
  self: number[];
}

function preFilter(pod: KObject, snapshot: Snapshot): TopologySpreadFilterState {
  const constraints = spreadConstraints(pod, 'DoNotSchedule');
  const counts = constraints.length > 0 ? domainCounts(pod, snapshot, constraints) : [];
  const minimum = constraints.map((c, i) => {
    const domains = counts[i]!;
    if (domains.size < c.minDomains) return 0;
    let min = Infinity;
    for (const n of domains.values()) min = Math.min(min, n);
    return min === Infinity ? 0 : min;
  });
  const self = constraints.map((c) => (c.selector(pod.metadata?.labels ?? {}) ? 1 : 0));
  return { constraints, counts, minimum, self };
}

export const podTopologySpread: FilterPlugin<TopologySpreadFilterState> = {
  name: 'PodTopologySpread',
  preFilter,
  filter(pod, nodeInfo, snapshot, state) {
    const s = state ?? preFilter(pod, snapshot);
    for (let i = 0; i < s.constraints.length; i++) {
      const c = s.constraints[i]!;
      const domain = nodeInfo.labels[c.topologyKey];
      if (domain === undefined) return unresolvable(ERR_REASON_NODE_LABEL_NOT_MATCH);
      const skew = (s.counts[i]!.get(domain) ?? 0) + s.self[i]! - s.minimum[i]!;
      if (skew > c.maxSkew) return unschedulable(ERR_REASON_CONSTRAINTS_NOT_MATCH);
    }
    return SUCCESS;
  },
};
