/**
 * Several API server processes on one database, with the real kubectl (v1.32):
 *
 * - exec, attach and port-forward sent to server A reach the pod whose node agent is connected
 *   only to server B (api/streams/stream-bus.ts, over Postgres LISTEN/NOTIFY);
 * - an agent connected through HAProxy whose API server is killed with SIGKILL reconnects
 *   through HAProxy to a surviving server: its pods keep running, and exec and logs reach it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pidAlive, startCluster, startServerProcess, type Cluster, type ClusterServer } from './cluster.ts';
import { startHaproxy, startHaproxyWith, type Haproxy } from './ha-haproxy.ts';
import { freePort, waitFor } from './harness.ts';

const KUBECTL = process.env.KUBECTL ?? '/usr/bin/kubectl';
const RUN = randomBytes(2).toString('hex');
/** Connected to server B only. */
const NB = `has-${RUN}-b`;
/** Connected through HAProxy. */
const NLB = `has-${RUN}-lb`;
/** Given two servers' URLs (D, then B), no balancer. */
const NLIST = `has-${RUN}-list`;
/** Its WebSocket on server B, its HTTP requests on server A (HAProxy in HTTP mode). */
const NSPLIT = `has-${RUN}-split`;

let cluster: Cluster;
/** Server A is the cluster's own; B holds NB's agent; C and D sit behind HAProxy. */
let a: ClusterServer;
let b: ClusterServer;
let c: ClusterServer;
let d: ClusterServer | undefined;
let dPort: number;
let lb: Haproxy;
let split: Haproxy | undefined;
const children: ChildProcess[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const httpsOf = (port: number) => `https://127.0.0.1:${port}`;

function kubectlArgs(server: string, args: string[]): string[] {
  return ['--server', server, '--token', a.token, '--insecure-skip-tls-verify', '-n', 'default', ...args];
}

/** Runs kubectl against `server` (an https URL), feeding `input` to its stdin. */
function kubectl(server: string, args: string[], opts: { input?: string | Buffer; timeoutMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(KUBECTL, kubectlArgs(server, args), { env: { ...process.env, KUBECONFIG: '/dev/null', HOME: '/tmp' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (x) => (stdout += x));
    child.stderr.on('data', (x) => (stderr += x));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
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
    return pod?.status?.phase === 'Running' && pod.status.containerStatuses?.every((s: { state: { running: unknown } }) => s.state?.running);
  }, 60_000, 100);
}

/** Connects to `port`, sends `data` and half-closes; resolves with everything the far end sent. */
function roundTrip(port: number, data: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.end(data));
    socket.on('data', (x) => chunks.push(x));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

const SLEEPER = { command: ['sh', '-c', 'echo started; exec sleep 3600'] };
/** A TCP echo server on the pod's own (loopback) IP, saying hello first. */
const ECHO = `require('net').createServer((s) => { s.write('hello from pod\\n'); s.pipe(s); }).listen(7070, process.env.POD_IP)`;

beforeAll(async () => {
  if (!existsSync(KUBECTL)) throw new Error(`kubectl not found at ${KUBECTL}`);
  cluster = await startCluster({ agents: 0, label: 'ha-streams', agentEnv: { CAPSTAN_LEASE_RENEW_MS: '500' } });
  a = cluster.server;
  const more = { databaseUrl: cluster.db.url, bootstrapToken: cluster.bootstrapToken };
  // C is started now, D (its HAProxy peer) only once NLB's agent is connected: so it is on C.
  dPort = await freePort();
  [b, c] = await Promise.all([startServerProcess(more), startServerProcess(more)]);
  lb = await startHaproxy([`127.0.0.1:${c.port}`, `127.0.0.1:${dPort}`]);
  await cluster.addAgent(NB, { server: b.baseUrl });
  await createPod('shell', NB, { containers: [{ name: 'main', image: 'busybox', ...SLEEPER }] });
  await createPod('reader', NB, { containers: [{ name: 'main', image: 'busybox', stdin: true, command: ['sh', '-c', 'while read line; do echo "got $line"; done'] }] });
  await createPod('echo', NB, { containers: [{ name: 'main', image: 'busybox', command: [process.execPath, '-e', ECHO] }] });
  await Promise.all(['shell', 'reader', 'echo'].map(running));
}, 240_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await b?.stop();
  await c?.stop();
  await d?.stop();
  await lb?.stop();
  await split?.stop();
  await cluster?.stop();
}, 90_000);

describe('exec, attach and port-forward across API servers (kubectl on server A, the agent on server B)', () => {
  it('kubectl exec -i: stdin goes to the command and its stdout, stderr and exit code come back', async () => {
    // 300 KB each way: dozens of NOTIFY pieces, in order.
    const input = Array.from({ length: 30_000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const r = await kubectl(httpsOf(a.port), ['exec', '-i', 'shell', '--', 'sh', '-c', 'cat; echo err >&2; exit 3'], { input, timeoutMs: 60_000 });
    expect(r.stderr).toContain('err\n');
    if (r.stdout !== input) {
      const lines = r.stdout.split('\n');
      const firstBad = lines.findIndex((l, i) => l !== `line ${i}`);
      throw new Error(`stdout differs: ${r.stdout.length} of ${input.length} bytes; first wrong line #${firstBad}: ${JSON.stringify(lines[firstBad]?.slice(0, 40))}; stderr: ${r.stderr.slice(0, 300)}; code ${r.code}`);
    }
    expect(r.stdout.length).toBe(input.length);
    expect(r.stdout).toBe(input);
    expect(r.code).toBe(3);
  }, 90_000);

  it('kubectl exec without stdin prints the command’s output and exits 0', async () => {
    const r = await kubectl(httpsOf(a.port), ['exec', 'shell', '--', 'sh', '-c', 'echo "on $NODE_NAME"']);
    expect(r).toMatchObject({ code: 0, stdout: `on ${NB}\n` });
  });

  it('kubectl attach -i writes to the container’s stdin and shows what it answers', async () => {
    const child = spawn(KUBECTL, kubectlArgs(httpsOf(a.port), ['attach', '-i', 'reader']), { env: { ...process.env, KUBECONFIG: '/dev/null', HOME: '/tmp' }, stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    child.stdout.on('data', (x) => (out += x));
    child.stderr.on('data', (x) => (out += x));
    try {
      child.stdin.write('hello\n');
      await waitFor('the container to answer through kubectl attach', () => out.includes('got hello\n'), 20_000, 50);
      child.stdin.write('again\n');
      await waitFor('a second line', () => out.includes('got again\n'), 20_000, 50);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('kubectl port-forward carries bytes both ways to a pod listening on its loopback IP', async () => {
    const child = spawn(KUBECTL, kubectlArgs(httpsOf(a.port), ['port-forward', 'pod/echo', ':7070']), { env: { ...process.env, KUBECONFIG: '/dev/null', HOME: '/tmp' }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    child.stdout.on('data', (x) => (out += x));
    child.stderr.on('data', (x) => (out += x));
    try {
      const local = await waitFor('kubectl port-forward to listen', () => Number(/Forwarding from 127\.0\.0\.1:(\d+)/.exec(out)?.[1] ?? 0), 20_000, 50);
      expect((await roundTrip(local, Buffer.from('ping\n'))).toString()).toBe('hello from pod\nping\n');
      // A second connection of the same session, 1 MiB of every byte value.
      const big = Buffer.alloc(1024 * 1024);
      for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 12)) & 0xff;
      const back = await roundTrip(local, big);
      expect(back.length).toBe(big.length + 15);
      expect(back.subarray(15).equals(big)).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  }, 90_000);

  it('answers a node that no server has with a clear error', async () => {
    await createPod('stray', 'no-such-node', { containers: [{ name: 'main', image: 'busybox', ...SLEEPER }] });
    const r = await kubectl(httpsOf(a.port), ['exec', 'stray', '--', 'true']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/node "no-such-node" is not connected: its agent has no stream channel open to any API server/);
  }, 60_000);
});

describe('an agent whose HTTP requests and WebSocket reach different API servers', () => {
  it('still serves logs and exec: it sends their output over its WebSocket, to the server that asked', async () => {
    // HAProxy in HTTP mode: WebSocket upgrades to B, every other request to A.
    split = await startHaproxyWith((port) =>
      [
        'defaults',
        '  mode http',
        '  timeout connect 2s',
        '  timeout client 1h',
        '  timeout server 1h',
        '  timeout tunnel 1h',
        'frontend api',
        `  bind 127.0.0.1:${port}`,
        '  acl upgrade hdr(upgrade) -i websocket',
        '  use_backend sockets if upgrade',
        '  default_backend requests',
        'backend sockets',
        `  server b 127.0.0.1:${b.port}`,
        'backend requests',
        `  server a 127.0.0.1:${a.port}`,
        '',
      ].join('\n'),
    );
    await cluster.addAgent(NSPLIT, { server: `http://127.0.0.1:${split.port}` });
    const ticker = `console.log('first line'); setInterval(() => {}, 1000)`;
    await createPod('split', NSPLIT, { containers: [{ name: 'main', image: 'busybox', command: [process.execPath, '-e', ticker] }] });
    await running('split');
    // Asked on server A (it crosses to B, which holds the agent's channels).
    const logs = await kubectl(httpsOf(a.port), ['logs', 'split']);
    expect(logs).toMatchObject({ code: 0, stdout: 'first line\n' });
    const exec = await kubectl(httpsOf(a.port), ['exec', '-i', 'split', '--', 'sh', '-c', 'cat; echo "on $NODE_NAME"'], { input: 'split ways\n' });
    expect(exec).toMatchObject({ code: 0, stdout: `split ways\non ${NSPLIT}\n` });
  }, 120_000);
});

describe('an agent behind HAProxy whose API server is killed with SIGKILL', () => {
  it('reconnects through HAProxy to a surviving server: its pod keeps running, and exec and logs reach it again', async () => {
    const agent = await cluster.addAgent(NLB, { server: `http://127.0.0.1:${lb.port}` });
    // One process that logs (no children coming and going), so its PIDs say whether it was restarted.
    const ticker = `let i = 0; setInterval(() => console.log('tick ' + i++), 200)`;
    await createPod('survivor', NLB, { containers: [{ name: 'main', image: 'busybox', command: [process.execPath, '-e', ticker] }] });
    await running('survivor');
    const before = await kubectl(httpsOf(a.port), ['exec', 'survivor', '--', 'sh', '-c', 'echo alive']);
    expect(before).toMatchObject({ code: 0, stdout: 'alive\n' });
    const pids = agent.podPids();
    expect(pids.length).toBeGreaterThan(0);

    // D joins HAProxy's rotation; C, the only server NLB's agent could have reached, dies.
    d = await startServerProcess({ databaseUrl: cluster.db.url, bootstrapToken: cluster.bootstrapToken, port: dPort });
    c.child.kill('SIGKILL');
    await new Promise((r) => c.child.once('exit', r));
    const killedAt = Date.now();

    // exec and logs on A reach the agent once it has reconnected (to D, through HAProxy).
    const after = await waitFor('exec to reach the reconnected agent', async () => {
      const r = await kubectl(httpsOf(a.port), ['exec', 'survivor', '--', 'sh', '-c', 'echo "alive again on $NODE_NAME"']);
      return r.code === 0 && r;
    }, 60_000, 500);
    expect(after.stdout).toBe(`alive again on ${NLB}\n`);
    console.log(`exec reached the agent again ${Date.now() - killedAt} ms after its API server was killed`);
    const logs = await kubectl(httpsOf(a.port), ['logs', 'survivor', '--tail', '3']);
    expect(logs.code).toBe(0);
    // The latest lines (the tail may count one line more while the pod is writing).
    expect(logs.stdout).toMatch(/^(tick \d+\n)+$/);
    // Through HAProxy as well (it now reaches only D).
    const viaLb = await kubectl(httpsOf(lb.port), ['exec', '-i', 'survivor', '--', 'cat'], { input: 'through the balancer\n' });
    expect(viaLb).toMatchObject({ code: 0, stdout: 'through the balancer\n' });
    // The pod was not restarted: the same processes run.
    expect(pids.every(pidAlive)).toBe(true);
    expect(agent.podPids().sort()).toEqual([...pids].sort());
    const { pod } = await cluster.gql(`query { pod(namespace: "default", name: "survivor") { status { phase containerStatuses { restartCount } } } }`);
    expect(pod.status).toMatchObject({ phase: 'Running', containerStatuses: [{ restartCount: 0 }] });
  }, 180_000);
});

describe('an agent given several API server URLs, without a balancer', () => {
  it('moves to the next URL when its server is killed with SIGKILL: its pod keeps running and exec reaches it again', async () => {
    // After the test above: A, B and D run. The agent is given D first, then B.
    const agent = await cluster.addAgent(NLIST, { server: `${d!.baseUrl},${b.baseUrl}` });
    const ticker = `setInterval(() => console.log('beat'), 500)`;
    await createPod('listed', NLIST, { containers: [{ name: 'main', image: 'busybox', command: [process.execPath, '-e', ticker] }] });
    await running('listed');
    expect(await kubectl(httpsOf(a.port), ['exec', 'listed', '--', 'echo', 'on D'])).toMatchObject({ code: 0, stdout: 'on D\n' });
    const pids = agent.podPids();
    d!.child.kill('SIGKILL');
    await new Promise((r) => d!.child.once('exit', r));
    const after = await waitFor('exec to reach the agent on B', async () => {
      const r = await kubectl(httpsOf(a.port), ['exec', 'listed', '--', 'echo', 'on B']);
      return r.code === 0 && r;
    }, 60_000, 500);
    expect(after.stdout).toBe('on B\n');
    expect(agent.podPids().sort()).toEqual([...pids].sort());
    // Its HTTP requests moved too: its Lease is renewed (through B) and the node stays Ready.
    const renewed = async () => (await cluster.gql(`query($n: String!) { lease(namespace: "kube-node-lease", name: $n) { spec { renewTime } } }`, { n: NLIST })).lease.spec.renewTime as string;
    const first = await renewed();
    await waitFor('a Lease renewal after the move', async () => (await renewed()) !== first, 20_000, 200);
  }, 180_000);
});
