/**
 * One binder at a time across scheduler workers. The bind is an optimistic write on the *pod*;
 * nothing stops two workers from filling the same node with different pods from stale snapshots.
 * So, like kube-scheduler's single active instance, a batch is decided and bound under one Redis
 * lock (SET NX PX with a token, renewed while held, released only by its owner). With it comes
 * a generation number, bumped by every holder that bound something: a worker whose snapshot
 * was built (and kept current with its own binds) at the generation it finds still knows every
 * bind, and need not list the cluster again.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createRedis } from '../queue/redis-connection.ts';

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export interface BatchLockOptions {
  redisUrl: string;
  /** Redis key prefix, e.g. the queues' prefix. */
  prefix: string;
  /** Lock TTL; renewed at a third of it while held. */
  ttlMs: number;
}

export interface HeldBatchLock {
  /** The generation when the lock was taken. */
  generation: number;
  /** False once renewal failed: another worker may bind now, stop binding. */
  held(): boolean;
  /** Records that this holder bound pods; returns the new generation. */
  bump(): Promise<number>;
  release(): Promise<void>;
}

export class SchedulerBatchLock {
  private readonly redis: Redis;
  private readonly lockKey: string;
  private readonly genKey: string;

  constructor(private readonly o: BatchLockOptions) {
    this.redis = createRedis(o.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true });
    this.redis.on('error', () => {});
    this.lockKey = `${o.prefix}:scheduler:batch-lock`;
    this.genKey = `${o.prefix}:scheduler:generation`;
  }

  /** Waits (polling) until the lock is ours. */
  async acquire(signal?: AbortSignal): Promise<HeldBatchLock> {
    const token = randomBytes(12).toString('hex');
    let wait = 2;
    for (;;) {
      signal?.throwIfAborted();
      const ok = await this.redis.set(this.lockKey, token, 'PX', this.o.ttlMs, 'NX');
      if (ok === 'OK') break;
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(25, wait * 2);
    }
    const generation = Number((await this.redis.get(this.genKey)) ?? 0);
    let held = true;
    const renewal = setInterval(() => {
      this.redis.eval(RENEW, 1, this.lockKey, token, this.o.ttlMs).then(
        (r) => {
          if (r !== 1) held = false;
        },
        () => {},
      );
    }, Math.max(10, Math.floor(this.o.ttlMs / 3)));
    return {
      generation,
      held: () => held,
      bump: async () => Number(await this.redis.incr(this.genKey)),
      release: async () => {
        clearInterval(renewal);
        held = false;
        await this.redis.eval(RELEASE, 1, this.lockKey, token).catch(() => {});
      },
    };
  }

  close(): void {
    this.redis.disconnect();
  }
}
