/** `capstan create namespace NAME`: kubectl's `create namespace`. */
import { UsageError } from '../../command.ts';
import type { Invocation } from '../kubectl-command.ts';
import { dryRunMode } from './apply.ts';
import { createCronJob, createJob } from './create-batch.ts';
import { createToken } from './create-token.ts';

export async function create(inv: Invocation): Promise<number> {
  const [what, name, ...extra] = inv.args;
  if (what === undefined) throw new UsageError('name what to create: capstan create namespace NAME (use capstan apply -f for manifests)');
  if (what.toLowerCase() === 'token') return createToken(inv, inv.args.slice(1));
  if (what.toLowerCase() === 'job') return createJob(inv, name, extra);
  if (['cronjob', 'cj'].includes(what.toLowerCase())) return createCronJob(inv, name, extra);
  if (!['namespace', 'ns'].includes(what.toLowerCase())) throw new UsageError(`capstan create supports "namespace", "token", "job" and "cronjob" only; use capstan apply -f for ${what}`);
  if (!name) throw new UsageError('NAME is required: capstan create namespace NAME');
  if (extra.length) throw new UsageError(`exactly one NAME is required, got ${1 + extra.length}`);
  const dryRun = dryRunMode(inv);
  const client = await inv.client();
  const namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
  if (dryRun === 'server') {
    // No dry-run flag on createNamespace: apply validates without writing, and says whether it exists.
    await client.request('mutation($m: String!) { apply(manifests: $m, dryRun: true) { action } }', { m: JSON.stringify(namespace) });
    const exists = await client.request<{ namespace: unknown }>('query($name: String!) { namespace(name: $name) { metadata { name } } }', { name });
    if (exists.namespace) throw new (await import('../client.ts')).ApiError('ALREADY_EXISTS', `namespaces "${name}" already exists`);
  } else if (dryRun === 'none') {
    await client.request('mutation($ns: NamespaceInput!) { createNamespace(namespace: $ns) { metadata { name } } }', { ns: namespace });
  }
  inv.ctx.stdout(`namespace/${name} created${dryRun === 'server' ? ' (server dry run)' : dryRun === 'client' ? ' (dry run)' : ''}\n`);
  return 0;
}
