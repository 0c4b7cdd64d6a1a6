/**
 * Bad input through the real API: each gets its code and a clear message, nothing is written,
 * and no stack trace, SQL or driver text reaches the client, even while the database is away.
 */
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../server/main.ts';
import { createTestDatabase, PG_BASE_URL, type TestDatabase } from './harness.ts';

const TOKEN = 'test-admin';
let db: TestDatabase;
let server: RunningServer;
let sql: pg.Client;
/** Every error payload a client received in this file, checked for leaks at the end. */
const payloads: string[] = [];

interface GqlError {
  message: string;
  extensions: { code: string; field?: string; fields?: { field: string; message: string }[] };
}

async function post(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }): Promise<{ status: number; body: any }> {
  const r = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await r.text();
  payloads.push(text);
  return { status: r.status, body: JSON.parse(text) };
}

/** The first error of a request that must fail. */
async function fails(query: string, variables: Record<string, unknown> = {}): Promise<GqlError> {
  const { body } = await post({ query, variables });
  expect(body.errors, `expected an error, got ${JSON.stringify(body.data)}`).toBeDefined();
  return body.errors[0];
}

async function revision(): Promise<string> {
  const { rows } = await sql.query<{ r: string }>('SELECT coalesce(max(revision), 0)::text AS r FROM event_log');
  return rows[0]!.r;
}

/** Runs `act` and checks that the event log, and so every object, did not move. */
async function nothingWritten<T>(act: () => Promise<T>): Promise<T> {
  const before = await revision();
  const result = await act();
  expect(await revision()).toBe(before);
  return result;
}

const APPLY = `mutation($m: String!) { apply(manifests: $m) { kind name action } }`;
const CREATE_CM = `mutation($cm: ConfigMapInput!) { createConfigMap(namespace: "default", configMap: $cm) { metadata { name } } }`;
const CREATE_POD = `mutation($pod: PodInput!) { createPod(namespace: "default", pod: $pod) { metadata { name } } }`;
const VALID_CM = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\ndata:\n  a: b\n`;

beforeAll(async () => {
  db = await createTestDatabase('api_errors');
  server = await startServer({ databaseUrl: db.url, listen: '127.0.0.1:0', adminToken: TOKEN, logLevel: process.env.TEST_LOG_LEVEL ?? 'silent' });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await server?.close();
  await db?.drop();
});

describe('malformed manifests', () => {
  it('rejects malformed YAML with INVALID naming the document and the line, and applies no document', async () => {
    const e = await nothingWritten(() => fails(APPLY, { m: `${VALID_CM}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\ndata: [\n` }));
    expect(e.extensions.code).toBe('INVALID');
    expect(e.message).toMatch(/document 2 \(line 7\): malformed YAML at line \d+, column \d+/);
    expect(e.extensions.field).toBe('manifests[1]');
  });

  it('rejects an unknown kind with INVALID listing the known kinds', async () => {
    const e = await nothingWritten(() => fails(APPLY, { m: `${VALID_CM}---\napiVersion: v1\nkind: Gizmo\nmetadata:\n  name: g\n` }));
    expect(e.extensions.code).toBe('INVALID');
    expect(e.message).toContain('unknown kind "Gizmo"');
    expect(e.message).toContain('ConfigMap');
    expect(e.extensions.field).toBe('manifests[1].kind');
    const h = await fails(`{ history(kind: "Gizmo", name: "g") { revision } }`);
    expect(h.extensions).toMatchObject({ code: 'INVALID', field: 'kind' });
  });

  it('rejects a document without kind, or with the wrong apiVersion', async () => {
    const noKind = await nothingWritten(() => fails(APPLY, { m: `apiVersion: v1\nmetadata:\n  name: x\n` }));
    expect(noKind.extensions).toMatchObject({ code: 'INVALID', field: 'manifests[0].kind' });
    const wrongVersion = await nothingWritten(() => fails(APPLY, { m: `apiVersion: apps/v1\nkind: ConfigMap\nmetadata:\n  name: x\n` }));
    expect(wrongVersion.extensions).toMatchObject({ code: 'INVALID', field: 'manifests[0].apiVersion' });
  });

  it('validates every document before writing any: one invalid name fails the whole apply', async () => {
    const e = await nothingWritten(() => fails(APPLY, { m: `${VALID_CM}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n` }));
    expect(e.extensions.code).toBe('INVALID');
    expect(e.extensions.field).toBe('manifests[1].metadata.name');
    expect(e.message).toContain('Bad_Name');
  });
});

describe('invalid objects', () => {
  it('rejects names that are not DNS-1123 with INVALID on metadata.name', async () => {
    for (const name of ['Upper', 'under_score', '-leading', 'x'.repeat(254)]) {
      const e = await nothingWritten(() => fails(CREATE_CM, { cm: { metadata: { name } } }));
      expect(e.extensions, name).toMatchObject({ code: 'INVALID', field: 'metadata.name' });
    }
  });

  it('rejects invalid label keys and values with INVALID on metadata.labels', async () => {
    for (const labels of [{ 'bad key!': 'v' }, { app: 'v'.repeat(64) }, { app: 'no spaces' }]) {
      const e = await nothingWritten(() => fails(CREATE_CM, { cm: { metadata: { name: 'labelled', labels } } }));
      expect(e.extensions.code).toBe('INVALID');
      expect(e.extensions.field).toMatch(/^metadata\.labels/);
    }
  });

  it('rejects quantities that do not parse with INVALID naming the resource', async () => {
    const pod = { metadata: { name: 'greedy' }, spec: { containers: [{ name: 'c', image: 'busybox', resources: { limits: { cpu: 'lots' } } }] } };
    const e = await nothingWritten(() => fails(CREATE_POD, { pod }));
    expect(e.extensions.code).toBe('INVALID');
    expect(e.extensions.field).toContain('spec.containers[0].resources.limits');
    expect(e.message).toContain('quantities must match');
  });

  it('reports every invalid field at once', async () => {
    const pod = { metadata: { name: 'Two_Problems' }, spec: { containers: [{ name: 'c', image: 'busybox', resources: { requests: { memory: '12 parsecs' } } }] } };
    const e = await nothingWritten(() => fails(CREATE_POD, { pod }));
    expect(e.extensions.fields!.map((f) => f.field)).toEqual(expect.arrayContaining(['metadata.name', expect.stringContaining('resources.requests')]));
  });

  it('rejects arguments of the wrong GraphQL type with INVALID and the input path', async () => {
    const e = await nothingWritten(() => fails(CREATE_CM, { cm: { metadata: { name: 5 } } }));
    expect(e.extensions).toMatchObject({ code: 'INVALID', field: 'cm.metadata.name' });
    const unknownField = await fails(CREATE_CM, { cm: { metadata: { name: 'x' }, spec: {} } });
    expect(unknownField.extensions.code).toBe('INVALID');
    expect(unknownField.message).toContain('"spec"');
    const badEnum = await fails(`mutation { deletePod(namespace: "default", name: "x", propagationPolicy: Sideways) { metadata { name } } }`);
    expect(badEnum.extensions.code).toBe('INVALID');
  });

  it('rejects a merge patch that is not an object', async () => {
    await post({ query: CREATE_CM, variables: { cm: { metadata: { name: 'patchme' } } } });
    const e = await nothingWritten(() => fails(`mutation { patchConfigMap(namespace: "default", name: "patchme", patch: [1, 2]) { metadata { name } } }`));
    expect(e.extensions).toMatchObject({ code: 'INVALID', field: 'patch' });
  });
});

describe('invalid selectors and list arguments', () => {
  it('rejects a label selector that does not parse', async () => {
    const e = await fails(`{ pods(labelSelector: "app in (web") { items { metadata { name } } } }`);
    expect(e.extensions).toMatchObject({ code: 'INVALID', field: 'labelSelector' });
    expect(e.message).toContain('app in (web');
  });

  it('rejects a field selector on a field the kind does not support', async () => {
    const e = await fails(`{ pods(fieldSelector: "spec.color=red") { items { metadata { name } } } }`);
    expect(e.extensions.code).toBe('INVALID');
    expect(e.message).toContain('spec.color');
  });

  it('rejects a negative limit', async () => {
    const e = await fails(`{ configMaps(limit: -1) { items { metadata { name } } } }`);
    expect(e.extensions).toMatchObject({ code: 'INVALID', field: 'limit' });
  });

  it('rejects a continue token it did not issue', async () => {
    const e = await fails(`{ configMaps(continue: "not-a-token") { items { metadata { name } } } }`);
    expect(e.extensions.code).toBe('INVALID');
  });

  it('ends a watch with an unparsable selector with INVALID over graphql-ws', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
    const error = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: `subscription { watchConfigMaps(labelSelector: "=x") { type } }` }, { next: () => {}, error: resolve, complete: () => resolve(null) });
    });
    await client.dispose();
    payloads.push(JSON.stringify(error));
    expect((error as GqlError[])[0]!.extensions.code).toBe('INVALID');
  });
});

describe('request limits', () => {
  it('rejects a query deeper than the limit before executing it', async () => {
    const e = await fails(`{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } } } }`);
    expect(e.extensions.code).toBe('INVALID');
    expect(e.message).toMatch(/15 levels deep; at most 14/);
  });

  it('rejects a query whose estimated cost is too high before executing it', async () => {
    const page = `pods(limit: 500) { items { metadata { name labels } spec { containers { name ports { containerPort } env { name value } } } } }`;
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    const e = await fails(query);
    expect(e.extensions.code).toBe('INVALID');
    expect(e.message).toMatch(/too costly: estimated cost \d+ exceeds 5000000/);
  });

  it('answers an oversized body with HTTP 413 and INVALID', async () => {
    const { status, body } = await nothingWritten(() => post({ query: CREATE_CM, variables: { cm: { metadata: { name: 'huge' }, data: { blob: 'x'.repeat(5 * 1024 * 1024) } } } }));
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('INVALID');
    expect(body.errors[0].message).toContain('larger than');
  });

  it('answers a body that is not JSON with HTTP 400 and INVALID', async () => {
    const { status, body } = await post('{"query": ');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('INVALID');
  });

  it('answers a path it does not serve with NOT_FOUND', async () => {
    // (/api and /apis are the Kubernetes REST API's.)
    const r = await fetch(server.url.replace('/graphql', '/no-such/v1/pods'), { headers: { authorization: `Bearer ${TOKEN}` } });
    const text = await r.text();
    payloads.push(text);
    expect(r.status).toBe(404);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('authentication failures', () => {
  const QUERY = { query: `{ namespaces { items { metadata { name } } } }` };

  it('answers a request without a token with HTTP 401 and UNAUTHENTICATED', async () => {
    const { status, body } = await post(QUERY, {});
    expect(status).toBe(401);
    expect(body.errors[0]).toEqual({ message: expect.stringContaining('bearer token is required'), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('answers a wrong or malformed token with HTTP 401 and UNAUTHENTICATED, writing nothing', async () => {
    for (const authorization of ['Bearer wrong-token', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const { status, body } = await nothingWritten(() => post({ query: CREATE_CM, variables: { cm: { metadata: { name: 'intruder' } } } }, { authorization }));
      expect(status, authorization).toBe(401);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('closes a graphql-ws connection without a token or with a wrong one with 4401 UNAUTHENTICATED', async () => {
    for (const connectionParams of [{}, { authorization: 'Bearer wrong-token' }]) {
      const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0 });
      const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
        client.subscribe({ query: `subscription { watchPods { type } }` }, { next: () => {}, error: (e) => resolve(e as { code: number; reason: string }), complete: () => {} });
      });
      await client.dispose();
      payloads.push(closed.reason);
      expect(closed.code).toBe(4401);
      expect(closed.reason).toMatch(/^UNAUTHENTICATED: /);
    }
  });
});

describe('the database going away', () => {
  const admin = () => new pg.Client({ connectionString: `${PG_BASE_URL}/postgres` });

  async function refuseConnections(refuse: boolean): Promise<void> {
    const c = admin();
    await c.connect();
    try {
      await c.query(`ALTER DATABASE "${db.name}" ALLOW_CONNECTIONS ${refuse ? 'false' : 'true'}`);
      if (refuse) await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [db.name]);
    } finally {
      await c.end();
    }
  }

  it('answers UNAVAILABLE without database text while Postgres refuses connections, and recovers by itself', async () => {
    await sql.end();
    try {
      await refuseConnections(true);
      const { body } = await post({ query: `{ configMaps { items { metadata { name } } } }` });
      expect(body.errors[0].extensions.code).toBe('UNAVAILABLE');
      const ready = await fetch(server.url.replace('/graphql', '/readyz'));
      expect(ready.status).toBe(503);
    } finally {
      await refuseConnections(false);
    }
    const deadline = Date.now() + 15_000;
    let last: any;
    do {
      last = (await post({ query: `{ configMaps { items { metadata { name } } } }` })).body;
      if (!last.errors) break;
      await new Promise((r) => setTimeout(r, 200));
    } while (Date.now() < deadline);
    expect(last.errors).toBeUndefined();
    expect((await fetch(server.url.replace('/graphql', '/readyz'))).status).toBe(200);
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
});

describe('error payloads', () => {
  it('never carry a stack trace, SQL or database driver text', () => {
    expect(payloads.length).toBeGreaterThan(20);
    for (const p of payloads) {
      expect(p).not.toMatch(/stacktrace|\n\s+at |\.ts:\d+|node_modules|prisma|sqlstate|pg_|accepting connections|ECONNREFUSED|relation "/i);
      expect(p).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE FROM)\b/);
    }
  });
});
