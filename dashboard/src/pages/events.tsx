/**
 * Every Event of the cluster, live (the Event watch), newest first, filtered by namespace (the
 * top bar), the involved object's kind and name, type, reason and free text; every filter is in
 * the URL (`/events?type=Warning&kind=Pod&reason=BackOff&text=image`).
 */
import { useEffect, useMemo, useState } from 'react';
import { Badge, Link } from '../components/ui.tsx';
import { VirtualTable, type Column } from '../components/virtual-table.tsx';
import { useNow, useObjects, type Filters } from '../lib/context.tsx';
import { eventFacets, eventLastSeen, filterEvents, objectPath, type EventFilter } from '../lib/events.ts';
import { age } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { href, setParams, useLocation } from '../lib/router.ts';

/** A text filter that updates the URL after a short pause, not per key stroke. */
function TextFilter({ param, value, label, placeholder }: { param: string; value: string; label: string; placeholder: string }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const t = setTimeout(() => setParams({ [param]: draft }), 250);
    return () => clearTimeout(t);
  }, [draft, value, param]);
  return <input className="filter" type="search" aria-label={label} placeholder={placeholder} value={draft} onChange={(e) => setDraft(e.target.value)} />;
}

export function InvolvedObject({ ev }: { ev: K8sObject }) {
  const o = ev.involvedObject ?? {};
  const text = `${o.kind}/${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
  const to = objectPath(o.kind, o.namespace, o.name);
  return to ? <Link to={href(to)}>{text}</Link> : <span>{text}</span>;
}

export function EventsPage({ filters }: { filters: Filters }) {
  const now = useNow();
  const loc = useLocation();
  const events = useObjects('Event');
  const p = (k: string) => loc.params.get(k) ?? '';
  const filter: EventFilter = {
    namespace: filters.namespace,
    kind: p('kind'),
    object: p('object'),
    type: p('type'),
    reason: p('reason'),
    // The top bar's search narrows the list too.
    text: [p('text'), filters.search].filter(Boolean).join(' '),
  };
  const rows = useMemo(() => filterEvents(events.items, filter), [events.items, filter.namespace, filter.kind, filter.object, filter.type, filter.reason, filter.text]); // eslint-disable-line react-hooks/exhaustive-deps
  const facets = useMemo(() => eventFacets(events.items), [events.items]);
  const warnings = useMemo(() => rows.filter((e) => e.type === 'Warning').length, [rows]);

  const columns = useMemo<Column<K8sObject>[]>(
    () => [
      { title: 'Last seen', width: '90px', render: (e) => <span title={eventLastSeen(e)}>{age(eventLastSeen(e), now)}</span> },
      { title: 'Type', width: '90px', render: (e) => <Badge>{e.type ?? 'Normal'}</Badge> },
      { title: 'Reason', width: 'minmax(120px, 1fr)', render: (e) => <span title={e.reason}>{e.reason}</span> },
      { title: 'Object', width: 'minmax(180px, 2fr)', render: (e) => <InvolvedObject ev={e} /> },
      { title: 'Message', width: 'minmax(220px, 4fr)', render: (e) => <span title={e.message}>{e.message}</span> },
      { title: 'Count', width: '60px', render: (e) => e.count ?? 1 },
      { title: 'From', width: 'minmax(100px, 1fr)', render: (e) => <span className="muted">{e.source?.component ?? e.reportingComponent ?? ''}</span> },
    ],
    [now],
  );

  const kinds = filter.kind && !facets.kinds.includes(filter.kind) ? [...facets.kinds, filter.kind] : facets.kinds;
  const reasons = filter.reason && !facets.reasons.includes(filter.reason) ? [...facets.reasons, filter.reason] : facets.reasons;
  return (
    <div className="page">
      <h1>
        Events{' '}
        <span className="muted small" data-testid="event-count">
          {rows.length === events.items.length ? rows.length : `${rows.length} of ${events.items.length}`}
          {warnings > 0 ? ` · ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}
        </span>
      </h1>
      <div className="filter-bar" role="search" aria-label="Event filters">
        <select className="filter" aria-label="Type" value={filter.type} onChange={(e) => setParams({ type: e.target.value })}>
          <option value="">Normal and Warning</option>
          <option value="Normal">Normal</option>
          <option value="Warning">Warning</option>
        </select>
        <select className="filter" aria-label="Object kind" value={filter.kind} onChange={(e) => setParams({ kind: e.target.value })}>
          <option value="">Any kind</option>
          {kinds.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
        <TextFilter param="object" value={filter.object} label="Object name" placeholder="object name" />
        <select className="filter" aria-label="Reason" value={filter.reason} onChange={(e) => setParams({ reason: e.target.value })}>
          <option value="">Any reason</option>
          {reasons.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
        <TextFilter param="text" value={p('text')} label="Text" placeholder="text in message, reason, object…" />
        {(filter.type || filter.kind || filter.object || filter.reason || p('text')) && (
          <button className="btn btn-quiet" onClick={() => setParams({ type: null, kind: null, object: null, reason: null, text: null })}>
            Clear filters
          </button>
        )}
      </div>
      <VirtualTable label="Events" rows={rows} columns={columns} rowKey={(e) => e.metadata.uid} empty={events.synced ? 'No events match.' : 'Loading…'} />
    </div>
  );
}
