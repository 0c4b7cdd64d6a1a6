/**
 * The node rules (DESIGN §7) against a real server process: a node credential reads only what
 * the pods bound to its node need, and writes only its Node, its Lease, its pods' status and
 * Events. Pods are bound by the admin (createPod with spec.nodeName), as the scheduler would.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestDatabase, gql, startServerProcess, waitFor, type ServerProcess, type TestDatabase } from './harness.ts';

const BOOTSTRAP = 'node-auth-bootstrap-token-0123456789';

const SETUP = `
apiVersion: v1
kind: Namespace
metadata: { name: apps }
---
apiVersion: v1
kind: Secret
metadata: { name: db-pass, namespace: apps }
stringData: { password: s3cret }
---
apiVersion: v1
kind: Secret
metadata: { name: tls, namespace: apps }
stringData: { cert: c }
---
apiVersion: v1
kind: Secret
metadata: { name: other-secret, namespace: apps }
stringData: { key: n2-only }
---
apiVersion: v1
kind: Secret
metadata: { name: unused, namespace: apps }
stringData: { key: nobody }
---
apiVersion: v1
kind: Secret
metadata: { name: late-secret, namespace: apps }
stringData: { key: later }
---
apiVersion: v1
kind: Secret
metadata:
  name: runner-token
  namespace: apps
  annotations: { kubernetes.io/service-account.name: runner }
type: kubernetes.io/service-account-token
stringData: { token: abc }
---
apiVersion: v1
kind: Secret
metadata:
  name: builder-token
  namespace: apps
  annotations: { kubernetes.io/service-account.name: builder }
type: kubernetes.io/service-account-token
stringData: { token: def }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: apps }
data: { mode: fast }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: other-cm, namespace: apps }
data: { mode: slow }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: runner, namespace: apps }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: builder, namespace: apps }
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, namespace: apps }
spec:
  nodeName: n1
  serviceAccountName: runner
  containers:
    - name: web
      image: busybox
      env:
        - name: PASSWORD
          valueFrom: { secretKeyRef: { name: db-pass, key: password } }
      envFrom:
        - configMapRef: { name: settings }
      volumeMounts: [{ name: certs, mountPath: /certs }]
  volumes:
    - name: certs
      secret: { secretName: tls }
---
apiVersion: v1
kind: Pod
metadata: { name: web-2, namespace: apps }
spec:
  nodeName: n1
  containers: [{ name: web, image: busybox }]
---
apiVersion: v1
kind: Pod
metadata: { name: db-1, namespace: apps }
spec:
  nodeName: n2
  serviceAccountName: builder
  containers:
    - name: db
      image: busybox
      env:
        - name: KEY
          valueFrom: { secretKeyRef: { name: other-secret, key: key } }
      volumeMounts: [{ name: conf, mountPath: /conf }]
  volumes:
    - name: conf
      configMap: { name: other-cm }
---
apiVersion: v1
kind: Pod
metadata: { name: pending-1, namespace: apps }
spec:
  containers: [{ name: web, image: busybox }]
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: apps }
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`;

let db: TestDatabase;
let server: ServerProcess;
let n1: string;
let n2: string;
const clients: Client[] = [];

type Outcome = { data?: any; code?: string; message?: string };

/** The data, or the error code and message, of one request. */
async function run(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  try {
    return { data: await gql(server.url, token, query, variables) };
  } catch (err) {
    const e = err as Error & { code?: string };
    return { code: e.code ?? 'NONE', message: e.message };
  }
}

async function ok(token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await run(token, query, variables);
  if (r.code) throw new Error(`expected success, got ${r.code}: ${r.message}`);
  return r.data;
}

async function codeOf(token: string, query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
  return (await run(token, query, variables)).code;
}

function wsClient(token: string): Client {
  const c = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  clients.push(c);
  return c;
}

/** Subscribes and collects events until the first BOOKMARK, or the error that ended it. */
function watchUntilBookmark(token: string, query: string): Promise<{ events: any[]; error?: { code?: string; message: string } }> {
  const client = wsClient(token);
  const events: any[] = [];
  return new Promise((resolve) => {
    const stop = client.subscribe(
      { query },
      {
        next: (r) => {
          const e = Object.values(r.data ?? {})[0] as any;
          if (e?.type === 'BOOKMARK') {
            stop();
            resolve({ events });
          } else if (e) events.push(e);
        },
        error: (err) => {
          const first = Array.isArray(err) ? err[0] : err;
          resolve({ events, error: { code: first?.extensions?.code, message: String(first?.message ?? first) } });
        },
        complete: () => resolve({ events }),
      },
    );
  });
}

const GET_POD = `query($n: String!) { pod(namespace: "apps", name: $n) { metadata { name } spec { nodeName } } }`;
const GET_SECRET = `query($n: String!) { secret(namespace: "apps", name: $n) { metadata { name } data } }`;
const GET_CM = `query($n: String!) { configMap(namespace: "apps", name: $n) { metadata { name } data } }`;
const GET_SA = `query($n: String!) { serviceAccount(namespace: "apps", name: $n) { metadata { name } } }`;
const LIST_PODS = `query($ns: String, $f: String) { pods(namespace: $ns, fieldSelector: $f) { items { metadata { name } } } }`;
const POD_STATUS = `mutation($n: String!) { updatePodStatus(namespace: "apps", name: $n, status: { phase: Running, podIP: "127.64.1.2" }) { status { phase } } }`;
const LEASE = (name: string, ns = 'kube-node-lease') =>
  `mutation { createLease(namespace: "${ns}", lease: { metadata: { name: "${name}" }, spec: { holderIdentity: "${name}", leaseDurationSeconds: 40 } }) { metadata { name } } }`;

beforeAll(async () => {
  db = await createTestDatabase('node_auth');
  server = await startServerProcess(db.url, { CAPSTAN_BOOTSTRAP_TOKEN: BOOTSTRAP });
  await ok(server.token, `mutation($m: String!) { apply(manifests: $m) { name } }`, { m: SETUP });
  const join = async (name: string) => (await ok(BOOTSTRAP, `mutation($n: String!) { joinNode(nodeName: $n) { token } }`, { n: name })).joinNode.token as string;
  n1 = await join('n1');
  n2 = await join('n2');
}, 90_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server?.stop();
  await db?.drop();
});

describe('a node credential', () => {
  it("cannot read another node's pods or any Secret its pods do not reference, and cannot update another node's pod status", async () => {
    expect(await codeOf(n1, GET_POD, { n: 'db-1' })).toBe('FORBIDDEN');
    expect(await codeOf(n1, GET_POD, { n: 'pending-1' })).toBe('FORBIDDEN');
    expect(await codeOf(n1, GET_SECRET, { n: 'other-secret' })).toBe('FORBIDDEN');
    expect(await codeOf(n1, GET_SECRET, { n: 'unused' })).toBe('FORBIDDEN');
    expect(await codeOf(n1, GET_SECRET, { n: 'builder-token' })).toBe('FORBIDDEN');
    expect(await codeOf(n1, GET_CM, { n: 'other-cm' })).toBe('FORBIDDEN');
    expect(await codeOf(n1, GET_SA, { n: 'builder' })).toBe('FORBIDDEN');
    expect(await codeOf(n1, `{ secrets(namespace: "apps") { items { metadata { name } } } }`)).toBe('FORBIDDEN');
    expect(await codeOf(n1, `{ configMaps(namespace: "apps") { items { metadata { name } } } }`)).toBe('FORBIDDEN');
    expect(await codeOf(n1, POD_STATUS, { n: 'db-1' })).toBe('FORBIDDEN');
    // The other node may do all of this for its own pod.
    expect((await ok(n2, GET_SECRET, { n: 'other-secret' })).secret.metadata.name).toBe('other-secret');
    expect((await ok(n2, POD_STATUS, { n: 'db-1' })).updatePodStatus.status.phase).toBe('Running');
  });

  it('reads its own pods with get, list and watch by its field selector', async () => {
    expect((await ok(n1, GET_POD, { n: 'web-1' })).pod.spec.nodeName).toBe('n1');
    const all = await ok(n1, LIST_PODS, { f: 'spec.nodeName=n1' });
    expect(all.pods.items.map((p: any) => p.metadata.name).sort()).toEqual(['web-1', 'web-2']);
    const inApps = await ok(n1, LIST_PODS, { ns: 'apps', f: 'spec.nodeName=n1,status.phase!=Succeeded' });
    expect(inApps.pods.items).toHaveLength(2);
    const watched = await watchUntilBookmark(n1, `subscription { watchPods(fieldSelector: "spec.nodeName=n1", sendInitialEvents: true) { type resourceVersion object { metadata { name } } } }`);
    expect(watched.error).toBeUndefined();
    expect(watched.events.map((e) => e.object.metadata.name).sort()).toEqual(['web-1', 'web-2']);
  });

  it('may not list pods without its field selector, nor watch another node\u2019s pods', async () => {
    const unselected = await run(n1, LIST_PODS, {});
    expect(unselected.code).toBe('FORBIDDEN');
    expect(unselected.message).toContain('spec.nodeName=n1');
    expect(await codeOf(n1, LIST_PODS, { f: 'spec.nodeName=n2' })).toBe('FORBIDDEN');
    expect(await codeOf(n1, LIST_PODS, { f: 'spec.nodeName!=n1' })).toBe('FORBIDDEN');
    const watched = await watchUntilBookmark(n1, `subscription { watchPods(fieldSelector: "spec.nodeName=n2", sendInitialEvents: true) { type object { metadata { name } } } }`);
    expect(watched.events).toEqual([]);
    expect(watched.error?.code).toBe('FORBIDDEN');
    const unfiltered = await watchUntilBookmark(n1, `subscription { watchPods(sendInitialEvents: true) { type } }`);
    expect(unfiltered.error?.code).toBe('FORBIDDEN');
  });

  it('reads the Secrets, ConfigMaps and ServiceAccount its pods reference, and its account\u2019s token Secret', async () => {
    expect((await ok(n1, GET_SECRET, { n: 'db-pass' })).secret.metadata.name).toBe('db-pass');
    expect((await ok(n1, GET_SECRET, { n: 'tls' })).secret.metadata.name).toBe('tls');
    expect((await ok(n1, GET_SECRET, { n: 'runner-token' })).secret.metadata.name).toBe('runner-token');
    expect((await ok(n1, GET_CM, { n: 'settings' })).configMap.data).toEqual({ mode: 'fast' });
    expect((await ok(n1, GET_SA, { n: 'runner' })).serviceAccount.metadata.name).toBe('runner');
  });

  it('reads the Secret of a pod bound to it a moment ago within a second', async () => {
    expect(await codeOf(n1, GET_SECRET, { n: 'late-secret' })).toBe('FORBIDDEN');
    const pod = {
      metadata: { name: 'late-1' },
      spec: { nodeName: 'n1', containers: [{ name: 'c', image: 'busybox', env: [{ name: 'K', valueFrom: { secretKeyRef: { name: 'late-secret', key: 'key' } } }] }] },
    };
    await ok(server.token, `mutation($p: PodInput!) { createPod(namespace: "apps", pod: $p) { metadata { name } } }`, { p: pod });
    const bound = Date.now();
    await waitFor('late-secret to become readable', async () => (await run(n1, GET_SECRET, { n: 'late-secret' })).data?.secret, 1_500, 20);
    expect(Date.now() - bound).toBeLessThan(1_500);
  });

  it('writes the status of its own pods and confirms their deletion', async () => {
    expect((await ok(n1, POD_STATUS, { n: 'web-2' })).updatePodStatus.status.phase).toBe('Running');
    const del = `mutation($n: String!) { deletePod(namespace: "apps", name: $n, gracePeriodSeconds: 0) { metadata { name } } }`;
    expect(await codeOf(n1, del, { n: 'db-1' })).toBe('FORBIDDEN');
    await ok(n1, del, { n: 'web-2' });
    expect((await ok(server.token, GET_POD, { n: 'web-2' })).pod).toBeNull();
  });

  it('may not create, replace or patch pods', async () => {
    const pod = { metadata: { name: 'sneaky' }, spec: { nodeName: 'n1', containers: [{ name: 'c', image: 'busybox' }] } };
    expect(await codeOf(n1, `mutation($p: PodInput!) { createPod(namespace: "apps", pod: $p) { metadata { name } } }`, { p: pod })).toBe('FORBIDDEN');
    expect(await codeOf(n1, `mutation { patchPod(namespace: "apps", name: "web-1", patch: { metadata: { labels: { x: "y" } } }) { metadata { name } } }`)).toBe('FORBIDDEN');
    expect(await codeOf(n1, `mutation($p: PodInput!) { replacePod(namespace: "apps", name: "web-1", pod: $p) { metadata { name } } }`, { p: { ...pod, metadata: { name: 'web-1' } } })).toBe('FORBIDDEN');
  });

  it('registers, updates and patches its own Node, reads every Node, and may not touch another', async () => {
    await ok(n1, `mutation { createNode(node: { metadata: { name: "n1" } }) { metadata { name } } }`);
    await ok(n2, `mutation { createNode(node: { metadata: { name: "n2" } }) { metadata { name } } }`);
    await ok(n1, `mutation { updateNodeStatus(name: "n1", status: { capacity: { cpu: "2", pods: "110" } }) { metadata { name } } }`);
    await ok(n1, `mutation { patchNode(name: "n1", patch: { metadata: { labels: { zone: "a" } } }) { metadata { name } } }`);
    expect((await ok(n1, `{ nodes { items { metadata { name } } } }`)).nodes.items).toHaveLength(2);
    expect((await ok(n1, `{ node(name: "n2") { metadata { name } } }`)).node.metadata.name).toBe('n2');
    expect(await codeOf(n1, `mutation { patchNode(name: "n2", patch: { metadata: { labels: { zone: "b" } } }) { metadata { name } } }`)).toBe('FORBIDDEN');
    expect(await codeOf(n1, `mutation { updateNodeStatus(name: "n2", status: { capacity: { cpu: "1" } }) { metadata { name } } }`)).toBe('FORBIDDEN');
    expect(await codeOf(n1, `mutation { createNode(node: { metadata: { name: "n3" } }) { metadata { name } } }`)).toBe('FORBIDDEN');
    expect(await codeOf(n1, `mutation { deleteNode(name: "n1") { metadata { name } } }`)).toBe('FORBIDDEN');
  });

  it('writes only its own Lease in kube-node-lease', async () => {
    await ok(n1, LEASE('n1'));
    expect((await ok(n1, `{ lease(namespace: "kube-node-lease", name: "n1") { spec { holderIdentity } } }`)).lease.spec.holderIdentity).toBe('n1');
    await ok(n1, `mutation { patchLease(namespace: "kube-node-lease", name: "n1", patch: { spec: { renewTime: "2026-11-25T13:00:00.000000Z" } }) { metadata { name } } }`);
    expect(await codeOf(n1, LEASE('n2'))).toBe('FORBIDDEN');
    await ok(n2, LEASE('n2'));
    expect(await codeOf(n1, `mutation { patchLease(namespace: "kube-node-lease", name: "n2", patch: { spec: { holderIdentity: "n1" } }) { metadata { name } } }`)).toBe('FORBIDDEN');
    expect(await codeOf(n1, LEASE('n1', 'apps'))).toBe('FORBIDDEN');
    expect(await codeOf(n1, `{ leases(namespace: "kube-node-lease") { items { metadata { name } } } }`)).toBe('FORBIDDEN');
  });

  it('reads Services, Endpoints and Namespaces, and records Events', async () => {
    expect((await ok(n1, `{ services(namespace: "apps") { items { metadata { name } } } }`)).services.items).toHaveLength(1);
    expect((await ok(n1, `{ service(namespace: "apps", name: "web") { metadata { name } } }`)).service.metadata.name).toBe('web');
    expect((await ok(n1, `{ endpointsList { items { metadata { name } } } }`)).endpointsList.items).toBeDefined();
    expect((await ok(n1, `{ namespaces { items { metadata { name } } } }`)).namespaces.items.map((n: any) => n.metadata.name)).toContain('apps');
    const watched = await watchUntilBookmark(n1, `subscription { watchServices(sendInitialEvents: true) { type object { metadata { name } } } }`);
    expect(watched.events.map((e) => e.object.metadata.name)).toEqual(['web']);
    await ok(
      n1,
      `mutation { createEvent(namespace: "apps", event: { metadata: { name: "web-1.started" }, involvedObject: { kind: "Pod", namespace: "apps", name: "web-1" }, reason: "Started", message: "Started container web", type: "Normal", source: { component: "kubelet", host: "n1" } }) { metadata { name } } }`,
    );
    expect(await codeOf(n1, `mutation { createService(namespace: "apps", service: { metadata: { name: "x" }, spec: { ports: [{ port: 1 }] } }) { metadata { name } } }`)).toBe('FORBIDDEN');
    expect(await codeOf(n1, `mutation { createSecret(namespace: "apps", secret: { metadata: { name: "x" } }) { metadata { name } } }`)).toBe('FORBIDDEN');
    expect(await codeOf(n1, `{ deployments { items { metadata { name } } } }`)).toBe('FORBIDDEN');
  });
});
