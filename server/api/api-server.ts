/**
 * The API server's network side, on one port: an express app with GraphQL over HTTP (Apollo) at
 * /graphql, graphql-ws on the same path, /healthz, /readyz and /metrics. Every request but the
 * two probes carries a bearer token; the same limits and the same error formatting apply to
 * HTTP and WebSocket alike.
 */
import http from 'node:http';
import type net from 'node:net';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ExecutionArgs } from 'graphql';
import { execute, getOperationAST, GraphQLError, specifiedRules, subscribe, validate } from './graphql-js.ts';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Authenticator } from '../auth/authenticator.ts';
import { assertAllowed, type Authorizer } from '../auth/authorize.ts';
import { restrictStore } from '../auth/node-restriction.ts';
import { serviceAccountUser } from '../auth/service-account-token.ts';
import { authenticateBearer } from '../auth/bearer.ts';
import { CapstanError, type ErrorCode } from '../errors.ts';
import type { ServerMetrics } from '../metrics.ts';
import type { Store } from '../store/store.ts';
import type { Identity } from '../store/types.ts';
import type { WatchHub } from '../watch/hub.ts';
import type { ApiContext } from './context.ts';
import { capstanErrorOf, createErrorFormatter, errorBody, GENERIC_INTERNAL_MESSAGE, httpStatus, type ErrorFormatter } from './errors.ts';
import { assertInputDepth, limitRules, type ApiLimits } from './limits.ts';
import { FairnessGate, TooManyRequestsError } from './fairness.ts';
import { identityLevel, PriorityGate, registerPriorityMetrics } from './priority.ts';
import { armRequestTimeout, requestDeadlineMs } from './request-timeout.ts';
import { WsAdmission } from './ws-admission.ts';
import { auditExecution, auditPlugin, type AuditLog } from './audit.ts';
import { LogRelay } from './logs/log-relay.ts';
import { StreamRelay } from './streams/stream-relay.ts';
import { DirectGraphql } from './graphql-direct.ts';
import { isJsonGraphqlPost, serveGraphqlPost, type GraphqlHttpOptions } from './graphql-http.ts';
import { buildSchema } from './schema.ts';
import { sharedSubscribe } from './shared-subscribe.ts';
import { coalesceSends } from './ws-coalesced-sends.ts';
import { serveDashboard } from './static.ts';
import { handlePodStreamUpgrade, refuseUpgrade } from '../rest/pod-streams.ts';
import { isRestPath, parseResourcePath, RestApi } from '../rest/router.ts';
import { statusFromError, statusObject } from '../rest/status.ts';
import { sendJson } from '../rest/http-io.ts';
import type { WatchCounter } from './watch-stream.ts';

export interface ApiServerOptions {
  store: Store;
  hub: WatchHub;
  authenticator: Authenticator;
  authorizer: Authorizer;
  logger: Logger;
  limits: ApiLimits;
  metrics: ServerMetrics;
  watches: WatchCounter;
  /** The pod-log relay (default: a new one for this server). */
  logRelay?: LogRelay;
  /** The pod stream relay: exec, attach, port-forward (default: a new one for this server). */
  streamRelay?: StreamRelay;
  /** Where every query, mutation and REST request is recorded (default: nowhere). */
  audit?: AuditLog;
  /** How long in-flight HTTP requests may take to finish at shutdown (default 10 s). */
  stopGracePeriodMs?: number;
  /**
   * How often open WebSockets have their credential checked again (default 1 s): one revoked
   * elsewhere (another server, the database) or expired is cut off within this plus the
   * authentication cache's lifetime.
   */
  credentialRecheckMs?: number;
}

/** What graphql-ws keeps per connection. */
type WsExtra = {
  socket: import('ws').WebSocket;
  request: http.IncomingMessage;
  identity?: Identity;
};

/**
 * Subscriptions whose every event is for one subscriber only (pod logs, an agent's log
 * requests): nothing to share, and their source must hear return() at once, so they skip
 * sharedSubscribe.
 */
const UNSHARED_SUBSCRIPTIONS = new Set(['podLogs', 'agentLogRequests', 'execPod', 'agentStreamRequests']);

function isUnshared(args: ExecutionArgs): boolean {
  const op = getOperationAST(args.document, args.operationName);
  return op?.operation === 'subscription' && op.selectionSet.selections.some((s) => s.kind === 'Field' && UNSHARED_SUBSCRIPTIONS.has(s.name.value));
}

/** What requestDeadlineMs is given for a request whose query it does not read. */
const NO_QUERY = new URL('http://capstan/');

/** The path of a request, without its query. */
function pathOf(req: http.IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

/** WebSocket close reasons are limited to 123 bytes. */
function closeReason(text: string): string {
  const buf = Buffer.from(text);
  return buf.length <= 123 ? text : `${buf.subarray(0, 120).toString().replace(/\uFFFD+$/, '')}...`;
}

export class ApiServer {
  readonly httpServer: http.Server;
  private readonly apollo: ApolloServer<ApiContext>;
  /** Executes POSTed queries it has validated before, without Apollo's pipeline (graphql-direct.ts). */
  private readonly direct: DirectGraphql;
  private readonly wss: WebSocketServer;
  private readonly disposeWs: () => Promise<void>;
  private readonly format: ErrorFormatter;
  private readonly logRelay: LogRelay;
  private readonly streamRelay: StreamRelay;
  /** Open WebSocket connections and who they authenticated as (to close revoked ones). */
  private readonly sockets = new Map<import('ws').WebSocket, Identity>();
  /** The Authorization value each open WebSocket authenticated with, checked again per operation and every `credentialRecheckMs`. */
  private readonly socketCredentials = new Map<import('ws').WebSocket, unknown>();
  private readonly recheckTimer: NodeJS.Timeout;
  private rechecking = false;
  private closing = false;
  /** Ends the watch of ServiceAccount deletions (followServiceAccountDeletions). */
  private readonly stopFollowing = new AbortController();
  /** Per-identity rate, in-flight and subscription limits, for every protocol (fairness.ts). */
  readonly gate: FairnessGate;
  /** Seats by priority level: node heartbeats ahead of other work when the server is busy (priority.ts). */
  readonly priority: PriorityGate;

  private constructor(private readonly opts: ApiServerOptions) {
    const { logger, limits, metrics } = opts;
    this.logRelay = opts.logRelay ?? new LogRelay();
    this.streamRelay = opts.streamRelay ?? new StreamRelay();
    const schema = buildSchema();
    const rules = limitRules(limits);
    this.format = createErrorFormatter({ logger, onError: (code) => metrics.countError(code) });
    this.gate = new FairnessGate(limits);
    this.priority = new PriorityGate(limits);
    if (metrics.registry) registerPriorityMetrics(metrics.registry, () => this.priority.stats);
    const admission = new WsAdmission({ schema, rules, gate: this.gate, priority: this.priority, limits });
    // Sockets that connect and send nothing, or dribble their headers, are closed after
    // headersTimeoutMs; idle keep-alive connections after keepAliveTimeoutMs.
    const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs || Infinity);
    this.httpServer = http.createServer({
      headersTimeout,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(headersTimeout / 4))),
    });

    this.apollo = new ApolloServer<ApiContext>({
      schema,
      validationRules: rules,
      parseOptions: { maxTokens: limits.maxQueryTokens },
      formatError: (formatted, error) => this.format(error, formatted.extensions?.code),
      includeStacktraceInErrorResponses: false,
      // Apollo turns introspection off when NODE_ENV=production; clients and codegen need it.
      introspection: true,
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        // Per-field cache hints and Apollo's hosted reporting cost time on every request and
        // serve nothing here (watch results are never HTTP-cached; nothing reports to Apollo).
        ApolloServerPluginCacheControlDisabled(),
        ApolloServerPluginUsageReportingDisabled(),
        ApolloServerPluginSchemaReportingDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginDrainHttpServer({ httpServer: this.httpServer, stopGracePeriodMillis: opts.stopGracePeriodMs ?? 10_000 }),
        this.metricsPlugin(),
        ...(opts.audit ? [auditPlugin(opts.audit)] : []),
      ],
    });

    this.direct = new DirectGraphql({ schema, rules, maxQueryTokens: limits.maxQueryTokens, format: this.format, metrics, logger, audit: opts.audit });

    // Upgrades are routed by path (upgrade()): graphql-ws at /graphql, pod streams under /api.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxBodyBytes });
    // A watch's events of one pass of the hub go out in one write per socket (ws-coalesced-sends.ts).
    this.wss.on('connection', (ws) => coalesceSends(ws));
    this.httpServer.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
    const timed = <T>(args: ExecutionArgs, run: () => T): T => {
      const started = performance.now();
      const op = getOperationAST(args.document, args.operationName);
      const done = () => metrics.observeRequest(op?.name?.value ?? args.operationName, op?.operation ?? 'invalid', (performance.now() - started) / 1000);
      const result = run();
      if (result instanceof Promise) return result.finally(done) as T;
      done();
      return result;
    };
    const server = useServer<Record<string, unknown> | undefined, WsExtra>(
      {
        // Close reasons of internal errors as tested, whatever NODE_ENV says.
        isProd: false,
        schema,
        context: (ctx) => this.context(ctx.extra.identity!),
        validate: (s, document) => validate(s, document, [...specifiedRules, ...rules]),
        execute: (args) => timed(args, () => (opts.audit ? auditExecution(opts.audit, args, () => execute(args)) : execute(args))),
        subscribe: (args) => timed(args, () => (isUnshared(args) ? subscribe(args) : sharedSubscribe(args))),
        onConnect: async (ctx) => {
          if (this.closing) {
            ctx.extra.socket.close(1001, 'UNAVAILABLE: the server is shutting down');
            return false;
          }
          const header = ctx.connectionParams?.authorization ?? ctx.extra.request.headers.authorization;
          try {
            const identity = await authenticateBearer(opts.authenticator, header);
            ctx.extra.identity = identity;
            const socket = ctx.extra.socket;
            this.sockets.set(socket, identity);
            this.socketCredentials.set(socket, header);
            socket.once('close', () => {
              this.sockets.delete(socket);
              this.socketCredentials.delete(socket);
            });
            return true;
          } catch (err) {
            const formatted = this.format(err);
            const code = formatted.extensions!.code as ErrorCode;
            // 4401 is fatal to graphql-ws clients (no retry); 1013 "try again later" is not.
            ctx.extra.socket.close(code === 'UNAUTHENTICATED' ? CloseCode.Unauthorized : 1013, closeReason(`${code}: ${formatted.message}`));
            return false;
          }
        },
        onSubscribe: async (ctx, id, payload) => {
          if (this.closing) {
            return [new GraphQLError('the server is shutting down', { originalError: new CapstanError('UNAVAILABLE', 'the server is shutting down; retry on another server or shortly') })];
          }
          // Every operation re-checks the socket's credential (through the cache): a revoked or
          // expired one is refused here and its socket closed, not honoured until it reconnects.
          // The close waits a moment, so that the client reads why first.
          if (!(await this.credentialStillValid(ctx.extra.socket, 50))) {
            const err = new CapstanError('UNAUTHENTICATED', 'the credential of this connection was revoked or has expired');
            return [new GraphQLError(err.message, { originalError: err, extensions: { code: err.code } })];
          }
          return admission.admit(ctx.extra.socket, ctx.extra.identity!, id, payload);
        },
        onComplete: (ctx, id) => admission.complete(ctx.extra.socket, id),
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map((e) => this.format(e)) } : undefined),
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => this.format(e)),
      },
      this.wss,
    );
    this.disposeWs = async () => {
      // graphql-ws sends every socket 1001 and waits for them to close. A peer that does not
      // answer the close handshake (a background tab, a frozen agent) would hold shutdown for
      // ws's 30 s close timeout; one second is plenty for a live peer, then the rest are cut.
      const disposed = Promise.resolve(server.dispose());
      const settled = await Promise.race([disposed.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000).unref())]);
      if (settled) return;
      for (const ws of this.wss.clients) ws.terminate();
      await disposed;
    };
    this.recheckTimer = setInterval(() => void this.recheckSockets(), opts.credentialRecheckMs ?? 1_000);
    this.recheckTimer.unref();
    void this.followServiceAccountDeletions(this.stopFollowing.signal);
  }

  /** Whether the credential `socket` opened with still authenticates; closes the socket (4401) when not. */
  private async credentialStillValid(socket: import('ws').WebSocket, closeAfterMs = 0): Promise<boolean> {
    if (!this.sockets.has(socket)) return true;
    try {
      await authenticateBearer(this.opts.authenticator, this.socketCredentials.get(socket));
      return true;
    } catch (err) {
      if (capstanErrorOf(err)?.code !== 'UNAUTHENTICATED') return true;
      const close = () => socket.close(CloseCode.Unauthorized, closeReason('UNAUTHENTICATED: the credential of this connection was revoked or has expired'));
      if (closeAfterMs > 0) setTimeout(close, closeAfterMs).unref();
      else close();
      return false;
    }
  }

  /**
   * A deleted ServiceAccount's tokens stop at once on every server (each hub sees the DELETED
   * event): cached identities are dropped and their WebSockets closed. The authenticator's own
   * check of the account (at most 5 s old) covers any event this misses.
   */
  private async followServiceAccountDeletions(signal: AbortSignal): Promise<void> {
    const { hub, logger } = this.opts;
    while (!signal.aborted) {
      try {
        for await (const e of hub.watch('ServiceAccount', { resourceVersion: String(hub.revision), signal })) {
          if (e.type !== 'DELETED' || !e.object) continue;
          const user = serviceAccountUser(e.object.metadata.namespace ?? '', e.object.metadata.name);
          this.revokeIdentities((i) => i.type === 'serviceaccount' && i.user === user, 'the ServiceAccount was deleted');
        }
      } catch (err) {
        if (signal.aborted) return;
        logger.debug({ err }, 'the watch of ServiceAccount deletions ended; watching again');
      }
      await new Promise((r) => setTimeout(r, 1_000).unref());
    }
  }

  /** Checks every open WebSocket's credential again (cached answers cost nothing; misses one lookup). */
  private async recheckSockets(): Promise<void> {
    if (this.rechecking || this.closing) return;
    this.rechecking = true;
    try {
      for (const socket of [...this.sockets.keys()]) await this.credentialStillValid(socket);
    } catch (err) {
      this.opts.logger.warn({ err }, 'checking the credentials of open WebSocket connections failed');
    } finally {
      this.rechecking = false;
    }
  }

  static async create(opts: ApiServerOptions): Promise<ApiServer> {
    const server = new ApiServer(opts);
    await server.apollo.start();
    const app = server.app();
    const fast: GraphqlHttpOptions = {
      apollo: server.apollo,
      authenticator: opts.authenticator,
      maxBodyBytes: opts.limits.maxBodyBytes,
      maxInputDepth: opts.limits.maxInputDepth,
      gate: server.gate,
      priority: server.priority,
      context: (identity) => server.context(identity),
      // Apollo answers while shutting down, as it did before.
      direct: () => (server.closing ? undefined : server.direct),
      sendError: (res, err, status) => server.sendError(res, err, status),
    };
    const rest = new RestApi({
      authenticator: opts.authenticator,
      maxBodyBytes: opts.limits.maxBodyBytes,
      logger: opts.logger,
      gate: server.gate,
      priority: server.priority,
      audit: opts.audit,
      context: (identity) => server.context(identity),
      onResponse: (method, status, seconds) => opts.metrics.observeRestRequest(method, status, seconds),
    });
    server.httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const isRest = isRestPath(pathOf(req));
      if (!server.armTimeout(req, res, isRest)) return;
      if (isRest) return void rest.serve(req, res);
      if (!isJsonGraphqlPost(req)) return app(req, res);
      serveGraphqlPost(fast, req, res).catch((err) => {
        opts.logger.error({ err }, 'unexpected error while serving a request');
        server.sendError(res, err);
      });
    });
    return server;
  }

  /** Routes a WebSocket upgrade: graphql-ws at /graphql, pods' exec/attach/portforward (kubectl); anything else is refused. */
  private upgrade(req: http.IncomingMessage, socket: import('node:stream').Duplex, head: Buffer): void {
    if (pathOf(req) === '/graphql') {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
      return;
    }
    const target = parseResourcePath(pathOf(req));
    const sub = target?.subresource;
    if (target && target.resource.kind === 'Pod' && target.namespace && target.name && (sub === 'exec' || sub === 'attach' || sub === 'portforward')) {
      const { namespace, name } = target;
      authenticateBearer(this.opts.authenticator, req.headers.authorization).then(
        (identity) => {
          const query = new URL(req.url ?? '/', 'http://capstan').searchParams;
          handlePodStreamUpgrade({ req, socket, head, subresource: sub, namespace, name, query, ctx: this.context(identity) });
        },
        (err: unknown) => refuseUpgrade(socket, statusFromError(err)),
      );
      return;
    }
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  }

  /**
   * Listens on one port for both plain HTTP and HTTPS (when `tls` is given): the first byte of
   * a connection tells them apart (0x16 opens every TLS handshake; no HTTP request starts with
   * it). Agents, the CLI and browsers may keep using http://; kubectl and client-go send tokens
   * only over https://.
   */
  async listen(host: string, port: number, tls?: { cert: string; key: string }): Promise<AddressInfo> {
    if (tls) this.acceptTls(tls);
    await new Promise<void>((resolve, reject) => {
      this.httpServer.once('error', reject);
      // A deep accept queue: thousands of agents reconnect at once after a restart or a failover.
      this.httpServer.listen({ port, host, backlog: 4096 }, () => {
        this.httpServer.off('error', reject);
        resolve();
      });
    });
    return this.httpServer.address() as AddressInfo;
  }

  private acceptTls(credentials: { cert: string; key: string }): void {
    const server = this.httpServer;
    const [plain] = server.listeners('connection') as ((socket: net.Socket) => void)[];
    if (!plain) throw new Error('the HTTP server has no connection listener');
    const silentMs = Math.min(this.opts.limits.headersTimeoutMs, this.opts.limits.requestTimeoutMs || Infinity);
    const tlsServer = new tls.Server({ cert: credentials.cert, key: credentials.key, ALPNProtocols: ['http/1.1'], handshakeTimeout: silentMs });
    tlsServer.on('secureConnection', (socket: tls.TLSSocket) => plain.call(server, socket));
    tlsServer.on('tlsClientError', (_err, socket) => socket.destroy());
    server.removeAllListeners('connection');
    server.on('connection', (socket: net.Socket) => {
      // A socket that never sends its first byte reaches neither server's timeouts: close it here.
      const silent = setTimeout(() => socket.destroy(), silentMs);
      silent.unref();
      socket.once('close', () => clearTimeout(silent));
      const onReadable = () => {
        const first: Buffer | null = socket.read(1);
        if (first === null) return;
        clearTimeout(silent);
        socket.off('readable', onReadable);
        socket.off('error', onError);
        socket.unshift(first);
        if (first[0] === 0x16) tlsServer.emit('connection', socket);
        else plain.call(server, socket);
      };
      const onError = () => socket.destroy();
      socket.on('error', onError);
      socket.on('readable', onReadable);
    });
  }

  /**
   * Sets the request's deadline (request-timeout.ts). False when the request was answered
   * already (a REST `timeout` that is not a duration).
   */
  private armTimeout(req: http.IncomingMessage, res: http.ServerResponse, rest: boolean): boolean {
    let ms: number | undefined;
    try {
      // Only REST requests have query parameters that matter here: no URL is parsed for the others.
      ms = requestDeadlineMs(rest ? new URL(req.url ?? '/', 'http://capstan') : NO_QUERY, rest, this.opts.limits.requestTimeoutMs);
    } catch (err) {
      res.setHeader('Connection', 'close');
      sendJson(res, 400, statusFromError(err));
      return false;
    }
    if (ms === undefined) return true;
    const seconds = Math.round(ms / 100) / 10;
    armRequestTimeout(res, ms, (r) => {
      this.opts.metrics.countError('UNAVAILABLE');
      if (rest) sendJson(r, 504, statusObject(504, 'Timeout', `Timeout: request did not complete within ${seconds}s`));
      else this.sendError(r, new CapstanError('UNAVAILABLE', `the request did not complete within ${seconds} s; retry, or ask for less (a smaller limit)`), 504);
    });
    return true;
  }

  /** From now on: /readyz fails, new WebSocket connections and subscriptions are refused. */
  beginShutdown(): void {
    this.closing = true;
  }

  /** Closes WebSocket connections (1001 going away), then drains HTTP requests. */
  async close(): Promise<void> {
    this.closing = true;
    this.priority.close();
    clearInterval(this.recheckTimer);
    this.stopFollowing.abort();
    await this.disposeWs().catch((err) => this.opts.logger.warn({ err }, 'closing WebSocket connections failed'));
    await this.apollo.stop();
  }

  private context(identity: Identity): ApiContext {
    const { store, hub, logger, limits, watches, authorizer } = this.opts;
    return {
      // NodeRestriction: a node's writes to its Node pass admitNodeWrite, whichever API they come by.
      store: restrictStore(store, identity),
      hub,
      identity,
      logger,
      limits,
      watches,
      logRelay: this.logRelay,
      streamRelay: this.streamRelay,
      revokeIdentities: this.revokeIdentitiesOfContext,
      authorizer,
      // Bound, not an arrow: the build names every arrow function it keeps (a defineProperty per request).
      authorize: assertAllowed.bind(undefined, authorizer, identity),
    };
  }

  /** revokeIdentities for every request's context, made once. */
  private readonly revokeIdentitiesOfContext: ApiContext['revokeIdentities'] = (match, reason) => this.revokeIdentities(match, reason);

  /** Forgets cached identities that `match` and closes their WebSocket connections (4401: do not retry with it). */
  private revokeIdentities(match: (identity: Identity) => boolean, reason: string): void {
    this.opts.authenticator.forget?.(match);
    for (const [socket, identity] of this.sockets) {
      if (match(identity)) socket.close(CloseCode.Unauthorized, closeReason(`UNAUTHENTICATED: ${reason}`));
    }
  }

  private app(): express.Express {
    const { store, limits, metrics, logger } = this.opts;
    const app = express();
    app.disable('x-powered-by');

    app.get('/healthz', (_req, res) => {
      res.type('text/plain').send('ok');
    });
    app.get('/readyz', async (_req, res) => {
      if (this.closing) {
        res.status(503).type('text/plain').send('shutting down');
        return;
      }
      try {
        await store.ping();
        res.type('text/plain').send('ok');
      } catch {
        res.status(503).type('text/plain').send('the cluster state store is unreachable');
      }
    });

    // The dashboard's pages and assets need no token (every API call they make carries one).
    app.use(serveDashboard());

    app.use(async (req, res, next) => {
      const identity = await authenticateBearer(this.opts.authenticator, req.headers.authorization);
      res.locals.identity = identity;
      const release = this.gate.admit(identity);
      res.once('close', release);
      const seat = await this.priority.acquire(identityLevel(identity));
      res.once('close', seat);
      next();
    });

    app.get('/metrics', async (_req, res) => {
      await assertAllowed(this.opts.authorizer, res.locals.identity as Identity, 'get', 'metrics');
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });

    app.use(
      '/graphql',
      express.json({ limit: limits.maxBodyBytes }),
      (req: Request, _res: Response, next: NextFunction) => {
        assertInputDepth(req.body ?? null, limits, 'the request body');
        next();
      },
      expressMiddleware(this.apollo, { context: async ({ res }) => this.context(res.locals.identity as Identity) }),
    );

    app.use((req, res) => {
      this.sendError(res, new CapstanError('NOT_FOUND', `no such endpoint: ${req.method} ${req.path} (GraphQL is served at /graphql)`));
    });

    // Express 5 passes rejected promises of middleware here, as well as body-parser's errors.
    app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
      const type = (err as { type?: string })?.type;
      const status = (err as { status?: number })?.status;
      if (type === 'entity.too.large') {
        this.sendError(res, new CapstanError('INVALID', `the request body is larger than the limit of ${limits.maxBodyBytes} bytes`), 413);
      } else if (err instanceof TooManyRequestsError) {
        res.setHeader('Retry-After', String(err.retryAfterSeconds));
        this.sendError(res, err, 429);
      } else if (type === 'entity.parse.failed') {
        this.sendError(res, new CapstanError('INVALID', 'the request body is not valid JSON'));
      } else if (!capstanErrorOf(err) && status && status >= 400 && status < 500) {
        this.sendError(res, new CapstanError('INVALID', 'the request could not be read (check Content-Type, encoding and length)'), status);
      } else {
        if (!capstanErrorOf(err)) logger.error({ err }, 'unexpected error while serving a request');
        this.sendError(res, err);
      }
    });
    return app;
  }

  private sendError(res: http.ServerResponse, err: unknown, status?: number): void {
    const capstan = capstanErrorOf(err);
    const code: ErrorCode = capstan?.code ?? 'UNAVAILABLE';
    const message = capstan?.message ?? GENERIC_INTERNAL_MESSAGE;
    this.opts.metrics.countError(code);
    if (res.headersSent) {
      res.end();
      return;
    }
    if (code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
    res.statusCode = status ?? httpStatus(code);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    // Refusals for being over a quota (fairness.ts) say when to come back.
    const body = capstan instanceof TooManyRequestsError ? { errors: [{ message, extensions: { code, retryAfterSeconds: capstan.retryAfterSeconds } }] } : errorBody(code, message);
    res.end(JSON.stringify(body));
  }

  /** Records every HTTP GraphQL request in the latency histogram. */
  private metricsPlugin(): ApolloServerPlugin<ApiContext> {
    const { metrics, logger } = this.opts;
    return {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse(rc) {
            const type = rc.operation?.operation ?? 'invalid';
            const operation = rc.operationName ?? rc.request.operationName;
            const seconds = (performance.now() - started) / 1000;
            metrics.observeRequest(operation, type, seconds);
            // Never the variables: they may hold Secret data.
            if (logger.isLevelEnabled('debug')) {
              logger.debug({ operation, type, user: rc.contextValue?.identity?.user, ms: Math.round(seconds * 1000), errors: rc.errors?.length ?? 0 }, 'graphql request');
            }
          },
        };
      },
    };
  }
}
