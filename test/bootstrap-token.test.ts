/**
 * Joining nodes, against a real server process: bootstrap tokens (made by an admin, or given in
 * CAPSTAN_BOOTSTRAP_TOKEN) may call joinNode and nothing else; joinNode issues a node credential
 * and revokes the node's earlier ones; tokens expire and are stored hashed.
 */
import { createHash } from 'node:crypto';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestDatabase, gql, startServerProcess, waitFor, type ServerProcess, type TestDatabase } from './harness.ts';

const ENV_BOOTSTRAP_TOKEN = 'env-bootstrap-token-0123456789';

const CREATE = `mutation($ttl: Int, $d: String) { createBootstrapToken(ttlSeconds: $ttl, description: $d) { token expiresAt description } }`;
const JOIN = `mutation($n: String!) { joinNode(nodeName: $n) { nodeName token } }`;
const LIST_PODS = `{ pods { items { metadata { name } } } }`;
const LIST_NODES = `{ nodes { items { metadata { name } } } }`;

let db: TestDatabase;
let server: ServerProcess;

/** The error code of a request that must fail. */
async function codeOf(token: string, query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
  try {
    await gql(server.url, token, query, variables);
  } catch (err) {
    return (err as { code?: string }).code;
  }
  throw new Error('the request succeeded but was expected to fail');
}

async function createToken(ttlSeconds?: number, description?: string): Promise<{ token: string; expiresAt: string | null; description: string }> {
  return (await gql(server.url, server.token, CREATE, { ttl: ttlSeconds, d: description })).createBootstrapToken;
}

async function join(token: string, name: string): Promise<{ nodeName: string; token: string }> {
  return (await gql(server.url, token, JOIN, { n: name })).joinNode;
}

beforeAll(async () => {
  db = await createTestDatabase('bootstrap_token');
  server = await startServerProcess(db.url, { CAPSTAN_BOOTSTRAP_TOKEN: ENV_BOOTSTRAP_TOKEN });
}, 90_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('a bootstrap token made by an admin', () => {
  it('expires after 24 hours by default and carries its description', async () => {
    const before = Date.now();
    const created = await createToken(undefined, 'rack 4');
    expect(created.token).toMatch(/^cst_bootstrap_[A-Za-z0-9_-]{40,}$/);
    expect(created.description).toBe('rack 4');
    const expires = Date.parse(created.expiresAt!);
    expect(expires - before).toBeGreaterThanOrEqual(24 * 3600_000 - 1_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(24 * 3600_000 + 1_000);
  });

  it('can join a node, which gets a credential of its own', async () => {
    const { token } = await createToken();
    const credential = await join(token, 'node-a');
    expect(credential.nodeName).toBe('node-a');
    expect(credential.token).toMatch(/^cst_node_/);
    // The credential acts as system:node:node-a: it may register its own Node, not another.
    const created = await gql(server.url, credential.token, `mutation { createNode(node: { metadata: { name: "node-a" } }) { metadata { name } } }`);
    expect(created.createNode.metadata.name).toBe('node-a');
    expect(await codeOf(credential.token, `mutation { createNode(node: { metadata: { name: "node-z" } }) { metadata { name } } }`)).toBe('FORBIDDEN');
  });

  it('cannot list pods, read nodes or make more bootstrap tokens', async () => {
    const { token } = await createToken();
    expect(await codeOf(token, LIST_PODS)).toBe('FORBIDDEN');
    expect(await codeOf(token, LIST_NODES)).toBe('FORBIDDEN');
    expect(await codeOf(token, CREATE)).toBe('FORBIDDEN');
  });

  it('is UNAUTHENTICATED once expired, even right after it was used', async () => {
    const { token, expiresAt } = await createToken(1);
    expect(Date.parse(expiresAt!) - Date.now()).toBeLessThanOrEqual(1_000);
    // The server's token cache (2.5 s) must not outlive the token.
    await join(token, 'node-short-lived').catch(() => undefined);
    const outcome = () => gql(server.url, token, JOIN, { n: 'node-late' }).then(() => 'joined', (err: { code?: string }) => err.code);
    await waitFor('the token to expire', async () => (await outcome()) === 'UNAUTHENTICATED', 5_000, 100);
  });

  it('never expires with ttlSeconds 0, and a negative TTL is INVALID', async () => {
    expect((await createToken(0)).expiresAt).toBeNull();
    expect(await codeOf(server.token, CREATE, { ttl: -5 })).toBe('INVALID');
  });

  it('is stored only as a hash', async () => {
    const { token } = await createToken(600, 'hash check');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT * FROM tokens WHERE description = 'hash check'`);
      expect(rows).toHaveLength(1);
      expect(rows[0].hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(rows[0].type).toBe('bootstrap');
      expect(rows[0].subject).toBe(`system:bootstrap:${rows[0].id}`);
      expect(rows[0].groups).toEqual(['system:bootstrappers']);
      expect(JSON.stringify(rows)).not.toContain(token);
    } finally {
      await client.end();
    }
  });
});

describe('CAPSTAN_BOOTSTRAP_TOKEN', () => {
  it('is a bootstrap token that joins nodes', async () => {
    const credential = await join(ENV_BOOTSTRAP_TOKEN, 'node-env');
    expect(credential.nodeName).toBe('node-env');
    expect(await codeOf(ENV_BOOTSTRAP_TOKEN, LIST_PODS)).toBe('FORBIDDEN');
  });
});

describe('joinNode', () => {
  it('refuses a name that is not a DNS-1123 subdomain with INVALID', async () => {
    expect(await codeOf(ENV_BOOTSTRAP_TOKEN, JOIN, { n: 'Bad_Name' })).toBe('INVALID');
  });

  it('is refused to node credentials', async () => {
    const { token } = await join(ENV_BOOTSTRAP_TOKEN, 'node-b');
    expect(await codeOf(token, JOIN, { n: 'node-c' })).toBe('FORBIDDEN');
  });

  it('revokes the earlier credential of a node that an admin joins again (allowRejoin), and closes its WebSocket', async () => {
    const first = await join(ENV_BOOTSTRAP_TOKEN, 'node-rejoin');
    expect((await gql(server.url, first.token, LIST_NODES)).nodes.items).toBeDefined();

    const ws = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${first.token}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
    const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('closed', (e) => resolve(e as { code: number; reason: string })));
    const events: unknown[] = [];
    let subscriptionError: unknown;
    ws.subscribe({ query: `subscription { watchNodes { type } }` }, { next: (e) => void events.push(e), error: (e) => (subscriptionError = e), complete: () => {} });
    await waitFor('the watch to deliver the current nodes', () => events.length > 0);

    // The node is live (its credential was just used): only an admin's allowRejoin may replace it.
    const second = (await gql(server.url, server.token, `mutation($n: String!) { joinNode(nodeName: $n, allowRejoin: true) { nodeName token } }`, { n: 'node-rejoin' })).joinNode;
    expect(second.token).not.toBe(first.token);
    expect(await codeOf(first.token, LIST_NODES)).toBe('UNAUTHENTICATED');
    expect((await gql(server.url, second.token, LIST_NODES)).nodes.items).toBeDefined();
    const close = await closed;
    expect(close.code).toBe(4401);
    expect(close.reason).toContain('UNAUTHENTICATED');
    expect(subscriptionError).toBeDefined();
    await ws.dispose();
  });
});
