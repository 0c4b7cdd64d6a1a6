/**
 * An object's revisions from the event log (the `history` query) and, for the one chosen, what
 * changed since the revision before it, as a line diff of the YAML.
 */
import { useEffect, useMemo, useState } from 'react';
import { stringify } from 'yaml';
import { Badge, ErrorNote, Section } from '../components/ui.tsx';
import { useCluster } from '../lib/context.tsx';
import { diffLines, foldUnchanged } from '../lib/diff.ts';
import { setParams, useLocation } from '../lib/router.ts';
import { HistoryDocument } from '../../../api/generated/operations.ts';


const KINDS = ['Deployment', 'ReplicaSet', 'Pod', 'Service', 'ConfigMap', 'Secret', 'Node', 'Namespace', 'Endpoints', 'ServiceAccount', 'Lease', 'Event', 'ReplicationController', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob'];

interface Entry {
  revision: string;
  type: string;
  timestamp: string;
  object: any;
}

/** The YAML of an object without the fields every write changes (they would fill each diff). */
function yamlOf(o: any): string {
  if (!o) return '';
  const { metadata, ...rest } = o;
  const { resourceVersion: _rv, managedFields: _mf, ...meta } = metadata ?? {};
  const annotations = { ...(meta.annotations ?? {}) };
  delete annotations['capstan.io/last-applied-configuration'];
  return stringify({ ...rest, metadata: { ...meta, annotations: Object.keys(annotations).length ? annotations : undefined } }, { sortMapEntries: false });
}

export function HistoryPage() {
  const { api } = useCluster();
  const loc = useLocation();
  const kind = loc.params.get('kind') ?? 'Deployment';
  const ns = loc.params.get('ns') ?? 'default';
  const name = loc.params.get('name') ?? '';
  const rev = loc.params.get('rev');
  const [draft, setDraft] = useState({ kind, ns, name });
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setDraft({ kind, ns, name }), [kind, ns, name]);

  useEffect(() => {
    if (!name) return;
    let cancelled = false;
    setEntries(null);
    setError(null);
    const clusterScoped = kind === 'Node' || kind === 'Namespace';
    api.request(HistoryDocument, { kind, namespace: clusterScoped ? null : ns, name }).then(
      (d) => !cancelled && setEntries(d.history),
      (e) => !cancelled && setError(e),
    );
    return () => {
      cancelled = true;
    };
  }, [api, kind, ns, name]);

  const selected = useMemo(() => {
    if (!entries?.length) return -1;
    const i = rev ? entries.findIndex((e) => e.revision === rev) : entries.length - 1;
    return i < 0 ? entries.length - 1 : i;
  }, [entries, rev]);

  const diff = useMemo(() => {
    if (!entries || selected < 0) return null;
    const after = entries[selected]!;
    const before = selected > 0 ? entries[selected - 1]! : null;
    const lines = diffLines(yamlOf(before?.type === 'DELETED' ? null : before?.object), after.type === 'DELETED' ? '' : yamlOf(after.object));
    // The first revision is shown whole; later ones as their changes with a little context.
    return before ? foldUnchanged(lines) : lines;
  }, [entries, selected]);

  return (
    <div className="page">
      <h1>History</h1>
      <Section title="Object">
        <form
          className="history-form"
          onSubmit={(e) => {
            e.preventDefault();
            setParams({ kind: draft.kind, ns: draft.ns, name: draft.name, rev: null }, { replace: false });
          }}
        >
          <select aria-label="Kind" className="filter" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
            {KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
          <input aria-label="Namespace" className="filter" placeholder="namespace" value={draft.ns} onChange={(e) => setDraft({ ...draft, ns: e.target.value })} />
          <input aria-label="Name" className="filter" placeholder="name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          <button className="btn btn-primary" type="submit">
            Show history
          </button>
        </form>
        <p className="muted small">Every write of the object still in the event log (older entries are compacted away).</p>
      </Section>
      <ErrorNote error={error} />
      {name && !entries && !error && <p className="muted">Loading…</p>}
      {entries && entries.length === 0 && <p className="muted">No revisions of this object in the event log.</p>}
      {entries && entries.length > 0 && (
        <div className="history">
          <Section title={`Revisions (${entries.length})`}>
            <ol className="revisions" aria-label="Revisions">
              {entries.map((e, i) => (
                <li key={e.revision}>
                  <button className={`rev${i === selected ? ' rev-on' : ''}`} onClick={() => setParams({ rev: e.revision })}>
                    <Badge tone={e.type === 'ADDED' ? 'ok' : e.type === 'DELETED' ? 'bad' : 'muted'}>{e.type}</Badge> <span>rev {e.revision}</span>
                    <span className="muted small rev-meta">
                      {new Date(e.timestamp).toLocaleTimeString()}
                      {e.object?.metadata?.generation ? ` · generation ${e.object.metadata.generation}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </Section>
          <Section title={selected > 0 ? `Changes in revision ${entries[selected]!.revision} (since ${entries[selected - 1]!.revision})` : `Revision ${entries[selected]!.revision} (as created)`}>
            <pre className="diff" aria-label="Diff">
              {diff?.map((l, i) => (
                <div key={i} className={`diff-${l.op === '+' ? 'add' : l.op === '-' ? 'del' : l.op === '…' ? 'fold' : 'same'}`}>
                  {l.op === '…' ? `  ⋯ ${l.text}` : `${l.op} ${l.text}`}
                </div>
              ))}
            </pre>
          </Section>
        </div>
      )}
    </div>
  );
}
