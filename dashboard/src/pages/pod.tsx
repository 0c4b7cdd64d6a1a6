/** One pod: its containers and their states, measured usage, conditions, events, why it is pending, its logs. */
import { useEffect, useState } from 'react';
import { EventsTable } from '../components/events-table.tsx';
import { LogView } from '../components/log-view.tsx';
import { Badge, Conditions, ConfirmDialog, ErrorNote, KeyValues, Labels, Link, Section, YamlLink, type ConfirmRequest } from '../components/ui.tsx';
import { useCluster, useNow, useObject, useObjects } from '../lib/context.tsx';
import { age, formatBytes, formatCpu } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { controllerOf, podReady, podRestarts, podStatus } from '../lib/pods.ts';
import { enc, href, navigate, useLocation } from '../lib/router.ts';
import { usePodUsage } from '../lib/usage.ts';
import { DeletePodDocument, ExplainSchedulingDocument } from '../../../api/generated/operations.ts';



function stateText(state: any): { label: string; detail: string } {
  if (!state) return { label: 'Not started', detail: '' };
  if (state.running) return { label: 'Running', detail: state.running.startedAt ? `since ${new Date(state.running.startedAt).toLocaleString()}` : '' };
  if (state.waiting) return { label: state.waiting.reason ?? 'Waiting', detail: state.waiting.message ?? '' };
  if (state.terminated) {
    const t = state.terminated;
    return { label: t.reason ?? 'Terminated', detail: `exit code ${t.exitCode}${t.signal ? `, signal ${t.signal}` : ''}${t.message ? `: ${t.message}` : ''}` };
  }
  return { label: 'Unknown', detail: '' };
}

function SchedulingExplanation({ pod }: { pod: K8sObject }) {
  const { api } = useCluster();
  const [result, setResult] = useState<any>(null);
  const [error, setError] = useState<unknown>(null);
  const ns = pod.metadata.namespace!;
  const name = pod.metadata.name;
  const rv = pod.metadata.resourceVersion;
  useEffect(() => {
    let cancelled = false;
    api.request(ExplainSchedulingDocument, { namespace: ns, name }).then(
      (d) => !cancelled && setResult(d.pod?.schedulingExplanation ?? null),
      (e) => !cancelled && setError(e),
    );
    return () => {
      cancelled = true;
    };
  }, [api, ns, name, rv]);
  if (error) return <ErrorNote error={error} />;
  if (!result) return <p className="muted">Asking the scheduler…</p>;
  return (
    <div>
      <p className="explain-msg">{result.message ?? (result.nodeName ? `The scheduler would place it on ${result.nodeName}.` : 'No verdict.')}</p>
      {result.nodes?.length > 0 && (
        <table className="table" aria-label="Per node">
          <thead>
            <tr>
              <th>Node</th>
              <th>Fits</th>
              <th>Rejected by</th>
              <th>Reasons</th>
              <th>Score</th>
            </tr>
          </thead>
          <tbody>
            {result.nodes.slice(0, 100).map((n: any) => (
              <tr key={n.node}>
                <td>{n.node}</td>
                <td>
                  <Badge tone={n.feasible ? 'ok' : 'bad'}>{n.feasible ? 'yes' : 'no'}</Badge>
                </td>
                <td>{n.failedPlugin ?? ''}</td>
                <td className="wrap">{n.reasons.join('; ')}</td>
                <td>{n.totalScore ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function PodPage({ namespace, name }: { namespace: string; name: string }) {
  const { api } = useCluster();
  const now = useNow();
  const loc = useLocation();
  const pods = useObjects('Pod');
  const pod = useObject('Pod', namespace, name);
  const { usage } = usePodUsage(namespace, name);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  if (!pod) {
    return (
      <div className="page">
        <h1>
          Pod {namespace}/{name}
        </h1>
        <p className="muted">{pods.synced ? 'No such pod (it may have been deleted).' : 'Loading…'}</p>
        <Link to={href('/pods')}>All pods</Link>
      </div>
    );
  }

  const containers: any[] = pod.spec?.containers ?? [];
  const statuses: any[] = pod.status?.containerStatuses ?? [];
  const container = loc.params.get('container') ?? containers[0]?.name ?? '';
  const previous = loc.params.get('previous') === '1';
  const owner = controllerOf(pod);
  const ready = podReady(pod);
  const pending = !pod.spec?.nodeName;

  return (
    <div className="page">
      <div className="crumbs">
        <Link to={href('/pods')}>Pods</Link> / {namespace}
      </div>
      <div className="page-head">
        <h1>
          {name} <Badge>{podStatus(pod)}</Badge>
        </h1>
        <span className="head-actions">
        <YamlLink kind="Pod" namespace={namespace} name={name} />
        <Link to={href(`/pods/${enc(namespace)}/${enc(name)}/terminal`)} className="btn">
          Terminal
        </Link>
        <button
          className="btn btn-danger"
          onClick={() =>
            setConfirm({
              title: `Delete pod ${name}`,
              body: <p>Delete the pod {namespace}/{name}. A controller that owns it will replace it.</p>,
              confirmLabel: 'Delete',
              danger: true,
              run: async () => {
                await api.request(DeletePodDocument, { namespace, name });
                navigate(href('/pods'));
              },
            })
          }
        >
          Delete
        </button>
        </span>
      </div>
      <div className="grid-2">
        <Section title="Pod">
          <KeyValues
            rows={[
              ['Phase', pod.status?.phase ?? 'Pending'],
              ['Ready', `${ready.ready}/${ready.total} containers`],
              ['Restarts', String(podRestarts(pod))],
              [
                'Usage',
                usage ? (
                  <span key="u">
                    CPU {formatCpu(usage.cpu)} · memory {formatBytes(usage.memory)}{' '}
                    <span className="muted small">
                      over {usage.window}, {age(usage.timestamp, now)} ago
                    </span>
                  </span>
                ) : (
                  <span className="muted" key="u">
                    {pod.status?.phase === 'Running' ? 'not reported yet (the node reports every 15 s)' : 'none (not running)'}
                  </span>
                ),
              ],
              ['Node', pod.spec?.nodeName ? <Link to={href(`/nodes/${enc(pod.spec.nodeName)}`)}>{pod.spec.nodeName}</Link> : <span className="muted">not scheduled</span>],
              ['Pod IP', pod.status?.podIP ?? null],
              ['Owner', owner ? `${owner.kind}/${owner.name}` : null],
              ['Labels', <Labels labels={pod.metadata.labels} />],
              ['Created', `${age(pod.metadata.creationTimestamp, now)} ago`],
              ['History', <Link to={`/history?kind=Pod&ns=${enc(namespace)}&name=${enc(name)}`}>revisions and diffs</Link>],
            ]}
          />
        </Section>
        <Section title="Conditions">
          <Conditions conditions={pod.status?.conditions} now={now} />
        </Section>
      </div>
      {pending && (
        <Section title="Why is it pending?">
          <SchedulingExplanation pod={pod} />
        </Section>
      )}
      <Section title={`Containers (${containers.length})`}>
        <table className="table" aria-label="Containers">
          <thead>
            <tr>
              <th>Name</th>
              <th>Image / command</th>
              <th>State</th>
              <th>Ready</th>
              <th>Restarts</th>
              <th>CPU</th>
              <th>Memory</th>
              <th>Last state</th>
            </tr>
          </thead>
          <tbody>
            {containers.map((c) => {
              const s = statuses.find((x) => x.name === c.name);
              const st = stateText(s?.state);
              const last = s?.lastState && (s.lastState.terminated || s.lastState.waiting) ? stateText(s.lastState) : null;
              const cu = usage?.containers?.get(c.name);
              return (
                <tr key={c.name}>
                  <td>{c.name}</td>
                  <td className="wrap">
                    {c.image && <div>{c.image}</div>}
                    {(c.command || c.args) && <code className="small">{[...(c.command ?? []), ...(c.args ?? [])].join(' ')}</code>}
                  </td>
                  <td>
                    <Badge>{st.label}</Badge> <span className="muted small">{st.detail}</span>
                  </td>
                  <td>{s ? (s.ready ? 'yes' : 'no') : '—'}</td>
                  <td>{s?.restartCount ?? 0}</td>
                  <td>{cu ? formatCpu(cu.cpu) : '—'}</td>
                  <td>{cu ? formatBytes(cu.memory) : '—'}</td>
                  <td className="muted small">{last ? `${last.label} ${last.detail}` : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>
      <Section title="Logs">
        {pending ? (
          <p className="muted">The pod has not started yet.</p>
        ) : (
          <LogView namespace={namespace} name={name} containers={containers.map((c) => c.name)} container={container} previous={previous} />
        )}
      </Section>
      <Section title="Events">
        <EventsTable kind="Pod" namespace={namespace} name={name} uid={pod.metadata.uid} now={now} />
      </Section>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  );
}
