/** ConfigMaps and Secrets; a Secret's values stay hidden until asked for, then shown decoded. */
import { useState } from 'react';
import { Badge, KeyValues, Labels, Link, Section, YamlLink } from '../components/ui.tsx';
import { useFiltered, useNow, useObject, useObjects, type Filters } from '../lib/context.tsx';
import { age, decodeBase64 } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { enc, href } from '../lib/router.ts';

function List({ title, kind, items, synced, now }: { title: string; kind: 'secrets' | 'configmaps'; items: K8sObject[]; synced: boolean; now: number }) {
  return (
    <Section title={`${title} (${items.length})`}>
      {items.length === 0 ? (
        <p className="muted">{synced ? 'None match.' : 'Loading…'}</p>
      ) : (
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th>Name</th>
              {kind === 'secrets' && <th>Type</th>}
              <th>Keys</th>
              <th>Age</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, 1000).map((o) => (
              <tr key={o.metadata.uid}>
                <td>
                  <Link to={href(`/config/${kind}/${enc(o.metadata.namespace!)}/${enc(o.metadata.name)}`)}>
                    <span className="muted">{o.metadata.namespace}/</span>
                    {o.metadata.name}
                  </Link>
                </td>
                {kind === 'secrets' && <td className="muted">{o.type ?? 'Opaque'}</td>}
                <td>{Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length}</td>
                <td>{age(o.metadata.creationTimestamp, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function ConfigPage({ filters }: { filters: Filters }) {
  const now = useNow();
  const configMaps = useObjects('ConfigMap');
  const secrets = useObjects('Secret');
  const cm = useFiltered(configMaps.items, filters, { namespaced: true });
  const sec = useFiltered(secrets.items, filters, { namespaced: true });
  return (
    <div className="page">
      <h1>Config &amp; Secrets</h1>
      {cm.error && <p className="error">Label selector: {cm.error}</p>}
      <div className="grid-2">
        <List title="ConfigMaps" kind="configmaps" items={cm.items} synced={configMaps.synced} now={now} />
        <List title="Secrets" kind="secrets" items={sec.items} synced={secrets.synced} now={now} />
      </div>
    </div>
  );
}

function SecretValue({ value }: { value: string }) {
  const [shown, setShown] = useState(false);
  return (
    <span className="secret">
      {shown ? <code className="secret-value">{decodeBase64(value)}</code> : <span className="muted">••••••••</span>}{' '}
      <button className="btn btn-small" onClick={() => setShown((s) => !s)}>
        {shown ? 'Hide' : 'Show'}
      </button>
    </span>
  );
}

export function ConfigObjectPage({ kind, namespace, name }: { kind: 'Secret' | 'ConfigMap'; namespace: string; name: string }) {
  const now = useNow();
  const all = useObjects(kind);
  const o = useObject(kind, namespace, name);
  if (!o) {
    return (
      <div className="page">
        <h1>
          {kind} {namespace}/{name}
        </h1>
        <p className="muted">{all.synced ? `No such ${kind}.` : 'Loading…'}</p>
      </div>
    );
  }
  const data: Record<string, string> = o.data ?? {};
  return (
    <div className="page">
      <div className="crumbs">
        <Link to={href('/config')}>Config &amp; Secrets</Link> / {namespace}
      </div>
      <div className="page-head">
        <h1>
          {name} <span className="muted small">{kind}</span> {o.immutable && <Badge tone="muted">immutable</Badge>}
        </h1>
        <YamlLink kind={kind} namespace={namespace} name={name} />
      </div>
      <Section title="Metadata">
        <KeyValues
          rows={[
            ...(kind === 'Secret' ? ([['Type', o.type ?? 'Opaque']] as [string, string][]) : []),
            ['Labels', <Labels key="l" labels={o.metadata.labels} />],
            ['Created', `${age(o.metadata.creationTimestamp, now)} ago`],
            ['History', <Link key="h" to={`/history?kind=${kind}&ns=${enc(namespace)}&name=${enc(name)}`}>revisions and diffs</Link>],
          ]}
        />
      </Section>
      <Section title={`Data (${Object.keys(data).length})`}>
        {Object.keys(data).length === 0 ? (
          <p className="muted">No data.</p>
        ) : (
          <table className="table" aria-label="Data">
            <tbody>
              {Object.entries(data)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, v]) => (
                  <tr key={k}>
                    <td className="key">{k}</td>
                    <td className="wrap">{kind === 'Secret' ? <SecretValue value={v} /> : <pre className="value">{v}</pre>}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
        {kind === 'ConfigMap' && Object.keys(o.binaryData ?? {}).length > 0 && <p className="muted">Binary keys: {Object.keys(o.binaryData).join(', ')}</p>}
      </Section>
    </div>
  );
}
