/**
 * Setup file of every test file (vitest.config.ts): after the file's own hooks have stopped its
 * workers, the Redis keys under each prefix it took from `redisPrefix` are deleted, so queues,
 * locks and leases of finished files do not pile up in the shared Redis.
 */
import { afterAll } from 'vitest';
import { deleteRedisPrefixesMade } from './harness.ts';

// Registered before the file's own hooks: with vitest's stacked hooks it runs after them.
afterAll(async () => {
  await deleteRedisPrefixesMade();
}, 30_000);
