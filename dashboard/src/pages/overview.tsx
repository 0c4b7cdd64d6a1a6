/** The cluster at a glance: nodes and what is requested of them, pods by phase, workloads, warnings. */
import { useMemo } from 'react';
import { Badge, Bar, Link, Section } from '../components/ui.tsx';
import { useFiltered, useNow, useObjects, type Filters } from '../lib/context.tsx';
import { age, formatBytes, formatCpu, parseQuantity } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { nodeReady, podActive, podRequests } from '../lib/pods.ts';
import { enc, href } from '../lib/router.ts';

const PHASES = ['Running', 'Pending', 'Succeeded', 'Failed', 'Unknown'] as const;

export function OverviewPage({ filters }: { filters: Filters }) {
  const now = useNow();
  const nodes = useObjects('Node');
  const pods = useObjects('Pod');
  const deployments = useObjects('Deployment');
  const events = useObjects('Event');
  const podsInView = useFiltered(pods.items, filters, { namespaced: true }).items;
  const deploymentsInView = useFiltered(deployments.items, filters, { namespaced: true }).items;

  // Requests per node count every pod of the cluster (a node's load does not depend on the filter).
  const requested = useMemo(() => {
    const m = new Map<string, { cpu: number; memory: number; pods: number }>();
    for (const p of pods.items) {
      const node = p.spec?.nodeName;
      if (!node || !podActive(p)) continue;
      const r = podRequests(p);
      const cur = m.get(node) ?? { cpu: 0, memory: 0, pods: 0 };
      cur.cpu += r.cpu;
      cur.memory += r.memory;
      cur.pods++;
      m.set(node, cur);
    }
    return m;
  }, [pods.items]);

  const phases = useMemo(() => {
    const counts: Record<string, number> = Object.fromEntries(PHASES.map((p) => [p, 0]));
    for (const p of podsInView) counts[p.status?.phase ?? 'Pending'] = (counts[p.status?.phase ?? 'Pending'] ?? 0) + 1;
    return counts;
  }, [podsInView]);

  const warnings = useMemo(
    () =>
      events.items
        .filter((e) => e.type === 'Warning' && (!filters.namespace || e.metadata.namespace === filters.namespace))
        .sort((a, b) => Date.parse(lastSeen(b) ?? '') - Date.parse(lastSeen(a) ?? ''))
        .slice(0, 12),
    [events.items, filters.namespace],
  );

  const sortedNodes = useMemo(() => [...nodes.items].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)), [nodes.items]);

  return (
    <div className="page">
      <h1>Overview</h1>
      <div className="grid-2">
        <Section title={<>Nodes ({nodes.items.length}) <span className="muted small">requested / allocatable</span></>}>
          {sortedNodes.length === 0 ? (
            <p className="muted">{nodes.synced ? 'No nodes have joined yet: start an agent (capstan agent).' : 'Loading…'}</p>
          ) : (
            <table className="table" aria-label="Nodes">
              <thead>
                <tr>
                  <th>Node</th>
                  <th>Status</th>
                  <th>CPU</th>
                  <th>Memory</th>
                  <th>Pods</th>
                </tr>
              </thead>
              <tbody>
                {sortedNodes.slice(0, 50).map((n) => (
                  <NodeRow key={n.metadata.uid} node={n} req={requested.get(n.metadata.name)} />
                ))}
              </tbody>
            </table>
          )}
          {sortedNodes.length > 50 && (
            <p className="muted">
              and {sortedNodes.length - 50} more: <Link to={href('/nodes')}>all nodes</Link>
            </p>
          )}
        </Section>
        <Section title={`Pods (${podsInView.length})`}>
          <div className="phases" aria-label="Pods by phase">
            {PHASES.map((p) => (
              <Link key={p} to={href('/pods', { phase: p })} className="phase">
                <span className="phase-count">{phases[p]}</span>
                <Badge>{p}</Badge>
              </Link>
            ))}
          </div>
          <Bar value={phases.Running ?? 0} max={podsInView.length} label={`${phases.Running ?? 0} of ${podsInView.length} running`} tone="ok" />
        </Section>
      </div>
      <div className="grid-2">
        <Section title={`Workloads (${deploymentsInView.length})`}>
          {deploymentsInView.length === 0 ? (
            <p className="muted">{deployments.synced ? 'No Deployments here. Apply one on the Apply page.' : 'Loading…'}</p>
          ) : (
            <table className="table" aria-label="Workloads">
              <thead>
                <tr>
                  <th>Deployment</th>
                  <th>Ready</th>
                  <th>Up to date</th>
                  <th>Age</th>
                </tr>
              </thead>
              <tbody>
                {deploymentsInView.slice(0, 20).map((d) => {
                  const want = d.spec?.replicas ?? 0;
                  const ready = d.status?.readyReplicas ?? 0;
                  return (
                    <tr key={d.metadata.uid}>
                      <td>
                        <Link to={href(`/workloads/${enc(d.metadata.namespace!)}/${enc(d.metadata.name)}`)}>
                          <span className="muted">{d.metadata.namespace}/</span>
                          {d.metadata.name}
                        </Link>
                      </td>
                      <td style={{ minWidth: 140 }}>
                        <Bar value={ready} max={want} label={`${ready}/${want}`} tone={ready >= want ? 'ok' : 'warn'} />
                      </td>
                      <td>{d.status?.updatedReplicas ?? 0}</td>
                      <td>{age(d.metadata.creationTimestamp, now)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </Section>
        <Section title="Recent warnings">
          {warnings.length === 0 ? (
            <p className="muted">No Warning events.</p>
          ) : (
            <ul className="events" aria-label="Recent warnings">
              {warnings.map((e) => (
                <li key={e.metadata.uid}>
                  <Badge tone="bad">{e.reason ?? 'Warning'}</Badge> <ObjectLink ev={e} /> <span className="muted">· {age(lastSeen(e), now)} ago{(e.count ?? 0) > 1 ? ` · ×${e.count}` : ''}</span>
                  <div className="event-msg">{e.message}</div>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </div>
  );
}

export function lastSeen(e: K8sObject): string | undefined {
  return e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp;
}

export function ObjectLink({ ev }: { ev: K8sObject }) {
  const o = ev.involvedObject ?? {};
  const to =
    o.kind === 'Pod'
      ? `/pods/${enc(o.namespace)}/${enc(o.name)}`
      : o.kind === 'Node'
        ? `/nodes/${enc(o.name)}`
        : o.kind === 'Deployment'
          ? `/workloads/${enc(o.namespace)}/${enc(o.name)}`
          : null;
  const text = `${o.kind}/${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
  return to ? <Link to={href(to)}>{text}</Link> : <span>{text}</span>;
}

function NodeRow({ node, req }: { node: K8sObject; req?: { cpu: number; memory: number; pods: number } }) {
  const alloc = node.status?.allocatable ?? {};
  const cpu = parseQuantity(alloc.cpu);
  const mem = parseQuantity(alloc.memory);
  const maxPods = parseQuantity(alloc.pods);
  const r = req ?? { cpu: 0, memory: 0, pods: 0 };
  const ready = nodeReady(node);
  return (
    <tr>
      <td>
        <Link to={href(`/nodes/${enc(node.metadata.name)}`)}>{node.metadata.name}</Link>
      </td>
      <td>
        {ready.split(',').map((s) => (
          <Badge key={s}>{s}</Badge>
        ))}
      </td>
      <td style={{ minWidth: 130 }}>
        <Bar value={r.cpu} max={cpu} label={`${formatCpu(r.cpu)} / ${formatCpu(cpu)}`} />
      </td>
      <td style={{ minWidth: 130 }}>
        <Bar value={r.memory} max={mem} label={`${formatBytes(r.memory)} / ${formatBytes(mem)}`} />
      </td>
      <td>
        {r.pods}
        {maxPods ? <span className="muted"> / {maxPods}</span> : null}
      </td>
    </tr>
  );
}
