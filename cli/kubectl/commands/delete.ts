/**
 * `capstan delete (-f FILE | KIND NAME… | KIND -l SELECTOR | KIND --all)` with kubectl's
 * `--cascade`, `--grace-period`, `--ignore-not-found` and `--wait` (default: wait until the
 * objects are gone, as kubectl does).
 */
import { CommandError, UsageError } from '../../command.ts';
import { bool, durationMs, int, list, str } from '../args.ts';
import { ApiError, describeApiError, type ApiClient } from '../client.ts';
import type { Invocation } from '../kubectl-command.ts';
import { parseSources, readSources } from '../manifests.ts';
import { getObject, listObjects } from '../objects.ts';
import { qualifiedSingular, resourceArgs, resourceForKind, type Resource } from '../resources.ts';
import { dryRunMode } from './apply.ts';

const CASCADE: Record<string, string> = { background: 'Background', true: 'Background', foreground: 'Foreground', orphan: 'Orphan', false: 'Orphan' };

interface Target {
  resource: Resource;
  namespace: string;
  name: string;
  /** For errors about objects from files. */
  source?: string;
}

export async function deleteCommand(inv: Invocation): Promise<number> {
  const files = list(inv.flags, 'filename');
  const cascadeText = str(inv.flags, 'cascade') ?? 'background';
  const propagationPolicy = CASCADE[cascadeText];
  if (!propagationPolicy) throw new UsageError(`invalid --cascade value "${cascadeText}": must be background, foreground or orphan`);
  const gracePeriod = int(inv.flags, 'grace-period', -1)!;
  const dryRun = dryRunMode(inv);
  const wait = inv.flags.wait !== false && dryRun === 'none';
  const timeoutText = str(inv.flags, 'timeout');
  const timeoutMs = timeoutText ? durationMs(timeoutText, 'timeout') : 0;
  const ignoreNotFound = bool(inv.flags, 'ignore-not-found');
  const selector = str(inv.flags, 'selector');
  const all = bool(inv.flags, 'all');

  const targets: Target[] = [];
  const client = await inv.client();
  if (files.length > 0) {
    if (inv.args.length > 0) throw new UsageError('cannot name objects both with -f and as arguments');
    const manifests = await parseSources(await readSources(files, { recursive: bool(inv.flags, 'recursive') }), { requireName: true, verb: 'delete' });
    for (const m of manifests) {
      const r = resourceForKind(m.object.kind!);
      if (!r) throw new ApiError('INVALID', `${m.source}: document ${m.document}: no matches for kind "${m.object.kind}"`);
      targets.push({ resource: r, namespace: m.object.metadata.namespace || inv.namespace, name: m.object.metadata.name, source: m.source });
    }
  } else {
    if (inv.args.length === 0) throw new UsageError('you must specify the type of resource to delete, or -f FILE');
    for (const { resource, names } of resourceArgs(inv.args)) {
      if (names.length > 0) {
        if (selector || all) throw new UsageError('name cannot be provided when a selector or --all is specified');
        for (const name of names) targets.push({ resource, namespace: inv.namespace, name });
      } else if (selector || all) {
        const found = await listObjects(client, resource, { namespace: inv.namespace, labelSelector: selector });
        for (const o of found.items) targets.push({ resource, namespace: o.metadata.namespace ?? inv.namespace, name: o.metadata.name });
      } else {
        throw new UsageError(`resource(s) were provided, but no name was specified: name the objects, or use -l SELECTOR or --all`);
      }
    }
    if (targets.length === 0) {
      inv.ctx.stderr(`No resources found${resourceArgs(inv.args)[0]!.resource.namespaced ? ` in ${inv.namespace} namespace` : ''}.\n`);
      return 0;
    }
  }

  let failed = false;
  const deleted: Target[] = [];
  const suffix = dryRun === 'server' ? ' (server dry run)' : dryRun === 'client' ? ' (dry run)' : '';
  for (const t of targets) {
    try {
      if (dryRun !== 'none') {
        if (!(await getObject(client, t.resource, t.namespace, t.name))) throw notFoundFor(t);
      } else {
        await deleteOne(client, t, propagationPolicy, gracePeriod);
      }
      inv.ctx.stdout(`${qualifiedSingular(t.resource)} "${t.name}" deleted${suffix}\n`);
      deleted.push(t);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'NOT_FOUND') {
        if (ignoreNotFound) continue;
        const e = notFoundFor(t);
        inv.ctx.stderr(`${describeApiError(t.source ? new ApiError('NOT_FOUND', `error when deleting "${t.source}": ${e.message}`) : e)}\n`);
        failed = true;
        continue;
      }
      throw err;
    }
  }

  if (wait && deleted.length > 0) await waitUntilGone(client, deleted, timeoutMs);
  return failed ? 1 : 0;
}

function notFoundFor(t: Target): ApiError {
  const plural = t.resource.group ? `${t.resource.plural}.${t.resource.group}` : t.resource.plural;
  return new ApiError('NOT_FOUND', `${plural} "${t.name}" not found`);
}

async function deleteOne(client: ApiClient, t: Target, propagationPolicy: string, gracePeriod: number): Promise<void> {
  const r = t.resource;
  const nsDecl = r.namespaced ? '$namespace: String!, ' : '';
  const nsPass = r.namespaced ? 'namespace: $namespace, ' : '';
  await client.request(
    `mutation(${nsDecl}$name: String!, $propagationPolicy: PropagationPolicy, $gracePeriodSeconds: Int) { ` +
      `d: delete${r.mutationName}(${nsPass}name: $name, propagationPolicy: $propagationPolicy, gracePeriodSeconds: $gracePeriodSeconds) { metadata { name } } }`,
    { ...(r.namespaced ? { namespace: t.namespace } : {}), name: t.name, propagationPolicy, gracePeriodSeconds: gracePeriod >= 0 ? gracePeriod : undefined },
  );
}

/** Polls until every object is gone, as `kubectl delete --wait` does (finalizers, graceful pod stops). */
async function waitUntilGone(client: ApiClient, targets: Target[], timeoutMs: number): Promise<void> {
  const deadline = timeoutMs > 0 ? Date.now() + timeoutMs : Number.POSITIVE_INFINITY;
  let pending = targets;
  let delay = 100;
  while (pending.length > 0) {
    const still: Target[] = [];
    for (const t of pending) if (await getObject(client, t.resource, t.namespace, t.name)) still.push(t);
    pending = still;
    if (pending.length === 0) return;
    if (Date.now() > deadline) {
      throw new CommandError(`error: timed out waiting for the deletion of ${pending.map((t) => `${qualifiedSingular(t.resource)}/${t.name}`).join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(1000, delay * 2);
  }
}
