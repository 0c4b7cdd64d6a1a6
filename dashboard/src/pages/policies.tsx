/**
 * Policies, read-only: ResourceQuotas (used against hard per resource) and LimitRanges (per type
 * and resource, as `kubectl describe` lists them), which follow the namespace filter, and the
 * cluster's PriorityClasses (highest value first, the global default marked).
 */
import { useMemo } from 'react';
import { Badge, Bar, Section } from '../components/ui.tsx';
import { useFiltered, useNow, useObjects, type Filters } from '../lib/context.tsx';
import { age } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { byPriority, limitRangeRows, quotaRows } from '../lib/workloads.ts';

function Quota({ rq, now }: { rq: K8sObject; now: number }) {
  const rows = quotaRows(rq);
  const scopes = [...(rq.spec?.scopes ?? []), ...(rq.spec?.scopeSelector?.matchExpressions ?? []).map((e: any) => `${e.scopeName} ${e.operator}${e.values?.length ? ` (${e.values.join(',')})` : ''}`)];
  return (
    <div className="rs">
      <div className="rs-row">
        <span>
          <span className="muted">{rq.metadata.namespace}/</span>
          {rq.metadata.name}
        </span>
        {scopes.length > 0 && <span className="muted small">scopes: {scopes.join(', ')}</span>}
        <span className="muted small">{age(rq.metadata.creationTimestamp, now)}</span>
      </div>
      <table className="table table-compact" aria-label={`Quota ${rq.metadata.name}`}>
        <thead>
          <tr>
            <th>Resource</th>
            <th>Used</th>
            <th>Hard</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.resource}>
              <td>{r.resource}</td>
              <td>{r.used}</td>
              <td>{r.hard}</td>
              <td>
                <Bar value={r.fraction} max={1} tone={r.fraction >= 1 ? 'bad' : r.fraction > 0.8 ? 'warn' : 'ok'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Limits({ lr, now }: { lr: K8sObject; now: number }) {
  return (
    <div className="rs">
      <div className="rs-row">
        <span>
          <span className="muted">{lr.metadata.namespace}/</span>
          {lr.metadata.name}
        </span>
        <span className="muted small">{age(lr.metadata.creationTimestamp, now)}</span>
      </div>
      <table className="table table-compact" aria-label={`Limits ${lr.metadata.name}`}>
        <thead>
          <tr>
            <th>Type</th>
            <th>Resource</th>
            <th>Min</th>
            <th>Max</th>
            <th>Default request</th>
            <th>Default limit</th>
            <th>Max limit/request ratio</th>
          </tr>
        </thead>
        <tbody>
          {limitRangeRows(lr).map((r) => (
            <tr key={`${r.type}/${r.resource}`}>
              <td>{r.type}</td>
              <td>{r.resource}</td>
              <td>{r.min}</td>
              <td>{r.max}</td>
              <td>{r.defaultRequest}</td>
              <td>{r.defaultLimit}</td>
              <td>{r.ratio}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PoliciesPage({ filters }: { filters: Filters }) {
  const now = useNow();
  const classes = useObjects('PriorityClass');
  const { items, error } = useFiltered(classes.items, filters);
  const sorted = useMemo(() => [...items].sort(byPriority), [items]);
  const quotas = useObjects('ResourceQuota');
  const limits = useObjects('LimitRange');
  const rq = useFiltered(quotas.items, filters, { namespaced: true }).items;
  const lr = useFiltered(limits.items, filters, { namespaced: true }).items;
  return (
    <div className="page">
      <h1>Policies</h1>
      {error && <p className="error">Label selector: {error}</p>}
      <Section title={`ResourceQuotas (${rq.length})`}>
        {rq.length === 0 ? <p className="muted">{quotas.synced ? 'No ResourceQuotas match.' : 'Loading…'}</p> : rq.map((q) => <Quota key={q.metadata.uid} rq={q} now={now} />)}
      </Section>
      <Section title={`LimitRanges (${lr.length})`}>
        {lr.length === 0 ? <p className="muted">{limits.synced ? 'No LimitRanges match.' : 'Loading…'}</p> : lr.map((l) => <Limits key={l.metadata.uid} lr={l} now={now} />)}
      </Section>
      <Section title={`PriorityClasses (${sorted.length})`}>
        {sorted.length === 0 ? (
          <p className="muted">{classes.synced ? 'No PriorityClasses match.' : 'Loading…'}</p>
        ) : (
          <table className="table" aria-label="PriorityClasses">
            <thead>
              <tr>
                <th>Name</th>
                <th>Value</th>
                <th>Global default</th>
                <th>Preemption policy</th>
                <th>Description</th>
                <th>Age</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((pc) => (
                <tr key={pc.metadata.uid}>
                  <td>
                    {pc.metadata.name} {pc.globalDefault && <Badge tone="ok">default</Badge>}
                  </td>
                  <td>{pc.value}</td>
                  <td>{pc.globalDefault ? 'true' : 'false'}</td>
                  <td>{pc.preemptionPolicy ?? 'PreemptLowerPriority'}</td>
                  <td className="wrap muted">{pc.description ?? ''}</td>
                  <td>{age(pc.metadata.creationTimestamp, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted small">A pod names its class in spec.priorityClassName; pods without one get the global default's value, or 0.</p>
      </Section>
    </div>
  );
}
