/**
 * The Job and CronJob controllers against a real database, their reconciles called directly
 * (the end-to-end run with workers and an agent is in job-cronjob.test.ts). One clock drives the
 * store's timestamps and both controllers, so deadlines, TTLs and schedules take no real time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { ReconcileContext } from '../workers/controller.ts';
import { createCronJobController } from '../workers/controllers/cronjob.ts';
import { createJobController } from '../workers/controllers/job.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
let clock = Date.parse('2030-01-01T00:00:00Z');
const jobs = createJobController({ now: () => clock, podFailureBackoffMs: 1_000 });
const cronJobs = createCronJobController({ now: () => clock });
let ctx: ReconcileContext;
const ns = 'default';

beforeAll(async () => {
  db = await createTestDatabase('job_controllers');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6, now: () => new Date(clock) });
  ctx = { store, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) };
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const ts = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function jobManifest(name: string, spec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', command: ['true'] }] } }, ...spec },
  };
}

async function podsOf(job: string): Promise<KObject[]> {
  const j = await store.get('Job', ns, job);
  return (await store.list('Pod', { namespace: ns })).items.filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && r.uid === j!.metadata.uid));
}

/** What a kubelet would report when the pod's container exits with `exitCode`. */
async function finish(pod: KObject, exitCode: number): Promise<void> {
  await store.updateStatus('Pod', ns, pod.metadata.name, {
    ...pod.status,
    phase: exitCode === 0 ? 'Succeeded' : 'Failed',
    containerStatuses: [{ name: 'c', ready: false, restartCount: 0, state: { terminated: { exitCode, finishedAt: ts(clock) } } }],
  });
}

async function job(name: string): Promise<KObject> {
  return (await store.get('Job', ns, name))!;
}

const trueConditions = (j: KObject) => (j.status?.conditions ?? []).filter((c: any) => c.status === 'True').map((c: any) => c.type);

describe('reconcileJob', () => {
  it('runs parallelism pods at a time until completions succeed, then is Complete', async () => {
    await store.create('Job', ns, jobManifest('three', { completions: 3, parallelism: 2 }));
    await jobs.reconcile(`${ns}/three`, ctx);
    let pods = await podsOf('three');
    expect(pods).toHaveLength(2);
    expect(pods[0]!.metadata.name).toMatch(/^three-[a-z0-9]{5}$/);
    expect(pods[0]!.metadata.labels).toMatchObject({ 'batch.kubernetes.io/job-name': 'three', 'job-name': 'three' });
    expect((await job('three')).status).toMatchObject({ active: 2, succeeded: 0, failed: 0, startTime: ts(clock) });

    await finish(pods[0]!, 0);
    await finish(pods[1]!, 0);
    await jobs.reconcile(`${ns}/three`, ctx);
    pods = await podsOf('three');
    expect(pods).toHaveLength(3);
    expect((await job('three')).status).toMatchObject({ active: 1, succeeded: 2 });

    clock += 5_000;
    await finish(pods.find((p) => p.status?.phase !== 'Succeeded')!, 0);
    await jobs.reconcile(`${ns}/three`, ctx);
    const done = await job('three');
    expect(trueConditions(done)).toEqual(['SuccessCriteriaMet', 'Complete']);
    expect(done.status).toMatchObject({ active: 0, succeeded: 3, failed: 0, completionTime: ts(clock) });
    expect(await podsOf('three')).toHaveLength(3);
  });

  it('replaces failed pods after a back-off and fails with BackoffLimitExceeded past backoffLimit', async () => {
    await store.create('Job', ns, jobManifest('flaky', { backoffLimit: 1 }));
    await jobs.reconcile(`${ns}/flaky`, ctx);
    await finish((await podsOf('flaky'))[0]!, 1);
    const early = await jobs.reconcile(`${ns}/flaky`, ctx);
    expect(await podsOf('flaky')).toHaveLength(1);
    expect(early).toEqual({ requeueAfterMs: 1_000 });
    clock += 1_000;
    await jobs.reconcile(`${ns}/flaky`, ctx);
    const pods = await podsOf('flaky');
    expect(pods).toHaveLength(2);
    await finish(pods.find((p) => p.status?.phase !== 'Failed')!, 1);
    await jobs.reconcile(`${ns}/flaky`, ctx);
    const failed = await job('flaky');
    expect(trueConditions(failed)).toEqual(['FailureTarget', 'Failed']);
    expect(failed.status.conditions.find((c: any) => c.type === 'Failed').reason).toBe('BackoffLimitExceeded');
    expect(failed.status).toMatchObject({ failed: 2, active: 0 });
    const events = (await store.list('Event', { namespace: ns })).items.filter((e) => e.involvedObject.name === 'flaky');
    expect(events.map((e) => e.reason)).toContain('BackoffLimitExceeded');
  });

  it('stops a Job at activeDeadlineSeconds, deleting its pods, then marks it Failed', async () => {
    await store.create('Job', ns, jobManifest('slow', { activeDeadlineSeconds: 30 }));
    expect(await jobs.reconcile(`${ns}/slow`, ctx)).toEqual({ requeueAfterMs: 30_000 });
    clock += 30_000;
    await jobs.reconcile(`${ns}/slow`, ctx);
    expect(trueConditions(await job('slow'))).toEqual(['FailureTarget']);
    // An unscheduled pod goes at once; a running one would wait for its kubelet.
    expect((await podsOf('slow')).filter((p) => !p.metadata.deletionTimestamp)).toEqual([]);
    await jobs.reconcile(`${ns}/slow`, ctx);
    const failed = await job('slow');
    expect(trueConditions(failed)).toEqual(['FailureTarget', 'Failed']);
    expect(failed.status.conditions.find((c: any) => c.type === 'Failed').reason).toBe('DeadlineExceeded');
  });

  it('names Indexed pods <job>-<index>-<random> and gives them their index in env and annotation', async () => {
    await store.create('Job', ns, jobManifest('idx', { completionMode: 'Indexed', completions: 3, parallelism: 3 }));
    await jobs.reconcile(`${ns}/idx`, ctx);
    const pods = (await podsOf('idx')).sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    expect(pods.map((p) => p.metadata.name.replace(/-[a-z0-9]{5}$/, ''))).toEqual(['idx-0', 'idx-1', 'idx-2']);
    for (const [i, p] of pods.entries()) {
      expect(p.metadata.annotations?.['batch.kubernetes.io/job-completion-index']).toBe(String(i));
      expect(p.spec.containers[0].env).toContainEqual({ name: 'JOB_COMPLETION_INDEX', value: String(i) });
    }
    await finish(pods[1]!, 0);
    await jobs.reconcile(`${ns}/idx`, ctx);
    expect((await job('idx')).status).toMatchObject({ completedIndexes: '1', succeeded: 1, active: 2 });
  });

  it('deletes a finished Job after ttlSecondsAfterFinished', async () => {
    await store.create('Job', ns, jobManifest('brief', { ttlSecondsAfterFinished: 100 }));
    await jobs.reconcile(`${ns}/brief`, ctx);
    await finish((await podsOf('brief'))[0]!, 0);
    expect(await jobs.reconcile(`${ns}/brief`, ctx)).toEqual({ requeueAfterMs: 100_000 });
    expect(trueConditions(await job('brief'))).toContain('Complete');
    clock += 100_000;
    await jobs.reconcile(`${ns}/brief`, ctx);
    const gone = await store.get('Job', ns, 'brief');
    // Foreground deletion: the gc removes the pods, then the Job.
    expect(gone === null || !!gone.metadata.deletionTimestamp).toBe(true);
  });

  it('deletes the active pods of a suspended Job and starts again on resume', async () => {
    await store.create('Job', ns, jobManifest('paused'));
    await jobs.reconcile(`${ns}/paused`, ctx);
    await store.patch('Job', ns, 'paused', { spec: { suspend: true } });
    await jobs.reconcile(`${ns}/paused`, ctx);
    let s = await job('paused');
    expect(trueConditions(s)).toEqual(['Suspended']);
    expect(s.status.active).toBe(0);
    expect((await podsOf('paused')).filter((p) => !p.metadata.deletionTimestamp)).toEqual([]);
    await store.patch('Job', ns, 'paused', { spec: { suspend: false } });
    await jobs.reconcile(`${ns}/paused`, ctx);
    s = await job('paused');
    expect(trueConditions(s)).toEqual([]);
    expect(s.status.active).toBe(1);
  });
});

function cronJobManifest(name: string, spec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name },
    spec: {
      schedule: '*/5 * * * *',
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', command: ['true'] }] } } } },
      ...spec,
    },
  };
}

async function jobsOf(cronJob: string): Promise<KObject[]> {
  const cj = await store.get('CronJob', ns, cronJob);
  return (await store.list('Job', { namespace: ns })).items
    .filter((j) => j.metadata.ownerReferences?.some((r) => r.controller && r.uid === cj!.metadata.uid))
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}

async function completeJob(j: KObject, kind: 'Complete' | 'Failed' = 'Complete'): Promise<void> {
  await store.updateStatus('Job', ns, j.metadata.name, {
    ...(kind === 'Complete' ? { completionTime: ts(clock), succeeded: 1 } : { failed: 1 }),
    conditions: [{ type: kind, status: 'True', lastTransitionTime: ts(clock), reason: 'x', message: 'x' }],
  });
}

describe('reconcileCronJob', () => {
  it('creates <name>-<minutes since epoch> at each scheduled time and requeues for the next', async () => {
    clock = Date.parse('2030-02-01T00:01:00Z');
    await store.create('CronJob', ns, cronJobManifest('every5'));
    expect(await cronJobs.reconcile(`${ns}/every5`, ctx)).toEqual({ requeueAfterMs: 4 * 60_000 + 100 });
    expect(await jobsOf('every5')).toEqual([]);

    clock = Date.parse('2030-02-01T00:05:10Z');
    await cronJobs.reconcile(`${ns}/every5`, ctx);
    const [first] = await jobsOf('every5');
    const scheduled = Date.parse('2030-02-01T00:05:00Z');
    expect(first!.metadata.name).toBe(`every5-${scheduled / 60_000}`);
    expect(first!.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2030-02-01T00:05:00Z');
    expect(first!.spec).toMatchObject({ backoffLimit: 6, completions: 1 });
    const cj = (await store.get('CronJob', ns, 'every5'))!;
    expect(cj.status.lastScheduleTime).toBe('2030-02-01T00:05:00Z');
    expect(cj.status.active).toEqual([expect.objectContaining({ kind: 'Job', name: first!.metadata.name, uid: first!.metadata.uid })]);

    // Again at the same time: nothing new.
    await cronJobs.reconcile(`${ns}/every5`, ctx);
    expect(await jobsOf('every5')).toHaveLength(1);

    await completeJob(first!);
    await cronJobs.reconcile(`${ns}/every5`, ctx);
    const after = (await store.get('CronJob', ns, 'every5'))!;
    expect(after.status.active).toBeUndefined();
    expect(after.status.lastSuccessfulTime).toBe(ts(clock));
  });

  it('keeps successfulJobsHistoryLimit finished Jobs and failedJobsHistoryLimit failed ones', async () => {
    clock = Date.parse('2030-03-01T00:00:30Z');
    await store.create('CronJob', ns, cronJobManifest('hist', { schedule: '* * * * *', successfulJobsHistoryLimit: 2, failedJobsHistoryLimit: 1 }));
    for (let i = 0; i < 5; i++) {
      clock += 60_000;
      await cronJobs.reconcile(`${ns}/hist`, ctx);
      const latest = (await jobsOf('hist')).at(-1)!;
      await completeJob(latest, i === 1 || i === 2 ? 'Failed' : 'Complete');
    }
    await cronJobs.reconcile(`${ns}/hist`, ctx);
    const left = (await jobsOf('hist')).filter((j) => !j.metadata.deletionTimestamp);
    const minute = (m: number) => `hist-${Date.parse(`2030-03-01T00:0${m}:00Z`) / 60_000}`;
    // Runs at minutes 1..5: 2 and 3 failed (keep 3), 1, 4 and 5 succeeded (keep 4 and 5).
    expect(left.map((j) => j.metadata.name)).toEqual([minute(3), minute(4), minute(5)]);
  });

  it('with Forbid skips a run while one is active; with Replace deletes the active one', async () => {
    clock = Date.parse('2030-04-01T00:00:30Z');
    await store.create('CronJob', ns, cronJobManifest('forbid', { schedule: '* * * * *', concurrencyPolicy: 'Forbid' }));
    await store.create('CronJob', ns, cronJobManifest('replace', { schedule: '* * * * *', concurrencyPolicy: 'Replace' }));
    for (let i = 0; i < 2; i++) {
      clock += 60_000;
      await cronJobs.reconcile(`${ns}/forbid`, ctx);
      await cronJobs.reconcile(`${ns}/replace`, ctx);
    }
    expect(await jobsOf('forbid')).toHaveLength(1);
    const replaced = await jobsOf('replace');
    const live = replaced.filter((j) => !j.metadata.deletionTimestamp);
    expect(live.map((j) => j.metadata.name)).toEqual([`replace-${Date.parse('2030-04-01T00:02:00Z') / 60_000}`]);
    const cj = (await store.get('CronJob', ns, 'replace'))!;
    expect(cj.status.active.map((r: any) => r.name)).toEqual([live[0]!.metadata.name]);
  });

  it('creates nothing while suspended, and skips runs older than startingDeadlineSeconds', async () => {
    clock = Date.parse('2030-05-01T00:00:30Z');
    await store.create('CronJob', ns, cronJobManifest('quiet', { schedule: '* * * * *', suspend: true }));
    clock += 10 * 60_000;
    expect(await cronJobs.reconcile(`${ns}/quiet`, ctx)).toBeUndefined();
    expect(await jobsOf('quiet')).toEqual([]);

    await store.create('CronJob', ns, cronJobManifest('late', { schedule: '0 * * * *', startingDeadlineSeconds: 30 }));
    clock = Date.parse('2030-05-01T01:00:45Z');
    await cronJobs.reconcile(`${ns}/late`, ctx);
    expect(await jobsOf('late')).toEqual([]);
    clock = Date.parse('2030-05-01T02:00:20Z');
    await cronJobs.reconcile(`${ns}/late`, ctx);
    expect((await jobsOf('late')).map((j) => j.metadata.name)).toEqual([`late-${Date.parse('2030-05-01T02:00:00Z') / 60_000}`]);
  });
});
