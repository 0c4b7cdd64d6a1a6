/**
 * A per-key mutual exclusion in Redis: `SET NX PX` with a random token, renewed and released
 * only by the token's owner (checked in Lua, so an expired owner cannot delete its successor's
 * lock). BullMQ's deduplication already keeps one active job per key; this lock covers what it
 * cannot: a worker that stalled (blocked event loop, network partition) and whose job BullMQ
 * handed to another worker while the first one still runs.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export interface HeldLock {
  key: string;
  token: string;
}

export class KeyLocks {
  constructor(
    private readonly redis: Redis,
    /** e.g. `<prefix>:capstan:<controller>:lock:` */
    private readonly keyPrefix: string,
    private readonly ttlMs: number,
  ) {}

  async tryAcquire(key: string): Promise<HeldLock | null> {
    const token = randomBytes(12).toString('hex');
    const ok = await this.redis.set(this.keyPrefix + key, token, 'PX', this.ttlMs, 'NX');
    return ok === 'OK' ? { key, token } : null;
  }

  /** Polls until the lock is free or `waitMs` passed. */
  async acquire(key: string, waitMs: number, pollMs = 25): Promise<HeldLock | null> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const held = await this.tryAcquire(key);
      if (held || Date.now() >= deadline) return held;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  /** False when the lock expired and may belong to someone else now. */
  async renew(lock: HeldLock): Promise<boolean> {
    return (await this.redis.eval(RENEW, 1, this.keyPrefix + lock.key, lock.token, this.ttlMs)) === 1;
  }

  async release(lock: HeldLock): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keyPrefix + lock.key, lock.token);
  }
}
