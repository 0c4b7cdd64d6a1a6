/**
 * A whole cluster of real processes for end-to-end tests: an API server, `capstan workers` and
 * node agents (`capstan agent`), each its own process as in production, on a fresh database and
 * Redis prefix. Tests (agent, CLI, `capstan up`, dashboard) import it:
 *
 *   const cluster = await startCluster({ agents: 2, label: 'agent-deploy' });
 *   await cluster.gql('query { nodes { items { metadata { name } } } }');
 *   await cluster.stop();
 *
 * Stopping never leaves processes behind: agents get SIGTERM (then SIGKILL), and every pod
 * process an agent started is found by its `NODE_NAME` in /proc and killed, since pods
 * deliberately outlive their agent (it re-adopts them when it comes back).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, deleteRedisPrefix, freePort, gql, REDIS_URL, redisPrefix, ROOT, waitFor, type TestDatabase } from './harness.ts';

/**
 * The `capstan` executable, as users run it: server, workers and agents compiled in dist/ on
 * plain node (no tsx compiling each process at start). The tests' global setup
 * (test/build-dist.ts) builds dist/ before any test runs, so it is never older than the sources.
 */
const CAPSTAN_BIN = path.join(ROOT, 'bin/capstan.js');

/** What a child process printed last, for error messages when it dies early. */
function captureOutput(child: ChildProcess, limit = 8_000): () => string {
  let out = '';
  const take = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-limit);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return () => out;
}

/** Whether output should be shown (CAPSTAN_TEST_VERBOSE=1 shows every process' log). */
const VERBOSE = process.env.CAPSTAN_TEST_VERBOSE === '1';

function spawnCapstan(args: string[], env: Record<string, string>, opts: { detached?: boolean } = {}): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [CAPSTAN_BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: VERBOSE ? 'info' : 'warn', ...env },
    stdio: ['ignore', VERBOSE ? 'inherit' : 'pipe', VERBOSE ? 'inherit' : 'pipe'],
    detached: opts.detached ?? false,
  });
  return { child, output: VERBOSE ? () => '(output shown above)' : captureOutput(child) };
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
async function terminate(child: ChildProcess, graceMs = 10_000, group = false): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const send = (signal: NodeJS.Signals) => {
    try {
      if (group && child.pid) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      /* already gone */
    }
  };
  send('SIGTERM');
  const timer = setTimeout(() => send('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

// ─── API server ────────────────────────────────────────────────────────────────────────────────

export interface ClusterServer {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  wsUrl: string;
  /** Base URL without /graphql, as `capstan agent --server` takes it. */
  baseUrl: string;
  port: number;
  /** The admin token. */
  token: string;
  child: ChildProcess;
  /** Stops the server (SIGTERM) and starts it again on the same port and database. */
  restart(): Promise<void>;
  /** Starts it again after `stop` (same port, same database, same tokens). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  databaseUrl: string;
  bootstrapToken?: string;
  /** Default: a free port. */
  port?: number;
  extraEnv?: Record<string, string>;
}

async function waitReady(baseUrl: string, child: ChildProcess, output: () => string, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${output()}`);
    try {
      const r = await fetch(`${baseUrl}/readyz`);
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${what} did not become ready in ${timeoutMs / 1000} s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** `capstan server` on 127.0.0.1 with an admin token (and a bootstrap token for agents). */
export async function startServerProcess(opts: ServerProcessOptions): Promise<ClusterServer> {
  const port = opts.port ?? (await freePort());
  const token = `admin-${randomBytes(12).toString('hex')}`;
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: opts.databaseUrl,
    CAPSTAN_ADMIN_TOKEN: token,
    ...(opts.bootstrapToken ? { CAPSTAN_BOOTSTRAP_TOKEN: opts.bootstrapToken } : {}),
    ...opts.extraEnv,
  };
  const launch = async () => {
    const { child, output } = spawnCapstan(['server', '--listen', `127.0.0.1:${port}`], env);
    await waitReady(baseUrl, child, output, 'capstan server');
    return child;
  };
  const server: ClusterServer = {
    url: `${baseUrl}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    baseUrl,
    port,
    token,
    child: await launch(),
    async restart() {
      await terminate(server.child);
      server.child = await launch();
    },
    async start() {
      if (server.child.exitCode === null && server.child.signalCode === null) return;
      server.child = await launch();
    },
    async stop() {
      await terminate(server.child);
    },
  };
  return server;
}

// ─── workers ───────────────────────────────────────────────────────────────────────────────────

export interface WorkersProcess {
  child: ChildProcess;
  metricsUrl: string;
  stop(): Promise<void>;
}

/**
 * `capstan workers` (every controller) on `databaseUrl` with its queues under `prefix`; resolves
 * once its metrics answer, i.e. its BullMQ workers are up. Short node-lifecycle timings for tests:
 * `{ CAPSTAN_NODE_MONITOR_GRACE_PERIOD: '2', CAPSTAN_DEFAULT_TOLERATION_SECONDS: '1' }` (seconds).
 */
export async function startWorkersProcess(databaseUrl: string, prefix: string, extraEnv: Record<string, string> = {}): Promise<WorkersProcess> {
  const port = await freePort();
  const { child, output } = spawnCapstan(['workers', '--redis-prefix', prefix, '--metrics-listen', `127.0.0.1:${port}`], {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    ...extraEnv,
  });
  const metricsUrl = `http://127.0.0.1:${port}/metrics`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`capstan workers exited with ${child.exitCode}:\n${output()}`);
    // /metrics wants a token (401 without); it listens only once the workers are up, so any answer will do.
    const up = await fetch(metricsUrl).then(
      (r) => r.status === 401 || r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`capstan workers did not start in 60 s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return { child, metricsUrl, stop: () => terminate(child) };
}

// ─── agents ────────────────────────────────────────────────────────────────────────────────────

export interface AgentProcessOptions {
  /** The API server's base URL (http://127.0.0.1:port). */
  server: string;
  bootstrapToken: string;
  name: string;
  runtime?: 'process' | 'podman';
  /** Default: a new temporary directory (removed by `stop`). */
  dataDir?: string;
  extraEnv?: Record<string, string>;
  extraArgs?: string[];
}

export interface AgentProcess {
  name: string;
  dataDir: string;
  child: ChildProcess;
  /** The agent's recent output (stdout and stderr), for failure messages. */
  output(): string;
  /** Sends a signal to the agent alone (its pods keep running, as a real kubelet's do). */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Starts the agent again with the same name, data dir and settings (after `kill`). */
  restart(): Promise<void>;
  /** PIDs of the live processes that run this node's pods (found by NODE_NAME in their environment). */
  podPids(): number[];
  /** Stops the agent and kills its pods' processes; removes a data dir it created. */
  stop(): Promise<void>;
}

/** Every live process whose environment has `NODE_NAME=<nodeName>` (the agent puts it in every pod's env). */
export function processesOfNode(nodeName: string): number[] {
  const marker = Buffer.from(`\0NODE_NAME=${nodeName}\0`);
  const first = Buffer.from(`NODE_NAME=${nodeName}\0`);
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let environ: Buffer;
    try {
      environ = readFileSync(`/proc/${entry}/environ`);
    } catch {
      continue;
    }
    if (environ.includes(marker) || environ.subarray(0, first.length).equals(first)) {
      // Zombies keep their environ; they are gone for our purposes.
      try {
        if (/\) Z /.test(readFileSync(`/proc/${entry}/stat`, 'utf8'))) continue;
      } catch {
        continue;
      }
      pids.push(Number(entry));
    }
  }
  return pids;
}

/** Whether a process with this PID is alive (and not a zombie). */
export function pidAlive(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function killPods(nodeName: string): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const pids = processesOfNode(nodeName);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `capstan agent` for one node, joined with the bootstrap token. Does not wait for the node. */
export async function startAgentProcess(opts: AgentProcessOptions): Promise<AgentProcess> {
  const ownDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), `capstan-agent-${opts.name}-`));
  const args = ['agent', '--server', opts.server, '--token', opts.bootstrapToken, '--name', opts.name, '--runtime', opts.runtime ?? 'process', '--data-dir', dataDir, ...(opts.extraArgs ?? [])];
  const launch = () => spawnCapstan(args, { ...opts.extraEnv });
  let { child, output } = launch();
  const agent: AgentProcess = {
    name: opts.name,
    dataDir,
    get child() {
      return child;
    },
    output: () => output(),
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited(child);
    },
    async restart() {
      await agent.kill('SIGKILL');
      ({ child, output } = launch());
    },
    podPids: () => processesOfNode(opts.name),
    async stop() {
      await terminate(child);
      await killPods(opts.name);
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  } as AgentProcess;
  return agent;
}

// ─── the whole cluster ─────────────────────────────────────────────────────────────────────────

export interface ClusterOptions {
  /** How many agents (nodes) to start; default 1. */
  agents?: number;
  /** Names the database, the Redis prefix and the nodes (`<label>-<random>-<i>`); lower-case letters, digits, dashes. */
  label: string;
  serverEnv?: Record<string, string>;
  workersEnv?: Record<string, string>;
  agentEnv?: Record<string, string>;
  agentArgs?: string[];
  runtime?: 'process' | 'podman';
  /** How long to wait for every node to be Ready (default 60 s). */
  readyTimeoutMs?: number;
}

export interface Cluster {
  server: ClusterServer;
  bootstrapToken: string;
  db: TestDatabase;
  prefix: string;
  workers: WorkersProcess;
  agents: AgentProcess[];
  /** A GraphQL request as the admin. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Starts one more agent named `name` and waits until its node is Ready. */
  addAgent(name: string, extra?: Partial<AgentProcessOptions>): Promise<AgentProcess>;
  /** Waits until the named nodes report Ready=True and have a pod CIDR. */
  waitNodesReady(names: string[], timeoutMs?: number): Promise<void>;
  /** Stops everything (agents and their pods, workers, server), drops the database and the Redis keys. */
  stop(): Promise<void>;
}

interface NodeView {
  metadata: { name: string };
  spec: { podCIDR: string | null } | null;
  status: { conditions: { type: string; status: string }[] | null } | null;
}

/**
 * Database, Redis prefix, `capstan server` (with CAPSTAN_BOOTSTRAP_TOKEN), `capstan workers` and
 * `agents` agents named `<label>-<random>-0`, `<label>-<random>-1`, …; resolves when every node is Ready.
 */
export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const label = opts.label.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  const db = await createTestDatabase(label);
  const prefix = redisPrefix(label);
  const bootstrapToken = `boot-${randomBytes(12).toString('hex')}`;
  const started: { server?: ClusterServer; workers?: WorkersProcess; agents: AgentProcess[] } = { agents: [] };

  const stop = async () => {
    await Promise.all(started.agents.map((a) => a.stop().catch(() => {})));
    await started.workers?.stop().catch(() => {});
    await started.server?.stop().catch(() => {});
    await db.drop().catch(() => {});
    await deleteRedisPrefix(prefix).catch(() => {});
  };

  try {
    // The server and the workers need only the database: start them side by side.
    // allSettled: when one fails, the other is still recorded in `started` and stopped.
    const [s, w] = await Promise.allSettled([
      startServerProcess({ databaseUrl: db.url, bootstrapToken, extraEnv: opts.serverEnv }).then((x) => (started.server = x)),
      startWorkersProcess(db.url, prefix, opts.workersEnv).then((x) => (started.workers = x)),
    ]);
    if (s.status === 'rejected') throw s.reason;
    if (w.status === 'rejected') throw w.reason;
    const server = s.value;
    const workers = w.value;
    const request = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(server.url, server.token, query, variables);

    const waitNodesReady = async (names: string[], timeoutMs = opts.readyTimeoutMs ?? 60_000) => {
      try {
        await waitFor(
          `nodes ${names.join(', ')} to be Ready`,
          async () => {
            const { nodes } = await request<{ nodes: { items: NodeView[] } }>('query { nodes { items { metadata { name } spec { podCIDR } status { conditions { type status } } } } }');
            return names.every((n) => {
              const node = nodes.items.find((x) => x.metadata.name === n);
              return !!node?.spec?.podCIDR && node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
            });
          },
          timeoutMs,
          200,
        );
      } catch (err) {
        const logs = started.agents
          .filter((a) => names.includes(a.name))
          .map((a) => `--- agent ${a.name} (exit ${a.child.exitCode ?? 'running'}):\n${a.output()}`)
          .join('\n');
        throw new Error(`${(err as Error).message}\n${logs}`);
      }
    };

    const addAgent = async (name: string, extra: Partial<AgentProcessOptions> = {}) => {
      const agent = await startAgentProcess({
        server: server.baseUrl,
        bootstrapToken,
        name,
        runtime: opts.runtime,
        extraEnv: opts.agentEnv,
        extraArgs: opts.agentArgs,
        ...extra,
      });
      started.agents.push(agent);
      await waitNodesReady([name]);
      return agent;
    };

    // A random part keeps node names (and so the NODE_NAME that finds pod processes) unique per run.
    const run = randomBytes(2).toString('hex');
    const names = Array.from({ length: opts.agents ?? 1 }, (_, i) => `${label}-${run}-${i}`);
    started.agents.push(
      ...(await Promise.all(
        names.map((name) => startAgentProcess({ server: server.baseUrl, bootstrapToken, name, runtime: opts.runtime, extraEnv: opts.agentEnv, extraArgs: opts.agentArgs })),
      )),
    );
    await waitNodesReady(names);

    return {
      server,
      bootstrapToken,
      db,
      prefix,
      workers,
      agents: started.agents,
      gql: request,
      addAgent,
      waitNodesReady,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

// ─── helpers for tests that drive a cluster ─────────────────────────────────────────────────────

/** One GET on a new connection (no keep-alive, so a proxy balances every request); rejects on errors and timeouts. */
export function httpText(host: string, port: number, path = '/', timeoutMs = 3_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host, port, path, agent: false, timeout: timeoutMs, headers: { connection: 'close' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`HTTP ${res.statusCode}: ${body}`))));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET http://${host}:${port}${path} timed out`)));
    req.on('error', reject);
  });
}

/** The fields of a pod that agent tests look at. */
export const TEST_POD_FIELDS = `metadata { name namespace uid deletionTimestamp labels }
  spec { nodeName }
  status { phase reason message podIP hostIP startTime
    conditions { type status reason message lastTransitionTime }
    containerStatuses { name ready started restartCount containerID
      state { running { startedAt } waiting { reason message } terminated { exitCode reason finishedAt startedAt } }
      lastState { terminated { exitCode reason finishedAt startedAt } } }
    initContainerStatuses { name ready restartCount state { running { startedAt } waiting { reason message } terminated { exitCode reason } } } }`;

export interface TestPod {
  metadata: { name: string; namespace: string; uid: string; deletionTimestamp: string | null; labels: Record<string, string> | null };
  spec: { nodeName: string | null };
  status: {
    phase: string | null;
    reason?: string | null;
    message?: string | null;
    podIP: string | null;
    hostIP: string | null;
    conditions: { type: string; status: string; reason: string | null; message: string | null }[] | null;
    containerStatuses:
      | {
          name: string;
          ready: boolean;
          started: boolean | null;
          restartCount: number;
          containerID: string | null;
          state: { running: { startedAt: string } | null; waiting: { reason: string; message: string | null } | null; terminated: { exitCode: number; reason: string | null } | null } | null;
          lastState: { terminated: { exitCode: number; reason: string | null; finishedAt: string | null; startedAt: string | null } | null } | null;
        }[]
      | null;
  } | null;
}

/** Pods of `namespace` matching `labelSelector` (all of them when omitted). */
export async function listPods(cluster: Pick<Cluster, 'gql'>, labelSelector?: string, namespace = 'default'): Promise<TestPod[]> {
  const { pods } = await cluster.gql<{ pods: { items: TestPod[] } }>(
    `query($ns: String, $sel: String) { pods(namespace: $ns, labelSelector: $sel) { items { ${TEST_POD_FIELDS} } } }`,
    { ns: namespace, sel: labelSelector ?? null },
  );
  return pods.items;
}

/** Whether a pod is Running with its Ready condition True. */
export function podReady(p: TestPod): boolean {
  return p.status?.phase === 'Running' && !p.metadata.deletionTimestamp && !!p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
}

/** A Node one-liner that serves `POD_NAME` over HTTP on POD_IP:port (what agent tests run as pods). */
export function nameServerCommand(port = 8080): string[] {
  return ['node', '-e', `require('http').createServer((q,s)=>s.end(process.env.POD_NAME)).listen(${port}, process.env.POD_IP)`];
}

/**
 * Waits for the root CA publisher (workers) to put kube-root-ca.crt in `namespace`: a pod started
 * before it has no ca.crt in its service-account folder until it exists (about a second after:
 * the agent watches it, docs/api.md).
 */
export async function waitForRootCa(cluster: Pick<Cluster, 'gql'>, namespace = 'default'): Promise<void> {
  await waitFor(
    `kube-root-ca.crt in ${namespace}`,
    async () => (await cluster.gql<{ configMap: unknown }>('query($ns: String!) { configMap(namespace: $ns, name: "kube-root-ca.crt") { metadata { name } } }', { ns: namespace }).catch(() => ({ configMap: null }))).configMap,
    60_000,
    100,
  );
}

/**
 * A container's current log, read from the data folder of the cluster's first agent (empty until
 * it exists). The pod is found by its `test=<name>` label.
 */
export async function containerLog(cluster: Pick<Cluster, 'gql' | 'agents'>, pod: string, container: string): Promise<string> {
  const uid = (await listPods(cluster, `test=${pod}`))[0]?.metadata.uid;
  if (!uid) return '';
  const dir = path.join(cluster.agents[0]!.dataDir, 'pods', uid, 'logs');
  if (!existsSync(dir)) return '';
  const files = readdirSync(dir).filter((f) => f.startsWith(`${container}_`)).sort();
  return files.length ? readFileSync(path.join(dir, files[files.length - 1]!), 'utf8') : '';
}
