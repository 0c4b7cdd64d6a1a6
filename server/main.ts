/**
 * The API server process: migrations, the store, the admin token, the watch hub and the network
 * side, started in that order and stopped in reverse. `runServer` is `capstan server`;
 * `startServer` is the same server for tests and for `capstan up`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiServer } from './api/api-server.ts';
import { AuditLog } from './api/audit.ts';
import { ensureServingCert, servingNames, type ServingCert } from './auth/serving-cert.ts';
import { resolveLimits } from './api/limits.ts';
import { LogBus } from './api/logs/log-bus.ts';
import { LogRelay } from './api/logs/log-relay.ts';
import { RelayChannel } from './api/logs/relay-channel.ts';
import { StreamBus } from './api/streams/stream-bus.ts';
import { StreamRelay } from './api/streams/stream-relay.ts';
import { WatchCounter } from './api/watch-stream.ts';
import { ensureAdminToken } from './auth/admin-token.ts';
import { AuthenticatorChain, CachedAuthenticator, StoredTokenAuthenticator } from './auth/authenticator.ts';
import { createAuthorizer } from './auth/authorize.ts';
import { ensureBootstrapPolicy } from './auth/bootstrap-policy.ts';
import { ensureBootstrapToken } from './auth/bootstrap-token.ts';
import { ClusterRoleAggregator } from './auth/cluster-role-aggregation.ts';
import { NODE_LEASE_NAMESPACE } from './auth/node-identity.ts';
import { ServiceAccountTokenAuthenticator } from './auth/service-account-token.ts';
import { ConfigError, parseListen, resolveAdminTokenFile, SERVER_USAGE, serverOptionsFromArgs, type ServerOptions } from './config.ts';
import { CapstanError } from './errors.ts';
import { createLogger } from './logger.ts';
import { createMetrics } from './metrics.ts';
import { queryDurationMetric, timeQueries } from './store/query-timing.ts';
import { migrate } from './store/migrate.ts';
import { ensureDefaultStorageClass } from './storage/default-storage-class.ts';
import { ensureSystemPriorityClasses } from './scheduling/pod-priority.ts';
import { Store } from './store/store.ts';
import { WatchHub } from './watch/hub.ts';

export type { ServerOptions } from './config.ts';

export interface RunningServer {
  /** The GraphQL endpoint over HTTP, e.g. http://127.0.0.1:6443/graphql. */
  url: string;
  /** The same endpoint for graphql-ws, e.g. ws://127.0.0.1:6443/graphql. */
  wsUrl: string;
  port: number;
  /** The admin token, when this process knows it (given, generated, or read from its file); else ''. */
  adminToken: string;
  /** Graceful stop: refuse new work, end watches (clients see them complete), drain requests, close the store. */
  close(): Promise<void>;
}

/** How long shutdown waits for ended watches to reach their clients. */
const WATCH_DRAIN_MS = 2_000;

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ name: 'server', level: options.logLevel });
  const { host, port } = parseListen(options.listen ?? '127.0.0.1:6443');
  const limits = resolveLimits(options.limits);

  if (options.migrate !== false) {
    const result = await migrate(options.databaseUrl);
    if (result.applied.length > 0) logger.info({ applied: result.applied }, 'applied database migrations');
  }
  const store = await Store.open({ databaseUrl: options.databaseUrl, poolSize: options.poolSize });
  let hub: WatchHub | undefined;
  let api: ApiServer | undefined;
  let aggregator: ClusterRoleAggregator | undefined;
  let audit: AuditLog | undefined;
  let startedLogBus: LogBus | undefined;
  let relayChannel: RelayChannel | undefined;
  try {
    const adminToken = await ensureAdminToken({
      tokens: store.tokens,
      token: options.adminToken,
      file: resolveAdminTokenFile(options),
      logger,
    });
    if (options.bootstrapToken) await ensureBootstrapToken({ tokens: store.tokens, token: options.bootstrapToken, ttlSeconds: options.bootstrapTokenTtlSeconds, logger });
    // Nodes renew their Leases there but may not create namespaces (Kubernetes' API server makes it too).
    await ensureNamespace(store, NODE_LEASE_NAMESPACE);
    // Kubernetes' default ClusterRoles and bindings (cluster-admin for system:masters, view, edit, …).
    await ensureBootstrapPolicy(store, logger);
    // The default StorageClass (local-path) that claims without a class get.
    await ensureDefaultStorageClass(store, logger);
    // Kubernetes' built-in PriorityClasses (system-cluster-critical, system-node-critical).
    await ensureSystemPriorityClasses(store, logger);

    hub = new WatchHub(store, {
      databaseUrl: options.databaseUrl,
      ...options.watch,
      onError: (err) => logger.warn({ err: err instanceof CapstanError ? err.message : err }, 'watch hub: reading the event log failed; retrying'),
    });
    await hub.start();
    const watchingHub = hub;
    aggregator = new ClusterRoleAggregator({ store, watch: (kind, opts) => watchingHub.watch(kind, opts), logger });
    // The first aggregation happens before the server answers: a client (or test) must not see
    // admin/edit/view change under it a moment after /readyz says ready.
    // Aggregated roles feed each other (admin aggregates edit, edit view): repeat until settled.
    for (let pass = 0; pass < 5 && (await aggregator.sync()) > 0; pass++);
    aggregator.start();
    const startedAggregator = aggregator;

    const watches = new WatchCounter();
    const startedHub = hub;
    const metrics = createMetrics({
      hubStats: () => startedHub.stats(),
      activeSubscriptions: () => watches.active,
      processMetrics: options.processMetrics,
    });
    timeQueries(store.pool, queryDurationMetric(metrics.registry));
    const authenticator = new CachedAuthenticator(
      new AuthenticatorChain([
        new StoredTokenAuthenticator(store.tokens),
        new ServiceAccountTokenAuthenticator({ store }),
        ...(options.authenticators ?? []),
      ]),
    );
    const authorizer = options.authorizer ?? createAuthorizer({ store });
    const logRelay = new LogRelay(options.logRelay);
    // Several API servers share the database: a log request or an exec/attach/port-forward for a
    // node whose agent is connected to another server crosses over LISTEN/NOTIFY (one channel:
    // api/logs/log-bus.ts, api/streams/stream-bus.ts).
    relayChannel = new RelayChannel(options.databaseUrl);
    const logBus = new LogBus(relayChannel, logRelay);
    await logBus.start();
    startedLogBus = logBus;
    const streamRelay = new StreamRelay();
    const streamBus = new StreamBus(relayChannel, streamRelay);
    await streamBus.start();
    const startedChannel = relayChannel;
    audit = options.audit ? new AuditLog(options.audit) : undefined;
    const startedAudit = audit;
    api = await ApiServer.create({ store, hub, authenticator, authorizer, logger, limits, metrics, watches, audit, logRelay, streamRelay, credentialRecheckMs: options.credentialRecheckMs });
    const servingCert = await resolveServingCert(store, options, host);
    const address = await api.listen(host, port, servingCert);
    if (servingCert && options.dataDir) await writeCaFile(options.dataDir, servingCert.ca, logger);
    const base = `${urlHost(host)}:${address.port}`;
    logger.info({ url: `http://${base}/graphql` }, `API server listening on http://${base}`);

    const startedApi = api;
    let closed: Promise<void> | undefined;
    const close = () =>
      (closed ??= (async () => {
        logger.info('API server shutting down');
        startedApi.beginShutdown();
        logRelay.close('the API server is shutting down; retry shortly (on another server, if there are several)');
        await logBus.stop();
        await startedAggregator.stop();
        await streamBus.stop();
        streamRelay.close('the API server is shutting down; retry shortly (on another server, if there are several)');
        await startedChannel.stop();
        await startedHub.stop();
        await watches.idle(WATCH_DRAIN_MS);
        await startedApi.close();
        await startedAudit?.close();
        await store.close();
        logger.info('API server stopped');
      })());

    return { url: `http://${base}/graphql`, wsUrl: `ws://${base}/graphql`, port: address.port, adminToken: adminToken ?? '', close };
  } catch (err) {
    await api?.close().catch(() => {});
    await startedLogBus?.stop().catch(() => {});
    await relayChannel?.stop().catch(() => {});
    await aggregator?.stop().catch(() => {});
    await hub?.stop().catch(() => {});
    await audit?.close();
    await store.close();
    throw err;
  }
}

/** The HTTPS pair: the operator's files, else the cluster's own certificate from the store. */
async function resolveServingCert(store: Store, options: ServerOptions, host: string): Promise<ServingCert | undefined> {
  if (options.tls === false) return undefined;
  if (options.tlsCertFile && options.tlsKeyFile) {
    const [cert, key] = await Promise.all([readFile(options.tlsCertFile, 'utf8'), readFile(options.tlsKeyFile, 'utf8')]);
    return { cert, key, ca: cert };
  }
  const listenNames = host && host !== '0.0.0.0' && host !== '::' ? [host] : [];
  return ensureServingCert(store, servingNames([...listenNames, ...(options.tlsSans ?? [])]));
}

/** `<data dir>/ca.crt`: what a kubeconfig names to trust this cluster's API servers. */
async function writeCaFile(dataDir: string, ca: string, logger: { warn: (o: object, m: string) => void }): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, 'ca.crt'), ca);
  } catch (err) {
    logger.warn({ err }, 'could not write the cluster CA certificate to the data folder');
  }
}

async function ensureNamespace(store: Store, name: string): Promise<void> {
  if (await store.get('Namespace', undefined, name)) return;
  try {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  } catch (err) {
    if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) throw err;
  }
}

/** `capstan server [flags]`: runs until SIGTERM or SIGINT. Resolves to an exit code on failure. */
export async function runServer(argv: string[]): Promise<number | undefined> {
  // Names this process's Postgres sessions (pg_stat_activity, the server log's %a) unless the operator did.
  process.env.PGAPPNAME ??= 'capstan-server';
  let options: ServerOptions | 'help';
  try {
    options = serverOptionsFromArgs(argv, process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`capstan server: ${err.message}\nRun 'capstan server --help' for usage.\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(SERVER_USAGE);
    return 0;
  }
  const logger = createLogger({ name: 'server', level: options.logLevel });
  let server: RunningServer;
  try {
    server = await startServer({ ...options, logger });
  } catch (err) {
    logger.fatal({ err: err instanceof CapstanError ? err.message : err }, 'the API server could not start');
    process.stderr.write(`capstan server: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return undefined;
}
