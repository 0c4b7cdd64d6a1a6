/**
 * `capstan top pods|nodes`: measured usage, as kubectl top shows it from metrics-server. The
 * node agents report each pod's and node's CPU (a rate over the window) and memory working set;
 * the API server serves the latest report (GraphQL podMetrics / nodeMetrics). Numbers are
 * rounded as kubectl rounds them: CPU up to whole millicores, memory down to whole Mi.
 *
 * `top nodes` also shows what the pods on each node request, counted as the scheduler counts
 * them: the sum of a pod's containers (a limit stands for a missing request), or its largest init
 * container if more, over the node's pods that have not terminated. Nodes without a fresh report
 * show `<unknown>` usage, as kubectl does; when no node has reported yet, a note says why.
 */
import { CommandError, UsageError } from '../../command.ts';
import { bool, str } from '../args.ts';
import type { Invocation } from '../kubectl-command.ts';
import { listObjects } from '../objects.ts';
import { Table, type KObject } from '../output.ts';
import { requireResource } from '../resources.ts';

interface Usage {
  cpu: string;
  memory: string;
}

interface PodMetrics {
  metadata: { name: string; namespace: string };
  containers: { name: string; usage: Usage }[];
}

interface NodeMetrics {
  metadata: { name: string };
  usage: Usage;
}

type Quantity = { milliValue(): bigint; value(): bigint };
type ParseQuantity = (v: unknown) => Quantity | undefined;

const POD_METRICS = `query TopPods($namespace: String, $name: String, $labelSelector: String) {
  podMetrics(namespace: $namespace, name: $name, labelSelector: $labelSelector) { metadata { name namespace } containers { name usage } }
}`;
const NODE_METRICS = `query TopNodes($labelSelector: String) { nodeMetrics(labelSelector: $labelSelector) { metadata { name } usage } }`;

/** Why there are no numbers yet, in words a user can act on. */
const NOT_YET =
  'metrics not available yet: node agents report usage every 15 s (--usage-report-ms) and a pod appears after its second measurement; check that the agents are running';

export async function top(inv: Invocation): Promise<number> {
  const [what, ...names] = inv.args;
  const { parseQuantity, isValidQuantity } = await import('../../../server/kinds/quantity.ts');
  const q: ParseQuantity = (v) => ((typeof v === 'string' || typeof v === 'number') && isValidQuantity(v) ? parseQuantity(v) : undefined);
  if (what && ['node', 'nodes', 'no'].includes(what)) return topNodes(inv, names, q);
  if (what && ['pod', 'pods', 'po'].includes(what)) return topPods(inv, names, q);
  throw new UsageError('capstan top shows pods or nodes: capstan top pods [NAME] | capstan top nodes [NAME]');
}

const cpuText = (q: ParseQuantity, v: unknown) => `${q(v)?.milliValue() ?? 0n}m`;
const memoryText = (q: ParseQuantity, v: unknown) => `${(q(v)?.value() ?? 0n) / 1048576n}Mi`;

async function topPods(inv: Invocation, names: string[], q: ParseQuantity): Promise<number> {
  if (names.length > 1) throw new UsageError('capstan top pods takes at most one pod name');
  const client = await inv.client();
  const { podMetrics } = await client.request<{ podMetrics: PodMetrics[] }>(POD_METRICS, {
    namespace: inv.allNamespaces ? null : inv.namespace,
    name: names[0] ?? null,
    labelSelector: str(inv.flags, 'selector') ?? null,
  });
  if (podMetrics.length === 0) throw new CommandError(NOT_YET);
  const containers = bool(inv.flags, 'containers');
  const header = [...(inv.allNamespaces ? ['NAMESPACE'] : []), 'NAME', ...(containers ? ['CONTAINER'] : []), 'CPU(cores)', 'MEMORY(bytes)'];
  const rows: string[][] = [];
  for (const p of podMetrics) {
    const prefix = inv.allNamespaces ? [p.metadata.namespace, p.metadata.name] : [p.metadata.name];
    if (containers) {
      for (const c of p.containers) rows.push([...prefix, c.name, cpuText(q, c.usage.cpu), memoryText(q, c.usage.memory)]);
    } else {
      const cpu = p.containers.reduce((s, c) => s + (q(c.usage.cpu)?.milliValue() ?? 0n), 0n);
      const memory = p.containers.reduce((s, c) => s + (q(c.usage.memory)?.value() ?? 0n), 0n);
      rows.push([...prefix, `${cpu}m`, `${memory / 1048576n}Mi`]);
    }
  }
  inv.ctx.stdout(new Table(header).render(rows, !bool(inv.flags, 'no-headers')));
  return 0;
}

async function topNodes(inv: Invocation, names: string[], q: ParseQuantity): Promise<number> {
  const client = await inv.client();
  const labelSelector = str(inv.flags, 'selector');
  const [nodes, pods, metrics] = await Promise.all([
    listObjects(client, requireResource('nodes'), labelSelector ? { labelSelector } : undefined),
    listObjects(client, requireResource('pods')),
    client.request<{ nodeMetrics: NodeMetrics[] }>(NODE_METRICS, { labelSelector: labelSelector ?? null }),
  ]);
  for (const n of names) if (!nodes.items.some((x) => x.metadata.name === n)) throw new (await import('../client.ts')).ApiError('NOT_FOUND', `nodes "${n}" not found`);
  const selected = names.length ? nodes.items.filter((n) => names.includes(n.metadata.name)) : nodes.items;
  const usage = new Map(metrics.nodeMetrics.map((m) => [m.metadata.name, m.usage]));
  if (!selected.some((n) => usage.has(n.metadata.name))) inv.ctx.stderr(`${NOT_YET}; showing requests only\n`);

  const requested = new Map<string, { cpu: bigint; memory: bigint }>();
  for (const p of pods.items) {
    const node = p.spec?.nodeName;
    if (!node || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') continue;
    const r = podRequests(p, q);
    const u = requested.get(node) ?? { cpu: 0n, memory: 0n };
    u.cpu += r.cpu;
    u.memory += r.memory;
    requested.set(node, u);
  }

  const table = new Table(['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)', 'CPU(requests)', 'MEMORY(requests)']);
  const rows = selected
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
    .map((n) => {
      const r = requested.get(n.metadata.name) ?? { cpu: 0n, memory: 0n };
      const alloc = n.status?.allocatable ?? n.status?.capacity ?? {};
      const cpuAlloc = q(alloc.cpu)?.milliValue() ?? 0n;
      const memAlloc = q(alloc.memory)?.value() ?? 0n;
      const u = usage.get(n.metadata.name);
      const cpu = u ? (q(u.cpu)?.milliValue() ?? 0n) : undefined;
      const memory = u ? (q(u.memory)?.value() ?? 0n) : undefined;
      return [
        n.metadata.name,
        cpu === undefined ? '<unknown>' : `${cpu}m`,
        cpu === undefined ? '<unknown>' : percent(cpu, cpuAlloc),
        memory === undefined ? '<unknown>' : `${memory / 1048576n}Mi`,
        memory === undefined ? '<unknown>' : percent(memory, memAlloc),
        `${r.cpu}m`,
        `${r.memory / 1048576n}Mi`,
      ];
    });
  inv.ctx.stdout(table.render(rows, !bool(inv.flags, 'no-headers')));
  return 0;
}

function percent(used: bigint, allocatable: bigint): string {
  return allocatable > 0n ? `${(used * 100n) / allocatable}%` : '<unknown>';
}

function podRequests(p: KObject, q: ParseQuantity): { cpu: bigint; memory: bigint } {
  const req = (c: any, res: string) => q(c?.resources?.requests?.[res] ?? c?.resources?.limits?.[res]);
  const total = { cpu: 0n, memory: 0n };
  for (const c of p.spec?.containers ?? []) {
    total.cpu += req(c, 'cpu')?.milliValue() ?? 0n;
    total.memory += req(c, 'memory')?.value() ?? 0n;
  }
  for (const c of p.spec?.initContainers ?? []) {
    const cpu = req(c, 'cpu')?.milliValue() ?? 0n;
    const memory = req(c, 'memory')?.value() ?? 0n;
    if (cpu > total.cpu) total.cpu = cpu;
    if (memory > total.memory) total.memory = memory;
  }
  return total;
}
