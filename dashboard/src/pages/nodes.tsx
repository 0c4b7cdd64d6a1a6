/** Nodes: readiness, heartbeat (Lease) age, measured usage, capacity requested, and one node's page with cordon. */
import { useMemo, useState } from 'react';
import { EventsTable } from '../components/events-table.tsx';
import { Badge, Bar, Conditions, ConfirmDialog, KeyValues, Labels, Link, Section, YamlLink, type ConfirmRequest } from '../components/ui.tsx';
import { VirtualTable, type Column } from '../components/virtual-table.tsx';
import { PodLine } from './workloads.tsx';
import { useCluster, useFiltered, useNow, useObject, useObjects, type Filters } from '../lib/context.tsx';
import { age, formatBytes, formatCpu, parseQuantity } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { nodeReady, podActive, podRequests } from '../lib/pods.ts';
import { enc, href, navigate } from '../lib/router.ts';
import { useNodeUsage, type Usage } from '../lib/usage.ts';
import { CordonDocument } from '../../../api/generated/operations.ts';

const LEASE_NS = 'kube-node-lease';

function leaseAge(lease: K8sObject | undefined, now: number, synced = true): string {
  const t = lease?.spec?.renewTime;
  if (!t) return synced ? 'no lease' : '…';
  return `${age(t, now)} ago`;
}

function useLeases(): { byNode: Map<string, K8sObject>; synced: boolean } {
  const leases = useObjects('Lease');
  const byNode = useMemo(() => new Map(leases.items.filter((l) => l.metadata.namespace === LEASE_NS).map((l) => [l.metadata.name, l])), [leases.items]);
  return { byNode, synced: leases.synced };
}

/** Measured usage and its share of allocatable (`1.2 (60%)`), or a dash while none is reported. */
function usedOf(u: Usage | undefined, what: 'cpu' | 'memory', allocatable: number): string {
  if (!u) return '—';
  const v = u[what];
  const text = what === 'cpu' ? formatCpu(v) : formatBytes(v);
  return allocatable > 0 ? `${text} (${Math.round((v / allocatable) * 100)}%)` : text;
}

export function NodesPage({ filters }: { filters: Filters }) {
  const now = useNow(2_000);
  const nodes = useObjects('Node');
  const pods = useObjects('Pod');
  const leases = useLeases();
  const usage = useNodeUsage();
  const { items, error } = useFiltered(nodes.items, { ...filters, namespace: '' });
  const podCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const p of pods.items) if (p.spec?.nodeName && podActive(p)) m.set(p.spec.nodeName, (m.get(p.spec.nodeName) ?? 0) + 1);
    return m;
  }, [pods.items]);

  const columns = useMemo<Column<K8sObject>[]>(
    () => [
      { title: 'Name', width: 'minmax(160px, 2fr)', render: (n) => <Link to={href(`/nodes/${enc(n.metadata.name)}`)}>{n.metadata.name}</Link> },
      {
        title: 'Status',
        width: 'minmax(150px, 1.5fr)',
        render: (n) =>
          nodeReady(n)
            .split(',')
            .map((s) => <Badge key={s}>{s}</Badge>),
      },
      { title: 'Heartbeat', width: '110px', render: (n) => leaseAge(leases.byNode.get(n.metadata.name), now, leases.synced) },
      { title: 'Pods', width: '70px', render: (n) => podCount.get(n.metadata.name) ?? 0 },
      { title: 'CPU used', width: '90px', render: (n) => usedOf(usage.byNode.get(n.metadata.name), 'cpu', parseQuantity(n.status?.allocatable?.cpu)) },
      { title: 'Memory used', width: '100px', render: (n) => usedOf(usage.byNode.get(n.metadata.name), 'memory', parseQuantity(n.status?.allocatable?.memory)) },
      { title: 'CPU', width: '70px', render: (n) => formatCpu(parseQuantity(n.status?.allocatable?.cpu)) },
      { title: 'Memory', width: '90px', render: (n) => formatBytes(parseQuantity(n.status?.allocatable?.memory)) },
      { title: 'Internal IP', width: '120px', render: (n) => (n.status?.addresses ?? []).find((a: any) => a.type === 'InternalIP')?.address ?? '' },
      { title: 'Taints', width: '70px', render: (n) => (n.spec?.taints ?? []).length },
      { title: 'Age', width: '70px', render: (n) => age(n.metadata.creationTimestamp, now) },
    ],
    [leases, podCount, now, usage.byNode],
  );

  return (
    <div className="page">
      <h1>
        Nodes <span className="muted small">{items.length}</span>
      </h1>
      {error && <p className="error">Label selector: {error}</p>}
      <VirtualTable
        label="Nodes"
        rows={items}
        columns={columns}
        rowKey={(n) => n.metadata.uid}
        onRowClick={(n) => navigate(href(`/nodes/${enc(n.metadata.name)}`))}
        empty={nodes.synced ? 'No nodes match.' : 'Loading…'}
      />
    </div>
  );
}


export function NodePage({ name }: { name: string }) {
  const { api } = useCluster();
  const now = useNow(1_000);
  const nodes = useObjects('Node');
  const node = useObject('Node', null, name);
  const lease = useObject('Lease', LEASE_NS, name);
  const leasesSynced = useObjects('Lease').synced;
  const pods = useObjects('Pod');
  const usage = useNodeUsage().byNode.get(name);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const onNode = useMemo(() => pods.items.filter((p) => p.spec?.nodeName === name).sort((a, b) => (a.metadata.namespace! + a.metadata.name).localeCompare(b.metadata.namespace! + b.metadata.name)), [pods.items, name]);

  if (!node) {
    return (
      <div className="page">
        <h1>Node {name}</h1>
        <p className="muted">{nodes.synced ? 'No such node.' : 'Loading…'}</p>
        <Link to={href('/nodes')}>All nodes</Link>
      </div>
    );
  }
  const alloc = node.status?.allocatable ?? {};
  const used = onNode.filter(podActive).reduce((s, p) => {
    const r = podRequests(p);
    return { cpu: s.cpu + r.cpu, memory: s.memory + r.memory };
  }, { cpu: 0, memory: 0 });
  const cordoned = !!node.spec?.unschedulable;
  const info: Partial<NonNullable<NonNullable<typeof node.status>['nodeInfo']>> = node.status?.nodeInfo ?? {};

  return (
    <div className="page">
      <div className="crumbs">
        <Link to={href('/nodes')}>Nodes</Link>
      </div>
      <div className="page-head">
        <h1>
          {name}{' '}
          {nodeReady(node)
            .split(',')
            .map((s) => (
              <Badge key={s}>{s}</Badge>
            ))}
        </h1>
        <span className="head-actions">
        <YamlLink kind="Node" name={name} />
        <button
          className="btn"
          onClick={() =>
            setConfirm({
              title: cordoned ? `Uncordon ${name}` : `Cordon ${name}`,
              body: cordoned ? <p>Let the scheduler place new pods on {name} again.</p> : <p>Stop the scheduler from placing new pods on {name}. Pods already there keep running.</p>,
              confirmLabel: cordoned ? 'Uncordon' : 'Cordon',
              run: () => api.request(CordonDocument, { name, patch: { spec: { unschedulable: cordoned ? null : true } } }),
            })
          }
        >
          {cordoned ? 'Uncordon' : 'Cordon'}
        </button>
        </span>
      </div>
      <div className="grid-2">
        <Section title="Node">
          <KeyValues
            rows={[
              ['Heartbeat', <span key="l">{leaseAge(lease, now, leasesSynced)}{lease?.spec?.leaseDurationSeconds ? <span className="muted"> (lease of {lease.spec.leaseDurationSeconds} s)</span> : null}</span>],
              [
                'CPU used',
                usage ? (
                  <Bar key="cu" value={usage.cpu} max={parseQuantity(alloc.cpu)} label={`${formatCpu(usage.cpu)} / ${formatCpu(parseQuantity(alloc.cpu))} over ${usage.window}, ${age(usage.timestamp, now)} ago`} />
                ) : (
                  <span className="muted" key="cu">not reported yet (the agent reports every 15 s)</span>
                ),
              ],
              [
                'Memory used',
                usage ? <Bar key="mu" value={usage.memory} max={parseQuantity(alloc.memory)} label={`${formatBytes(usage.memory)} / ${formatBytes(parseQuantity(alloc.memory))}`} /> : <span className="muted" key="mu">—</span>,
              ],
              ['CPU requested', <Bar key="c" value={used.cpu} max={parseQuantity(alloc.cpu)} label={`${formatCpu(used.cpu)} / ${formatCpu(parseQuantity(alloc.cpu))}`} />],
              ['Memory requested', <Bar key="m" value={used.memory} max={parseQuantity(alloc.memory)} label={`${formatBytes(used.memory)} / ${formatBytes(parseQuantity(alloc.memory))}`} />],
              ['Pods', `${onNode.filter(podActive).length} / ${alloc.pods ?? '?'}`],
              ['Addresses', (node.status?.addresses ?? []).map((a: any) => `${a.type} ${a.address}`).join(', ')],
              ['Pod CIDR', node.spec?.podCIDR ?? null],
              ['System', [info.osImage, info.architecture, info.kubeletVersion, info.containerRuntimeVersion].filter(Boolean).join(' · ')],
              ['Labels', <Labels key="lb" labels={node.metadata.labels} />],
              [
                'Taints',
                (node.spec?.taints ?? []).length ? (
                  <span className="chips" key="t">
                    {(node.spec?.taints ?? []).map((t) => (
                      <span className="chip chip-warn" key={`${t.key}:${t.effect}`}>
                        {t.key}
                        {t.value ? `=${t.value}` : ''}:{t.effect}
                      </span>
                    ))}
                  </span>
                ) : (
                  <span className="muted">none</span>
                ),
              ],
              ['Joined', `${age(node.metadata.creationTimestamp, now)} ago`],
            ]}
          />
        </Section>
        <Section title="Conditions">
          <Conditions conditions={node.status?.conditions} now={now} />
        </Section>
      </div>
      <Section title={`Pods on this node (${onNode.length})`}>
        {onNode.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <table className="table table-compact" aria-label="Pods on this node">
            <tbody>
              {onNode.slice(0, 500).map((p) => (
                <PodLine key={p.metadata.uid} pod={p} now={now} />
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title="Events">
        <EventsTable kind="Node" name={name} now={now} />
      </Section>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  );
}
