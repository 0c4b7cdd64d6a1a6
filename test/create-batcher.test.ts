/**
 * Creates answer with the object as it was stored, without reading it back: group-committed
 * ones (create-batcher.ts) and those checked against a ResourceQuota in their own transaction
 * (admitted-create.ts) alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;

beforeAll(async () => {
  db = await createTestDatabase('create_batcher');
  store = await Store.open({ databaseUrl: db.url, poolSize: 8 });
  await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'quota' } });
  await store.create('ResourceQuota', 'quota', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard: { configmaps: '100' } } });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const configMap = (name: string): KObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels: { n: name } }, data: { z: '1', a: '2', nested: 'x'.repeat(100) } });

describe('a create', () => {
  it('answers, in a batch of concurrent creates, each object exactly as a read of it returns it', async () => {
    const created = await Promise.all(Array.from({ length: 40 }, (_, i) => store.create('ConfigMap', 'default', configMap(`batch-${i}`))));
    const revisions = new Set(created.map((o) => o.metadata.resourceVersion));
    expect(revisions.size).toBe(40);
    for (const obj of created) expect(obj).toStrictEqual(await store.get('ConfigMap', 'default', obj.metadata.name));
  });

  it('answers a create checked against a quota in its own transaction with the object as stored', async () => {
    const obj = await store.create('ConfigMap', 'quota', configMap('guarded'));
    expect(obj.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(obj).toStrictEqual(await store.get('ConfigMap', 'quota', 'guarded'));
  });

  it('leaves the object it was given as it was', async () => {
    const input = configMap('untouched');
    const before = structuredClone(input);
    const obj = await store.create('ConfigMap', 'default', input);
    expect(input).toStrictEqual(before);
    expect(obj).not.toBe(input);
  });
});
