/**
 * End to end through the real work distribution: both controllers run under `startWorkers`
 * (dispatcher tailing the log, BullMQ queues), a simulated kubelet marks pods Ready, and a
 * rollout converges without ever exceeding its bounds on any observation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import { deploymentController } from '../workers/controllers/deployment.ts';
import { replicaSetController } from '../workers/controllers/replicaset.ts';
import { startWorkers, type RunningWorkers } from '../workers/main.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, type TestDatabase } from './harness.ts';

const log = createLogger({ level: 'silent' });
let db: TestDatabase;
let store: Store;
let workers: RunningWorkers;
const ns = 'default';

beforeAll(async () => {
  db = await createTestDatabase('deployment_workers');
  store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  workers = await startWorkers({
    databaseUrl: db.url,
    redisUrl: REDIS_URL,
    registry: new Map([
      [replicaSetController.name, replicaSetController],
      [deploymentController.name, deploymentController],
    ]),
    worker: { prefix: redisPrefix('deployment_workers'), concurrency: 4, backoffBaseMs: 50, lockDurationMs: 5_000, stalledIntervalMs: 5_000 },
    dispatcher: { pollIntervalMs: 50, leaseDurationSeconds: 2 },
    log,
  });
}, 60_000);

afterAll(async () => {
  await workers?.stop();
  await store?.close();
  await db?.drop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isReady = (p: KObject) => p.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True') === true;

async function activePods(): Promise<KObject[]> {
  return (await store.list('Pod', { namespace: ns, labelSelector: 'app=web' })).items.filter((p) => !p.metadata.deletionTimestamp);
}

/**
 * Until `done`: every 50 ms check the bounds on the actual pods and mark one more pod Ready.
 * `minReady` applies once the first rollout has finished.
 */
async function driveUntil(done: () => Promise<boolean>, bounds: { maxPods: number; minReady?: number }, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('rollout did not converge');
    const pods = await activePods();
    expect(pods.length).toBeLessThanOrEqual(bounds.maxPods);
    if (bounds.minReady !== undefined) expect(pods.filter(isReady).length).toBeGreaterThanOrEqual(bounds.minReady);
    const pod = pods.find((p) => !isReady(p));
    if (pod) {
      await store.updateStatus('Pod', ns, pod.metadata.name, { ...pod.status, phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] }).catch(() => {});
    }
    await sleep(50);
  }
}

const rolledOut = (image: string) => async () => {
  const d = await store.get('Deployment', ns, 'web');
  const pods = await activePods();
  return (
    d?.status?.observedGeneration === d?.metadata.generation &&
    d?.status?.updatedReplicas === 4 &&
    d?.status?.availableReplicas === 4 &&
    d?.status?.replicas === 4 &&
    pods.length === 4 &&
    pods.every((p) => isReady(p) && p.spec.containers[0].image === image)
  );
};

describe('deployment and replicaset controllers under startWorkers', () => {
  it('create a Deployment’s pods and roll a new template out within its bounds', async () => {
    await store.create('Deployment', ns, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 4,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.0' }] } },
      },
    });
    await driveUntil(rolledOut('nginx:1.0'), { maxPods: 5 });

    await store.update('Deployment', ns, 'web', (d) => {
      d.spec.template.spec.containers[0].image = 'nginx:2.0';
      return d;
    });
    await driveUntil(rolledOut('nginx:2.0'), { maxPods: 5, minReady: 3 });

    const d = (await store.get('Deployment', ns, 'web'))!;
    expect(d.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('2');
    // The last status write may lag the pods by one reconcile.
    await driveUntil(async () => {
      const cur = (await store.get('Deployment', ns, 'web'))!;
      return cur.status.conditions.some((c: any) => c.type === 'Progressing' && c.reason === 'NewReplicaSetAvailable');
    }, { maxPods: 4, minReady: 4 }, 10_000);
    const after = (await store.get('Deployment', ns, 'web'))!;
    expect(after.status.conditions.find((c: any) => c.type === 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
  });

  it('replaces a pod deleted by hand', async () => {
    const [victim] = await activePods();
    await store.delete('Pod', ns, victim!.metadata.name);
    await driveUntil(async () => {
      const pods = await activePods();
      return pods.length === 4 && !pods.some((p) => p.metadata.name === victim!.metadata.name) && pods.every(isReady);
    }, { maxPods: 5 });
  });
});
