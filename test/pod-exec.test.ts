/**
 * `kubectl exec` and `kubectl attach` end to end: the real kubectl binary against the REST
 * endpoints, relayed to a real node agent (process runtime) over its own graphql-ws connection;
 * and the dashboard's `execPod` subscription over graphql-ws.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { randomBytes } from 'node:crypto';
import { startCluster, type AgentProcess } from './cluster.ts';
import { gql, waitFor } from './harness.ts';

const KUBECTL = process.env.KUBECTL ?? '/usr/bin/kubectl';

interface StreamsCluster {
  /** The API server's port over TLS (the server tells TLS from plain HTTP by the first byte): kubectl sends a token only over TLS. */
  httpsUrl: string;
  url: string;
  wsUrl: string;
  token: string;
  bootstrapToken: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  addAgent(name: string): Promise<AgentProcess>;
  stop(): Promise<void>;
}

/** A cluster of real processes (`capstan server`, `capstan workers`), agents added by name. */
async function startStreamsCluster(label: string): Promise<StreamsCluster> {
  const c = await startCluster({ agents: 0, label, agentEnv: { CAPSTAN_LEASE_RENEW_MS: '500' } });
  return {
    httpsUrl: `https://127.0.0.1:${c.server.port}`,
    url: c.server.url,
    wsUrl: c.server.wsUrl,
    token: c.server.token,
    bootstrapToken: c.bootstrapToken,
    gql: c.gql,
    addAgent: (name) => c.addAgent(name),
    stop: () => c.stop(),
  };
}

// Node names are unique per run: the cluster finds a node's pod processes by NODE_NAME.
const RUN = randomBytes(2).toString('hex');
const N1 = `exec-${RUN}-1`;
const N2 = `exec-${RUN}-2`;

let cluster: StreamsCluster;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs kubectl against the cluster with `token` (default: the admin's), feeding `input` to its stdin. */
function kubectl(args: string[], opts: { token?: string; input?: string; timeoutMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(KUBECTL, ['--server', cluster.httpsUrl, '--token', opts.token ?? cluster.token, '--insecure-skip-tls-verify', '-n', 'default', ...args], {
      env: { ...process.env, KUBECONFIG: '/dev/null', HOME: '/tmp' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

async function createPod(name: string, node: string, spec: Record<string, unknown>): Promise<void> {
  await cluster.gql(`mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
    p: { metadata: { name }, spec: { nodeName: node, terminationGracePeriodSeconds: 1, ...spec } },
  });
}

async function running(name: string): Promise<void> {
  await waitFor(`pod ${name} to run`, async () => {
    const { pod } = await cluster.gql(`query($n: String!) { pod(namespace: "default", name: $n) { status { phase containerStatuses { state { running { startedAt } } } } } }`, { n: name });
    return pod?.status?.phase === 'Running' && pod.status.containerStatuses?.every((c: { state: { running: unknown } }) => c.state?.running);
  }, 60_000, 100);
}

const SLEEPER = { command: ['sh', '-c', 'echo started; exec sleep 3600'] };

beforeAll(async () => {
  if (!existsSync(KUBECTL)) throw new Error(`kubectl not found at ${KUBECTL}`);
  cluster = await startStreamsCluster('pod-exec');
  await cluster.addAgent(N1);
  await createPod('shell', N1, { containers: [{ name: 'main', image: 'busybox', ...SLEEPER }] });
  await createPod('two', N1, {
    containers: [
      { name: 'a', image: 'busybox', env: [{ name: 'WHO', value: 'container-a' }], ...SLEEPER },
      { name: 'b', image: 'busybox', env: [{ name: 'WHO', value: 'container-b' }], ...SLEEPER },
    ],
  });
  await running('shell');
  await running('two');
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
}, 60_000);

describe('kubectl exec', () => {
  it('prints stdout and stderr apart and exits with the command’s exit code', async () => {
    const r = await kubectl(['exec', 'shell', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3']);
    expect(r.stdout).toBe('out\n');
    expect(r.stderr).toContain('err\n');
    expect(r.code).toBe(3);
  });

  it('exits 0 when the command succeeds', async () => {
    const r = await kubectl(['exec', 'shell', '--', 'sh', '-c', 'echo fine']);
    expect(r).toMatchObject({ code: 0, stdout: 'fine\n' });
  });

  it('pipes stdin to the command and ends it at EOF', async () => {
    const r = await kubectl(['exec', '-i', 'shell', '--', 'cat'], { input: 'hi\nthere\n' });
    expect(r).toMatchObject({ code: 0, stdout: 'hi\nthere\n' });
  });

  it('relays a large stdin and output intact', async () => {
    const input = Array.from({ length: 40_000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const r = await kubectl(['exec', '-i', 'shell', '--', 'sh', '-c', 'cat; cat >&2 </dev/null; echo done >&2'], { input, timeoutMs: 60_000 });
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(input.length);
    expect(r.stdout).toBe(input);
  });

  it('gives the command a terminal with -t (kubectl itself on a terminal, through script)', async () => {
    // kubectl uses a tty only when its own stdin is one: `script` gives it a pseudo-terminal.
    const cmd = [KUBECTL, '--server', cluster.httpsUrl, '--token', cluster.token, '--insecure-skip-tls-verify', '-n', 'default', 'exec', '-it', 'shell', '--', 'sh', '-c', 'tty; stty size; exit 5'];
    const quoted = cmd.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = await new Promise<Run>((resolve, reject) => {
      const child = spawn('script', ['-q', '-e', '-c', `stty cols 91 rows 27; ${quoted}`, '/dev/null'], { env: { ...process.env, KUBECONFIG: '/dev/null', HOME: '/tmp' }, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
    expect(r.stdout).toMatch(/\/dev\/pts\/\d+\r\n/);
    // kubectl sends its terminal's size on the resize channel; the command's terminal takes it.
    expect(r.stdout).toContain('27 91\r\n');
    expect(r.code).toBe(5);
  });

  it('runs in the container that -c names, with that container’s env', async () => {
    const b = await kubectl(['exec', 'two', '-c', 'b', '--', 'sh', '-c', 'echo $WHO']);
    expect(b).toMatchObject({ code: 0, stdout: 'container-b\n' });
    const a = await kubectl(['exec', 'two', '-c', 'a', '--', 'sh', '-c', 'echo $WHO']);
    expect(a).toMatchObject({ code: 0, stdout: 'container-a\n' });
  });

  it('refuses a container the pod does not have', async () => {
    const r = await kubectl(['exec', 'two', '-c', 'nope', '--', 'true']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/container "nope" is not in pod "two"/);
  });

  it('reports a missing pod as NotFound', async () => {
    const r = await kubectl(['exec', 'ghost', '--', 'true']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/NotFound|not found/);
  });

  it('does not let a node exec into another node’s pod', async () => {
    const { joinNode } = await gql(cluster.url, cluster.bootstrapToken, `mutation { joinNode(nodeName: "exec-intruder") { token } }`);
    const r = await kubectl(['exec', 'shell', '--', 'sh', '-c', 'echo should-not-run'], { token: joinNode.token });
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain('should-not-run');
    expect(r.stderr).toMatch(/Forbidden|may not create Pod\/exec/);
  });

  it('lets a user exec only when RBAC grants create on pods/exec', async () => {
    const roles = `
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: execer, namespace: default }
rules:
  - { apiGroups: [""], resources: [pods], verbs: [get] }
  - { apiGroups: [""], resources: [pods/exec], verbs: [create] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: default }
rules:
  - { apiGroups: [""], resources: [pods], verbs: [get] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: alice-execer, namespace: default }
subjects: [{ kind: User, apiGroup: rbac.authorization.k8s.io, name: alice }]
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: execer }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: bob-reader, namespace: default }
subjects: [{ kind: User, apiGroup: rbac.authorization.k8s.io, name: bob }]
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
`;
    await cluster.gql('mutation($m: String!) { apply(manifests: $m) { name } }', { m: roles });
    const token = async (user: string) => (await cluster.gql(`mutation($u: String!) { createUserToken(user: $u) { token } }`, { u: user })).createUserToken.token as string;
    const [alice, bob] = [await token('alice'), await token('bob')];
    const allowed = await waitFor('alice’s exec to be allowed', async () => {
      const r = await kubectl(['exec', 'shell', '--', 'sh', '-c', 'echo as-alice'], { token: alice });
      return r.code === 0 && r;
    }, 20_000, 200);
    expect(allowed.stdout).toBe('as-alice\n');
    // bob may read the pod (so kubectl gets as far as the exec request), but not exec into it.
    expect((await kubectl(['get', 'pod', 'shell', '-o', 'name'], { token: bob })).stdout).toBe('pod/shell\n');
    const denied = await kubectl(['exec', 'shell', '--', 'sh', '-c', 'echo as-bob'], { token: bob });
    expect(denied.code).not.toBe(0);
    expect(denied.stdout).toBe('');
    expect(denied.stderr).toMatch(/Forbidden/);
  });

  it('fails clearly when the pod’s node agent is gone', async () => {
    const agent = await cluster.addAgent(N2);
    await createPod('orphan', N2, { containers: [{ name: 'main', image: 'busybox', ...SLEEPER }] });
    await running('orphan');
    const ok = await kubectl(['exec', 'orphan', '--', 'sh', '-c', 'echo alive']);
    expect(ok).toMatchObject({ code: 0, stdout: 'alive\n' });
    // SIGKILL: the agent is gone, its pod's processes keep running.
    await agent.kill('SIGKILL');
    const r = await waitFor('exec to be refused', async () => {
      const x = await kubectl(['exec', 'orphan', '--', 'sh', '-c', 'echo alive']);
      return x.code !== 0 && x;
    }, 30_000, 200);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`node "${N2}" is not connected`);
  }, 120_000);
});

describe('kubectl attach', () => {
  it('streams the output of the container’s process until it ends', async () => {
    await createPod('ticker', N1, {
      restartPolicy: 'Never',
      containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', 'sleep 1; i=0; while [ $i -lt 30 ]; do echo tick $i; i=$((i+1)); sleep 0.1; done'] }],
    });
    await running('ticker');
    const r = await kubectl(['attach', 'ticker'], { timeoutMs: 30_000 });
    expect(r.stdout).toMatch(/tick \d+\n/);
    expect(r.stdout).toContain('tick 29\n');
    expect(r.code).toBe(0);
  });
});

describe('kubectl attach -i', () => {
  it('writes to the stdin of a container created with stdin: true', async () => {
    await createPod('reader', N1, {
      containers: [{ name: 'main', image: 'busybox', stdin: true, command: ['sh', '-c', 'while read line; do echo "got $line"; done'] }],
    });
    await running('reader');
    const child = spawn(KUBECTL, ['--server', cluster.httpsUrl, '--token', cluster.token, '--insecure-skip-tls-verify', '-n', 'default', 'attach', '-i', 'reader'], {
      env: { ...process.env, KUBECONFIG: '/dev/null', HOME: '/tmp' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      // The stream is up once kubectl has connected; a line written before would also arrive,
      // since stdin is relayed in order, but only output from now on is shown.
      child.stdin.write('hello\n');
      await waitFor('the container to answer through kubectl attach', () => out.includes('got hello\n'), 20_000, 50);
      child.stdin.write('again\n');
      await waitFor('a second line', () => out.includes('got again\n'), 20_000, 50);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});

describe('kubectl port-forward', () => {
  /** Starts `kubectl port-forward pod/NAME :PORT`; resolves with the local port once it listens. */
  async function portForward(pod: string, port: number): Promise<{ local: number; output(): string; stop(): void }> {
    const child = spawn(KUBECTL, ['--server', cluster.httpsUrl, '--token', cluster.token, '--insecure-skip-tls-verify', '-n', 'default', 'port-forward', `pod/${pod}`, `:${port}`], {
      env: { ...process.env, KUBECONFIG: '/dev/null', HOME: '/tmp' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const stop = () => child.kill('SIGKILL');
    try {
      const local = await waitFor('kubectl port-forward to listen', () => Number(/Forwarding from 127\.0\.0\.1:(\d+)/.exec(out)?.[1] ?? 0), 20_000, 50);
      return { local, output: () => out, stop };
    } catch (err) {
      stop();
      throw new Error(`${(err as Error).message}; kubectl printed: ${out}`);
    }
  }

  /** Connects, sends `data` and half-closes; resolves with everything the far end sent. */
  function roundTrip(port: number, data: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      const socket = net.connect(port, '127.0.0.1', () => socket.end(data));
      socket.on('data', (c) => chunks.push(c));
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks)));
    });
  }

  beforeAll(async () => {
    const echo = `require('net').createServer((s) => { s.write('hello from pod\\n'); s.pipe(s); }).listen(7070, process.env.POD_IP)`;
    await createPod('echo', N1, { containers: [{ name: 'main', image: 'busybox', command: [process.execPath, '-e', echo] }] });
    await running('echo');
  }, 60_000);

  it('forwards local connections to the pod’s port, both ways, intact', async () => {
    const pf = await portForward('echo', 7070);
    try {
      const small = await roundTrip(pf.local, Buffer.from('ping\n'));
      expect(small.toString()).toBe('hello from pod\nping\n');
      // A second connection over the same session, with more data than any one frame holds.
      const big = Buffer.alloc(3 * 1024 * 1024);
      for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 12)) & 0xff;
      const back = await roundTrip(pf.local, big);
      expect(back.subarray(0, 15).toString()).toBe('hello from pod\n');
      expect(back.length).toBe(big.length + 15);
      expect(back.subarray(15).equals(big)).toBe(true);
    } finally {
      pf.stop();
    }
  }, 60_000);

  it('reports a port nobody listens on as the connection’s error', async () => {
    const pf = await portForward('echo', 7071);
    try {
      const got = await roundTrip(pf.local, Buffer.from('anyone?\n'));
      expect(got.length).toBe(0);
      await waitFor('kubectl to print the error', () => /error forwarding port 7071|cannot connect to port 7071/.test(pf.output()), 10_000, 50);
      expect(pf.output()).toMatch(/ECONNREFUSED|refused/);
    } finally {
      pf.stop();
    }
  }, 60_000);
});

describe('execPod (GraphQL)', () => {
  let client: Client;
  beforeAll(() => {
    client = createClient({ url: cluster.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${cluster.token}` }, retryAttempts: 0 });
  });
  afterAll(async () => {
    await client?.dispose();
  });

  interface ExecEvent {
    sessionId: string;
    stream: 'STDOUT' | 'STDERR' | null;
    data: string | null;
    exitCode: number | null;
  }

  /** Runs execPod, calling `onSession` with the session id; resolves with the output and exit code. */
  function execPod(vars: Record<string, unknown>, onSession: (id: string) => Promise<void> = async () => {}): Promise<{ stdout: string; stderr: string; exitCode: number | null }> {
    return new Promise((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      let exitCode: number | null = null;
      client.subscribe<{ execPod: ExecEvent }>(
        {
          query: `subscription($n: String!, $c: String, $cmd: [String!]!, $tty: Boolean, $stdin: Boolean) {
            execPod(namespace: "default", name: $n, container: $c, command: $cmd, tty: $tty, stdin: $stdin) { sessionId stream data exitCode }
          }`,
          variables: vars,
        },
        {
          next: (r) => {
            if (r.errors?.length) return reject(new Error(r.errors[0]!.message));
            const e = r.data!.execPod;
            if (!e.stream && !e.data && e.exitCode === null) void onSession(e.sessionId).catch(reject);
            if (e.data) {
              const text = Buffer.from(e.data, 'base64').toString();
              if (e.stream === 'STDERR') stderr += text;
              else stdout += text;
            }
            if (e.exitCode !== null) exitCode = e.exitCode;
          },
          error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
          complete: () => resolve({ stdout, stderr, exitCode }),
        },
      );
    });
  }

  const input = (sessionId: string, args: { data?: string; eof?: boolean; width?: number; height?: number }) =>
    cluster.gql(`mutation($s: ID!, $d: String, $e: Boolean, $w: Int, $h: Int) { sendPodExecInput(sessionId: $s, data: $d, eof: $e, width: $w, height: $h) }`, {
      s: sessionId,
      d: args.data === undefined ? null : Buffer.from(args.data).toString('base64'),
      e: args.eof ?? null,
      w: args.width ?? null,
      h: args.height ?? null,
    });

  it('runs a command with stdin from sendPodExecInput and ends with its exit code', async () => {
    const r = await execPod({ n: 'shell', cmd: ['sh', '-c', 'read line; echo "got $line"; echo oops >&2; exit 4'] }, async (id) => {
      await input(id, { data: 'hello\n' });
    });
    expect(r).toEqual({ stdout: 'got hello\n', stderr: 'oops\n', exitCode: 4 });
  });

  it('gives the command a terminal with tty, sized by sendPodExecInput', async () => {
    const r = await execPod({ n: 'shell', cmd: ['sh', '-c', 'read go; tty; stty size'], tty: true }, async (id) => {
      await input(id, { width: 120, height: 40 });
      // Wait for the size to reach the terminal before the command reads it.
      await new Promise((res) => setTimeout(res, 500));
      await input(id, { data: 'go\n' });
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/\/dev\/pts\/\d+\r\n/);
    expect(r.stdout).toContain('40 120\r\n');
  });

  it('refuses input to another user’s session', async () => {
    const { joinNode } = await gql(cluster.url, cluster.bootstrapToken, `mutation { joinNode(nodeName: "exec-other") { token } }`);
    let denied: unknown;
    const r = await execPod({ n: 'shell', cmd: ['sh', '-c', 'read x; echo "x=$x"'] }, async (id) => {
      denied = await gql(cluster.url, joinNode.token, `mutation($s: ID!) { sendPodExecInput(sessionId: $s, data: "aW50cnVkZXIK") }`, { s: id }).catch((e: Error) => e);
      await input(id, { data: 'mine\n' });
    });
    expect(String(denied)).toMatch(/may not send input to another user/);
    expect(r.stdout).toBe('x=mine\n');
  });

  it('is refused to identities that may not create Pod/exec', async () => {
    const { joinNode } = await gql(cluster.url, cluster.bootstrapToken, `mutation { joinNode(nodeName: "exec-third") { token } }`);
    const other = createClient({ url: cluster.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${joinNode.token}` }, retryAttempts: 0 });
    try {
      const err = await new Promise<string>((resolve) => {
        other.subscribe(
          { query: `subscription { execPod(namespace: "default", name: "shell", command: ["true"]) { sessionId } }` },
          { next: (r) => resolve(JSON.stringify(r.errors ?? r.data)), error: (e) => resolve(JSON.stringify(e)), complete: () => resolve('completed') },
        );
      });
      expect(err).toMatch(/FORBIDDEN/);
    } finally {
      await other.dispose();
    }
  });
});
