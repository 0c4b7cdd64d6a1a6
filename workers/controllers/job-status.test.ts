import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { formatIndexes, parseIndexes, planJob, podCompletionIndex, type JobPlanOptions } from './job-status.ts';

const T0 = Date.parse('2030-01-01T00:00:00Z');
const ts = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const OPTS: JobPlanOptions = { podFailureBackoffMs: 10_000, maxPodFailureBackoffMs: 360_000 };

function makeJob(spec: Record<string, any> = {}, status?: Record<string, any>): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi', namespace: 'default', uid: 'job-uid', creationTimestamp: ts(T0) },
    spec: {
      completions: 1,
      parallelism: 1,
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      suspend: false,
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x' }] } },
      ...spec,
    },
    ...(status ? { status } : {}),
  };
}

let seq = 0;
function pod(phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed', opts: { index?: number; deleting?: boolean; ready?: boolean; finishedAt?: number; restarts?: number } = {}): KObject {
  seq++;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `pi-${seq}`,
      uid: `pod-${seq}`,
      creationTimestamp: ts(T0 + seq * 1000),
      ...(opts.index !== undefined ? { annotations: { 'batch.kubernetes.io/job-completion-index': String(opts.index) } } : {}),
      ...(opts.deleting ? { deletionTimestamp: ts(T0) } : {}),
    },
    spec: {},
    status: {
      phase,
      ...(opts.ready ? { conditions: [{ type: 'Ready', status: 'True' }] } : {}),
      containerStatuses: [
        {
          name: 'c',
          restartCount: opts.restarts ?? 0,
          ...(opts.finishedAt !== undefined ? { state: { terminated: { exitCode: phase === 'Failed' ? 1 : 0, finishedAt: ts(opts.finishedAt) } } } : {}),
        },
      ],
    },
  };
}

const types = (plan: { status: Record<string, any> }) => (plan.status.conditions ?? []).filter((c: any) => c.status === 'True').map((c: any) => c.type);

describe('planJob', () => {
  describe('when the Job starts', () => {
    it('creates min(parallelism, completions) pods and sets startTime', () => {
      const plan = planJob(makeJob({ completions: 3, parallelism: 2 }), [], T0, OPTS);
      expect(plan.create).toEqual([undefined, undefined]);
      expect(plan.status).toMatchObject({ active: 2, succeeded: 0, failed: 0, ready: 0, terminating: 0, startTime: ts(T0) });
      expect(plan.status.conditions).toBeUndefined();
    });

    it('creates parallelism pods for a work queue (no completions)', () => {
      expect(planJob(makeJob({ completions: undefined, parallelism: 3 }), [], T0, OPTS).create).toHaveLength(3);
    });

    it('creates nothing while suspended, and says so', () => {
      const plan = planJob(makeJob({ suspend: true }), [], T0, OPTS);
      expect(plan.create).toEqual([]);
      expect(plan.status.startTime).toBeUndefined();
      expect(plan.status.conditions).toEqual([expect.objectContaining({ type: 'Suspended', status: 'True', reason: 'JobSuspended' })]);
      expect(plan.events.map((e) => e.reason)).toEqual(['Suspended']);
    });
  });

  describe('while it runs', () => {
    it('tops up to parallelism as pods succeed, without going past completions', () => {
      const job = makeJob({ completions: 3, parallelism: 2 }, { startTime: ts(T0), succeeded: 0 });
      const plan = planJob(job, [pod('Succeeded'), pod('Running', { ready: true })], T0, OPTS);
      expect(plan.create).toHaveLength(1);
      expect(plan.status).toMatchObject({ active: 2, ready: 1, succeeded: 1 });
      const last = planJob(job, [pod('Succeeded'), pod('Succeeded'), pod('Running')], T0, OPTS);
      expect(last.create).toHaveLength(0);
    });

    it('deletes active pods beyond parallelism', () => {
      const job = makeJob({ completions: 5, parallelism: 1 }, { startTime: ts(T0) });
      const plan = planJob(job, [pod('Running'), pod('Running'), pod('Running')], T0, OPTS);
      expect(plan.delete).toHaveLength(2);
      expect(plan.status).toMatchObject({ active: 1, terminating: 2 });
    });

    it('replaces a failed pod only after the back-off, which doubles per failure', () => {
      const job = makeJob({ completions: 1 }, { startTime: ts(T0) });
      const failedAt = T0 + 5_000;
      const one = planJob(job, [pod('Failed', { finishedAt: failedAt })], failedAt + 1_000, OPTS);
      expect(one.create).toEqual([]);
      expect(one.requeueAfterMs).toBe(9_000);
      expect(planJob(job, [pod('Failed', { finishedAt: failedAt })], failedAt + 10_000, OPTS).create).toHaveLength(1);
      const two = planJob(job, [pod('Failed', { finishedAt: T0 }), pod('Failed', { finishedAt: failedAt })], failedAt + 10_000, OPTS);
      expect(two.create).toEqual([]);
      expect(two.requeueAfterMs).toBe(10_000);
      expect(two.status.failed).toBe(2);
    });

    it('does not count terminating pods as active, but replaces them only with podReplacementPolicy TerminatingOrFailed', () => {
      const pods = [pod('Running', { deleting: true })];
      expect(planJob(makeJob({ podReplacementPolicy: 'TerminatingOrFailed' }, { startTime: ts(T0) }), pods, T0, OPTS).create).toHaveLength(1);
      const waiting = planJob(makeJob({ podReplacementPolicy: 'Failed' }, { startTime: ts(T0) }), pods, T0, OPTS);
      expect(waiting.create).toHaveLength(0);
      expect(waiting.status).toMatchObject({ active: 0, terminating: 1 });
    });

    it('never lets the counters go down when finished pods disappear', () => {
      const plan = planJob(makeJob({ completions: 5, parallelism: 1 }, { startTime: ts(T0), succeeded: 3, failed: 1 }), [], T0, OPTS);
      expect(plan.status).toMatchObject({ succeeded: 3, failed: 1 });
    });
  });

  describe('when enough pods succeeded', () => {
    it('marks SuccessCriteriaMet, then Complete with completionTime once no pod runs', () => {
      const job = makeJob({ completions: 2, parallelism: 2 }, { startTime: ts(T0) });
      const plan = planJob(job, [pod('Succeeded'), pod('Succeeded')], T0 + 60_000, OPTS);
      expect(types(plan)).toEqual(['SuccessCriteriaMet', 'Complete']);
      expect(plan.status.completionTime).toBe(ts(T0 + 60_000));
      expect(plan.status.conditions.find((c: any) => c.type === 'Complete')).toMatchObject({ reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' });
      expect(plan.events.map((e) => e.reason)).toEqual(['Completed']);
    });

    it('deletes the pods still running before it is Complete', () => {
      const job = makeJob({ completions: 1, parallelism: 2 }, { startTime: ts(T0) });
      const running = pod('Running');
      const plan = planJob(job, [pod('Succeeded'), running], T0, OPTS);
      expect(plan.delete).toEqual([running]);
      expect(types(plan)).toEqual(['SuccessCriteriaMet']);
      expect(plan.status.completionTime).toBeUndefined();
      const after = planJob({ ...job, status: plan.status }, [pod('Succeeded'), pod('Running', { deleting: true })], T0, OPTS);
      expect(types(after)).toEqual(['SuccessCriteriaMet']);
      const done = planJob({ ...job, status: after.status }, [pod('Succeeded')], T0, OPTS);
      expect(types(done)).toEqual(['SuccessCriteriaMet', 'Complete']);
    });

    it('completes a work queue when one pod succeeded and the others finished', () => {
      const job = makeJob({ completions: undefined, parallelism: 2 }, { startTime: ts(T0) });
      expect(types(planJob(job, [pod('Succeeded'), pod('Running')], T0, OPTS))).toEqual([]);
      expect(planJob(job, [pod('Succeeded'), pod('Running')], T0, OPTS).create).toEqual([]);
      expect(types(planJob(job, [pod('Succeeded'), pod('Succeeded')], T0, OPTS))).toEqual(['SuccessCriteriaMet', 'Complete']);
    });
  });

  describe('when it fails', () => {
    it('fails with BackoffLimitExceeded when failures pass backoffLimit', () => {
      const job = makeJob({ backoffLimit: 1 }, { startTime: ts(T0) });
      expect(types(planJob(job, [pod('Failed')], T0, OPTS))).toEqual([]);
      const plan = planJob(job, [pod('Failed'), pod('Failed')], T0, OPTS);
      expect(types(plan)).toEqual(['FailureTarget', 'Failed']);
      expect(plan.status.conditions.find((c: any) => c.type === 'Failed')).toMatchObject({ reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' });
      expect(plan.status.completionTime).toBeUndefined();
      expect(plan.create).toEqual([]);
      expect(plan.events).toEqual([{ type: 'Warning', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }]);
    });

    it('counts container restarts as failures with restartPolicy OnFailure', () => {
      const job = makeJob({ backoffLimit: 2, template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'x' }] } } }, { startTime: ts(T0) });
      expect(types(planJob(job, [pod('Running', { restarts: 1 })], T0, OPTS))).toEqual([]);
      const plan = planJob(job, [pod('Running', { restarts: 2 })], T0, OPTS);
      expect(types(plan)).toEqual(['FailureTarget']);
      expect(plan.delete).toHaveLength(1);
    });

    it('fails with DeadlineExceeded after activeDeadlineSeconds, and asks to be looked at then', () => {
      const job = makeJob({ activeDeadlineSeconds: 30 }, { startTime: ts(T0) });
      const before = planJob(job, [pod('Running')], T0 + 10_000, OPTS);
      expect(types(before)).toEqual([]);
      expect(before.requeueAfterMs).toBe(20_000);
      const running = pod('Running');
      const plan = planJob(job, [running], T0 + 30_000, OPTS);
      expect(types(plan)).toEqual(['FailureTarget']);
      expect(plan.status.conditions[0]).toMatchObject({ reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' });
      expect(plan.delete).toEqual([running]);
      expect(types(planJob({ ...job, status: plan.status }, [], T0 + 31_000, OPTS))).toEqual(['FailureTarget', 'Failed']);
    });
  });

  describe('Indexed completion mode', () => {
    it('creates one pod per missing index, lowest first, up to parallelism', () => {
      const job = makeJob({ completionMode: 'Indexed', completions: 5, parallelism: 3 }, { startTime: ts(T0) });
      const plan = planJob(job, [pod('Succeeded', { index: 0 }), pod('Running', { index: 2 })], T0, OPTS);
      expect(plan.create).toEqual([1, 3]);
      expect(plan.status).toMatchObject({ completedIndexes: '0', succeeded: 1, active: 3 });
    });

    it('keeps completed indexes in status even when their pods are gone, and completes when all are done', () => {
      const job = makeJob({ completionMode: 'Indexed', completions: 3, parallelism: 3 }, { startTime: ts(T0), completedIndexes: '0-1', succeeded: 2 });
      const plan = planJob(job, [pod('Succeeded', { index: 2 })], T0, OPTS);
      expect(plan.status).toMatchObject({ completedIndexes: '0-2', succeeded: 3 });
      expect(types(plan)).toEqual(['SuccessCriteriaMet', 'Complete']);
    });

    it('deletes duplicate pods of one index and pods of completed indexes', () => {
      const job = makeJob({ completionMode: 'Indexed', completions: 2, parallelism: 2 }, { startTime: ts(T0), completedIndexes: '0' });
      const dup1 = pod('Running', { index: 1 });
      const dup2 = pod('Running', { index: 1 });
      const done = pod('Running', { index: 0 });
      const plan = planJob(job, [dup1, dup2, done], T0, OPTS);
      expect(plan.delete.map((p) => p.metadata.name).sort()).toEqual([dup2.metadata.name, done.metadata.name].sort());
      expect(plan.create).toEqual([]);
    });
  });

  describe('after it finished', () => {
    it('deletes the Job once ttlSecondsAfterFinished passed, and asks to be looked at then', () => {
      const finished = {
        startTime: ts(T0),
        completionTime: ts(T0 + 10_000),
        conditions: [{ type: 'Complete', status: 'True', lastTransitionTime: ts(T0 + 10_000) }],
      };
      const job = makeJob({ ttlSecondsAfterFinished: 60 }, finished);
      const early = planJob(job, [], T0 + 20_000, OPTS);
      expect(early.deleteJob).toBe(false);
      expect(early.requeueAfterMs).toBe(50_000);
      expect(planJob(job, [], T0 + 70_000, OPTS).deleteJob).toBe(true);
      expect(planJob(makeJob({}, finished), [], T0 + 70_000 * 100, OPTS).deleteJob).toBe(false);
    });

    it('changes nothing and creates nothing', () => {
      const status = { conditions: [{ type: 'Failed', status: 'True', lastTransitionTime: ts(T0) }], failed: 7 };
      const plan = planJob(makeJob({}, status), [], T0, OPTS);
      expect(plan).toMatchObject({ create: [], delete: [], status });
    });
  });

  describe('suspend and resume', () => {
    it('deletes active pods when suspended and clears startTime; resuming starts again', () => {
      const running = pod('Running');
      const suspended = planJob(makeJob({ suspend: true }, { startTime: ts(T0) }), [running], T0 + 5_000, OPTS);
      expect(suspended.delete).toEqual([running]);
      expect(suspended.status.startTime).toBeUndefined();
      const resumed = planJob(makeJob({ suspend: false }, suspended.status), [], T0 + 9_000, OPTS);
      expect(resumed.create).toHaveLength(1);
      expect(resumed.status.startTime).toBe(ts(T0 + 9_000));
      expect(resumed.status.conditions).toEqual([expect.objectContaining({ type: 'Suspended', status: 'False', reason: 'JobResumed' })]);
      expect(resumed.events.map((e) => e.reason)).toEqual(['Resumed']);
    });
  });
});

describe('completed index ranges', () => {
  it('formats and parses as Kubernetes writes them', () => {
    expect(formatIndexes([5, 1, 3, 4, 9, 10])).toBe('1,3-5,9-10');
    expect(formatIndexes([])).toBe('');
    expect([...parseIndexes('1,3-5,9-10')]).toEqual([1, 3, 4, 5, 9, 10]);
    expect([...parseIndexes('x,2')]).toEqual([2]);
  });

  it('reads a pod index from its annotation', () => {
    expect(podCompletionIndex(pod('Running', { index: 4 }))).toBe(4);
    expect(podCompletionIndex(pod('Running'))).toBeUndefined();
  });
});
