import { describe, expect, it } from 'vitest';
import { cronJob } from './cronjob.ts';
import type { KObject } from './types.ts';

function makeCronJob(spec: Record<string, any> = {}, name = 'hello'): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name, namespace: 'default' },
    spec: {
      schedule: '*/5 * * * *',
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox' }] } } } },
      ...spec,
    },
  };
}

function problems(obj: KObject): string[] {
  cronJob.applyDefaults(obj);
  return cronJob.validate(obj).map((e) => `${e.field}: ${e.message}`);
}

describe('cronJob', () => {
  it('defaults concurrencyPolicy, suspend and the history limits as Kubernetes', () => {
    const cj = makeCronJob();
    expect(problems(cj)).toEqual([]);
    expect(cj.spec).toMatchObject({ concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
    // Only the pod template is defaulted; the Job's own defaults come with each Job.
    expect(cj.spec.jobTemplate.spec.template.spec.terminationGracePeriodSeconds).toBe(30);
    expect(cj.spec.jobTemplate.spec.backoffLimit).toBeUndefined();
  });

  it('accepts descriptors and a time zone', () => {
    expect(problems(makeCronJob({ schedule: '@hourly', timeZone: 'Europe/Paris' }))).toEqual([]);
  });

  it.each([
    ['a missing schedule', { schedule: undefined }, 'spec.schedule: Required value'],
    ['a schedule with six fields', { schedule: '* * * * * *' }, 'spec.schedule: Invalid value: "* * * * * *": expected exactly 5 fields, found 6'],
    ['a minute out of range', { schedule: '61 * * * *' }, 'spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59)'],
    ['TZ in the schedule', { schedule: 'TZ=UTC * * * * *' }, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus'],
    ['an unknown concurrency policy', { concurrencyPolicy: 'Sometimes' }, 'spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"'],
    ['a negative startingDeadlineSeconds', { startingDeadlineSeconds: -1 }, 'spec.startingDeadlineSeconds: Invalid value: -1'],
    ['a negative history limit', { successfulJobsHistoryLimit: -1 }, 'spec.successfulJobsHistoryLimit: Invalid value: -1'],
    ['a missing jobTemplate', { jobTemplate: undefined }, 'spec.jobTemplate: Required value'],
    [
      'a job template that restarts Always',
      { jobTemplate: { spec: { template: { spec: { restartPolicy: 'Always', containers: [{ name: 'a', image: 'b' }] } } } } },
      'spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Always"',
    ],
    [
      'a job template with negative parallelism',
      { jobTemplate: { spec: { parallelism: -1, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'a', image: 'b' }] } } } } },
      'spec.jobTemplate.spec.parallelism: Invalid value: -1',
    ],
  ])('rejects %s', (_name, spec, expected) => {
    const found = problems(makeCronJob(spec));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('caps names at 52 characters', () => {
    expect(problems(makeCronJob({}, 'a'.repeat(52)))).toEqual([]);
    expect(problems(makeCronJob({}, 'a'.repeat(53)))).toEqual([`metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`]);
  });
});
