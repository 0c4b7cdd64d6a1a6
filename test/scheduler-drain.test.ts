/**
 * The scheduler's runner against real Postgres and Redis: its first list does not hold the
 * batch lock, a drain binds every pending pod the log shows (the `*pending*` key's reconcile,
 * one job for a burst of creates) and tries unschedulable pods again after their back-off, and a
 * worker that has not listed yet hands the pending key back instead of waiting for its list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { defaultProfile } from '../server/scheduler/registry.ts';
import { Store } from '../server/store/store.ts';
import { createSchedulerController, PENDING_KEY } from '../workers/controllers/scheduler.ts';
import { SchedulerBatchLock } from '../workers/controllers/scheduler-batch-lock.ts';
import { SchedulerRunner } from '../workers/controllers/scheduler-runner.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, type TestDatabase, waitFor } from './harness.ts';

let db: TestDatabase;
let store: Store;
const prefix = redisPrefix('scheduler_drain');

beforeAll(async () => {
  db = await createTestDatabase('scheduler_drain');
  store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
}, 60_000);

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const node = (name: string, cpu = '4'): KObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'kubernetes.io/hostname': name } },
  spec: {},
  status: { capacity: { cpu, memory: '8Gi', pods: '110' }, allocatable: { cpu, memory: '8Gi', pods: '110' } },
});

const pod = (name: string, schedulerName: string, cpu = '100m'): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { schedulerName, containers: [{ name: 'c', image: 'x', resources: { requests: { cpu, memory: '64Mi' } } }] },
});

/** `store` whose lists wait until `open()` is called. */
function storeWithHeldLists(): { store: Store; open(): void; listing: Promise<void> } {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let started!: () => void;
  const listing = new Promise<void>((r) => (started = r));
  const held = new Proxy(store, {
    get(target, prop) {
      if (prop === 'list') {
        return async (...args: Parameters<Store['list']>) => {
          started();
          await gate;
          return target.list(...args);
        };
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { store: held, open, listing };
}

function runnerFor(s: Store, lock: SchedulerBatchLock, schedulerName: string, backoffInitialMs = 30_000): SchedulerRunner {
  return new SchedulerRunner(s, lock, {
    batchSize: 100, backoffInitialMs, backoffMaxMs: 60_000, snapshotMaxAgeMs: 600_000,
    profile: defaultProfile, schedulerName, now: () => new Date(),
  });
}

const boundTo = async (name: string) => (await store.get('Pod', 'default', name))?.spec.nodeName as string | undefined;

describe('the scheduler runner', () => {
  it('lists the cluster outside the batch lock: another worker can take the lock while the list is under way', async () => {
    const lock = new SchedulerBatchLock({ redisUrl: REDIS_URL, prefix: `${prefix}:list`, ttlMs: 5_000 });
    const other = new SchedulerBatchLock({ redisUrl: REDIS_URL, prefix: `${prefix}:list`, ttlMs: 5_000 });
    const slow = storeWithHeldLists();
    try {
      await store.create('Node', undefined, node('list-1'));
      await store.create('Pod', 'default', pod('list-a', 'list-test'));
      const draining = runnerFor(slow.store, lock, 'list-test').drain();
      await slow.listing;
      const taken = await Promise.race([other.acquire(), new Promise<null>((r) => setTimeout(() => r(null), 3_000))]);
      expect(taken, 'the other worker got the batch lock during the list').not.toBeNull();
      await taken!.release();
      slow.open();
      await draining;
      expect(await boundTo('list-a')).toBe('list-1');
    } finally {
      slow.open();
      lock.close();
      other.close();
    }
  }, 60_000);

  it('drains: binds every pending pod the log shows, though no reconcile asked for any of them', async () => {
    const lock = new SchedulerBatchLock({ redisUrl: REDIS_URL, prefix: `${prefix}:drain`, ttlMs: 5_000 });
    const runner = runnerFor(store, lock, 'drain-test');
    try {
      await store.create('Node', undefined, node('drain-1'));
      expect(await runner.drain()).toEqual({});
      const applied = runner.stats.changesApplied;
      const names = Array.from({ length: 7 }, (_, i) => `drain-${i}`);
      for (const name of names) await store.create('Pod', 'default', pod(name, 'drain-test'));
      expect(await runner.drain()).toEqual({});
      for (const name of names) expect(await boundTo(name)).toMatch(/^(drain|list)-1$/);
      // The 7 creates were read from the log; its own 7 binds were counted when made, not read back.
      await runner.drain();
      expect(runner.stats.changesApplied - applied).toBe(7);
    } finally {
      lock.close();
    }
  }, 60_000);

  it('binds a backlog in several batches under one hold of the batch lock, deciding each while the last is bound', async () => {
    const lock = new SchedulerBatchLock({ redisUrl: REDIS_URL, prefix: `${prefix}:backlog`, ttlMs: 5_000 });
    const runner = new SchedulerRunner(store, lock, {
      batchSize: 3, backoffInitialMs: 30_000, backoffMaxMs: 60_000, snapshotMaxAgeMs: 600_000,
      profile: defaultProfile, schedulerName: 'backlog-test', now: () => new Date(),
    });
    try {
      await runner.drain();
      const names = Array.from({ length: 10 }, (_, i) => `backlog-${i}`);
      for (const name of names) await store.create('Pod', 'default', pod(name, 'backlog-test'));
      const before = { rounds: runner.stats.rounds, batches: runner.stats.batches };
      // Held while the pods are decided: all of them wait for one round.
      const held = await lock.acquire();
      const draining = runner.drain();
      await new Promise((r) => setTimeout(r, 200));
      await held.release();
      await draining;
      for (const name of names) expect(await boundTo(name)).toBeTruthy();
      // One round (then one that finds nothing left) with 4 batches of at most 3.
      expect(runner.stats.batches - before.batches).toBe(4);
      expect(runner.stats.rounds - before.rounds).toBe(2);
    } finally {
      lock.close();
    }
  }, 60_000);

  it('drains a pod it found unschedulable again once its back-off has passed, and says when that is', async () => {
    const lock = new SchedulerBatchLock({ redisUrl: REDIS_URL, prefix: `${prefix}:backoff`, ttlMs: 5_000 });
    const runner = runnerFor(store, lock, 'backoff-test', 300);
    try {
      await store.create('Pod', 'default', pod('backoff-big', 'backoff-test', '6'));
      const first = await runner.drain();
      expect(first.retryAfterMs).toBeGreaterThan(0);
      expect(first.retryAfterMs).toBeLessThanOrEqual(300);
      await runner.idle();
      // Room appears with no event the runner is told of: only the back-off brings the pod back.
      await store.create('Node', undefined, node('backoff-big-node', '8'));
      await new Promise((r) => setTimeout(r, first.retryAfterMs!));
      await runner.drain();
      expect(await boundTo('backoff-big')).toBe('backoff-big-node');
    } finally {
      lock.close();
    }
  }, 60_000);
});

describe('the scheduler controller', () => {
  it('hands the pending key back while its first list is under way, and drains once it has listed', async () => {
    const scheduler = createSchedulerController({ redisPrefix: `${prefix}:controller`, schedulerName: 'controller-test' });
    const slow = storeWithHeldLists();
    const ctx = { store: slow.store, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) };
    try {
      await store.create('Node', undefined, node('controller-1'));
      await store.create('Pod', 'default', pod('controller-a', 'controller-test'));
      expect(await scheduler.reconcile(PENDING_KEY, ctx)).toEqual({ requeueAfterMs: 100 });
      await slow.listing;
      slow.open();
      await waitFor('the list done', async () => (await scheduler.reconcile(PENDING_KEY, ctx)) === undefined);
      expect(await boundTo('controller-a')).toBe('controller-1');
    } finally {
      slow.open();
      scheduler.close();
    }
  }, 60_000);
});
