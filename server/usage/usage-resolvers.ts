/** GraphQL's usage fields: podMetrics, nodeMetrics (queries) and reportUsage (node agents). */
import type { MutationResolvers, QueryResolvers } from '../api/generated/graphql.ts';
import { optional } from '../api/input.ts';
import { listNodeMetrics, listPodMetrics, reportUsage } from './usage-api.ts';

export const podMetricsResolver: QueryResolvers['podMetrics'] = async (_, args, ctx) =>
  (await listPodMetrics(ctx, { namespace: optional(args.namespace), name: optional(args.name), labelSelector: optional(args.labelSelector) })) as never;

export const nodeMetricsResolver: QueryResolvers['nodeMetrics'] = async (_, args, ctx) =>
  (await listNodeMetrics(ctx, { name: optional(args.name), labelSelector: optional(args.labelSelector) })) as never;

export const reportUsageResolver: MutationResolvers['reportUsage'] = async (_, { report }, ctx) => {
  await reportUsage(ctx, {
    nodeName: report.nodeName,
    windowSeconds: report.windowSeconds,
    node: report.node ?? undefined,
    pods: report.pods.map((p) => ({ namespace: p.namespace, name: p.name, containers: p.containers.map((c) => ({ ...c })) })),
  });
  return true;
};
