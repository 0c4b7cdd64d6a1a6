/**
 * The consumer side of one controller's queue: a BullMQ Worker that runs `reconcile(key)` under
 * the key's lock, retries failures with capped exponential back-off, honours `requeueAfterMs`,
 * and records metrics. A killed worker loses nothing: its job's BullMQ lock stops being renewed
 * and the stalled-job check of any other worker puts the job back.
 */
import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { createRedis } from './redis-connection.ts';
import type { Logger } from 'pino';
import type { Store } from '../../server/store/store.ts';
import type { Controller } from '../controller.ts';
import { reconcileFailureLog } from './failure-log.ts';
import { KeyLocks } from './key-lock.ts';
import type { WorkerMetrics } from './metrics.ts';
import { backoffDelay, queueName, resolveWorkerOptions, type ResolvedWorkerOptions, type WorkerOptions } from './options.ts';
import { ReconcileQueue, type ReconcileJobData } from './reconcile-queue.ts';

export interface ReconcileWorkerDeps {
  controller: Controller;
  store: Store;
  log: Logger;
  metrics: WorkerMetrics;
}

export class ReconcileWorker {
  readonly options: ResolvedWorkerOptions;
  readonly worker: Worker<ReconcileJobData>;
  /** For timed requeues. */
  private readonly queue: ReconcileQueue;
  private readonly connection: Redis;
  private readonly locks: KeyLocks;
  private readonly hardStop = new AbortController();
  private readonly wake = (keys: string[]) => this.queue.enqueue(keys);

  constructor(
    private readonly deps: ReconcileWorkerDeps,
    opts: WorkerOptions = {},
  ) {
    this.options = resolveWorkerOptions(opts);
    const o = this.options;
    const name = deps.controller.name;
    // BullMQ blocks on this connection: it must retry commands forever rather than fail them.
    this.connection = createRedis(o.redisUrl, { maxRetriesPerRequest: null });
    this.connection.on('error', () => {});
    this.queue = new ReconcileQueue(name, { ...o, connection: this.connection });
    this.locks = new KeyLocks(this.connection, `${o.prefix}:${queueName(name)}:lock:`, o.keyLockTtlMs);
    deps.metrics.trackDepth(name, () => this.queue.depth());
    this.worker = new Worker<ReconcileJobData>(queueName(name), (job, token) => this.process(job, token), {
      connection: this.connection,
      prefix: o.prefix,
      concurrency: o.concurrency,
      lockDuration: o.lockDurationMs,
      stalledInterval: o.stalledIntervalMs,
      maxStalledCount: o.maxStalledCount,
      settings: { backoffStrategy: (attemptsMade: number) => backoffDelay(attemptsMade, o.backoffBaseMs, o.backoffMaxMs) },
    });
    this.worker.on('error', (err) => deps.log.warn({ err, controller: name }, 'reconcile worker error'));
  }

  /** Resolves once the worker is connected and taking jobs. */
  async ready(): Promise<void> {
    await this.worker.waitUntilReady();
  }

  /** Graceful: finishes the jobs in hand, takes no new ones. */
  async close(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
    this.connection.disconnect();
  }

  private async process(job: Job<ReconcileJobData>, token?: string): Promise<void> {
    const { controller, metrics, store } = this.deps;
    const key = job.data.key;
    const o = this.options;
    const lock = await this.locks.acquire(key, o.keyLockWaitMs);
    if (!lock) {
      // Another worker still holds the key (it stalled and BullMQ gave its job away): come
      // back later instead of holding a concurrency slot.
      await job.moveToDelayed(Date.now() + Math.max(50, o.keyLockWaitMs), token);
      throw new DelayedError();
    }
    const abort = new AbortController();
    const onHardStop = () => abort.abort(this.hardStop.signal.reason);
    this.hardStop.signal.addEventListener('abort', onHardStop);
    const renewal = setInterval(() => {
      this.locks.renew(lock).then(
        (held) => held || abort.abort(new Error(`lost the lock of ${key}`)),
        () => {},
      );
    }, Math.max(10, Math.floor(o.keyLockTtlMs / 3)));
    const stopTimer = metrics.duration.startTimer({ controller: controller.name });
    const log = this.deps.log.child({ controller: controller.name, key });
    try {
      const result = await controller.reconcile(key, { store, signal: abort.signal, log, metrics, enqueue: this.wake });
      if (result && result.requeueAfterMs > 0) {
        await this.queue.enqueueAfter(key, result.requeueAfterMs);
        metrics.reconciles.inc({ controller: controller.name, result: 'requeue' });
      } else {
        metrics.reconciles.inc({ controller: controller.name, result: 'success' });
      }
    } catch (err) {
      metrics.reconciles.inc({ controller: controller.name, result: 'error' });
      const line = reconcileFailureLog(err, job.attemptsMade + 1);
      log[line.level](line.fields, line.message);
      throw err;
    } finally {
      stopTimer();
      clearInterval(renewal);
      this.hardStop.signal.removeEventListener('abort', onHardStop);
      await this.locks.release(lock).catch(() => {});
    }
  }
}
