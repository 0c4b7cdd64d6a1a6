/**
 * Updates and point reads that arrive together go to Postgres together (UpdateBatcher,
 * GetBatcher), each still answered for itself: its own revision or its own CONFLICT/NOT_FOUND,
 * its own object or null.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapstanError } from '../server/errors.ts';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;

beforeAll(async () => {
  db = await createTestDatabase('store-batching');
  store = await Store.open({ databaseUrl: db.url });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const configMap = (name: string, data: Record<string, string> = {}): KObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data });

async function outcome(p: Promise<KObject>): Promise<string> {
  try {
    return `OK ${(await p).metadata.resourceVersion}`;
  } catch (err) {
    if (err instanceof CapstanError) return err.code;
    throw err;
  }
}

describe('batched updates', () => {
  it('writes 200 concurrent updates of different objects in far fewer statements, each with its own revision, all as sent', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `cm-${i}`);
    await Promise.all(names.map((n) => store.create('ConfigMap', 'default', configMap(n))));
    const before = { ...store.updates.stats };
    const written = await Promise.all(names.map((n, i) => store.patch('ConfigMap', 'default', n, { data: { i: String(i) } })));
    const statements = store.updates.stats.statements - before.statements;
    expect(store.updates.stats.items - before.items).toBe(200);
    expect(statements).toBeLessThan(100);
    expect(new Set(written.map((o) => o.metadata.resourceVersion)).size).toBe(200);
    // What each caller got is what was stored.
    for (const [i, n] of names.entries()) {
      const stored = await store.get('ConfigMap', 'default', n);
      expect(stored!.data).toEqual({ i: String(i) });
      expect(stored!.metadata.resourceVersion).toBe(written[i]!.metadata.resourceVersion);
    }
  });

  it('fails a stale or missing item of a batch alone, with CONFLICT or NOT_FOUND, and writes the others', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `mixed-${i}`);
    const created = await Promise.all(names.map((n) => store.create('ConfigMap', 'default', configMap(n))));
    await store.patch('ConfigMap', 'default', 'mixed-3', { data: { moved: 'on' } });
    const results = await Promise.all([
      ...created.map((c, i) => outcome(store.patch('ConfigMap', 'default', names[i]!, { data: { x: '1' } }, { resourceVersion: c.metadata.resourceVersion }))),
      outcome(store.patch('ConfigMap', 'default', 'never-made', { data: { x: '1' } })),
    ]);
    expect(results[3]).toBe('CONFLICT');
    expect(results[20]).toBe('NOT_FOUND');
    expect(results.filter((r) => r.startsWith('OK'))).toHaveLength(19);
    expect((await store.get('ConfigMap', 'default', 'mixed-3'))!.data).toEqual({ moved: 'on' });
    expect((await store.get('ConfigMap', 'default', 'mixed-4'))!.data).toEqual({ x: '1' });
  });

  it('loses no change when 40 patches of one object arrive together', async () => {
    await store.create('ConfigMap', 'default', configMap('hot'));
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.patch('ConfigMap', 'default', 'hot', { data: { [`k${i}`]: 'v' } })));
    expect(Object.keys((await store.get('ConfigMap', 'default', 'hot'))!.data)).toHaveLength(40);
  });
});

describe('batched point reads', () => {
  it('answers 300 concurrent reads (missing and repeated keys among them) in far fewer statements, each reader its own copy', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `read-${i}`);
    await Promise.all(names.map((n, i) => store.create('ConfigMap', 'default', configMap(n, { i: String(i) }))));
    const before = { ...store.reads.stats };
    const asked = [...names, ...names, ...names.map((n) => `${n}-missing`)];
    const got = await Promise.all(asked.map((n) => store.get('ConfigMap', 'default', n)));
    expect(store.reads.stats.reads - before.reads).toBe(300);
    expect(store.reads.stats.statements - before.statements).toBeLessThan(150);
    for (let i = 0; i < 100; i++) {
      expect(got[i]!.data).toEqual({ i: String(i) });
      expect(got[100 + i]!.data).toEqual({ i: String(i) });
      expect(got[200 + i]).toBeNull();
    }
    // Two readers of one key do not share an object.
    got[0]!.data.i = 'changed';
    expect(got[100]!.data.i).toBe('0');
  });

  it('sees a write that committed before the read was asked', async () => {
    await store.create('ConfigMap', 'default', configMap('fresh', { v: '1' }));
    const reads: Promise<KObject | null>[] = [];
    for (let v = 2; v <= 20; v++) {
      await store.patch('ConfigMap', 'default', 'fresh', { data: { v: String(v) } });
      reads.push(store.get('ConfigMap', 'default', 'fresh'));
    }
    const seen = (await Promise.all(reads)).map((o) => Number(o!.data.v));
    seen.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(i + 2));
  });
});
