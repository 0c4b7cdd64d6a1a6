/**
 * Limits and fairness through the real server (DESIGN §4, §7; docs/security.md): costly and
 * deep requests are refused before they run, one identity cannot crowd out the others (rate,
 * requests in flight, subscriptions), slow and silent connections are cut, and the GraphQL and
 * REST APIs answer alike.
 */
import net from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../server/main.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const ADMIN = 'limits-admin-token';
const BOOTSTRAP = 'limits-bootstrap-token-0123456789';
let db: TestDatabase;
let server: RunningServer;
let base: string;
let sql: pg.Client;
const nodeTokens: Record<string, string> = {};

interface Answer {
  status: number;
  body: any;
  headers: Headers;
  ms: number;
}

async function post(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const started = performance.now();
  const r = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: r.status, body: await r.json(), headers: r.headers, ms: performance.now() - started };
}

async function rest(token: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const started = performance.now();
  const r = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'application/merge-patch+json' : 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined, headers: r.headers, ms: performance.now() - started };
}

/** Sends raw bytes and returns what came back until the server closed the connection (or `waitMs` passed). */
function raw(bytes: string, waitMs: number): Promise<{ text: string; closedAfterMs?: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(server.port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text });
    }, waitMs);
    socket.on('data', (d) => (text += d.toString()));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closedAfterMs: performance.now() - started });
    });
    if (bytes) socket.write(bytes);
  });
}

function deep(levels: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

function wsClient(token: string): Client {
  return createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false });
}

/** Starts a subscription; resolves with 'open' at its first event, or with its error's message. */
function watch(client: Client, query: string): { result: Promise<string>; stop: () => void } {
  let stop = () => {};
  const result = new Promise<string>((resolve) => {
    stop = client.subscribe(
      { query },
      {
        next: (v) => resolve(v.errors ? `${v.errors[0]!.extensions?.code}: ${v.errors[0]!.message}` : 'open'),
        error: (e) => resolve(Array.isArray(e) ? `${e[0].extensions?.code}: ${e[0].message}` : String((e as Error).message ?? e)),
        complete: () => resolve('complete'),
      },
    );
  });
  return { result, stop: () => stop() };
}

beforeAll(async () => {
  db = await createTestDatabase('api_limits');
  server = await startServer({
    databaseUrl: db.url,
    listen: '127.0.0.1:0',
    adminToken: ADMIN,
    bootstrapToken: BOOTSTRAP,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    limits: {
      nodeRateLimit: 1,
      nodeRateBurst: 80,
      maxInFlight: 3,
      maxSubscriptionsPerSocket: 3,
      nodeMaxSubscriptionsPerIdentity: 5,
      requestTimeoutMs: 4_000,
      headersTimeoutMs: 1_000,
      keepAliveTimeoutMs: 500,
    },
  });
  base = server.url.replace(/\/graphql$/, '');
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  for (const node of ['flood', 'rate', 'busy', 'subs']) {
    const r = await post(BOOTSTRAP, 'mutation($n: String!) { joinNode(nodeName: $n) { token } }', { n: node });
    nodeTokens[node] = r.body.data.joinNode.token;
  }
  const cm = await post(ADMIN, 'mutation { createConfigMap(namespace: "default", configMap: { metadata: { name: "cm" }, data: { a: "b" } }) { metadata { name } } }');
  expect(cm.body.errors).toBeUndefined();
});

afterAll(async () => {
  await sql?.end();
  await server?.close();
  await db?.drop();
});

describe('query cost', () => {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: pods(fieldSelector: "spec.nodeName=flood") { metadata { resourceVersion } }`).join(' ')} }`;

  it('refuses 5,000 aliases of a list with INVALID before executing any, while another client is served promptly', async () => {
    const query = aliases(5_000);
    // Three at a time: the node's cap of requests in flight (3 here) would refuse more.
    const flood = Promise.all(
      [0, 1, 2].map(async () => {
        const out: Answer[] = [];
        for (let i = 0; i < 7; i++) out.push(await post(nodeTokens.flood, query));
        return out;
      }),
    ).then((loops) => loops.flat());
    const other: Answer[] = [];
    let floodDone = false;
    void flood.then(() => (floodDone = true));
    while (!floodDone || other.length < 5) other.push(await post(ADMIN, '{ configMaps(namespace: "default", limit: 5) { items { metadata { name } } } }'));
    for (const r of await flood) {
      expect(r.body.errors?.[0]?.extensions?.code).toBe('INVALID');
      expect(r.body.data).toBeUndefined();
    }
    expect(other.every((r) => r.body.data?.configMaps.items.length === 1)).toBe(true);
    const sorted = other.map((r) => r.ms).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(1_000);
  });

  it('counts each alias of a list as a whole page', async () => {
    const r = await post(nodeTokens.flood, aliases(150));
    expect(r.body.errors[0].extensions.code).toBe('INVALID');
    expect(r.body.errors[0].message).toMatch(/too costly: estimated cost \d+ exceeds 5000000/);
    expect((await post(nodeTokens.flood, aliases(2))).body.errors).toBeUndefined();
  });
});

describe('rate and requests in flight', () => {
  it('refuses requests over an identity’s rate with 429 UNAVAILABLE and a retry hint, over GraphQL and REST, and not other identities', async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, () => post(nodeTokens.rate, '{ __typename }')));
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.body.errors[0].extensions).toEqual({ code: 'UNAVAILABLE', retryAfterSeconds: 1 });
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
    const r = await rest(nodeTokens.rate, 'GET', '/api/v1/nodes/rate');
    expect(r.status).toBe(429);
    expect(r.body).toMatchObject({ kind: 'Status', reason: 'TooManyRequests', code: 429, details: { retryAfterSeconds: 1 } });
    expect(r.headers.get('retry-after')).toBe('1');
    expect((await post(nodeTokens.busy, '{ __typename }')).status).toBe(200);
  });

  it('refuses a request beyond the identity’s requests in flight, answers timeouts, and frees the places afterwards', async () => {
    await sql.query('BEGIN');
    await sql.query('LOCK TABLE objects IN ACCESS EXCLUSIVE MODE');
    let locked = true;
    try {
      const list = '{ pods(fieldSelector: "spec.nodeName=busy") { items { metadata { name } } } }';
      const stuck = [post(nodeTokens.busy, list), post(nodeTokens.busy, list), rest(nodeTokens.busy, 'GET', '/api/v1/pods?fieldSelector=spec.nodeName%3Dbusy')];
      await new Promise((r) => setTimeout(r, 500));
      const fourth = await post(nodeTokens.busy, '{ __typename }');
      expect(fourth.status).toBe(429);
      expect(fourth.body.errors[0].message).toMatch(/too many requests in flight from system:node:busy: at most 3 at once/);
      const ws = wsClient(nodeTokens.busy);
      const overWs = await new Promise<string>((resolve) =>
        ws.subscribe({ query: '{ __typename }' }, { next: (v) => resolve(String(v.errors?.[0]?.extensions?.code ?? 'ok')), error: (e) => resolve(JSON.stringify(e)), complete: () => {} }),
      );
      expect(overWs).toMatch(/UNAVAILABLE/);
      await ws.dispose();
      // The admin is not held up by the node's requests, only by the lock: a REST timeout of 1s answers 504.
      const timedOut = await rest(ADMIN, 'GET', '/api/v1/namespaces/default/configmaps?timeout=1s');
      expect(timedOut.status).toBe(504);
      expect(timedOut.body).toMatchObject({ kind: 'Status', reason: 'Timeout', code: 504 });
      expect(timedOut.ms).toBeLessThan(3_500);
      // The stuck requests end at the server's request timeout (4 s): GraphQL UNAVAILABLE, REST 504.
      const [a, , c] = await Promise.all(stuck);
      expect(a.status).toBe(504);
      expect(a.body.errors[0].extensions.code).toBe('UNAVAILABLE');
      expect(a.body.errors[0].message).toMatch(/did not complete within 4 s/);
      expect(c.status).toBe(504);
      await sql.query('ROLLBACK');
      locked = false;
      // Their work ends once the lock goes, and with it their places.
      let after: Answer | undefined;
      for (let i = 0; i < 50 && after?.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        after = await post(nodeTokens.busy, list);
      }
      expect(after!.status).toBe(200);
    } finally {
      if (locked) await sql.query('ROLLBACK');
    }
  });

  it('refuses a timeout that is not a duration with 400', async () => {
    const r = await rest(ADMIN, 'GET', '/api/v1/namespaces/default/configmaps?timeout=soon');
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/timeout: "soon" is not a duration/);
  });
});

describe('subscription caps', () => {
  const podWatch = '{ watchPods(fieldSelector: "spec.nodeName=subs") { type } }'.replace('{', 'subscription {');

  it('caps subscriptions per connection and per identity, counting REST watches', async () => {
    const a = wsClient(nodeTokens.subs);
    const b = wsClient(nodeTokens.subs);
    try {
      const onA = [watch(a, podWatch), watch(a, podWatch), watch(a, podWatch)];
      for (const w of onA) expect(await w.result).toBe('open');
      expect(await watch(a, podWatch).result).toMatch(/^UNAVAILABLE: too many subscriptions on this connection: at most 3/);
      const onB = [watch(b, podWatch), watch(b, podWatch)];
      for (const w of onB) expect(await w.result).toBe('open');
      expect(await watch(b, podWatch).result).toMatch(/^UNAVAILABLE: too many subscriptions and watches for system:node:subs: at most 5/);
      const refusedWatch = await rest(nodeTokens.subs, 'GET', '/api/v1/pods?watch=true&fieldSelector=spec.nodeName%3Dsubs');
      expect(refusedWatch.status).toBe(429);
      // Ending one frees a place, which a REST watch takes.
      onA[0]!.stop();
      const controller = new AbortController();
      let restWatch: Response | undefined;
      for (let i = 0; i < 50 && restWatch?.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 50));
        restWatch = await fetch(`${base}/api/v1/pods?watch=true&fieldSelector=spec.nodeName%3Dsubs`, { headers: { authorization: `Bearer ${nodeTokens.subs}` }, signal: controller.signal });
      }
      expect(restWatch!.status).toBe(200);
      expect(await watch(b, podWatch).result).toMatch(/^UNAVAILABLE: too many subscriptions and watches/);
      controller.abort();
      await restWatch!.body?.cancel().catch(() => {});
    } finally {
      await a.dispose();
      await b.dispose();
    }
  });
});

describe('connections and bodies', () => {
  it('refuses an unauthenticated 4 MB POST after its headers, without waiting for the body (GraphQL and REST)', async () => {
    const head = (path: string) => `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${4 * 1024 * 1024}\r\n\r\n`;
    for (const path of ['/graphql', '/api/v1/namespaces/default/configmaps']) {
      const r = await raw(head(path), 3_000);
      expect(r.text, path).toMatch(/^HTTP\/1\.1 401 /);
    }
  });

  it('closes a connection that sends nothing, and an idle keep-alive connection', async () => {
    const silent = await raw('', 8_000);
    expect(silent.closedAfterMs).toBeDefined();
    expect(silent.closedAfterMs!).toBeLessThan(4_000);
    const idle = await raw('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', 8_000);
    expect(idle.text).toMatch(/^HTTP\/1\.1 200 /);
    expect(idle.closedAfterMs!).toBeLessThan(3_000);
  });
});

describe('deep input and resource versions', () => {
  it('answers deeply nested variables, bodies and literals with INVALID', async () => {
    const patch = 'mutation($p: JSON!) { patchConfigMap(namespace: "default", name: "cm", patch: $p) { metadata { name } } }';
    for (const levels of [100, 100_000]) {
      // Written by hand: JSON.stringify itself would overflow the stack at 100,000 levels.
      const body = `{"query":${JSON.stringify(patch)},"variables":{"p":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}}`;
      const answer = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` }, body });
      const r = { status: answer.status, body: (await answer.json()) as any };
      expect(r.status).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ message: 'the request body nests deeper than 64 levels', extensions: { code: 'INVALID' } });
    }
    const literal = `mutation { patchConfigMap(namespace: "default", name: "cm", patch: ${'{a:'.repeat(80)}1${'}'.repeat(80)}) { metadata { name } } }`;
    expect((await post(ADMIN, literal)).body.errors[0]).toMatchObject({ message: 'an argument nests deeper than 64 levels', extensions: { code: 'INVALID' } });
    const ws = wsClient(ADMIN);
    const overWs = await new Promise<any>((resolve) => ws.subscribe({ query: patch, variables: { p: deep(100) } }, { next: resolve, error: resolve, complete: () => {} }));
    expect(overWs[0]).toMatchObject({ message: 'variables nests deeper than 64 levels', extensions: { code: 'INVALID' } });
    await ws.dispose();
    const r = await rest(ADMIN, 'POST', '/api/v1/namespaces/default/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'deep' }, data: deep(100) });
    expect(r.status).toBe(422);
    expect(r.body.message).toBe('the request body nests deeper than 64 levels');
  });

  it('answers a malformed resourceVersion with INVALID in watches, patch and delete preconditions and replaces (GraphQL)', async () => {
    const codes = async (query: string) => (await post(ADMIN, query)).body.errors?.[0]?.extensions;
    expect(await codes('mutation { patchConfigMap(namespace: "default", name: "cm", patch: {data: {a: "c"}}, resourceVersion: "abc") { metadata { name } } }')).toMatchObject({
      code: 'INVALID',
      field: 'resourceVersion',
    });
    expect(await codes('mutation { deleteConfigMap(namespace: "default", name: "cm", resourceVersion: "-1") { metadata { name } } }')).toMatchObject({ code: 'INVALID' });
    expect(await codes('mutation { replaceConfigMap(namespace: "default", name: "cm", configMap: { metadata: { name: "cm", resourceVersion: "1e3" } }) { metadata { name } } }')).toMatchObject({
      code: 'INVALID',
    });
    const ws = wsClient(ADMIN);
    expect(await watch(ws, 'subscription { watchConfigMaps(namespace: "default", resourceVersion: "x1") { type } }').result).toMatch(/^INVALID: /);
    await ws.dispose();
  });

  it('answers a malformed resourceVersion with INVALID in lists, watches, patches and deletes (REST)', async () => {
    const list = await rest(ADMIN, 'GET', '/api/v1/namespaces/default/configmaps?resourceVersion=abc');
    expect(list.status).toBe(422);
    expect(list.body.reason).toBe('Invalid');
    const watchOne = await rest(ADMIN, 'GET', '/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=abc&sendInitialEvents=true&resourceVersionMatch=NotOlderThan');
    expect(watchOne.body.reason).toBe('Invalid');
    const patch = await rest(ADMIN, 'PATCH', '/api/v1/namespaces/default/configmaps/cm', JSON.stringify({ metadata: { resourceVersion: 'abc' }, data: { a: 'd' } }));
    expect(patch.status).toBe(422);
    const del = await rest(ADMIN, 'DELETE', '/api/v1/namespaces/default/configmaps/cm', { kind: 'DeleteOptions', apiVersion: 'v1', preconditions: { resourceVersion: 'abc' } });
    expect(del.status).toBe(422);
    expect((await rest(ADMIN, 'GET', '/api/v1/namespaces/default/configmaps/cm')).status).toBe(200);
  });
});
