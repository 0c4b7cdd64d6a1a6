/**
 * `capstan create job NAME --image IMG [-- COMMAND [ARG…]]`, `capstan create job NAME
 * --from=cronjob/CJ` (run a CronJob now) and `capstan create cronjob NAME --image IMG
 * --schedule SPEC [-- COMMAND…]`, as kubectl's generators make them.
 */
import { UsageError } from '../../command.ts';
import { str } from '../args.ts';
import type { ApiClient } from '../client.ts';
import type { Invocation } from '../kubectl-command.ts';
import { mustGet } from '../objects.ts';
import type { KObject } from '../output.ts';
import { findResource } from '../resources.ts';
import { dryRunMode } from './apply.ts';

/** The Job `kubectl create job --from=cronjob/NAME` makes: the template, marked manual, owned by the CronJob. */
export function jobFromCronJobTemplate(name: string, cronJob: KObject): KObject {
  const template = cronJob.spec?.jobTemplate ?? {};
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      ...(template.metadata?.labels ? { labels: { ...template.metadata.labels } } : {}),
      annotations: { ...(template.metadata?.annotations ?? {}), 'cronjob.kubernetes.io/instantiate': 'manual' },
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cronJob.metadata.name, uid: cronJob.metadata.uid!, controller: true }],
    },
    spec: structuredClone(template.spec ?? {}),
  };
}

/** One container named after the object, restarting as kubectl's generator sets it. */
function podTemplate(name: string, image: string, command: string[], restartPolicy: 'Never' | 'OnFailure') {
  return { spec: { restartPolicy, containers: [{ name, image, ...(command.length ? { command } : {}) }] } };
}

async function submit(inv: Invocation, client: ApiClient, obj: KObject, label: string): Promise<number> {
  const dryRun = dryRunMode(inv);
  if (dryRun === 'server') {
    await client.request('mutation($m: String!, $ns: String) { apply(manifests: $m, namespace: $ns, dryRun: true) { action } }', { m: JSON.stringify(obj), ns: inv.namespace });
  } else if (dryRun === 'none') {
    const field = obj.kind === 'Job' ? 'job' : 'cronJob';
    await client.request(`mutation($ns: String!, $o: ${obj.kind}Input!) { create${obj.kind}(namespace: $ns, ${field}: $o) { metadata { name } } }`, { ns: inv.namespace, o: obj });
  }
  inv.ctx.stdout(`${label}/${obj.metadata.name} created${dryRun === 'server' ? ' (server dry run)' : dryRun === 'client' ? ' (dry run)' : ''}\n`);
  return 0;
}

export async function createJob(inv: Invocation, name: string | undefined, command: string[]): Promise<number> {
  if (!name) throw new UsageError('NAME is required: capstan create job NAME --image IMAGE [-- COMMAND…] | --from=cronjob/NAME');
  const from = str(inv.flags, 'from');
  const image = str(inv.flags, 'image');
  if (from !== undefined) {
    if (image !== undefined || command.length > 0) throw new UsageError('--from cannot be combined with --image or a command');
    const slash = from.indexOf('/');
    const r = slash < 0 ? undefined : findResource(from.slice(0, slash));
    if (r?.kind !== 'CronJob') throw new UsageError(`--from must be cronjob/NAME (or cj/NAME), not ${JSON.stringify(from)}`);
    const client = await inv.client();
    const cronJob = await mustGet(client, r, inv.namespace, from.slice(slash + 1));
    return submit(inv, client, jobFromCronJobTemplate(name, cronJob), 'job.batch');
  }
  if (!image) throw new UsageError('--image or --from is required: capstan create job NAME --image IMAGE [-- COMMAND…]');
  const job: KObject = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec: { template: podTemplate(name, image, command, 'Never') } };
  return submit(inv, await inv.client(), job, 'job.batch');
}

export async function createCronJob(inv: Invocation, name: string | undefined, command: string[]): Promise<number> {
  if (!name) throw new UsageError('NAME is required: capstan create cronjob NAME --image IMAGE --schedule SPEC [-- COMMAND…]');
  const image = str(inv.flags, 'image');
  const schedule = str(inv.flags, 'schedule');
  if (!image) throw new UsageError('--image is required: capstan create cronjob NAME --image IMAGE --schedule SPEC');
  if (!schedule) throw new UsageError('--schedule is required: capstan create cronjob NAME --image IMAGE --schedule "*/5 * * * *"');
  const cronJob: KObject = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name },
    spec: { schedule, jobTemplate: { metadata: { name }, spec: { template: podTemplate(name, image, command, 'OnFailure') } } },
  };
  return submit(inv, await inv.client(), cronJob, 'cronjob.batch');
}
