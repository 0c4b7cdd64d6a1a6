/**
 * The agent's only way to the cluster: GraphQL over HTTP for queries and mutations, and ONE
 * graphql-ws connection for every subscription (pod watch, services, endpoints, log requests).
 * Imports no server code. The WebSocket reconnects with exponential back-off (with jitter) while
 * the server is gone; subscribers see `onReconnected` and resume from their last resourceVersion.
 */
import { request as undiciRequest, type Dispatcher } from 'undici';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ApiError, type GraphQLErrorBody } from '../api/errors.ts';
import type { TypedDocument } from '../api/typed-document.ts';

/** The shared error of the API contract (closed codes): `extensions.code` of the first error. */
export { ApiError };

export interface ApiClientOptions {
  /**
   * e.g. http://127.0.0.1:6443 (the /graphql path is added), or several API servers separated
   * by commas: the client stays on one while it answers and moves to the next when it cannot
   * be reached (a request is tried once on each; the WebSocket reconnects to the next).
   */
  server: string;
  token: string;
  /** Back-off between reconnects (default 250 ms doubling to 10 s). */
  retryMinMs?: number;
  retryMaxMs?: number;
  /**
   * A WebSocket (re)connection whose HTTP upgrade is not answered after this long is given up
   * and tried again (default 1 s; a live server answers in milliseconds: it authenticates only
   * afterwards). A TCP load balancer accepts the connection at once and may then spend seconds
   * retrying a backend that just died (HAProxy: 3 retries 1 s apart, then it hangs up); that
   * wait used to come on top of the back-off, every time a reconnection was sent to the dead
   * server before the balancer's health check had taken it out. Each handshake that times out
   * in a row doubles the bound (up to 16×): a server that is alive but slow, such as one that
   * thousands of nodes are joining at once, is given the time it needs instead of being left
   * by every agent each second and asked again.
   */
  handshakeTimeoutMs?: number;
  /** A connection the server has not acknowledged (connection_init answered) after this long is closed and tried again (default 5 s). */
  ackTimeoutMs?: number;
  /**
   * The WebSocket is pinged this often (default 30 s; it was 10 s, a reply for the server to
   * write 6 times a minute per node for nothing: graphql-ws only sent pings, it never checked
   * that an answer came).
   */
  keepAliveMs?: number;
  /**
   * A ping not answered within this long means the connection is dead (a frozen server, or one
   * whose machine vanished, which sends no close): it is dropped and made again, to the next
   * server when there are several (default 5 s).
   */
  pongTimeoutMs?: number;
  /** A request without an answer after this long fails with UNAVAILABLE (default 30 s), so no caller waits forever on a hung server. */
  requestTimeoutMs?: number;
  /**
   * The HTTP connection pool requests go through (an undici Agent); default, the process's
   * global one, which opens a connection per concurrent request without bound. Hollow nodes
   * share one with a bound: thousands of nodes of one process otherwise held thousands of
   * connections, and under load every timed-out request closed its connection and the next
   * opened another, until the server's accept queue was full and nothing got through.
   */
  dispatcher?: Dispatcher;
  /** Called after the WebSocket came back following a loss. */
  onReconnected?: () => void;
  onDisconnected?: () => void;
  /**
   * The server refused the credential (a request answered UNAUTHENTICATED, or the WebSocket was
   * closed with 4401): it was revoked or has expired. The WebSocket keeps retrying, with the
   * token `replaceToken` gives it.
   */
  onUnauthenticated?: (reason: string, token: string) => void;
}

export interface SubscriptionHandlers<T> {
  next(data: T): void;
  /** The subscription ended with an error (e.g. EXPIRED); it is not restarted by the client. */
  error(err: ApiError): void;
  complete?(): void;
}

/** `ws`'s WebSocket with a bound on the opening handshake, asked at each connection (graphql-ws constructs it with a URL and protocol only). */
function withHandshakeTimeout(ms: () => number): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { handshakeTimeout: ms() });
    }
  } as typeof WebSocket;
}

/** The handshake bound after `failures` handshakes in a row did not complete: doubled each time, up to 16×. */
export function handshakeBoundMs(baseMs: number, failures: number): number {
  return baseMs * 2 ** Math.min(4, failures);
}

function firstError(errors: readonly GraphQLErrorBody[]): ApiError {
  return ApiError.fromGraphQL(errors);
}

export class ApiClient {
  private token: string;
  /** The token the WebSocket last connected (or tried to) with. */
  private wsToken: string;
  private ws: Client | null = null;
  private everConnected = false;
  private lost = false;
  /** The API servers' GraphQL URLs; `current` is the one in use. */
  private readonly urls: string[];
  private current = 0;

  constructor(private readonly opts: ApiClientOptions) {
    this.token = opts.token;
    this.wsToken = opts.token;
    this.urls = opts.server
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => `${s.replace(/\/+$/, '').replace(/\/graphql$/, '')}/graphql`);
    if (this.urls.length === 0) this.urls.push('/graphql');
  }

  get httpUrl(): string {
    return this.urls[this.current]!;
  }

  get wsUrl(): string {
    return this.httpUrl.replace(/^http/, 'ws');
  }

  /** Moves on to the next API server, unless another caller already moved on from `from`. */
  private moveOn(from: string): void {
    if (this.httpUrl === from) this.current = (this.current + 1) % this.urls.length;
  }

  /** Switches credentials (bootstrap token → node credential); the WebSocket reconnects with it. */
  setToken(token: string): void {
    this.token = token;
    if (this.ws) {
      void this.ws.dispose();
      this.ws = null;
    }
  }

  /** Uses `token` from now on, without dropping the WebSocket's subscriptions: its next (re)connection presents it. */
  replaceToken(token: string): void {
    this.token = token;
  }

  /**
   * One query or mutation; throws ApiError (code UNAVAILABLE when the server cannot be reached).
   * A generated document (`GET_POD` of queries.ts) gives the result and variables types; a plain
   * string, or an explicit `<T>`, is taken as it is.
   */
  async request<T = any, V extends Record<string, unknown> = Record<string, unknown>>(query: TypedDocument<T, V> | string, variables: V = {} as V, signal?: AbortSignal): Promise<T> {
    const token = this.token;
    // One timer and one controller per request: AbortSignal.timeout and AbortSignal.any cost a
    // transferable object and listeners each, a tenth of a hollow node process's CPU.
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.opts.requestTimeoutMs ?? 30_000);
    const cancel = () => abort.abort(signal?.reason);
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
    try {
      let status = 0;
      let text = '';
      const payload = JSON.stringify({ query, variables });
      for (let tried = 1; ; tried++) {
        const url = this.httpUrl;
        try {
          // undici's request rather than fetch: the same pool and sockets without WHATWG
          // streams and Request/Response objects, about a quarter of fetch's CPU per call.
          const res = await undiciRequest(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: payload,
            signal: abort.signal,
            ...(this.opts.dispatcher ? { dispatcher: this.opts.dispatcher } : {}),
          });
          status = res.statusCode;
          try {
            text = await res.body.text();
          } catch {
            if (timedOut) throw new ApiError('UNAVAILABLE', `the API server at ${url} did not finish its answer in time`);
            throw new ApiError('UNAVAILABLE', `the API server at ${url} broke off its answer`);
          }
          break;
        } catch (err) {
          if (err instanceof ApiError) throw err;
          const why = timedOut ? 'no answer in time' : fetchFailure(err);
          // Unreachable (not merely slow): the next server, if there is one not tried yet.
          if (!abort.signal.aborted) this.moveOn(url);
          if (abort.signal.aborted || tried >= this.urls.length) throw new ApiError('UNAVAILABLE', `cannot reach the API server at ${url}: ${why}`);
        }
      }
      let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        if (status === 401) this.opts.onUnauthenticated?.(`the API server answered ${status}`, token);
        throw new ApiError(status === 401 ? 'UNAUTHENTICATED' : 'UNAVAILABLE', `the API server answered ${status} without a GraphQL body`);
      }
      if (body.errors?.length) {
        const err = firstError(body.errors);
        if (err.code === 'UNAUTHENTICATED') this.opts.onUnauthenticated?.(err.message, token);
        throw err;
      }
      return body.data as T;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    }
  }

  /**
   * One query or mutation over the WebSocket instead of HTTP, so it reaches the very API server
   * the subscriptions are on. Log and stream chunks go this way: the server that sent a request
   * down this socket is the one that knows its stream, and behind a load balancer an HTTP
   * request may land on another server. Throws ApiError like `request`.
   */
  requestOnSocket<T = any, V extends Record<string, unknown> = Record<string, unknown>>(query: TypedDocument<T, V> | string, variables: V = {} as V): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let data: T | undefined;
      let settled = false;
      let unsubscribe: (() => void) | undefined;
      const settle = (err: ApiError | undefined) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        unsubscribe?.();
        if (err) reject(err);
        else resolve(data as T);
      };
      const timer = setTimeout(() => settle(new ApiError('UNAVAILABLE', `no answer in time from the API server at ${this.wsUrl}`)), this.opts.requestTimeoutMs ?? 30_000);
      unsubscribe = this.subscribe<T, V>(query, variables, {
        next: (d) => (data = d),
        error: (err) => {
          if (err.code === 'UNAUTHENTICATED') this.opts.onUnauthenticated?.(err.message, this.wsToken);
          settle(err);
        },
        complete: () => settle(data === undefined ? new ApiError('UNAVAILABLE', 'the API server answered nothing') : undefined),
      });
      if (settled) unsubscribe();
    });
  }

  private socket(): Client {
    if (this.ws) return this.ws;
    const { retryMinMs = 250, retryMaxMs = 10_000 } = this.opts;
    /** The index of the server the WebSocket last connected (or tried to) to. */
    let attempt = -1;
    let pongTimer: NodeJS.Timeout | undefined;
    /** Connections in a row that closed before they opened (a handshake that timed out or was refused). */
    let unopened = 0;
    let opened = false;
    const client = createClient({
      // Asked at every (re)connection: after a loss, the next server in the list.
      url: () => {
        attempt = this.current;
        return this.wsUrl;
      },
      webSocketImpl: withHandshakeTimeout(() => {
        opened = false;
        return handshakeBoundMs(this.opts.handshakeTimeoutMs ?? 1_000, unopened);
      }),
      connectionParams: () => {
        this.wsToken = this.token;
        return { authorization: `Bearer ${this.token}` };
      },
      lazy: true,
      connectionAckWaitTimeout: this.opts.ackTimeoutMs ?? 5_000,
      keepAlive: this.opts.keepAliveMs ?? 30_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async (retries) => {
        const ms = Math.min(retryMaxMs, retryMinMs * 2 ** retries);
        await new Promise((r) => setTimeout(r, ms / 2 + Math.random() * (ms / 2)));
      },
      on: {
        ping: (received) => {
          if (received) return;
          clearTimeout(pongTimer);
          pongTimer = setTimeout(() => client.terminate(), this.opts.pongTimeoutMs ?? 5_000);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
        opened: () => {
          opened = true;
          unopened = 0;
        },
        connected: () => {
          if (this.everConnected && this.lost) this.opts.onReconnected?.();
          this.everConnected = true;
          this.lost = false;
        },
        closed: (event) => {
          clearTimeout(pongTimer);
          if (!opened) unopened++;
          const close = event as { code?: number; reason?: string } | undefined;
          // Lost or never reached (not a normal closure): the next connection tries the next
          // server. (This compared the WebSocket URL with the HTTP one and never matched, so
          // the socket stayed on a dead server until an HTTP request failed and moved on.)
          if (attempt >= 0 && close?.code !== 1000) this.moveOn(this.urls[attempt]!);
          if (close?.code === 4401) this.opts.onUnauthenticated?.(close.reason || 'the WebSocket was closed as unauthenticated', this.wsToken);
          if (this.everConnected && !this.lost) {
            this.lost = true;
            this.opts.onDisconnected?.();
          }
        },
      },
    });
    this.ws = client;
    return client;
  }

  /**
   * Subscribes over the shared WebSocket. A server restart does not end the subscription by
   * itself: graphql-ws re-subscribes with the same variables after reconnecting, so callers
   * that resume from a resourceVersion should instead unsubscribe in `onReconnected` and
   * subscribe again with their latest version. Returns the unsubscribe function.
   */
  subscribe<T = any, V extends Record<string, unknown> = Record<string, unknown>>(query: TypedDocument<T, V> | string, variables: V, handlers: SubscriptionHandlers<T>): () => void {
    return this.socket().subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length) handlers.error(firstError(result.errors as any));
          else if (result.data) handlers.next(result.data as T);
        },
        error: (err) => {
          if (Array.isArray(err)) handlers.error(firstError(err));
          else handlers.error(new ApiError('UNAVAILABLE', err instanceof Error ? err.message : String((err as any)?.reason ?? err)));
        },
        complete: () => handlers.complete?.(),
      },
    );
  }

  async close(): Promise<void> {
    const ws = this.ws;
    this.ws = null;
    // graphql-ws's dispose waits for a connection being made, and rejects with its failure (a
    // handshake timeout's ErrorEvent): that socket is gone already, so closing has succeeded.
    // (Rejecting here made a hollow-node process exit while 4,000 nodes joined a busy server.)
    await Promise.resolve(ws?.dispose()).catch(() => undefined);
  }
}

/**
 * A failed request's message with its socket-level code (ECONNRESET, ECONNREFUSED,
 * UND_ERR_SOCKET for "other side closed"); fetch's errors keep theirs in `cause`, its own
 * message being only "fetch failed".
 */
export function fetchFailure(err: unknown): string {
  const e = err as Error & { code?: string; cause?: { code?: string; message?: string } };
  const source = e.cause && typeof e.cause === 'object' ? e.cause : { code: e.code, message: undefined };
  const detail = [source.code, source.message].filter((x) => x && x !== e.message && !e.message.includes(x)).join(': ');
  return detail ? `${e.message} (${detail})` : e.message;
}
