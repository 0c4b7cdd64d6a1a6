/**
 * `npm run bench -- nodes [--quick] [--nodes N] [--seconds S]`: what many idle nodes cost the
 * API server. A real cluster (`capstan server` and `capstan workers`, each its own process) and
 * 1,000 hollow nodes in a third process (each with its own credential and graphql-ws
 * connection, renewing its Lease every 10 s); once every node has joined and is Ready, the API
 * server process' CPU (from /proc/<pid>/stat: user + system time over the window, as % of one
 * core) and RSS (sampled; the peak is reported) are measured for 2 minutes, with the server's
 * database queries per node per minute (from its `/metrics`: every query of the store's pool).
 * `--quick`: 50 nodes for 15 s.
 *
 * `nodes --hollow-child …` is the hollow-node process itself (also used by the startup bench).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startHollowNodes } from '../node-agent/hollow/index.ts';
import { startCluster, type Cluster } from '../test/cluster.ts';
import { ROOT } from '../test/harness.ts';
import { round } from './support.ts';

const CLK_TCK = 100; // Linux' USER_HZ on every mainstream architecture (`getconf CLK_TCK`).

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the command: state is [0], utime [11], stime [12] (man 5 proc: 14 and 15).
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** CPU seconds of the Postgres backends serving `databaseUrl`'s database, by pid (from /proc). */
export async function postgresBackendSeconds(databaseUrl: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        out.set(pid, cpuSeconds(pid));
      } catch {
        /* ended, or another machine's */
      }
    }
    return out;
  } finally {
    await client.end();
  }
}

/**
 * CPU of several processes over a window, as % of one core each: `start()` reads their counters,
 * the function it returns reads them again. Postgres is the sum of the backends of `databaseUrl`.
 */
export async function cpuWindow(pids: Record<string, number>, databaseUrl: string): Promise<() => Promise<Record<string, number>>> {
  const t0 = performance.now();
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
  const pg0 = await postgresBackendSeconds(databaseUrl);
  return async () => {
    const seconds = (performance.now() - t0) / 1000;
    const pg1 = await postgresBackendSeconds(databaseUrl);
    const used: Record<string, number> = {};
    for (const [name, pid] of Object.entries(pids)) used[name] = cpuSeconds(pid) - before[name]!;
    used.postgres = [...pg1].reduce((sum, [pid, s]) => sum + s - (pg0.get(pid) ?? 0), 0);
    return Object.fromEntries(Object.entries(used).map(([name, s]) => [name, round((s / seconds) * 100)]));
  };
}

/** The pid of the machine's redis-server (the tests' and benches' Redis), if one runs here. */
export function redisServerPid(): number | undefined {
  try {
    const pid = Number(execFileSync('pidof', ['-s', 'redis-server'], { encoding: 'utf8' }).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Transactions committed or rolled back in `databaseUrl`'s database so far (every statement outside a transaction is one). */
async function transactionCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()');
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

/**
 * An idle window: the API server's CPU and RSS (`measureProcess`) and meanwhile the CPU of the
 * other processes in `others` (the workers, hollow-node processes), of Postgres' backends and of
 * redis-server, each as % of one core, and the database's transactions per second.
 */
export async function measureIdle(
  serverPid: number,
  others: Record<string, number>,
  databaseUrl: string,
  seconds: number,
  onTick?: (elapsed: number) => void,
): Promise<{ cpuPercent: number; rssMb: number; rssEndMb: number; othersCpuPercent: Record<string, number>; postgresTransactionsPerSec: number }> {
  const redis = redisServerPid();
  const window = await cpuWindow({ ...others, ...(redis ? { redis } : {}) }, databaseUrl);
  const x0 = await transactionCount(databaseUrl);
  const t0 = performance.now();
  const server = await measureProcess(serverPid, seconds, onTick);
  const perSec = ((await transactionCount(databaseUrl)) - x0) / ((performance.now() - t0) / 1000);
  return { ...server, othersCpuPercent: await window(), postgresTransactionsPerSec: round(perSec) };
}

/** "workers 3.1, postgres 2.2, …" */
export const formatCpu = (cpu: Record<string, number>): string => Object.entries(cpu).map(([who, p]) => `${who} ${p}`).join(', ');

/** The API server's database queries so far, by statement (its `/metrics` counts every query of the store's pool). */
export async function serverQueryCounts(baseUrl: string, token: string): Promise<Map<string, number>> {
  const res = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /metrics answered ${res.status}`);
  const counts = new Map<string, number>();
  for (const m of (await res.text()).matchAll(/^capstan_db_query_duration_seconds_count\{([^}]*)\} (\d+)/gm)) {
    const statement = /statement="([^"]*)"/.exec(m[1]!)?.[1] ?? 'other';
    counts.set(statement, (counts.get(statement) ?? 0) + Number(m[2]));
  }
  return counts;
}

/** Queries between two `serverQueryCounts` divided by `per`, in total and by statement (those that round to 0 left out). */
export function queriesPer(before: Map<string, number>, after: Map<string, number>, per: number, digits = 2): { total: number; byStatement: Record<string, number> } {
  const byStatement: Record<string, number> = {};
  let total = 0;
  for (const [statement, n] of after) {
    const rate = (n - (before.get(statement) ?? 0)) / per;
    if (round(rate, digits) > 0) byStatement[statement] = round(rate, digits);
    total += rate;
  }
  return { total: round(total, digits), byStatement };
}

/** Queries per node per minute between two `serverQueryCounts`, in total and by statement. */
export function queriesPerNodeMinute(before: Map<string, number>, after: Map<string, number>, nodes: number, seconds: number): { total: number; byStatement: Record<string, number> } {
  return queriesPer(before, after, (nodes * seconds) / 60);
}

/** Measures a process' CPU (% of one core) and peak RSS over `seconds`, sampling RSS every second. */
export async function measureProcess(pid: number, seconds: number, onTick?: (elapsed: number) => void): Promise<{ cpuPercent: number; rssMb: number; rssEndMb: number }> {
  const c0 = cpuSeconds(pid);
  const t0 = performance.now();
  let peak = rssMb(pid);
  for (let s = 1; s <= seconds; s++) {
    await new Promise((r) => setTimeout(r, t0 + s * 1000 - performance.now()));
    peak = Math.max(peak, rssMb(pid));
    onTick?.(s);
  }
  const wall = (performance.now() - t0) / 1000;
  const end = rssMb(pid);
  return { cpuPercent: ((cpuSeconds(pid) - c0) / wall) * 100, rssMb: Math.max(peak, end), rssEndMb: end };
}

export interface HollowProcess {
  child: ChildProcess;
  joinSeconds: number;
  stop(): Promise<void>;
}

/** Starts `count` hollow nodes in their own process; resolves once all have joined. */
export async function spawnHollowProcess(opts: { server: string; bootstrapToken: string; count: number; namePrefix: string; runningDelayMs?: number }): Promise<HollowProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'bench/run.ts'), 'nodes', '--hollow-child', '--server', opts.server, '--nodes', String(opts.count), '--prefix', opts.namePrefix, '--delay', String(opts.runningDelayMs ?? 0)],
    { cwd: ROOT, env: { ...process.env, CAPSTAN_BOOTSTRAP_TOKEN: opts.bootstrapToken }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const joinSeconds = await new Promise<number>((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /\{"hollowReady":.*\}/.exec(out);
      if (m) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve(JSON.parse(m[0]).seconds);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the hollow-node process exited with ${code}:\n${out.slice(-2000)}`)));
  });
  return {
    child,
    joinSeconds,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await new Promise((r) => child.once('exit', r));
      clearTimeout(timer);
    },
  };
}

async function hollowChild(values: Record<string, string | boolean | undefined>): Promise<void> {
  const t0 = Date.now();
  const hollow = await startHollowNodes({
    server: String(values.server),
    bootstrapToken: process.env.CAPSTAN_BOOTSTRAP_TOKEN ?? '',
    count: Number(values.nodes),
    namePrefix: String(values.prefix),
    runningDelayMs: Number(values.delay ?? 0),
    // Warnings (retries, failed renewals) to stderr, where the bench's output shows them.
    logger: {
      debug() {},
      info() {},
      warn: (obj, msg) => console.error(`[hollow nodes] ${msg} ${JSON.stringify(obj)}`),
      error: (obj, msg) => console.error(`[hollow nodes] ${msg} ${JSON.stringify(obj)}`),
    },
  });
  console.log(JSON.stringify({ hollowReady: true, nodes: hollow.nodeNames.length, seconds: (Date.now() - t0) / 1000 }));
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await hollow.close();
}

/** Makes kube-node-lease, which Capstan's API server does not make by itself yet. */
export async function ensureLeaseNamespace(cluster: Cluster): Promise<void> {
  await cluster.gql(`mutation { createNamespace(namespace: { metadata: { name: "kube-node-lease" } }) { metadata { name } } }`).catch((err) => {
    if (err.code !== 'ALREADY_EXISTS') throw err;
  });
}

/** Waits until `count` nodes named `<prefix>…` report Ready=True and have a pod CIDR. */
export async function waitHollowReady(cluster: Cluster, prefix: string, count: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await countReady(cluster, prefix);
    if (ready >= count) return ready;
    if (Date.now() > deadline) throw new Error(`only ${ready} of ${count} hollow nodes became Ready`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export async function countReady(cluster: Cluster, prefix: string): Promise<number> {
  // With 100 Lease writes a second the log moves fast: a continue token may expire between two
  // pages (EXPIRED); the list then starts again.
  for (let attempt = 1; ; attempt++) {
    try {
      let ready = 0;
      let cont: string | undefined;
      do {
        const { nodes } = await cluster.gql(
          `query($c: String) { nodes(labelSelector: "capstan.io/hollow=true", limit: 500, continue: $c) { items { metadata { name } spec { podCIDR } status { conditions { type status } } } metadata { continue } } }`,
          { c: cont },
        );
        for (const n of nodes.items) {
          if (n.metadata.name.startsWith(prefix) && n.spec?.podCIDR && n.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True')) ready++;
        }
        cont = nodes.metadata.continue ?? undefined;
      } while (cont);
      return ready;
    } catch (err) {
      if ((err as { code?: string }).code !== 'EXPIRED' || attempt >= 5) throw err;
    }
  }
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      nodes: { type: 'string' },
      seconds: { type: 'string' },
      'hollow-child': { type: 'boolean', default: false },
      server: { type: 'string' },
      prefix: { type: 'string' },
      delay: { type: 'string' },
    },
  });
  if (values['hollow-child']) return hollowChild(values);
  const count = Number(values.nodes ?? (values.quick ? 50 : 1000));
  const seconds = Number(values.seconds ?? (values.quick ? 15 : 120));
  console.log(`bench nodes: ${count} hollow nodes (one process, own credential and graphql-ws connection each, Lease renewed every 10 s) against one API server process, with capstan workers; measured for ${seconds} s once all are Ready`);
  console.log(`  load average before: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);

  const cluster = await startCluster({ agents: 0, label: 'bench-nodes', readyTimeoutMs: 600_000 });
  let hollow: HollowProcess | undefined;
  try {
    await ensureLeaseNamespace(cluster);
    const prefix = 'bench-node-';
    hollow = await spawnHollowProcess({ server: cluster.server.baseUrl, bootstrapToken: cluster.bootstrapToken, count, namePrefix: prefix });
    console.log(`  ${count} nodes joined in ${round(hollow.joinSeconds, 1)} s`);
    await waitHollowReady(cluster, prefix, count, 300_000);
    // Let the join's burst (node CIDRs, first status writes) settle before measuring.
    await new Promise((r) => setTimeout(r, values.quick ? 3_000 : 15_000));
    const serverPid = cluster.server.child.pid!;
    const queries0 = await serverQueryCounts(cluster.server.baseUrl, cluster.server.token);
    const t0 = performance.now();
    const m = await measureIdle(serverPid, { workers: cluster.workers.child.pid!, hollow: hollow.child.pid! }, cluster.db.url, seconds, (s) => {
      if (s % 30 === 0) console.log(`  … ${s} s: server RSS ${round(rssMb(serverPid))} MB`);
    });
    const elapsed = (performance.now() - t0) / 1000;
    const { hollow: hollowCpu, ...rest } = m.othersCpuPercent;
    const queries = queriesPerNodeMinute(queries0, await serverQueryCounts(cluster.server.baseUrl, cluster.server.token), count, elapsed);
    console.log(`API server: CPU ${round(m.cpuPercent)} % of one core, RSS peak ${round(m.rssMb)} MB (at the end ${round(m.rssEndMb)} MB)`);
    console.log(`meanwhile, CPU in % of one core: ${formatCpu(rest)}; Postgres ${m.postgresTransactionsPerSec} transactions/s`);
    console.log(`API server database queries: ${queries.total} per node per minute (${Object.entries(queries.byStatement).map(([k, v]) => `${k} ${v}`).join(', ')})`);
    const readyAfter = await countReady(cluster, prefix).catch((err) => {
      console.log(`  could not count Ready nodes at the end: ${(err as Error).message}`);
      return null;
    });
    console.log(`hollow-node process: CPU ${hollowCpu} % of one core, RSS ${round(rssMb(hollow.child.pid!))} MB; ${readyAfter}/${count} nodes Ready at the end`);
    console.log(`  load average after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
    console.log(JSON.stringify({ bench: 'nodes', nodes: count, seconds, serverCpuPercent: round(m.cpuPercent), serverRssMb: round(m.rssMb), hollowCpuPercent: hollowCpu, othersCpuPercent: rest, postgresTransactionsPerSec: m.postgresTransactionsPerSec, queriesPerNodeMinute: queries.total, readyAtEnd: readyAfter, joinSeconds: round(hollow.joinSeconds, 1) }));
  } finally {
    await hollow?.stop();
    await cluster.stop();
  }
}
