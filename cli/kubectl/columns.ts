/**
 * kubectl's column layout for each kind (`get`), and the extra `-o wide` columns.
 */
import { age, humanDuration, labelsText, type KObject } from './output.ts';
import { podSummary } from './pod-status.ts';

export interface Columns {
  header: string[];
  row(obj: KObject, now: number): string[];
}

const none = (v: string | undefined | null) => (v === undefined || v === null || v === '' ? '<none>' : v);
const num = (v: unknown) => String(typeof v === 'number' ? v : 0);

function selectorText(sel: any): string {
  if (!sel) return '<none>';
  const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${(e.values ?? []).join(',')})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  return parts.length ? parts.join(',') : '<none>';
}

function containersAndImages(template: any): [string, string] {
  const cs: any[] = template?.spec?.containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}

function servicePorts(svc: KObject): string {
  const ports: any[] = svc.spec?.ports ?? [];
  if (!ports.length) return '<none>';
  return ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',');
}

function externalIP(svc: KObject): string {
  const spec = svc.spec ?? {};
  const lb = (svc.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip ?? i.hostname).filter(Boolean);
  const external: string[] = spec.externalIPs ?? [];
  switch (spec.type) {
    case 'ExternalName':
      return spec.externalName ?? '<none>';
    case 'LoadBalancer':
      return [...lb, ...external].join(',') || '<pending>';
    default:
      return external.length ? external.join(',') : '<none>';
  }
}

function nodeStatus(node: KObject): string {
  const ready = (node.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
  const parts = [ready ? (ready.status === 'True' ? 'Ready' : ready.status === 'False' ? 'NotReady' : 'Unknown') : 'Unknown'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

function nodeRoles(node: KObject): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) roles.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role') roles.add(String(v));
  }
  return roles.size ? [...roles].sort().join(',') : '<none>';
}

function nodeAddress(node: KObject, type: string): string {
  return (node.status?.addresses ?? []).find((a: any) => a.type === type)?.address ?? '<none>';
}

function endpointsText(ep: KObject): string {
  const list: string[] = [];
  for (const s of ep.subsets ?? []) {
    const ports: any[] = s.ports?.length ? s.ports : [{}];
    for (const a of s.addresses ?? []) for (const p of ports) list.push(p.port ? `${a.ip}:${p.port}` : a.ip);
  }
  if (!list.length) return '<none>';
  return list.length > 3 ? `${list.slice(0, 3).join(',')} + ${list.length - 3} more...` : list.join(',');
}

function eventObject(ev: KObject): string {
  const o = ev.involvedObject ?? {};
  return `${String(o.kind ?? '').toLowerCase()}/${o.name ?? ''}`;
}

const hasCondition = (o: KObject, type: string) => (o.status?.conditions ?? []).some((c: any) => c.type === type && c.status === 'True');

/** kubectl's Job STATUS: the terminal condition, else Terminating, Suspended, an interim condition or Running. */
function jobStatus(job: KObject): string {
  if (hasCondition(job, 'Complete')) return 'Complete';
  if (hasCondition(job, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (hasCondition(job, 'Suspended')) return 'Suspended';
  if (hasCondition(job, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

/** kubectl's Job COMPLETIONS: `1/3`, or `0/1 of 4` for a work queue with parallelism 4. */
function jobCompletions(job: KObject): string {
  const succeeded = num(job.status?.succeeded);
  const { completions, parallelism } = job.spec ?? {};
  if (typeof completions === 'number') return `${succeeded}/${completions}`;
  if (typeof parallelism === 'number' && parallelism > 1) return `${succeeded}/1 of ${parallelism}`;
  return `${succeeded}/1`;
}

/** kubectl's Job DURATION: start to completion, or to now while it runs; empty before it starts. */
function jobDuration(job: KObject, now: number): string {
  const start = Date.parse(job.status?.startTime ?? '');
  if (Number.isNaN(start)) return '';
  const end = Date.parse(job.status?.completionTime ?? '');
  return humanDuration((Number.isNaN(end) ? now : end) - start);
}

export function eventLastSeen(ev: KObject, now: number): string {
  return age(ev.lastTimestamp ?? ev.eventTime ?? ev.firstTimestamp ?? ev.metadata.creationTimestamp, now);
}

const TABLES: Record<string, { header: string[]; row(o: KObject, now: number): string[]; wideHeader?: string[]; wide?(o: KObject): string[] }> = {
  Pod: {
    header: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
    row: (p, now) => {
      const s = podSummary(p, now);
      return [p.metadata.name, s.ready, s.status, s.restarts, age(p.metadata.creationTimestamp, now)];
    },
    wideHeader: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
    wide: (p) => [none(p.status?.podIP), none(p.spec?.nodeName), none(p.status?.nominatedNodeName), '<none>'],
  },
  Deployment: {
    header: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
    row: (d, now) => [
      d.metadata.name,
      `${num(d.status?.readyReplicas)}/${num(d.spec?.replicas)}`,
      num(d.status?.updatedReplicas),
      num(d.status?.availableReplicas),
      age(d.metadata.creationTimestamp, now),
    ],
    wideHeader: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wide: (d) => [...containersAndImages(d.spec?.template), selectorText(d.spec?.selector)],
  },
  ReplicaSet: {
    header: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
    row: (rs, now) => [rs.metadata.name, num(rs.spec?.replicas), num(rs.status?.replicas), num(rs.status?.readyReplicas), age(rs.metadata.creationTimestamp, now)],
    wideHeader: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wide: (rs) => [...containersAndImages(rs.spec?.template), selectorText(rs.spec?.selector)],
  },
  ReplicationController: {
    header: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
    row: (rc, now) => [rc.metadata.name, num(rc.spec?.replicas), num(rc.status?.replicas), num(rc.status?.readyReplicas), age(rc.metadata.creationTimestamp, now)],
    wideHeader: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wide: (rc) => [...containersAndImages(rc.spec?.template), labelsText(rc.spec?.selector)],
  },
  DaemonSet: {
    header: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
    row: (ds, now) => [
      ds.metadata.name,
      num(ds.status?.desiredNumberScheduled),
      num(ds.status?.currentNumberScheduled),
      num(ds.status?.numberReady),
      num(ds.status?.updatedNumberScheduled),
      num(ds.status?.numberAvailable),
      labelsText(ds.spec?.template?.spec?.nodeSelector),
      age(ds.metadata.creationTimestamp, now),
    ],
    wideHeader: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wide: (ds) => [...containersAndImages(ds.spec?.template), selectorText(ds.spec?.selector)],
  },
  StatefulSet: {
    header: ['NAME', 'READY', 'AGE'],
    row: (sts, now) => [sts.metadata.name, `${num(sts.status?.readyReplicas)}/${num(sts.spec?.replicas)}`, age(sts.metadata.creationTimestamp, now)],
    wideHeader: ['CONTAINERS', 'IMAGES'],
    wide: (sts) => containersAndImages(sts.spec?.template),
  },
  Job: {
    header: ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE'],
    row: (j, now) => [j.metadata.name, jobStatus(j), jobCompletions(j), jobDuration(j, now), age(j.metadata.creationTimestamp, now)],
    wideHeader: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wide: (j) => [...containersAndImages(j.spec?.template), selectorText(j.spec?.selector)],
  },
  CronJob: {
    header: ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
    row: (cj, now) => [
      cj.metadata.name,
      cj.spec?.schedule ?? '',
      none(cj.spec?.timeZone),
      typeof cj.spec?.suspend === 'boolean' ? (cj.spec.suspend ? 'True' : 'False') : '<unset>',
      String((cj.status?.active ?? []).length),
      cj.status?.lastScheduleTime ? age(cj.status.lastScheduleTime, now) : '<none>',
      age(cj.metadata.creationTimestamp, now),
    ],
    wideHeader: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    wide: (cj) => [...containersAndImages(cj.spec?.jobTemplate?.spec?.template), selectorText(cj.spec?.jobTemplate?.spec?.selector)],
  },
  Service: {
    header: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
    row: (s, now) => [s.metadata.name, s.spec?.type ?? 'ClusterIP', none(s.spec?.clusterIP), externalIP(s), servicePorts(s), age(s.metadata.creationTimestamp, now)],
    wideHeader: ['SELECTOR'],
    wide: (s) => [labelsText(s.spec?.selector)],
  },
  Node: {
    header: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
    row: (n, now) => [n.metadata.name, nodeStatus(n), nodeRoles(n), age(n.metadata.creationTimestamp, now), none(n.status?.nodeInfo?.kubeletVersion)],
    wideHeader: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
    wide: (n) => [
      nodeAddress(n, 'InternalIP'),
      nodeAddress(n, 'ExternalIP'),
      none(n.status?.nodeInfo?.osImage),
      none(n.status?.nodeInfo?.kernelVersion),
      none(n.status?.nodeInfo?.containerRuntimeVersion),
    ],
  },
  Namespace: {
    header: ['NAME', 'STATUS', 'AGE'],
    row: (ns, now) => [ns.metadata.name, ns.status?.phase ?? 'Active', age(ns.metadata.creationTimestamp, now)],
  },
  Endpoints: {
    header: ['NAME', 'ENDPOINTS', 'AGE'],
    row: (ep, now) => [ep.metadata.name, endpointsText(ep), age(ep.metadata.creationTimestamp, now)],
  },
  ConfigMap: {
    header: ['NAME', 'DATA', 'AGE'],
    row: (cm, now) => [cm.metadata.name, String(Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length), age(cm.metadata.creationTimestamp, now)],
  },
  Secret: {
    header: ['NAME', 'TYPE', 'DATA', 'AGE'],
    row: (s, now) => [s.metadata.name, s.type ?? 'Opaque', String(Object.keys(s.data ?? {}).length), age(s.metadata.creationTimestamp, now)],
  },
  ServiceAccount: {
    header: ['NAME', 'SECRETS', 'AGE'],
    row: (sa, now) => [sa.metadata.name, String((sa.secrets ?? []).length), age(sa.metadata.creationTimestamp, now)],
  },
  Event: {
    header: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
    row: (ev, now) => [eventLastSeen(ev, now), ev.type ?? '', ev.reason ?? '', eventObject(ev), (ev.message ?? '').trim()],
    wideHeader: ['SUBOBJECT', 'SOURCE', 'FIRST SEEN', 'COUNT', 'NAME'],
    wide: (ev) => [
      ev.involvedObject?.fieldPath ?? '',
      [ev.source?.component ?? ev.reportingComponent, ev.source?.host].filter(Boolean).join(', '),
      age(ev.firstTimestamp ?? ev.eventTime ?? ev.metadata.creationTimestamp),
      String(ev.count ?? 1),
      ev.metadata.name,
    ],
  },
  Lease: {
    header: ['NAME', 'HOLDER', 'AGE'],
    row: (l, now) => [l.metadata.name, l.spec?.holderIdentity ?? '', age(l.metadata.creationTimestamp, now)],
  },
  PersistentVolume: {
    header: ['NAME', 'CAPACITY', 'ACCESS MODES', 'RECLAIM POLICY', 'STATUS', 'CLAIM', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'REASON', 'AGE'],
    row: (pv, now) => [
      pv.metadata.name,
      pv.spec?.capacity?.storage ?? '',
      accessModesText(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      pv.status?.phase ?? '',
      pv.spec?.claimRef ? `${pv.spec.claimRef.namespace}/${pv.spec.claimRef.name}` : '',
      pv.spec?.storageClassName ?? '',
      '<unset>',
      pv.status?.reason ?? '',
      age(pv.metadata.creationTimestamp, now),
    ],
    wideHeader: ['VOLUMEMODE'],
    wide: (pv) => [pv.spec?.volumeMode ?? 'Filesystem'],
  },
  PersistentVolumeClaim: {
    header: ['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE'],
    row: (c, now) => [
      c.metadata.name,
      c.metadata.deletionTimestamp ? 'Terminating' : (c.status?.phase ?? ''),
      c.spec?.volumeName ?? '',
      c.status?.capacity?.storage ?? '',
      accessModesText(c.status?.accessModes),
      c.spec?.storageClassName ?? '',
      '<unset>',
      age(c.metadata.creationTimestamp, now),
    ],
    wideHeader: ['VOLUMEMODE'],
    wide: (c) => [c.spec?.volumeMode ?? 'Filesystem'],
  },
  PriorityClass: {
    header: ['NAME', 'VALUE', 'GLOBAL-DEFAULT', 'AGE', 'PREEMPTIONPOLICY'],
    row: (pc, now) => [pc.metadata.name, String(pc.value ?? 0), pc.globalDefault === true ? 'true' : 'false', age(pc.metadata.creationTimestamp, now), pc.preemptionPolicy ?? 'PreemptLowerPriority'],
  },
  StorageClass: {
    header: ['NAME', 'PROVISIONER', 'RECLAIMPOLICY', 'VOLUMEBINDINGMODE', 'ALLOWVOLUMEEXPANSION', 'AGE'],
    row: (sc, now) => [
      sc.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true' ? `${sc.metadata.name} (default)` : sc.metadata.name,
      sc.provisioner ?? '',
      sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate',
      sc.allowVolumeExpansion === true ? 'true' : 'false',
      age(sc.metadata.creationTimestamp, now),
    ],
  },
  ResourceQuota: {
    header: ['NAME', 'AGE', 'REQUEST', 'LIMIT'],
    row: (q, now) => [q.metadata.name, age(q.metadata.creationTimestamp, now), quotaColumn(q, false), quotaColumn(q, true)],
  },
  LimitRange: {
    header: ['NAME', 'CREATED AT'],
    row: (l) => [l.metadata.name, l.metadata.creationTimestamp ?? ''],
  },
};

/** kubectl's quota columns: `pods: 2/5, requests.cpu: 500m/1` (REQUEST) or the `limits.*` ones (LIMIT), from status. */
function quotaColumn(q: KObject, limits: boolean): string {
  const hard: Record<string, string> = q.status?.hard ?? {};
  const used: Record<string, string> = q.status?.used ?? {};
  return Object.keys(hard)
    .filter((k) => k.startsWith('limits.') === limits)
    .sort()
    .map((k) => `${k}: ${used[k] ?? '0'}/${hard[k]}`)
    .join(', ');
}

/** Access modes as kubectl abbreviates them (`RWO,ROX`). */
function accessModesText(modes: unknown): string {
  const short: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };
  return Array.isArray(modes) ? modes.map((m) => short[m] ?? m).join(',') : '';
}

export interface ColumnOptions {
  wide?: boolean;
  /** -A: a NAMESPACE column first. */
  namespaceColumn?: boolean;
  showLabels?: boolean;
}

export function columnsFor(kind: string, opts: ColumnOptions = {}): Columns {
  const t = TABLES[kind];
  if (!t) throw new Error(`no table for kind ${kind}`);
  const header = [...(opts.namespaceColumn ? ['NAMESPACE'] : []), ...t.header, ...(opts.wide && t.wideHeader ? t.wideHeader : []), ...(opts.showLabels ? ['LABELS'] : [])];
  return {
    header,
    row: (o, now) => [
      ...(opts.namespaceColumn ? [o.metadata.namespace ?? ''] : []),
      ...t.row(o, now),
      ...(opts.wide && t.wide ? t.wide(o) : []),
      ...(opts.showLabels ? [labelsText(o.metadata.labels)] : []),
    ],
  };
}
