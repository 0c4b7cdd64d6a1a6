/**
 * A workload controller's sync reads only the pods it can own (workers/controllers/claim-candidates.ts):
 * the ones its selector matches and the ones it controls, not every pod of the namespace. Against
 * Postgres, with a namespace full of unrelated pods, and with ownership still Kubernetes':
 * matching orphans adopted, owned pods that stopped matching released.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KindName, KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { LOCAL_PATH_PROVISIONER } from '../server/storage/default-storage-class.ts';
import { SELECTED_NODE_ANNOTATION } from '../server/storage/persistentvolume-binder.ts';
import { Store } from '../server/store/store.ts';
import type { ListOptions } from '../server/store/types.ts';
import type { ControllerStore } from '../workers/controller-store.ts';
import type { ReconcileContext } from '../workers/controller.ts';
import { reconcileCronJob } from '../workers/controllers/cronjob.ts';
import { reconcileDaemonSet } from '../workers/controllers/daemonset.ts';
import { reconcileDeployment } from '../workers/controllers/deployment.ts';
import { reconcileJob } from '../workers/controllers/job.ts';
import { reconcileClaim } from '../workers/controllers/persistentvolume.ts';
import { DEFAULT_JOB_PLAN_OPTIONS } from '../workers/controllers/job-status.ts';
import { reconcileReplicaSet } from '../workers/controllers/replicaset.ts';
import { reconcileStatefulSet } from '../workers/controllers/statefulset.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const NS = 'crowded';
const UNRELATED = 40;

let db: TestDatabase;
let store: Store;

/** The store, with every object its lists returned, by kind. */
function recording(): { store: ControllerStore; listed: Map<KindName, KObject[]> } {
  const listed = new Map<KindName, KObject[]>();
  const view = new Proxy(store, {
    get(target, prop) {
      if (prop === 'list') {
        return async (kind: KindName, opts?: ListOptions) => {
          const r = await target.list(kind, opts);
          listed.set(kind, [...(listed.get(kind) ?? []), ...r.items]);
          return r;
        };
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { store: view, listed };
}

const ctx = (s: ControllerStore): ReconcileContext<ControllerStore> => ({ store: s, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) });
const names = (objs: KObject[] | undefined) => (objs ?? []).map((o) => o.metadata.name);
const unrelatedIn = (objs: KObject[] | undefined) => names(objs).filter((n) => n.startsWith('unrelated-'));

const pod = (name: string, labels: Record<string, string>, owner?: KObject): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name,
    labels,
    ...(owner ? { ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid!, controller: true }] } : {}),
  },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
});

const template = (labels: Record<string, string>) => ({ metadata: { labels }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });

beforeAll(async () => {
  db = await createTestDatabase('workload_sync_reads');
  store = await Store.open({ databaseUrl: db.url, poolSize: 8 });
  await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  // Pods of nobody, pods of another owner, pods without labels: none is any sync's business below.
  const other = await store.create('ConfigMap', NS, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'other-owner' }, data: {} });
  for (let i = 0; i < UNRELATED; i++) {
    const labels: Record<string, string> = i % 3 === 0 ? {} : { app: `other-${i % 5}` };
    await store.create('Pod', NS, pod(`unrelated-${String(i).padStart(3, '0')}`, labels, i % 2 === 0 ? other : undefined));
  }
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

describe('a ReplicaSet sync in a crowded namespace', () => {
  let rs: KObject;

  beforeAll(async () => {
    rs = await store.create('ReplicaSet', NS, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web' },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) },
    });
    await store.create('Pod', NS, pod('web-kept', { app: 'web' }, rs));
    await store.create('Pod', NS, pod('web-relabelled', { app: 'debug' }, rs));
    await store.create('Pod', NS, pod('web-orphan', { app: 'web' }));
  });

  it('reads its own and matching pods and none of the unrelated ones', async () => {
    const r = recording();
    await reconcileReplicaSet(`${NS}/web`, ctx(r.store), { now: Date.now, burstReplicas: 500 });
    expect(unrelatedIn(r.listed.get('Pod'))).toEqual([]);
    expect(names(r.listed.get('Pod'))).toEqual(expect.arrayContaining(['web-kept', 'web-relabelled', 'web-orphan']));
  });

  it('adopted the matching orphan, released the owned pod whose labels changed, and made up the third replica', async () => {
    const owned = (await store.list('Pod', { namespace: NS, controllerUid: rs.metadata.uid })).items;
    expect(owned).toHaveLength(3);
    expect(names(owned)).toEqual(expect.arrayContaining(['web-kept', 'web-orphan']));
    const released = await store.get('Pod', NS, 'web-relabelled');
    expect(released?.metadata.ownerReferences).toBeUndefined();
    expect((await store.get('ReplicaSet', NS, 'web'))?.status?.replicas).toBe(3);
  });
});

describe('the other workload syncs in a crowded namespace', () => {
  it('a Job sync reads none of the unrelated pods', async () => {
    await store.create('Job', NS, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'batch' },
      spec: { template: { ...template({ app: 'batch' }), spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } },
    });
    const r = recording();
    await reconcileJob(`${NS}/batch`, ctx(r.store), { now: Date.now, burstPods: 500, plan: DEFAULT_JOB_PLAN_OPTIONS });
    expect(unrelatedIn(r.listed.get('Pod'))).toEqual([]);
    expect(names((await store.list('Pod', { namespace: NS, labelSelector: 'job-name=batch' })).items)).toHaveLength(1);
  });

  it('a CronJob sync reads only the Jobs it controls, not the namespace’s other Jobs', async () => {
    const cronJob = await store.create('CronJob', NS, {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly' },
      spec: { schedule: '0 0 1 1 *', jobTemplate: { spec: { template: { ...template({ app: 'nightly' }), spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } } } },
    });
    await store.create('Job', NS, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'nightly-1', ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'nightly', uid: cronJob.metadata.uid!, controller: true }] },
      spec: { template: { ...template({ app: 'nightly' }), spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } },
    });
    // A Job of nobody in the same namespace (the Job test above adds another).
    await store.create('Job', NS, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'unrelated-job' },
      spec: { template: { ...template({ app: 'loose' }), spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } },
    });
    const r = recording();
    await reconcileCronJob(`${NS}/nightly`, ctx(r.store), { now: Date.now, rate: 1 });
    expect(names(r.listed.get('Job'))).toEqual(['nightly-1']);
    // Its status still counts the Job it controls as active.
    expect((await store.get('CronJob', NS, 'nightly'))!.status?.active?.map((a: { name: string }) => a.name)).toEqual(['nightly-1']);
  });

  it('a StatefulSet sync reads none of the unrelated pods', async () => {
    await store.create('StatefulSet', NS, {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db' },
      spec: { replicas: 1, serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: template({ app: 'db' }) },
    });
    const r = recording();
    await reconcileStatefulSet(`${NS}/db`, ctx(r.store), { now: Date.now });
    expect(unrelatedIn(r.listed.get('Pod'))).toEqual([]);
    expect(await store.get('Pod', NS, 'db-0')).not.toBeNull();
  });

  it('a DaemonSet sync reads none of the unrelated pods', async () => {
    await store.create('DaemonSet', NS, {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent' },
      spec: { selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['agent', 'agent-canary'] }] }, template: template({ app: 'agent' }) },
    });
    const r = recording();
    await reconcileDaemonSet(`${NS}/agent`, ctx(r.store), { now: Date.now, burstReplicas: 500 });
    expect(unrelatedIn(r.listed.get('Pod'))).toEqual([]);
  });

  it('a Deployment sync reads only its own ReplicaSets and the ones it may adopt', async () => {
    await store.create('ReplicaSet', NS, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'unrelated-rs' },
      spec: { replicas: 0, selector: { matchLabels: { app: 'unrelated' } }, template: template({ app: 'unrelated' }) },
    });
    await store.create('Deployment', NS, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'api' } }, template: template({ app: 'api' }) },
    });
    const r = recording();
    await reconcileDeployment(`${NS}/api`, ctx(r.store), { now: Date.now, recreatePollMs: 1000 });
    expect(unrelatedIn(r.listed.get('ReplicaSet'))).toEqual([]);
    expect(names((await store.list('ReplicaSet', { namespace: NS, labelSelector: 'app=api' })).items)).toHaveLength(1);
  });
});

describe('provisioning a claim in a crowded namespace', () => {
  it('reads no pod once the scheduler has selected the node, and provisions the volume there', async () => {
    await store.create('StorageClass', undefined, {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'local-wait' },
      provisioner: LOCAL_PATH_PROVISIONER,
      volumeBindingMode: 'WaitForFirstConsumer',
    });
    await store.create('PersistentVolumeClaim', NS, {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', annotations: { [SELECTED_NODE_ANNOTATION]: 'n1' } },
      spec: { storageClassName: 'local-wait', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    });
    const r = recording();
    await reconcileClaim(NS, 'data', ctx(r.store), { localPathRoot: '/var/lib/capstan/volumes', now: () => new Date() });
    expect(r.listed.get('Pod')).toBeUndefined();
    const claim = await store.get('PersistentVolumeClaim', NS, 'data');
    const volume = await store.get('PersistentVolume', undefined, claim?.spec.volumeName);
    expect(volume?.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(['n1']);
  });
});
