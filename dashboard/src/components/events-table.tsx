/** The Events about one object, newest first. */
import { useMemo } from 'react';
import { useObjects } from '../lib/context.tsx';
import { age } from '../lib/format.ts';
import { Badge } from './ui.tsx';

export function EventsTable({ kind, namespace, name, uid, now }: { kind: string; namespace?: string | null; name: string; uid?: string; now: number }) {
  const events = useObjects('Event');
  const rows = useMemo(
    () =>
      events.items
        .filter((e) => {
          const o = e.involvedObject ?? {};
          return o.kind === kind && o.name === name && (o.namespace ?? '') === (namespace ?? '') && (!uid || !o.uid || o.uid === uid);
        })
        .sort((a, b) => Date.parse(b.lastTimestamp ?? b.eventTime ?? b.metadata.creationTimestamp ?? '') - Date.parse(a.lastTimestamp ?? a.eventTime ?? a.metadata.creationTimestamp ?? '')),
    [events.items, kind, namespace, name, uid],
  );
  if (rows.length === 0) return <p className="muted">{events.synced ? 'No events.' : 'Loading…'}</p>;
  return (
    <table className="table" aria-label="Events">
      <thead>
        <tr>
          <th>Type</th>
          <th>Reason</th>
          <th>Message</th>
          <th>From</th>
          <th>Count</th>
          <th>Last seen</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.metadata.uid}>
            <td>
              <Badge>{e.type ?? 'Normal'}</Badge>
            </td>
            <td>{e.reason}</td>
            <td className="wrap">{e.message}</td>
            <td className="muted">{e.source?.component ?? e.reportingComponent ?? ''}</td>
            <td>{e.count ?? 1}</td>
            <td>{age(e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp, now)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
