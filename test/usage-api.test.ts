/**
 * The usage API against two real API server processes on one database: what a node reports to
 * one server, the other serves (GraphQL podMetrics/nodeMetrics and REST metrics.k8s.io), and the
 * rules on who may report what, which rows are served, and who may read them.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, gql, startServerProcess, type ServerProcess, type TestDatabase } from './harness.ts';

const BOOTSTRAP = 'usageb.0123456789abcdef';

const SETUP = `
apiVersion: v1
kind: Namespace
metadata: { name: apps }
---
apiVersion: v1
kind: Node
metadata: { name: n1, labels: { pool: blue } }
---
apiVersion: v1
kind: Node
metadata: { name: n2, labels: { pool: green } }
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, namespace: apps, labels: { app: web } }
spec: { nodeName: n1, containers: [{ name: web, image: busybox, command: [sleep, "1000"] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web-2, namespace: apps, labels: { app: web } }
spec: { nodeName: n1, containers: [{ name: web, image: busybox, command: [sleep, "1000"] }, { name: side, image: busybox, command: [sleep, "1000"] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: db-1, namespace: apps, labels: { app: db } }
spec: { nodeName: n2, containers: [{ name: db, image: busybox, command: [sleep, "1000"] }] }
`;

const REPORT = `mutation($r: UsageReportInput!) { reportUsage(report: $r) }`;
const POD_METRICS = `query($ns: String, $name: String, $l: String) { podMetrics(namespace: $ns, name: $name, labelSelector: $l) { metadata { name namespace labels } timestamp window containers { name usage } } }`;
const NODE_METRICS = `query($name: String) { nodeMetrics(name: $name) { metadata { name labels } window usage } }`;

let db: TestDatabase;
let a: ServerProcess;
let b: ServerProcess;
let n1: string;

async function run(server: ServerProcess, token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; code?: string; message?: string }> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  return body.errors?.length ? { code: body.errors[0]!.extensions?.code, message: body.errors[0]!.message } : { data: body.data };
}

async function rest(server: ServerProcess, path: string, token = server.token): Promise<{ status: number; body: any }> {
  const res = await fetch(server.url.replace(/\/graphql$/, path), { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

const report = (pods: { name: string; containers: [string, number, number][] }[], extra: Record<string, unknown> = {}) => ({
  r: {
    nodeName: 'n1',
    windowSeconds: 15,
    node: { cpuNanocores: 1_500_000_000, memoryBytes: 3 * 1024 ** 3 },
    pods: pods.map((p) => ({ namespace: 'apps', name: p.name, containers: p.containers.map(([name, cpuNanocores, memoryBytes]) => ({ name, cpuNanocores, memoryBytes })) })),
    ...extra,
  },
});

beforeAll(async () => {
  db = await createTestDatabase('usage_api');
  [a, b] = await Promise.all([startServerProcess(db.url, { CAPSTAN_BOOTSTRAP_TOKEN: BOOTSTRAP }), startServerProcess(db.url, { CAPSTAN_BOOTSTRAP_TOKEN: BOOTSTRAP })]);
  await gql(a.url, a.token, `mutation($m: String!) { apply(manifests: $m) { name } }`, { m: SETUP });
  n1 = (await gql(a.url, BOOTSTRAP, `mutation { joinNode(nodeName: "n1") { token } }`)).joinNode.token;
}, 90_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
});

describe('usage reports', () => {
  it('sent by a node to one API server are served by another, over GraphQL and as metrics.k8s.io', async () => {
    const sent = await run(a, n1, REPORT, report([{ name: 'web-1', containers: [['web', 250_000_000, 64 * 1024 ** 2]] }, { name: 'web-2', containers: [['web', 1_000_000, 1024], ['side', 0, 0]] }]));
    expect(sent).toEqual({ data: { reportUsage: true } });

    const pods = (await gql(b.url, b.token, POD_METRICS, { ns: 'apps' })).podMetrics;
    expect(pods.map((p: any) => p.metadata.name)).toEqual(['web-1', 'web-2']);
    expect(pods[0]).toMatchObject({ metadata: { namespace: 'apps', labels: { app: 'web' } }, window: '15s', containers: [{ name: 'web', usage: { cpu: '250000000n', memory: '65536Ki' } }] });
    expect(pods[1].containers).toEqual([
      { name: 'web', usage: { cpu: '1000000n', memory: '1Ki' } },
      { name: 'side', usage: { cpu: '0', memory: '0' } },
    ]);
    const nodes = (await gql(b.url, b.token, NODE_METRICS)).nodeMetrics;
    expect(nodes).toEqual([{ metadata: { name: 'n1', labels: { pool: 'blue' } }, window: '15s', usage: { cpu: '1500000000n', memory: '3145728Ki' } }]);

    const list = await rest(b, '/apis/metrics.k8s.io/v1beta1/namespaces/apps/pods?labelSelector=app%3Dweb');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ kind: 'PodMetricsList', apiVersion: 'metrics.k8s.io/v1beta1' });
    expect(list.body.items.map((p: any) => p.metadata.name)).toEqual(['web-1', 'web-2']);
    const one = await rest(b, '/apis/metrics.k8s.io/v1beta1/nodes/n1');
    expect(one.body).toMatchObject({ kind: 'NodeMetrics', metadata: { name: 'n1' }, usage: { cpu: '1500000000n' } });
    expect(Date.parse(one.body.timestamp)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('are listed in discovery as metrics.k8s.io/v1beta1 pods and nodes', async () => {
    const groups = await rest(a, '/apis');
    expect(groups.body.groups.find((g: any) => g.name === 'metrics.k8s.io')?.preferredVersion).toEqual({ groupVersion: 'metrics.k8s.io/v1beta1', version: 'v1beta1' });
    const resources = await rest(a, '/apis/metrics.k8s.io/v1beta1');
    expect(resources.body.resources.map((r: any) => `${r.name}:${r.kind}:${r.namespaced}`).sort()).toEqual(['nodes:NodeMetrics:false', 'pods:PodMetrics:true']);
  });

  it('replace the node\u2019s previous report: a pod left out is no longer served', async () => {
    await run(a, n1, REPORT, report([{ name: 'web-1', containers: [['web', 5, 5]] }, { name: 'web-2', containers: [['web', 5, 5]] }]));
    await run(a, n1, REPORT, report([{ name: 'web-1', containers: [['web', 7, 7]] }]));
    const pods = (await gql(b.url, b.token, POD_METRICS, { ns: 'apps' })).podMetrics;
    expect(pods.map((p: any) => [p.metadata.name, p.containers[0].usage.cpu])).toEqual([['web-1', '7n']]);
    const missing = await rest(b, '/apis/metrics.k8s.io/v1beta1/namespaces/apps/pods/web-2');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ kind: 'Status', reason: 'NotFound' });
  });

  it('are accepted only from the node itself, and only for pods bound to it', async () => {
    const other = await run(a, n1, REPORT, report([], { nodeName: 'n2' }));
    expect(other.code).toBe('FORBIDDEN');
    await run(a, n1, REPORT, { r: { ...report([{ name: 'web-1', containers: [['web', 1, 1]] }]).r, pods: [...report([{ name: 'web-1', containers: [['web', 1, 1]] }]).r.pods, { namespace: 'apps', name: 'db-1', containers: [{ name: 'db', cpuNanocores: 9, memoryBytes: 9 }] }] } });
    const pods = (await gql(b.url, b.token, POD_METRICS, { ns: 'apps' })).podMetrics;
    expect(pods.map((p: any) => p.metadata.name)).toEqual(['web-1']);
  });

  it('with a window out of range or negative usage are INVALID and change nothing', async () => {
    expect((await run(a, n1, REPORT, report([], { windowSeconds: 0 }))).code).toBe('INVALID');
    expect((await run(a, n1, REPORT, report([{ name: 'web-1', containers: [['web', -1, 1]] }]))).code).toBe('INVALID');
    expect((await gql(b.url, b.token, POD_METRICS, { ns: 'apps' })).podMetrics).toHaveLength(1);
  });

  it('are not served once older than three windows and 30 s', async () => {
    await run(a, n1, REPORT, report([{ name: 'web-1', containers: [['web', 1, 1]] }], { windowSeconds: 1 }));
    expect((await gql(b.url, b.token, POD_METRICS, { ns: 'apps' })).podMetrics).toHaveLength(1);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(`UPDATE usage_samples SET timestamp = now() - interval '34 seconds'`);
    } finally {
      await client.end();
    }
    expect((await gql(b.url, b.token, POD_METRICS, { ns: 'apps' })).podMetrics).toEqual([]);
    expect((await gql(b.url, b.token, NODE_METRICS)).nodeMetrics).toEqual([]);
  });

  it('are read only by those who may list the pods or nodes', async () => {
    const bob = (await gql(a.url, a.token, `mutation { createUserToken(user: "bob") { token } }`)).createUserToken.token;
    expect((await run(a, bob, POD_METRICS, { ns: 'apps' })).code).toBe('FORBIDDEN');
    expect((await run(a, bob, NODE_METRICS)).code).toBe('FORBIDDEN');
    expect((await rest(a, '/apis/metrics.k8s.io/v1beta1/nodes', bob)).status).toBe(403);
  });
});
