import { describe, expect, it } from 'vitest';
import { parseCronSchedule } from '../../server/kinds/cron-schedule.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { LogEvent } from '../../server/store/types.ts';
import { cronJobKeysFor } from './cronjob.ts';
import { activeState, jobFromCronJob, jobsPastHistoryLimits, ownedJobs, scheduleDecision, scheduledJobName } from './cronjob-status.ts';
import { jobKeysFor } from './job.ts';

const at = (iso: string) => Date.parse(iso);

function cronJob(spec: Record<string, any> = {}, status?: Record<string, any>): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'hello', namespace: 'default', uid: 'cj-uid', creationTimestamp: '2030-01-01T00:00:00Z' },
    spec: {
      schedule: '*/5 * * * *',
      concurrencyPolicy: 'Allow',
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 1,
      jobTemplate: { metadata: { labels: { team: 'a' } }, spec: { backoffLimit: 2, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x' }] } } } },
      ...spec,
    },
    ...(status ? { status } : {}),
  };
}

function job(name: string, state: 'Complete' | 'Failed' | 'Running', finished = '2030-01-01T00:00:00Z', ownerUid = 'cj-uid'): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '7', ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: ownerUid, controller: true }] },
    spec: {},
    status:
      state === 'Running'
        ? { active: 1 }
        : { ...(state === 'Complete' ? { completionTime: finished } : { startTime: finished }), conditions: [{ type: state, status: 'True' }] },
  };
}

describe('jobFromCronJob', () => {
  it("makes the Job from the template, named after the scheduled minute, owned by the CronJob", () => {
    const cj = cronJob();
    const j = jobFromCronJob(cj, at('2030-01-01T00:05:00Z'));
    expect(j.metadata).toEqual({
      name: `hello-${at('2030-01-01T00:05:00Z') / 60_000}`,
      namespace: 'default',
      labels: { team: 'a' },
      annotations: { 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2030-01-01T00:05:00Z' },
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: 'cj-uid', controller: true, blockOwnerDeletion: true }],
    });
    expect(j.spec.backoffLimit).toBe(2);
    j.spec.backoffLimit = 9;
    expect(cj.spec.jobTemplate.spec.backoffLimit).toBe(2);
    expect(scheduledJobName(cj, at('1970-01-01T00:10:59Z'))).toBe('hello-10');
  });
});

describe('activeState', () => {
  it('lists the unfinished owned Jobs and the latest completion', () => {
    const owned = ownedJobs(cronJob(), [job('b', 'Running'), job('a', 'Running'), job('c', 'Complete', '2030-01-01T00:10:00Z'), job('d', 'Complete', '2030-01-01T00:20:00Z'), job('x', 'Running', '', 'other')]);
    const s = activeState(cronJob({}, { lastSuccessfulTime: '2030-01-01T00:15:00Z' }), owned);
    expect(s.active.map((r) => r.name)).toEqual(['a', 'b']);
    expect(s.active[0]).toEqual({ apiVersion: 'batch/v1', kind: 'Job', name: 'a', namespace: 'default', uid: 'uid-a', resourceVersion: '7' });
    expect(s.lastSuccessfulTime).toBe('2030-01-01T00:20:00Z');
    expect(activeState(cronJob(), []).lastSuccessfulTime).toBeUndefined();
  });
});

describe('jobsPastHistoryLimits', () => {
  it('keeps the newest finished Jobs of each kind up to its limit and never touches running ones', () => {
    const owned = [
      job('s1', 'Complete', '2030-01-01T00:01:00Z'),
      job('s3', 'Complete', '2030-01-01T00:03:00Z'),
      job('s2', 'Complete', '2030-01-01T00:02:00Z'),
      job('f1', 'Failed', '2030-01-01T00:01:00Z'),
      job('f2', 'Failed', '2030-01-01T00:02:00Z'),
      job('r', 'Running'),
    ];
    expect(jobsPastHistoryLimits(cronJob({ successfulJobsHistoryLimit: 1, failedJobsHistoryLimit: 1 }), owned).map((j) => j.metadata.name)).toEqual(['s1', 's2', 'f1']);
    expect(jobsPastHistoryLimits(cronJob({ successfulJobsHistoryLimit: 0, failedJobsHistoryLimit: 0 }), owned).map((j) => j.metadata.name)).toEqual(['s1', 's2', 's3', 'f1', 'f2']);
    expect(jobsPastHistoryLimits(cronJob(), owned).map((j) => j.metadata.name)).toEqual(['f1']);
  });
});

describe('scheduleDecision', () => {
  const every5 = parseCronSchedule('*/5 * * * *', 'UTC');

  it('finds the latest run since creation, or since the last scheduled run', () => {
    expect(scheduleDecision(cronJob(), every5, at('2030-01-01T00:04:00Z'))).toEqual({ tooLate: false, missed: 0, nextMs: at('2030-01-01T00:05:00Z') });
    expect(scheduleDecision(cronJob(), every5, at('2030-01-01T00:12:00Z'))).toEqual({ dueMs: at('2030-01-01T00:10:00Z'), tooLate: false, missed: 2, nextMs: at('2030-01-01T00:15:00Z') });
    const after = cronJob({}, { lastScheduleTime: '2030-01-01T00:10:00Z' });
    expect(scheduleDecision(after, every5, at('2030-01-01T00:12:00Z')).dueMs).toBeUndefined();
  });

  it('looks back no further than startingDeadlineSeconds', () => {
    expect(scheduleDecision(cronJob({ startingDeadlineSeconds: 60 }), every5, at('2030-01-01T00:12:00Z')).dueMs).toBeUndefined();
    expect(scheduleDecision(cronJob({ startingDeadlineSeconds: 180 }), every5, at('2030-01-01T00:12:00Z')).dueMs).toBe(at('2030-01-01T00:10:00Z'));
  });

  it('counts many missed runs (for the TooManyMissedTimes warning)', () => {
    const d = scheduleDecision(cronJob(), parseCronSchedule('* * * * *', 'UTC'), at('2030-01-03T00:00:30Z'));
    expect(d.missed).toBeGreaterThan(100);
    expect(d.dueMs).toBe(at('2030-01-03T00:00:00Z'));
  });
});

describe('what the dispatcher enqueues', () => {
  const event = (kind: string, object: KObject, prevObject?: KObject): LogEvent =>
    ({ kind, namespace: 'default', name: object.metadata.name, type: 'MODIFIED', object, prevObject, revision: 1n }) as unknown as LogEvent;
  const pod = (owner?: { kind: string; name: string }): KObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'default', ...(owner ? { ownerReferences: [{ apiVersion: 'x', uid: 'u', controller: true, ...owner }] } : {}) },
  });

  it('sends a pod change to the Job that controls it, and a Job change to its own key', () => {
    expect(jobKeysFor(event('Pod', pod({ kind: 'Job', name: 'pi' })))).toEqual(['default/pi']);
    expect(jobKeysFor(event('Pod', pod({ kind: 'ReplicaSet', name: 'web' })))).toEqual([]);
    expect(jobKeysFor(event('Job', job('pi', 'Running')))).toEqual(['default/pi']);
  });

  it('sends a Job change to the CronJob that controls it', () => {
    expect(cronJobKeysFor(event('Job', job('hello-1', 'Complete')))).toEqual(['default/hello']);
    expect(cronJobKeysFor(event('Pod', pod({ kind: 'Job', name: 'x' })))).toEqual([]);
    expect(cronJobKeysFor(event('CronJob', cronJob()))).toEqual(['default/hello']);
  });
});
