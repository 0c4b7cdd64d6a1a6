/**
 * Priority between kinds of request through the real server (server/api/priority.ts): with every
 * workload seat taken, a node's heartbeat (GraphQL and REST) and an admin are still answered at
 * once, other requests wait their turn, and what cannot have a seat in time is refused with 429
 * and Retry-After instead of hanging. Seats are held by slow clients, as they are in real life:
 * a REST write whose body has not finished arriving holds its seat.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/main.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const ADMIN = 'priority-admin-token';
const BOOTSTRAP = 'priority-bootstrap-token-0123456789';
const WAIT_MS = 1_500;
let db: TestDatabase;
let server: RunningServer;
let base: string;
let nodeToken: string;
const slow: net.Socket[] = [];

async function post(token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: r.status, retryAfter: r.headers.get('retry-after'), body: (await r.json()) as any };
}

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${ADMIN}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1] ?? NaN);
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A REST write whose body stops halfway: it holds a workload seat until `finish`. */
function slowWrite(): { finish: () => Promise<string> } {
  const body = JSON.stringify({ data: { slow: 'yes' } });
  const socket = net.connect(server.port, '127.0.0.1');
  slow.push(socket);
  let text = '';
  socket.on('data', (d) => (text += d.toString()));
  socket.on('error', () => {});
  socket.write(
    `PATCH /api/v1/namespaces/default/configmaps/cm HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${nodeToken}\r\n` +
      `Content-Type: application/merge-patch+json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
  );
  return {
    finish: () =>
      new Promise((resolve) => {
        socket.write(body.slice(5));
        const check = () => (/\r\n\r\n/.test(text) ? resolve(text.split(' ')[1]!) : setTimeout(check, 10));
        check();
      }),
  };
}

const RENEW = 'mutation($ns: String!, $n: String!, $p: JSON!) { patchLease(namespace: $ns, name: $n, patch: $p) { metadata { resourceVersion } } }';
const PODS = '{ pods(fieldSelector: "spec.nodeName=busy") { metadata { resourceVersion } } }';

beforeAll(async () => {
  db = await createTestDatabase('api_priority');
  server = await startServer({
    databaseUrl: db.url,
    listen: '127.0.0.1:0',
    adminToken: ADMIN,
    bootstrapToken: BOOTSTRAP,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    limits: { workloadSeats: 2, workloadQueueLength: 1, workloadQueueWaitMs: WAIT_MS },
  });
  base = server.url.replace(/\/graphql$/, '');
  const joined = await post(BOOTSTRAP, 'mutation($n: String!) { joinNode(nodeName: $n) { token } }', { n: 'busy' });
  nodeToken = joined.body.data.joinNode.token;
  const created = await post(nodeToken, 'mutation { createNode(node: { metadata: { name: "busy" } }) { metadata { name } } }');
  expect(created.body.errors).toBeUndefined();
  const now = new Date().toISOString();
  const lease = await post(nodeToken, 'mutation($l: LeaseInput!) { createLease(namespace: "kube-node-lease", lease: $l) { metadata { name } } }', {
    l: { metadata: { name: 'busy' }, spec: { holderIdentity: 'busy', leaseDurationSeconds: 40, renewTime: now } },
  });
  expect(lease.body.errors).toBeUndefined();
  const cm = await post(ADMIN, 'mutation { createConfigMap(namespace: "default", configMap: { metadata: { name: "cm" }, data: { a: "b" } }) { metadata { name } } }');
  expect(cm.body.errors).toBeUndefined();
});

afterAll(async () => {
  for (const s of slow) s.destroy();
  await server?.close();
  await db?.drop();
});

describe('a server whose workload seats are all taken', () => {
  it("answers a node's heartbeat and an admin at once, makes other requests wait, and refuses with 429 what cannot have a seat in time", async () => {
    const holders = [slowWrite(), slowWrite()];
    await until('both slow writes hold a seat', async () => (await metric('capstan_priority_seats_in_use')) === 2);

    // The heartbeat, by GraphQL and by REST, and an admin's request: not queued.
    const renewed = await post(nodeToken, RENEW, { ns: 'kube-node-lease', n: 'busy', p: { spec: { renewTime: new Date().toISOString() } } });
    expect(renewed.status).toBe(200);
    expect(renewed.body.errors).toBeUndefined();
    const own = await fetch(`${base}/api/v1/nodes/busy`, { headers: { authorization: `Bearer ${nodeToken}` } });
    expect(own.status).toBe(200);
    expect((await post(ADMIN, PODS)).status).toBe(200);

    // A node's other request waits for a seat; the next finds the queue full.
    const started = performance.now();
    const waiting = post(nodeToken, PODS);
    await until('the pod list waits for a seat', async () => (await metric('capstan_priority_queued')) === 1);
    const refused = await post(nodeToken, PODS);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBe('1');
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'UNAVAILABLE', retryAfterSeconds: 1 });

    // Nobody frees a seat: the waiting one is refused once it has waited its time, not left hanging.
    const late = await waiting;
    expect(late.status).toBe(429);
    expect(late.body.errors[0].message).toMatch(/busy/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(WAIT_MS);

    // A seat freed goes to the request waiting for one.
    const next = post(nodeToken, PODS);
    await until('the next pod list waits for a seat', async () => (await metric('capstan_priority_queued')) === 1);
    expect(await holders[0]!.finish()).toBe('403'); // the node may not write the ConfigMap: answered once its body is in
    const served = await next;
    expect(served.status).toBe(200);
    expect(served.body.data.pods.metadata.resourceVersion).toBeTruthy();
    expect(await holders[1]!.finish()).toBe('403');
    await until('every seat is free', async () => (await metric('capstan_priority_seats_in_use')) === 0);
    expect(await metric('capstan_priority_rejected_total')).toBe(2);
  });
});
