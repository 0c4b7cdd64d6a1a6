/**
 * The CronJob controller (Kubernetes' cronjob_controllerv2): at each time of `spec.schedule` (in
 * `spec.timeZone`) it creates a Job `<cronjob>-<scheduled minutes since the epoch>` from
 * `spec.jobTemplate`, following `concurrencyPolicy` (Allow, Forbid: skip while one runs,
 * Replace: delete the running ones first) and `startingDeadlineSeconds`; it keeps
 * `status.active`, `lastScheduleTime` and `lastSuccessfulTime`, deletes finished Jobs past the
 * history limits, and asks to be reconciled again at the next scheduled time.
 *
 * The Job name makes a run idempotent: a retried reconcile that finds the Job already there
 * (ALREADY_EXISTS) knows that run is done.
 */
import { rfc3339 } from '../../api/time.ts';
import type { Logger } from 'pino';
import { CapstanError } from '../../server/errors.ts';
import { CronSyntaxError, parseCronSchedule } from '../../server/kinds/cron-schedule.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { jsonEqual } from '../../server/store/merge-patch.ts';
import type { LogEvent } from '../../server/store/types.ts';
import { objectKey, splitKey, type Controller, type ReconcileContext, type RequeueAfter } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import { recordEvent, type EventType } from '../events.ts';
import { activeState, jobFromCronJob, jobsPastHistoryLimits, MAX_MISSED_BEFORE_WARNING, ownedJobs, scheduleDecision, scheduledJobName } from './cronjob-status.ts';
import { controllerRefOf } from './pod-control.ts';

export const CRONJOB_COMPONENT = 'cronjob-controller';

export interface CronJobControllerOptions {
  /** The controller's clock (epoch ms). Default: Date.now, sped up by `clockRate`. */
  now?: () => number;
  /**
   * How many clock milliseconds pass per real millisecond (default 1). Tests and demos use 60 so
   * that `* * * * *` fires every second; requeue delays are divided by it.
   */
  clockRate?: number;
}

/** A CronJob controller; `cronJobController` is the one with default options. */
export function createCronJobController(options: CronJobControllerOptions = {}): Controller<ControllerStore> {
  const rate = options.clockRate ?? 1;
  if (!(rate > 0)) throw new Error(`clockRate must be positive, not ${rate}`);
  const start = Date.now();
  const now = options.now ?? (rate === 1 ? Date.now : () => start + (Date.now() - start) * rate);
  return {
    name: 'cronjob',
    keysFor: cronJobKeysFor,
    async listKeys(store) {
      return (await store.list('CronJob')).items.map((c) => objectKey(c.metadata.namespace, c.metadata.name));
    },
    reconcile: (key, ctx) => reconcileCronJob(key, ctx, { now, rate }),
  };
}

export const cronJobController = createCronJobController();

/** A CronJob's own changes, and changes to the Jobs it controls. */
export function cronJobKeysFor(event: LogEvent): string[] {
  if (event.kind === 'CronJob') return [objectKey(event.namespace, event.name)];
  if (event.kind !== 'Job') return [];
  const keys = new Set<string>();
  for (const obj of [event.object, event.prevObject]) {
    const ref = controllerRefOf(obj);
    if (ref?.kind === 'CronJob') keys.add(objectKey(event.namespace, ref.name));
  }
  return [...keys];
}

interface ReconcileOptions {
  now: () => number;
  rate: number;
}

/** One sync of one CronJob: active list, history, the run that is due, status, next requeue. */
export async function reconcileCronJob(key: string, ctx: ReconcileContext<ControllerStore>, opts: ReconcileOptions): Promise<void | RequeueAfter> {
  const { store, signal, log } = ctx;
  const { namespace, name } = splitKey(key);
  const cronJob = await store.get('CronJob', namespace, name);
  if (!cronJob || cronJob.metadata.deletionTimestamp) return;
  const nowMs = opts.now();

  // Only the Jobs it controls (the owner index), as Kubernetes' CronJob controller keeps only
  // those: not every Job of the namespace on every sync.
  let owned = ownedJobs(cronJob, cronJob.metadata.uid ? (await store.list('Job', { namespace, controllerUid: cronJob.metadata.uid })).items : []);
  signal.throwIfAborted();

  // History first, so a run created below is never what a limit of 0 removes at once.
  const expired = jobsPastHistoryLimits(cronJob, owned);
  for (const job of expired) {
    if (await deleteJob(store, job)) await event(store, log, cronJob, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
  }
  owned = owned.filter((j) => !expired.includes(j));

  const state = activeState(cronJob, owned);
  let active = state.active;
  let lastScheduleTime: string | undefined = cronJob.status?.lastScheduleTime;
  let requeueMs: number | undefined;

  let schedule;
  try {
    schedule = parseCronSchedule(cronJob.spec?.schedule ?? '', cronJob.spec?.timeZone ?? undefined);
  } catch (err) {
    // Validation refuses bad schedules; one stored before a rule change is reported, not retried.
    if (!(err instanceof CronSyntaxError)) throw err;
    await event(store, log, cronJob, 'Warning', 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(cronJob.spec?.schedule)} : ${err.message}`);
    schedule = undefined;
  }

  if (schedule && cronJob.spec?.suspend !== true) {
    const decision = scheduleDecision(cronJob, schedule, nowMs);
    if (decision.nextMs !== undefined) requeueMs = decision.nextMs - nowMs;
    if (decision.missed > MAX_MISSED_BEFORE_WARNING) {
      await event(store, log, cronJob, 'Warning', 'TooManyMissedTimes', `too many missed start times: ${decision.missed}. Set or decrease .spec.startingDeadlineSeconds or check clock skew`);
    }
    const due = decision.dueMs;
    const jobName = due === undefined ? undefined : scheduledJobName(cronJob, due);
    const alreadyRun = jobName !== undefined && (owned.some((j) => j.metadata.name === jobName) || lastScheduleTime === rfc3339(due!));
    if (due !== undefined && !alreadyRun) {
      if (decision.tooLate) {
        await event(store, log, cronJob, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc3339(due)}`);
      } else if (cronJob.spec?.concurrencyPolicy === 'Forbid' && active.length > 0) {
        // Kubernetes leaves lastScheduleTime alone: the run may still start when the running Job ends.
        log.debug({ cronJob: key, scheduled: rfc3339(due) }, 'not starting a job: one is active and concurrencyPolicy is Forbid');
      } else {
        if (cronJob.spec?.concurrencyPolicy === 'Replace') {
          for (const ref of active) {
            const job = owned.find((j) => j.metadata.uid === ref.uid);
            if (job && (await deleteJob(store, job))) await event(store, log, cronJob, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
          }
          active = [];
        }
        signal.throwIfAborted();
        let job: KObject | undefined;
        try {
          job = await store.create('Job', namespace, jobFromCronJob(cronJob, due));
          await event(store, log, cronJob, 'Normal', 'SuccessfulCreate', `Created job ${job.metadata.name}`);
        } catch (err) {
          if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) {
            await event(store, log, cronJob, 'Warning', 'FailedCreate', `Error creating job: ${err instanceof Error ? err.message : String(err)}`);
            throw err;
          }
          job = (await store.get('Job', namespace, jobName!)) ?? undefined;
        }
        if (job && controllerRefOf(job)?.uid === cronJob.metadata.uid && !active.some((r) => r.uid === job!.metadata.uid)) {
          active = [
            ...active,
            { apiVersion: 'batch/v1', kind: 'Job', name: job.metadata.name, namespace: job.metadata.namespace ?? '', uid: job.metadata.uid ?? '', resourceVersion: job.metadata.resourceVersion ?? '' },
          ].sort((a, b) => a.name.localeCompare(b.name));
        }
        lastScheduleTime = rfc3339(due);
      }
    }
  }

  const status: Record<string, unknown> = { ...(cronJob.status ?? {}) };
  delete status.active;
  if (active.length > 0) status.active = active;
  if (lastScheduleTime !== undefined) status.lastScheduleTime = lastScheduleTime;
  if (state.lastSuccessfulTime !== undefined) status.lastSuccessfulTime = state.lastSuccessfulTime;
  if (!jsonEqual(withoutVersions(status), withoutVersions(cronJob.status ?? {}))) {
    signal.throwIfAborted();
    try {
      await store.updateStatus('CronJob', namespace, name, status, { resourceVersion: cronJob.metadata.resourceVersion });
    } catch (err) {
      if (!(err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND'))) throw err;
    }
  }
  // Kubernetes adds 100 ms so the scheduled time has surely passed when it looks again.
  return requeueMs === undefined ? undefined : { requeueAfterMs: Math.max(1, Math.ceil(requeueMs / opts.rate) + 100) };
}

/** Active references carry resourceVersions that move with every Job status write: compare without them. */
function withoutVersions(status: Record<string, any>): unknown {
  return { ...status, active: Array.isArray(status.active) ? status.active.map(({ resourceVersion: _, ...ref }: Record<string, string>) => ref) : status.active };
}

/** Deletes a Job and its pods (background); false if it was already gone. */
async function deleteJob(store: ControllerStore, job: KObject): Promise<boolean> {
  try {
    await store.delete('Job', job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Background' });
    return true;
  } catch (err) {
    if (err instanceof CapstanError && err.code === 'NOT_FOUND') return false;
    throw err;
  }
}

/** Events are a record, not the work: failing to write one never fails a reconcile. */
async function event(store: ControllerStore, log: Logger, cronJob: KObject, type: EventType, reason: string, message: string): Promise<void> {
  try {
    await recordEvent(store, cronJob, type, reason, message, { component: CRONJOB_COMPONENT });
  } catch (err) {
    log.warn({ err, reason }, 'could not record event');
  }
}
