/**
 * NodeAffinity. Filter: the node must carry every `spec.nodeSelector` label and match one of the
 * required node affinity terms. Score: the sum of the weights of the preferred terms the node
 * matches, scaled so the best node gets 100.
 */
import type { KObject } from '../../kinds/types.ts';
import {
  SUCCESS,
  defaultNormalizeScore,
  unresolvable,
  type FilterPlugin,
  type NodeInfo,
  type ScorePlugin,
} from '../framework.ts';
import { compileNodeSelector, compileNodeSelectorTerm, type NodeMatcher } from '../node-selector.ts';

export const ERR_REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";

const REJECTED = unresolvable(ERR_REASON_NODE_AFFINITY);

export interface NodeAffinityFilterState {
  nodeSelector: [string, string][];
  required?: NodeMatcher;
}

export interface NodeAffinityScoreState {
  preferred: { weight: number; matches: NodeMatcher }[];
}

function preFilter(pod: KObject): NodeAffinityFilterState {
  const nodeSelector = Object.entries((pod.spec?.nodeSelector ?? {}) as Record<string, string>);
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  return {
    nodeSelector,
    // A required selector that is present but empty matches no node, as in Kubernetes.
    required: required ? compileNodeSelector(required.nodeSelectorTerms ?? []) : undefined,
  };
}

function preScore(pod: KObject): NodeAffinityScoreState {
  const preferred = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  return {
    preferred: (preferred as any[])
      .filter((t) => t && Number(t.weight) !== 0)
      .map((t) => ({ weight: Number(t.weight), matches: compileNodeSelectorTerm(t.preference) })),
  };
}

function fits(state: NodeAffinityFilterState, nodeInfo: NodeInfo): boolean {
  for (const [key, value] of state.nodeSelector) if (nodeInfo.labels[key] !== value) return false;
  return !state.required || state.required(nodeInfo);
}

export const nodeAffinity: FilterPlugin<NodeAffinityFilterState> & ScorePlugin<NodeAffinityScoreState> = {
  name: 'NodeAffinity',
  weight: 2,
  preFilter,
  filter(pod, nodeInfo, _snapshot, state) {
    return fits(state ?? preFilter(pod), nodeInfo) ? SUCCESS : REJECTED;
  },
  preScore,
  score(pod, nodeInfo, _snapshot, state) {
    let total = 0;
    for (const term of (state ?? preScore(pod)).preferred) if (term.matches(nodeInfo)) total += term.weight;
    return total;
  },
  normalize(_pod, _nodes, scores) {
    defaultNormalizeScore(scores, false);
  },
};
