/**
 * PodTopologySpreadScore (kube-scheduler's podtopologyspread/scoring.go): for the pod's
 * `whenUnsatisfiable: ScheduleAnyway` constraints, prefers nodes whose domains hold fewer
 * matching pods. Raw score per node: Σ over constraints of count(domain) · log(domains + 2) +
 * (maxSkew − 1), the weight evening out keys with many domains (hostname) and few (zone);
 * normalized so the emptiest node gets 100. Nodes without every topologyKey score 0.
 */
import type { KObject } from '../../kinds/types.ts';
import { MAX_NODE_SCORE, type NodeInfo, type ScorePlugin, type Snapshot } from '../framework.ts';
import { domainCounts, hasAllTopologyKeys, spreadConstraints, type SpreadConstraint } from '../topology-spread.ts';

export interface TopologySpreadScoreState {
  constraints: SpreadConstraint[];
  counts: Map<string, number>[];
  weights: number[];
}

function preScore(pod: KObject, snapshot: Snapshot): TopologySpreadScoreState {
  const constraints = spreadConstraints(pod, 'ScheduleAnyway');
  const counts = constraints.length > 0 ? domainCounts(pod, snapshot, constraints) : [];
  return { constraints, counts, weights: counts.map((m) => Math.log(m.size + 2)) };
}

/** Raw scores are ≥ 0; a node that cannot be counted is marked with -1 until normalize. */
const IGNORED = -1;

export const podTopologySpreadScore: ScorePlugin<TopologySpreadScoreState> = {
  name: 'PodTopologySpreadScore',
  weight: 2,
  preScore,
  score(pod, nodeInfo: NodeInfo, snapshot, state) {
    const s = state ?? preScore(pod, snapshot);
    if (s.constraints.length === 0) return 0;
    if (!hasAllTopologyKeys(nodeInfo, s.constraints)) return IGNORED;
    let score = 0;
    s.constraints.forEach((c, i) => {
      score += (s.counts[i]!.get(nodeInfo.labels[c.topologyKey]!) ?? 0) * s.weights[i]! + (c.maxSkew - 1);
    });
    return score;
  },
  normalize(pod, _nodes, scores, state) {
    if (state && state.constraints.length === 0) return;
    let min = Infinity;
    let max = 0;
    for (const s of scores) {
      if (s === IGNORED) continue;
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i]!;
      if (s === IGNORED) scores[i] = 0;
      else scores[i] = max === 0 ? MAX_NODE_SCORE : Math.trunc((MAX_NODE_SCORE * (max + min - s)) / max);
    }
  },
};
