/**
 * Storage against real Postgres and Redis, through the real dispatcher and queues: the
 * persistent-volume controller binds claims to volumes and provisions local-path volumes on the
 * node the scheduler put a claim's first pod on; the StatefulSet controller makes a claim per
 * pod from its volumeClaimTemplates and keeps it for the pod made again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { ensureDefaultStorageClass } from '../server/storage/default-storage-class.ts';
import { Store } from '../server/store/store.ts';
import { createPersistentVolumeController } from '../workers/controllers/persistentvolume.ts';
import { SELECTED_NODE_ANNOTATION } from '../server/storage/persistentvolume-binder.ts';
import { createSchedulerController } from '../workers/controllers/scheduler.ts';
import { createStatefulSetController } from '../workers/controllers/statefulset.ts';
import { startWorkers, type RunningWorkers } from '../workers/main.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, type TestDatabase, waitFor } from './harness.ts';

const ns = 'default';
const ROOT = '/var/lib/capstan-test/volumes';
let db: TestDatabase;
let store: Store;
let workers: RunningWorkers;
const prefix = redisPrefix('storage');
const scheduler = createSchedulerController({ redisPrefix: prefix, backoffInitialMs: 200, backoffMaxMs: 1_000 });

beforeAll(async () => {
  db = await createTestDatabase('storage');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6 });
  await ensureDefaultStorageClass(store);
  await ensureDefaultStorageClass(store); // idempotent
  for (const name of ['n1', 'n2']) await store.create('Node', undefined, node(name));
  workers = await startWorkers({
    databaseUrl: db.url,
    redisUrl: REDIS_URL,
    registry: new Map([
      ['scheduler', scheduler],
      ['persistentvolume', createPersistentVolumeController({ localPathRoot: ROOT })],
      ['statefulset', createStatefulSetController()],
    ]),
    worker: { prefix, concurrency: 4, backoffBaseMs: 50, lockDurationMs: 5_000, stalledIntervalMs: 5_000 },
    dispatcher: { pollIntervalMs: 50, leaseDurationSeconds: 2 },
    log: createLogger({ level: 'silent' }),
  });
}, 60_000);

afterAll(async () => {
  await workers?.stop();
  scheduler.close();
  await store?.close();
  await db?.drop();
});

function node(name: string): KObject {
  const resources = { cpu: '4', memory: '8Gi', pods: '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name } },
    spec: {},
    status: { capacity: resources, allocatable: resources, conditions: [{ type: 'Ready', status: 'True' }] },
  };
}

function claim(name: string, spec: Record<string, any> = {}): KObject {
  return { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec } };
}

function volume(name: string, storage: string, spec: Record<string, any> = {}): KObject {
  return { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name }, spec: { capacity: { storage }, accessModes: ['ReadWriteOnce'], hostPath: { path: `/srv/${name}` }, ...spec } };
}

function podWith(name: string, claimName: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { containers: [{ name: 'c', image: 'busybox', volumeMounts: [{ name: 'data', mountPath: '/data' }] }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }] },
  };
}

const getClaim = (name: string) => store.get('PersistentVolumeClaim', ns, name);
const getVolume = (name: string) => store.get('PersistentVolume', undefined, name);
const boundClaim = async (name: string) => {
  const c = await getClaim(name);
  return c?.status?.phase === 'Bound' ? c : null;
};

describe('persistent volumes', () => {
  it('binds a claim to the smallest matching volume of its class, both ways, and keeps a Retain volume Released after the claim goes', async () => {
    await store.create('PersistentVolume', undefined, volume('big', '10Gi', { storageClassName: 'manual' }));
    await store.create('PersistentVolume', undefined, volume('small', '2Gi', { storageClassName: 'manual' }));
    await store.create('PersistentVolume', undefined, volume('other-class', '1Gi', { storageClassName: 'fast' }));
    await store.create('PersistentVolumeClaim', ns, claim('manual-claim', { storageClassName: 'manual' }));

    const bound = await waitFor('the claim bound', () => boundClaim('manual-claim'));
    expect(bound.spec.volumeName).toBe('small');
    expect(bound.status).toMatchObject({ phase: 'Bound', capacity: { storage: '2Gi' }, accessModes: ['ReadWriteOnce'] });
    const pv = await waitFor('the volume Bound', async () => ((await getVolume('small'))?.status?.phase === 'Bound' ? getVolume('small') : null));
    expect(pv!.spec.claimRef).toMatchObject({ kind: 'PersistentVolumeClaim', namespace: ns, name: 'manual-claim', uid: bound.metadata.uid });
    expect((await getVolume('big'))!.status.phase).toBe('Available');

    await store.delete('PersistentVolumeClaim', ns, 'manual-claim');
    await waitFor('the volume Released', async () => (await getVolume('small'))?.status?.phase === 'Released');
    expect((await getVolume('small'))!.spec.persistentVolumeReclaimPolicy).toBe('Retain');
  });

  it('binds a waiting claim as soon as a matching volume is made, and a claim naming a volume to that one', async () => {
    await store.create('PersistentVolumeClaim', ns, claim('early', { storageClassName: 'slow' }));
    await store.create('PersistentVolumeClaim', ns, claim('named', { storageClassName: 'slow', volumeName: 'slow-b' }));
    await new Promise((r) => setTimeout(r, 300));
    expect((await getClaim('early'))!.status.phase).toBe('Pending');
    await store.create('PersistentVolume', undefined, volume('slow-b', '1Gi', { storageClassName: 'slow' }));
    await store.create('PersistentVolume', undefined, volume('slow-a', '1Gi', { storageClassName: 'slow' }));
    expect((await waitFor('the named claim bound', () => boundClaim('named'))).spec.volumeName).toBe('slow-b');
    expect((await waitFor('the early claim bound', () => boundClaim('early'))).spec.volumeName).toBe('slow-a');
  });

  it('gives a claim without a class the default local-path class, and provisions its volume on the node its pod was scheduled to', async () => {
    const made = await store.create('PersistentVolumeClaim', ns, claim('data'));
    expect(made.spec.storageClassName).toBe('local-path');
    // WaitForFirstConsumer: nothing happens without a pod.
    await new Promise((r) => setTimeout(r, 500));
    expect((await getClaim('data'))!.status.phase).toBe('Pending');
    expect((await store.list('PersistentVolume')).items.filter((v) => v.spec.storageClassName === 'local-path')).toHaveLength(0);

    await store.create('Pod', ns, podWith('user', 'data'));
    const pod = await waitFor('the pod scheduled', async () => ((await store.get('Pod', ns, 'user'))?.spec?.nodeName ? store.get('Pod', ns, 'user') : null));
    const nodeName: string = pod!.spec.nodeName;
    const bound = await waitFor('the claim bound', () => boundClaim('data'), 30_000);
    expect(bound.metadata.annotations?.[SELECTED_NODE_ANNOTATION]).toBe(nodeName);
    const pvName = `pvc-${bound.metadata.uid}`;
    expect(bound.spec.volumeName).toBe(pvName);
    const pv = await waitFor('the volume Bound', async () => ((await getVolume(pvName))?.status?.phase === 'Bound' ? getVolume(pvName) : null));
    expect(pv!.spec).toMatchObject({
      hostPath: { path: `${ROOT}/${pvName}`, type: 'DirectoryOrCreate' },
      persistentVolumeReclaimPolicy: 'Delete',
      storageClassName: 'local-path',
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [nodeName] }] }] } },
    });

    // A second pod of the same claim must go where the volume is.
    await store.create('Pod', ns, podWith('second-user', 'data'));
    const second = await waitFor('the second pod scheduled', async () => (await store.get('Pod', ns, 'second-user'))?.spec?.nodeName);
    expect(second).toBe(nodeName);

    // Delete reclaim policy: the claim gone, the volume goes too.
    await store.delete('Pod', ns, 'user', { gracePeriodSeconds: 0 });
    await store.delete('Pod', ns, 'second-user', { gracePeriodSeconds: 0 });
    await store.delete('PersistentVolumeClaim', ns, 'data');
    // Deleted, and held by the cleanup finalizer until the node's agent removes its directory
    // (no agent runs here: test/local-path-cleanup.test.ts has one).
    const deleting = await waitFor('the provisioned volume being deleted', async () => (await getVolume(pvName))?.metadata.deletionTimestamp ? getVolume(pvName) : null);
    expect(deleting!.metadata.finalizers).toEqual(['capstan.io/local-path-cleanup']);
    expect(deleting!.metadata.labels).toMatchObject({ 'capstan.io/local-path-node': nodeName });
  }, 60_000);

  it('releases a deleted local-path volume whose Node is deleted, with a Warning event, since no agent is left to clean it up', async () => {
    await store.create('Node', undefined, { ...node('doomed'), spec: { unschedulable: true } });
    await store.create('PersistentVolume', undefined, {
      ...volume('pvc-on-doomed', '1Gi', { storageClassName: 'local-path', persistentVolumeReclaimPolicy: 'Delete', hostPath: { path: `${ROOT}/pvc-on-doomed`, type: 'DirectoryOrCreate' } }),
      metadata: { name: 'pvc-on-doomed', labels: { 'capstan.io/local-path-node': 'doomed' }, finalizers: ['capstan.io/local-path-cleanup'] },
    });
    await store.delete('PersistentVolume', undefined, 'pvc-on-doomed');
    // Its node still exists: the volume waits for that node's agent.
    await new Promise((r) => setTimeout(r, 500));
    expect((await getVolume('pvc-on-doomed'))?.metadata.finalizers).toEqual(['capstan.io/local-path-cleanup']);

    await store.delete('Node', undefined, 'doomed');
    await waitFor('the volume gone', async () => (await getVolume('pvc-on-doomed')) === null, 15_000);
    const events = (await store.list('Event', { namespace: 'default' })).items.filter((e) => e.involvedObject?.name === 'pvc-on-doomed');
    expect(events).toContainEqual(expect.objectContaining({ type: 'Warning', reason: 'LocalPathCleanupSkipped' }));
    expect(events.find((e) => e.reason === 'LocalPathCleanupSkipped')!.message).toMatch(/node "doomed" no longer exists: its directory \/var\/lib\/capstan-test\/volumes\/pvc-on-doomed is left/);
  }, 30_000);
});

describe('StatefulSet volumeClaimTemplates', () => {
  it('makes data-web-0 and data-web-1, both Bound, and a new web-0 mounts the same claim and volume', async () => {
    await store.create('StatefulSet', ns, {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web' },
      spec: {
        replicas: 2,
        serviceName: 'web',
        podManagementPolicy: 'Parallel',
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'c', image: 'busybox', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] },
        },
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      },
    });
    const claims = await waitFor('both claims bound', async () => {
      const [a, b] = await Promise.all([boundClaim('data-web-0'), boundClaim('data-web-1')]);
      return a && b ? [a, b] : null;
    }, 30_000);
    expect(claims.map((c) => c.metadata.labels)).toEqual([{ app: 'web' }, { app: 'web' }]);
    expect(claims[0]!.metadata.ownerReferences ?? []).toEqual([]);
    const web0 = (await store.get('Pod', ns, 'web-0'))!;
    expect(web0.spec.volumes).toContainEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } });
    const volumeName = claims[0]!.spec.volumeName;
    const pv = (await getVolume(volumeName))!;
    expect(pv.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values).toEqual([web0.spec.nodeName]);

    await store.delete('Pod', ns, 'web-0', { gracePeriodSeconds: 0 });
    const again = await waitFor('web-0 made again and scheduled', async () => {
      const p = await store.get('Pod', ns, 'web-0');
      return p && p.metadata.uid !== web0.metadata.uid && p.spec.nodeName ? p : null;
    }, 30_000);
    expect(again.spec.volumes).toContainEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } });
    // The claim was kept (Retain): same claim, same volume, so the pod lands where its data is.
    const kept = (await getClaim('data-web-0'))!;
    expect(kept.metadata.uid).toBe(claims[0]!.metadata.uid);
    expect(kept.spec.volumeName).toBe(volumeName);
    expect(again.spec.nodeName).toBe(web0.spec.nodeName);
  }, 60_000);
});
