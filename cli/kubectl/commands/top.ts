/**
 * `capstan top nodes`: what the pods on each node request against what the node can allocate.
 * (kubectl's top shows measured usage from metrics-server; Capstan has no usage metrics yet, so
 * the columns say "requests".) Requests are counted as the scheduler counts them: the sum of a
 * pod's containers (a limit stands for a missing request), or its largest init container if
 * more, over the node's pods that have not terminated.
 */
import { UsageError } from '../../command.ts';
import { bool } from '../args.ts';
import type { Invocation } from '../kubectl-command.ts';
import { listObjects } from '../objects.ts';
import { Table, type KObject } from '../output.ts';
import { requireResource } from '../resources.ts';

export async function top(inv: Invocation): Promise<number> {
  const [what, ...names] = inv.args;
  if (!what || !['node', 'nodes', 'no'].includes(what)) throw new UsageError('capstan top supports nodes: capstan top nodes [NAME]');
  const { parseQuantity, isValidQuantity } = await import('../../../server/kinds/quantity.ts');
  const q = (v: unknown) => ((typeof v === 'string' || typeof v === 'number') && isValidQuantity(v) ? parseQuantity(v) : undefined);
  const client = await inv.client();
  const [nodes, pods] = await Promise.all([listObjects(client, requireResource('nodes')), listObjects(client, requireResource('pods'))]);
  const selected = names.length ? nodes.items.filter((n) => names.includes(n.metadata.name)) : nodes.items;
  for (const n of names) if (!nodes.items.some((x) => x.metadata.name === n)) throw new (await import('../client.ts')).ApiError('NOT_FOUND', `nodes "${n}" not found`);

  const used = new Map<string, { cpu: bigint; memory: bigint }>();
  for (const p of pods.items) {
    const node = p.spec?.nodeName;
    if (!node || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') continue;
    const r = podRequests(p, q);
    const u = used.get(node) ?? { cpu: 0n, memory: 0n };
    u.cpu += r.cpu;
    u.memory += r.memory;
    used.set(node, u);
  }

  const table = new Table(['NAME', 'CPU(requests)', 'CPU%', 'MEMORY(requests)', 'MEMORY%']);
  const rows = selected
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
    .map((n) => {
      const u = used.get(n.metadata.name) ?? { cpu: 0n, memory: 0n };
      const alloc = n.status?.allocatable ?? n.status?.capacity ?? {};
      const cpuAlloc = q(alloc.cpu)?.milliValue() ?? 0n;
      const memAlloc = q(alloc.memory)?.value() ?? 0n;
      return [n.metadata.name, `${u.cpu}m`, percent(u.cpu, cpuAlloc), `${u.memory / 1048576n}Mi`, percent(u.memory, memAlloc)];
    });
  inv.ctx.stdout(table.render(rows, !bool(inv.flags, 'no-headers')));
  return 0;
}

function percent(used: bigint, allocatable: bigint): string {
  return allocatable > 0n ? `${(used * 100n) / allocatable}%` : '<unknown>';
}

function podRequests(p: KObject, q: (v: unknown) => { milliValue(): bigint; value(): bigint } | undefined): { cpu: bigint; memory: bigint } {
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
