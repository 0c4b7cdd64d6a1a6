import { describe, expect, it } from 'vitest';
import { DescribeWriter } from '../describe-writer.ts';
import type { KObject } from '../output.ts';
import { describeCronJob, describeJob } from './describe-batch.ts';

const template = (w: DescribeWriter, t: any) => w.item(0, 'Pod Template', t?.spec?.containers?.[0]?.name ?? '');

describe('describeJob', () => {
  it("prints kubectl's fields: parallelism, completions, times, pod statuses and conditions", () => {
    const w = new DescribeWriter();
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'pi', labels: { app: 'pi' }, ownerReferences: [{ kind: 'CronJob', name: 'nightly', controller: true }] },
      spec: { parallelism: 2, completions: 3, completionMode: 'Indexed', suspend: false, backoffLimit: 6, selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u' } }, template: { spec: { containers: [{ name: 'pi' }] } } },
      status: { startTime: '2030-01-01T00:00:00Z', completionTime: '2030-01-01T00:01:05Z', active: 0, ready: 0, succeeded: 3, failed: 1, completedIndexes: '0-2', conditions: [{ type: 'Complete', status: 'True', reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' }] },
    } as KObject;
    describeJob(w, job, [], template);
    const text = w.toString();
    for (const line of [
      /^Selector:\s+batch\.kubernetes\.io\/controller-uid=u$/m,
      /^Controlled By:\s+CronJob\/nightly$/m,
      /^Parallelism:\s+2$/m,
      /^Completions:\s+3$/m,
      /^Completion Mode:\s+Indexed$/m,
      /^Start Time:\s+Tue, 01 Jan 2030 00:00:00 \+0000$/m,
      /^Duration:\s+65s$/m,
      /^Pods Statuses:\s+0 Active \(0 Ready\) \/ 3 Succeeded \/ 1 Failed$/m,
      /^Completed Indexes:\s+0-2$/m,
      /^Pod Template:\s+pi$/m,
      /Complete\s+True\s+CompletionsReached\s+Reached expected number of succeeded pods/,
    ]) {
      expect(text).toMatch(line);
    }
  });
});

describe('describeCronJob', () => {
  it("prints kubectl's fields: schedule, policies, history limits, last schedule and active Jobs", () => {
    const w = new DescribeWriter();
    const cj = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly' },
      spec: { schedule: '0 3 * * *', timeZone: 'Europe/Paris', concurrencyPolicy: 'Forbid', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1, jobTemplate: { spec: { template: { spec: { containers: [{ name: 'backup' }] } } } } },
      status: { lastScheduleTime: '2030-01-01T02:00:00Z', active: [{ name: 'nightly-29' }] },
    } as KObject;
    describeCronJob(w, cj, template);
    const text = w.toString();
    for (const line of [
      /^Schedule:\s+0 3 \* \* \*$/m,
      /^Time Zone:\s+Europe\/Paris$/m,
      /^Concurrency Policy:\s+Forbid$/m,
      /^Suspend:\s+False$/m,
      /^Successful Job History Limit:\s+3$/m,
      /^Starting Deadline Seconds:\s+<unset>$/m,
      /^Pod Template:\s+backup$/m,
      /^Last Schedule Time:\s+Tue, 01 Jan 2030 02:00:00 \+0000$/m,
      /^Active Jobs:\s+nightly-29$/m,
    ]) {
      expect(text).toMatch(line);
    }
  });
});
