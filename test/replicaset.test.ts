/**
 * The ReplicaSet controller against a real database, its reconcile called directly (the queue
 * and dispatcher are tested elsewhere; the end-to-end run is in deployment-workers.test.ts).
 * One clock drives both the store's timestamps and the controller's notion of availability.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { LogEvent } from '../server/store/types.ts';
import type { ReconcileContext } from '../workers/controller.ts';
import { createReplicaSetController } from '../workers/controllers/replicaset.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
let clock = Date.parse('2030-01-01T00:00:00Z');
const controller = createReplicaSetController({ now: () => clock });
let ctx: ReconcileContext;
const ns = 'default';

beforeAll(async () => {
  db = await createTestDatabase('replicaset');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6, now: () => new Date(clock) });
  ctx = { store, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) };
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const container = { name: 'c', image: 'nginx:1.25' };

function replicaSet(name: string, replicas: number, opts: { minReadySeconds?: number; extraTemplateLabels?: Record<string, string> } = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name },
    spec: {
      replicas,
      minReadySeconds: opts.minReadySeconds ?? 0,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name, ...opts.extraTemplateLabels } }, spec: { containers: [container] } },
    },
  };
}

async function reconcile(name: string) {
  return controller.reconcile(`${ns}/${name}`, ctx);
}

/** The active pods the ReplicaSet controls, oldest first. */
async function podsOf(rsName: string): Promise<KObject[]> {
  const rs = await store.get('ReplicaSet', ns, rsName);
  const items = (await store.list('Pod', { namespace: ns })).items;
  return items.filter((p) => !p.metadata.deletionTimestamp && p.metadata.ownerReferences?.some((r) => r.controller && r.uid === rs!.metadata.uid));
}

async function markReady(pod: KObject, at = clock): Promise<void> {
  await store.updateStatus('Pod', ns, pod.metadata.name, {
    ...pod.status,
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z') }],
  });
}

async function status(name: string) {
  return (await store.get('ReplicaSet', ns, name))!.status;
}

async function events(name: string, reason: string): Promise<KObject[]> {
  const items = (await store.list('Event', { namespace: ns })).items;
  return items.filter((e) => e.involvedObject.name === name && e.reason === reason);
}

describe('reconcileReplicaSet', () => {
  describe('when pods are missing', () => {
    it('creates them from the template, owned by the ReplicaSet, and records SuccessfulCreate', async () => {
      const rs = await store.create('ReplicaSet', ns, replicaSet('web', 3));
      await reconcile('web');
      const pods = await podsOf('web');
      expect(pods).toHaveLength(3);
      for (const p of pods) {
        expect(p.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
        expect(p.metadata.labels).toEqual({ app: 'web' });
        expect(p.metadata.ownerReferences).toEqual([
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true },
        ]);
        expect(p.spec.containers[0].image).toBe('nginx:1.25');
      }
      expect(await events('web', 'SuccessfulCreate')).toHaveLength(3);
      expect(await status('web')).toMatchObject({ replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 0, availableReplicas: 0, observedGeneration: 1 });
    });

    it('replaces a pod deleted by hand', async () => {
      const [victim] = await podsOf('web');
      await store.delete('Pod', ns, victim!.metadata.name);
      expect(await podsOf('web')).toHaveLength(2);
      await reconcile('web');
      const pods = await podsOf('web');
      expect(pods).toHaveLength(3);
      expect(pods.map((p) => p.metadata.name)).not.toContain(victim!.metadata.name);
    });

    it('does nothing more when run again (level-triggered, idempotent)', async () => {
      const before = (await podsOf('web')).map((p) => p.metadata.name).sort();
      const rv = (await store.get('ReplicaSet', ns, 'web'))!.metadata.resourceVersion;
      await reconcile('web');
      expect((await podsOf('web')).map((p) => p.metadata.name).sort()).toEqual(before);
      // Status did not change, so it was not written.
      expect((await store.get('ReplicaSet', ns, 'web'))!.metadata.resourceVersion).toBe(rv);
    });

    it('scales up when replicas grow', async () => {
      await store.patch('ReplicaSet', ns, 'web', { spec: { replicas: 7 } });
      await reconcile('web');
      expect(await podsOf('web')).toHaveLength(7);
      expect(await status('web')).toMatchObject({ replicas: 7, observedGeneration: 2 });
    });
  });

  describe('when there are too many pods', () => {
    it('deletes unscheduled pods first, then not-ready ones, then the newest', async () => {
      await store.create('ReplicaSet', ns, replicaSet('rank', 0));
      // Four orphans created a minute apart, so "newest" is well defined.
      const names = ['rank-a', 'rank-b', 'rank-c', 'rank-d'];
      for (const name of names) {
        await store.create('Pod', ns, { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: 'rank' } }, spec: { containers: [container] } });
        clock += 60_000;
      }
      await store.patch('ReplicaSet', ns, 'rank', { spec: { replicas: 4 } });
      await reconcile('rank');
      expect((await podsOf('rank')).map((p) => p.metadata.name).sort()).toEqual(names);
      // a, b, c scheduled; a and c ready (at the same moment), b not; d unscheduled.
      for (const name of ['rank-a', 'rank-b', 'rank-c']) await store.patch('Pod', ns, name, { spec: { nodeName: 'n1' } });
      const readyAt = clock;
      for (const name of ['rank-a', 'rank-c']) await markReady((await store.get('Pod', ns, name))!, readyAt);

      const remaining = async () => (await podsOf('rank')).map((p) => p.metadata.name).sort();
      await store.patch('ReplicaSet', ns, 'rank', { spec: { replicas: 3 } });
      await reconcile('rank');
      expect(await remaining()).toEqual(['rank-a', 'rank-b', 'rank-c']);
      await store.patch('ReplicaSet', ns, 'rank', { spec: { replicas: 2 } });
      await reconcile('rank');
      expect(await remaining()).toEqual(['rank-a', 'rank-c']);
      await store.patch('ReplicaSet', ns, 'rank', { spec: { replicas: 1 } });
      await reconcile('rank');
      expect(await remaining()).toEqual(['rank-a']);

      // Scheduled pods are deleted gracefully (their node confirms): terminating, not counted.
      expect((await store.get('Pod', ns, 'rank-c'))!.metadata.deletionTimestamp).toBeDefined();
      expect(await store.get('Pod', ns, 'rank-d')).toBeNull();
      expect((await events('rank', 'SuccessfulDelete')).map((e) => e.message).sort()).toEqual([
        'Deleted pod: rank-b',
        'Deleted pod: rank-c',
        'Deleted pod: rank-d',
      ]);
      expect(await status('rank')).toMatchObject({ replicas: 1, readyReplicas: 1, availableReplicas: 1 });
    });

    it('scales down to zero', async () => {
      await store.patch('ReplicaSet', ns, 'web', { spec: { replicas: 0 } });
      await reconcile('web');
      expect(await podsOf('web')).toHaveLength(0);
      expect(await status('web')).toMatchObject({ replicas: 0, readyReplicas: 0, availableReplicas: 0 });
    });
  });

  describe('ownership', () => {
    it('adopts matching orphans instead of creating pods, and leaves pods of other controllers alone', async () => {
      for (const name of ['orphan-1', 'orphan-2']) {
        await store.create('Pod', ns, { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: 'adopt' } }, spec: { containers: [container] } });
      }
      await store.create('Pod', ns, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'taken', labels: { app: 'adopt' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'other', uid: '00000000-0000-0000-0000-000000000001', controller: true }] },
        spec: { containers: [container] },
      });
      const rs = await store.create('ReplicaSet', ns, replicaSet('adopt', 3));
      await reconcile('adopt');
      const pods = await podsOf('adopt');
      expect(pods).toHaveLength(3);
      expect(pods.map((p) => p.metadata.name)).toEqual(expect.arrayContaining(['orphan-1', 'orphan-2']));
      expect((await store.get('Pod', ns, 'orphan-1'))!.metadata.ownerReferences![0]).toMatchObject({ uid: rs.metadata.uid, controller: true });
      expect((await store.get('Pod', ns, 'taken'))!.metadata.ownerReferences![0]!.name).toBe('other');
    });

    it('releases a pod whose labels no longer match, and replaces it', async () => {
      await store.patch('Pod', ns, 'orphan-1', { metadata: { labels: { app: 'elsewhere' } } });
      await reconcile('adopt');
      expect((await store.get('Pod', ns, 'orphan-1'))!.metadata.ownerReferences).toBeUndefined();
      const pods = await podsOf('adopt');
      expect(pods).toHaveLength(3);
      expect(pods.map((p) => p.metadata.name)).not.toContain('orphan-1');
    });
  });

  describe('status', () => {
    it('counts ready pods, and available ones only after minReadySeconds, asking to be requeued for them', async () => {
      await store.create('ReplicaSet', ns, replicaSet('slow', 2, { minReadySeconds: 30, extraTemplateLabels: { tier: 'front' } }));
      // An orphan with the selector's labels but not all of the template's.
      await store.create('Pod', ns, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'slow-partial', labels: { app: 'slow' } }, spec: { containers: [container] } });
      await reconcile('slow');
      const pods = await podsOf('slow');
      expect(pods).toHaveLength(2);
      expect(await status('slow')).toMatchObject({ replicas: 2, fullyLabeledReplicas: 1, readyReplicas: 0, availableReplicas: 0 });

      for (const p of pods) await markReady(p);
      const requeue = await reconcile('slow');
      expect(await status('slow')).toMatchObject({ readyReplicas: 2, availableReplicas: 0 });
      expect(requeue).toBeDefined();
      expect((requeue as { requeueAfterMs: number }).requeueAfterMs).toBeGreaterThan(29_000);
      expect((requeue as { requeueAfterMs: number }).requeueAfterMs).toBeLessThanOrEqual(31_000);

      clock += 31_000;
      expect(await reconcile('slow')).toBeUndefined();
      expect(await status('slow')).toMatchObject({ replicas: 2, readyReplicas: 2, availableReplicas: 2 });
    });

    it('moves observedGeneration with the spec', async () => {
      await store.patch('ReplicaSet', ns, 'slow', { spec: { minReadySeconds: 0 } });
      await reconcile('slow');
      expect(await status('slow')).toMatchObject({ observedGeneration: 2, availableReplicas: 2 });
    });
  });

  describe('keysFor', () => {
    const event = (e: Partial<LogEvent>): LogEvent => ({ revision: 1n, type: 'MODIFIED', kind: 'Pod', namespace: ns, name: 'p', createdAt: new Date(), ...e }) as LogEvent;
    const pod = (labels: Record<string, string>, owner?: string): KObject => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: ns, labels, ...(owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner, uid: 'u', controller: true }] } : {}) },
    });

    it('maps a pod to its controller, before and after the change', () => {
      expect(controller.keysFor(event({ object: pod({ app: 'x' }, 'a'), prevObject: pod({ app: 'x' }, 'b') })).sort()).toEqual(['default/a', 'default/b']);
    });

    it('maps an orphan pod to the ReplicaSets whose selector matches it', async () => {
      await controller.listKeys(store);
      expect(controller.keysFor(event({ object: pod({ app: 'adopt' }) }))).toEqual(['default/adopt']);
      expect(controller.keysFor(event({ object: pod({ app: 'nobody' }) }))).toEqual([]);
      const rs = (await store.get('ReplicaSet', ns, 'adopt'))!;
      controller.keysFor({ ...event({ object: rs }), kind: 'ReplicaSet', name: 'adopt', type: 'DELETED' });
      expect(controller.keysFor(event({ object: pod({ app: 'adopt' }) }))).toEqual([]);
    });
  });
});
