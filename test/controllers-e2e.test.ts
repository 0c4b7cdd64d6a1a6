/**
 * The controllers together, as `capstan workers` runs them (dispatcher, BullMQ queues on Redis,
 * every built-in controller), with a simulated kubelet per node: a Deployment's pods are
 * scheduled and run; when one node falls silent, it goes Unknown with the unreachable taint and
 * its pods come back Running on the other node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { builtInControllers } from '../workers/controllers/index.ts';
import { startWorkers, type RunningWorkers } from '../workers/main.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, type TestDatabase, waitFor } from './harness.ts';

let db: TestDatabase;
let store: Store;
let workers: RunningWorkers;
const kubelets = new Map<string, NodeJS.Timeout>();

const ready = (status: 'True' | 'False') => [{ type: 'Ready', status, reason: 'KubeletReady', lastHeartbeatTime: new Date().toISOString() }];

async function addNode(name: string): Promise<void> {
  await store.create('Node', undefined, {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name } },
    status: {
      capacity: { cpu: '4', memory: '8Gi', pods: '110' },
      allocatable: { cpu: '4', memory: '8Gi', pods: '110' },
      conditions: ready('True'),
    },
  });
  await store.create('Lease', 'kube-node-lease', {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name },
    spec: { holderIdentity: name, leaseDurationSeconds: 2, renewTime: new Date().toISOString() },
  });
}

/** A stand-in kubelet: renews its Lease and reports its pods Running and Ready. */
function startKubelet(node: string): void {
  const tick = async () => {
    await store.patch('Lease', 'kube-node-lease', node, { spec: { renewTime: new Date().toISOString() } });
    const { items } = await store.list('Pod', { fieldSelector: `spec.nodeName=${node}` });
    for (const pod of items) {
      if (pod.metadata.deletionTimestamp) {
        await store.delete('Pod', pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: 0 }).catch(() => {});
      } else if (pod.status?.phase !== 'Running') {
        const now = new Date().toISOString();
        await store
          .updateStatus('Pod', pod.metadata.namespace, pod.metadata.name, {
            ...pod.status,
            phase: 'Running',
            podIP: `127.64.0.${2 + (items.indexOf(pod) % 250)}`,
            startTime: now,
            conditions: [...(pod.status?.conditions ?? []).filter((c: { type: string }) => c.type === 'PodScheduled'), { type: 'Ready', status: 'True', lastTransitionTime: now }],
          })
          .catch(() => {});
      }
    }
  };
  const timer = setInterval(() => void tick().catch(() => {}), 250);
  kubelets.set(node, timer);
}


const runningPods = async (): Promise<KObject[]> =>
  (await store.list('Pod', { namespace: 'default', labelSelector: 'app=web' })).items.filter(
    (p) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp,
  );

beforeAll(async () => {
  db = await createTestDatabase('controllers_e2e');
  store = await Store.open({ databaseUrl: db.url, poolSize: 8 });
  await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-node-lease' } });
  const prefix = redisPrefix('controllers-e2e');
  workers = await startWorkers({
    databaseUrl: db.url,
    redisUrl: REDIS_URL,
    registry: builtInControllers({ redisUrl: REDIS_URL, redisPrefix: prefix, nodeMonitorGracePeriodMs: 1_500, defaultTolerationSeconds: 1 }),
    worker: { prefix, concurrency: 4 },
    dispatcher: { pollIntervalMs: 50 },
    log: createLogger({ level: 'silent' }),
  });
  for (const n of ['node-a', 'node-b']) {
    await addNode(n);
    startKubelet(n);
  }
}, 60_000);

afterAll(async () => {
  for (const t of kubelets.values()) clearInterval(t);
  await workers?.stop();
  await store?.close();
  await db?.drop();
});

describe('the controllers together', () => {
  it('run a Deployment and move its pods off a node that falls silent', async () => {
    await store.create('Deployment', 'default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 4,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'busybox', resources: { requests: { cpu: '100m', memory: '64Mi' } } }] },
        },
      },
    });
    const first = await waitFor('4 pods run', async () => {
      const pods = await runningPods();
      return pods.length === 4 && pods;
    });
    // The scheduler spreads the Deployment's pods over both nodes.
    expect(new Set(first.map((p) => p.spec.nodeName))).toEqual(new Set(['node-a', 'node-b']));
    const onA = first.filter((p) => p.spec.nodeName === 'node-a').map((p) => p.metadata.name);

    clearInterval(kubelets.get('node-a'));
    const silent = await waitFor('node-a is Unknown and tainted', async () => {
      const n = await store.get('Node', undefined, 'node-a');
      const unknown = n?.status?.conditions?.find((c: { type: string }) => c.type === 'Ready')?.status === 'Unknown';
      const tainted = n?.spec?.taints?.some((t: { key: string; effect: string }) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute');
      return unknown && tainted && n;
    });
    expect(silent.metadata.name).toBe('node-a');

    const after = await waitFor('4 pods run on node-b', async () => {
      const pods = await runningPods();
      return pods.length === 4 && pods.every((p) => p.spec.nodeName === 'node-b') && pods;
    });
    // The pods that were on node-a were deleted and replaced by new ones.
    for (const name of onA) expect(after.map((p) => p.metadata.name)).not.toContain(name);
    const d = await waitFor('the Deployment reports 4 available', async () => {
      const dep = await store.get('Deployment', 'default', 'web');
      return dep?.status?.availableReplicas === 4 && dep;
    });
    expect(d.status.conditions.find((c: { type: string }) => c.type === 'Available').status).toBe('True');
  }, 90_000);
});
