/** Services with their cluster IPs, ports and the endpoints behind them (ready and not ready). */
import { useMemo } from 'react';
import { Badge, Labels, Link, Section } from '../components/ui.tsx';
import { useFiltered, useObjects, type Filters } from '../lib/context.tsx';
import type { K8sObject } from '../lib/kinds.ts';
import { enc, href } from '../lib/router.ts';

function ports(svc: K8sObject): string {
  return (svc.spec?.ports ?? [])
    .map((p: any) => `${p.name ? `${p.name} ` : ''}${p.port}${p.targetPort !== undefined && p.targetPort !== null && String(p.targetPort) !== String(p.port) ? `→${p.targetPort}` : ''}${p.nodePort ? ` (node ${p.nodePort})` : ''}/${p.protocol ?? 'TCP'}`)
    .join(', ');
}

function Addresses({ list, tone }: { list: any[]; tone: string }) {
  return (
    <>
      {list.map((a) => (
        <span key={a.ip + (a.targetRef?.name ?? '')} className={`chip chip-${tone}`}>
          {a.targetRef?.kind === 'Pod' ? <Link to={href(`/pods/${enc(a.targetRef.namespace)}/${enc(a.targetRef.name)}`)}>{a.ip}</Link> : a.ip}
        </span>
      ))}
    </>
  );
}

export function ServicesPage({ filters }: { filters: Filters }) {
  const services = useObjects('Service');
  const endpoints = useObjects('Endpoints');
  const { items, error } = useFiltered(services.items, filters, { namespaced: true });
  const epByName = useMemo(() => new Map(endpoints.items.map((e) => [`${e.metadata.namespace}/${e.metadata.name}`, e])), [endpoints.items]);

  return (
    <div className="page">
      <h1>
        Services <span className="muted small">{items.length}</span>
      </h1>
      {error && <p className="error">Label selector: {error}</p>}
      <Section title="Services and endpoints">
        {items.length === 0 ? (
          <p className="muted">{services.synced ? 'No Services match.' : 'Loading…'}</p>
        ) : (
          <table className="table" aria-label="Services">
            <thead>
              <tr>
                <th>Service</th>
                <th>Type</th>
                <th>Cluster IP</th>
                <th>Ports</th>
                <th>Selector</th>
                <th>Endpoints</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => {
                const ep = epByName.get(`${s.metadata.namespace}/${s.metadata.name}`);
                const ready = (ep?.subsets ?? []).flatMap((ss: any) => ss.addresses ?? []);
                const notReady = (ep?.subsets ?? []).flatMap((ss: any) => ss.notReadyAddresses ?? []);
                const epPorts = [...new Set((ep?.subsets ?? []).flatMap((ss: any) => (ss.ports ?? []).map((p: any) => p.port)))];
                return (
                  <tr key={s.metadata.uid}>
                    <td>
                      <span className="muted">{s.metadata.namespace}/</span>
                      {s.metadata.name}
                    </td>
                    <td>
                      <Badge tone="muted">{s.spec?.type ?? 'ClusterIP'}</Badge>
                    </td>
                    <td>{s.spec?.clusterIP ?? ''}</td>
                    <td className="wrap">{ports(s)}</td>
                    <td>
                      <Labels labels={s.spec?.selector} />
                    </td>
                    <td className="wrap">
                      {ready.length === 0 && notReady.length === 0 ? (
                        <span className="muted">none</span>
                      ) : (
                        <span className="chips">
                          <Addresses list={ready} tone="ok" />
                          <Addresses list={notReady} tone="warn" />
                          {epPorts.length > 0 && <span className="muted small"> port {epPorts.join(', ')}</span>}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p className="muted small">Green: ready addresses; amber: not ready.</p>
      </Section>
    </div>
  );
}
