/**
 * The usage API behind both GraphQL (podMetrics, nodeMetrics, reportUsage) and REST
 * (metrics.k8s.io/v1beta1): who may read and report, and which stored rows are served.
 *
 * Reading PodMetrics needs list on pods in the namespace (get for one by name) and NodeMetrics
 * list (get) on nodes: usage is a view of the pods and nodes themselves. Only objects that exist
 * are served, labelled as they are, so a label selector selects PodMetrics as it selects pods.
 * A report is accepted from the node itself (update on its Node's status, as the node rules
 * allow only for its own) and keeps only the pods bound to that node.
 */
import { CapstanError } from '../errors.ts';
import type { ApiContext } from '../api/context.ts';
import type { KObject } from '../kinds/types.ts';
import { usageStoreOf, type UsageReport } from '../store/usage.ts';
import { nodeMetricsObject, podMetricsObject } from './metrics-objects.ts';

export interface PodMetricsQuery {
  namespace?: string;
  name?: string;
  labelSelector?: string;
  /** Selects among the pods (kubectl top pods --field-selector). */
  fieldSelector?: string;
}

export interface NodeMetricsQuery {
  name?: string;
  labelSelector?: string;
}

const key = (o: { namespace?: string; name: string }) => `${o.namespace ?? ''}/${o.name}`;

/** PodMetrics of the pods that match `q` and have fresh usage. NOT_FOUND for a named pod without any. */
export async function listPodMetrics(ctx: ApiContext, q: PodMetricsQuery): Promise<KObject[]> {
  if (q.name !== undefined) {
    const namespace = q.namespace ?? 'default';
    await ctx.authorize('get', 'Pod', namespace, q.name);
    const [pod, records] = await Promise.all([ctx.store.get('Pod', namespace, q.name), usageStoreOf(ctx.store.pool).pods({ namespace, name: q.name })]);
    if (!pod || records.length === 0) throw new CapstanError('NOT_FOUND', `podmetrics.metrics.k8s.io "${q.name}" not found`);
    return [podMetricsObject(records[0]!, pod)];
  }
  await ctx.authorize('list', 'Pod', q.namespace);
  const [pods, records] = await Promise.all([
    ctx.store.list('Pod', { namespace: q.namespace, labelSelector: q.labelSelector, fieldSelector: q.fieldSelector }),
    usageStoreOf(ctx.store.pool).pods({ namespace: q.namespace }),
  ]);
  const byKey = new Map(pods.items.map((p) => [key({ namespace: p.metadata.namespace, name: p.metadata.name }), p]));
  return records.filter((r) => byKey.has(key(r))).map((r) => podMetricsObject(r, byKey.get(key(r))));
}

/** NodeMetrics of the nodes that match `q` and have fresh usage. NOT_FOUND for a named node without any. */
export async function listNodeMetrics(ctx: ApiContext, q: NodeMetricsQuery): Promise<KObject[]> {
  if (q.name !== undefined) {
    await ctx.authorize('get', 'Node', undefined, q.name);
    const [node, records] = await Promise.all([ctx.store.get('Node', undefined, q.name), usageStoreOf(ctx.store.pool).nodes({ name: q.name })]);
    if (!node || records.length === 0) throw new CapstanError('NOT_FOUND', `nodemetrics.metrics.k8s.io "${q.name}" not found`);
    return [nodeMetricsObject(records[0]!, node)];
  }
  await ctx.authorize('list', 'Node');
  const [nodes, records] = await Promise.all([ctx.store.list('Node', { labelSelector: q.labelSelector }), usageStoreOf(ctx.store.pool).nodes()]);
  const byName = new Map(nodes.items.map((n) => [n.metadata.name, n]));
  return records.filter((r) => byName.has(r.name)).map((r) => nodeMetricsObject(r, byName.get(r.name)));
}

function invalid(field: string, message: string): CapstanError {
  return new CapstanError('INVALID', `${field}: ${message}`, [{ field, message }]);
}

const MAX_WINDOW_SECONDS = 3600;

/** Stores a node's report: only from that node (or an admin), only for pods bound to it. */
export async function reportUsage(ctx: ApiContext, report: UsageReport): Promise<void> {
  if (!report.nodeName) throw invalid('report.nodeName', 'is required');
  if (!(report.windowSeconds > 0 && report.windowSeconds <= MAX_WINDOW_SECONDS)) throw invalid('report.windowSeconds', `must be more than 0 and at most ${MAX_WINDOW_SECONDS}`);
  const numbers = [report.node?.cpuNanocores, report.node?.memoryBytes, ...report.pods.flatMap((p) => p.containers.flatMap((c) => [c.cpuNanocores, c.memoryBytes]))];
  if (numbers.some((n) => n !== undefined && !(Number.isFinite(n) && n >= 0))) throw invalid('report', 'usage must be finite, non-negative numbers');
  await ctx.authorize('update', 'Node/status', undefined, report.nodeName);
  const bound = await ctx.store.list('Pod', { fieldSelector: `spec.nodeName=${report.nodeName}` });
  const here = new Set(bound.items.map((p) => key({ namespace: p.metadata.namespace, name: p.metadata.name })));
  await usageStoreOf(ctx.store.pool).record({ ...report, pods: report.pods.filter((p) => here.has(key(p))) });
}
