/** Every pod in view, in a virtualised table (10,000 rows scroll as smoothly as 10). */
import { useMemo } from 'react';
import { Badge, Link } from '../components/ui.tsx';
import { VirtualTable, type Column } from '../components/virtual-table.tsx';
import { useFiltered, useNow, useObjects, type Filters } from '../lib/context.tsx';
import { age } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { podReady, podRestarts, podStatus } from '../lib/pods.ts';
import { enc, href, navigate, setParams, useLocation } from '../lib/router.ts';

const PHASES = ['', 'Running', 'Pending', 'Succeeded', 'Failed', 'Unknown'];

export function PodsPage({ filters }: { filters: Filters }) {
  const now = useNow();
  const loc = useLocation();
  const phase = loc.params.get('phase') ?? '';
  const pods = useObjects('Pod');
  const filtered = useFiltered(pods.items, filters, { namespaced: true });
  const rows = useMemo(() => (phase ? filtered.items.filter((p) => (p.status?.phase ?? 'Pending') === phase) : filtered.items), [filtered.items, phase]);

  // The age column reads `now`, so the columns change with it (every few seconds), not per event.
  const columns = useMemo<Column<K8sObject>[]>(
    () => [
      { title: 'Namespace', width: 'minmax(90px, 1fr)', render: (p) => <span className="muted">{p.metadata.namespace}</span> },
      {
        title: 'Name',
        width: 'minmax(160px, 2.5fr)',
        render: (p) => <Link to={href(`/pods/${enc(p.metadata.namespace!)}/${enc(p.metadata.name)}`)}>{p.metadata.name}</Link>,
      },
      { title: 'Status', width: 'minmax(110px, 1.2fr)', render: (p) => <Badge>{podStatus(p)}</Badge> },
      {
        title: 'Ready',
        width: '80px',
        render: (p) => {
          const r = podReady(p);
          return `${r.ready}/${r.total}`;
        },
      },
      { title: 'Restarts', width: '90px', render: (p) => podRestarts(p) },
      { title: 'Node', width: 'minmax(100px, 1.4fr)', render: (p) => p.spec?.nodeName ?? <span className="muted">—</span> },
      { title: 'IP', width: '110px', render: (p) => p.status?.podIP ?? '' },
      { title: 'Age', width: '70px', render: (p) => age(p.metadata.creationTimestamp, now) },
    ],
    [now],
  );

  return (
    <div className="page">
      <div className="page-head">
        <h1>
          Pods <span className="muted small">{rows.length === pods.items.length ? rows.length : `${rows.length} of ${pods.items.length}`}</span>
        </h1>
        <select className="filter" aria-label="Phase" value={phase} onChange={(e) => setParams({ phase: e.target.value })}>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {p || 'Any phase'}
            </option>
          ))}
        </select>
      </div>
      {filtered.error && <p className="error">Label selector: {filtered.error}</p>}
      <VirtualTable
        label="Pods"
        rows={rows}
        columns={columns}
        rowKey={(p) => p.metadata.uid}
        onRowClick={(p) => navigate(href(`/pods/${enc(p.metadata.namespace!)}/${enc(p.metadata.name)}`))}
        empty={pods.synced ? 'No pods match.' : 'Loading…'}
      />
    </div>
  );
}
