/**
 * `capstan rollout status|history|undo|restart deployment/NAME`, with kubectl's messages.
 */
import { CommandError, UsageError } from '../../command.ts';
import { durationMs, int, str } from '../args.ts';
import { ApiError, type ApiClient } from '../client.ts';
import type { Invocation } from '../kubectl-command.ts';
import { listObjects, mustGet, notFound } from '../objects.ts';
import { Table, toYaml, type KObject } from '../output.ts';
import { objectRef, resourceArgs, resourceForKind, type Resource } from '../resources.ts';
import { watchObjects } from '../watch.ts';

const REVISION = 'deployment.kubernetes.io/revision';
const CHANGE_CAUSE = 'kubernetes.io/change-cause';
const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

export async function rollout(inv: Invocation): Promise<number> {
  const [sub, ...rest] = inv.args;
  if (!sub || !['status', 'history', 'undo', 'restart'].includes(sub)) throw new UsageError('use one of: rollout status|history|undo|restart deployment/NAME');
  const targets = resourceArgs(rest).flatMap(({ resource, names }) => names.map((name) => ({ resource, name })));
  if (targets.length === 0) throw new UsageError(`name the deployment: capstan rollout ${sub} deployment/NAME`);
  for (const t of targets) if (t.resource.kind !== 'Deployment') throw new UsageError(`no rollout ${sub} for ${t.resource.plural}: deployments only`);
  const client = await inv.client();
  for (const { resource, name } of targets) {
    try {
      if (sub === 'status') await status(inv, resource, name);
      else if (sub === 'history') await history(inv, client, resource, name);
      else if (sub === 'undo') await undo(inv, client, resource, name);
      else await restart(inv, client, resource, name);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'NOT_FOUND' && /^Deployment "/.test(err.message)) throw notFound(resource, name);
      throw err;
    }
  }
  return 0;
}

/** kubectl's DeploymentStatusViewer: the message, and whether the rollout is done. */
export function deploymentStatus(d: KObject): { message: string; done: boolean } {
  const name = d.metadata.name;
  const st = d.status ?? {};
  if ((d.metadata.generation ?? 0) <= (st.observedGeneration ?? 0)) {
    const progressing = (st.conditions ?? []).find((c: any) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') throw new CommandError(`error: deployment "${name}" exceeded its progress deadline`);
    const want = d.spec?.replicas ?? 1;
    const updated = st.updatedReplicas ?? 0;
    const replicas = st.replicas ?? 0;
    const available = st.availableReplicas ?? 0;
    if (updated < want) return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${want} new replicas have been updated...`, done: false };
    if (replicas > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...`, done: false };
    if (available < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`, done: false };
    return { message: `deployment "${name}" successfully rolled out`, done: true };
  }
  return { message: 'Waiting for deployment spec update to be observed...', done: false };
}

async function status(inv: Invocation, r: Resource, name: string): Promise<void> {
  const client = await inv.client();
  const timeoutText = str(inv.flags, 'timeout');
  const timeoutMs = timeoutText ? durationMs(timeoutText, 'timeout') : 0;
  const watch = inv.flags.watch !== false;
  const list = await listObjects(client, r, { namespace: inv.namespace, fieldSelector: `metadata.name=${name}` });
  const d = list.items[0];
  if (!d) throw notFound(r, name);
  let last = '';
  const show = (o: KObject): boolean => {
    const { message, done } = deploymentStatus(o);
    if (message !== last) inv.ctx.stdout(`${message}\n`);
    last = message;
    return done;
  };
  if (show(d) || !watch) return;
  await watchObjects(inv, r, {
    namespace: inv.namespace,
    fieldSelector: `metadata.name=${name}`,
    resourceVersion: list.resourceVersion,
    onEvent: (type, o) => {
      if (type === 'DELETED') throw new CommandError(`error: deployment "${name}" was deleted`);
      return show(o);
    },
    timeoutMs: timeoutMs > 0 ? timeoutMs : undefined,
    onTimeout: () => new CommandError(`error: timed out waiting for the condition`),
  });
}

async function ownedReplicaSets(client: ApiClient, d: KObject): Promise<KObject[]> {
  const rsResource = resourceForKind('ReplicaSet')!;
  const all = await listObjects(client, rsResource, { namespace: d.metadata.namespace });
  return all.items
    .filter((rs) => (rs.metadata.ownerReferences ?? []).some((ref: any) => ref.controller && ref.uid === d.metadata.uid))
    .sort((a, b) => revisionOf(a) - revisionOf(b));
}

function revisionOf(o: KObject): number {
  const n = Number(o.metadata.annotations?.[REVISION]);
  return Number.isInteger(n) ? n : 0;
}

async function history(inv: Invocation, client: ApiClient, r: Resource, name: string): Promise<void> {
  const d = await mustGet(client, r, inv.namespace, name);
  const sets = (await ownedReplicaSets(client, d)).filter((rs) => revisionOf(rs) > 0);
  const wanted = int(inv.flags, 'revision');
  if (wanted !== undefined && wanted > 0) {
    const rs = sets.find((s) => revisionOf(s) === wanted);
    if (!rs) throw new CommandError(`error: unable to find the specified revision ${wanted}`);
    const template = structuredClone(rs.spec?.template ?? {});
    delete template.metadata?.labels?.['pod-template-hash'];
    inv.ctx.stdout(`${objectRef(r, name)} with revision #${wanted}\nPod Template:\n${indent(await toYaml(template), '  ')}`);
    return;
  }
  const table = new Table(['REVISION', 'CHANGE-CAUSE']);
  const rows = sets.map((rs) => [String(revisionOf(rs)), rs.metadata.annotations?.[CHANGE_CAUSE] ?? '<none>']);
  inv.ctx.stdout(`${objectRef(r, name)} \n${table.render(rows)}\n`);
}

async function undo(inv: Invocation, client: ApiClient, r: Resource, name: string): Promise<void> {
  const toRevision = int(inv.flags, 'to-revision');
  await client.request('mutation($namespace: String!, $name: String!, $toRevision: Int) { rolloutUndo(namespace: $namespace, name: $name, toRevision: $toRevision) { metadata { name } } }', {
    namespace: inv.namespace,
    name,
    toRevision: toRevision && toRevision > 0 ? toRevision : undefined,
  });
  inv.ctx.stdout(`${objectRef(r, name)} rolled back\n`);
}

async function restart(inv: Invocation, client: ApiClient, r: Resource, name: string): Promise<void> {
  const d = await mustGet(client, r, inv.namespace, name);
  if (d.spec?.paused) throw new CommandError(`error: deployments.apps "${name}" can't restart paused deployment (run rollout resume first)`);
  const restartedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  await client.request('mutation($namespace: String!, $name: String!, $patch: JSON!) { patchDeployment(namespace: $namespace, name: $name, patch: $patch) { metadata { name } } }', {
    namespace: inv.namespace,
    name,
    patch: { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: restartedAt } } } } },
  });
  inv.ctx.stdout(`${objectRef(r, name)} restarted\n`);
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => (l ? prefix + l : l))
    .join('\n');
}
