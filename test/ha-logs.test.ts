/**
 * Two API server processes on one database: a log read arriving on server A reaches the node
 * agent connected only to server B (api/logs/log-bus.ts, over Postgres LISTEN/NOTIFY), through
 * GraphQL `podLogs` and through the Kubernetes REST `pods/log` that kubectl uses.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHaproxy, type Haproxy } from './ha-haproxy.ts';
import { createTestDatabase, gql, startServerProcess, waitFor, type ServerProcess, type TestDatabase } from './harness.ts';

const BOOTSTRAP = 'ha-logs-bootstrap-token-0123456789';
const SEND = `mutation($id: ID!, $d: String, $done: Boolean) { sendPodLogChunk(requestId: $id, data: $d, done: $done) }`;

let db: TestDatabase;
let a: ServerProcess;
let b: ServerProcess;
let c: ServerProcess;
let lb: Haproxy;
let nodeToken: string;
const clients: Client[] = [];
const LINES = Array.from({ length: 200 }, (_, i) => `line ${i} ${'é'.repeat(10)}\n`);
const starts: { requestId: string; follow: boolean; pod: string }[] = [];

beforeAll(async () => {
  db = await createTestDatabase('ha_logs');
  a = await startServerProcess(db.url, { CAPSTAN_BOOTSTRAP_TOKEN: BOOTSTRAP });
  b = await startServerProcess(db.url, { CAPSTAN_BOOTSTRAP_TOKEN: BOOTSTRAP });
  c = await startServerProcess(db.url, { CAPSTAN_BOOTSTRAP_TOKEN: BOOTSTRAP });
  const port = (s: ServerProcess) => new URL(s.url).port;
  lb = await startHaproxy([a, b, c].map((s) => `127.0.0.1:${port(s)}`));
  await gql(a.url, a.token, `mutation($m: String!) { apply(manifests: $m) { name } }`, {
    m: `apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  nodeName: nb\n  containers: [{ name: app, image: busybox }]\n`,
  });
  nodeToken = (await gql(b.url, BOOTSTRAP, `mutation($n: String!) { joinNode(nodeName: $n) { token } }`, { n: 'nb' })).joinNode.token;
  // The node's agent, connected to server B only: answers every START with LINES, then done.
  const agent = createClient({ url: b.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${nodeToken}` }, retryAttempts: 0 });
  clients.push(agent);
  agent.subscribe<{ agentLogRequests: { type: string; requestId: string; follow: boolean; pod: string } }>(
    { query: `subscription { agentLogRequests { type requestId follow pod } }` },
    {
      next: (r) => {
        const req = r.data?.agentLogRequests;
        if (req?.type !== 'START') return;
        starts.push(req);
        void (async () => {
          for (let i = 0; i < LINES.length; i += 20) await gql(b.url, nodeToken, SEND, { id: req.requestId, d: LINES.slice(i, i + 20).join('') });
          await gql(b.url, nodeToken, SEND, { id: req.requestId, done: true });
        })();
      },
      error: () => {},
      complete: () => {},
    },
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await lb?.stop();
  await a?.stop();
  await b?.stop();
  // A killed child has a signalCode and no exitCode: the harness's stop() would wait forever.
  if (c && c.child.signalCode === null) await c.stop();
  await db?.drop();
});

function readOnA(): Promise<{ data: string; error?: string }> {
  const client = createClient({ url: a.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${a.token}` }, retryAttempts: 0 });
  clients.push(client);
  let data = '';
  return new Promise((resolve) => {
    client.subscribe<{ podLogs: { data: string } }>(
      { query: `subscription { podLogs(namespace: "default", name: "web", follow: true) { data } }` },
      {
        next: (r) => (data += r.data?.podLogs.data ?? ''),
        error: (err) => resolve({ data, error: String((err as any)?.[0]?.message ?? err) }),
        complete: () => resolve({ data }),
      },
    );
  });
}

describe('logs across API servers', () => {
  it('streams a pod’s log, whole and in order, to a GraphQL reader on server A from the agent connected to server B', async () => {
    // The agent's subscription reaches B a moment after connecting: retry until a read is served.
    const read = await waitFor('a read served by B', async () => {
      const r = await readOnA();
      return r.error ? undefined : r;
    }, 30_000, 200);
    expect(read.data).toBe(LINES.join(''));
  }, 60_000);

  it('serves kubectl’s REST pods/log on server A from the agent connected to server B', async () => {
    const base = a.url.replace(/\/graphql$/, '');
    const res = await fetch(`${base}/api/v1/namespaces/default/pods/web/log?follow=true`, { headers: { authorization: `Bearer ${a.token}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(LINES.join(''));
  }, 60_000);

  it('serves every log read through HAProxy, whichever server it lands on, and still after one server is killed with SIGKILL', async () => {
    const viaLb = async () => {
      const res = await fetch(`http://127.0.0.1:${lb.port}/api/v1/namespaces/default/pods/web/log`, { headers: { authorization: `Bearer ${a.token}` } });
      return { status: res.status, body: await res.text() };
    };
    // Round robin over three servers: six reads land on each at least once; B has the agent.
    for (let i = 0; i < 6; i++) expect(await viaLb()).toEqual({ status: 200, body: LINES.join('') });
    c.child.kill('SIGKILL');
    await new Promise((r) => c.child.once('exit', r));
    // Until HAProxy's check marks C down, a read may land on it and fail to connect: retry.
    await waitFor('a read after C died', async () => (await viaLb().catch(() => undefined))?.status === 200, 15_000, 100);
    for (let i = 0; i < 6; i++) expect(await viaLb()).toEqual({ status: 200, body: LINES.join('') });
  }, 90_000);
});
