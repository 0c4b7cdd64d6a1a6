/**
 * `capstan describe KIND NAME…`: kubectl's readable summary of an object, its Events (those
 * whose involvedObject is the object, read with the server's involvedObject field selectors),
 * and, for a pod the scheduler has not placed, why (Pod.schedulingExplanation).
 */
import { UsageError } from '../../command.ts';
import { str } from '../args.ts';
import { ApiError, describeApiError, type ApiClient } from '../client.ts';
import { eventLastSeen } from '../columns.ts';
import { DescribeWriter } from '../describe-writer.ts';
import type { Invocation } from '../kubectl-command.ts';
import { getObject, listObjects, notFound } from '../objects.ts';
import { age, toYaml, type KObject } from '../output.ts';
import { requireResource, resourceArgs, type Resource } from '../resources.ts';
import { describeCronJob, describeJob } from './describe-batch.ts';

export async function describe(inv: Invocation): Promise<number> {
  if (inv.args.length === 0) throw new UsageError('name what to describe: capstan describe KIND NAME');
  const selector = str(inv.flags, 'selector');
  const client = await inv.client();
  const out: string[] = [];
  let failed = false;
  for (const { resource, names } of resourceArgs(inv.args)) {
    let objects: KObject[] = [];
    if (names.length > 0) {
      for (const name of names) {
        const o = await getObject(client, resource, inv.namespace, name, { withExplanation: resource.kind === 'Pod' });
        if (o) objects.push(o);
        else {
          inv.ctx.stderr(`${describeApiError(notFound(resource, name))}\n`);
          failed = true;
        }
      }
    } else {
      const list = await listObjects(client, resource, { namespace: inv.allNamespaces ? undefined : inv.namespace, labelSelector: selector });
      objects = list.items;
      if (resource.kind === 'Pod') {
        objects = await Promise.all(objects.map(async (o) => (await getObject(client, resource, o.metadata.namespace ?? inv.namespace, o.metadata.name, { withExplanation: true })) ?? o));
      }
    }
    for (const o of objects) out.push(await describeObject(client, resource, o));
  }
  inv.ctx.stdout(out.join('\n\n'));
  return failed ? 1 : 0;
}

const date = (ts: string | undefined) => (ts ? new Date(ts).toUTCString().replace('GMT', '+0000') : '<unset>');

async function describeObject(client: ApiClient, r: Resource, o: KObject): Promise<string> {
  const w = new DescribeWriter();
  w.item(0, 'Name', o.metadata.name);
  if (r.namespaced) w.item(0, 'Namespace', o.metadata.namespace);
  switch (r.kind) {
    case 'Pod':
      describePod(w, o);
      break;
    case 'Deployment':
      describeDeployment(w, o, await ownedBy(client, 'replicasets', o));
      break;
    case 'ReplicaSet':
      describeReplicaSet(w, o, await ownedBy(client, 'pods', o));
      break;
    case 'Service':
      describeService(w, o, await getObject(client, requireResource('endpoints'), o.metadata.namespace!, o.metadata.name));
      break;
    case 'Node':
      describeNode(w, o, await podsOn(client, o.metadata.name));
      break;
    case 'Job':
      describeJob(w, o, await ownedBy(client, 'pods', o), describeTemplate);
      break;
    case 'CronJob':
      describeCronJob(w, o, describeTemplate);
      break;
    default:
      await describeGeneric(w, o);
  }
  if (r.kind !== 'Event') await describeEvents(w, client, r, o);
  return w.toString();
}

function metadata(w: DescribeWriter, o: KObject): void {
  w.map(0, 'Labels', o.metadata.labels);
  const annotations = { ...(o.metadata.annotations ?? {}) };
  delete annotations['capstan.io/last-applied-configuration'];
  w.map(0, 'Annotations', annotations, ': ');
  w.item(0, 'CreationTimestamp', date(o.metadata.creationTimestamp));
}

function controlledBy(w: DescribeWriter, o: KObject): void {
  const owner = (o.metadata.ownerReferences ?? []).find((ref: any) => ref.controller);
  if (owner) w.item(0, 'Controlled By', `${owner.kind}/${owner.name}`);
}

function probe(p: any): string {
  const timing = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.httpGet) return `http-get ${(p.httpGet.scheme ?? 'HTTP').toLowerCase()}://${p.httpGet.host ?? ''}:${p.httpGet.port}${p.httpGet.path ?? '/'} ${timing}`;
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${timing}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${timing}`;
  return timing;
}

function containerState(w: DescribeWriter, level: number, key: string, state: any): void {
  if (state?.running) {
    w.item(level, key, 'Running');
    w.item(level + 1, 'Started', date(state.running.startedAt));
  } else if (state?.waiting) {
    w.item(level, key, 'Waiting');
    w.item(level + 1, 'Reason', state.waiting.reason ?? '');
    if (state.waiting.message) w.item(level + 1, 'Message', state.waiting.message);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.item(level, key, 'Terminated');
    w.item(level + 1, 'Reason', t.reason ?? '');
    if (t.message) w.item(level + 1, 'Message', t.message);
    w.item(level + 1, 'Exit Code', t.exitCode);
    if (t.signal) w.item(level + 1, 'Signal', t.signal);
    w.item(level + 1, 'Started', date(t.startedAt));
    w.item(level + 1, 'Finished', date(t.finishedAt));
  } else if (key === 'State') {
    w.item(level, key, 'Waiting');
  }
}

function containers(w: DescribeWriter, level: number, list: any[], statuses: any[] = []): void {
  for (const c of list) {
    const st = statuses.find((s) => s.name === c.name);
    w.item(level, c.name, '');
    if (st?.containerID) w.item(level + 1, 'Container ID', st.containerID);
    w.item(level + 1, 'Image', c.image ?? '<none>');
    const ports = (c.ports ?? []).map((p: any) => `${p.containerPort}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`);
    w.item(level + 1, ports.length > 1 ? 'Ports' : 'Port', ports.join(', ') || '<none>');
    if (c.command?.length) {
      w.item(level + 1, 'Command', '');
      for (const part of c.command) for (const line of String(part).split('\n').filter((l: string) => l.trim())) w.raw(level + 2, line);
    }
    if (c.args?.length) {
      w.item(level + 1, 'Args', '');
      for (const part of c.args) w.raw(level + 2, String(part));
    }
    if (st) {
      containerState(w, level + 1, 'State', st.state);
      if (st.lastState && Object.keys(st.lastState).length) containerState(w, level + 1, 'Last State', st.lastState);
      w.item(level + 1, 'Ready', st.ready ? 'True' : 'False');
      w.item(level + 1, 'Restart Count', st.restartCount ?? 0);
    }
    for (const [key, quantities] of [['Limits', c.resources?.limits], ['Requests', c.resources?.requests]] as const) {
      if (!quantities) continue;
      w.item(level + 1, key, '');
      for (const [res, q] of Object.entries(quantities)) w.item(level + 2, res, String(q));
    }
    if (c.livenessProbe) w.item(level + 1, 'Liveness', probe(c.livenessProbe));
    if (c.readinessProbe) w.item(level + 1, 'Readiness', probe(c.readinessProbe));
    if (c.startupProbe) w.item(level + 1, 'Startup', probe(c.startupProbe));
    if (c.envFrom?.length) {
      w.item(level + 1, 'Environment Variables from', '');
      for (const e of c.envFrom) {
        const ref = e.configMapRef ?? e.secretRef;
        w.raw(level + 2, `${ref?.name ?? ''}  ${e.configMapRef ? 'ConfigMap' : 'Secret'}  ${e.prefix ? `with prefix '${e.prefix}'  ` : ''}Optional: ${ref?.optional ? 'true' : 'false'}`);
      }
    }
    const env: any[] = c.env ?? [];
    if (env.length === 0) w.item(level + 1, 'Environment', '<none>');
    else {
      w.item(level + 1, 'Environment', '');
      for (const e of env) {
        const v = e.valueFrom;
        const value =
          e.value ??
          (v?.configMapKeyRef
            ? `<set to the key '${v.configMapKeyRef.key}' of config map '${v.configMapKeyRef.name}'>  Optional: ${v.configMapKeyRef.optional ? 'true' : 'false'}`
            : v?.secretKeyRef
              ? `<set to the key '${v.secretKeyRef.key}' in secret '${v.secretKeyRef.name}'>  Optional: ${v.secretKeyRef.optional ? 'true' : 'false'}`
              : v?.fieldRef
                ? `(${v.fieldRef.apiVersion ?? 'v1'}:${v.fieldRef.fieldPath})`
                : '');
        w.item(level + 2, e.name, value);
      }
    }
    if (c.volumeMounts?.length) {
      w.item(level + 1, 'Mounts', '');
      for (const m of c.volumeMounts) w.raw(level + 2, `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})`);
    } else {
      w.item(level + 1, 'Mounts', '<none>');
    }
  }
}

function describePod(w: DescribeWriter, p: KObject): void {
  const spec = p.spec ?? {};
  const st = p.status ?? {};
  w.item(0, 'Priority', spec.priority ?? 0);
  w.item(0, 'Service Account', spec.serviceAccountName ?? 'default');
  w.item(0, 'Node', spec.nodeName ? `${spec.nodeName}${st.hostIP ? `/${st.hostIP}` : ''}` : '<none>');
  if (st.startTime) w.item(0, 'Start Time', date(st.startTime));
  w.map(0, 'Labels', p.metadata.labels);
  w.map(0, 'Annotations', p.metadata.annotations, ': ');
  if (p.metadata.deletionTimestamp) {
    w.item(0, 'Status', `Terminating (lasts ${age(p.metadata.deletionTimestamp)})`);
    w.item(0, 'Termination Grace Period', `${p.metadata.deletionGracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30}s`);
  } else {
    w.item(0, 'Status', st.phase ?? 'Unknown');
  }
  if (st.reason) w.item(0, 'Reason', st.reason);
  if (st.message) w.item(0, 'Message', st.message);
  w.item(0, 'IP', st.podIP ?? '');
  w.item(0, 'IPs', (st.podIPs ?? []).length ? '' : '<none>');
  for (const ip of st.podIPs ?? []) w.item(1, 'IP', ip.ip);
  controlledBy(w, p);
  if (spec.initContainers?.length) {
    w.item(0, 'Init Containers', '');
    containers(w, 1, spec.initContainers, st.initContainerStatuses);
  }
  w.item(0, 'Containers', '');
  containers(w, 1, spec.containers ?? [], st.containerStatuses);
  const conditions: any[] = st.conditions ?? [];
  if (conditions.length) {
    w.item(0, 'Conditions', '');
    w.table(1, ['Type', 'Status'], conditions.map((c) => [c.type, c.status]));
  }
  if (!spec.nodeName && p.schedulingExplanation) {
    const ex = p.schedulingExplanation;
    w.item(0, 'Scheduling', '');
    w.raw(1, ex.message || (ex.nodeName ? `can be placed on ${ex.nodeName}; waiting for the scheduler` : 'no nodes'));
    const rejected = (ex.nodes ?? []).filter((n: any) => !n.feasible);
    if (rejected.length) {
      w.table(1, ['Node', 'Filter', 'Reasons'], rejected.slice(0, 20).map((n: any) => [n.node, n.failedPlugin ?? '', (n.reasons ?? []).join('; ')]));
      if (rejected.length > 20) w.raw(1, `… and ${rejected.length - 20} more nodes`);
    }
  }
  w.item(0, 'Volumes', (spec.volumes ?? []).length ? '' : '<none>');
  for (const v of spec.volumes ?? []) {
    w.item(1, v.name, '');
    const type = v.configMap ? `ConfigMap (${v.configMap.name})` : v.secret ? `Secret (${v.secret.secretName})` : v.emptyDir ? 'EmptyDir' : v.hostPath ? `HostPath (${v.hostPath.path})` : 'unknown';
    w.item(2, 'Type', type);
  }
  w.item(0, 'QoS Class', st.qosClass ?? '');
  w.map(0, 'Node-Selectors', spec.nodeSelector);
  const tolerations = (spec.tolerations ?? []).map(
    (t: any) => `${t.key ?? ''}${t.operator === 'Exists' ? '' : `=${t.value ?? ''}`}:${t.effect ?? ''}${t.tolerationSeconds !== undefined ? ` for ${t.tolerationSeconds}s` : ''}`,
  );
  if (tolerations.length === 0) w.item(0, 'Tolerations', '<none>');
  tolerations.forEach((t: string, i: number) => (i === 0 ? w.item(0, 'Tolerations', t) : w.item(0, '', t)));
}

function describeTemplate(w: DescribeWriter, template: any): void {
  w.item(0, 'Pod Template', '');
  w.map(1, 'Labels', template?.metadata?.labels);
  if (template?.metadata?.annotations) w.map(1, 'Annotations', template.metadata.annotations, ': ');
  w.item(1, 'Containers', '');
  containers(w, 2, template?.spec?.containers ?? []);
}

function selectorText(sel: any): string {
  const parts = Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel?.matchExpressions ?? []) parts.push(`${e.key} ${e.operator} (${(e.values ?? []).join(',')})`);
  return parts.join(',') || '<none>';
}

function describeDeployment(w: DescribeWriter, d: KObject, sets: KObject[]): void {
  const spec = d.spec ?? {};
  const st = d.status ?? {};
  w.item(0, 'CreationTimestamp', date(d.metadata.creationTimestamp));
  w.map(0, 'Labels', d.metadata.labels);
  const annotations = { ...(d.metadata.annotations ?? {}) };
  delete annotations['capstan.io/last-applied-configuration'];
  w.map(0, 'Annotations', annotations, ': ');
  w.item(0, 'Selector', selectorText(spec.selector));
  w.item(0, 'Replicas', `${spec.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable`);
  w.item(0, 'StrategyType', spec.strategy?.type ?? 'RollingUpdate');
  w.item(0, 'MinReadySeconds', spec.minReadySeconds ?? 0);
  if ((spec.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate') {
    const ru = spec.strategy?.rollingUpdate ?? {};
    w.item(0, 'RollingUpdateStrategy', `${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge`);
  }
  describeTemplate(w, spec.template);
  const conditions: any[] = st.conditions ?? [];
  if (conditions.length) {
    w.item(0, 'Conditions', '');
    w.table(1, ['Type', 'Status', 'Reason'], conditions.map((c) => [c.type, c.status, c.reason ?? '']));
  }
  const revision = (o: KObject) => Number(o.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  const newest = [...sets].sort((a, b) => revision(b) - revision(a))[0];
  const old = sets.filter((s) => s !== newest && (s.spec?.replicas ?? 0) + (s.status?.replicas ?? 0) > 0);
  w.item(0, 'OldReplicaSets', old.map((s) => `${s.metadata.name} (${s.status?.replicas ?? 0}/${s.spec?.replicas ?? 0} replicas created)`).join(', ') || '<none>');
  w.item(0, 'NewReplicaSet', newest ? `${newest.metadata.name} (${newest.status?.replicas ?? 0}/${newest.spec?.replicas ?? 0} replicas created)` : '<none>');
}

function describeReplicaSet(w: DescribeWriter, rs: KObject, pods: KObject[]): void {
  const spec = rs.spec ?? {};
  w.item(0, 'Selector', selectorText(spec.selector));
  w.map(0, 'Labels', rs.metadata.labels);
  w.map(0, 'Annotations', rs.metadata.annotations, ': ');
  controlledBy(w, rs);
  w.item(0, 'Replicas', `${rs.status?.replicas ?? 0} current / ${spec.replicas ?? 1} desired`);
  const phases = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  w.item(0, 'Pods Status', `${phases('Running')} Running / ${phases('Pending')} Waiting / ${phases('Succeeded')} Succeeded / ${phases('Failed')} Failed`);
  describeTemplate(w, spec.template);
}

function describeService(w: DescribeWriter, s: KObject, ep: KObject | null): void {
  const spec = s.spec ?? {};
  w.map(0, 'Labels', s.metadata.labels);
  const annotations = { ...(s.metadata.annotations ?? {}) };
  delete annotations['capstan.io/last-applied-configuration'];
  w.map(0, 'Annotations', annotations, ': ');
  w.item(0, 'Selector', Object.entries(spec.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',') || '<none>');
  w.item(0, 'Type', spec.type ?? 'ClusterIP');
  w.item(0, 'IP', spec.clusterIP ?? '<none>');
  w.item(0, 'IPs', (spec.clusterIPs ?? [spec.clusterIP]).filter(Boolean).join(',') || '<none>');
  const addresses = (ep?.subsets ?? []).flatMap((sub: any) => (sub.addresses ?? []).flatMap((a: any) => (sub.ports ?? [{}]).map((p: any) => ({ ip: a.ip, port: p.port, name: p.name }))));
  for (const p of spec.ports ?? []) {
    const name = p.name ?? '<unset>';
    w.item(0, 'Port', `${name}  ${p.port}/${p.protocol ?? 'TCP'}`);
    w.item(0, 'TargetPort', `${p.targetPort ?? p.port}/${p.protocol ?? 'TCP'}`);
    if (p.nodePort) w.item(0, 'NodePort', `${name}  ${p.nodePort}/${p.protocol ?? 'TCP'}`);
    const mine = addresses.filter((a: any) => (a.name ?? undefined) === (p.name ?? undefined) || (spec.ports ?? []).length === 1);
    w.item(0, 'Endpoints', mine.map((a: any) => `${a.ip}:${a.port}`).join(',') || '<none>');
  }
  w.item(0, 'Session Affinity', spec.sessionAffinity ?? 'None');
}

function describeNode(w: DescribeWriter, n: KObject, pods: KObject[]): void {
  const st = n.status ?? {};
  w.map(0, 'Labels', n.metadata.labels);
  w.map(0, 'Annotations', n.metadata.annotations, ': ');
  w.item(0, 'CreationTimestamp', date(n.metadata.creationTimestamp));
  const taints = (n.spec?.taints ?? []).map((t: any) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`);
  if (!taints.length) w.item(0, 'Taints', '<none>');
  taints.forEach((t: string, i: number) => w.item(0, i === 0 ? 'Taints' : '', t));
  w.item(0, 'Unschedulable', n.spec?.unschedulable ? 'true' : 'false');
  w.item(0, 'Conditions', '');
  w.table(
    1,
    ['Type', 'Status', 'LastHeartbeatTime', 'LastTransitionTime', 'Reason', 'Message'],
    (st.conditions ?? []).map((c: any) => [c.type, c.status, date(c.lastHeartbeatTime), date(c.lastTransitionTime), c.reason ?? '', c.message ?? '']),
  );
  w.item(0, 'Addresses', '');
  for (const a of st.addresses ?? []) w.item(1, a.type, a.address);
  for (const [key, quantities] of [['Capacity', st.capacity], ['Allocatable', st.allocatable]] as const) {
    w.item(0, key, '');
    for (const [res, q] of Object.entries(quantities ?? {})) w.item(1, res, String(q));
  }
  if (st.nodeInfo) {
    w.item(0, 'System Info', '');
    const info = st.nodeInfo;
    for (const [k, label] of [
      ['machineID', 'Machine ID'],
      ['bootID', 'Boot ID'],
      ['kernelVersion', 'Kernel Version'],
      ['osImage', 'OS Image'],
      ['operatingSystem', 'Operating System'],
      ['architecture', 'Architecture'],
      ['containerRuntimeVersion', 'Container Runtime Version'],
      ['kubeletVersion', 'Kubelet Version'],
    ] as const) {
      if (info[k]) w.item(1, label, info[k]);
    }
  }
  w.item(0, 'PodCIDR', n.spec?.podCIDR ?? '<none>');
  const active = pods.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  w.item(0, 'Non-terminated Pods', `(${active.length} in total)`);
  if (active.length) {
    w.table(
      1,
      ['Namespace', 'Name', 'CPU Requests', 'Memory Requests', 'Age'],
      active.map((p) => {
        const req = (res: string) =>
          (p.spec?.containers ?? []).map((c: any) => c.resources?.requests?.[res]).filter(Boolean).join('+') || '0';
        return [p.metadata.namespace ?? '', p.metadata.name, req('cpu'), req('memory'), age(p.metadata.creationTimestamp)];
      }),
    );
  }
}

async function describeGeneric(w: DescribeWriter, o: KObject): Promise<void> {
  metadata(w, o);
  const { apiVersion: _a, kind: _k, metadata: _m, ...rest } = o;
  if (o.kind === 'Secret' && rest.data) {
    w.item(0, 'Type', rest.type ?? 'Opaque');
    w.item(0, 'Data', '');
    for (const [k, v] of Object.entries(rest.data as Record<string, string>)) w.item(1, k, `${Buffer.from(v, 'base64').length} bytes`);
    return;
  }
  for (const [k, v] of Object.entries(rest)) {
    if (v !== null && typeof v === 'object') {
      w.item(0, k[0]!.toUpperCase() + k.slice(1), '');
      for (const line of (await toYaml(v)).trimEnd().split('\n')) w.raw(1, line);
    } else {
      w.item(0, k[0]!.toUpperCase() + k.slice(1), String(v));
    }
  }
}

async function ownedBy(client: ApiClient, plural: string, owner: KObject): Promise<KObject[]> {
  const list = await listObjects(client, requireResource(plural), { namespace: owner.metadata.namespace });
  return list.items.filter((o) => (o.metadata.ownerReferences ?? []).some((ref: any) => ref.uid === owner.metadata.uid));
}

async function podsOn(client: ApiClient, node: string): Promise<KObject[]> {
  return (await listObjects(client, requireResource('pods'), { fieldSelector: `spec.nodeName=${node}` })).items;
}

async function describeEvents(w: DescribeWriter, client: ApiClient, r: Resource, o: KObject): Promise<void> {
  let events: KObject[];
  try {
    const list = await listObjects(client, requireResource('events'), {
      namespace: r.namespaced ? o.metadata.namespace : undefined,
      fieldSelector: `involvedObject.kind=${r.kind},involvedObject.name=${o.metadata.name}`,
    });
    events = list.items.filter((e) => !e.involvedObject?.uid || !o.metadata.uid || e.involvedObject.uid === o.metadata.uid);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    w.item(0, 'Events', `<unable to read: ${err.message}>`);
    return;
  }
  if (events.length === 0) return w.item(0, 'Events', '<none>');
  const time = (e: KObject) => Date.parse(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? '') || 0;
  events.sort((a, b) => time(a) - time(b));
  const now = Date.now();
  w.item(0, 'Events', '');
  w.table(
    1,
    ['Type', 'Reason', 'Age', 'From', 'Message'],
    events.map((e) => {
      const count = e.count ?? 1;
      const seen = eventLastSeen(e, now);
      const ageText = count > 1 ? `${seen} (x${count} over ${eventLastSeen({ ...e, lastTimestamp: e.firstTimestamp ?? e.eventTime } as KObject, now)})` : seen;
      return [e.type ?? '', e.reason ?? '', ageText, e.source?.component ?? e.reportingComponent ?? '', (e.message ?? '').trim()];
    }),
  );
}
