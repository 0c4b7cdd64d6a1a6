/**
 * The scheduler's read of the event log (EventLog.readSchedulingChanges) against real Postgres:
 * it returns what can move something in a scheduler snapshot and leaves out, in the database,
 * the writes that cannot (status reports of bound pods, node heartbeats, other kinds).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;

beforeAll(async () => {
  db = await createTestDatabase('scheduling_log');
  store = await Store.open({ databaseUrl: db.url, poolSize: 2 });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const resources = { cpu: '4', memory: '8Gi', pods: '110' };
const node: KObject = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels: { a: '1' } }, spec: {}, status: { capacity: resources, allocatable: resources } };
const pod: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'x' }] } };

/** What readSchedulingChanges returns for the writes `act` makes, as `TYPE Kind/name`. */
async function changesOf(act: () => Promise<unknown>): Promise<string[]> {
  const from = await store.log.safeRevision();
  await act();
  const events = await store.log.readSchedulingChanges(from, await store.log.safeRevision());
  return events.map((e) => `${e.type} ${e.kind}/${e.name}`);
}

describe('readSchedulingChanges', () => {
  it('returns a node and a pending pod, and every write of the pod until it is bound', async () => {
    expect(
      await changesOf(async () => {
        await store.create('Node', undefined, node);
        await store.create('Pod', 'default', pod);
        await store.updateStatus('Pod', 'default', 'p', { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] });
        await store.bindPods([{ namespace: 'default', name: 'p', nodeName: 'n1' }]);
      }),
    ).toEqual(['ADDED Node/n1', 'ADDED Pod/p', 'MODIFIED Pod/p', 'MODIFIED Pod/p']);
  });

  it('leaves out a bound pod’s status reports, a node’s heartbeat and other kinds', async () => {
    expect(
      await changesOf(async () => {
        await store.updateStatus('Pod', 'default', 'p', { phase: 'Running', podIP: '10.0.0.5' });
        await store.updateStatus('Node', undefined, 'n1', { ...node.status, conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: new Date().toISOString() }] });
        await store.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: {} });
      }),
    ).toEqual([]);
  });

  it('returns what changes a bound pod’s or a node’s weight: labels, finishing, deletion, taints, allocatable', async () => {
    expect(
      await changesOf(async () => {
        await store.patch('Pod', 'default', 'p', { metadata: { labels: { app: 'y' } } });
        await store.updateStatus('Pod', 'default', 'p', { phase: 'Succeeded' });
        await store.delete('Pod', 'default', 'p', { gracePeriodSeconds: 0 });
        await store.patch('Node', undefined, 'n1', { spec: { taints: [{ key: 'k', effect: 'NoSchedule' }] } });
        await store.updateStatus('Node', undefined, 'n1', { capacity: resources, allocatable: { ...resources, cpu: '3' } });
      }),
    ).toEqual(['MODIFIED Pod/p', 'MODIFIED Pod/p', 'DELETED Pod/p', 'MODIFIED Node/n1', 'MODIFIED Node/n1']);
  });
});

describe('readSchedulingChanges with revisions to skip', () => {
  it('leaves out the skipped revisions (the reader’s own binds) and keeps the rest', async () => {
    const from = await store.log.safeRevision();
    await store.create('Pod', 'default', { ...pod, metadata: { name: 'skip-a' } });
    await store.create('Pod', 'default', { ...pod, metadata: { name: 'skip-b' } });
    const results = await store.bindPods([{ namespace: 'default', name: 'skip-a', nodeName: 'n1' }, { namespace: 'default', name: 'skip-b', nodeName: 'n1' }]);
    const own = results.map((r) => ('pod' in r ? BigInt(r.pod.metadata.resourceVersion!) : 0n));
    const events = await store.log.readSchedulingChanges(from, await store.log.safeRevision(), 5000, undefined, [own[0]!]);
    expect(events.map((e) => `${e.type} ${e.kind}/${e.name}`)).toEqual(['ADDED Pod/skip-a', 'ADDED Pod/skip-b', 'MODIFIED Pod/skip-b']);
  });
});
