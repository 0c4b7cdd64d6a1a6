/**
 * Options of the reconcile queues and workers, with their defaults in one place. Tests shorten
 * every timing; production keeps BullMQ's and Kubernetes' orders of magnitude.
 */
import type { Redis } from 'ioredis';

export interface QueueOptions {
  /** Redis connection URL (ignored when `connection` is given). */
  redisUrl?: string;
  /** Prefix of every Redis key (BullMQ's `prefix`); tests use one per file. Default `capstan`. */
  prefix?: string;
  /** Attempts of a failing reconcile before the job is dropped (a later change or resync brings it back). Default 20. */
  attempts?: number;
  /** First retry delay; each later one doubles. Default 100 ms. */
  backoffBaseMs?: number;
  /** Retry delays never exceed this. Default 60 s. */
  backoffMaxMs?: number;
}

export interface WorkerOptions extends QueueOptions {
  /** Jobs this worker runs at once (different keys). Default 4. */
  concurrency?: number;
  /** BullMQ job lock: a worker that stops renewing it for this long has its job taken over. Default 30 s. */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs. Default 30 s. */
  stalledIntervalMs?: number;
  /** A job found stalled more often than this fails (a reconcile that kills its worker). Default 5. */
  maxStalledCount?: number;
  /** TTL of the per-key lock, renewed at a third of it while a reconcile runs. Default lockDurationMs. */
  keyLockTtlMs?: number;
  /** How long a job waits for its key's lock before it puts itself back for later. Default 1 s. */
  keyLockWaitMs?: number;
}

export type ResolvedQueueOptions = Required<Omit<QueueOptions, 'redisUrl'>> & { redisUrl: string };
export type ResolvedWorkerOptions = Required<Omit<WorkerOptions, 'redisUrl'>> & { redisUrl: string };

export function resolveQueueOptions(o: QueueOptions): ResolvedQueueOptions {
  const r = {
    redisUrl: o.redisUrl ?? 'redis://127.0.0.1:6379',
    prefix: o.prefix ?? 'capstan',
    attempts: o.attempts ?? 20,
    backoffBaseMs: o.backoffBaseMs ?? 100,
    backoffMaxMs: o.backoffMaxMs ?? 60_000,
  };
  positive('attempts', r.attempts);
  positive('backoffBaseMs', r.backoffBaseMs);
  positive('backoffMaxMs', r.backoffMaxMs);
  return r;
}

export function resolveWorkerOptions(o: WorkerOptions): ResolvedWorkerOptions {
  const lockDurationMs = o.lockDurationMs ?? 30_000;
  const r = {
    ...resolveQueueOptions(o),
    concurrency: o.concurrency ?? 4,
    lockDurationMs,
    stalledIntervalMs: o.stalledIntervalMs ?? 30_000,
    maxStalledCount: o.maxStalledCount ?? 5,
    keyLockTtlMs: o.keyLockTtlMs ?? lockDurationMs,
    keyLockWaitMs: o.keyLockWaitMs ?? 1_000,
  };
  for (const f of ['concurrency', 'lockDurationMs', 'stalledIntervalMs', 'maxStalledCount', 'keyLockTtlMs'] as const) positive(f, r[f]);
  return r;
}

function positive(field: string, v: number): void {
  if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`${field} must be a positive number, got ${v}`);
}

/**
 * The BullMQ queue of one controller. BullMQ forbids `:` in queue names; with the default prefix
 * `capstan` its Redis keys read `capstan:<controller>:…`.
 */
export function queueName(controller: string): string {
  return controller;
}

/** Exponential, capped: BullMQ's own `exponential` has no ceiling. */
export const BACKOFF_TYPE = 'capstan-capped';

export function backoffDelay(attemptsMade: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attemptsMade - 1));
}

export type RedisConnection = Redis;
