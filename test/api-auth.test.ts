/**
 * Authentication and operations on real servers: the bootstrap admin token (generated or given),
 * tokens stored hashed, authorization denying what it does not know, the probes and /metrics.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { serverOptionsFromArgs } from '../server/config.ts';
import { createLogger } from '../server/logger.ts';
import { startServer, type RunningServer } from '../server/main.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const LIST = `query ListNamespaces { namespaces { items { metadata { name } } } }`;

async function post(server: RunningServer, token: string | undefined, query = LIST): Promise<{ status: number; body: any }> {
  const r = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: r.status, body: await r.json() };
}

const endpoint = (server: RunningServer, p: string) => server.url.replace(/\/graphql$/, p);

/** A logger whose lines the test can read. */
function capturedLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } }) };
}

async function tokenRows(url: string): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query('SELECT * FROM tokens')).rows;
  } finally {
    await c.end();
  }
}

describe('the generated admin token', () => {
  let db: TestDatabase;
  let dir: string;
  let first: RunningServer;
  const log = capturedLogger();

  beforeAll(async () => {
    db = await createTestDatabase('api_auth_gen');
    dir = await mkdtemp(path.join(tmpdir(), 'capstan-auth-'));
    first = await startServer({ databaseUrl: db.url, listen: '127.0.0.1:0', dataDir: dir, logger: log.logger, processMetrics: false });
  });

  afterAll(async () => {
    await first?.close();
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('is written to <data dir>/admin-token, readable by its owner only, and named in the log', async () => {
    const file = path.join(dir, 'admin-token');
    const token = (await readFile(file, 'utf8')).trim();
    expect(token).toMatch(/^cst_admin_[A-Za-z0-9_-]{40,}$/);
    expect(first.adminToken).toBe(token);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(log.lines.some((l) => JSON.parse(l).msg.includes(file))).toBe(true);
    expect(log.lines.join('\n')).not.toContain(token);
  });

  it('lets its holder in', async () => {
    const { status, body } = await post(first, first.adminToken);
    expect(status).toBe(200);
    expect(body.data.namespaces.items).toContainEqual({ metadata: { name: 'default' } });
  });

  it('is stored as a SHA-256 hash only, never as the token itself', async () => {
    const rows = await tokenRows(db.url);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'admin', subject: 'admin', hash: createHash('sha256').update(first.adminToken).digest('hex') });
    expect(JSON.stringify(rows)).not.toContain(first.adminToken);
  });

  it('is not generated again by a later server on the same database', async () => {
    const otherDir = await mkdtemp(path.join(tmpdir(), 'capstan-auth-'));
    const second = await startServer({ databaseUrl: db.url, listen: '127.0.0.1:0', dataDir: otherDir, logLevel: 'silent', processMetrics: false });
    try {
      expect(second.adminToken).toBe('');
      await expect(stat(path.join(otherDir, 'admin-token'))).rejects.toThrow();
      expect(await tokenRows(db.url)).toHaveLength(1);
      expect((await post(second, first.adminToken)).status).toBe(200);
    } finally {
      await second.close();
      await rm(otherDir, { recursive: true, force: true });
    }
  });
});

describe('an admin token given in CAPSTAN_ADMIN_TOKEN', () => {
  let db: TestDatabase;
  let server: RunningServer;
  const chosen = 'chosen-admin-token-0123456789';
  const log = capturedLogger();

  beforeAll(async () => {
    db = await createTestDatabase('api_auth_env');
    const options = serverOptionsFromArgs(['--listen', '127.0.0.1:0', '--data-dir', tmpdir()], { DATABASE_URL: db.url, CAPSTAN_ADMIN_TOKEN: chosen });
    if (options === 'help') throw new Error('unexpected help');
    server = await startServer({ ...options, logger: log.logger, processMetrics: false });
  });

  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('is the admin token, stored hashed, and never logged', async () => {
    expect(server.adminToken).toBe(chosen);
    expect((await post(server, chosen)).status).toBe(200);
    const rows = await tokenRows(db.url);
    expect(rows.map((r) => r.hash)).toEqual([createHash('sha256').update(chosen).digest('hex')]);
    expect(JSON.stringify(rows)).not.toContain(chosen);
    expect(log.lines.join('\n')).not.toContain(chosen);
  });

  it('works over graphql-ws through connectionParams', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${chosen}` }, retryAttempts: 0 });
    const result = await new Promise<any>((resolve, reject) => {
      client.subscribe({ query: LIST }, { next: resolve, error: reject, complete: () => {} });
    });
    await client.dispose();
    expect(result.data.namespaces.items).toContainEqual({ metadata: { name: 'default' } });
  });

  it('makes an identity that no rule covers FORBIDDEN, naming what it was refused', async () => {
    const store = await Store.open({ databaseUrl: db.url, poolSize: 1 });
    const { token } = await store.tokens.create({ type: 'user', subject: 'jane' });
    await store.close();
    const { body } = await post(server, token);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0].message).toBe('jane may not list Namespace');
    expect((await fetch(endpoint(server, '/metrics'), { headers: { authorization: `Bearer ${token}` } })).status).toBe(403);
  });
});

describe('probes and metrics', () => {
  let db: TestDatabase;
  let server: RunningServer;
  const TOKEN = 'metrics-admin';

  beforeAll(async () => {
    db = await createTestDatabase('api_auth_ops');
    server = await startServer({ databaseUrl: db.url, listen: '127.0.0.1:0', adminToken: TOKEN, logLevel: 'silent' });
  });

  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('answers /healthz and /readyz without a token', async () => {
    for (const p of ['/healthz', '/readyz']) {
      const r = await fetch(endpoint(server, p));
      expect(r.status, p).toBe(200);
      expect(await r.text()).toBe('ok');
    }
  });

  it('requires a token for /metrics', async () => {
    expect((await fetch(endpoint(server, '/metrics'))).status).toBe(401);
  });

  it('serves the request latency histogram by operation, subscriptions, tail lag and errors by code', async () => {
    await post(server, TOKEN);
    await post(server, 'wrong');
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
    let bookmarked!: () => void;
    const ready = new Promise<void>((r) => (bookmarked = r));
    const stop = client.subscribe({ query: `subscription WatchPods { watchPods { type } }` }, { next: (r: any) => r.data?.watchPods.type === 'BOOKMARK' && bookmarked(), error: () => {}, complete: () => {} });
    await ready;

    const r = await fetch(endpoint(server, '/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } });
    const text = await r.text();
    stop();
    await client.dispose();
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(/capstan_api_request_duration_seconds_bucket\{le="[\d.]+",operation="ListNamespaces",type="query"\} 1/);
    expect(text).toMatch(/capstan_api_request_duration_seconds_count\{operation="WatchPods",type="subscription"\} 1/);
    expect(text).toMatch(/^capstan_api_active_subscriptions 1$/m);
    expect(text).toMatch(/^capstan_watch_tail_lag_seconds [\d.e+-]+$/m);
    expect(text).toMatch(/^capstan_api_errors_total\{code="UNAUTHENTICATED"\} [1-9]\d*$/m);
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toMatch(/^capstan_db_query_duration_seconds_count\{statement="select",result="ok"\} [1-9]\d*$/m);
  });
});

describe('capstan server flags', () => {
  it('take flags over environment variables over defaults', () => {
    const env = { DATABASE_URL: 'postgresql://env/db', CAPSTAN_LISTEN: '0.0.0.0:7000', CAPSTAN_DATA_DIR: '/var/env', CAPSTAN_ADMIN_TOKEN_FILE: '/var/env/tok' };
    expect(serverOptionsFromArgs(['--listen', '127.0.0.1:0'], env)).toMatchObject({
      databaseUrl: 'postgresql://env/db',
      listen: '127.0.0.1:0',
      dataDir: '/var/env',
      adminTokenFile: '/var/env/tok',
    });
    expect(serverOptionsFromArgs([], { DATABASE_URL: 'postgresql://x/y' })).toMatchObject({ listen: '127.0.0.1:6443', adminToken: undefined });
  });

  it('refuse a missing database, an unknown flag and a bad listen address with a clear message', () => {
    expect(() => serverOptionsFromArgs([], {})).toThrow(/DATABASE_URL/);
    expect(() => serverOptionsFromArgs(['--bogus'], { DATABASE_URL: 'x' })).toThrow(/bogus/);
    expect(() => serverOptionsFromArgs(['--listen', 'nowhere'], { DATABASE_URL: 'x' })).toThrow(/HOST:PORT/);
    expect(serverOptionsFromArgs(['--help'], {})).toBe('help');
  });
});
