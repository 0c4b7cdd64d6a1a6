/**
 * The namespace controller against a real database (reconciled directly), and the four
 * controllers of this file's author end to end through `startWorkers`: endpoints appear, the gc
 * collects, and deleting a namespace takes its contents and then itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { Controller, ReconcileContext } from '../workers/controller.ts';
import { createEndpointsController } from '../workers/controllers/endpoints.ts';
import { createGCController } from '../workers/controllers/gc.ts';
import { createNamespaceController } from '../workers/controllers/namespace.ts';
import { createNodeLifecycleController } from '../workers/controllers/node-lifecycle.ts';
import { startWorkers, type RunningWorkers } from '../workers/main.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, type TestDatabase, waitFor } from './harness.ts';

const log = createLogger({ level: 'silent' });
let db: TestDatabase;
let store: Store;
let running: RunningWorkers | undefined;
const ctx = (): ReconcileContext => ({ store, signal: new AbortController().signal, log });
const controller = createNamespaceController({ recheckAfterMs: 50, stragglerWindowMs: 0 });

beforeAll(async () => {
  db = await createTestDatabase('namespace');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6 });
});

afterAll(async () => {
  await running?.stop();
  await store?.close();
  await db?.drop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const namespace = (name: string) => store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
const configMap = (ns: string, name: string, extra: Record<string, unknown> = {}) =>
  store.create('ConfigMap', ns, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ...extra } });
const pod = (ns: string, name: string, labels: Record<string, string> = {}, nodeName?: string) =>
  store.create('Pod', ns, { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec: { ...(nodeName ? { nodeName } : {}), containers: [{ name: 'c', image: 'busybox' }] } });

describe('namespace controller', () => {
  it('gives live namespaces the kubernetes finalizer', async () => {
    await namespace('fin');
    await controller.reconcile('fin', ctx());
    expect((await store.get('Namespace', undefined, 'fin'))!.spec.finalizers).toEqual(['kubernetes']);
  });

  it('deletes the contents of a terminating namespace, waits for them, then lets it go', async () => {
    await namespace('doomed');
    await controller.reconcile('doomed', ctx());
    await configMap('doomed', 'cm');
    await configMap('doomed', 'held', { finalizers: ['test/hold'] });
    await pod('doomed', 'bound', {}, 'some-node');
    await pod('doomed', 'unbound');
    await store.delete('Namespace', undefined, 'doomed');
    expect((await store.get('Namespace', undefined, 'doomed'))!.status.phase).toBe('Terminating');
    // A create just after the deletion may slip past the store's one-second namespace cache:
    // the controller deletes such stragglers with the rest.
    await configMap('doomed', 'late').catch(() => {});

    expect(await controller.reconcile('doomed', ctx())).toEqual({ requeueAfterMs: 50 });
    expect(await store.get('ConfigMap', 'doomed', 'cm')).toBeNull();
    expect(await store.get('Pod', 'doomed', 'unbound')).toBeNull();
    // The bound pod waits for its node; the held ConfigMap for its finalizer; so does the namespace.
    expect((await store.get('Pod', 'doomed', 'bound'))!.metadata.deletionTimestamp).toBeDefined();
    expect(await store.get('Namespace', undefined, 'doomed')).not.toBeNull();

    await store.delete('Pod', 'doomed', 'bound', { gracePeriodSeconds: 0 });
    await store.update('ConfigMap', 'doomed', 'held', (c) => ({ ...c, metadata: { ...c.metadata, finalizers: [] } }));
    expect(await controller.reconcile('doomed', ctx())).toBeUndefined();
    expect(await store.get('Namespace', undefined, 'doomed')).toBeNull();
  });

  it('never empties kube-system (the store refuses to delete it, as Kubernetes does)', async () => {
    await namespace('kube-system');
    await configMap('kube-system', 'keep');
    await controller.reconcile('kube-system', ctx());
    await expect(store.delete('Namespace', undefined, 'kube-system')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await controller.reconcile('kube-system', ctx());
    expect(await store.get('ConfigMap', 'kube-system', 'keep')).not.toBeNull();
    expect(await store.get('Namespace', undefined, 'kube-system')).not.toBeNull();
  });
});

describe('end to end through startWorkers', () => {
  it('keeps Endpoints, collects garbage and deletes a namespace with its contents', async () => {
    const registry = new Map<string, Controller>(
      [
        createNodeLifecycleController({ nodeMonitorGracePeriodMs: 2_000, defaultTolerationSeconds: 1 }),
        createEndpointsController(),
        createNamespaceController({ recheckAfterMs: 200, stragglerWindowMs: 1_500 }),
        createGCController({ recheckAfterMs: 200 }),
      ].map((c) => [c.name, c]),
    );
    running = await startWorkers({
      databaseUrl: db.url,
      redisUrl: REDIS_URL,
      registry,
      log,
      worker: { prefix: redisPrefix('namespace'), concurrency: 2, backoffBaseMs: 50, backoffMaxMs: 500 },
      dispatcher: { leaseDurationSeconds: 2, pollIntervalMs: 100 },
    });

    await namespace('e2e');
    await waitFor('the kubernetes finalizer', async () => ((await store.get('Namespace', undefined, 'e2e'))?.spec?.finalizers ?? []).includes('kubernetes'));

    await store.create('Service', 'e2e', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
    await pod('e2e', 'web-1', { app: 'web' });
    await store.updateStatus('Pod', 'e2e', 'web-1', { phase: 'Running', podIP: '127.64.9.9', conditions: [{ type: 'Ready', status: 'True' }] });
    await waitFor('a cluster IP', async () => !!(await store.get('Service', 'e2e', 'web'))?.spec?.clusterIP);
    await waitFor('ready endpoints', async () => (await store.get('Endpoints', 'e2e', 'web'))?.subsets?.[0]?.addresses?.[0]?.ip === '127.64.9.9');

    const owner = await configMap('e2e', 'owner');
    await configMap('e2e', 'dependent', { ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: owner.metadata.uid }] });
    await store.delete('ConfigMap', 'e2e', 'owner');
    await waitFor('the dependent to be collected', async () => (await store.get('ConfigMap', 'e2e', 'dependent')) === null);

    await store.delete('Namespace', undefined, 'e2e');
    await waitFor('the namespace to go', async () => (await store.get('Namespace', undefined, 'e2e')) === null);
    for (const kind of ['Service', 'Endpoints', 'Pod'] as const) expect((await store.list(kind, { namespace: 'e2e' })).items).toEqual([]);

    // A node whose lease stops: Unknown and unreachable after 2 s, its pod gone 1 s later.
    await namespace('kube-node-lease');
    await store.create('Node', undefined, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'quiet' }, spec: {} });
    const now = new Date().toISOString();
    await store.updateStatus('Node', undefined, 'quiet', { conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: now, lastTransitionTime: now }] });
    await store.create('Lease', 'kube-node-lease', { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'quiet' }, spec: { holderIdentity: 'quiet', renewTime: now } });
    await pod('default', 'on-quiet', {}, 'quiet');
    await waitFor('a pod CIDR', async () => !!(await store.get('Node', undefined, 'quiet'))?.spec?.podCIDR);
    await waitFor('the unreachable taint', async () =>
      ((await store.get('Node', undefined, 'quiet'))?.spec?.taints ?? []).some((t: any) => t.key === 'node.kubernetes.io/unreachable'),
    );
    await waitFor('the eviction', async () => (await store.get('Pod', 'default', 'on-quiet')) === null);
  });
});
