/**
 * The Job controller (Kubernetes' pkg/controller/job, with the TTL-after-finished controller):
 * runs a Job's pods until enough succeed, replaces failed ones after a back-off until
 * `backoffLimit`, stops at `activeDeadlineSeconds`, honours `suspend`, and deletes a finished Job
 * after `ttlSecondsAfterFinished`. The decisions are in job-status.ts (`planJob`); this file reads
 * the state, carries the plan out and writes the status.
 *
 * As in the ReplicaSet controller, every reconcile lists pods from Postgres after its own writes
 * committed, and a key is never reconciled by two workers at once: no expectations are needed.
 */
import type { Logger } from 'pino';
import { CapstanError } from '../../server/errors.ts';
import { JOB_COMPLETION_INDEX_ANNOTATION } from '../../server/kinds/job.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { selectorFromLabelSelectorObject } from '../../server/selectors/label-selector-object.ts';
import { jsonEqual } from '../../server/store/merge-patch.ts';
import type { LogEvent } from '../../server/store/types.ts';
import { objectKey, splitKey, type Controller, type ReconcileContext, type RequeueAfter } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import { recordEvent, type EventType } from '../events.ts';
import { DEFAULT_JOB_PLAN_OPTIONS, planJob, type JobPlanOptions } from './job-status.ts';
import { controllerRefOf, podFromTemplate, slowStartBatch } from './pod-control.ts';
import { listClaimCandidates } from './claim-candidates.ts';
import { claimObjects } from './replicaset-ownership.ts';

export const JOB_COMPONENT = 'job-controller';

export interface JobControllerOptions extends Partial<JobPlanOptions> {
  /** Clock for deadlines, back-off, TTLs and timestamps in status. Default Date.now. */
  now?: () => number;
  /** Most pods created in one reconcile. Default 500. */
  burstPods?: number;
}

/** A Job controller; `jobController` is the one with default options. */
export function createJobController(options: JobControllerOptions = {}): Controller<ControllerStore> {
  const opts: ReconcileOptions = {
    now: options.now ?? Date.now,
    burstPods: options.burstPods ?? 500,
    plan: {
      podFailureBackoffMs: options.podFailureBackoffMs ?? DEFAULT_JOB_PLAN_OPTIONS.podFailureBackoffMs,
      maxPodFailureBackoffMs: options.maxPodFailureBackoffMs ?? DEFAULT_JOB_PLAN_OPTIONS.maxPodFailureBackoffMs,
    },
  };
  return {
    name: 'job',
    keysFor: jobKeysFor,
    async listKeys(store) {
      return (await store.list('Job')).items.map((j) => objectKey(j.metadata.namespace, j.metadata.name));
    },
    reconcile: (key, ctx) => reconcileJob(key, ctx, opts),
  };
}

export const jobController = createJobController();

/** A Job's own changes, and changes to the pods it controls. */
export function jobKeysFor(event: LogEvent): string[] {
  if (event.kind === 'Job') return [objectKey(event.namespace, event.name)];
  if (event.kind !== 'Pod') return [];
  const keys = new Set<string>();
  for (const obj of [event.object, event.prevObject]) {
    const ref = controllerRefOf(obj);
    if (ref?.kind === 'Job') keys.add(objectKey(event.namespace, ref.name));
  }
  return [...keys];
}

interface ReconcileOptions {
  now: () => number;
  burstPods: number;
  plan: JobPlanOptions;
}

/** A pod for index `index` (Indexed Jobs) or for any (NonIndexed) from the Job's template. */
export function jobPod(job: KObject, index: number | undefined): KObject {
  const pod = podFromTemplate(job);
  if (index === undefined) return pod;
  // `<job>-<index>-<5 random>`, as Kubernetes names Indexed Job pods.
  pod.metadata.generateName = `${job.metadata.name.slice(0, 50)}-${index}-`;
  pod.metadata.annotations = { ...pod.metadata.annotations, [JOB_COMPLETION_INDEX_ANNOTATION]: String(index) };
  pod.metadata.labels = { ...pod.metadata.labels, [JOB_COMPLETION_INDEX_ANNOTATION]: String(index) };
  const env = { name: 'JOB_COMPLETION_INDEX', value: String(index) };
  for (const list of [pod.spec.initContainers, pod.spec.containers]) {
    for (const c of Array.isArray(list) ? list : []) c.env = [...(c.env ?? []).filter((e: { name: string }) => e.name !== env.name), env];
  }
  return pod;
}

/** One sync of one Job: claim its pods, plan, create and delete pods, write status. */
export async function reconcileJob(key: string, ctx: ReconcileContext<ControllerStore>, opts: ReconcileOptions): Promise<void | RequeueAfter> {
  const { store, signal, log } = ctx;
  const { namespace, name } = splitKey(key);
  const job = await store.get('Job', namespace, name);
  // Its pods go with it through their ownerReferences (the gc controller).
  if (!job || job.metadata.deletionTimestamp) return;

  const selector = selectorFromLabelSelectorObject(job.spec?.selector);
  const candidates = await listClaimCandidates(store, 'Pod', job, selector);
  signal.throwIfAborted();
  const pods = await claimObjects(store, 'Pod', job, selector, candidates);
  const nowMs = opts.now();
  const plan = planJob(job, pods, nowMs, opts.plan);

  if (plan.deleteJob) {
    signal.throwIfAborted();
    try {
      // As Kubernetes' TTL controller: foreground, so the pods go before the Job does.
      await store.delete('Job', namespace, name, { propagationPolicy: 'Foreground', resourceVersion: job.metadata.resourceVersion });
    } catch (err) {
      if (!(err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND'))) throw err;
    }
    return;
  }

  let failedWith: unknown;
  const toCreate = plan.create.slice(0, opts.burstPods);
  let created = 0;
  if (toCreate.length > 0) {
    const queue = [...toCreate];
    const { succeeded, error } = await slowStartBatch(toCreate.length, 1, async () => {
      signal.throwIfAborted();
      const pod = await store.create('Pod', namespace, jobPod(job, queue.shift()));
      await event(store, log, job, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`);
    });
    created = succeeded;
    if (error !== undefined) {
      failedWith = error;
      await event(store, log, job, 'Warning', 'FailedCreate', `Error creating: ${errorMessage(error)}`);
    }
  }
  let deleteFailures = 0;
  for (const pod of plan.delete) {
    signal.throwIfAborted();
    try {
      await store.delete('Pod', namespace, pod.metadata.name, { resourceVersion: pod.metadata.resourceVersion });
      await event(store, log, job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
    } catch (err) {
      if (err instanceof CapstanError && err.code === 'NOT_FOUND') continue;
      // A pod that changed meanwhile is looked at again: its change enqueued this Job.
      if (err instanceof CapstanError && err.code === 'CONFLICT') continue;
      deleteFailures++;
      failedWith ??= err;
    }
  }
  for (const e of plan.events) await event(store, log, job, e.type, e.reason, e.message);

  const status = { ...plan.status, active: plan.status.active - (plan.create.length - created) };
  if (deleteFailures === 0 && !jsonEqual(status, job.status ?? {})) {
    signal.throwIfAborted();
    try {
      await store.updateStatus('Job', namespace, name, status, { resourceVersion: job.metadata.resourceVersion });
    } catch (err) {
      // The Job changed (or went) meanwhile; that change enqueued another reconcile.
      if (!(err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND'))) throw err;
    }
  }
  if (failedWith !== undefined) throw failedWith;
  const more = plan.create.length > toCreate.length ? 0 : plan.requeueAfterMs;
  return more === undefined ? undefined : { requeueAfterMs: more };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Events are a record, not the work: failing to write one never fails a reconcile. */
async function event(store: ControllerStore, log: Logger, job: KObject, type: EventType, reason: string, message: string): Promise<void> {
  try {
    await recordEvent(store, job, type, reason, message, { component: JOB_COMPONENT });
  } catch (err) {
    log.warn({ err, reason }, 'could not record event');
  }
}
