/**
 * Deployments → their ReplicaSets → their Pods, with rollout progress, and a Deployment's page
 * with its actions (scale, restart, undo, delete), each confirmed first.
 */
import { useMemo, useState } from 'react';
import { Badge, Bar, Conditions, ConfirmDialog, KeyValues, Labels, Link, Section, YamlLink, type ConfirmRequest } from '../components/ui.tsx';
import { useCluster, useFiltered, useNow, useObject, useObjects, type Filters } from '../lib/context.tsx';
import { age } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { selectorText } from '../lib/labels.ts';
import { controllerOf, podReady, podRestarts, podStatus } from '../lib/pods.ts';
import { enc, href, navigate, useLocation } from '../lib/router.ts';
import { WORKLOAD_KINDS } from '../lib/workloads.ts';
import { WorkloadTable } from './controllers.tsx';
import { DeleteDeploymentDocument, RestartDeploymentDocument, ScaleDeploymentDocument, UndoDeploymentDocument } from '../../../api/generated/operations.ts';

const REVISION = 'deployment.kubernetes.io/revision';

/** ReplicaSets by owning Deployment uid, pods by owning ReplicaSet uid. */
function useOwnership() {
  const rs = useObjects('ReplicaSet');
  const pods = useObjects('Pod');
  return useMemo(() => {
    const rsByOwner = new Map<string, K8sObject[]>();
    for (const r of rs.items) {
      const owner = controllerOf(r);
      if (!owner) continue;
      const list = rsByOwner.get(owner.uid) ?? [];
      list.push(r);
      rsByOwner.set(owner.uid, list);
    }
    for (const list of rsByOwner.values()) list.sort((a, b) => revision(b) - revision(a));
    const podsByOwner = new Map<string, K8sObject[]>();
    for (const p of pods.items) {
      const owner = controllerOf(p);
      if (!owner) continue;
      const list = podsByOwner.get(owner.uid) ?? [];
      list.push(p);
      podsByOwner.set(owner.uid, list);
    }
    for (const list of podsByOwner.values()) list.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    return { rsByOwner, podsByOwner };
  }, [rs.items, pods.items]);
}

const revision = (rs: K8sObject) => Number(rs.metadata.annotations?.[REVISION] ?? 0);

function Progress({ d }: { d: K8sObject }) {
  const want = d.spec?.replicas ?? 0;
  const s = d.status ?? {};
  const ready = s.readyReplicas ?? 0;
  const updated = s.updatedReplicas ?? 0;
  const rolling = updated < want || (s.replicas ?? 0) > want;
  return (
    <div className="progress">
      <Bar value={ready} max={want} label={`${ready}/${want} ready`} tone={ready >= want ? 'ok' : 'warn'} />
      {rolling && <span className="muted small">rolling out: {updated} of {want} updated</span>}
    </div>
  );
}

export function WorkloadsPage({ filters }: { filters: Filters }) {
  const now = useNow();
  const deployments = useObjects('Deployment');
  const { items, error } = useFiltered(deployments.items, filters, { namespaced: true });
  const { rsByOwner, podsByOwner } = useOwnership();
  // ?kind=statefulsets shows one kind; without it, every kind one under the other.
  const only = useLocation().params.get('kind') ?? '';
  const shown = WORKLOAD_KINDS.filter((k) => !only || k.plural === only);
  // A few Deployments are shown unfolded; many start folded. Either way a click flips one.
  const [flipped, setFlipped] = useState<Set<string>>(() => new Set());
  const unfoldAll = items.length <= 8;
  const toggle = (uid: string) =>
    setFlipped((s) => {
      const n = new Set(s);
      if (n.has(uid)) n.delete(uid);
      else n.add(uid);
      return n;
    });

  return (
    <div className="page">
      <h1>Workloads</h1>
      <nav className="tabs" aria-label="Workload kinds">
        <Link to={href('/workloads')} className={`tab${only ? '' : ' tab-on'}`}>
          All
        </Link>
        {WORKLOAD_KINDS.map((k) => (
          <Link key={k.plural} to={href('/workloads', { kind: k.plural })} className={`tab${only === k.plural ? ' tab-on' : ''}`}>
            {k.title}
          </Link>
        ))}
      </nav>
      {error && <p className="error">Label selector: {error}</p>}
      {shown.some((k) => k.kind === 'Deployment') && (
        <Section title={`Deployments (${items.length})`}>
          {items.length === 0 && <p className="muted">{deployments.synced ? 'No Deployments match.' : 'Loading…'}</p>}
          <div className="tree" aria-label="Deployments">
            {items.map((d) => {
              const sets = rsByOwner.get(d.metadata.uid) ?? [];
              const expanded = flipped.has(d.metadata.uid) !== unfoldAll;
              return (
                <div className="tree-item" key={d.metadata.uid}>
                  <div className="tree-row">
                    <button className="twisty" aria-label={expanded ? 'Collapse' : 'Expand'} onClick={() => toggle(d.metadata.uid)}>
                      {expanded ? '▾' : '▸'}
                    </button>
                    <Link to={href(`/workloads/${enc(d.metadata.namespace!)}/${enc(d.metadata.name)}`)} className="tree-name">
                      <span className="muted">{d.metadata.namespace}/</span>
                      {d.metadata.name}
                    </Link>
                    <Progress d={d} />
                    <span className="muted small">{sets.length} ReplicaSet{sets.length === 1 ? '' : 's'}</span>
                    <span className="muted small">{age(d.metadata.creationTimestamp, now)}</span>
                  </div>
                  {expanded && (
                    <div className="tree-children">
                      {sets.map((rs) => (
                        <ReplicaSetRow key={rs.metadata.uid} rs={rs} pods={podsByOwner.get(rs.metadata.uid) ?? []} now={now} />
                      ))}
                      {sets.length === 0 && <p className="muted small">No ReplicaSets yet.</p>}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </Section>
      )}
      {shown.map((k) => k.kind !== 'Deployment' && <WorkloadTable key={k.kind} kind={k.kind} filters={filters} now={now} besidesDeployments={!only} />)}
    </div>
  );
}

function ReplicaSetRow({ rs, pods, now }: { rs: K8sObject; pods: K8sObject[]; now: number }) {
  const want = rs.spec?.replicas ?? 0;
  const ready = rs.status?.readyReplicas ?? 0;
  return (
    <div className="rs">
      <div className="rs-row">
        <span className="chip">rev {revision(rs) || '?'}</span> <span>{rs.metadata.name}</span>
        <Bar value={ready} max={want} label={`${ready}/${want}`} tone={ready >= want ? 'ok' : 'warn'} />
      </div>
      {pods.length > 0 && (
        <table className="table table-compact" aria-label={`Pods of ${rs.metadata.name}`}>
          <tbody>
            {pods.map((p) => (
              <PodLine key={p.metadata.uid} pod={p} now={now} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function PodLine({ pod, now }: { pod: K8sObject; now: number }) {
  const r = podReady(pod);
  return (
    <tr>
      <td>
        <Link to={href(`/pods/${enc(pod.metadata.namespace!)}/${enc(pod.metadata.name)}`)}>{pod.metadata.name}</Link>
      </td>
      <td>
        <Badge>{podStatus(pod)}</Badge>
      </td>
      <td>
        {r.ready}/{r.total}
      </td>
      <td>{podRestarts(pod)} restarts</td>
      <td>{pod.spec?.nodeName ?? <span className="muted">unscheduled</span>}</td>
      <td>{pod.status?.podIP ?? ''}</td>
      <td>{age(pod.metadata.creationTimestamp, now)}</td>
    </tr>
  );
}


export function DeploymentPage({ namespace, name }: { namespace: string; name: string }) {
  const { api } = useCluster();
  const now = useNow();
  const d = useObject('Deployment', namespace, name);
  const deployments = useObjects('Deployment');
  const { rsByOwner, podsByOwner } = useOwnership();
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  if (!d) {
    return (
      <div className="page">
        <h1>
          Deployment {namespace}/{name}
        </h1>
        <p className="muted">{deployments.synced ? 'No such Deployment (it may have been deleted).' : 'Loading…'}</p>
        <Link to={href('/workloads')}>All workloads</Link>
      </div>
    );
  }
  const vars = { namespace, name };
  const sets = rsByOwner.get(d.metadata.uid) ?? [];
  const s: Partial<NonNullable<typeof d.status>> = d.status ?? {};
  const actions = (
    <>
      <button
        className="btn"
        onClick={() =>
          setConfirm({
            title: `Scale ${name}`,
            body: <p>How many pods should {name} run?</p>,
            confirmLabel: 'Scale',
            input: { label: 'Replicas', value: String(d.spec?.replicas ?? 1), type: 'number' },
            run: (v) => api.request(ScaleDeploymentDocument, { ...vars, replicas: Number(v) }),
          })
        }
      >
        Scale
      </button>
      <button
        className="btn"
        onClick={() =>
          setConfirm({
            title: `Restart ${name}`,
            body: <p>Replace every pod of {name} with a rolling update (sets the restartedAt annotation of its pod template).</p>,
            confirmLabel: 'Restart',
            run: () => api.request(RestartDeploymentDocument, { ...vars, patch: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': new Date().toISOString() } } } } } }),
          })
        }
      >
        Restart
      </button>
      <button
        className="btn"
        disabled={sets.length < 2}
        title={sets.length < 2 ? 'There is no earlier revision' : undefined}
        onClick={() =>
          setConfirm({
            title: `Undo the last rollout of ${name}`,
            body: <p>Roll {name} back to the pod template of its previous revision.</p>,
            confirmLabel: 'Undo',
            run: () => api.request(UndoDeploymentDocument, vars),
          })
        }
      >
        Undo
      </button>
      <button
        className="btn btn-danger"
        onClick={() =>
          setConfirm({
            title: `Delete ${name}`,
            body: <p>Delete the Deployment {namespace}/{name} and, through garbage collection, its ReplicaSets and pods.</p>,
            confirmLabel: 'Delete',
            danger: true,
            run: async () => {
              await api.request(DeleteDeploymentDocument, vars);
              navigate(href('/workloads'));
            },
          })
        }
      >
        Delete
      </button>
    </>
  );

  return (
    <div className="page">
      <div className="crumbs">
        <Link to={href('/workloads')}>Workloads</Link> / {namespace}
      </div>
      <div className="page-head">
        <h1>
          {name} <span className="muted small">Deployment</span>
        </h1>
        <YamlLink kind="Deployment" namespace={namespace} name={name} />
      </div>
      <div className="grid-2">
        <Section title="Rollout" actions={actions}>
          <KeyValues
            rows={[
              ['Replicas', <span key="r" data-testid="replicas">{d.spec?.replicas ?? 0} desired · {s.replicas ?? 0} current · {s.updatedReplicas ?? 0} up to date · {s.readyReplicas ?? 0} ready · {s.availableReplicas ?? 0} available</span>],
              ['Progress', <Progress key="p" d={d} />],
              ['Strategy', `${d.spec?.strategy?.type ?? 'RollingUpdate'}${d.spec?.strategy?.rollingUpdate ? ` (max surge ${d.spec.strategy.rollingUpdate.maxSurge}, max unavailable ${d.spec.strategy.rollingUpdate.maxUnavailable})` : ''}`],
              ['Selector', selectorText(d.spec?.selector?.matchLabels)],
              ['Images', (d.spec?.template?.spec?.containers ?? []).map((c: any) => c.image ?? c.name).join(', ')],
              ['Labels', <Labels key="l" labels={d.metadata.labels} />],
              ['Created', `${age(d.metadata.creationTimestamp, now)} ago`],
              ['History', <Link key="h" to={`/history?kind=Deployment&ns=${enc(namespace)}&name=${enc(name)}`}>revisions and diffs</Link>],
            ]}
          />
        </Section>
        <Section title="Conditions">
          <Conditions conditions={s.conditions} now={now} />
        </Section>
      </div>
      <Section title={`ReplicaSets (${sets.length})`}>
        {sets.map((rs) => (
          <ReplicaSetRow key={rs.metadata.uid} rs={rs} pods={podsByOwner.get(rs.metadata.uid) ?? []} now={now} />
        ))}
        {sets.length === 0 && <p className="muted">No ReplicaSets yet.</p>}
      </Section>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  );
}
