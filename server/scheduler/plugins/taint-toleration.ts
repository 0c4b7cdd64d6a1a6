/**
 * TaintToleration. Filter: every NoSchedule and NoExecute taint of the node must be tolerated;
 * the reason names the first one that is not. Score: the fewer PreferNoSchedule taints the pod
 * does not tolerate, the better.
 */
import type { KObject } from '../../kinds/types.ts';
import {
  SUCCESS,
  defaultNormalizeScore,
  unresolvable,
  type FilterPlugin,
  type ScorePlugin,
  type Taint,
  type Toleration,
} from '../framework.ts';
import { findUntoleratedTaint, podTolerations, tolerationsTolerateTaint } from '../tolerations.ts';

/** Kubernetes 1.27+ form: `node(s) had untolerated taint {key: value}`. */
export function untoleratedTaintReason(taint: Taint): string {
  return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
}

const blocksScheduling = (t: Taint): boolean => t.effect === 'NoSchedule' || t.effect === 'NoExecute';

function preScore(pod: KObject): Toleration[] {
  // Only tolerations that could apply to PreferNoSchedule taints matter here.
  return podTolerations(pod).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
}

export const taintToleration: FilterPlugin & ScorePlugin<Toleration[]> = {
  name: 'TaintToleration',
  weight: 3,
  filter(pod, nodeInfo) {
    if (nodeInfo.taints.length === 0) return SUCCESS;
    const taint = findUntoleratedTaint(nodeInfo.taints, podTolerations(pod), blocksScheduling);
    return taint ? unresolvable(untoleratedTaintReason(taint)) : SUCCESS;
  },
  preScore,
  score(pod, nodeInfo, _snapshot, state) {
    if (nodeInfo.taints.length === 0) return 0;
    const tolerations = state ?? preScore(pod);
    let intolerable = 0;
    for (const taint of nodeInfo.taints) {
      if (taint.effect === 'PreferNoSchedule' && !tolerationsTolerateTaint(tolerations, taint)) intolerable++;
    }
    return intolerable;
  },
  normalize(_pod, _nodes, scores) {
    defaultNormalizeScore(scores, true);
  },
};
