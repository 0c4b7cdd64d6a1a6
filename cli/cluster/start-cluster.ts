/**
 * Starts a local cluster step by step: PostgreSQL and Redis found (or started), migrations
 * applied, the dashboard built if stale, then each component as a child process, waiting until
 * it is ready, and last until every node is Ready. Either everything ends up running, or
 * whatever had started is stopped again before the error is thrown.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../../server/store/migrate.ts';
import { CommandError } from '../command.ts';
import { logFile, type ClusterPaths } from './cluster-paths.ts';
import { renewBootstrapToken } from './bootstrap-token.ts';
import { clusterComponents, isAgent, STARTUP_GRACE_MS, type ClusterComponent, type ComponentContext } from './components.ts';
import { buildDashboard } from './dashboard-build.ts';
import type { ListenAddress } from './listen-address.ts';
import { exitReport, startManagedProcess, type ManagedProcess } from './managed-process.ts';
import { removePidsFile, writePidsFile, type RecordedProcess, type RestartRecipe } from './pids-file.ts';
import { adminTokenFor, waitForNodesReady } from './node-readiness.ts';
import { describePodsStopped, stopPodProcesses } from './pod-processes.ts';
import { resolvePostgres, type ResolvedPostgres } from './postgres.ts';
import type { Progress } from './progress.ts';
import { resolveRedis, type ResolvedRedis } from './redis.ts';
import { describeStopResult } from './stop-process.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * What runs each component: the `capstan` executable, so the server, workers and agents run
 * compiled from dist/ on plain node (rebuilt first if a source changed), as `capstan up` does.
 */
const CAPSTAN_BIN = path.join(REPO_ROOT, 'bin', 'capstan.js');

export interface StartClusterOptions {
  paths: ClusterPaths;
  listen: ListenAddress;
  /** Start the children so that they outlive `capstan up`. */
  detach: boolean;
  /** The environment of `capstan up`; the children get it with DATABASE_URL and REDIS_URL set. */
  env: NodeJS.ProcessEnv;
  progress: Progress;
  /** Aborted by Ctrl-C: stop what has started and throw the signal's reason. */
  signal: AbortSignal;
  /** The foreground `capstan up` itself, recorded in pids.json so `capstan down` can stop it. */
  supervisor?: RecordedProcess;
  /** How many node agents (default 1). */
  nodes?: number;
  /** Replaces the server, workers and agents (tests). */
  components?: readonly ClusterComponent[];
  /** Tried when REDIS_URL is not set (default: CAPSTAN_LOCAL_REDIS, else 127.0.0.1:6379). */
  localRedisUrl?: string;
  /** Build the dashboard when scripts/build-dashboard.mjs exists (default true; env CAPSTAN_BUILD_DASHBOARD=0 skips it). */
  buildDashboard?: boolean;
  /** How long the nodes have to become Ready (default 90 s). */
  nodeReadyTimeoutMs?: number;
}

export interface RunningCluster {
  postgres: ResolvedPostgres;
  redis: ResolvedRedis;
  /** Every process started for the cluster, in start order. */
  processes: ManagedProcess[];
  /** Resolves with the first process that ends. */
  firstExit(): Promise<ManagedProcess>;
  /** Stops the processes in reverse start order, a line of progress each, and removes pids.json. */
  stop(progress?: Progress): Promise<void>;
}

export const NODE_READY_TIMEOUT_MS = 90_000;

export async function startCluster(opts: StartClusterOptions): Promise<RunningCluster> {
  const { paths, listen, progress, signal } = opts;
  const processes: ManagedProcess[] = [];
  /** How each component was started: a later `capstan up` restarts one that died the same way. */
  const recipes = new Map<ManagedProcess, RestartRecipe>();
  const record = () =>
    writePidsFile(paths.pidsFile, {
      server: listen.baseUrl,
      listen: listen.text,
      startedAt: new Date().toISOString(),
      supervisor: opts.detach ? undefined : opts.supervisor,
      processes: processes.map((p) => ({ name: p.name, pid: p.pid, marker: p.marker, ...(p.stopSignal ? { stopSignal: p.stopSignal } : {}), ...(recipes.has(p) ? { restart: recipes.get(p) } : {}) })),
    });
  const adopt = async (child: ManagedProcess | undefined) => {
    if (!child) return;
    processes.push(child);
    await record();
  };
  const stop = async (stopProgress?: Progress) => {
    const reversed = [...processes].reverse();
    const stopOne = async (child: ManagedProcess) => {
      // One that ended by itself has been reported already.
      if (child.hasExited()) return;
      if (stopProgress) await stopProgress.step(child.name, () => child.stop(), describeStopResult);
      else await child.stop();
    };
    // The agents first, then their pods (which outlive an agent), then the control plane.
    for (const child of reversed.filter((c) => isAgent(c.name))) await stopOne(child);
    const hadAgents = processes.some((c) => isAgent(c.name));
    if (stopProgress && hadAgents) await stopProgress.step('pods', () => stopPodProcesses(paths.agentsDir), describePodsStopped);
    else await stopPodProcesses(paths.agentsDir);
    for (const child of reversed.filter((c) => !isAgent(c.name))) await stopOne(child);
    await removePidsFile(paths.pidsFile);
  };

  try {
    const postgres = await progress.step(
      'postgres',
      async () => {
        const found = await resolvePostgres({ env: opts.env, paths, logFile: logFile(paths, 'postgres'), detach: opts.detach, signal });
        await adopt(found.process);
        return found;
      },
      (pg) => (pg.source === 'DATABASE_URL' ? `${pg.display} (DATABASE_URL)` : pg.note ? `${pg.display} (${pg.note}, pid ${pg.process?.pid})` : pg.display),
    );
    signal.throwIfAborted();
    const redis = await progress.step(
      'redis',
      async () => {
        const found = await resolveRedis({ env: opts.env, dir: paths.redisDir, logFile: logFile(paths, 'redis'), detach: opts.detach, localUrl: opts.localRedisUrl });
        await adopt(found.process);
        return found;
      },
      (r) => (r.source === 'REDIS_URL' ? `${r.display} (REDIS_URL)` : r.source === 'started' ? `${r.display} (started redis-server, pid ${r.process?.pid})` : r.display),
    );
    signal.throwIfAborted();
    await progress.step(
      'migrations',
      () => migrate(postgres.url),
      ({ applied }) => (applied.length ? `applied ${applied.length} migration${applied.length === 1 ? '' : 's'}` : 'up to date'),
    );
    signal.throwIfAborted();
    if (opts.buildDashboard !== false && opts.env.CAPSTAN_BUILD_DASHBOARD === '0') {
      await progress.step('dashboard', async () => undefined, () => ({ warning: 'not built (CAPSTAN_BUILD_DASHBOARD=0)' }));
    } else if (opts.buildDashboard !== false) {
      await progress.step(
        'dashboard',
        () => buildDashboard(REPO_ROOT, logFile(paths, 'dashboard-build'), opts.env, signal),
        (build) =>
          build.outcome === 'done'
            ? build.summary
            : build.outcome === 'no-script'
              ? { warning: 'not built (no scripts/build-dashboard.mjs); the API works without it' }
              : { warning: `build failed, the API works without it: ${build.report}` },
      );
    }

    const ctx: ComponentContext = { paths, listen, bootstrapToken: await renewBootstrapToken(paths.bootstrapTokenFile) };
    const clusterEnv: NodeJS.ProcessEnv = {
      ...opts.env,
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      CAPSTAN_DATA_DIR: paths.dataDir,
      // One Redis may serve several clusters: each cluster's queues live under its database's name.
      CAPSTAN_REDIS_PREFIX: opts.env.CAPSTAN_REDIS_PREFIX || `capstan-${new URL(postgres.url).pathname.slice(1) || 'capstan'}`,
    };
    const agents: { nodeName: string; process: ManagedProcess }[] = [];
    let agentsSince = Date.now();
    for (const component of opts.components ?? clusterComponents(opts.nodes ?? 1)) {
      signal.throwIfAborted();
      await progress.step(
        component.name,
        async () => {
          const recipe: RestartRecipe = {
            command: process.execPath,
            args: [CAPSTAN_BIN, ...component.args(ctx)],
            env: component.env ? component.env(clusterEnv, ctx) : clusterEnv,
            cwd: REPO_ROOT,
          };
          const child = await startManagedProcess({
            ...recipe,
            name: component.name,
            logFile: logFile(paths, component.name),
            detach: opts.detach,
            marker: componentMarker(component, ctx),
          });
          recipes.set(child, recipe);
          await adopt(child);
          if (component.nodeName) {
            if (agents.length === 0) agentsSince = Date.now();
            agents.push({ nodeName: component.nodeName, process: child });
          }
          await untilReady(component, ctx, child, signal);
        },
        () => component.describe?.(ctx) ?? 'started',
      );
    }
    if (agents.length > 0) {
      const adminToken = await adminTokenFor(opts.env, paths.tokenFile);
      await progress.step(
        'nodes',
        async () => {
          if (!adminToken) return false;
          await waitForNodesReady({ server: listen.baseUrl, adminToken, agents, since: agentsSince, timeoutMs: opts.nodeReadyTimeoutMs ?? NODE_READY_TIMEOUT_MS, signal });
          return true;
        },
        (checked) =>
          checked
            ? `${agents.map((a) => a.nodeName).join(', ')} Ready`
            : { warning: `not checked: no admin token to ask the API with (${paths.tokenFile} is missing)` },
      );
    }
    return {
      postgres,
      redis,
      processes,
      firstExit: () => Promise.race(processes.map((child) => child.exit.then(() => child))),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** What a component's command line contains, to recognise it later by pid. */
function componentMarker(component: ClusterComponent, ctx: ComponentContext): string {
  return `${CAPSTAN_BIN} ${component.args(ctx)[0]}`;
}

/** Waits for the component to be ready; fails with its log when it ends first. */
export async function untilReady(component: ClusterComponent, ctx: ComponentContext, child: ManagedProcess, signal: AbortSignal): Promise<void> {
  const done = new AbortController();
  const died = child.exit.then(async () => {
    if (!done.signal.aborted) throw new CommandError(await exitReport(child));
  });
  const ready = component.waitReady
    ? component.waitReady(ctx, AbortSignal.any([signal, done.signal]))
    : new Promise((resolve) => setTimeout(resolve, STARTUP_GRACE_MS));
  try {
    await Promise.race([ready, died]);
  } finally {
    done.abort();
  }
  // Ended just as it looked ready (its report is still being read): not started after all.
  if (child.hasExited()) throw new CommandError(await exitReport(child));
}
