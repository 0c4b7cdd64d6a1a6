/**
 * Credentials against a real server process (docs/security.md): bootstrap tokens expire and can
 * be listed and revoked; joinNode will not take over a live node's name; revocation, expiry and
 * a deleted ServiceAccount cut off open WebSockets and requests within 5 s; NodeRestriction
 * limits what a node writes into its own Node; an agent whose credential was replaced joins
 * again with its bootstrap token, or stops with exit code 3 when it cannot.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signServiceAccountToken, SERVICE_ACCOUNT_NAME_ANNOTATION, SERVICE_ACCOUNT_TOKEN_TYPE, SERVICE_ACCOUNT_UID_ANNOTATION } from '../server/auth/service-account-token.ts';
import { ensureSigningKey, type SigningKeyStore } from '../server/auth/signing-key.ts';
import type { KObject } from '../server/kinds/types.ts';
import { capstan } from './cli-run.ts';
import { startAgentProcess, type AgentProcess } from './cluster.ts';
import { createTestDatabase, gql, startServerProcess, waitFor, type ServerProcess, type TestDatabase } from './harness.ts';

const BOOTSTRAP = 'credentials-bootstrap-token-0123456789';
const CREATE = `mutation($ttl: Int, $d: String) { createBootstrapToken(ttlSeconds: $ttl, description: $d) { id token expiresAt } }`;
const LIST = `{ bootstrapTokens { id description expiresAt expired createdAt lastUsedAt } }`;
const REVOKE = `mutation($id: String!) { revokeBootstrapToken(id: $id) }`;
const JOIN = `mutation($n: String!, $r: Boolean) { joinNode(nodeName: $n, allowRejoin: $r) { nodeName token } }`;
const LIST_NODES = `{ nodes { items { metadata { name } } } }`;

let db: TestDatabase;
let server: ServerProcess;
let sql: pg.Client;
const sockets: Client[] = [];
const agents: AgentProcess[] = [];

async function codeOf(token: string, query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
  try {
    await gql(server.url, token, query, variables);
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return 'OK';
}

const admin = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(server.url, server.token, query, variables);
const join = async (token: string, name: string, allowRejoin?: boolean) => (await gql(server.url, token, JOIN, { n: name, r: allowRejoin })).joinNode as { nodeName: string; token: string };
const apply = (...objects: object[]) => admin(`mutation($m: String!) { apply(manifests: $m) { name } }`, { m: objects.map((o) => JSON.stringify(o)).join('\n---\n') });

/** A graphql-ws connection with `token`, and how (and when) it closed. */
function connect(token: string): { client: Client; closed: Promise<{ code: number; reason: string; at: number }> } {
  const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
  sockets.push(client);
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) => client.on('closed', (e) => {
    const { code, reason } = e as { code: number; reason: string };
    resolve({ code, reason, at: Date.now() });
  }));
  return { client, closed };
}

/** Resolves once the connection is acknowledged (the credential was accepted at connect). */
const connected = (client: Client) => new Promise<void>((resolve) => client.on('connected', () => resolve()));

/** A Lease in kube-node-lease for `name` renewed `agoMs` ago, as its agent's heartbeat leaves it. */
async function lease(name: string, agoMs: number, durationSeconds = 40): Promise<void> {
  await apply({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name, namespace: 'kube-node-lease' },
    spec: { holderIdentity: name, leaseDurationSeconds: durationSeconds, renewTime: new Date(Date.now() - agoMs).toISOString() },
  });
}

beforeAll(async () => {
  db = await createTestDatabase('credentials');
  server = await startServerProcess(db.url, { CAPSTAN_BOOTSTRAP_TOKEN: BOOTSTRAP });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
}, 90_000);

afterAll(async () => {
  await Promise.all(sockets.map((c) => c.dispose()));
  await Promise.all(agents.map((a) => a.stop()));
  await sql?.end();
  await server?.stop();
  await db?.drop();
}, 60_000);

describe('bootstrap tokens', () => {
  it('are refused once expired', async () => {
    const { token } = (await admin(CREATE, { ttl: 1 })).createBootstrapToken;
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await codeOf(token, JOIN, { n: 'late-node' })).toBe('UNAUTHENTICATED');
    const listed = (await admin(LIST)).bootstrapTokens as { id: string; expired: boolean }[];
    expect(listed.some((t) => t.expired)).toBe(true);
  });

  it('are listed for admins without their secret, and a revoked one is refused at once and gone from the list', async () => {
    const made = (await admin(CREATE, { ttl: 3600, d: 'rack 7' })).createBootstrapToken;
    await join(made.token, 'rack7-a');
    await waitFor('its use to be recorded', async () => (await admin(LIST)).bootstrapTokens.find((t: { id: string }) => t.id === made.id)?.lastUsedAt);
    const listing = (await admin(LIST)).bootstrapTokens as { id: string; description: string; expiresAt: string; createdAt: string; lastUsedAt: string }[];
    const entry = listing.find((t) => t.id === made.id)!;
    expect(entry).toMatchObject({ description: 'rack 7', expiresAt: made.expiresAt });
    expect(Date.parse(entry.createdAt)).toBeLessThanOrEqual(Date.now());
    expect(JSON.stringify(listing)).not.toContain(made.token);
    // Only admins list or revoke: not a bootstrap token, not a node.
    expect(await codeOf(made.token, LIST)).toBe('FORBIDDEN');
    expect(await codeOf(BOOTSTRAP, REVOKE, { id: made.id })).toBe('FORBIDDEN');

    const { client, closed } = connect(made.token);
    await connected(client);
    expect((await admin(REVOKE, { id: made.id })).revokeBootstrapToken).toBe(true);
    expect(await codeOf(made.token, JOIN, { n: 'rack7-b' })).toBe('UNAUTHENTICATED');
    expect((await closed).code).toBe(4401);
    expect(((await admin(LIST)).bootstrapTokens as { id: string }[]).map((t) => t.id)).not.toContain(made.id);
    expect(await codeOf(server.token, REVOKE, { id: made.id })).toBe('NOT_FOUND');
  });
});

describe('capstan token', () => {
  it('lists the bootstrap tokens without their secrets and revokes one by ID', async () => {
    const made = (await admin(CREATE, { ttl: 7200, d: 'cli check' })).createBootstrapToken;
    const target = { server: server.url.replace(/\/graphql$/, ''), token: server.token };
    const listed = await capstan(target, ['token', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^ID +TTL +EXPIRES +AGE +LAST USED +DESCRIPTION\n/);
    expect(listed.stdout).toMatch(new RegExp(`${made.id} +1(19|20)m +${made.expiresAt.replace(/\./g, '\\.')} `));
    expect(listed.stdout).toContain('cli check');
    expect(listed.stdout).not.toContain(made.token);
    const revoked = await capstan(target, ['token', 'revoke', made.id]);
    expect(revoked).toMatchObject({ code: 0, stdout: `bootstrap token ${made.id} revoked\n` });
    expect(await codeOf(made.token, JOIN, { n: 'cli-node' })).toBe('UNAUTHENTICATED');
    expect((await capstan(target, ['token', 'list'])).stdout).not.toContain(made.id);
    // Not for a bootstrap token.
    const refused = await capstan({ ...target, token: BOOTSTRAP }, ['token', 'list']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('only admins may');
  }, 60_000);
});

describe('joinNode for a name a node holds', () => {
  it('is refused while the node’s Lease is current, and allowed to an admin with allowRejoin', async () => {
    const first = await join(BOOTSTRAP, 'busy-node');
    await lease('busy-node', 2_000);
    const refused = await gql(server.url, BOOTSTRAP, JOIN, { n: 'busy-node' }).catch((err: Error & { code?: string }) => err);
    expect((refused as { code?: string }).code).toBe('CONFLICT');
    expect((refused as Error).message).toMatch(/node "busy-node" is running.*Lease.*allowRejoin/);
    // The running node's credential still works; a bootstrap token may not set allowRejoin.
    expect((await gql(server.url, first.token, LIST_NODES)).nodes.items).toBeDefined();
    expect(await codeOf(BOOTSTRAP, JOIN, { n: 'busy-node', r: true })).toBe('FORBIDDEN');

    const second = await join(server.token, 'busy-node', true);
    expect(await codeOf(first.token, LIST_NODES)).toBe('UNAUTHENTICATED');
    expect(await codeOf(second.token, LIST_NODES)).toBe('OK');
  });

  it('is refused while the node’s credential is in use, even without a Lease', async () => {
    const first = await join(BOOTSTRAP, 'chatty-node');
    await gql(server.url, first.token, LIST_NODES);
    await waitFor('the use to be recorded', async () => (await sql.query(`SELECT 1 FROM tokens WHERE subject = 'system:node:chatty-node' AND last_used_at IS NOT NULL`)).rowCount);
    expect(await codeOf(BOOTSTRAP, JOIN, { n: 'chatty-node' })).toBe('CONFLICT');
  });

  it('is allowed once the node’s Lease has lapsed and its credential is idle (a dead node comes back)', async () => {
    await join(BOOTSTRAP, 'dead-node');
    await lease('dead-node', 60_000, 40);
    expect(await codeOf(BOOTSTRAP, JOIN, { n: 'dead-node' })).toBe('OK');
  });
});

describe('revocation on open connections', () => {
  it('closes an open graphql-ws socket (4401) within 5 s of its token being revoked in the database, and HTTP refuses the token too', async () => {
    const { token } = (await admin(`mutation { createUserToken(user: "jane", groups: ["devs"]) { token } }`)).createUserToken;
    const { client, closed } = connect(token);
    await connected(client);
    // An operation on the open socket works while the token does.
    const first = await new Promise<unknown>((resolve, reject) => client.subscribe({ query: `{ canI(verb: "get", resource: "pods") }` }, { next: resolve, error: reject, complete: () => {} }));
    expect(first).toMatchObject({ data: { canI: false } });
    // Revoked behind the server's back (another server, or the database): no in-process hint.
    const revokedAt = Date.now();
    await sql.query(`DELETE FROM tokens WHERE subject = 'jane'`);
    const close = await closed;
    expect(close.code).toBe(4401);
    expect(close.reason).toContain('UNAUTHENTICATED');
    expect(close.at - revokedAt).toBeLessThanOrEqual(5_000);
    expect(await codeOf(token, LIST_NODES)).toBe('UNAUTHENTICATED');
  });

  it('refuses an operation on an open socket once its token is revoked, before any sweep, and closes the socket', async () => {
    // A second server whose periodic re-check of sockets is off for the test's length: only the per-operation check is left.
    const slow = await startServerProcess(db.url, { CAPSTAN_CREDENTIAL_RECHECK_MS: '600000' });
    try {
      const { token } = (await admin(`mutation { createUserToken(user: "joe") { token } }`)).createUserToken;
      const client = createClient({ url: slow.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
      sockets.push(client);
      const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
      await connected(client);
      const ask = () =>
        new Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }>((resolve, reject) =>
          client.subscribe({ query: `{ canI(verb: "get", resource: "pods") }` }, { next: (r) => resolve(r as never), error: (e) => (Array.isArray(e) ? resolve({ errors: e }) : reject(e)), complete: () => {} }),
        );
      expect(await ask()).toMatchObject({ data: { canI: false } });
      await sql.query(`DELETE FROM tokens WHERE subject = 'joe'`);
      // Past the authentication cache's 2.5 s, the next operation asks the database again.
      await new Promise((r) => setTimeout(r, 3_000));
      const refused = await ask();
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await closed).toBe(4401);
    } finally {
      await slow.stop();
    }
  }, 90_000);

  it('cuts off a deleted ServiceAccount’s token within 5 s, on HTTP and on an open socket', async () => {
    // The signing key the server verifies with (the token controller, in the workers, makes it in a cluster).
    const store: SigningKeyStore = {
      get: async (kind, namespace, name) => {
        const field = kind === 'Secret' ? 'secret' : 'namespace';
        const args = kind === 'Secret' ? `namespace: "${namespace}", name: "${name}"` : `name: "${name}"`;
        const selection = kind === 'Secret' ? 'metadata { name } type data' : 'metadata { name }';
        return (await admin(`{ ${field}(${args}) { ${selection} } }`))[field] as KObject | null;
      },
      create: async (_kind, namespace, obj) => {
        await apply({ ...obj, metadata: { ...obj.metadata, namespace } });
        return obj;
      },
    };
    const key = await ensureSigningKey(store);
    await apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'robots' } }, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot', namespace: 'robots' } });
    const uid = (await admin(`{ serviceAccount(namespace: "robots", name: "robot") { metadata { uid } } }`)).serviceAccount.metadata.uid as string;
    const jwt = await signServiceAccountToken(key, { namespace: 'robots', name: 'robot', uid, secretName: 'robot-token' });
    await apply({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'robot-token', namespace: 'robots', annotations: { [SERVICE_ACCOUNT_NAME_ANNOTATION]: 'robot', [SERVICE_ACCOUNT_UID_ANNOTATION]: uid } },
      type: SERVICE_ACCOUNT_TOKEN_TYPE,
      data: { token: Buffer.from(jwt).toString('base64') },
    });
    await waitFor('the token to work', async () => (await codeOf(jwt, `{ canI(verb: "get", resource: "pods") }`)) === 'OK', 10_000, 100);
    const { client, closed } = connect(jwt);
    await connected(client);

    const deletedAt = Date.now();
    await admin(`mutation { deleteServiceAccount(namespace: "robots", name: "robot") { metadata { name } } }`);
    // The server sees the deletion in its watch hub and closes the socket at once (the 5 s
    // bound is the authenticator's own check, for a deletion no hub event reports).
    const close = await closed;
    expect(close.code).toBe(4401);
    expect(close.reason).toContain('the ServiceAccount was deleted');
    expect(close.at - deletedAt).toBeLessThanOrEqual(5_000);
    await waitFor('HTTP to refuse the token', async () => (await codeOf(jwt, `{ canI(verb: "get", resource: "pods") }`)) === 'UNAUTHENTICATED', 10_000, 100);
    expect(Date.now() - deletedAt).toBeLessThanOrEqual(5_000);
  });
});

describe('NodeRestriction', () => {
  const CREATE_NODE = `mutation($n: NodeInput!) { createNode(node: $n) { metadata { name labels } } }`;
  const PATCH_NODE = `mutation($name: String!, $p: JSON!) { patchNode(name: $name, patch: $p) { metadata { labels finalizers } spec { taints { key } } } }`;
  let node: string;

  beforeAll(async () => {
    node = (await join(BOOTSTRAP, 'restricted')).token;
  });

  it('refuses a node registering with a node-restriction.kubernetes.io/ label, a finalizer or an ownerReference', async () => {
    const meta = (extra: object) => ({ n: { metadata: { name: 'restricted', labels: { 'kubernetes.io/hostname': 'restricted' }, ...extra } } });
    expect(await codeOf(node, CREATE_NODE, meta({ labels: { 'node-restriction.kubernetes.io/trusted': 'true' } }))).toBe('FORBIDDEN');
    expect(await codeOf(node, CREATE_NODE, meta({ labels: { 'node-role.kubernetes.io/control-plane': '' } }))).toBe('FORBIDDEN');
    expect(await codeOf(node, CREATE_NODE, meta({ finalizers: ['example.com/keep'] }))).toBe('FORBIDDEN');
    expect(await codeOf(node, CREATE_NODE, meta({ ownerReferences: [{ apiVersion: 'v1', kind: 'Namespace', name: 'default', uid: 'x' }] }))).toBe('FORBIDDEN');
    // Kubelet labels, labels of other domains and taints at registration are fine.
    const created = await gql(server.url, node, CREATE_NODE, {
      n: { metadata: { name: 'restricted', labels: { 'kubernetes.io/hostname': 'restricted', 'topology.kubernetes.io/zone': 'z1', 'example.com/disk': 'ssd' } }, spec: { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] } },
    });
    expect(created.createNode.metadata.labels['topology.kubernetes.io/zone']).toBe('z1');
  });

  it('lets a node update its status and its hostname label, but not set a node-restriction label, a finalizer or new taints', async () => {
    await gql(server.url, node, `mutation { updateNodeStatus(name: "restricted", status: { capacity: { cpu: "4", pods: "110" } }) { metadata { name } } }`);
    const patched = await gql(server.url, node, PATCH_NODE, { name: 'restricted', p: { metadata: { labels: { 'kubernetes.io/hostname': 'restricted-2', 'node.kubernetes.io/instance-type': 'm5' } } } });
    expect(patched.patchNode.metadata.labels['kubernetes.io/hostname']).toBe('restricted-2');

    const refused = await gql(server.url, node, PATCH_NODE, { name: 'restricted', p: { metadata: { labels: { 'node-restriction.kubernetes.io/trusted': 'true' } } } }).catch((e: Error & { code?: string }) => e);
    expect((refused as { code?: string }).code).toBe('FORBIDDEN');
    expect((refused as Error).message).toContain('node-restriction.kubernetes.io/trusted');
    expect(await codeOf(node, PATCH_NODE, { name: 'restricted', p: { metadata: { finalizers: ['example.com/keep'] } } })).toBe('FORBIDDEN');
    expect(await codeOf(node, PATCH_NODE, { name: 'restricted', p: { spec: { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }, { key: 'mine', effect: 'NoSchedule' }] } } })).toBe('FORBIDDEN');
    // Cordoned by an admin, it may not uncordon itself.
    await admin(PATCH_NODE, { name: 'restricted', p: { spec: { unschedulable: true } } });
    expect(await codeOf(node, PATCH_NODE, { name: 'restricted', p: { spec: { unschedulable: false } } })).toBe('FORBIDDEN');

    // An admin sets the label; the node's own later writes keep it and may not remove it.
    await admin(PATCH_NODE, { name: 'restricted', p: { metadata: { labels: { 'node-restriction.kubernetes.io/trusted': 'true' } } } });
    await gql(server.url, node, PATCH_NODE, { name: 'restricted', p: { metadata: { labels: { 'kubernetes.io/hostname': 'restricted' } } } });
    expect(await codeOf(node, PATCH_NODE, { name: 'restricted', p: { metadata: { labels: { 'node-restriction.kubernetes.io/trusted': null } } } })).toBe('FORBIDDEN');
    const now = await admin(`{ node(name: "restricted") { metadata { labels finalizers } status { capacity } } }`);
    expect(now.node.metadata.labels['node-restriction.kubernetes.io/trusted']).toBe('true');
    expect(now.node.metadata.finalizers ?? []).toEqual([]);
    expect(now.node.status.capacity.cpu).toBe('4');
  });

  it('applies to the REST API as well', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const patch = (body: object) =>
      fetch(`${base}/api/v1/nodes/restricted`, { method: 'PATCH', headers: { authorization: `Bearer ${node}`, 'content-type': 'application/merge-patch+json' }, body: JSON.stringify(body) });
    const refused = await patch({ metadata: { labels: { 'node-restriction.kubernetes.io/other': 'x' } } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('NodeRestriction');
    expect((await patch({ metadata: { finalizers: ['example.com/keep'] } })).status).toBe(403);
    expect((await patch({ metadata: { labels: { 'kubernetes.io/os': 'linux' } } })).status).toBe(200);
  });
});

describe('an agent whose node credential is replaced', () => {
  const savedToken = (agent: AgentProcess) => (JSON.parse(readFileSync(path.join(agent.dataDir, 'node-credential.json'), 'utf8')) as { token: string }).token;

  it('joins again with its bootstrap token and carries on with a new credential', async () => {
    const agent = await startAgentProcess({ server: server.url.replace(/\/graphql$/, ''), bootstrapToken: BOOTSTRAP, name: 'agent-rejoin' });
    agents.push(agent);
    await waitFor('the agent to register its Node', async () => (await admin(`{ node(name: "agent-rejoin") { metadata { name } } }`)).node, 60_000, 200);
    // The pod CIDR the node-lifecycle worker would give it (no workers here): the agent then runs pods.
    await admin(`mutation { patchNode(name: "agent-rejoin", patch: { spec: { podCIDR: "127.64.201.0/24" } }) { metadata { name } } }`);
    const original = savedToken(agent);
    // An admin replaces the node's credential (as after a leak): the agent's stops working.
    const adminIssued = (await join(server.token, 'agent-rejoin', true)).token;
    const renewed = await waitFor('the agent to join again', () => {
      const t = savedToken(agent);
      return t !== original && t !== adminIssued ? t : undefined;
    }, 60_000, 200);
    expect(await codeOf(renewed, `{ node(name: "agent-rejoin") { metadata { name } } }`)).toBe('OK');
    expect(await codeOf(original, LIST_NODES)).toBe('UNAUTHENTICATED');
    expect(agent.child.exitCode).toBeNull();
    // Its pod watch and status writes work with the new credential: a pod bound to it runs.
    await admin(`mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
      p: { metadata: { name: 'after-rejoin' }, spec: { nodeName: 'agent-rejoin', automountServiceAccountToken: false, terminationGracePeriodSeconds: 1, containers: [{ name: 'c', image: 'busybox', command: ['sleep', '60'] }] } },
    });
    await waitFor('the pod to run', async () => (await admin(`{ pod(namespace: "default", name: "after-rejoin") { status { phase } } }`)).pod?.status?.phase === 'Running', 60_000, 200);
  }, 120_000);

  it('stops with exit code 3, saying why, when its bootstrap token no longer works', async () => {
    const made = (await admin(CREATE, { ttl: 3600, d: 'short-lived agent' })).createBootstrapToken;
    const agent = await startAgentProcess({ server: server.url.replace(/\/graphql$/, ''), bootstrapToken: made.token, name: 'agent-lost' });
    agents.push(agent);
    await waitFor('the agent to register its Node', async () => (await admin(`{ node(name: "agent-lost") { metadata { name } } }`)).node, 60_000, 200);
    await admin(REVOKE, { id: made.id });
    await join(server.token, 'agent-lost', true);
    const code = await new Promise<number | null>((resolve) => (agent.child.exitCode !== null ? resolve(agent.child.exitCode) : agent.child.once('exit', (c) => resolve(c))));
    expect(code).toBe(3);
    expect(agent.output()).toMatch(/cannot join again: the bootstrap token is no longer valid/);
  }, 120_000);
});
