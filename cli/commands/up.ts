/**
 * `capstan up`: a local cluster in one command. Finds PostgreSQL and Redis (or starts an
 * embedded PostgreSQL and a redis-server), migrates, builds the dashboard if stale, starts the
 * API server, the workers and the node agents as child processes and waits until each is ready
 * and every node is Ready, then either supervises them in the foreground (Ctrl-C stops them
 * all) or, with --detach, leaves them running for `capstan down`.
 */
import { mkdir } from 'node:fs/promises';
import { clusterPaths, DEFAULT_DATA_DIR, type ClusterPaths } from '../cluster/cluster-paths.ts';
import { dataDirFlag, downCommandFor } from '../cluster/data-dir-flag.ts';
import { DEFAULT_LISTEN, parseListen } from '../cluster/listen-address.ts';
import { exitReport } from '../cluster/managed-process.ts';
import { tcpAnswers } from '../cluster/network-probes.ts';
import { liveProcesses, readPidsFile, removePidsFile, type PidsFile } from '../cluster/pids-file.ts';
import { Progress } from '../cluster/progress.ts';
import { restartStopped, stoppedProcesses, unrestartable } from '../cluster/restart-components.ts';
import { startCluster, type RunningCluster } from '../cluster/start-cluster.ts';
import { commandLineOf, isRunning } from '../cluster/stop-process.ts';
import { clusterSummary, writeClusterConfig } from '../cluster/summary.ts';
import { CommandError, stringFlag, UsageError, type Command, type CommandContext } from '../command.ts';

/** Exit code of a start cut short by Ctrl-C, as shells report 128 + SIGINT. */
const EXIT_INTERRUPTED = 130;

export const upCommand: Command = {
  name: 'up',
  summary: 'Run a whole local cluster in one command (API server, workers, node agents, dashboard)',
  description:
    'Starts a whole local cluster. PostgreSQL: DATABASE_URL, else the "capstan" database on\n' +
    '127.0.0.1:5432 if a server answers there, else an embedded PostgreSQL with its files in the\n' +
    'data folder. Redis: REDIS_URL, else 127.0.0.1:6379, else a redis-server from PATH started with\n' +
    'its files in the data folder. Applies migrations, builds the dashboard if needed, starts the\n' +
    'API server, the workers and --nodes node agents (process runtime), waits until every node is\n' +
    'Ready and prints the URLs and where the admin token is. Runs in the foreground (Ctrl-C stops\n' +
    'everything) unless --detach is given. Running it again resumes the same cluster: the data\n' +
    'folder remembers its PostgreSQL, node names and tokens. On a detached cluster that is partly\n' +
    'running it starts again the server, workers or agents that died, as they were first started.\n' +
    'Environment: CAPSTAN_LOCAL_POSTGRES and CAPSTAN_LOCAL_REDIS (host:port) move the local probes;\n' +
    'CAPSTAN_DATABASE_NAME names the database of a new cluster (default capstan).',
  flags: [
    dataDirFlag,
    { name: 'listen', type: 'string', valueName: 'HOST:PORT', env: 'CAPSTAN_LISTEN', default: DEFAULT_LISTEN, description: 'Address the API server listens on' },
    { name: 'nodes', type: 'string', valueName: 'N', env: 'CAPSTAN_NODES', default: '1', description: 'How many node agents to run (node-1 … node-N; 0 for none)' },
    { name: 'detach', short: 'd', type: 'boolean', description: 'Start in the background and return; stop it with `capstan down`' },
  ],
  async run({ values }, ctx) {
    const paths = clusterPaths(stringFlag(values, 'data-dir') ?? DEFAULT_DATA_DIR, { tokenFile: ctx.env.CAPSTAN_ADMIN_TOKEN_FILE || undefined });
    const listen = parseListen(stringFlag(values, 'listen') ?? DEFAULT_LISTEN);
    const detach = values.detach === true;
    const nodes = parseNodes(stringFlag(values, 'nodes') ?? '1');

    const existing = await runningFrom(paths);
    const stopped = existing ? stoppedProcesses(existing) : [];
    if (existing && stopped.length > 0) {
      // Partly running: start what died, the same way it was started (see restart-components.ts).
      ctx.stdout(`Capstan from ${paths.dataDir} is partly running; restarting ${stopped.map((p) => p.name).join(', ')}\n`);
      const signals = new StopSignals();
      let restarted: string[];
      try {
        restarted = await restartStopped({ paths, listen: parseListen(existing.listen), pids: existing, env: ctx.env, progress: new Progress(ctx.stdout), signal: signals.abortSignal });
      } finally {
        signals.dispose();
      }
      ctx.stdout(`Restarted ${restarted.join(', ')}\n\nCapstan is running:\n`);
      ctx.stdout(await clusterSummary({ paths, server: existing.server, env: ctx.env }));
      ctx.stdout(`Stop it with: ${downCommandFor(paths.dataDir)}\n`);
      return 0;
    }
    if (existing) {
      ctx.stdout(`Capstan is already running from ${paths.dataDir}:\n`);
      ctx.stdout(await clusterSummary({ paths, server: existing.server, env: ctx.env }));
      ctx.stdout(`Stop it with: ${downCommandFor(paths.dataDir)}\n`);
      return 0;
    }
    if (await tcpAnswers(listen.host, listen.port)) {
      throw new CommandError(
        `${listen.text} is already in use, and not by a Capstan cluster from ${paths.dataDir}: stop what listens there, or choose another address with --listen`,
      );
    }

    await mkdir(paths.dataDir, { recursive: true, mode: 0o700 });
    ctx.stdout(`Starting Capstan in ${paths.dataDir}\n`);
    const progress = new Progress(ctx.stdout);
    const signals = new StopSignals();
    let cluster: RunningCluster;
    try {
      cluster = await startCluster({
        paths,
        listen,
        detach,
        nodes,
        env: ctx.env,
        progress,
        signal: signals.abortSignal,
        supervisor: { name: 'capstan up', pid: process.pid, marker: commandLineOf(process.pid) },
      });
    } catch (err) {
      signals.dispose();
      if (signals.received) {
        ctx.stderr(`interrupted (${signals.received}); stopped what had started\n`);
        return EXIT_INTERRUPTED;
      }
      throw err;
    }

    await writeClusterConfig(paths, listen.baseUrl);
    ctx.stdout(`\nCapstan is running:\n${await clusterSummary({ paths, server: listen.baseUrl, env: ctx.env })}`);
    if (detach) {
      signals.dispose();
      ctx.stdout(`Stop it with: ${downCommandFor(paths.dataDir)}\n`);
      return 0;
    }
    ctx.stdout('Press Ctrl-C to stop it.\n');
    try {
      return await superviseUntilStopped(cluster, signals, ctx);
    } finally {
      signals.dispose();
    }
  },
};

/** Runs until Ctrl-C/SIGTERM (exit 0) or until a process ends by itself (exit 1); stops all. */
async function superviseUntilStopped(cluster: RunningCluster, signals: StopSignals, ctx: CommandContext): Promise<number> {
  const outcome = await Promise.race([signals.next.then((signal) => ({ signal })), cluster.firstExit().then((died) => ({ died }))]);
  const progress = new Progress(ctx.stdout);
  if ('signal' in outcome) {
    ctx.stdout(`\nStopping (${outcome.signal})\n`);
    await cluster.stop(progress);
    ctx.stdout('Capstan stopped\n');
    return 0;
  }
  ctx.stderr(`\n✘ ${await exitReport(outcome.died)}\nStopping the rest of the cluster\n`);
  await cluster.stop(progress);
  return 1;
}

/** The largest --nodes: each node is an agent process of ~100 MB. */
const MAX_NODES = 20;

function parseNodes(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > MAX_NODES) throw new UsageError(`--nodes: "${text}" is not a number of nodes from 0 to ${MAX_NODES}`);
  return n;
}

/**
 * The cluster recorded in the data folder if it runs, even partly; a stale record is removed.
 * Partly running with a process that cannot be restarted (PostgreSQL, Redis) is refused.
 */
async function runningFrom(paths: ClusterPaths): Promise<PidsFile | undefined> {
  const pids = await readPidsFile(paths.pidsFile);
  if (!pids) return undefined;
  const live = liveProcesses(pids);
  if (live.length === 0) {
    await removePidsFile(paths.pidsFile);
    return undefined;
  }
  // A foreground `capstan up` stops the whole cluster when one of its processes ends: leave it be.
  const supervised = !!pids.supervisor && isRunning(pids.supervisor.pid, pids.supervisor.marker);
  const stopped = supervised ? stoppedProcesses(pids) : unrestartable(stoppedProcesses(pids));
  if (stopped.length > 0) {
    throw new CommandError(
      `the cluster from ${paths.dataDir} is partly running (${stopped.map((p) => p.name).join(', ')} stopped; ` +
        `see ${paths.logsDir}): run \`${downCommandFor(paths.dataDir)}\` first`,
    );
  }
  return pids;
}

/** The children run in their own process groups: a closed terminal (SIGHUP) reaches only us. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * SIGINT, SIGTERM and SIGHUP while `capstan up` runs: the first aborts a start in progress, or stops
 * a running cluster. Later ones are ignored while it stops (each child gets 10 s, then SIGKILL).
 */
class StopSignals {
  private readonly controller = new AbortController();
  private resolveNext!: (signal: NodeJS.Signals) => void;
  readonly next = new Promise<NodeJS.Signals>((resolve) => (this.resolveNext = resolve));
  received: NodeJS.Signals | undefined;

  constructor() {
    for (const name of STOP_SIGNALS) process.on(name, this.handle);
  }

  get abortSignal(): AbortSignal {
    return this.controller.signal;
  }

  dispose(): void {
    for (const name of STOP_SIGNALS) process.off(name, this.handle);
  }

  private readonly handle = (signal: NodeJS.Signals) => {
    if (this.received) return;
    this.received = signal;
    this.controller.abort(new CommandError(`interrupted by ${signal}`));
    this.resolveNext(signal);
  };
}
