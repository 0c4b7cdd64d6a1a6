/**
 * Redis failover under the reconcile queues: a master, a replica and three Sentinels, REDIS_URL
 * in its redis+sentinel:// form. Keys enqueued before a SENTINEL FAILOVER are processed after it
 * by a worker that connected only then, and keys enqueued after it reach the new master.
 */
import { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReconcileQueue } from '../workers/queue/reconcile-queue.ts';
import { createRedis } from '../workers/queue/redis-connection.ts';
import { redisPrefix, waitFor } from './harness.ts';
import { startSentinelGroup, type SentinelGroup } from './redis-sentinel.ts';

let group: SentinelGroup;

beforeAll(async () => {
  group = await startSentinelGroup('ha');
}, 60_000);

afterAll(async () => {
  await group?.stop();
});

describe('reconcile queues on Redis Sentinel', () => {
  it('keep the keys enqueued before a failover and take new ones on the promoted master', async () => {
    const prefix = redisPrefix('ha-redis');
    const queue = new ReconcileQueue('replicaset', { redisUrl: group.url, prefix });
    await queue.enqueue(['default/a', 'default/b', 'default/c']);
    const first = await group.masterPort();
    const second = await group.failover();
    expect(second).not.toBe(first);

    const seen = new Set<string>();
    const connection = createRedis(group.url, { maxRetriesPerRequest: null });
    const worker = new Worker('replicaset', async (job) => void seen.add(job.data.key), { connection, prefix });
    worker.on('error', () => {});
    try {
      await waitFor('the keys enqueued before the failover', () => ['default/a', 'default/b', 'default/c'].every((k) => seen.has(k)), 30_000);
      await queue.enqueue(['default/d']);
      await waitFor('a key enqueued after the failover', () => seen.has('default/d'), 30_000);
      const masterNow = createRedis(group.url);
      expect(Number((await masterNow.config('GET', 'port'))[1])).toBe(second);
      masterNow.disconnect();
    } finally {
      await worker.close();
      await queue.close();
      connection.disconnect();
    }
  }, 120_000);
});
