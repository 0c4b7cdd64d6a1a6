/**
 * What the `capstan up` tests share: running `capstan` as a user would (bin/capstan.js, its own
 * process), an environment with nothing that picks a cluster, and checks of a running cluster
 * through its API with the admin token `capstan up` wrote.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { podProcesses } from '../cli/cluster/pod-processes.ts';
import { gql, REDIS_URL, ROOT, waitFor } from './harness.ts';

export const BIN = path.join(ROOT, 'bin/capstan.js');

/** Variables that would choose a cluster, a database, Redis or credentials for `capstan`. */
const CLUSTER_ENV = [
  'DATABASE_URL',
  'REDIS_URL',
  'CAPSTAN_DATA_DIR',
  'CAPSTAN_LISTEN',
  'CAPSTAN_ADMIN_TOKEN',
  'CAPSTAN_ADMIN_TOKEN_FILE',
  'CAPSTAN_BOOTSTRAP_TOKEN',
  'CAPSTAN_TOKEN',
  'CAPSTAN_SERVER',
  'CAPSTAN_NODES',
  'CAPSTAN_LOCAL_POSTGRES',
  'CAPSTAN_LOCAL_REDIS',
  'CAPSTAN_DATABASE_NAME',
  'CAPSTAN_REDIS_PREFIX',
  'CAPSTAN_BUILD_DASHBOARD',
];

/** This process's environment without anything that would pick a cluster for `capstan up`. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of CLUSTER_ENV) delete env[name];
  return env;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `capstan ARGS` to its end. */
export function capstan(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    // 'exit', not 'close': detached children hold no pipe of ours, but be safe either way.
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ForegroundUp {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** `capstan up` in the foreground, as from a terminal; Ctrl-C is `child.kill('SIGINT')`. */
export function foregroundUp(args: string[], env: NodeJS.ProcessEnv): ForegroundUp {
  const child = spawn(process.execPath, [BIN, 'up', ...args], { cwd: ROOT, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}

/** The API of the cluster `capstan up` runs from `dataDir`, as its admin. */
export class ClusterApi {
  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  async token(): Promise<string> {
    return (await readFile(path.join(this.dataDir, 'admin-token'), 'utf8')).trim();
  }

  async query<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return gql<T>(this.url, await this.token(), query, variables);
  }

  /** The pods labelled `app=<app>` in `default`: phase, node, and when their containers last started. */
  async pods(app: string): Promise<{ name: string; phase: string; node: string | null; startedAt: number[] }[]> {
    const data = await this.query<{
      pods: {
        items: {
          metadata: { name: string };
          spec: { nodeName: string | null };
          status: { phase: string; containerStatuses: { state: { running: { startedAt: string | null } | null } | null }[] | null } | null;
        }[];
      };
    }>(
      'query($s: String) { pods(namespace: "default", labelSelector: $s) { items { metadata { name } spec { nodeName } status { phase containerStatuses { state { running { startedAt } } } } } } }',
      { s: `app=${app}` },
    );
    return data.pods.items.map((p) => ({
      name: p.metadata.name,
      phase: p.status?.phase ?? '',
      node: p.spec.nodeName,
      startedAt: (p.status?.containerStatuses ?? []).map((c) => Date.parse(c.state?.running?.startedAt ?? '') || 0),
    }));
  }

  /**
   * Resolves once exactly `count` pods labelled app=<app> exist, all Running on `node` with
   * containers started since `since` (a status left from before a stop does not count), and as
   * many container processes run under the cluster's agents.
   */
  async waitForRunningPods(app: string, count: number, node: string, since: number, timeoutMs = 60_000): Promise<void> {
    let last: unknown = [];
    // Timestamps are whole seconds.
    const fresh = (p: { startedAt: number[] }) => p.startedAt.length > 0 && p.startedAt.every((t) => t >= since - 1_000);
    await waitFor(
      `${count} Running pods of app=${app} on ${node}`,
      async () => {
        const pods = await this.pods(app);
        const processes = podProcesses(path.join(this.dataDir, 'agents')).length;
        last = { pods, processes };
        return pods.length === count && pods.every((p) => p.phase === 'Running' && p.node === node && fresh(p)) && processes === count;
      },
      timeoutMs,
      250,
    ).catch((err: Error) => {
      throw new Error(`${err.message}; last seen: ${JSON.stringify(last)}`);
    });
  }

  async nodeNames(): Promise<string[]> {
    const data = await this.query<{ nodes: { items: { metadata: { name: string } }[] } }>('{ nodes { items { metadata { name } } } }');
    return data.nodes.items.map((n) => n.metadata.name).sort();
  }
}

/** A Deployment the process runtime runs anywhere: `replicas` pods that sleep. */
export function sleeperDeployment(name: string, replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      terminationGracePeriodSeconds: 2
      containers:
        - name: main
          image: busybox
          command: ["sleep", "3600"]
`;
}

/** Deletes every key of the queues a cluster on database `database` kept in the local Redis. */
export async function deleteClusterKeys(database: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `capstan-${database}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** A line of `capstan up`'s progress: `✔ name  detail  (12 ms)`. */
export function stepLine(name: string, detail: string | RegExp): RegExp {
  const text = typeof detail === 'string' ? detail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : detail.source;
  return new RegExp(`^✔ ${name} +${text} +\\((?:\\d+ ms|\\d+\\.\\d s)\\)$`, 'm');
}
