import { describe, expect, it } from 'vitest';
import { columnsFor } from './columns.ts';
import type { KObject } from './output.ts';

const NOW = Date.parse('2030-01-01T01:00:00Z');

function job(spec: Record<string, any>, status: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi', creationTimestamp: '2030-01-01T00:00:00Z' },
    spec: { selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u1' } }, template: { spec: { containers: [{ name: 'pi', image: 'perl' }] } }, ...spec },
    status,
  } as KObject;
}

describe('columnsFor Job', () => {
  it("prints kubectl's NAME STATUS COMPLETIONS DURATION AGE, and wide adds CONTAINERS IMAGES SELECTOR", () => {
    const c = columnsFor('Job', { wide: true });
    expect(c.header).toEqual(['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']);
    const done = job(
      { completions: 3, parallelism: 2 },
      { succeeded: 3, startTime: '2030-01-01T00:00:00Z', completionTime: '2030-01-01T00:00:42Z', conditions: [{ type: 'Complete', status: 'True' }] },
    );
    expect(c.row(done, NOW)).toEqual(['pi', 'Complete', '3/3', '42s', '60m', 'pi', 'perl', 'batch.kubernetes.io/controller-uid=u1']);
  });

  it('shows Running with the time since start, a work queue as 0/1 of N, and Failed or Suspended', () => {
    const c = columnsFor('Job');
    expect(c.row(job({ completions: 1 }, { startTime: '2030-01-01T00:59:30Z' }), NOW).slice(1, 4)).toEqual(['Running', '0/1', '30s']);
    expect(c.row(job({ parallelism: 4 }), NOW).slice(1, 4)).toEqual(['Running', '0/1 of 4', '']);
    expect(c.row(job({ completions: 1 }, { conditions: [{ type: 'FailureTarget', status: 'True' }, { type: 'Failed', status: 'True' }] }), NOW)[1]).toBe('Failed');
    expect(c.row(job({ completions: 1 }, { conditions: [{ type: 'Suspended', status: 'True' }] }), NOW)[1]).toBe('Suspended');
  });
});

describe('columnsFor CronJob', () => {
  it("prints kubectl's NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE", () => {
    const c = columnsFor('CronJob');
    expect(c.header).toEqual(['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE']);
    const cj = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'hello', creationTimestamp: '2030-01-01T00:00:00Z' },
      spec: { schedule: '*/5 * * * *', suspend: false, jobTemplate: { spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox' }] } } } } },
      status: { active: [{ name: 'hello-1' }], lastScheduleTime: '2030-01-01T00:55:00Z' },
    } as KObject;
    expect(c.row(cj, NOW)).toEqual(['hello', '*/5 * * * *', '<none>', 'False', '1', '5m', '60m']);
    cj.spec.timeZone = 'Europe/Paris';
    delete cj.status.lastScheduleTime;
    expect(c.row(cj, NOW).slice(2, 6)).toEqual(['Europe/Paris', 'False', '1', '<none>']);
  });
});
