/**
 * The audit log through the real server: one JSON line per GraphQL query or mutation (HTTP and
 * graphql-ws) and per REST request, saying who did what and how it ended, with the request at
 * level Request and never a Secret's data.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { AuditEvent } from '../server/api/audit.ts';
import { startServer, type RunningServer } from '../server/main.ts';
import { createTestDatabase, waitFor, type TestDatabase } from './harness.ts';

const ADMIN = 'audit-admin-token';
const BOOTSTRAP = 'audit-bootstrap-token-0123456789';
const SECRET_VALUE = Buffer.from('hunter2-do-not-log-me').toString('base64');
let db: TestDatabase;
let server: RunningServer;
let base: string;
let logFile: string;
let nodeToken: string;

function lines(): AuditEvent[] {
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AuditEvent);
}

async function gql(token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ body: any; requestId: string | null }> {
  const r = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return { body: await r.json(), requestId: r.headers.get('audit-id') };
}

async function rest(method: string, p: string, body?: unknown, type = 'application/json'): Promise<{ status: number; requestId: string | null }> {
  const r = await fetch(`${base}${p}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN}`, ...(body === undefined ? {} : { 'content-type': type }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await r.text();
  return { status: r.status, requestId: r.headers.get('audit-id') };
}

/** The line of a request, once written (REST writes it after the answer). */
const lineOf = (requestId: string | null) => waitFor(`the audit line of ${requestId}`, () => lines().find((l) => l.requestId === requestId));

beforeAll(async () => {
  db = await createTestDatabase('api_audit');
  logFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'capstan-audit-')), 'audit.log');
  server = await startServer({
    databaseUrl: db.url,
    listen: '127.0.0.1:0',
    adminToken: ADMIN,
    bootstrapToken: BOOTSTRAP,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    audit: { path: logFile, level: 'Request' },
  });
  base = server.url.replace(/\/graphql$/, '');
  nodeToken = (await gql(BOOTSTRAP, 'mutation($n: String!) { joinNode(nodeName: $n) { token } }', { n: 'n1' })).body.data.joinNode.token;
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('the audit log', () => {
  it('records a GraphQL mutation: who, verb, resource, namespace, name, outcome, latency and request id, with Secret data redacted', async () => {
    const r = await gql(ADMIN, 'mutation MakeSecret($s: SecretInput!) { createSecret(namespace: "default", secret: $s) { metadata { name } } }', {
      s: { metadata: { name: 'db' }, data: { password: SECRET_VALUE } },
    });
    expect(r.body.errors).toBeUndefined();
    const line = await lineOf(r.requestId);
    expect(line).toMatchObject({
      api: 'graphql',
      user: 'admin',
      operation: 'mutation MakeSecret',
      verb: 'create',
      resource: 'Secret',
      namespace: 'default',
      name: 'db',
      code: 'OK',
      status: 200,
      requestObject: { variables: { s: { metadata: { name: 'db' }, data: '<redacted>' } } },
    });
    expect(line.groups).toEqual(expect.any(Array));
    expect(line.latencyMs).toEqual(expect.any(Number));
    expect(new Date(line.time).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records refusals with their code and the identity refused', async () => {
    const r = await gql(nodeToken, '{ secrets { items { metadata { name } } } }');
    expect(r.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await lineOf(r.requestId)).toMatchObject({ user: 'system:node:n1', verb: 'list', resource: 'Secret', code: 'FORBIDDEN' });
  });

  it('records REST requests with Kubernetes verbs, the status and its reason, and the body (Secret data redacted)', async () => {
    const created = await rest('POST', '/api/v1/namespaces/default/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'plain' }, data: { shown: 'yes' } });
    expect(created.status).toBe(201);
    expect(await lineOf(created.requestId)).toMatchObject({
      api: 'rest',
      user: 'admin',
      verb: 'create',
      resource: 'configmaps',
      namespace: 'default',
      code: 'OK',
      status: 201,
      requestObject: { data: { shown: 'yes' } },
    });
    const patched = await rest('PATCH', '/api/v1/namespaces/default/secrets/db', { data: { password: SECRET_VALUE } }, 'application/merge-patch+json');
    expect(patched.status).toBe(200);
    expect(await lineOf(patched.requestId)).toMatchObject({ verb: 'patch', resource: 'secrets', name: 'db', requestObject: { data: '<redacted>' } });
    const missing = await rest('GET', '/api/v1/namespaces/default/configmaps/nope');
    expect(await lineOf(missing.requestId)).toMatchObject({ verb: 'get', resource: 'configmaps', name: 'nope', status: 404, code: 'NotFound' });
    const listed = await rest('GET', '/api/v1/namespaces/default/configmaps');
    expect(await lineOf(listed.requestId)).toMatchObject({ verb: 'list', status: 200 });
  });

  it('records queries and mutations over graphql-ws', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${ADMIN}` }, retryAttempts: 0 });
    const result = await new Promise<any>((resolve, reject) =>
      client.subscribe(
        { query: 'mutation Touch { patchConfigMap(namespace: "default", name: "plain", patch: { data: { touched: "1" } }) { metadata { name } } }' },
        { next: resolve, error: reject, complete: () => {} },
      ),
    );
    await client.dispose();
    expect(result.errors).toBeUndefined();
    const line = await waitFor('the graphql-ws line', () => lines().find((l) => l.operation === 'mutation Touch'));
    expect(line).toMatchObject({ api: 'graphql', user: 'admin', verb: 'patch', resource: 'ConfigMap', name: 'plain', code: 'OK' });
  });

  it('never holds a Secret’s data and is readable by its owner only', () => {
    const text = readFileSync(logFile, 'utf8');
    expect(text).not.toContain(SECRET_VALUE);
    expect(statSync(logFile).mode & 0o777).toBe(0o600);
  });
});
