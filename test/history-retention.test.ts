/**
 * History keeps what matters: compaction moves the watch horizon past a flood of Lease renewals
 * but each other object keeps its last revisions (issue 13).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;

beforeAll(async () => {
  db = await createTestDatabase('history');
  store = await Store.open({ databaseUrl: db.url, poolSize: 8 });
  if (!(await store.get('Namespace', undefined, 'kube-node-lease'))) await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-node-lease' } });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const deployment = (name: string): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } },
  },
});

async function renewLease(name: string, times: number): Promise<void> {
  const lease = (t: number): KObject => ({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name },
    spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: new Date(Date.UTC(2026, 0, 1, 0, 0, t)).toISOString().replace('Z', '000Z') },
  });
  if (!(await store.get('Lease', 'kube-node-lease', name))) await store.create('Lease', 'kube-node-lease', lease(0));
  for (let i = 1; i <= times; i++) await store.patch('Lease', 'kube-node-lease', name, { spec: lease(i).spec });
}

const revisionsOf = async (kind: 'Deployment' | 'Lease' | 'ConfigMap', namespace: string, name: string) =>
  (await store.history(kind, namespace, name)).map((e) => e.revision);

describe('history retention through compaction', () => {
  it('keeps a Deployment\'s revisions after many Lease renewals push the horizon past them', async () => {
    await store.create('Deployment', 'default', deployment('web'));
    for (const replicas of [2, 3, 4]) await store.patch('Deployment', 'default', 'web', { spec: { replicas } });
    const before = await revisionsOf('Deployment', 'default', 'web');
    expect(before).toHaveLength(4);
    await renewLease('node-a', 300);

    const result = await store.log.compact({ minAgeMs: 0, minRevisions: 20 });
    expect(result.compactedRevision).toBeGreaterThan(before[3]!);
    expect(await revisionsOf('Deployment', 'default', 'web')).toEqual(before);
    const replicas = (await store.history('Deployment', 'default', 'web')).map((e) => e.object.spec.replicas);
    expect(replicas).toEqual([1, 2, 3, 4]);
    // The Lease keeps only what is above the horizon: its renewals are excluded from history.
    const lease = await revisionsOf('Lease', 'kube-node-lease', 'node-a');
    expect(lease.length).toBeLessThanOrEqual(20);
    expect(lease.every((r) => r > result.compactedRevision)).toBe(true);
  });

  it('keeps only the last N revisions of each object below the horizon', async () => {
    await store.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'busy' }, data: { n: '0' } });
    for (let i = 1; i <= 20; i++) await store.patch('ConfigMap', 'default', 'busy', { data: { n: String(i) } });
    await store.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'quiet' }, data: { n: '0' } });
    await renewLease('node-b', 50);

    await store.log.compact({ minAgeMs: 0, minRevisions: 10, history: { revisions: 3 } });
    const busy = await store.history('ConfigMap', 'default', 'busy');
    expect(busy.map((e) => e.object.data.n)).toEqual(['18', '19', '20']);
    expect(await revisionsOf('ConfigMap', 'default', 'quiet')).toHaveLength(1);
    // The Deployment of the first test was not written in this window: it keeps its four.
    expect(await revisionsOf('Deployment', 'default', 'web')).toHaveLength(4);
  });

  it('drops kept revisions once they are older than the history retention', async () => {
    await store.create('Deployment', 'default', deployment('old'));
    await renewLease('node-c', 30);
    const r = await store.log.compact({ minAgeMs: 0, minRevisions: 5, history: { revisions: 10, maxAgeMs: 1 } });
    expect(r.deleted).toBeGreaterThan(0);
    expect(await revisionsOf('Deployment', 'default', 'old')).toEqual([]);
    expect(await revisionsOf('Deployment', 'default', 'web')).toEqual([]);
  });

  it('keeps the watch horizon where it was: a watch from below it still gets EXPIRED', async () => {
    await store.create('Deployment', 'default', deployment('late'));
    await renewLease('node-d', 30);
    const r = await store.log.compact({ minAgeMs: 0, minRevisions: 5 });
    expect(await revisionsOf('Deployment', 'default', 'late')).toHaveLength(1);
    await expect(store.log.assertNotCompacted(r.compactedRevision - 1n)).rejects.toMatchObject({ code: 'EXPIRED' });
    // A tail from the horizon on never sees the kept entries below it.
    const tail = await store.log.readAfter(r.compactedRevision, await store.log.safeRevision());
    expect(tail.every((e) => e.revision > r.compactedRevision)).toBe(true);
  });

  it('after a flood of renewals, deletes the renewals and keeps every other object\'s entry', async () => {
    // 2,000 objects with kept history, then 2,000 Lease renewals (bench history measures the
    // time of such a run against the amount of history kept).
    const many = Array.from({ length: 2000 }, (_, i) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}` }, data: { i: String(i) } }) as KObject);
    for (let i = 0; i < many.length; i += 200) await Promise.all(many.slice(i, i + 200).map((o) => store.create('ConfigMap', 'default', o)));
    await renewLease('node-e', 10);
    await store.log.compact({ minAgeMs: 0, minRevisions: 5 });
    const kept = (await store.history('ConfigMap', 'default', 'cm-0')).length;
    expect(kept).toBe(1);

    await renewLease('node-e', 2000);
    const r = await store.log.compact({ minAgeMs: 0, minRevisions: 5 });
    expect(r.deleted).toBeGreaterThanOrEqual(2000);
    expect(r.deleted).toBeLessThan(2020);
    expect(await revisionsOf('ConfigMap', 'default', 'cm-1999')).toHaveLength(1);
  });
});
