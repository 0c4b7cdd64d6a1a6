/**
 * Binding with the pods the caller read (the scheduler's copies from the log) against real
 * Postgres: one statement per batch, and the version check still refuses a stale copy.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { bindPods } from '../server/store/bind.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;

beforeAll(async () => {
  db = await createTestDatabase('bind');
  store = await Store.open({ databaseUrl: db.url, poolSize: 2 });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const pod = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'x' }] } });

/** The store's pool, counting the statements sent through it. */
function countingPool(): { pool: pg.Pool; statements: () => number } {
  let n = 0;
  const pool = new Proxy(store.pool, {
    get(target, prop) {
      if (prop === 'query') return (...args: unknown[]) => (n++, (target.query as (...a: unknown[]) => unknown)(...args));
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { pool, statements: () => n };
}

describe('binding pods the caller brings', () => {
  it('is one statement for the batch, and the stored pods are what it returns', async () => {
    const read = [await store.create('Pod', 'default', pod('brought-a')), await store.create('Pod', 'default', pod('brought-b'))];
    const { pool, statements } = countingPool();
    const { results } = await bindPods(pool, read.map((p) => ({ namespace: 'default', name: p.metadata.name, nodeName: 'n1', pod: p })), new Date());
    expect(statements()).toBe(1);
    for (const [i, p] of read.entries()) {
      const r = results[i]!;
      expect('pod' in r && r.pod).toEqual(await store.get('Pod', 'default', p.metadata.name));
      expect('pod' in r && r.pod.spec.nodeName).toBe('n1');
    }
  });

  it('refuses a copy older than the stored pod with CONFLICT, and writes nothing for it', async () => {
    const stale = await store.create('Pod', 'default', pod('brought-stale'));
    await store.patch('Pod', 'default', 'brought-stale', { metadata: { labels: { moved: 'yes' } } });
    const { results } = await bindPods(store.pool, [{ namespace: 'default', name: 'brought-stale', nodeName: 'n1', pod: stale }], new Date());
    expect('error' in results[0]! && results[0].error.code).toBe('CONFLICT');
    expect((await store.get('Pod', 'default', 'brought-stale'))!.spec.nodeName).toBeUndefined();
  });
});
