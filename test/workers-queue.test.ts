/**
 * The per-key guarantees of the reconcile queues, against real Redis (BullMQ) and Postgres.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { Controller, ReconcileContext, RequeueAfter } from '../workers/controller.ts';
import { KeyLocks } from '../workers/queue/key-lock.ts';
import { createWorkerMetrics, type WorkerMetrics } from '../workers/queue/metrics.ts';
import type { WorkerOptions } from '../workers/queue/options.ts';
import { ReconcileQueue } from '../workers/queue/reconcile-queue.ts';
import { ReconcileWorker } from '../workers/queue/reconcile-worker.ts';
import { PeriodicResync, resyncAll } from '../workers/queue/resync.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, ROOT, type TestDatabase, waitFor } from './harness.ts';

const log = createLogger({ level: 'silent' });
let db: TestDatabase;
let store: Store;
let redis: Redis;
let prefix: string;
const closers: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  db = await createTestDatabase('workers_queue');
  store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  redis = new Redis(REDIS_URL);
  prefix = redisPrefix('workers-queue');
});

afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
  await flushPrefix(redis, prefix);
  redis.disconnect();
  await store?.close();
  await db?.drop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


/** Deletes this file's keys only: other test files share the Redis server. */
async function flushPrefix(r: Redis, p: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await r.scan(cursor, 'MATCH', `${p}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await r.del(...keys);
  } while (cursor !== '0');
}

const fast: WorkerOptions = { lockDurationMs: 1_000, stalledIntervalMs: 500, keyLockTtlMs: 1_000, keyLockWaitMs: 200, backoffBaseMs: 50 };

/** A controller whose reconcile the test scripts; it records every call. */
function testController(
  name: string,
  reconcile: (key: string, ctx: ReconcileContext) => Promise<void | RequeueAfter> = async () => {},
  listKeys: () => Promise<string[]> = async () => [],
): Controller & { calls: string[] } {
  const calls: string[] = [];
  return {
    name,
    calls,
    keysFor: () => [],
    listKeys,
    async reconcile(key, ctx) {
      calls.push(key);
      return reconcile(key, ctx);
    },
  };
}

function queueFor(controller: string, opts: WorkerOptions = fast): ReconcileQueue {
  const q = new ReconcileQueue(controller, { redisUrl: REDIS_URL, prefix, ...opts });
  closers.push(() => q.close());
  return q;
}

async function startWorker(controller: Controller, opts: WorkerOptions = fast, metrics: WorkerMetrics = createWorkerMetrics()): Promise<ReconcileWorker> {
  const w = new ReconcileWorker({ controller, store, log, metrics }, { redisUrl: REDIS_URL, prefix, ...fast, ...opts });
  closers.push(() => w.close());
  await w.ready();
  return w;
}

describe('reconcile queues', () => {
  it('never reconcile the same key in two workers at once', async () => {
    const inFlight = new Map<string, number>();
    let maxInFlight = 0;
    const c = testController('overlap', async (key) => {
      const n = (inFlight.get(key) ?? 0) + 1;
      inFlight.set(key, n);
      maxInFlight = Math.max(maxInFlight, n);
      await sleep(15);
      inFlight.set(key, n - 1);
    });
    const q = queueFor('overlap');
    await startWorker(c, { concurrency: 4 });
    await startWorker(c, { concurrency: 4 });
    for (let round = 0; round < 20; round++) {
      await q.enqueue(['a', 'b', 'c']);
      await sleep(5);
    }
    await waitFor('the queue to drain', async () => (await q.pending()) === 0);
    expect(maxInFlight).toBe(1);
    expect(new Set(c.calls)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('reconcile a key once more when it changes during its reconcile', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const c = testController('wakeup', async () => {
      if (c.calls.length === 1) await gate;
    });
    const q = queueFor('wakeup');
    await startWorker(c);
    await q.enqueue(['k']);
    await waitFor('the first reconcile to start', () => c.calls.length === 1);
    await q.enqueue(['k']);
    await q.enqueue(['k']);
    release();
    await waitFor('the second reconcile', () => c.calls.length === 2);
    await waitFor('the queue to drain', async () => (await q.pending()) === 0);
    expect(c.calls).toEqual(['k', 'k']);
  });

  it('collapse many changes to a waiting key into one job', async () => {
    const q = queueFor('collapse');
    for (let i = 0; i < 50; i++) await q.enqueue(['k', 'k']);
    await q.enqueue(['other']);
    expect(await q.depth()).toBe(2);
    const c = testController('collapse');
    await startWorker(c);
    await waitFor('the queue to drain', async () => (await q.pending()) === 0);
    expect(c.calls.sort()).toEqual(['k', 'other']);
  });

  it('retry a failing reconcile with exponential back-off and count it in metrics', async () => {
    const at: number[] = [];
    const c = testController('flaky', async () => {
      at.push(Date.now());
      if (at.length < 4) throw new Error('not yet');
    });
    const metrics = createWorkerMetrics();
    const q = queueFor('flaky');
    await startWorker(c, { backoffBaseMs: 100 }, metrics);
    await q.enqueue(['k']);
    await waitFor('the fourth attempt to succeed', async () => at.length === 4 && (await q.pending()) === 0);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(95);
    expect(gaps[1]).toBeGreaterThanOrEqual(195);
    expect(gaps[2]).toBeGreaterThanOrEqual(395);
    const text = await metrics.registry.metrics();
    expect(text).toContain('capstan_reconcile_total{controller="flaky",result="error"} 3');
    expect(text).toContain('capstan_reconcile_total{controller="flaky",result="success"} 1');
    expect(text).toContain('capstan_reconcile_duration_seconds_count{controller="flaky"} 4');
    expect(text).toMatch(/capstan_queue_depth\{controller="flaky"\} 0/);
  });

  it('reconcile a key again after the delay its reconcile asked for', async () => {
    const c = testController('requeue', async () => (c.calls.length === 1 ? { requeueAfterMs: 150 } : undefined));
    const q = queueFor('requeue');
    await startWorker(c);
    const t0 = Date.now();
    await q.enqueue(['k']);
    await waitFor('the requeued reconcile', () => c.calls.length === 2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('enqueue every key on each periodic resync', async () => {
    const keys = ['ns/a', 'ns/b', 'c'];
    const c = testController('resync', async () => {}, async () => keys);
    const q = queueFor('resync');
    await startWorker(c);
    const resync = new PeriodicResync(store, () => [c], (_, k) => q.enqueue(k), log, { intervalMs: 100 });
    resync.start();
    await waitFor('two rounds of resync', () => keys.every((k) => c.calls.filter((x) => x === k).length >= 2));
    await resync.stop();
  });

  it('let only one holder take a key lock, and free it when its holder stops renewing', async () => {
    const locks = new KeyLocks(redis, `${prefix}:locks-test:`, 300);
    const first = await locks.tryAcquire('k');
    expect(first).not.toBeNull();
    expect(await locks.tryAcquire('k')).toBeNull();
    expect(await locks.renew(first!)).toBe(true);
    const second = await locks.acquire('k', 2_000);
    expect(second).not.toBeNull();
    expect(await locks.renew(first!)).toBe(false);
    await locks.release(first!); // a stale owner cannot release its successor's lock
    expect(await locks.tryAcquire('k')).toBeNull();
    await locks.release(second!);
    expect(await locks.tryAcquire('k')).not.toBeNull();
  });

  it('re-run a job whose worker process was killed mid-reconcile', async () => {
    const q = queueFor('stuck');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/workers-fixture-stuck-worker.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, REDIS_URL, PREFIX: prefix, LOCK_MS: '1000' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    closers.push(async () => child.kill('SIGKILL'));
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`fixture exited with ${code}`)));
    });
    await q.enqueue(['ns/victim']);
    await waitFor('the child to start reconciling', async () => (await redis.get(`${prefix}:started:ns/victim`)) !== null);
    const c = testController('stuck', async (key, ctx) => {
      await ctx.store.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'converged' }, data: { key } });
    });
    await startWorker(c);
    child.kill('SIGKILL');
    // The call is counted when the reconcile starts; its write lands a moment later.
    const converged = await waitFor('the job to be re-run elsewhere', async () => (await store.get('ConfigMap', 'default', 'converged'))?.data, 15_000);
    expect(converged).toEqual({ key: 'ns/victim' });
    expect(c.calls).toEqual(['ns/victim']);
  });

  it('lose nothing when Redis is flushed: the next resync rebuilds the queue from Postgres', async () => {
    for (const name of ['f1', 'f2', 'f3']) {
      await store.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });
    }
    const listKeys = async () => (await store.list('ConfigMap', { namespace: 'default' })).items.filter((o) => o.metadata.name.startsWith('f')).map((o) => `default/${o.metadata.name}`);
    const c = testController('flush', async () => {}, listKeys);
    const q = queueFor('flush');
    await q.enqueue(await listKeys());
    await flushPrefix(redis, prefix);
    expect(await q.depth()).toBe(0);
    await startWorker(c);
    await resyncAll(store, [c], (_, keys) => q.enqueue(keys));
    await waitFor('every key to be reconciled', () => c.calls.length === 3);
    expect(c.calls.sort()).toEqual(['default/f1', 'default/f2', 'default/f3']);
  });
});
