/**
 * The watch hub's own connections (docs/security.md, "Database connections"): with every
 * connection of the store's pool held by slow queries and more queued behind them, a watch
 * still hears a write made elsewhere at once, because the tail and LISTEN do not wait in that
 * queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { WatchHub, type WatchEvent } from '../server/watch/hub.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
let writer: Store;
let hub: WatchHub;

beforeAll(async () => {
  db = await createTestDatabase('watch_pool');
  store = await Store.open({ databaseUrl: db.url, poolSize: 2 });
  // Another process's writes (a worker, another API server): its own pool, NOTIFY after commit.
  writer = await Store.open({ databaseUrl: db.url, poolSize: 2 });
  hub = new WatchHub(store, { databaseUrl: db.url, compaction: { enabled: false } });
  await hub.start();
});

afterAll(async () => {
  await hub?.stop();
  await store?.close();
  await writer?.close();
  await db?.drop();
});

const cm = (name: string): KObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: 'b' } });

describe('the watch hub under a flood of queries', () => {
  it('delivers a write within a second while the store pool is held by slow queries', async () => {
    const { resourceVersion } = await store.list('ConfigMap', { namespace: 'default' });
    const watch = hub.watch('ConfigMap', { namespace: 'default', resourceVersion });
    const first = watch.next();
    // Hold both connections of the store's pool for 5 s, with 20 more queries queued behind them.
    const flood = Array.from({ length: 22 }, () => store.pool.query('SELECT pg_sleep(0.25)'));
    const holders = [store.pool.query('SELECT pg_sleep(5)'), store.pool.query('SELECT pg_sleep(5)')];
    await new Promise((r) => setTimeout(r, 200));
    const started = performance.now();
    await writer.create('ConfigMap', 'default', cm('during-flood'));
    const event = (await first).value as WatchEvent;
    const ms = performance.now() - started;
    expect(event.type).toBe('ADDED');
    expect(event.object?.metadata.name).toBe('during-flood');
    expect(ms).toBeLessThan(1_500);
    await Promise.all([...holders, ...flood]);
    await watch.return?.();
  });
});
