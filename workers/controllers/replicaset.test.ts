/**
 * The ReplicaSet reconcile's decisions, against the in-memory store (workers/testing/memory-store.ts).
 * test/replicaset.test.ts runs the same controller against Postgres and real workers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { createLogger } from '../../server/logger.ts';
import type { ControllerStore } from '../controller-store.ts';
import type { ReconcileContext } from '../controller.ts';
import { MemoryStore } from '../testing/memory-store.ts';
import { reconcileReplicaSet } from './replicaset.ts';

const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);
let store: MemoryStore;
const ctx = (): ReconcileContext<ControllerStore> => ({ store, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) });
const reconcile = (burstReplicas = 500) => reconcileReplicaSet('default/web', ctx(), { now: () => NOW, burstReplicas });

function replicaSet(replicas: number): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
    },
  };
}

const pod = (name: string, labels: Record<string, string>, extra: Partial<KObject> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
  ...extra,
});

const running = (nodeName: string): Partial<KObject> => ({
  spec: { nodeName, containers: [{ name: 'c', image: 'nginx' }] },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2026-12-06T11:00:00Z' }] },
});

const pods = async () => (await store.list('Pod', { namespace: 'default' })).items;
const ownedBy = (rs: KObject) => (p: KObject) => p.metadata.ownerReferences?.some((r) => r.uid === rs.metadata.uid && r.controller);

beforeEach(() => {
  store = new MemoryStore(() => new Date(NOW));
  store.seed('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
});

describe('reconcileReplicaSet', () => {
  it('creates the missing pods from the template, each owned by the ReplicaSet', async () => {
    const [rs] = store.seed('ReplicaSet', 'default', replicaSet(3));
    await reconcile();
    const created = await pods();
    expect(created).toHaveLength(3);
    expect(created.every(ownedBy(rs!))).toBe(true);
    expect(created.every((p) => p.metadata.name.startsWith('web-') && p.metadata.labels?.app === 'web')).toBe(true);
    const events = (await store.list('Event', { namespace: 'default' })).items;
    expect(events.map((e) => e.reason)).toEqual(['SuccessfulCreate', 'SuccessfulCreate', 'SuccessfulCreate']);
  });

  it('creates at most burstReplicas pods in one reconcile', async () => {
    store.seed('ReplicaSet', 'default', replicaSet(10));
    await reconcile(4);
    expect(await pods()).toHaveLength(4);
  });

  it('adopts a matching orphan pod instead of creating another', async () => {
    const [rs] = store.seed('ReplicaSet', 'default', replicaSet(1));
    store.seed('Pod', 'default', pod('orphan', { app: 'web' }));
    await reconcile();
    const all = await pods();
    expect(all.map((p) => p.metadata.name)).toEqual(['orphan']);
    expect(all.every(ownedBy(rs!))).toBe(true);
  });

  it('releases an owned pod whose labels no longer match and replaces it', async () => {
    const [rs] = store.seed('ReplicaSet', 'default', replicaSet(1));
    store.seed('Pod', 'default', pod('relabelled', { app: 'other' }, { metadata: { name: 'relabelled', labels: { app: 'other' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs!.metadata.uid!, controller: true }] } }));
    await reconcile();
    const released = await store.get('Pod', 'default', 'relabelled');
    expect(released?.metadata.ownerReferences).toBeUndefined();
    expect((await pods()).filter(ownedBy(rs!))).toHaveLength(1);
  });

  it('deletes extra pods, unscheduled ones before running ones', async () => {
    const [rs] = store.seed('ReplicaSet', 'default', replicaSet(1));
    const owner = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs!.metadata.uid!, controller: true }];
    store.seed('Pod', 'default', { ...pod('a', { app: 'web' }), ...running('n1'), metadata: { name: 'a', labels: { app: 'web' }, ownerReferences: owner } });
    store.seed('Pod', 'default', { ...pod('b', { app: 'web' }), metadata: { name: 'b', labels: { app: 'web' }, ownerReferences: owner } });
    await reconcile();
    expect((await pods()).map((p) => p.metadata.name)).toEqual(['a']);
  });

  it('writes the counts of its pods to status, and nothing when they did not change', async () => {
    const [rs] = store.seed('ReplicaSet', 'default', replicaSet(2));
    const owner = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs!.metadata.uid!, controller: true }];
    store.seed('Pod', 'default', { ...pod('a', { app: 'web' }), ...running('n1'), metadata: { name: 'a', labels: { app: 'web' }, ownerReferences: owner } });
    store.seed('Pod', 'default', { ...pod('b', { app: 'web' }), metadata: { name: 'b', labels: { app: 'web' }, ownerReferences: owner } });
    await reconcile();
    const status = (await store.get('ReplicaSet', 'default', 'web'))!.status;
    expect(status).toMatchObject({ replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 1, availableReplicas: 1, observedGeneration: 1 });

    store.clearWrites();
    await reconcile();
    expect(store.writes).toEqual([]);
  });

  it('leaves the pods of a ReplicaSet being deleted alone', async () => {
    const input = replicaSet(3);
    input.metadata.finalizers = ['example.com/hold'];
    store.seed('ReplicaSet', 'default', input);
    await store.delete('ReplicaSet', 'default', 'web');
    await reconcile();
    expect(await pods()).toEqual([]);
  });
});
