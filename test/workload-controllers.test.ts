/**
 * The ReplicationController, DaemonSet and StatefulSet controllers against a real database,
 * their reconcile called directly (the end-to-end run with agents is in
 * daemonset-statefulset.test.ts). One clock drives the store's timestamps and the controllers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { LogEvent } from '../server/store/types.ts';
import type { ReconcileContext } from '../workers/controller.ts';
import { createDaemonSetController } from '../workers/controllers/daemonset.ts';
import { createReplicationControllerController } from '../workers/controllers/replicationcontroller.ts';
import { createStatefulSetController } from '../workers/controllers/statefulset.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
let clock = Date.parse('2030-01-01T00:00:00Z');
let ctx: ReconcileContext;
const ns = 'default';
const rcController = createReplicationControllerController({ now: () => clock });
const dsController = createDaemonSetController({ now: () => clock });
const stsController = createStatefulSetController({ now: () => clock });

beforeAll(async () => {
  db = await createTestDatabase('workload-ctrl');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6, now: () => new Date(clock) });
  ctx = { store, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) };
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const container = { name: 'c', image: 'nginx:1.25' };
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function markReady(pod: KObject, nodeName?: string): Promise<void> {
  if (nodeName && !pod.spec?.nodeName) await store.bindPods([{ namespace: ns, name: pod.metadata.name, nodeName }]);
  await store.updateStatus('Pod', ns, pod.metadata.name, {
    ...pod.status,
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(clock) }],
  });
}

async function ownedPods(kind: string, name: string): Promise<KObject[]> {
  const owner = await store.get(kind as any, ns, name);
  const items = (await store.list('Pod', { namespace: ns })).items;
  return items.filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner!.metadata.uid));
}

/** Deletes a pod the way its agent finishes it: the API delete, then the node's confirmation. */
async function deletePodNow(name: string): Promise<void> {
  await store.delete('Pod', ns, name, { gracePeriodSeconds: 0 });
}

describe('ReplicationController', () => {
  it('keeps spec.replicas pods selected by its label map, and adopts a matching orphan', async () => {
    const rc = await store.create('ReplicationController', ns, {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'rc' },
      spec: { replicas: 3, template: { metadata: { labels: { app: 'rc' } }, spec: { containers: [container] } } },
    });
    expect(rc.spec.selector).toEqual({ app: 'rc' });
    await store.create('Pod', ns, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'stray', labels: { app: 'rc' } }, spec: { containers: [container] } });
    await rcController.reconcile(`${ns}/rc`, ctx);
    const pods = await ownedPods('ReplicationController', 'rc');
    expect(pods).toHaveLength(3);
    expect(pods.map((p) => p.metadata.name)).toContain('stray');
    expect(pods[0]!.metadata.ownerReferences![0]).toMatchObject({ apiVersion: 'v1', kind: 'ReplicationController', name: 'rc', controller: true });
    expect((await store.get('ReplicationController', ns, 'rc'))!.status).toMatchObject({ replicas: 3, readyReplicas: 0, observedGeneration: 1 });

    await store.patch('ReplicationController', ns, 'rc', { spec: { replicas: 1 } });
    await rcController.reconcile(`${ns}/rc`, ctx);
    expect((await ownedPods('ReplicationController', 'rc')).filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(1);
  });

  it('enqueues its own changes and the changes of pods it controls', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: ns, ownerReferences: [{ apiVersion: 'v1', kind: 'ReplicationController', name: 'rc', uid: 'u', controller: true }] } };
    const ev = (kind: string, name: string, object: KObject): LogEvent => ({ kind, namespace: ns, name, type: 'MODIFIED', object, revision: 1n }) as unknown as LogEvent;
    expect(rcController.keysFor(ev('Pod', 'p', pod))).toEqual([`${ns}/rc`]);
    expect(rcController.keysFor(ev('ReplicationController', 'rc', { ...pod, kind: 'ReplicationController' }))).toEqual([`${ns}/rc`]);
  });
});

function node(name: string, opts: { labels?: Record<string, string>; taints?: any[]; unschedulable?: boolean } = {}): KObject {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name, ...opts.labels } }, spec: { taints: opts.taints, unschedulable: opts.unschedulable } };
}

function daemonSet(name: string, spec: Record<string, any> = {}, podSpec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name },
    spec: { selector: { matchLabels: { ds: name } }, template: { metadata: { labels: { ds: name } }, spec: { containers: [container], ...podSpec } }, ...spec },
  };
}

const targetNode = (p: KObject) => p.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].values[0];

describe('DaemonSet', () => {
  beforeAll(async () => {
    await store.create('Node', undefined, node('n1', { labels: { disk: 'ssd' } }));
    await store.create('Node', undefined, node('n2', { labels: { disk: 'ssd' }, unschedulable: true, taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }] }));
    await store.create('Node', undefined, node('n3', { taints: [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }] }));
  });

  it('makes one pod per eligible node, tolerating node conditions, with node affinity on the node name', async () => {
    await store.create('DaemonSet', ns, daemonSet('agent'));
    await dsController.reconcile(`${ns}/agent`, ctx);
    const pods = await ownedPods('DaemonSet', 'agent');
    // n3's dedicated taint is not tolerated; n2 is cordoned and not ready, which daemons tolerate.
    expect(pods.map(targetNode).sort()).toEqual(['n1', 'n2']);
    const pod = pods[0]!;
    expect(pod.spec.nodeName).toBeUndefined();
    expect(pod.metadata.labels!['controller-revision-hash']).toMatch(/^[a-z0-9]+$/);
    expect(pod.spec.tolerations).toEqual(
      expect.arrayContaining([
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
        { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
      ]),
    );
    expect((await store.get('DaemonSet', ns, 'agent'))!.status).toMatchObject({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 0, updatedNumberScheduled: 2, numberMisscheduled: 0, numberAvailable: 0 });

    await dsController.reconcile(`${ns}/agent`, ctx);
    expect(await ownedPods('DaemonSet', 'agent')).toHaveLength(2);
  });

  it('honours nodeSelector and tolerations of the template', async () => {
    await store.create('DaemonSet', ns, daemonSet('ssd', {}, { nodeSelector: { disk: 'ssd' } }));
    await store.create('DaemonSet', ns, daemonSet('db', {}, { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }] }));
    await dsController.reconcile(`${ns}/ssd`, ctx);
    await dsController.reconcile(`${ns}/db`, ctx);
    expect((await ownedPods('DaemonSet', 'ssd')).map(targetNode).sort()).toEqual(['n1', 'n2']);
    expect((await ownedPods('DaemonSet', 'db')).map(targetNode).sort()).toEqual(['n1', 'n2', 'n3']);
  });

  it('learns of a DaemonSet from the changes of its pods, so that node changes reach it after a restart', () => {
    const fresh = createDaemonSetController();
    const nodeAdded = { kind: 'Node', namespace: '', name: 'n9', type: 'ADDED', object: node('n9'), revision: 1n } as unknown as LogEvent;
    expect(fresh.keysFor(nodeAdded)).toEqual([]);
    const daemonPod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: ns, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'agent', uid: 'u', controller: true }] } };
    expect(fresh.keysFor({ kind: 'Pod', namespace: ns, name: 'p', type: 'MODIFIED', object: daemonPod, revision: 2n } as unknown as LogEvent)).toEqual([`${ns}/agent`]);
    expect(fresh.keysFor(nodeAdded)).toEqual([`${ns}/agent`]);
    // A node status heartbeat concerns no DaemonSet.
    const beat = { kind: 'Node', namespace: '', name: 'n9', type: 'MODIFIED', object: { ...node('n9'), status: { x: 2 } }, prevObject: { ...node('n9'), status: { x: 1 } }, revision: 3n } as unknown as LogEvent;
    expect(fresh.keysFor(beat)).toEqual([]);
  });

  it('follows a node that joins, one whose labels stop matching, and one that is deleted', async () => {
    // A node change concerns every DaemonSet the controller knows of (from events and resyncs).
    await dsController.listKeys(store);
    expect(dsController.keysFor({ kind: 'Node', namespace: '', name: 'n4', type: 'ADDED', object: node('n4'), revision: 1n } as unknown as LogEvent).sort()).toEqual(
      [`${ns}/agent`, `${ns}/db`, `${ns}/ssd`].sort(),
    );
    await store.create('Node', undefined, node('n4', { labels: { disk: 'ssd' } }));
    await dsController.reconcile(`${ns}/ssd`, ctx);
    const onN4 = (await ownedPods('DaemonSet', 'ssd')).find((p) => targetNode(p) === 'n4')!;
    expect(onN4).toBeDefined();
    await markReady(onN4, 'n4');

    await store.patch('Node', undefined, 'n1', { metadata: { labels: { disk: 'hdd' } } });
    await dsController.reconcile(`${ns}/ssd`, ctx);
    const live = (await ownedPods('DaemonSet', 'ssd')).filter((p) => !p.metadata.deletionTimestamp);
    expect(live.map(targetNode).sort()).toEqual(['n2', 'n4']);

    await store.delete('Node', undefined, 'n4');
    await dsController.reconcile(`${ns}/ssd`, ctx);
    // The pod of a deleted node is gone at once: no agent is left to confirm its end.
    expect((await ownedPods('DaemonSet', 'ssd')).map(targetNode).sort()).toEqual(['n2']);
    expect((await store.get('DaemonSet', ns, 'ssd'))!.status).toMatchObject({ desiredNumberScheduled: 1, currentNumberScheduled: 1 });
  });

  it('rolls a new template out one unavailable node at a time (maxUnavailable 1)', async () => {
    for (const p of await ownedPods('DaemonSet', 'db')) await markReady(p, targetNode(p));
    await dsController.reconcile(`${ns}/db`, ctx);
    expect((await store.get('DaemonSet', ns, 'db'))!.status).toMatchObject({ desiredNumberScheduled: 3, numberReady: 3, numberAvailable: 3, updatedNumberScheduled: 3 });
    const oldHash = (await ownedPods('DaemonSet', 'db'))[0]!.metadata.labels!['controller-revision-hash'];

    await store.patch('DaemonSet', ns, 'db', { spec: { template: { spec: { containers: [{ ...container, image: 'nginx:1.26' }] } } } });
    await dsController.reconcile(`${ns}/db`, ctx);
    let pods = await ownedPods('DaemonSet', 'db');
    expect(pods.filter((p) => p.metadata.deletionTimestamp)).toHaveLength(1);
    // Nothing more while that node's daemon is down.
    await dsController.reconcile(`${ns}/db`, ctx);
    expect((await ownedPods('DaemonSet', 'db')).filter((p) => p.metadata.deletionTimestamp)).toHaveLength(1);

    for (let round = 0; round < 3; round++) {
      for (const p of (await ownedPods('DaemonSet', 'db')).filter((p) => p.metadata.deletionTimestamp)) await deletePodNow(p.metadata.name);
      await dsController.reconcile(`${ns}/db`, ctx);
      for (const p of (await ownedPods('DaemonSet', 'db')).filter((p) => !p.status?.conditions)) await markReady(p, targetNode(p));
      await dsController.reconcile(`${ns}/db`, ctx);
    }
    pods = await ownedPods('DaemonSet', 'db');
    expect(pods).toHaveLength(3);
    expect(pods.every((p) => p.metadata.labels!['controller-revision-hash'] !== oldHash && p.spec.containers[0].image === 'nginx:1.26')).toBe(true);
    expect((await store.get('DaemonSet', ns, 'db'))!.status).toMatchObject({ updatedNumberScheduled: 3, numberAvailable: 3 });
  });

  it('with OnDelete, keeps old pods until they are deleted', async () => {
    await store.patch('DaemonSet', ns, 'db', { spec: { updateStrategy: { type: 'OnDelete', rollingUpdate: null }, template: { spec: { containers: [{ ...container, image: 'nginx:1.27' }] } } } });
    await dsController.reconcile(`${ns}/db`, ctx);
    const pods = await ownedPods('DaemonSet', 'db');
    expect(pods.filter((p) => p.metadata.deletionTimestamp)).toHaveLength(0);
    await deletePodNow(pods[0]!.metadata.name);
    await dsController.reconcile(`${ns}/db`, ctx);
    const images = (await ownedPods('DaemonSet', 'db')).map((p) => p.spec.containers[0].image).sort();
    expect(images).toEqual(['nginx:1.26', 'nginx:1.26', 'nginx:1.27']);
    expect((await store.get('DaemonSet', ns, 'db'))!.status).toMatchObject({ updatedNumberScheduled: 1, currentNumberScheduled: 3 });
  });
});

function statefulSet(name: string, replicas: number, spec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name },
    spec: {
      replicas,
      serviceName: name,
      selector: { matchLabels: { sts: name } },
      template: { metadata: { labels: { sts: name } }, spec: { containers: [container] } },
      ...spec,
    },
  };
}

const livePodNames = async (name: string) =>
  (await ownedPods('StatefulSet', name))
    .filter((p) => !p.metadata.deletionTimestamp)
    .map((p) => p.metadata.name)
    .sort();

/** Reconciles, marks every new pod Running and Ready, and returns the pod names after each round. */
async function stsRounds(name: string, rounds: number): Promise<string[][]> {
  const seen: string[][] = [];
  for (let i = 0; i < rounds; i++) {
    await stsController.reconcile(`${ns}/${name}`, ctx);
    for (const p of await ownedPods('StatefulSet', name)) {
      if (p.metadata.deletionTimestamp) await deletePodNow(p.metadata.name);
      else if (!p.status?.conditions) await markReady(p, 'n2');
    }
    seen.push(await livePodNames(name));
  }
  return seen;
}

describe('StatefulSet', () => {
  it('OrderedReady: creates web-0, web-1, web-2 one at a time, each after the previous is ready', async () => {
    await store.create('StatefulSet', ns, statefulSet('web', 3));
    await stsController.reconcile(`${ns}/web`, ctx);
    await stsController.reconcile(`${ns}/web`, ctx);
    expect(await livePodNames('web')).toEqual(['web-0']);
    const web0 = (await store.get('Pod', ns, 'web-0'))!;
    expect(web0.spec.hostname).toBe('web-0');
    expect(web0.spec.subdomain).toBe('web');
    expect(web0.metadata.labels).toMatchObject({ sts: 'web', 'statefulset.kubernetes.io/pod-name': 'web-0', 'apps.kubernetes.io/pod-index': '0' });
    expect(web0.metadata.labels!['controller-revision-hash']).toMatch(/^web-[a-z0-9]+$/);

    expect(await stsRounds('web', 3)).toEqual([['web-0'], ['web-0', 'web-1'], ['web-0', 'web-1', 'web-2']]);
    await stsController.reconcile(`${ns}/web`, ctx);
    const status = (await store.get('StatefulSet', ns, 'web'))!.status;
    expect(status).toMatchObject({ replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3 });
    expect(status.currentRevision).toBe(status.updateRevision);
  });

  it('brings back a deleted pod under the same name', async () => {
    await deletePodNow('web-1');
    await stsController.reconcile(`${ns}/web`, ctx);
    expect(await livePodNames('web')).toEqual(['web-0', 'web-1', 'web-2']);
    expect((await store.get('Pod', ns, 'web-1'))!.spec.hostname).toBe('web-1');
  });

  it('scales down from the highest ordinal, one pod at a time', async () => {
    await markReady((await store.get('Pod', ns, 'web-1'))!, 'n2');
    await store.patch('StatefulSet', ns, 'web', { spec: { replicas: 1 } });
    expect(await stsRounds('web', 2)).toEqual([['web-0', 'web-1'], ['web-0']]);
  });

  it('RollingUpdate with a partition updates only the ordinals at or above it, highest first', async () => {
    await store.patch('StatefulSet', ns, 'web', { spec: { replicas: 3 } });
    await stsRounds('web', 3);
    const before = (await store.get('StatefulSet', ns, 'web'))!.status.currentRevision;
    await store.patch('StatefulSet', ns, 'web', {
      spec: { updateStrategy: { rollingUpdate: { partition: 2 } }, template: { spec: { containers: [{ ...container, image: 'nginx:1.26' }] } } },
    });
    const rounds = await stsRounds('web', 3);
    expect(rounds.at(-1)).toEqual(['web-0', 'web-1', 'web-2']);
    const image = async (n: string) => (await store.get('Pod', ns, n))!.spec.containers[0].image;
    expect([await image('web-0'), await image('web-1'), await image('web-2')]).toEqual(['nginx:1.25', 'nginx:1.25', 'nginx:1.26']);
    const status = (await store.get('StatefulSet', ns, 'web'))!.status;
    expect(status).toMatchObject({ currentRevision: before, updatedReplicas: 1, currentReplicas: 2 });
    expect(status.updateRevision).not.toBe(before);

    // A pod below the partition that is deleted comes back at the current (old) revision.
    await deletePodNow('web-0');
    await stsController.reconcile(`${ns}/web`, ctx);
    expect(await image('web-0')).toBe('nginx:1.25');

    // Lowering the partition to 0 finishes the rollout, from web-1 down to web-0.
    await store.patch('StatefulSet', ns, 'web', { spec: { updateStrategy: { rollingUpdate: { partition: 0 } } } });
    await stsRounds('web', 5);
    expect([await image('web-0'), await image('web-1'), await image('web-2')]).toEqual(['nginx:1.26', 'nginx:1.26', 'nginx:1.26']);
    await stsController.reconcile(`${ns}/web`, ctx);
    const done = (await store.get('StatefulSet', ns, 'web'))!.status;
    expect(done).toMatchObject({ currentRevision: done.updateRevision, currentReplicas: 3, updatedReplicas: 3, readyReplicas: 3 });
  });

  it('Parallel: creates and deletes every pod at once', async () => {
    await store.create('StatefulSet', ns, statefulSet('par', 3, { podManagementPolicy: 'Parallel' }));
    await stsController.reconcile(`${ns}/par`, ctx);
    expect(await livePodNames('par')).toEqual(['par-0', 'par-1', 'par-2']);
    await store.patch('StatefulSet', ns, 'par', { spec: { replicas: 0 } });
    await stsController.reconcile(`${ns}/par`, ctx);
    expect(await livePodNames('par')).toEqual([]);
  });

  it('stores volumeClaimTemplates and makes no claims (there is no PersistentVolumeClaim kind)', async () => {
    const sts = await store.create('StatefulSet', ns, statefulSet('db', 1, { volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] }));
    expect(sts.spec.volumeClaimTemplates[0].metadata.name).toBe('data');
    await stsController.reconcile(`${ns}/db`, ctx);
    expect(await livePodNames('db')).toEqual(['db-0']);
  });
});
