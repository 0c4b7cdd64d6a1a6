/**
 * The scheduler's snapshot after its first list is kept current from the event log, through the
 * real dispatcher, queues, Postgres and Redis: deleted pods free room, new nodes take pods, and
 * pods bound by someone else count, all without listing the cluster again; only a log compacted
 * past the snapshot's position makes it list again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import { createSchedulerController } from '../workers/controllers/scheduler.ts';
import { SchedulerBatchLock } from '../workers/controllers/scheduler-batch-lock.ts';
import { SchedulerRunner } from '../workers/controllers/scheduler-runner.ts';
import { defaultProfile } from '../server/scheduler/registry.ts';
import { startWorkers, type RunningWorkers } from '../workers/main.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, type TestDatabase, waitFor } from './harness.ts';

let db: TestDatabase;
let store: Store;
let workers: RunningWorkers;
const prefix = redisPrefix('scheduler_incremental');
// A back-off far longer than any wait below: a pod that gets scheduled was woken by an event.
const scheduler = createSchedulerController({ redisPrefix: prefix, backoffInitialMs: 30_000, snapshotMaxAgeMs: 600_000 });

beforeAll(async () => {
  db = await createTestDatabase('scheduler_incremental');
  store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  workers = await startWorkers({
    databaseUrl: db.url,
    redisUrl: REDIS_URL,
    registry: new Map([['scheduler', scheduler]]),
    worker: { prefix, concurrency: 4, backoffBaseMs: 50, lockDurationMs: 5_000, stalledIntervalMs: 5_000 },
    dispatcher: { pollIntervalMs: 50, leaseDurationSeconds: 2 },
    log: createLogger({ level: 'silent' }),
  });
}, 60_000);

afterAll(async () => {
  await workers?.stop();
  scheduler.close();
  await store?.close();
  await db?.drop();
});

/** A node with room for two pods. */
const node = (name: string): KObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'kubernetes.io/hostname': name } },
  spec: {},
  status: { capacity: { cpu: '4', memory: '8Gi', pods: '2' }, allocatable: { cpu: '4', memory: '8Gi', pods: '2' } },
});

const pod = (name: string, schedulerName?: string): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: [{ name: 'c', image: 'x' }], ...(schedulerName ? { schedulerName } : {}) },
});

const get = (name: string) => store.get('Pod', 'default', name);
const boundTo = async (name: string) => (await get(name))?.spec.nodeName as string | undefined;
const markedUnschedulable = async (name: string) =>
  (await get(name))?.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'PodScheduled' && c.status === 'False');

describe('the scheduler snapshot kept by the event log', () => {
  it('sees deleted pods, new nodes and pods bound by others without listing the cluster again', async () => {
    await store.create('Node', undefined, node('n1'));
    for (const name of ['a', 'b']) await store.create('Pod', 'default', pod(name));
    await waitFor('a and b bound', async () => (await boundTo('a')) && (await boundTo('b')));
    await store.create('Pod', 'default', pod('c'));
    await waitFor('c unschedulable (n1 is full)', () => markedUnschedulable('c'));
    const lists = scheduler.snapshotStats().lists;
    expect(lists).toBeGreaterThanOrEqual(1);

    // A deleted pod frees its room.
    await store.delete('Pod', 'default', 'a', { gracePeriodSeconds: 0 });
    expect(await waitFor('c bound in a’s place', () => boundTo('c'))).toBe('n1');

    // A pod bound by someone else (another scheduler) takes room the snapshot must count.
    await store.create('Node', undefined, node('n2'));
    await store.create('Pod', 'default', pod('other', 'other-scheduler'));
    const [bound] = await store.bindPods([{ namespace: 'default', name: 'other', nodeName: 'n2' }]);
    expect(bound && 'pod' in bound).toBe(true);
    await store.create('Pod', 'default', pod('d'));
    expect(await waitFor('d bound', () => boundTo('d'))).toBe('n2');
    await store.create('Pod', 'default', pod('e'));
    await waitFor('e unschedulable (n1 and n2 are full)', () => markedUnschedulable('e'));

    const stats = scheduler.snapshotStats();
    expect(stats.lists).toBe(lists);
    expect(stats.catchUps).toBeGreaterThan(0);
  }, 60_000);

  it('lists again when the log was compacted past its position, and still counts every pod', async () => {
    // No round may run between the write below and the compaction: one woken late by the last
    // case (its own status write for e) would catch up past the write, and then nothing would
    // be missing from its position. So the scheduler's worker takes no job meanwhile.
    const worker = workers.workers[0]!.worker;
    await worker.pause();
    await scheduler.idle();
    const lists = scheduler.snapshotStats().lists;
    try {
      // Written after the snapshot's last catch-up (a change it reads, that wakes no round),
      // then compacted away before the next.
      await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'later', labels: { team: 'x' } } });
      await store.log.compact({ minAgeMs: 0, minRevisions: 0, history: { revisions: 0 } });
    } finally {
      await worker.resume();
    }
    await store.create('Node', undefined, { ...node('n3'), spec: { unschedulable: true } });
    await store.create('Pod', 'default', pod('f'));
    await waitFor('f unschedulable (n3 is cordoned, the rest full)', () => markedUnschedulable('f'));
    expect(scheduler.snapshotStats().lists).toBe(lists + 1);
    // The fresh list still counts n1's and n2's pods: only the cordon's removal makes room.
    await store.update('Node', undefined, 'n3', (n) => ({ ...n, spec: { unschedulable: false } }));
    expect(await waitFor('f bound on n3', () => boundTo('f'))).toBe('n3');
    expect(await boundTo('e')).toBe('n3');
  }, 60_000);

  it('answers a copy of a pod read before it was bound with gone, instead of placing it again', async () => {
    const lock = new SchedulerBatchLock({ redisUrl: REDIS_URL, prefix: `${prefix}:runner`, ttlMs: 5_000 });
    const runner = new SchedulerRunner(store, lock, {
      batchSize: 100, backoffInitialMs: 30_000, backoffMaxMs: 60_000, snapshotMaxAgeMs: 600_000,
      profile: defaultProfile, schedulerName: 'runner-test', now: () => new Date(),
    });
    try {
      await store.create('Node', undefined, node('n4'));
      const stale = await store.create('Pod', 'default', pod('g', 'runner-test'));
      expect(await runner.schedule(stale)).toMatchObject({ result: 'bound' });
      // Its bind read back from the log; then a reconcile that read the pod before the bind
      // hands in that copy: no new change will tell the runner it is stale.
      await runner.idle();
      expect(await runner.schedule(stale)).toEqual({ result: 'gone' });
    } finally {
      lock.close();
    }
  }, 60_000);
});
