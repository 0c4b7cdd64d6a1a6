/**
 * The pure parts of the CronJob controller (Kubernetes' cronjob_controllerv2 and its utils):
 * which run is due, the Job it makes, the `status.active` list and `lastSuccessfulTime` from the
 * Jobs it owns, and which finished Jobs fall out of the history limits.
 */
import { rfc3339 } from '../../api/time.ts';
import { mostRecentScheduleTime, type CronSchedule } from '../../server/kinds/cron-schedule.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { jobFinishedAs } from './job-status.ts';
import { controllerRefOf, controllerRefTo } from './pod-control.ts';

/** The annotation Kubernetes puts on each Job a CronJob makes: the time it was scheduled for. */
export const CRONJOB_SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

/** More missed runs than this get a TooManyMissedTimes warning, as in Kubernetes. */
export const MAX_MISSED_BEFORE_WARNING = 100;

/** `<cronjob>-<minutes since the epoch of the scheduled time>`, as Kubernetes names them. */
export function scheduledJobName(cronJob: KObject, scheduledMs: number): string {
  return `${cronJob.metadata.name}-${Math.floor(scheduledMs / 60_000)}`;
}

/** The Job for the run scheduled at `scheduledMs`: the jobTemplate, named, labelled and owned. */
export function jobFromCronJob(cronJob: KObject, scheduledMs: number): KObject {
  const template = cronJob.spec?.jobTemplate ?? {};
  const meta = template.metadata ?? {};
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: scheduledJobName(cronJob, scheduledMs),
      namespace: cronJob.metadata.namespace,
      ...(meta.labels ? { labels: { ...meta.labels } } : {}),
      annotations: { ...(meta.annotations ?? {}), [CRONJOB_SCHEDULED_TIMESTAMP_ANNOTATION]: rfc3339(scheduledMs) },
      ownerReferences: [controllerRefTo(cronJob)],
    },
    spec: structuredClone(template.spec ?? {}),
  };
}

/** The Jobs `cronJob` controls. */
export function ownedJobs(cronJob: KObject, jobs: KObject[]): KObject[] {
  return jobs.filter((j) => {
    const ref = controllerRefOf(j);
    return ref?.kind === 'CronJob' && ref.uid === cronJob.metadata.uid;
  });
}

export interface ActiveState {
  /** The unfinished owned Jobs, as `status.active` references (sorted by name). */
  active: Record<string, string>[];
  /** The latest completionTime of an owned Job that completed, or the previous value. */
  lastSuccessfulTime?: string;
}

/** `status.active` and `lastSuccessfulTime` from the owned Jobs. */
export function activeState(cronJob: KObject, owned: KObject[]): ActiveState {
  const active = owned
    .filter((j) => !jobFinishedAs(j) && !j.metadata.deletionTimestamp)
    .map((j) => ({ apiVersion: 'batch/v1', kind: 'Job', name: j.metadata.name, namespace: j.metadata.namespace ?? '', uid: j.metadata.uid ?? '', resourceVersion: j.metadata.resourceVersion ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  let last: string | undefined = cronJob.status?.lastSuccessfulTime;
  for (const j of owned) {
    const t = jobFinishedAs(j) === 'Complete' ? j.status?.completionTime : undefined;
    if (typeof t === 'string' && (last === undefined || Date.parse(t) > Date.parse(last))) last = t;
  }
  return last === undefined ? { active } : { active, lastSuccessfulTime: last };
}

function finishedAt(job: KObject): number {
  const t = Date.parse(job.status?.completionTime ?? job.status?.startTime ?? job.metadata.creationTimestamp ?? '');
  return Number.isNaN(t) ? 0 : t;
}

/** Finished Jobs past `successfulJobsHistoryLimit` / `failedJobsHistoryLimit`, oldest first. */
export function jobsPastHistoryLimits(cronJob: KObject, owned: KObject[]): KObject[] {
  const out: KObject[] = [];
  for (const [kind, limit] of [
    ['Complete', cronJob.spec?.successfulJobsHistoryLimit],
    ['Failed', cronJob.spec?.failedJobsHistoryLimit],
  ] as const) {
    if (typeof limit !== 'number') continue;
    const finished = owned.filter((j) => jobFinishedAs(j) === kind && !j.metadata.deletionTimestamp).sort((a, b) => finishedAt(a) - finishedAt(b));
    out.push(...finished.slice(0, Math.max(0, finished.length - limit)));
  }
  return out;
}

export interface ScheduleDecision {
  /** The run that is due now, if any (epoch ms of its scheduled time). */
  dueMs?: number;
  /** The due run is older than startingDeadlineSeconds: skip it. */
  tooLate: boolean;
  /** How many runs fell between the last one and now (capped a little past the warning limit). */
  missed: number;
  /** The next scheduled time after now, for the requeue. */
  nextMs?: number;
}

/**
 * Kubernetes' nextScheduleTime: the latest run after the last scheduled one (or the creation)
 * and at most now. With startingDeadlineSeconds, runs older than the deadline are not looked at.
 */
export function scheduleDecision(cronJob: KObject, schedule: CronSchedule, nowMs: number): ScheduleDecision {
  const created = Date.parse(cronJob.metadata.creationTimestamp ?? '');
  const last = Date.parse(cronJob.status?.lastScheduleTime ?? '');
  let earliest = Number.isNaN(last) ? (Number.isNaN(created) ? nowMs : created) : last;
  const deadline = cronJob.spec?.startingDeadlineSeconds;
  if (typeof deadline === 'number') earliest = Math.max(earliest, nowMs - deadline * 1000);
  const { mostRecentMs, missed } = mostRecentScheduleTime(schedule, earliest, nowMs, MAX_MISSED_BEFORE_WARNING + 1);
  const nextMs = schedule.next(nowMs);
  const tooLate = mostRecentMs !== undefined && typeof deadline === 'number' && mostRecentMs + deadline * 1000 < nowMs;
  return { ...(mostRecentMs !== undefined ? { dueMs: mostRecentMs } : {}), tooLate, missed, ...(nextMs !== undefined ? { nextMs } : {}) };
}
