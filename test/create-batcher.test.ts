/**
 * Creates answer with the object as it was stored, without reading it back: group-committed
 * ones (create-batcher.ts) and those checked against a ResourceQuota in their own transaction
 * (admitted-create.ts) alike.
 */
import { randomUUID } from 'node:crypto';
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

describe('capstan_create_many', () => {
  const item = (name: string, extra: Record<string, unknown> = {}) => ({
    kind: 'ConfigMap',
    namespace: 'sql',
    name,
    uid: randomUUID(),
    data: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'sql' }, data: { k: name } },
    ...extra,
  });
  const createMany = async (items: unknown[]) =>
    (await store.pool.query<{ idx: number; revision: string | null; stale: boolean }>('SELECT idx, revision, stale FROM capstan_create_many($1::jsonb)', [JSON.stringify(items)])).rows;

  it('writes a batch in item order, reports a name taken earlier in the batch or before it without failing the others, and logs each write once at its revision', async () => {
    await createMany([item('taken')]);
    const rows = await createMany([item('one'), item('taken'), item('two'), item('two'), item('three')]);
    expect(rows.map((r) => [r.idx, r.revision === null, r.stale])).toEqual([
      [0, false, false],
      [1, true, false],
      [2, false, false],
      [3, true, false],
      [4, false, false],
    ]);
    const written = rows.filter((r) => r.revision !== null).map((r) => BigInt(r.revision!));
    expect([...written].sort((a, b) => (a < b ? -1 : 1))).toEqual(written);
    const { rows: events } = await store.pool.query<{ revision: string; type: string; name: string; object: KObject }>(
      "SELECT revision, type, name, object FROM event_log WHERE namespace = 'sql' AND revision > $1 ORDER BY revision",
      [String(written[0]! - 1n)],
    );
    expect(events.map((e) => [e.revision, e.type, e.name, e.object.metadata.resourceVersion])).toEqual([
      [String(written[0]), 'ADDED', 'one', String(written[0])],
      [String(written[1]), 'ADDED', 'two', String(written[1])],
      [String(written[2]), 'ADDED', 'three', String(written[2])],
    ]);
    const stored = await store.get('ConfigMap', 'sql', 'two');
    expect(stored?.metadata.resourceVersion).toBe(String(written[1]));
  });

  it('writes nothing for an item whose policy stamp is stale, and draws no revision for it', async () => {
    const { rows: stamp } = await store.pool.query<{ s: string }>("SELECT capstan_policy_stamp('sql') AS s");
    const rows = await createMany([item('fresh-stamp', { policyStamp: stamp[0]!.s }), item('stale-stamp', { policyStamp: '7/7' }), item('no-stamp')]);
    expect(rows.map((r) => [r.idx, r.stale])).toEqual([
      [0, false],
      [1, true],
      [2, false],
    ]);
    expect(rows[1]!.revision).toBeNull();
    expect(BigInt(rows[2]!.revision!)).toBe(BigInt(rows[0]!.revision!) + 1n);
    expect(await store.get('ConfigMap', 'sql', 'stale-stamp')).toBeNull();
  });
});
