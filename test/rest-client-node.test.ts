/**
 * `@kubernetes/client-node`, the official JavaScript client, against a Capstan API server: its
 * typed API calls and its informer (list, then watch from the list's resourceVersion, with
 * bookmarks) work unchanged, over the same store and watch hub as GraphQL.
 */
import * as k8s from '@kubernetes/client-node';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ClusterServer } from './cluster.ts';
import { createTestDatabase, gql, waitFor, type TestDatabase } from './harness.ts';
import { clusterCa } from './kubectl.ts';

function pod(name: string, labels: Record<string, string> = {}): k8s.V1Pod {
  return { metadata: { name, labels }, spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '100'] }] } };
}

describe('@kubernetes/client-node against Capstan', () => {
  let db: TestDatabase;
  let server: ClusterServer;
  let kc: k8s.KubeConfig;
  let core: k8s.CoreV1Api;

  beforeAll(async () => {
    db = await createTestDatabase('rest-client-node');
    server = await startServerProcess({ databaseUrl: db.url });
    kc = new k8s.KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'capstan', server: server.baseUrl.replace('http://', 'https://'), caData: Buffer.from(await clusterCa(server)).toString('base64') }],
      users: [{ name: 'admin', token: server.token }],
      contexts: [{ name: 'capstan', cluster: 'capstan', user: 'admin' }],
      currentContext: 'capstan',
    });
    core = kc.makeApiClient(k8s.CoreV1Api);
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('creates, reads and lists pods with the typed CoreV1Api', async () => {
    const created = await core.createNamespacedPod({ namespace: 'default', body: pod('typed', { app: 'typed' }) });
    expect(created.metadata?.uid).toBeTruthy();
    expect(created.spec?.restartPolicy).toBe('Always');
    const read = await core.readNamespacedPod({ namespace: 'default', name: 'typed' });
    expect(read.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
    const list = await core.listNamespacedPod({ namespace: 'default', labelSelector: 'app=typed' });
    expect(list.items.map((p) => p.metadata?.name)).toEqual(['typed']);
    expect(list.metadata?.resourceVersion).toMatch(/^\d+$/);
  });

  it('binds a pod to a node through the pods/binding sub-resource, as a scheduler does', async () => {
    await core.createNode({ body: { metadata: { name: 'bind-target' } } });
    await core.createNamespacedPod({ namespace: 'default', body: pod('unbound') });
    await core.createNamespacedPodBinding({
      namespace: 'default',
      name: 'unbound',
      body: { metadata: { name: 'unbound' }, target: { apiVersion: 'v1', kind: 'Node', name: 'bind-target' } },
    });
    const bound = await core.readNamespacedPod({ namespace: 'default', name: 'unbound' });
    expect(bound.spec?.nodeName).toBe('bind-target');
    expect(bound.status?.conditions?.find((c) => c.type === 'PodScheduled')?.status).toBe('True');
    await core.deleteNamespacedPod({ namespace: 'default', name: 'unbound', gracePeriodSeconds: 0 });
  });

  it('reports a missing object as an ApiException with code 404 and a Status body', async () => {
    const err = await core.readNamespacedPod({ namespace: 'default', name: 'missing' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(k8s.ApiException);
    const e = err as k8s.ApiException<string>;
    expect(e.code).toBe(404);
    const status = JSON.parse(e.body);
    expect(status).toMatchObject({ kind: 'Status', reason: 'NotFound', code: 404, message: 'pods "missing" not found' });
  });

  it('an informer lists, then sees pods added, changed and deleted through GraphQL', async () => {
    const informer = k8s.makeInformer(kc, '/api/v1/namespaces/default/pods', () => core.listNamespacedPod({ namespace: 'default', labelSelector: 'app=inf' }), 'app=inf');
    const seen: string[] = [];
    informer.on('add', (p: k8s.V1Pod) => seen.push(`add ${p.metadata?.name}`));
    informer.on('update', (p: k8s.V1Pod) => seen.push(`update ${p.metadata?.name} ${p.metadata?.labels?.phase ?? ''}`));
    informer.on('delete', (p: k8s.V1Pod) => seen.push(`delete ${p.metadata?.name}`));
    const errors: unknown[] = [];
    informer.on('error', (e: unknown) => errors.push(e));

    await core.createNamespacedPod({ namespace: 'default', body: pod('before', { app: 'inf' }) });
    await informer.start();
    await waitFor('the listed pod', () => seen.includes('add before'));

    // Writes through GraphQL reach the REST watch: one store, one watch hub.
    await gql(server.url, server.token, `mutation { createPod(namespace: "default", pod: { metadata: { name: "after", labels: { app: "inf" } }, spec: { containers: [{ name: "main", image: "busybox" }] } }) { metadata { name } } }`);
    await waitFor('the added pod', () => seen.includes('add after'));
    await gql(server.url, server.token, `mutation { patchPod(namespace: "default", name: "after", patch: { metadata: { labels: { phase: "two" } } }) { metadata { name } } }`);
    await waitFor('the changed pod', () => seen.includes('update after two'));
    await core.deleteNamespacedPod({ namespace: 'default', name: 'before', gracePeriodSeconds: 0 });
    await waitFor('the deleted pod', () => seen.includes('delete before'));

    expect(informer.list('default').map((p) => p.metadata?.name).sort()).toEqual(['after']);
    // Checked before stop(): stopping aborts the open watch, which the informer reports too.
    expect(errors).toEqual([]);
    await informer.stop();
  });

  it('a watch from a compacted resourceVersion ends with a 410 Expired ERROR event', async () => {
    // What compaction leaves behind, without waiting its 5 minutes: every revision so far is gone.
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    await pool.query('UPDATE log_state SET compacted_revision = (SELECT coalesce(max(revision), 0) FROM event_log) WHERE id = 1');
    await pool.end();
    const watch = new k8s.Watch(kc);
    const events: { type: string; obj: any }[] = [];
    await new Promise<unknown>((resolve) => {
      void watch.watch('/api/v1/namespaces/default/pods', { resourceVersion: '1' }, (type, obj) => events.push({ type, obj }), resolve);
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('ERROR');
    expect(events[0]!.obj).toMatchObject({ kind: 'Status', code: 410, reason: 'Expired' });
  });
});
