/**
 * The producer side of one controller's queue: turns "this key may need work" into at most one
 * waiting job per key.
 *
 * Each job is added with BullMQ deduplication on the key and `keepLastIfActive`:
 *  - while a job for the key waits, further adds are dropped (many changes → one job);
 *  - while it is active, BullMQ stores one "next" job, created atomically when the active one
 *    finishes (completes or fails) in the same Lua script that finishes it. A change that lands
 *    during a reconcile therefore always causes exactly one more reconcile, with no window
 *    between "check for more work" and "finish" for a wake-up to fall into;
 *  - `reschedule` brings a key waiting in retry back-off forward when a new change arrives.
 * Timed requeues (`requeueAfterMs`) use a second deduplication id so they never delay a change.
 */
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { createRedis } from './redis-connection.ts';
import { BACKOFF_TYPE, queueName, resolveQueueOptions, type QueueOptions, type ResolvedQueueOptions } from './options.ts';

export interface ReconcileJobData {
  key: string;
}

export class ReconcileQueue {
  readonly queue: Queue<ReconcileJobData>;
  readonly options: ResolvedQueueOptions;
  private readonly connection: Redis;
  private readonly ownsConnection: boolean;

  constructor(
    readonly controller: string,
    opts: QueueOptions & { connection?: Redis } = {},
  ) {
    this.options = resolveQueueOptions(opts);
    this.ownsConnection = !opts.connection;
    this.connection = opts.connection ?? createRedis(this.options.redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue<ReconcileJobData>(queueName(controller), { connection: this.connection, prefix: this.options.prefix });
    // Without a listener an unreachable Redis would crash the process; BullMQ reconnects.
    this.queue.on('error', () => {});
  }

  /** Enqueues each key once (duplicates in `keys` and keys already waiting collapse). */
  async enqueue(keys: Iterable<string>): Promise<void> {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return;
    await this.queue.addBulk(unique.map((key) => ({ name: 'reconcile', data: { key }, opts: this.jobOptions(key, key, 0) })));
  }

  /** One more reconcile of `key` after `delayMs`, unless a change brings one earlier anyway. */
  async enqueueAfter(key: string, delayMs: number): Promise<void> {
    await this.queue.add('reconcile', { key }, this.jobOptions(key, `after:${key}`, delayMs));
  }

  /** Jobs waiting to run, delayed retries included. */
  async depth(): Promise<number> {
    const c = await this.queue.getJobCounts('wait', 'prioritized', 'delayed');
    return Object.values(c).reduce((a, b) => a + b, 0);
  }

  /** Jobs waiting or running: zero means every enqueued key has been reconciled. */
  async pending(): Promise<number> {
    return (await this.depth()) + (await this.queue.getActiveCount());
  }

  async close(): Promise<void> {
    await this.queue.close();
    if (this.ownsConnection) this.connection.disconnect();
  }

  private jobOptions(key: string, dedupId: string, delay: number): JobsOptions {
    return {
      delay,
      deduplication: { id: dedupId, keepLastIfActive: true, reschedule: true },
      attempts: this.options.attempts,
      backoff: { type: BACKOFF_TYPE, delay: this.options.backoffBaseMs },
      removeOnComplete: true,
      removeOnFail: { count: 1000 },
    };
  }
}
