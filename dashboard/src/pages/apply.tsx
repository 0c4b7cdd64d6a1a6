/**
 * Paste or upload Kubernetes YAML and apply it; each object's result (created, configured,
 * unchanged) or the error, with its code, field paths and the document it came from, inline.
 */
import { useState } from 'react';
import { Badge, Link, Section } from '../components/ui.tsx';
import { useCluster } from '../lib/context.tsx';
import { ApiError, fieldErrors } from '../lib/graphql.ts';
import { enc, href } from '../lib/router.ts';
import { ApplyDocument } from '../../../api/generated/operations.ts';


const EXAMPLE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
  namespace: default
spec:
  replicas: 2
  selector:
    matchLabels: { app: hello }
  template:
    metadata:
      labels: { app: hello }
    spec:
      containers:
        - name: hello
          image: busybox
          command: ["sh", "-c", "echo hello from $HOSTNAME; while true; do date; sleep 5; done"]
          resources:
            requests: { cpu: 50m, memory: 32Mi }
`;

interface Result {
  kind: string;
  namespace: string | null;
  name: string;
  action: 'CREATED' | 'CONFIGURED' | 'UNCHANGED';
}

function linkFor(r: Result): string | null {
  if (r.kind === 'Deployment') return `/workloads/${enc(r.namespace!)}/${enc(r.name)}`;
  if (r.kind === 'Pod') return `/pods/${enc(r.namespace!)}/${enc(r.name)}`;
  if (r.kind === 'Node') return `/nodes/${enc(r.name)}`;
  if (r.kind === 'Secret') return `/config/secrets/${enc(r.namespace!)}/${enc(r.name)}`;
  if (r.kind === 'ConfigMap') return `/config/configmaps/${enc(r.namespace!)}/${enc(r.name)}`;
  if (r.kind === 'Service') return `/services`;
  return null;
}

export function ApplyPage() {
  const { api } = useCluster();
  const [text, setText] = useState('');
  const [namespace, setNamespace] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<{ dryRun: boolean; items: Result[] } | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);

  const apply = async () => {
    setBusy(true);
    setError(null);
    setResults(null);
    try {
      const d = await api.request(ApplyDocument, { manifests: text, namespace: namespace || null, dryRun });
      setResults({ dryRun, items: d.apply });
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <h1>Apply</h1>
      <Section title="Kubernetes YAML">
        <p className="muted">One or more documents separated by <code>---</code>. Every document is checked before anything is written.</p>
        <textarea
          className="yaml"
          aria-label="Manifests"
          spellCheck={false}
          rows={Math.min(32, Math.max(16, text.split('\n').length + 1))}
          value={text}
          placeholder={EXAMPLE}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void apply();
          }}
        />
        <div className="apply-bar">
          <label className="btn">
            Upload a file…
            <input
              type="file"
              accept=".yaml,.yml,.json,text/yaml"
              hidden
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) setText(await file.text());
                e.target.value = '';
              }}
            />
          </label>
          <button className="btn" onClick={() => setText(EXAMPLE)}>
            Insert an example
          </button>
          <input className="filter" placeholder="namespace for documents without one" aria-label="Default namespace" value={namespace} onChange={(e) => setNamespace(e.target.value)} />
          <label>
            <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} /> Dry run
          </label>
          <button className="btn btn-primary" disabled={busy || !text.trim()} onClick={() => void apply()}>
            {busy ? 'Applying…' : dryRun ? 'Check' : 'Apply'}
          </button>
        </div>
      </Section>
      {error && (
        <Section title="Not applied">
          <div className="apply-error" role="alert">
            {error instanceof ApiError ? (
              error.errors.map((e, i) => (
                <div key={i} className="apply-error-item">
                  <Badge tone="bad">{String(e.extensions?.code ?? 'ERROR')}</Badge> <span>{e.message}</span>
                  {fieldErrors(e).length > 0 && (
                    <ul className="field-errors" aria-label="Invalid fields">
                      {fieldErrors(e).map((f) => (
                        <li key={f.field}>
                          <code>{f.field}</code>
                          {f.message && <span className="muted">: {f.message}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))
            ) : (
              <p>{error.message}</p>
            )}
            <p className="muted small">Nothing was written.</p>
          </div>
        </Section>
      )}
      {results && (
        <Section title={results.dryRun ? 'Would apply (dry run, nothing written)' : 'Applied'}>
          <table className="table" aria-label="Apply results">
            <thead>
              <tr>
                <th>Kind</th>
                <th>Object</th>
                <th>Result</th>
              </tr>
            </thead>
            <tbody>
              {results.items.map((r) => {
                const to = linkFor(r);
                const label = `${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
                return (
                  <tr key={`${r.kind}/${label}`}>
                    <td>{r.kind}</td>
                    <td>{to && !results.dryRun ? <Link to={href(to)}>{label}</Link> : label}</td>
                    <td>
                      <Badge tone={r.action === 'UNCHANGED' ? 'muted' : 'ok'}>{r.action.toLowerCase()}</Badge>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Section>
      )}
    </div>
  );
}
