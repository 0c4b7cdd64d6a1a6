/**
 * The Redis side of the test harness: a file's prefixes are deleted after it, and only those.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteRedisPrefixesMade, REDIS_URL, redisPrefix } from './harness.ts';

const redis = new Redis(REDIS_URL);
afterAll(() => redis.disconnect());

describe('the harness Redis prefixes', () => {
  it('deletes every key under the prefixes it handed out, and no key of another prefix', async () => {
    const mine = redisPrefix('harness-redis');
    const other = `capstan-test:harness-redis-other:${process.pid}`;
    // More than one SCAN page's worth.
    const batch = redis.pipeline();
    for (let i = 0; i < 1_200; i++) batch.set(`${mine}:k${i}`, '1');
    await batch.exec();
    await redis.set(`${mine}:runner:lock`, '1');
    await redis.set(`${other}:k`, '1');
    try {
      await deleteRedisPrefixesMade();
      expect(await redis.keys(`${mine}*`)).toEqual([]);
      expect(await redis.get(`${other}:k`)).toBe('1');
    } finally {
      await redis.del(`${other}:k`);
    }
  });
});
