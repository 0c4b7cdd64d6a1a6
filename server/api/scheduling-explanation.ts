/**
 * `Pod.schedulingExplanation`: what the scheduler would decide for an unbound pod if it ran now,
 * node by node (the filter that rejected each node and why, the scores of the others). Computed
 * from a fresh read of nodes and pods, evaluating every node (no early stop), so it explains
 * rather than predicts exactly; null for a bound pod.
 */
import type { KObject } from '../kinds/types.ts';
import { buildSnapshot } from '../scheduler/snapshot.ts';
import { defaultProfile } from '../scheduler/registry.ts';
import { scheduleOne } from '../scheduler/schedule-one.ts';
import type { ApiContext } from './context.ts';
import type { SchedulingExplanation } from './generated/graphql.ts';

const explainProfile = { ...defaultProfile, percentageOfNodesToScore: 100 };

export async function schedulingExplanation(pod: KObject, _args: unknown, ctx: ApiContext): Promise<SchedulingExplanation | null> {
  if (pod.spec?.nodeName) return null;
  await ctx.authorize('list', 'Node');
  await ctx.authorize('list', 'Pod');
  const [nodes, pods, namespaces] = await Promise.all([ctx.store.list('Node'), ctx.store.list('Pod'), ctx.store.list('Namespace')]);
  const snapshot = buildSnapshot(nodes.items, pods.items, namespaces.items);
  const result = scheduleOne(pod, snapshot, explainProfile, { explain: true });
  return {
    message: result.message ?? null,
    nodeName: result.nodeName ?? null,
    nodes: result.explanation.map((n) => ({
      node: n.node,
      feasible: n.feasible,
      failedPlugin: n.failedPlugin ?? null,
      reasons: n.reasons,
      scores: n.scores ?? null,
      totalScore: n.totalScore ?? null,
    })),
  };
}
