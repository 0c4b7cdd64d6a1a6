/**
 * The CLI's connection to the API server: queries and mutations over HTTP, subscriptions
 * (watches, logs) over graphql-ws, which is imported only by the commands that stream.
 * Every failure becomes an ApiError with the server's `extensions.code`, or a CommandError
 * that says what to do (server unreachable, bad credentials).
 */
import { ApiError, isErrorCode, type GraphQLErrorBody } from '../../api/errors.ts';
import { CommandError } from '../command.ts';
import type { Credentials } from './credentials.ts';
import { httpPost, type HttpAnswer } from './http-post.ts';
import { qualifiedPlural, resourceForKind } from './resources.ts';

export { ApiError };

/** kubectl's reason for each code, as in `Error from server (NotFound): …`. */
const REASONS: Record<ApiError['code'], string> = {
  NOT_FOUND: 'NotFound',
  ALREADY_EXISTS: 'AlreadyExists',
  CONFLICT: 'Conflict',
  INVALID: 'Invalid',
  EXPIRED: 'Expired',
  FORBIDDEN: 'Forbidden',
  UNAUTHENTICATED: 'Unauthorized',
  UNAVAILABLE: 'ServiceUnavailable',
};

/** What the user reads for an API error. */
export function describeApiError(err: ApiError): string {
  if (err.code === 'UNAUTHENTICATED') {
    return `error: You must be logged in to the server (Unauthorized): ${err.message}\nCheck --token, CAPSTAN_TOKEN or the token file named in the cluster's config.`;
  }
  return `Error from server (${REASONS[err.code]}): ${kubectlWording(err.message)}`;
}

/**
 * The server says `Deployment "web" not found in namespace "x"`; kubectl says
 * `deployments.apps "web" not found`. Same for `already exists`.
 */
function kubectlWording(message: string): string {
  return message.replace(/^([A-Z][A-Za-z]+) "([^"]+)" (not found|already exists)(?: in namespace "[^"]*")?/, (whole, kind: string, name: string, what: string) => {
    const r = resourceForKind(kind);
    return r ? `${qualifiedPlural(r)} "${name}" ${what}` : whole;
  });
}

export interface SubscriptionHandlers<T> {
  next(data: T): void;
  error(err: Error): void;
  complete(): void;
}

interface GraphQLBody<T> {
  data?: T;
  errors?: GraphQLErrorBody[];
}

/** How long one request (not a watch or a log stream) may take by default: kubectl's --request-timeout. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** The exit code of a command whose request timed out, as timeout(1)'s: scripts can tell it from a refusal (1). */
export const EXIT_REQUEST_TIMEOUT = 124;

/** A request that got no complete answer within --request-timeout. */
export class RequestTimeoutError extends CommandError {}

export interface ApiClientOptions {
  /** Per request (watches and log streams excepted); 0: no limit. Default {@link DEFAULT_REQUEST_TIMEOUT_MS}. */
  requestTimeoutMs?: number;
}

export class ApiClient {
  readonly httpUrl: string;
  readonly wsUrl: string;
  readonly requestTimeoutMs: number;
  private ws: import('graphql-ws').Client | undefined;

  constructor(
    readonly credentials: Credentials,
    options: ApiClientOptions = {},
  ) {
    this.httpUrl = `${credentials.server}/graphql`;
    this.wsUrl = this.httpUrl.replace(/^http/, 'ws');
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  }

  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    // One limit for the whole exchange: connecting, the answer's headers and its body.
    const signal = this.requestTimeoutMs > 0 ? AbortSignal.timeout(this.requestTimeoutMs) : undefined;
    let res: HttpAnswer;
    try {
      res = await httpPost(this.httpUrl, JSON.stringify({ query, variables }), { 'content-type': 'application/json', authorization: `Bearer ${this.credentials.token}` }, signal);
    } catch (err) {
      if (signal?.aborted) throw this.timedOut();
      throw this.unreachable(err);
    }
    let body: GraphQLBody<T>;
    try {
      body = JSON.parse(res.body) as GraphQLBody<T>;
    } catch {
      if (res.status === 401) throw new ApiError('UNAUTHENTICATED', 'the server refused the token');
      throw new CommandError(`error: the server at ${this.httpUrl} answered HTTP ${res.status} without a GraphQL body: is it a Capstan API server?`);
    }
    if (body.errors?.length) throw ApiError.fromGraphQL(body.errors);
    if ((res.status < 200 || res.status > 299) && !body.data) throw new CommandError(`error: the server at ${this.httpUrl} answered HTTP ${res.status}`);
    return body.data as T;
  }

  /** Starts one subscription; returns a function that ends it. */
  async subscribe<T = any>(query: string, variables: Record<string, unknown>, handlers: SubscriptionHandlers<T>): Promise<() => void> {
    const client = await this.socket();
    return client.subscribe<T>(
      { query, variables },
      {
        next: (msg) => {
          if (msg.errors?.length) {
            handlers.error(ApiError.fromGraphQL(msg.errors as readonly GraphQLErrorBody[]));
          } else if (msg.data) {
            handlers.next(msg.data as T);
          }
        },
        error: (err) => handlers.error(this.socketError(err)),
        complete: () => handlers.complete(),
      },
    );
  }

  async close(): Promise<void> {
    const ws = this.ws;
    this.ws = undefined;
    if (ws) await ws.dispose();
  }

  private async socket(): Promise<import('graphql-ws').Client> {
    if (this.ws) return this.ws;
    const [{ createClient }, { default: WebSocket }] = await Promise.all([import('graphql-ws'), import('ws')]);
    this.ws = createClient({
      url: this.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.credentials.token}` },
      lazy: true,
      retryAttempts: 0,
      keepAlive: 15_000,
    });
    return this.ws;
  }

  private socketError(err: unknown): Error {
    // graphql-ws reports a close event, an Error, or a list of GraphQL errors.
    if (Array.isArray(err)) return ApiError.fromGraphQL(err as GraphQLErrorBody[]);
    const close = err as { code?: number; reason?: string };
    if (typeof close?.code === 'number') {
      if (close.code === 4401) return new ApiError('UNAUTHENTICATED', close.reason || 'the server refused the token');
      if (close.code === 1000) return new ApiError('UNAVAILABLE', 'the server closed the stream');
      const reason = close.reason ? `: ${close.reason}` : '';
      const m = /^([A-Z_]+): (.*)$/.exec(close.reason ?? '');
      if (m && isErrorCode(m[1])) return new ApiError(m[1], m[2]!);
      return new CommandError(`error: the connection to the server at ${this.wsUrl} was closed (code ${close.code}${reason})`);
    }
    if (err instanceof Error && /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET/.test(err.message)) return this.unreachable(err);
    return err instanceof Error ? err : new Error(String(err));
  }

  private timedOut(): RequestTimeoutError {
    return new RequestTimeoutError(
      `error: the server at ${this.credentials.server} did not answer within ${formatDuration(this.requestTimeoutMs)} (--request-timeout). ` +
        `Is it overloaded or unreachable? Raise the limit with --request-timeout (0: none) or CAPSTAN_REQUEST_TIMEOUT.`,
    );
  }

  private unreachable(err: unknown): CommandError {
    // node:http's errors carry the code (ECONNREFUSED); fetch's carried it in `cause`.
    const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
    const why = e.code ?? e.cause?.code ?? e.cause?.message ?? e.message;
    return new CommandError(
      `error: unable to connect to the server at ${this.credentials.server} (${why}).\n` +
        `Is a cluster running? Start a local one with 'capstan up', or point --server / CAPSTAN_SERVER at a running API server.`,
    );
  }
}

/** 30000 → `30s`, 1500 → `1.5s`, 250 → `250ms`: as the flag is written. */
function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
}
