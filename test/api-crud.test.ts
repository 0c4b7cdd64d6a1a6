/**
 * The GraphQL API end to end on a real server and a real Postgres: CRUD of several kinds, list
 * paging and selectors, apply, scale, status writes, delete, history, and watches.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../server/main.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const TOKEN = 'test-admin';
let db: TestDatabase;
let server: RunningServer;

interface GqlError {
  message: string;
  extensions: { code: string; field?: string; fields?: { field: string; message: string }[] };
}

async function request(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: GqlError[] }> {
  const r = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()) as { data?: any; errors?: GqlError[] };
}

/** The data of a query that must succeed. */
async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const body = await request(query, variables);
  if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The first error of a query that must fail. */
async function fails(query: string, variables: Record<string, unknown> = {}): Promise<GqlError> {
  const body = await request(query, variables);
  expect(body.errors, `expected an error, got ${JSON.stringify(body.data)}`).toBeDefined();
  return body.errors![0]!;
}

const META = 'metadata { name namespace resourceVersion generation uid labels annotations }';

beforeAll(async () => {
  db = await createTestDatabase('api_crud');
  server = await startServer({ databaseUrl: db.url, listen: '127.0.0.1:0', adminToken: TOKEN, logLevel: process.env.TEST_LOG_LEVEL ?? 'silent', limits: { maxListLimit: 50 } });
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('ConfigMap CRUD', () => {
  const CREATE = `mutation($cm: ConfigMapInput!) { createConfigMap(namespace: "default", configMap: $cm) { ${META} data } }`;

  it('creates an object and reads it back with server-set metadata', async () => {
    const { createConfigMap: cm } = await ok(CREATE, { cm: { metadata: { name: 'settings', labels: { app: 'web' } }, data: { color: 'blue' } } });
    expect(cm.metadata).toMatchObject({ name: 'settings', namespace: 'default', labels: { app: 'web' } });
    expect(cm.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    const { configMap } = await ok(`{ configMap(namespace: "default", name: "settings") { ${META} data } }`);
    expect(configMap).toEqual(cm);
  });

  it('answers null for an object that does not exist', async () => {
    expect((await ok(`{ configMap(namespace: "default", name: "nothing") { metadata { name } } }`)).configMap).toBeNull();
  });

  it('refuses to create an object twice with ALREADY_EXISTS', async () => {
    const e = await fails(CREATE, { cm: { metadata: { name: 'settings' } } });
    expect(e.extensions.code).toBe('ALREADY_EXISTS');
    expect(e.message).toContain('settings');
  });

  it('replaces with a current resourceVersion and refuses a stale one with CONFLICT', async () => {
    const { configMap } = await ok(`{ configMap(namespace: "default", name: "settings") { metadata { name resourceVersion labels } } }`);
    const REPLACE = `mutation($cm: ConfigMapInput!) { replaceConfigMap(namespace: "default", name: "settings", configMap: $cm) { ${META} data } }`;
    const { replaceConfigMap } = await ok(REPLACE, { cm: { metadata: configMap.metadata, data: { color: 'green' } } });
    expect(replaceConfigMap.data).toEqual({ color: 'green' });
    expect(BigInt(replaceConfigMap.metadata.resourceVersion)).toBeGreaterThan(BigInt(configMap.metadata.resourceVersion));
    const e = await fails(REPLACE, { cm: { metadata: configMap.metadata, data: { color: 'red' } } });
    expect(e.extensions.code).toBe('CONFLICT');
  });

  it('applies a JSON merge patch, where null removes a key', async () => {
    const { patchConfigMap } = await ok(
      `mutation($p: JSON!) { patchConfigMap(namespace: "default", name: "settings", patch: $p) { data metadata { labels } } }`,
      { p: { data: { size: 'xl', color: null }, metadata: { labels: { tier: 'front' } } } },
    );
    expect(patchConfigMap.data).toEqual({ size: 'xl' });
    expect(patchConfigMap.metadata.labels).toEqual({ app: 'web', tier: 'front' });
  });

  it('answers NOT_FOUND when replacing or patching an object that does not exist', async () => {
    const e = await fails(`mutation { patchConfigMap(namespace: "default", name: "ghost", patch: { data: { a: "b" } }) { metadata { name } } }`);
    expect(e.extensions.code).toBe('NOT_FOUND');
  });

  it('deletes an object, returning it as it was deleted', async () => {
    const { deleteConfigMap } = await ok(`mutation { deleteConfigMap(namespace: "default", name: "settings") { metadata { name } data } }`);
    expect(deleteConfigMap).toEqual({ metadata: { name: 'settings' }, data: { size: 'xl' } });
    expect((await ok(`{ configMap(namespace: "default", name: "settings") { metadata { name } } }`)).configMap).toBeNull();
  });

  it('keeps every write of an object in its history, deletion included', async () => {
    const { history } = await ok(`{ history(kind: "ConfigMap", namespace: "default", name: "settings") { revision type timestamp object } }`);
    expect(history.map((h: { type: string }) => h.type)).toEqual(['ADDED', 'MODIFIED', 'MODIFIED', 'DELETED']);
    const revisions = history.map((h: { revision: string }) => BigInt(h.revision));
    expect(revisions).toEqual([...revisions].sort((a, b) => (a < b ? -1 : 1)));
    expect(history[1].object.data).toEqual({ color: 'green' });
    expect(Date.parse(history[0].timestamp)).not.toBeNaN();
  });
});

describe('Pods, Nodes and status writes', () => {
  it('creates a pod with a typed spec, Kubernetes defaults filled in', async () => {
    const { createPod } = await ok(
      `mutation($pod: PodInput!) { createPod(namespace: "default", pod: $pod) {
        metadata { name } spec { restartPolicy terminationGracePeriodSeconds nodeSelector
          containers { name image ports { containerPort protocol } env { name value valueFrom { fieldRef { fieldPath } } }
            resources { requests limits } readinessProbe { httpGet { port path } periodSeconds } }
          tolerations { key operator effect } affinity { nodeAffinity { requiredDuringSchedulingIgnoredDuringExecution { nodeSelectorTerms { matchExpressions { key operator values } } } } } }
        status { phase } } }`,
      {
        pod: {
          metadata: { name: 'web-1', labels: { app: 'web' } },
          spec: {
            nodeSelector: { disk: 'ssd' },
            containers: [
              {
                name: 'main',
                image: 'busybox',
                ports: [{ containerPort: 8080 }],
                env: [{ name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }],
                resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '1' } },
                readinessProbe: { httpGet: { port: 'http', path: '/ready' } },
              },
            ],
            tolerations: [{ key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' }],
            affinity: {
              nodeAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a', 'b'] }] }] },
              },
            },
          },
        },
      },
    );
    expect(createPod.spec.restartPolicy).toBe('Always');
    expect(createPod.spec.terminationGracePeriodSeconds).toBe(30);
    expect(createPod.spec.containers[0].ports[0]).toEqual({ containerPort: 8080, protocol: 'TCP' });
    expect(createPod.spec.containers[0].readinessProbe.httpGet.port).toBe('http');
    expect(createPod.spec.containers[0].resources.requests).toEqual({ cpu: '100m', memory: '64Mi' });
    expect(createPod.status.phase).toBe('Pending');
  });

  it('writes pod status only through updatePodStatus, with container states', async () => {
    const status = {
      phase: 'Running',
      podIP: '127.64.0.5',
      hostIP: '127.0.0.1',
      startTime: '2026-01-01T00:00:00Z',
      conditions: [{ type: 'Ready', status: 'True' }],
      containerStatuses: [{ name: 'main', ready: true, restartCount: 2, state: { running: { startedAt: '2026-01-01T00:00:01Z' } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }],
    };
    const { updatePodStatus } = await ok(
      `mutation($s: PodStatusInput!) { updatePodStatus(namespace: "default", name: "web-1", status: $s) {
        status { phase podIP conditions { type status } containerStatuses { name ready restartCount state { running { startedAt } } lastState { terminated { exitCode reason } } } } } }`,
      { s: status },
    );
    expect(updatePodStatus.status).toMatchObject({ phase: 'Running', podIP: '127.64.0.5', conditions: [{ type: 'Ready', status: 'True' }] });
    expect(updatePodStatus.status.containerStatuses[0]).toEqual({
      name: 'main',
      ready: true,
      restartCount: 2,
      state: { running: { startedAt: '2026-01-01T00:00:01Z' } },
      lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } },
    });
    // A patch through the main resource leaves status alone.
    const { patchPod } = await ok(`mutation { patchPod(namespace: "default", name: "web-1", patch: { metadata: { labels: { v: "2" } }, status: { phase: "Failed" } }) { status { phase } } }`);
    expect(patchPod.status.phase).toBe('Running');
  });

  it('refuses a status write with a stale resourceVersion', async () => {
    const e = await fails(`mutation { updatePodStatus(namespace: "default", name: "web-1", status: { phase: Succeeded }, resourceVersion: "1") { metadata { name } } }`);
    expect(e.extensions.code).toBe('CONFLICT');
  });

  it('handles the cluster-scoped Node, its taints and its status', async () => {
    await ok(`mutation { createNode(node: { metadata: { name: "n1", labels: { disk: "ssd" } }, spec: { taints: [{ key: "dedicated", value: "db", effect: NoSchedule }] } }) { metadata { name } } }`);
    await ok(`mutation { createNode(node: { metadata: { name: "n2" } }) { metadata { name } } }`);
    const { updateNodeStatus } = await ok(
      `mutation($s: NodeStatusInput!) { updateNodeStatus(name: "n1", status: $s) { metadata { name namespace } spec { taints { key value effect } } status { capacity allocatable conditions { type status } addresses { type address } nodeInfo { architecture } } } }`,
      {
        s: {
          capacity: { cpu: '4', memory: '8Gi', pods: '110' },
          allocatable: { cpu: '4', memory: '8Gi', pods: '110' },
          conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: '2026-01-01T00:00:00Z' }],
          addresses: [{ type: 'InternalIP', address: '127.0.0.1' }],
          nodeInfo: { architecture: 'amd64', operatingSystem: 'linux' },
        },
      },
    );
    expect(updateNodeStatus.metadata.namespace).toBeNull();
    expect(updateNodeStatus.spec.taints).toEqual([{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }]);
    expect(updateNodeStatus.status.capacity).toEqual({ cpu: '4', memory: '8Gi', pods: '110' });
    const { nodes } = await ok(`{ nodes(fieldSelector: "metadata.name=n1") { items { metadata { name } } } }`);
    expect(nodes.items).toEqual([{ metadata: { name: 'n1' } }]);
  });

  it('deletes a pod bound to no node at once, honouring gracePeriodSeconds and propagationPolicy arguments', async () => {
    const { deletePod } = await ok(`mutation { deletePod(namespace: "default", name: "web-1", gracePeriodSeconds: 0, propagationPolicy: Background) { metadata { name } } }`);
    expect(deletePod.metadata.name).toBe('web-1');
    expect((await ok(`{ pod(namespace: "default", name: "web-1") { metadata { name } } }`)).pod).toBeNull();
  });
});

describe('pod templates', () => {
  it('answer a template metadata without a name as null, not as an error', async () => {
    await ok(`mutation { apply(manifests: """
apiVersion: apps/v1
kind: Deployment
metadata: { name: tpl }
spec:
  selector: { matchLabels: { app: tpl } }
  template:
    metadata: { labels: { app: tpl } }
    spec: { containers: [{ name: c, image: busybox }] }
""") { action } }`);
    const { deployment } = await ok(`{ deployment(namespace: "default", name: "tpl") { spec { template { metadata { name labels } } } } }`);
    expect(deployment.spec.template.metadata).toEqual({ name: null, labels: { app: 'tpl' } });
  });
});

describe('lists', () => {
  beforeAll(async () => {
    await ok(`mutation { createNamespace(namespace: { metadata: { name: "paging" } }) { metadata { name } } }`);
    for (let i = 0; i < 7; i++) {
      const tier = i < 3 ? 'web' : i < 5 ? 'db' : undefined;
      await ok(`mutation($cm: ConfigMapInput!) { createConfigMap(namespace: "paging", configMap: $cm) { metadata { name } } }`, {
        cm: { metadata: { name: `cm-${i}`, labels: tier ? { tier } : { other: 'x' } } },
      });
    }
  });

  const names = (list: { items: { metadata: { name: string } }[] }) => list.items.map((i) => i.metadata.name).sort();

  it('pages with limit and continue, each page carrying the list resourceVersion', async () => {
    const LIST = `query($c: String) { configMaps(namespace: "paging", limit: 3, continue: $c) { items { metadata { name } } metadata { resourceVersion continue } } }`;
    const seen: string[] = [];
    let cont: string | null = null;
    let pages = 0;
    do {
      const { configMaps } = await ok(LIST, { c: cont });
      expect(configMaps.metadata.resourceVersion).toMatch(/^\d+$/);
      expect(configMaps.items.length).toBeLessThanOrEqual(3);
      seen.push(...configMaps.items.map((i: { metadata: { name: string } }) => i.metadata.name));
      cont = configMaps.metadata.continue;
      pages++;
    } while (cont);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(['cm-0', 'cm-1', 'cm-2', 'cm-3', 'cm-4', 'cm-5', 'cm-6']);
  });

  it('caps a limit above the maximum to the maximum', async () => {
    for (let i = 0; i < 55; i++) {
      await ok(`mutation($cm: ConfigMapInput!) { createConfigMap(namespace: "default", configMap: $cm) { metadata { name } } }`, { cm: { metadata: { name: `bulk-${i}` } } });
    }
    const { configMaps } = await ok(`{ configMaps(namespace: "default", limit: 1000) { items { metadata { name } } metadata { continue } } }`);
    expect(configMaps.items).toHaveLength(50);
    expect(configMaps.metadata.continue).toBeTruthy();
  });

  it('filters with equality and set-based label selectors', async () => {
    const list = async (sel: string) => names((await ok(`query($s: String) { configMaps(namespace: "paging", labelSelector: $s) { items { metadata { name } } } }`, { s: sel })).configMaps);
    expect(await list('tier=web')).toEqual(['cm-0', 'cm-1', 'cm-2']);
    expect(await list('tier!=web')).toEqual(['cm-3', 'cm-4', 'cm-5', 'cm-6']);
    expect(await list('tier in (web,db)')).toEqual(['cm-0', 'cm-1', 'cm-2', 'cm-3', 'cm-4']);
    expect(await list('tier notin (web),tier')).toEqual(['cm-3', 'cm-4']);
    expect(await list('!tier')).toEqual(['cm-5', 'cm-6']);
  });

  it('filters pods with field selectors on spec.nodeName and status.phase', async () => {
    const pod = (name: string, nodeName?: string) => ({ metadata: { name }, spec: { ...(nodeName ? { nodeName } : {}), containers: [{ name: 'c', image: 'busybox' }] } });
    for (const [name, node] of [['p-a', 'n1'], ['p-b', 'n2'], ['p-c', undefined]] as const) {
      await ok(`mutation($p: PodInput!) { createPod(namespace: "paging", pod: $p) { metadata { name } } }`, { p: pod(name, node) });
    }
    await ok(`mutation { updatePodStatus(namespace: "paging", name: "p-b", status: { phase: Running }) { metadata { name } } }`);
    const list = async (sel: string) => names((await ok(`query($s: String) { pods(namespace: "paging", fieldSelector: $s) { items { metadata { name } } } }`, { s: sel })).pods);
    expect(await list('spec.nodeName=n1')).toEqual(['p-a']);
    expect(await list('spec.nodeName=')).toEqual(['p-c']);
    expect(await list('status.phase=Running')).toEqual(['p-b']);
    expect(await list('status.phase!=Running,metadata.name!=p-c')).toEqual(['p-a']);
  });

  it('lists across all namespaces when no namespace is given', async () => {
    const { pods } = await ok(`{ pods(labelSelector: "") { items { metadata { namespace name } } } }`);
    expect(pods.items.every((p: { metadata: { namespace: string } }) => p.metadata.namespace === 'paging')).toBe(true);
    const { configMaps } = await ok(`{ configMaps(fieldSelector: "metadata.name=cm-0") { items { metadata { namespace } } } }`);
    expect(configMaps.items).toEqual([{ metadata: { namespace: 'paging' } }]);
  });
});

describe('apply', () => {
  const manifest = (replicas: number, extraLabel = true) => `
apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app: web
${extraLabel ? '    team: blue\n' : ''}spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: busybox
          ports:
            - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
---
`;
  const APPLY = `mutation($m: String!, $dry: Boolean) { apply(manifests: $m, dryRun: $dry) { kind namespace name action } }`;
  const actions = (r: { apply: { kind: string; action: string }[] }) => r.apply.map((a) => `${a.kind}:${a.action}`);

  it('reports CREATED on a dry run and writes nothing', async () => {
    expect(actions(await ok(APPLY, { m: manifest(2), dry: true }))).toEqual(['Namespace:CREATED', 'Deployment:CREATED', 'Service:CREATED']);
    expect((await ok(`{ namespace(name: "shop") { metadata { name } } }`)).namespace).toBeNull();
  });

  it('creates every object, a namespace before what lives in it', async () => {
    const r = await ok(APPLY, { m: manifest(2) });
    expect(r.apply).toEqual([
      { kind: 'Namespace', namespace: null, name: 'shop', action: 'CREATED' },
      { kind: 'Deployment', namespace: 'shop', name: 'web', action: 'CREATED' },
      { kind: 'Service', namespace: 'shop', name: 'web', action: 'CREATED' },
    ]);
    const { deployment } = await ok(`{ deployment(namespace: "shop", name: "web") { spec { replicas strategy { type rollingUpdate { maxSurge maxUnavailable } } } } }`);
    expect(deployment.spec).toEqual({ replicas: 2, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } } });
    const { service } = await ok(`{ service(namespace: "shop", name: "web") { spec { type ports { port targetPort protocol } } } }`);
    expect(service.spec.ports).toEqual([{ port: 80, targetPort: 8080, protocol: 'TCP' }]);
  });

  it('reports UNCHANGED when the same manifest is applied again, and writes nothing', async () => {
    const before = (await ok(`{ deployment(namespace: "shop", name: "web") { metadata { resourceVersion } } }`)).deployment.metadata.resourceVersion;
    expect(actions(await ok(APPLY, { m: manifest(2) }))).toEqual(['Namespace:UNCHANGED', 'Deployment:UNCHANGED', 'Service:UNCHANGED']);
    const after = (await ok(`{ deployment(namespace: "shop", name: "web") { metadata { resourceVersion } } }`)).deployment.metadata.resourceVersion;
    expect(after).toBe(before);
  });

  it('reports CONFIGURED for a changed object, removes what the manifest dropped and keeps what others set', async () => {
    await ok(`mutation($p: JSON!) { patchDeployment(namespace: "shop", name: "web", patch: $p) { metadata { name } } }`, {
      p: { metadata: { annotations: { 'owner.example.com/note': 'kept' } } },
    });
    expect(actions(await ok(APPLY, { m: manifest(4, false) }))).toEqual(['Namespace:UNCHANGED', 'Deployment:CONFIGURED', 'Service:UNCHANGED']);
    const { deployment } = await ok(`{ deployment(namespace: "shop", name: "web") { metadata { labels annotations generation } spec { replicas } } }`);
    expect(deployment.spec.replicas).toBe(4);
    expect(deployment.metadata.labels).toEqual({ app: 'web' });
    expect(deployment.metadata.annotations['owner.example.com/note']).toBe('kept');
    expect(deployment.metadata.generation).toBe(2);
  });

  it('uses the namespace argument for documents that name none', async () => {
    const m = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-arg\ndata:\n  mode: "0644"\n`;
    const { apply } = await ok(`mutation($m: String!) { apply(manifests: $m, namespace: "paging") { namespace name action } }`, { m });
    expect(apply).toEqual([{ namespace: 'paging', name: 'from-arg', action: 'CREATED' }]);
  });
});

describe('scale', () => {
  it('sets replicas of a Deployment and reports its scale with the selector', async () => {
    const { scale } = await ok(`mutation { scale(kind: Deployment, namespace: "shop", name: "web", replicas: 7) { kind metadata { name } spec { replicas } status { replicas selector } } }`);
    expect(scale).toEqual({ kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 7 }, status: { replicas: 0, selector: 'app=web' } });
    expect((await ok(`{ deployment(namespace: "shop", name: "web") { spec { replicas } } }`)).deployment.spec.replicas).toBe(7);
  });

  it('refuses negative replicas with INVALID', async () => {
    const e = await fails(`mutation { scale(kind: Deployment, namespace: "shop", name: "web", replicas: -1) { spec { replicas } } }`);
    expect(e.extensions.code).toBe('INVALID');
    expect(e.extensions.field).toBe('replicas');
  });

  it('writes Deployment status through its status sub-resource', async () => {
    const { updateDeploymentStatus } = await ok(
      `mutation { updateDeploymentStatus(namespace: "shop", name: "web", status: { replicas: 7, readyReplicas: 3, conditions: [{ type: "Available", status: False, reason: "MinimumReplicasUnavailable" }] }) { status { replicas readyReplicas conditions { type status reason } } } }`,
    );
    expect(updateDeploymentStatus.status).toEqual({ replicas: 7, readyReplicas: 3, conditions: [{ type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' }] });
  });
});

describe('watches over graphql-ws', () => {
  const clients: Client[] = [];
  afterAll(async () => {
    for (const c of clients) await c.dispose();
  });

  function watch(query: string) {
    const events: any[] = [];
    let completed = false;
    let error: unknown;
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
    clients.push(client);
    client.subscribe(
      { query },
      { next: (r) => events.push(r.data ?? r), error: (e) => (error = e), complete: () => (completed = true) },
    );
    return {
      events,
      get completed() {
        return completed;
      },
      get error() {
        return error;
      },
      async until(pred: () => boolean) {
        const deadline = Date.now() + 10_000;
        while (!pred()) {
          if (Date.now() > deadline) throw new Error(`timed out; events ${JSON.stringify(events)}, error ${JSON.stringify(error)}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      },
    };
  }

  it('sends the current state as ADDED, a BOOKMARK, then live changes', async () => {
    const w = watch(`subscription { watchConfigMaps(namespace: "paging", labelSelector: "tier=web") { type resourceVersion object { metadata { name } data } } }`);
    await w.until(() => w.events.some((e) => e.watchConfigMaps.type === 'BOOKMARK'));
    const initial = w.events.map((e) => e.watchConfigMaps);
    expect(initial.slice(0, 3).map((e) => `${e.type}:${e.object.metadata.name}`).sort()).toEqual(['ADDED:cm-0', 'ADDED:cm-1', 'ADDED:cm-2']);
    expect(initial[3]).toMatchObject({ type: 'BOOKMARK', object: null });
    await ok(`mutation { patchConfigMap(namespace: "paging", name: "cm-1", patch: { data: { live: "yes" } }) { metadata { name } } }`);
    await w.until(() => w.events.length > 4);
    expect(w.events[4].watchConfigMaps).toMatchObject({ type: 'MODIFIED', object: { metadata: { name: 'cm-1' }, data: { live: 'yes' } } });
  });

  it('ends a watch with INVALID when its selector does not parse', async () => {
    const w = watch(`subscription { watchPods(fieldSelector: "spec.color=red") { type } }`);
    await w.until(() => w.error !== undefined);
    expect(JSON.stringify(w.error)).toContain('INVALID');
  });

  it('completes every live watch when the server shuts down', async () => {
    const w = watch(`subscription { watchNodes { type object { metadata { name } } } }`);
    await w.until(() => w.events.some((e) => e.watchNodes.type === 'BOOKMARK'));
    await server.close();
    await w.until(() => w.completed);
    expect(w.error).toBeUndefined();
  });
});
