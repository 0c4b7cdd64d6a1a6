/**
 * The pod-log relay against a real server process, over real graphql-ws connections: a test
 * client plays the node agent (node credential, subscribed to agentLogRequests, answering with
 * sendPodLogChunk) and an admin reads with podLogs.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestDatabase, gql, startServerProcess, waitFor, type ServerProcess, type TestDatabase } from './harness.ts';

const BOOTSTRAP = 'pod-logs-bootstrap-token-0123456789';

const SETUP = `
apiVersion: v1
kind: Pod
metadata: { name: solo }
spec:
  nodeName: n1
  containers: [{ name: app, image: busybox }]
---
apiVersion: v1
kind: Pod
metadata: { name: duo }
spec:
  nodeName: n1
  initContainers: [{ name: setup, image: busybox }]
  containers: [{ name: a, image: busybox }, { name: b, image: busybox }]
---
apiVersion: v1
kind: Pod
metadata: { name: unbound }
spec:
  containers: [{ name: app, image: busybox }]
---
apiVersion: v1
kind: Pod
metadata: { name: far }
spec:
  nodeName: n-offline
  containers: [{ name: app, image: busybox }]
---
apiVersion: v1
kind: Pod
metadata: { name: on-n2 }
spec:
  nodeName: n2
  containers: [{ name: app, image: busybox }]
`;

interface AgentLogRequest {
  type: 'START' | 'CANCEL';
  requestId: string;
  namespace: string;
  pod: string;
  podUid: string | null;
  container: string;
  follow: boolean;
  tailLines: number | null;
  sinceSeconds: number | null;
  previous: boolean;
}

interface ApiErrorLike {
  code?: string;
  message: string;
}

let db: TestDatabase;
let server: ServerProcess;
let n1Token: string;
let n2Token: string;
const clients: Client[] = [];

function wsClient(token: string): Client {
  const c = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  clients.push(c);
  return c;
}

function errorOf(err: unknown): ApiErrorLike {
  const first = (Array.isArray(err) ? err[0] : err) as { message?: string; reason?: string; extensions?: { code?: string } };
  return { code: first?.extensions?.code, message: String(first?.message ?? first?.reason ?? err) };
}

const SEND = `mutation($id: ID!, $d: String, $done: Boolean, $e: String) { sendPodLogChunk(requestId: $id, data: $d, done: $done, error: $e) }`;

/** A node agent's log side, as a test double over the real protocol. */
class TestAgent {
  readonly requests: AgentLogRequest[] = [];
  readonly client: Client;
  error: ApiErrorLike | undefined;
  /** What to do on START; by default answer "done" with nothing. */
  onStart: (req: AgentLogRequest) => Promise<void> | void = (req) => void this.send(req.requestId, { done: true });

  constructor(readonly token: string) {
    this.client = wsClient(token);
    this.client.subscribe<{ agentLogRequests: AgentLogRequest }>(
      { query: `subscription { agentLogRequests { type requestId namespace pod podUid container follow tailLines sinceSeconds previous } }` },
      {
        next: (r) => {
          const req = r.data?.agentLogRequests;
          if (!req) return;
          this.requests.push(req);
          if (req.type === 'START') void this.onStart(req);
        },
        error: (err) => (this.error = errorOf(err)),
        complete: () => {},
      },
    );
  }

  async send(requestId: string, chunk: { data?: string; done?: boolean; error?: string }, token = this.token): Promise<boolean> {
    return (await gql(server.url, token, SEND, { id: requestId, d: chunk.data, done: chunk.done, e: chunk.error })).sendPodLogChunk;
  }

  async request(type: 'START' | 'CANCEL', pod: string, requestId?: string): Promise<AgentLogRequest> {
    return waitFor(`a ${type} request for ${pod}`, () => this.requests.find((r) => r.type === type && r.pod === pod && (!requestId || r.requestId === requestId)), 15_000, 20);
  }
}

interface LogRead {
  data: string[];
  /** Resolves when the stream ends: with its error, or completed. */
  ended: Promise<{ error?: ApiErrorLike }>;
  stop(): void;
}

function readLogs(variables: Record<string, unknown>, token = server.token): LogRead {
  const client = wsClient(token);
  const data: string[] = [];
  let stop: () => void = () => {};
  const ended = new Promise<{ error?: ApiErrorLike }>((resolve) => {
    stop = client.subscribe<{ podLogs: { namespace: string; pod: string; container: string; data: string } }>(
      {
        query: `subscription($ns: String!, $n: String!, $c: String, $f: Boolean, $t: Int, $s: Int, $p: Boolean) {
          podLogs(namespace: $ns, name: $n, container: $c, follow: $f, tailLines: $t, sinceSeconds: $s, previous: $p) { namespace pod container data } }`,
        variables: { ns: 'default', ...variables },
      },
      {
        next: (r) => {
          if (r.data?.podLogs) data.push(r.data.podLogs.data);
        },
        error: (err) => resolve({ error: errorOf(err) }),
        complete: () => resolve({}),
      },
    );
  });
  return { data, ended, stop: () => stop() };
}

/** The error a podLogs read ends with at once. */
async function logError(variables: Record<string, unknown>, token?: string): Promise<ApiErrorLike | undefined> {
  return (await readLogs(variables, token).ended).error;
}

let agent: TestAgent;

beforeAll(async () => {
  db = await createTestDatabase('pod_logs');
  server = await startServerProcess(db.url, { CAPSTAN_BOOTSTRAP_TOKEN: BOOTSTRAP });
  await gql(server.url, server.token, `mutation($m: String!) { apply(manifests: $m) { name } }`, { m: SETUP });
  const join = async (name: string) => (await gql(server.url, BOOTSTRAP, `mutation($n: String!) { joinNode(nodeName: $n) { token } }`, { n: name })).joinNode.token as string;
  n1Token = await join('n1');
  n2Token = await join('n2');
  agent = new TestAgent(n1Token);
  // The agent's subscription is registered once a read reaches it (no "not connected").
  await waitFor('the agent of n1 to be connected', async () => (await logError({ n: 'solo' }))?.code !== 'UNAVAILABLE', 15_000, 50);
}, 90_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server?.stop();
  await db?.drop();
});

describe('podLogs', () => {
  it('relays the chunks the agent sends, in order, and completes when the agent says done', async () => {
    agent.onStart = async (req) => {
      if (req.pod !== 'solo' || !req.follow) return void agent.send(req.requestId, { done: true });
      for (let i = 1; i <= 20; i++) await agent.send(req.requestId, { data: `line ${i}\n` });
      await agent.send(req.requestId, { done: true });
    };
    const read = readLogs({ n: 'solo', f: true, t: 50, s: 3600 });
    expect(await read.ended).toEqual({});
    expect(read.data.join('')).toBe(Array.from({ length: 20 }, (_, i) => `line ${i + 1}\n`).join(''));
    const start = agent.requests.filter((r) => r.type === 'START' && r.pod === 'solo' && r.follow).at(-1)!;
    const pod = (await gql(server.url, server.token, `{ pod(namespace: "default", name: "solo") { metadata { uid } } }`)).pod;
    expect(start).toMatchObject({ namespace: 'default', container: 'app', podUid: pod.metadata.uid, tailLines: 50, sinceSeconds: 3600, previous: false });
  });

  it('sends CANCEL to the agent when the reader unsubscribes, and then refuses its chunks', async () => {
    agent.onStart = async (req) => {
      if (req.pod === 'duo') await agent.send(req.requestId, { data: 'first\n' });
    };
    const read = readLogs({ n: 'duo', c: 'b', f: true });
    const start = await agent.request('START', 'duo');
    expect(start.container).toBe('b');
    await waitFor('the first chunk', () => read.data.length === 1);
    read.stop();
    await agent.request('CANCEL', 'duo', start.requestId);
    expect(await agent.send(start.requestId, { data: 'too late\n' })).toBe(false);
  });

  it('ends with the code the agent names, such as NOT_FOUND for a missing previous log', async () => {
    agent.onStart = (req) => void agent.send(req.requestId, { error: 'NOT_FOUND: previous terminated container "app" in pod "solo" not found' });
    const error = await logError({ n: 'solo', p: true });
    expect(error?.code).toBe('NOT_FOUND');
    expect(error?.message).toContain('previous terminated container');
    expect(agent.requests.filter((r) => r.type === 'START').at(-1)?.previous).toBe(true);
  });

  it('is UNAVAILABLE for a pod not bound to a node yet, or whose node has no agent connected', async () => {
    const unbound = await logError({ n: 'unbound' });
    expect(unbound?.code).toBe('UNAVAILABLE');
    expect(unbound?.message).toContain('not bound to a node');
    const far = await logError({ n: 'far' });
    expect(far?.code).toBe('UNAVAILABLE');
    expect(far?.message).toContain('node "n-offline" is not connected');
  });

  it('is INVALID for an unknown container, or none named in a pod of several, listing the containers', async () => {
    const unknown = await logError({ n: 'solo', c: 'nope' });
    expect(unknown?.code).toBe('INVALID');
    expect(unknown?.message).toContain('choose one of: app');
    const unnamed = await logError({ n: 'duo' });
    expect(unnamed?.code).toBe('INVALID');
    expect(unnamed?.message).toContain('choose one of: a, b, setup');
    expect((await logError({ n: 'ghost' }))?.code).toBe('NOT_FOUND');
    expect((await logError({ n: 'solo', t: -1 }))?.code).toBe('INVALID');
  });

  it('is only for those who may read the pod, and agent channels only for nodes', async () => {
    expect((await logError({ n: 'solo' }, n1Token))?.code).toBe('FORBIDDEN');
    const admin = new TestAgent(server.token);
    await waitFor('the admin to be refused an agent channel', () => admin.error);
    expect(admin.error?.code).toBe('FORBIDDEN');
  });
});

describe('sendPodLogChunk', () => {
  it("is FORBIDDEN for a node other than the one the request went to", async () => {
    let requestId = '';
    agent.onStart = (req) => void (requestId = req.requestId);
    const read = readLogs({ n: 'solo', f: true });
    await waitFor('the START', () => requestId);
    const other = await gql(server.url, n2Token, SEND, { id: requestId, d: 'forged\n' }).catch((e: { code?: string }) => e.code);
    expect(other).toBe('FORBIDDEN');
    expect(await agent.send(requestId, { data: 'genuine\n', done: true })).toBe(false);
    expect(await read.ended).toEqual({});
    expect(read.data).toEqual(['genuine\n']);
  });

  it('is FORBIDDEN for identities that are not nodes', async () => {
    const r = await gql(server.url, server.token, SEND, { id: 'x', d: 'y' }).catch((e: { code?: string }) => e.code);
    expect(r).toBe('FORBIDDEN');
  });
});

describe('an agent that disconnects', () => {
  it("ends its readers' streams with UNAVAILABLE", async () => {
    const n2 = new TestAgent(n2Token);
    n2.onStart = (req) => void n2.send(req.requestId, { data: 'before the drop\n' });
    let read: LogRead | undefined;
    await waitFor('the agent of n2 to be connected', async () => {
      read?.stop();
      read = readLogs({ n: 'on-n2', f: true });
      const first = await Promise.race([read.ended.then(() => false), waitFor('a chunk', () => read!.data.length > 0, 2_000).catch(() => false)]);
      return first;
    }, 15_000, 50);
    await n2.client.dispose();
    const { error } = await read!.ended;
    expect(error?.code).toBe('UNAVAILABLE');
    expect(error?.message).toContain('the agent of node "n2" disconnected');
    expect(read!.data).toEqual(['before the drop\n']);
  });
});
