/**
 * `capstan workers`: the controllers' BullMQ workers and a dispatcher candidate, in one process.
 * Run as many as you like: the dispatcher is elected on a Lease, and the queues keep each key in
 * one worker at a time.
 *
 *   capstan workers [--controllers a,b] [--concurrency N] [--redis-prefix P]
 *   env DATABASE_URL (required), REDIS_URL (default redis://127.0.0.1:6379), LOG_LEVEL
 */
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { Controller } from './controller.ts';
import { builtInControllers, secondsFromEnv } from './controllers/index.ts';
import { Dispatcher, type DispatcherOptions } from './dispatcher/dispatcher.ts';
import { queryDurationMetric, timeQueries } from '../server/store/query-timing.ts';
import { serveMetrics } from './metrics-server.ts';
import { dispatcherFromEnv, jobLockFromEnv } from './timings-from-env.ts';
import { AuthenticatorChain, CachedAuthenticator, StoredTokenAuthenticator } from '../server/auth/authenticator.ts';
import { assertAllowed, createAuthorizer } from '../server/auth/authorize.ts';
import { authenticateBearer } from '../server/auth/bearer.ts';
import { ServiceAccountTokenAuthenticator } from '../server/auth/service-account-token.ts';
import { createWorkerMetrics, registerSchedulerRoundMetrics, type WorkerMetrics } from './queue/metrics.ts';
import type { SchedulerController } from './controllers/scheduler.ts';
import type { WorkerOptions } from './queue/options.ts';
import { ReconcileQueue } from './queue/reconcile-queue.ts';
import { ReconcileWorker } from './queue/reconcile-worker.ts';

/** Every controller this build knows, by name; controllers register themselves here. */
export const CONTROLLERS = new Map<string, Controller>();

export function registerController(c: Controller): void {
  if (CONTROLLERS.has(c.name)) throw new Error(`controller ${c.name} is registered twice`);
  CONTROLLERS.set(c.name, c);
}

export interface WorkersOptions {
  databaseUrl: string;
  redisUrl?: string;
  /** Controllers whose jobs this process runs (default all). The dispatcher serves all of them. */
  controllers?: string[];
  /** All known controllers (default CONTROLLERS). */
  registry?: Map<string, Controller>;
  worker?: WorkerOptions;
  dispatcher?: Partial<Omit<DispatcherOptions, 'store' | 'controllers' | 'enqueue' | 'log'>>;
  log?: Logger;
  metrics?: WorkerMetrics;
}

export interface RunningWorkers {
  store: Store;
  dispatcher: Dispatcher;
  workers: ReconcileWorker[];
  metrics: WorkerMetrics;
  /** Graceful: running reconciles finish, the dispatcher checkpoints and releases its Lease. */
  stop(): Promise<void>;
}

export async function startWorkers(opts: WorkersOptions): Promise<RunningWorkers> {
  const registry = opts.registry ?? CONTROLLERS;
  const log = opts.log ?? createLogger({ name: 'workers' });
  const metrics = opts.metrics ?? createWorkerMetrics();
  const selected = opts.controllers ?? [...registry.keys()];
  for (const name of selected) if (!registry.has(name)) throw new Error(`unknown controller ${name}; known: ${[...registry.keys()].join(', ') || 'none'}`);
  const redis = { redisUrl: opts.redisUrl, ...opts.worker };
  const store = await Store.open({ databaseUrl: opts.databaseUrl });
  timeQueries(store.pool, queryDurationMetric(metrics.registry));
  const queues = new Map<string, ReconcileQueue>();
  const queueOf = (name: string) => {
    let q = queues.get(name);
    if (!q) queues.set(name, (q = new ReconcileQueue(name, redis)));
    return q;
  };
  const workers = selected.map((name) => new ReconcileWorker({ controller: registry.get(name)!, store, log, metrics }, redis));
  for (const name of selected) {
    const controller = registry.get(name) as Partial<SchedulerController> | undefined;
    if (controller?.snapshotStats) registerSchedulerRoundMetrics(metrics.registry, () => controller.snapshotStats!());
  }
  await Promise.all(workers.map((w) => w.ready()));
  const dispatcher = new Dispatcher({
    databaseUrl: opts.databaseUrl,
    ...opts.dispatcher,
    store,
    controllers: () => [...registry.values()],
    enqueue: (controller, keys) => queueOf(controller).enqueue(keys),
    log,
  });
  dispatcher.start();
  log.info({ controllers: selected }, 'workers started');
  return {
    store,
    dispatcher,
    workers,
    metrics,
    async stop() {
      await dispatcher.stop();
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all([...queues.values()].map((q) => q.close()));
      await Promise.all(selected.map((name) => registry.get(name)!.close?.()));
      await store.close();
    },
  };
}

const USAGE = `usage: capstan workers [--controllers a,b] [--concurrency N] [--redis-prefix P] [--metrics-listen HOST:PORT]
controllers: scheduler, replicaset, deployment, node-lifecycle, endpoints, serviceaccount, token, namespace, gc
env: DATABASE_URL (required), REDIS_URL (default redis://127.0.0.1:6379), LOG_LEVEL,
     CAPSTAN_WORKERS_METRICS_LISTEN (as --metrics-listen; off by default),
     CAPSTAN_NODE_MONITOR_GRACE_PERIOD (seconds, default 40),
     CAPSTAN_NODE_MONITOR_PERIOD (seconds between checks of every node's Lease,
       default an eighth of the grace period, at most 5),
     CAPSTAN_DEFAULT_TOLERATION_SECONDS (default 300),
     CAPSTAN_DISPATCHER_LEASE_DURATION (whole seconds, default 15; renewed every third of it),
     CAPSTAN_RESYNC_PERIOD (seconds, default 300),
     CAPSTAN_JOB_LOCK_DURATION (seconds a killed worker's jobs stay claimed, default 30)`;

export async function runWorkers(argv: string[]): Promise<number | never> {
  // Names this process's Postgres sessions (pg_stat_activity, the server log's %a) unless the operator did.
  process.env.PGAPPNAME ??= 'capstan-workers';
  const { values } = parseArgs({
    args: argv,
    options: {
      controllers: { type: 'string' },
      concurrency: { type: 'string' },
      'redis-prefix': { type: 'string' },
      'metrics-listen': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    process.stderr.write(`DATABASE_URL is required\n${USAGE}\n`);
    return 2;
  }
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
    process.stderr.write('--concurrency must be a positive integer\n');
    return 2;
  }
  const log = createLogger({ name: 'workers', level: process.env.LOG_LEVEL });
  const prefix = values['redis-prefix'] ?? process.env.CAPSTAN_REDIS_PREFIX;
  const grace = secondsFromEnv('CAPSTAN_NODE_MONITOR_GRACE_PERIOD');
  const monitorPeriod = secondsFromEnv('CAPSTAN_NODE_MONITOR_PERIOD');
  if (monitorPeriod === 0) {
    process.stderr.write('CAPSTAN_NODE_MONITOR_PERIOD must be more than 0 seconds\n');
    return 2;
  }
  const registry = builtInControllers({
    redisUrl: process.env.REDIS_URL,
    redisPrefix: prefix,
    nodeMonitorGracePeriodMs: grace === undefined ? undefined : grace * 1000,
    nodeMonitorPeriodMs: monitorPeriod === undefined ? undefined : monitorPeriod * 1000,
    defaultTolerationSeconds: secondsFromEnv('CAPSTAN_DEFAULT_TOLERATION_SECONDS'),
    cronJobClockRate: process.env.CAPSTAN_CRONJOB_CLOCK_RATE ? Number(process.env.CAPSTAN_CRONJOB_CLOCK_RATE) : undefined,
  });
  // Controllers registered by embedders (CONTROLLERS) come on top of the built-in ones.
  for (const [name, c] of CONTROLLERS) registry.set(name, c);
  const running = await startWorkers({
    registry,
    databaseUrl,
    redisUrl: process.env.REDIS_URL,
    controllers: values.controllers?.split(',').map((s) => s.trim()).filter(Boolean),
    worker: { concurrency, prefix, ...jobLockFromEnv() },
    dispatcher: dispatcherFromEnv(),
    log,
  });
  const metricsListen = values['metrics-listen'] ?? process.env.CAPSTAN_WORKERS_METRICS_LISTEN;
  let metricsServer: Awaited<ReturnType<typeof serveMetrics>> | undefined;
  if (metricsListen) {
    const m = /^(.*):(\d+)$/.exec(metricsListen);
    if (!m) {
      process.stderr.write(`--metrics-listen: "${metricsListen}" is not HOST:PORT\n`);
      await running.stop();
      return 2;
    }
    // The API server's tokens and rules, read from the same database.
    const store = running.store;
    const authenticator = new CachedAuthenticator(new AuthenticatorChain([new StoredTokenAuthenticator(store.tokens), new ServiceAccountTokenAuthenticator({ store })]));
    const authorizer = createAuthorizer({ store });
    const authorize = async (header: string | undefined) => {
      await assertAllowed(authorizer, await authenticateBearer(authenticator, header), 'get', 'metrics');
    };
    // A busy port costs the metrics, not the controllers: warn and go on reconciling.
    try {
      metricsServer = await serveMetrics(running.metrics.registry, m[1]!.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1', Number(m[2]), authorize);
      log.info({ address: metricsServer.address }, 'serving /metrics');
    } catch (err) {
      log.warn({ listen: metricsListen, reason: (err as Error).message }, 'cannot serve /metrics; the workers run without it');
    }
  }
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'workers stopping');
      void metricsServer?.close();
      running.stop().then(
        () => resolve(0),
        (err) => {
          log.error({ err }, 'workers did not stop cleanly');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
