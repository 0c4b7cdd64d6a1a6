/**
 * SelectorSpread: spreads a workload's pods — pods with the same controller (ownerReference uid),
 * or, without a controller, the same namespace and labels — across nodes and zones. Raw score:
 * how many of the workload's pods the node already has; normalized as Kubernetes' SelectorSpread
 * does: 100 × (max − count) / max over the feasible nodes, blended 1/3 node and 2/3 zone when the
 * nodes carry zone labels.
 */
import type { KObject } from '../../kinds/types.ts';
import { MAX_NODE_SCORE, type NodeInfo, type ScorePlugin, type Snapshot } from '../framework.ts';
import { workloadKey } from '../snapshot.ts';

const ZONE_WEIGHTING = 2 / 3;

type SpreadState = { key: string | undefined; counts: ReadonlyMap<NodeInfo, number> | undefined };

const preScore = (pod: KObject, snapshot: Snapshot): SpreadState => {
  const key = workloadKey(pod);
  return { key, counts: key === undefined ? undefined : snapshot.cluster.workloadNodes.get(key) };
};

export const selectorSpread: ScorePlugin<SpreadState> = {
  name: 'SelectorSpread',
  weight: 2,
  preScore,
  score(pod, nodeInfo, snapshot, state) {
    const { counts } = state ?? preScore(pod, snapshot);
    return counts === undefined ? 0 : (counts.get(nodeInfo) ?? 0);
  },
  normalize(pod, nodes, scores, state) {
    // A pod that belongs to no workload has nothing to spread from: every node stays at 0.
    if ((state ?? { key: workloadKey(pod) }).key === undefined) return;
    let maxByNode = 0;
    const byZone = new Map<string, number>();
    for (let i = 0; i < scores.length; i++) {
      maxByNode = Math.max(maxByNode, scores[i]!);
      const zone = nodes[i]!.zone;
      if (zone !== '') byZone.set(zone, (byZone.get(zone) ?? 0) + scores[i]!);
    }
    let maxByZone = 0;
    for (const count of byZone.values()) maxByZone = Math.max(maxByZone, count);
    for (let i = 0; i < scores.length; i++) {
      let score = maxByNode > 0 ? (MAX_NODE_SCORE * (maxByNode - scores[i]!)) / maxByNode : MAX_NODE_SCORE;
      const zone = nodes[i]!.zone;
      if (byZone.size > 0 && zone !== '') {
        const zoneScore =
          maxByZone > 0 ? (MAX_NODE_SCORE * (maxByZone - byZone.get(zone)!)) / maxByZone : MAX_NODE_SCORE;
        score = score * (1 - ZONE_WEIGHTING) + ZONE_WEIGHTING * zoneScore;
      }
      scores[i] = Math.trunc(score);
    }
  },
};
