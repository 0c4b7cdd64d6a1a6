/**
 * What the workload, storage and RBAC tables show, computed as kubectl computes its columns
 * (READY, COMPLETIONS, DURATION, LAST SCHEDULE, ACCESS MODES, …). Pure: tested without a browser.
 */
import { age, parseQuantity } from './format.ts';
import type { K8sObject } from './kinds.ts';
import type { ScalableKind } from '../../../api/generated/types.ts';

/** The workload kinds of the Workloads page, with the path segment of their pages. */
export const WORKLOAD_KINDS = [
  { kind: 'Deployment', plural: 'deployments', title: 'Deployments' },
  { kind: 'StatefulSet', plural: 'statefulsets', title: 'StatefulSets' },
  { kind: 'DaemonSet', plural: 'daemonsets', title: 'DaemonSets' },
  { kind: 'ReplicaSet', plural: 'replicasets', title: 'ReplicaSets' },
  { kind: 'ReplicationController', plural: 'replicationcontrollers', title: 'ReplicationControllers' },
  { kind: 'Job', plural: 'jobs', title: 'Jobs' },
  { kind: 'CronJob', plural: 'cronjobs', title: 'CronJobs' },
] as const;

export type WorkloadKind = (typeof WORKLOAD_KINDS)[number]['kind'];

export function workloadKindOf(plural: string): WorkloadKind | undefined {
  return WORKLOAD_KINDS.find((k) => k.plural === plural)?.kind;
}

export function workloadPlural(kind: WorkloadKind): string {
  return WORKLOAD_KINDS.find((k) => k.kind === kind)!.plural;
}

/** The kinds `scale` accepts (the GraphQL enum ScalableKind). */
export const SCALABLE: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet'] satisfies ScalableKind[]);

/** Whether `scale` accepts the kind. */
export function isScalable(kind: string): kind is ScalableKind {
  return SCALABLE.has(kind);
}

/** kubectl's READY column: ready/desired (a DaemonSet's desired is the nodes it should run on). */
export function workloadReady(kind: string, o: K8sObject): { ready: number; desired: number; text: string } {
  const s = o.status ?? {};
  let ready: number;
  let desired: number;
  if (kind === 'DaemonSet') {
    ready = s.numberReady ?? 0;
    desired = s.desiredNumberScheduled ?? 0;
  } else {
    ready = s.readyReplicas ?? 0;
    desired = o.spec?.replicas ?? 1;
  }
  return { ready, desired, text: `${ready}/${desired}` };
}

function hasCondition(o: K8sObject, type: string): boolean {
  return (o.status?.conditions ?? []).some((c: any) => c.type === type && c.status === 'True');
}

/** kubectl's STATUS of a Job (1.30+). */
export function jobStatus(job: K8sObject): string {
  if (hasCondition(job, 'Complete')) return 'Complete';
  if (hasCondition(job, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (hasCondition(job, 'Suspended') || job.spec?.suspend) return 'Suspended';
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
  if (hasCondition(job, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

/** kubectl's COMPLETIONS: succeeded/completions; a work queue (no completions) shows `n/1 of parallelism`. */
export function jobCompletions(job: K8sObject): string {
  const succeeded = job.status?.succeeded ?? 0;
  const completions = job.spec?.completions;
  if (completions !== null && completions !== undefined) return `${succeeded}/${completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** A span of time as kubectl's ages are written (`45s`, `3m20s`, `2h5m`). */
export function formatDuration(ms: number): string {
  return age(new Date(0).toISOString(), Math.max(0, ms));
}

/** kubectl's DURATION of a Job: start to completion, or to now while it runs; empty before it starts. */
export function jobDuration(job: K8sObject, now = Date.now()): string {
  const start = job.status?.startTime;
  if (!start) return '';
  const end = job.status?.completionTime ? Date.parse(job.status.completionTime) : now;
  return formatDuration(end - Date.parse(start));
}

/** kubectl's LAST SCHEDULE of a CronJob: how long ago, or `<none>`. */
export function cronLastSchedule(cj: K8sObject, now = Date.now()): string {
  const t = cj.status?.lastScheduleTime;
  return t ? age(t, now) : '<none>';
}

export function cronActive(cj: K8sObject): number {
  return cj.status?.active?.length ?? 0;
}

export function suspended(o: K8sObject): boolean {
  return o.spec?.suspend === true;
}

/** The objects whose controller is `owner`, in name order (StatefulSet pods by ordinal). */
export function ownedBy(items: K8sObject[], owner: K8sObject): K8sObject[] {
  const uid = owner.metadata.uid;
  return items.filter((o) => (o.metadata.ownerReferences ?? []).some((r) => r.uid === uid && r.controller)).sort(byNameAndOrdinal);
}

/** `web-2` before `web-10`: names that differ only in a trailing number sort by it. */
export function byNameAndOrdinal(a: K8sObject, b: K8sObject): number {
  const ma = /^(.*?)(\d+)$/.exec(a.metadata.name);
  const mb = /^(.*?)(\d+)$/.exec(b.metadata.name);
  if (ma && mb && ma[1] === mb[1]) return Number(ma[2]) - Number(mb[2]);
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/** A workload's selector as text: a LabelSelector's matchLabels, or an RC's plain map. */
export function selectorOf(kind: string, o: K8sObject): Record<string, string> {
  const sel = o.spec?.selector;
  if (!sel) return {};
  return kind === 'ReplicationController' ? sel : (sel.matchLabels ?? {});
}

// ── storage ──────────────────────────────────────────────────────────────────────────────────

const MODES: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };

/** kubectl's ACCESS MODES: `RWO,ROX`. */
export function accessModes(modes: string[] | null | undefined): string {
  return (modes ?? []).map((m) => MODES[m] ?? m).join(',');
}

/** A PVC's CAPACITY: what it got once bound (status), else nothing, as kubectl shows. */
export function claimCapacity(pvc: K8sObject): string {
  return pvc.status?.phase === 'Bound' ? (pvc.status?.capacity?.storage ?? '') : '';
}

/** A PV's CLAIM: `namespace/name` of its claimRef, or empty. */
export function volumeClaim(pv: K8sObject): string {
  const ref = pv.spec?.claimRef;
  return ref?.name ? `${ref.namespace ?? ''}/${ref.name}` : '';
}

/** A PV's node affinity as text: terms joined by `or`, expressions by `,` (`kubernetes.io/hostname in (n1)`). */
export function nodeAffinityText(pv: K8sObject): string {
  const terms: any[] = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
  return terms
    .map((t) =>
      [...(t.matchExpressions ?? []), ...(t.matchFields ?? [])]
        .map((e: any) => {
          const op = String(e.operator);
          if (op === 'Exists' || op === 'DoesNotExist') return `${op === 'DoesNotExist' ? '!' : ''}${e.key}`;
          return `${e.key} ${op === 'In' ? 'in' : op === 'NotIn' ? 'notin' : op} (${(e.values ?? []).join(',')})`;
        })
        .join(', '),
    )
    .filter(Boolean)
    .join(' or ');
}

const DEFAULT_CLASS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

export function isDefaultStorageClass(sc: K8sObject): boolean {
  return DEFAULT_CLASS.some((a) => sc.metadata.annotations?.[a] === 'true');
}

// ── RBAC ─────────────────────────────────────────────────────────────────────────────────────

export interface RuleRow {
  resources: string;
  nonResourceURLs: string;
  resourceNames: string;
  verbs: string;
}

/** A rule as `kubectl describe role` lists it: resources qualified by group (`deployments.apps`). */
export function ruleRow(rule: { verbs?: string[] | null; apiGroups?: string[] | null; resources?: string[] | null; resourceNames?: string[] | null; nonResourceURLs?: string[] | null }): RuleRow {
  const groups = rule.apiGroups?.length ? rule.apiGroups : [''];
  const resources: string[] = [];
  for (const r of rule.resources ?? []) for (const g of groups) resources.push(g ? `${r}.${g}` : r);
  return {
    resources: resources.join(', '),
    nonResourceURLs: (rule.nonResourceURLs ?? []).join(', '),
    resourceNames: (rule.resourceNames ?? []).join(', '),
    verbs: (rule.verbs ?? []).join(', '),
  };
}

/** A binding's subject: `User alice`, `ServiceAccount shop/builder`, `Group system:masters`. */
export function subjectText(s: { kind: string; name: string; namespace?: string | null }): string {
  return `${s.kind} ${s.kind === 'ServiceAccount' && s.namespace ? `${s.namespace}/` : ''}${s.name}`;
}

// ── scheduling ───────────────────────────────────────────────────────────────────────────────

/** PriorityClasses by value, highest first; equal values by name. */
export function byPriority(a: K8sObject, b: K8sObject): number {
  return (b.value ?? 0) - (a.value ?? 0) || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);
}

// ── quotas and limits ────────────────────────────────────────────────────────────────────────

export interface QuotaRow {
  resource: string;
  used: string;
  hard: string;
  /** used / hard, 0 when hard is 0 or cannot be read. */
  fraction: number;
}

/** A ResourceQuota's resources as `kubectl describe quota` lists them: used against hard, by name. */
export function quotaRows(rq: K8sObject): QuotaRow[] {
  const hard: Record<string, string | number> = rq.status?.hard ?? rq.spec?.hard ?? {};
  const used: Record<string, string | number> = rq.status?.used ?? {};
  return Object.keys(hard)
    .sort()
    .map((resource) => {
      const h = parseQuantity(hard[resource]);
      const u = parseQuantity(used[resource] ?? 0);
      return { resource, used: String(used[resource] ?? '0'), hard: String(hard[resource]), fraction: h > 0 ? u / h : 0 };
    });
}

export interface LimitRow {
  type: string;
  resource: string;
  min: string;
  max: string;
  defaultRequest: string;
  defaultLimit: string;
  ratio: string;
}

/** A LimitRange's items as `kubectl describe limitrange` lists them: a row per type and resource. */
export function limitRangeRows(lr: K8sObject): LimitRow[] {
  const rows: LimitRow[] = [];
  for (const item of lr.spec?.limits ?? []) {
    const keys = new Set<string>();
    for (const field of ['min', 'max', 'default', 'defaultRequest', 'maxLimitRequestRatio']) for (const k of Object.keys(item[field] ?? {})) keys.add(k);
    const get = (field: string, k: string) => (item[field]?.[k] !== undefined ? String(item[field][k]) : '-');
    for (const k of [...keys].sort()) {
      rows.push({ type: item.type, resource: k, min: get('min', k), max: get('max', k), defaultRequest: get('defaultRequest', k), defaultLimit: get('default', k), ratio: get('maxLimitRequestRatio', k) });
    }
  }
  return rows;
}
