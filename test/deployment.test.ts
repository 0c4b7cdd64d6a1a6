/**
 * The Deployment controller against a real database, driven step by step: each step reconciles
 * the Deployment, then its ReplicaSets (with the real ReplicaSet controller), checks the
 * rollout's bounds on the actual pods, and marks at most one pod Ready (simulated kubelet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolloutUndo } from '../server/api/rollout.ts';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { ReconcileContext } from '../workers/controller.ts';
import { createDeploymentController } from '../workers/controllers/deployment.ts';
import { createReplicaSetController } from '../workers/controllers/replicaset.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
let clock = Date.parse('2030-01-01T00:00:00Z');
const deployments = createDeploymentController({ now: () => clock });
const replicaSets = createReplicaSetController({ now: () => clock });
let ctx: ReconcileContext;
const ns = 'default';

beforeAll(async () => {
  db = await createTestDatabase('deployment');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6, now: () => new Date(clock) });
  ctx = { store, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) };
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

function deployment(name: string, replicas: number, spec: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx:1.0' }] } },
      ...spec,
    },
  };
}

const setImage = (name: string, image: string) =>
  store.update('Deployment', ns, name, (d) => {
    d.spec.template.spec.containers[0].image = image;
    return d;
  });

const getDeployment = async (name: string) => (await store.get('Deployment', ns, name))!;

async function ownedReplicaSets(name: string): Promise<KObject[]> {
  const d = await getDeployment(name);
  return (await store.list('ReplicaSet', { namespace: ns })).items.filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid));
}

async function activePods(app: string): Promise<KObject[]> {
  return (await store.list('Pod', { namespace: ns, labelSelector: `app=${app}` })).items.filter((p) => !p.metadata.deletionTimestamp);
}

const isReady = (p: KObject) => p.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True') === true;

/** The simulated kubelet: one more pod of `app` becomes Ready (and Running). */
async function readyOne(app: string): Promise<boolean> {
  const pod = (await activePods(app)).find((p) => !isReady(p));
  if (!pod) return false;
  await store.updateStatus('Pod', ns, pod.metadata.name, {
    ...pod.status,
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z') }],
  });
  return true;
}

async function reconcileAll(name: string) {
  const r = await deployments.reconcile(`${ns}/${name}`, ctx);
  for (const rs of await ownedReplicaSets(name)) await replicaSets.reconcile(`${ns}/${rs.metadata.name}`, ctx);
  return r;
}

const isComplete = (d: KObject) =>
  d.status?.observedGeneration === d.metadata.generation &&
  d.status?.updatedReplicas === d.spec.replicas &&
  d.status?.replicas === d.spec.replicas &&
  d.status?.availableReplicas === d.spec.replicas &&
  d.status?.conditions?.some((c: any) => c.type === 'Progressing' && c.reason === 'NewReplicaSetAvailable');

/**
 * Runs the rollout to completion a step at a time, calling `check` with the actual pods after
 * every step. Returns the number of steps.
 */
async function rollOut(name: string, check: (pods: KObject[]) => void = () => {}, maxSteps = 100): Promise<number> {
  for (let step = 1; step <= maxSteps; step++) {
    await reconcileAll(name);
    check(await activePods(name));
    if (isComplete(await getDeployment(name))) return step;
    await readyOne(name);
  }
  throw new Error(`${name} did not finish rolling out in ${maxSteps} steps`);
}

const condition = (d: KObject, type: string) => d.status?.conditions?.find((c: any) => c.type === type);

describe('reconcileDeployment', () => {
  describe('a new Deployment', () => {
    it('gets a ReplicaSet named after its template hash, at revision 1', async () => {
      await store.create('Deployment', ns, deployment('web', 4));
      await deployments.reconcile(`${ns}/web`, ctx);
      const [rs, ...more] = await ownedReplicaSets('web');
      expect(more).toHaveLength(0);
      const hash = rs!.metadata.labels!['pod-template-hash']!;
      expect(hash).toMatch(/^[a-z0-9]+$/);
      expect(rs!.metadata.name).toBe(`web-${hash}`);
      expect(rs!.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(rs!.spec.template.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(rs!.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('1');
      expect(rs!.spec.replicas).toBe(4);
      const d = await getDeployment('web');
      expect(d.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('1');
      expect(condition(d, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetCreated', message: `Created new replica set "web-${hash}"` });
      expect(condition(d, 'Available')).toMatchObject({ status: 'False', reason: 'MinimumReplicasUnavailable' });
      const events = (await store.list('Event', { namespace: ns })).items.filter((e) => e.reason === 'ScalingReplicaSet');
      expect(events.map((e) => e.message)).toContain(`Scaled up replica set web-${hash} to 4`);
    });

    it('becomes Available and finishes Progressing as its pods become ready', async () => {
      await rollOut('web');
      const d = await getDeployment('web');
      expect(d.status).toMatchObject({ replicas: 4, updatedReplicas: 4, readyReplicas: 4, availableReplicas: 4, unavailableReplicas: 0, observedGeneration: 1 });
      expect(condition(d, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
      expect(condition(d, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    });
  });

  describe('RollingUpdate', () => {
    it('rolls a template change out within replicas + maxSurge pods and replicas - maxUnavailable ready pods at every step', async () => {
      // 4 replicas, 25 %: maxSurge rounds up to 1, maxUnavailable rounds down to 1.
      await setImage('web', 'nginx:2.0');
      let sawSurge = false;
      const steps = await rollOut('web', (pods) => {
        expect(pods.length).toBeLessThanOrEqual(5);
        expect(pods.filter(isReady).length).toBeGreaterThanOrEqual(3);
        if (pods.length === 5) sawSurge = true;
      });
      expect(steps).toBeGreaterThan(3);
      expect(sawSurge).toBe(true);
      const pods = await activePods('web');
      expect(pods).toHaveLength(4);
      expect(pods.every((p) => p.spec.containers[0].image === 'nginx:2.0')).toBe(true);
      const rss = await ownedReplicaSets('web');
      expect(rss).toHaveLength(2);
      const byRevision = Object.fromEntries(rss.map((rs) => [rs.metadata.annotations!['deployment.kubernetes.io/revision'], rs.spec.replicas]));
      expect(byRevision).toEqual({ '1': 0, '2': 4 });
      expect((await getDeployment('web')).metadata.annotations!['deployment.kubernetes.io/revision']).toBe('2');
    });

    it('honours explicit maxSurge 0 / maxUnavailable 2 too', async () => {
      await store.create('Deployment', ns, deployment('tight', 5, { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 2 } } }));
      await rollOut('tight');
      await setImage('tight', 'nginx:2.0');
      await rollOut('tight', (pods) => {
        expect(pods.length).toBeLessThanOrEqual(5);
        expect(pods.filter(isReady).length).toBeGreaterThanOrEqual(3);
      });
      expect((await activePods('tight')).every((p) => p.spec.containers[0].image === 'nginx:2.0')).toBe(true);
    });
  });

  describe('rolloutUndo', () => {
    it('returns to the previous template as a new revision', async () => {
      const undone = await rolloutUndo(store, ns, 'web', 0);
      expect(undone.spec.template.spec.containers[0].image).toBe('nginx:1.0');
      expect(undone.spec.template.metadata.labels).toEqual({ app: 'web' });
      await rollOut('web', (pods) => {
        expect(pods.length).toBeLessThanOrEqual(5);
        expect(pods.filter(isReady).length).toBeGreaterThanOrEqual(3);
      });
      expect((await activePods('web')).every((p) => p.spec.containers[0].image === 'nginx:1.0')).toBe(true);
      // The revision-1 ReplicaSet is the new one again, now at revision 3.
      const rss = await ownedReplicaSets('web');
      expect(rss).toHaveLength(2);
      const current = rss.find((rs) => rs.spec.replicas === 4)!;
      expect(current.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('3');
      expect((await getDeployment('web')).metadata.annotations!['deployment.kubernetes.io/revision']).toBe('3');
    });

    it('goes to a given revision, and refuses revisions that do not exist and unknown deployments', async () => {
      const undone = await rolloutUndo(store, ns, 'web', 2);
      expect(undone.spec.template.spec.containers[0].image).toBe('nginx:2.0');
      await expect(rolloutUndo(store, ns, 'web', 99)).rejects.toMatchObject({ code: 'INVALID', message: 'unable to find specified revision 99 in history' });
      await expect(rolloutUndo(store, ns, 'nope', 0)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await rollOut('web');
    });
  });

  describe('Recreate', () => {
    it('removes every old pod before the new ReplicaSet gets any', async () => {
      await store.create('Deployment', ns, deployment('batch', 3, { strategy: { type: 'Recreate' } }));
      await rollOut('batch');
      await setImage('batch', 'nginx:2.0');
      let sawEmpty = false;
      await rollOut('batch', (pods) => {
        const images = new Set(pods.map((p) => p.spec.containers[0].image));
        expect(images.size).toBeLessThanOrEqual(1);
        if (pods.length === 0) sawEmpty = true;
      });
      expect(sawEmpty).toBe(true);
      expect((await activePods('batch')).map((p) => p.spec.containers[0].image)).toEqual(['nginx:2.0', 'nginx:2.0', 'nginx:2.0']);
    });

    it('waits, polling, while old pods are still terminating', async () => {
      // Bind the pods, so that deleting them waits for their node.
      for (const p of await activePods('batch')) await store.patch('Pod', ns, p.metadata.name, { spec: { nodeName: 'n1' } });
      await setImage('batch', 'nginx:3.0');
      await reconcileAll('batch'); // scales the old ReplicaSet to 0; its pods start terminating
      const r = await reconcileAll('batch');
      expect(r).toEqual({ requeueAfterMs: 1000 });
      expect((await ownedReplicaSets('batch')).some((rs) => rs.spec.template.spec.containers[0].image === 'nginx:3.0')).toBe(false);
      const terminating = (await store.list('Pod', { namespace: ns, labelSelector: 'app=batch' })).items;
      for (const p of terminating) await store.delete('Pod', ns, p.metadata.name, { gracePeriodSeconds: 0 });
      await rollOut('batch');
      expect((await activePods('batch')).map((p) => p.spec.containers[0].image)).toEqual(['nginx:3.0', 'nginx:3.0', 'nginx:3.0']);
    });
  });

  describe('paused', () => {
    it('makes no rollout progress, but still scales', async () => {
      await store.patch('Deployment', ns, 'web', { spec: { paused: true } });
      await setImage('web', 'nginx:paused');
      await store.patch('Deployment', ns, 'web', { spec: { replicas: 6 } });
      for (let i = 0; i < 3; i++) await reconcileAll('web');
      const rss = await ownedReplicaSets('web');
      expect(rss.some((rs) => rs.spec.template.spec.containers[0].image === 'nginx:paused')).toBe(false);
      expect(rss.find((rs) => rs.spec.replicas > 0)!.spec.replicas).toBe(6);
      expect(await activePods('web')).toHaveLength(6);
      expect(condition(await getDeployment('web'), 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused' });
      while (await readyOne('web'));
      await reconcileAll('web');
      await reconcileAll('web');
      expect((await getDeployment('web')).status).toMatchObject({ replicas: 6, availableReplicas: 6, updatedReplicas: 0 });
    });

    it('rolls out once resumed', async () => {
      await store.patch('Deployment', ns, 'web', { spec: { paused: false } });
      await deployments.reconcile(`${ns}/web`, ctx);
      expect(condition(await getDeployment('web'), 'Progressing')).toMatchObject({ reason: 'NewReplicaSetCreated' });
      await rollOut('web', (pods) => {
        // 6 replicas: maxSurge 2 (rounded up), maxUnavailable 1 (rounded down).
        expect(pods.length).toBeLessThanOrEqual(8);
        expect(pods.filter(isReady).length).toBeGreaterThanOrEqual(5);
      });
      expect((await activePods('web')).every((p) => p.spec.containers[0].image === 'nginx:paused')).toBe(true);
    });
  });

  describe('revisionHistoryLimit', () => {
    it('deletes the oldest old ReplicaSets beyond the limit', async () => {
      await store.create('Deployment', ns, deployment('hist', 1, { revisionHistoryLimit: 1 }));
      await rollOut('hist');
      for (const image of ['nginx:2', 'nginx:3', 'nginx:4']) {
        await setImage('hist', image);
        await rollOut('hist');
      }
      const rss = await ownedReplicaSets('hist');
      const revisions = rss.map((rs) => rs.metadata.annotations!['deployment.kubernetes.io/revision']).sort();
      expect(revisions).toEqual(['3', '4']);
    });
  });

  describe('conditions', () => {
    it('reports ProgressDeadlineExceeded when a rollout makes no progress for progressDeadlineSeconds', async () => {
      await store.create('Deployment', ns, deployment('stuck', 2, { progressDeadlineSeconds: 30 }));
      const first = await reconcileAll('stuck');
      await reconcileAll('stuck');
      const again = (await deployments.reconcile(`${ns}/stuck`, ctx)) as { requeueAfterMs: number };
      expect(first).toBeDefined();
      expect(again.requeueAfterMs).toBeGreaterThan(29_000);
      expect(again.requeueAfterMs).toBeLessThanOrEqual(31_000);
      expect(condition(await getDeployment('stuck'), 'Progressing')).toMatchObject({ status: 'True' });

      clock += 31_000;
      await deployments.reconcile(`${ns}/stuck`, ctx);
      const d = await getDeployment('stuck');
      expect(condition(d, 'Progressing')).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' });
      expect(condition(d, 'Available')).toMatchObject({ status: 'False' });

      // Progress afterwards makes it Progressing again.
      await readyOne('stuck');
      await reconcileAll('stuck');
      await deployments.reconcile(`${ns}/stuck`, ctx);
      expect(condition(await getDeployment('stuck'), 'Progressing')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated' });
      await rollOut('stuck');
      expect(condition(await getDeployment('stuck'), 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    });
  });

  describe('keysFor', () => {
    it('maps a ReplicaSet change to its Deployment', async () => {
      const [rs] = await ownedReplicaSets('web');
      expect(deployments.keysFor({ revision: 1n, type: 'MODIFIED', kind: 'ReplicaSet', namespace: ns, name: rs!.metadata.name, object: rs!, createdAt: new Date() })).toEqual([
        'default/web',
      ]);
    });
  });
});
