/**
 * A worker process for test/workers-queue.test.ts: runs the `stuck` controller, whose reconcile
 * records that it started (a Redis key) and then never finishes, so the test can SIGKILL this
 * process mid-job. Env: DATABASE_URL, REDIS_URL, PREFIX, LOCK_MS.
 */
import { Redis } from 'ioredis';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import { createWorkerMetrics } from '../workers/queue/metrics.ts';
import { ReconcileWorker } from '../workers/queue/reconcile-worker.ts';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};
const prefix = env('PREFIX');
const lockMs = Number(env('LOCK_MS'));
const redis = new Redis(env('REDIS_URL'));
const store = await Store.open({ databaseUrl: env('DATABASE_URL'), poolSize: 2 });
const worker = new ReconcileWorker(
  {
    controller: {
      name: 'stuck',
      keysFor: () => [],
      listKeys: async () => [],
      async reconcile(key) {
        await redis.set(`${prefix}:started:${key}`, String(process.pid));
        await new Promise(() => {});
      },
    },
    store,
    log: createLogger({ level: 'silent' }),
    metrics: createWorkerMetrics(),
  },
  { redisUrl: env('REDIS_URL'), prefix, lockDurationMs: lockMs, stalledIntervalMs: lockMs, keyLockTtlMs: lockMs },
);
await worker.ready();
process.stdout.write('ready\n');
