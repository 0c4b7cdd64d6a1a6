/**
 * Starts a local cluster step by step: PostgreSQL and Redis found (or Redis started), migrations
 * applied, then each component as a child process, waiting until it is ready. Either everything
 * ends up running, or whatever had started is stopped again before the error is thrown.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../../server/store/migrate.ts';
import { CommandError } from '../command.ts';
import { logFile, type ClusterPaths } from './cluster-paths.ts';
import { COMPONENTS, STARTUP_GRACE_MS, type ClusterComponent, type ComponentContext } from './components.ts';
import type { ListenAddress } from './listen-address.ts';
import { exitReport, startManagedProcess, type ManagedProcess } from './managed-process.ts';
import { removePidsFile, writePidsFile, type RecordedProcess } from './pids-file.ts';
import { resolvePostgres, type ResolvedPostgres } from './postgres.ts';
import type { Progress } from './progress.ts';
import { resolveRedis, type ResolvedRedis } from './redis.ts';
import { describeStopResult } from './stop-process.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI_MAIN = path.join(REPO_ROOT, 'cli', 'main.ts');

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
  components?: readonly ClusterComponent[];
  /** Tried when DATABASE_URL is not set (default: the `capstan` database on 127.0.0.1:5432). */
  localPostgresUrl?: string;
  /** Tried when REDIS_URL is not set (default: 127.0.0.1:6379). */
  localRedisUrl?: string;
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

export async function startCluster(opts: StartClusterOptions): Promise<RunningCluster> {
  const { paths, listen, progress, signal } = opts;
  const processes: ManagedProcess[] = [];
  const record = () =>
    writePidsFile(paths.pidsFile, {
      server: listen.baseUrl,
      listen: listen.text,
      startedAt: new Date().toISOString(),
      supervisor: opts.detach ? undefined : opts.supervisor,
      processes: processes.map(({ name, pid, marker }) => ({ name, pid, marker })),
    });
  const stop = async (stopProgress?: Progress) => {
    for (const child of [...processes].reverse()) {
      // One that ended by itself has been reported already.
      if (child.hasExited()) continue;
      if (stopProgress) await stopProgress.step(child.name, () => child.stop(), describeStopResult);
      else await child.stop();
    }
    await removePidsFile(paths.pidsFile);
  };

  try {
    const postgres = await progress.step(
      'postgres',
      () => resolvePostgres({ env: opts.env, localUrl: opts.localPostgresUrl }),
      (pg) => (pg.source === 'DATABASE_URL' ? `${pg.display} (DATABASE_URL)` : pg.display),
    );
    signal.throwIfAborted();
    const redis = await progress.step(
      'redis',
      async () => {
        const found = await resolveRedis({ env: opts.env, dir: paths.redisDir, logFile: logFile(paths, 'redis'), detach: opts.detach, localUrl: opts.localRedisUrl });
        if (found.process) {
          processes.push(found.process);
          await record();
        }
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

    const ctx: ComponentContext = { paths, listen };
    const childEnv: NodeJS.ProcessEnv = {
      ...opts.env,
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      CAPSTAN_DATA_DIR: paths.dataDir,
      // One Redis may serve several clusters: each cluster's queues live under its database's name.
      CAPSTAN_REDIS_PREFIX: opts.env.CAPSTAN_REDIS_PREFIX || `capstan-${new URL(postgres.url).pathname.slice(1) || 'capstan'}`,
    };
    for (const component of opts.components ?? COMPONENTS) {
      signal.throwIfAborted();
      await progress.step(
        component.name,
        async () => {
          const child = await startManagedProcess({
            name: component.name,
            command: process.execPath,
            args: ['--import', 'tsx', CLI_MAIN, ...component.args(ctx)],
            env: childEnv,
            cwd: REPO_ROOT,
            logFile: logFile(paths, component.name),
            detach: opts.detach,
            marker: `${CLI_MAIN} ${component.name}`,
          });
          processes.push(child);
          await record();
          await untilReady(component, ctx, child, signal);
        },
        () => component.describe?.(ctx) ?? 'started',
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

/** Waits for the component to be ready; fails with its log when it ends first. */
async function untilReady(component: ClusterComponent, ctx: ComponentContext, child: ManagedProcess, signal: AbortSignal): Promise<void> {
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
