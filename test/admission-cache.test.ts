/**
 * Pod admission reads ServiceAccounts and PriorityClasses through a short cache
 * (server/store/admission-reads.ts): many creates cost one read, a write through the same store
 * is admitted against at once, and one through another store (another API server) within the
 * cache's time. Two stores on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let a: Store;
let b: Store;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase('admission-cache');
  a = await Store.open({ databaseUrl: db.url, poolSize: 4, admissionCacheMs: 300 });
  b = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  for (const ns of ['same', 'other', 'burst']) await a.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  for (const ns of ['same', 'other', 'burst']) await a.create('ServiceAccount', ns, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default' } });
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.drop();
});

const pod = (priorityClassName?: string): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: `p-${n++}` },
  spec: { containers: [{ name: 'c', image: 'busybox' }], ...(priorityClassName ? { priorityClassName } : {}) },
});

const hasToken = (p: KObject) => (p.spec.volumes ?? []).some((v: { name: string }) => v.name.startsWith('kube-api-access-'));
const automount = (store: Store, ns: string, value: boolean) => store.update('ServiceAccount', ns, 'default', (sa) => ({ ...sa, automountServiceAccountToken: value }));

describe('admission reads', () => {
  it('admit a pod against a ServiceAccount change made through the same store at once', async () => {
    expect(hasToken(await a.create('Pod', 'same', pod()))).toBe(true);
    await automount(a, 'same', false);
    expect(hasToken(await a.create('Pod', 'same', pod()))).toBe(false);
    await automount(a, 'same', true);
    expect(hasToken(await a.create('Pod', 'same', pod()))).toBe(true);
  });

  it('admit a pod against a change made through another store within the cache time', async () => {
    expect(hasToken(await a.create('Pod', 'other', pod()))).toBe(true);
    await automount(b, 'other', false);
    const changed = Date.now();
    let seenAfterMs = -1;
    while (Date.now() - changed < 5_000) {
      if (!hasToken(await a.create('Pod', 'other', pod()))) {
        seenAfterMs = Date.now() - changed;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(seenAfterMs).toBeGreaterThanOrEqual(0);
    expect(seenAfterMs).toBeLessThan(2_000);
  });

  it('use a PriorityClass created through the same store for the very next pod', async () => {
    expect((await a.create('Pod', 'same', pod())).spec.priority).toBe(0);
    await a.create('PriorityClass', undefined, { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000 });
    expect((await a.create('Pod', 'same', pod('high'))).spec.priority).toBe(1000);
  });

  it('cost one ServiceAccount read and one PriorityClass read for a burst of pod creates', async () => {
    await new Promise((r) => setTimeout(r, 350));
    const reads: string[] = [];
    const { get, listCurrent } = a;
    a.get = (kind, namespace, name) => (reads.push(`get ${kind}`), get.call(a, kind, namespace, name));
    a.listCurrent = (kind) => (reads.push(`list ${kind}`), listCurrent.call(a, kind));
    try {
      for (let i = 0; i < 10; i++) await a.create('Pod', 'burst', pod());
      await Promise.all(Array.from({ length: 10 }, () => a.create('Pod', 'burst', pod())));
    } finally {
      a.get = get;
      a.listCurrent = listCurrent;
    }
    expect(reads.filter((r) => r === 'get ServiceAccount')).toHaveLength(1);
    expect(reads.filter((r) => r === 'list PriorityClass')).toHaveLength(1);
  });
});
