/**
 * The workload kinds besides Deployments (StatefulSets, DaemonSets, ReplicaSets,
 * ReplicationControllers, Jobs, CronJobs): a table per kind with kubectl's columns for the
 * Workloads page, and one page per object with its owned pods (by ownerReferences), conditions,
 * events and the actions the API has for it, each confirmed first.
 */
import { useState, type ReactNode } from 'react';
import { CreateJobDocument, ScaleControllerDocument, SuspendCronJobDocument } from '../../../api/generated/operations.ts';
import type { JobSpecInput } from '../../../api/generated/types.ts';
import { EventsTable } from '../components/events-table.tsx';
import { Badge, Bar, Conditions, ConfirmDialog, KeyValues, Labels, Link, Section, YamlLink, type ConfirmRequest } from '../components/ui.tsx';
import { useCluster, useFiltered, useObject, useObjects, useNow, type Filters } from '../lib/context.tsx';
import { age } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { selectorText } from '../lib/labels.ts';
import { controllerOf, podReady, podRestarts, podStatus } from '../lib/pods.ts';
import { enc, href, navigate } from '../lib/router.ts';
import { inputSelection, jobFromCronJob, schemaTypesOf } from '../lib/selection.ts';
import type { Api } from '../lib/graphql.ts';
import {
  cronActive,
  cronLastSchedule,
  jobCompletions,
  jobDuration,
  jobStatus,
  ownedBy,
  isScalable,
  selectorOf,
  suspended,
  workloadPlural,
  workloadReady,
  WORKLOAD_KINDS,
  type WorkloadKind,
} from '../lib/workloads.ts';

type ControllerKind = Exclude<WorkloadKind, 'Deployment'>;

export function workloadHref(kind: WorkloadKind, o: K8sObject): string {
  if (kind === 'Deployment') return href(`/workloads/${enc(o.metadata.namespace!)}/${enc(o.metadata.name)}`);
  return href(`/workloads/${workloadPlural(kind)}/${enc(o.metadata.namespace!)}/${enc(o.metadata.name)}`);
}

function NameCell({ kind, o }: { kind: WorkloadKind; o: K8sObject }) {
  return (
    <Link to={workloadHref(kind, o)}>
      <span className="muted">{o.metadata.namespace}/</span>
      {o.metadata.name}
    </Link>
  );
}

function ReadyCell({ kind, o }: { kind: string; o: K8sObject }) {
  const r = workloadReady(kind, o);
  return <Bar value={r.ready} max={r.desired} label={r.text} tone={r.ready >= r.desired ? 'ok' : 'warn'} />;
}

const images = (template: any): string => (template?.spec?.containers ?? []).map((c: any) => c.image ?? c.name).join(', ');

/** The columns of each kind: kubectl get's, plus images. */
const COLUMNS: Record<ControllerKind, { title: string; cell(o: K8sObject, now: number): ReactNode }[]> = {
  StatefulSet: [
    { title: 'Ready', cell: (o) => <ReadyCell kind="StatefulSet" o={o} /> },
    { title: 'Up-to-date', cell: (o) => o.status?.updatedReplicas ?? 0 },
    { title: 'Images', cell: (o) => <span className="muted">{images(o.spec?.template)}</span> },
  ],
  DaemonSet: [
    { title: 'Desired', cell: (o) => o.status?.desiredNumberScheduled ?? 0 },
    { title: 'Current', cell: (o) => o.status?.currentNumberScheduled ?? 0 },
    { title: 'Ready', cell: (o) => <ReadyCell kind="DaemonSet" o={o} /> },
    { title: 'Up-to-date', cell: (o) => o.status?.updatedNumberScheduled ?? 0 },
    { title: 'Available', cell: (o) => o.status?.numberAvailable ?? 0 },
  ],
  ReplicaSet: [
    { title: 'Desired', cell: (o) => o.spec?.replicas ?? 1 },
    { title: 'Current', cell: (o) => o.status?.replicas ?? 0 },
    { title: 'Ready', cell: (o) => <ReadyCell kind="ReplicaSet" o={o} /> },
    { title: 'Owner', cell: (o) => <span className="muted">{(o.metadata.ownerReferences ?? []).find((r) => r.controller)?.name ?? ''}</span> },
  ],
  ReplicationController: [
    { title: 'Desired', cell: (o) => o.spec?.replicas ?? 1 },
    { title: 'Current', cell: (o) => o.status?.replicas ?? 0 },
    { title: 'Ready', cell: (o) => <ReadyCell kind="ReplicationController" o={o} /> },
  ],
  Job: [
    { title: 'Status', cell: (o) => <Badge tone={JOB_TONE[jobStatus(o)]}>{jobStatus(o)}</Badge> },
    { title: 'Completions', cell: (o) => jobCompletions(o) },
    { title: 'Duration', cell: (o, now) => jobDuration(o, now) },
  ],
  CronJob: [
    { title: 'Schedule', cell: (o) => <code>{o.spec?.schedule}</code> },
    { title: 'Timezone', cell: (o) => o.spec?.timeZone ?? <span className="muted">&lt;none&gt;</span> },
    { title: 'Suspend', cell: (o) => (suspended(o) ? <Badge tone="warn">True</Badge> : 'False') },
    { title: 'Active', cell: (o) => cronActive(o) },
    { title: 'Last schedule', cell: (o, now) => cronLastSchedule(o, now) },
  ],
};

const JOB_TONE: Record<string, string> = { Complete: 'done', Failed: 'bad', Running: 'ok', Suspended: 'warn', Terminating: 'warn', FailureTarget: 'bad', SuccessCriteriaMet: 'done' };

/**
 * One kind's table on the Workloads page. With `besidesDeployments`, ReplicaSets a Deployment
 * controls are left out (the Deployments above show them) and counted in a note.
 */
export function WorkloadTable({ kind, filters, now, besidesDeployments }: { kind: ControllerKind; filters: Filters; now: number; besidesDeployments?: boolean }) {
  const all = useObjects(kind);
  const filtered = useFiltered(all.items, filters, { namespaced: true }).items;
  const items = besidesDeployments ? filtered.filter((o) => controllerOf(o)?.kind !== 'Deployment') : filtered;
  const hidden = filtered.length - items.length;
  const title = WORKLOAD_KINDS.find((k) => k.kind === kind)!.title;
  const cols = COLUMNS[kind];
  return (
    <Section title={`${title} (${items.length})`}>
      {items.length === 0 ? (
        <p className="muted">{!all.synced ? 'Loading…' : hidden ? `Only ${title} of Deployments (${hidden}), shown under them above.` : `No ${title} match.`}</p>
      ) : (
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th>Name</th>
              {cols.map((c) => (
                <th key={c.title}>{c.title}</th>
              ))}
              <th>Age</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, 1000).map((o) => (
              <tr key={o.metadata.uid}>
                <td>
                  <NameCell kind={kind} o={o} />
                </td>
                {cols.map((c) => (
                  <td key={c.title}>{c.cell(o, now)}</td>
                ))}
                <td>{age(o.metadata.creationTimestamp, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hidden > 0 && items.length > 0 && (
        <p className="muted small">
          {hidden} more of Deployments, shown under them above (<Link to={href('/workloads', { kind: 'replicasets' })}>all ReplicaSets</Link>).
        </p>
      )}
    </Section>
  );
}

export function PodsTable({ pods, now, label }: { pods: K8sObject[]; now: number; label: string }) {
  if (pods.length === 0) return <p className="muted">No pods.</p>;
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th>Name</th>
          <th>Status</th>
          <th>Ready</th>
          <th>Restarts</th>
          <th>Node</th>
          <th>IP</th>
          <th>Age</th>
        </tr>
      </thead>
      <tbody>
        {pods.map((pod) => {
          const r = podReady(pod);
          return (
            <tr key={pod.metadata.uid}>
              <td>
                <Link to={href(`/pods/${enc(pod.metadata.namespace!)}/${enc(pod.metadata.name)}`)}>{pod.metadata.name}</Link>
              </td>
              <td>
                <Badge>{podStatus(pod)}</Badge>
              </td>
              <td>
                {r.ready}/{r.total}
              </td>
              <td>{podRestarts(pod)}</td>
              <td>{pod.spec?.nodeName ?? <span className="muted">unscheduled</span>}</td>
              <td>{pod.status?.podIP ?? ''}</td>
              <td>{age(pod.metadata.creationTimestamp, now)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}


/** Creates a Job from the CronJob's job template now, as `kubectl create job --from=cronjob/…`. */
async function runCronJobNow(api: Api, cj: K8sObject, jobName: string): Promise<void> {
  const spec = inputSelection(await schemaTypesOf(api), 'JobSpec', 'JobSpecInput');
  const query = `query CronJobTemplate($namespace: String!, $name: String!) {
  cronJob(namespace: $namespace, name: $name) { spec { jobTemplate { metadata { labels annotations } spec { ${spec} } } } }
}`;
  const namespace = cj.metadata.namespace;
  if (!namespace) throw new Error(`the CronJob ${cj.metadata.name} has no namespace`);
  // The selection is built from the schema at run time (every field JobSpecInput accepts), so
  // its result is typed here: the job template's spec, as a Job's input.
  const d = await api.request<{ cronJob: { spec: { jobTemplate: { metadata?: { labels?: Record<string, string> | null; annotations?: Record<string, string> | null } | null; spec: JobSpecInput } } } | null }>(
    query,
    { namespace, name: cj.metadata.name },
  );
  if (!d.cronJob) throw new Error(`the CronJob ${namespace}/${cj.metadata.name} is gone`);
  const job = jobFromCronJob(cj, d.cronJob.spec.jobTemplate, jobName);
  await api.request(CreateJobDocument, { namespace, job });
}

const deleteDocument = (kind: ControllerKind) => `mutation Delete($namespace: String!, $name: String!) {
  delete${kind}(namespace: $namespace, name: $name, propagationPolicy: Background) { metadata { name } }
}`;

/** The rows of a workload's summary that depend on its kind. */
function summaryRows(kind: ControllerKind, o: K8sObject, now: number): [string, ReactNode][] {
  const s = o.status ?? {};
  switch (kind) {
    case 'StatefulSet':
      return [
        ['Replicas', <span key="r" data-testid="replicas">{o.spec?.replicas ?? 1} desired · {s.replicas ?? 0} current · {s.updatedReplicas ?? 0} up to date · {s.readyReplicas ?? 0} ready · {s.availableReplicas ?? 0} available</span>],
        ['Service', o.spec?.serviceName || <span className="muted">none</span>],
        ['Pod management', o.spec?.podManagementPolicy ?? 'OrderedReady'],
        ['Update strategy', `${o.spec?.updateStrategy?.type ?? 'RollingUpdate'}${o.spec?.updateStrategy?.rollingUpdate?.partition ? ` (partition ${o.spec.updateStrategy.rollingUpdate.partition})` : ''}`],
        ['Revisions', s.currentRevision ? `current ${s.currentRevision}${s.updateRevision && s.updateRevision !== s.currentRevision ? `, updating to ${s.updateRevision}` : ''}` : null],
      ];
    case 'DaemonSet':
      return [
        ['Nodes', <span key="r" data-testid="replicas">{s.desiredNumberScheduled ?? 0} desired · {s.currentNumberScheduled ?? 0} current · {s.updatedNumberScheduled ?? 0} up to date · {s.numberReady ?? 0} ready · {s.numberAvailable ?? 0} available · {s.numberMisscheduled ?? 0} misscheduled</span>],
        ['Update strategy', o.spec?.updateStrategy?.type ?? 'RollingUpdate'],
      ];
    case 'ReplicaSet':
    case 'ReplicationController':
      return [['Replicas', <span key="r" data-testid="replicas">{o.spec?.replicas ?? 1} desired · {s.replicas ?? 0} current · {s.readyReplicas ?? 0} ready · {s.availableReplicas ?? 0} available</span>]];
    case 'Job':
      return [
        ['Status', <Badge key="s" tone={JOB_TONE[jobStatus(o)]}>{jobStatus(o)}</Badge>],
        ['Completions', <span key="c" data-testid="completions">{jobCompletions(o)} · {s.active ?? 0} active · {s.failed ?? 0} failed</span>],
        ['Parallelism', o.spec?.parallelism ?? 1],
        ['Duration', jobDuration(o, now) || <span className="muted">not started</span>],
        ['Backoff limit', o.spec?.backoffLimit ?? 6],
        ...(o.spec?.activeDeadlineSeconds ? ([['Deadline', `${o.spec.activeDeadlineSeconds}s`]] as [string, ReactNode][]) : []),
      ];
    case 'CronJob':
      return [
        ['Schedule', <code key="s">{o.spec?.schedule}</code>],
        ['Timezone', o.spec?.timeZone ?? <span className="muted">the workers' local zone</span>],
        ['Suspend', <span key="u" data-testid="suspend">{suspended(o) ? 'True' : 'False'}</span>],
        ['Concurrency', o.spec?.concurrencyPolicy ?? 'Allow'],
        ['Last schedule', cronLastSchedule(o, now)],
        ['Last success', o.status?.lastSuccessfulTime ? age(o.status.lastSuccessfulTime, now) : '<none>'],
        ['History limits', `${o.spec?.successfulJobsHistoryLimit ?? 3} succeeded, ${o.spec?.failedJobsHistoryLimit ?? 1} failed`],
      ];
  }
}

export function WorkloadPage({ kind, namespace, name }: { kind: ControllerKind; namespace: string; name: string }) {
  const { api } = useCluster();
  const now = useNow();
  const all = useObjects(kind);
  // One page for six kinds: the fields it reads are checked per kind where it branches on kind.
  const o: K8sObject | undefined = useObject(kind, namespace, name);
  const pods = useObjects('Pod');
  const jobs = useObjects('Job');
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  if (!o) {
    return (
      <div className="page">
        <h1>
          {kind} {namespace}/{name}
        </h1>
        <p className="muted">{all.synced ? `No such ${kind} (it may have been deleted).` : 'Loading…'}</p>
        <Link to={href('/workloads')}>All workloads</Link>
      </div>
    );
  }
  const vars = { namespace, name };
  // A CronJob owns Jobs, which own the pods; the others own their pods.
  const ownedJobs = kind === 'CronJob' ? ownedBy(jobs.items, o) : [];
  const ownedPods = kind === 'CronJob' ? ownedJobs.flatMap((j) => ownedBy(pods.items, j)) : ownedBy(pods.items, o);
  const template = kind === 'CronJob' ? o.spec?.jobTemplate?.spec?.template : o.spec?.template;

  const actions = (
    <>
      {isScalable(kind) && (
        <button
          className="btn"
          onClick={() =>
            setConfirm({
              title: `Scale ${name}`,
              body: <p>How many pods should {name} run?</p>,
              confirmLabel: 'Scale',
              input: { label: 'Replicas', value: String(o.spec?.replicas ?? 1), type: 'number' },
              run: (v) => api.request(ScaleControllerDocument, { ...vars, kind, replicas: Number(v) }),
            })
          }
        >
          Scale
        </button>
      )}
      {kind === 'CronJob' && (
        <button
          className="btn"
          onClick={() =>
            setConfirm({
              title: `${suspended(o) ? 'Resume' : 'Suspend'} ${name}`,
              body: suspended(o) ? <p>Let {name} start Jobs on its schedule again.</p> : <p>Stop {name} from starting Jobs (Jobs already running go on).</p>,
              confirmLabel: suspended(o) ? 'Resume' : 'Suspend',
              run: () => api.request(SuspendCronJobDocument, { ...vars, patch: { spec: { suspend: !suspended(o) } } }),
            })
          }
        >
          {suspended(o) ? 'Resume' : 'Suspend'}
        </button>
      )}
      {kind === 'CronJob' && (
        <button
          className="btn"
          onClick={() =>
            setConfirm({
              title: `Run ${name} now`,
              body: <p>Create a Job from the job template of {name} now, whatever its schedule and suspension (as kubectl create job --from=cronjob/{name}).</p>,
              confirmLabel: 'Run',
              input: { label: 'Job name', value: `${name}-manual-${Date.now().toString(36).slice(-5)}` },
              run: async (jobName) => {
                await runCronJobNow(api, o, jobName);
                navigate(href(`/workloads/jobs/${enc(namespace)}/${enc(jobName)}`));
              },
            })
          }
        >
          Run now
        </button>
      )}
      <button
        className="btn btn-danger"
        onClick={() =>
          setConfirm({
            title: `Delete ${name}`,
            body: (
              <p>
                Delete the {kind} {namespace}/{name} and, through garbage collection, its {kind === 'CronJob' ? 'Jobs and their pods' : 'pods'}.
              </p>
            ),
            confirmLabel: 'Delete',
            danger: true,
            run: async () => {
              await api.request(deleteDocument(kind), vars);
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
        <Link to={href('/workloads', { kind: workloadPlural(kind) })}>Workloads</Link> / {namespace}
      </div>
      <div className="page-head">
        <h1>
          {name} <span className="muted small">{kind}</span>
        </h1>
        <YamlLink kind={kind} namespace={namespace} name={name} />
      </div>
      <div className="grid-2">
        <Section title="Status" actions={actions}>
          <KeyValues
            rows={[
              ...summaryRows(kind, o, now),
              ...(kind === 'CronJob' ? [] : ([['Selector', selectorText(selectorOf(kind, o)) || <span className="muted">{kind === 'Job' ? 'generated' : 'none'}</span>]] as [string, ReactNode][])),
              ['Images', images(template)],
              ['Labels', <Labels key="l" labels={o.metadata.labels} />],
              ['Owner', (o.metadata.ownerReferences ?? []).map((r) => `${r.kind} ${r.name}`).join(', ') || null],
              ['Created', `${age(o.metadata.creationTimestamp, now)} ago`],
              ['History', <Link key="h" to={`/history?kind=${kind}&ns=${enc(namespace)}&name=${enc(name)}`}>revisions and diffs</Link>],
            ]}
          />
        </Section>
        <Section title="Conditions">
          <Conditions conditions={o.status?.conditions} now={now} />
        </Section>
      </div>
      {kind === 'CronJob' && (
        <Section title={`Jobs (${ownedJobs.length})`}>
          {ownedJobs.length === 0 ? (
            <p className="muted">{jobs.synced ? 'No Jobs yet.' : 'Loading…'}</p>
          ) : (
            <table className="table" aria-label={`Jobs of ${name}`}>
              <thead>
                <tr>
                  <th>Name</th>
                  {COLUMNS.Job.map((c) => (
                    <th key={c.title}>{c.title}</th>
                  ))}
                  <th>Age</th>
                </tr>
              </thead>
              <tbody>
                {ownedJobs.map((j) => (
                  <tr key={j.metadata.uid}>
                    <td>
                      <Link to={workloadHref('Job', j)}>{j.metadata.name}</Link>
                    </td>
                    {COLUMNS.Job.map((c) => (
                      <td key={c.title}>{c.cell(j, now)}</td>
                    ))}
                    <td>{age(j.metadata.creationTimestamp, now)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
      )}
      <Section title={`Pods (${ownedPods.length})`}>
        <PodsTable pods={ownedPods} now={now} label={`Pods of ${name}`} />
      </Section>
      <Section title="Events">
        <EventsTable kind={kind} namespace={namespace} name={name} uid={o.metadata.uid} now={now} />
      </Section>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  );
}
