/**
 * The dashboard's way to the API: GraphQL over HTTP for queries and mutations, and ONE
 * graphql-ws connection for every subscription (watches and logs), both with the signed-in
 * token. Errors become `ApiError` with the server's `extensions.code` and field paths.
 */
import { createClient, type Client } from 'graphql-ws';
import { SignInDocument } from '../../../api/generated/operations.ts';
import type { TypedDocument } from '../../../api/typed-document.ts';
import { apiUrls } from './session.ts';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; fields?: FieldError[]; [k: string]: unknown };
}

/** One invalid field of an INVALID error: `manifests[0].metadata.name` and what is wrong with it. */
export interface FieldError {
  field: string;
  message?: string;
}

/** The field errors of one GraphQL error (extensions.fields, or the lone extensions.field). */
export function fieldErrors(e: GraphQLErrorBody): FieldError[] {
  const list = (e.extensions?.fields ?? []).map((f) => (typeof f === 'string' ? { field: f } : f));
  if (list.length === 0 && typeof e.extensions?.field === 'string') list.push({ field: e.extensions.field });
  return list;
}

export class ApiError extends Error {
  readonly code: string;
  /** Field paths the server named (extensions.field / extensions.fields). */
  readonly fields: string[];
  readonly errors: GraphQLErrorBody[];

  constructor(errors: GraphQLErrorBody[]) {
    const first = errors[0] ?? { message: 'unknown error' };
    super(first.message);
    this.name = 'ApiError';
    this.errors = errors;
    this.code = String(first.extensions?.code ?? 'UNAVAILABLE');
    this.fields = [...new Set(errors.flatMap((e) => fieldErrors(e).map((f) => f.field)))];
  }
}

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'paused';

/** The one WebSocket's state, with what a "disconnected" banner needs to say. */
export interface ConnectionInfo {
  state: ConnectionState;
  /** Reconnection attempts since the connection was lost (0 while connected). */
  attempt: number;
  /** When the next attempt starts (epoch ms), while waiting between attempts. */
  retryAt: number | null;
  /** When the connection was lost (epoch ms): what is on screen is as of then. */
  since: number | null;
}

export const INITIAL_CONNECTION: ConnectionInfo = { state: 'connecting', attempt: 0, retryAt: null, since: null };

/** Whether the connection is down after having been up (or never came up after retrying): data shown may be stale. */
export function isDisconnected(c: ConnectionInfo): boolean {
  return c.state === 'reconnecting' || (c.state === 'connecting' && c.attempt > 0);
}

/** The wait before reconnection attempt `retries` (0-based): exponential, capped at 10 s, with jitter. */
export function retryDelayMs(retries: number, random: number = Math.random()): number {
  const ms = Math.min(10_000, 300 * 2 ** retries);
  return ms / 2 + random * (ms / 2);
}

export interface ApiOptions {
  token: string;
  /** Called when the server refuses the token (HTTP 401 or WebSocket close 4401). */
  onUnauthenticated(): void;
  onConnectionState?(info: ConnectionInfo): void;
}

export class Api {
  readonly ws: Client;
  private readonly urls = apiUrls();
  private info: ConnectionInfo = INITIAL_CONNECTION;

  constructor(private readonly opts: ApiOptions) {
    let everConnected = false;
    const set = (change: Partial<ConnectionInfo>) => {
      this.info = { ...this.info, ...change };
      opts.onConnectionState?.(this.info);
    };
    this.ws = createClient({
      url: this.urls.ws,
      connectionParams: () => ({ authorization: `Bearer ${opts.token}` }),
      // Opens with the first subscription, closes after the last: a hidden tab (all watches
      // paused) holds no connection.
      lazy: true,
      keepAlive: 15_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (closeEvent) => (closeEvent as CloseEvent | undefined)?.code !== 4401,
      retryWait: async (retries) => {
        const ms = retryDelayMs(retries);
        set({ state: this.info.since !== null ? 'reconnecting' : 'connecting', attempt: retries + 1, retryAt: Date.now() + ms });
        await new Promise((r) => setTimeout(r, ms));
      },
      on: {
        // A reconnect only after a lost connection: the lazy reopen after a hidden tab is not one.
        connecting: () => set({ state: this.info.since !== null ? 'reconnecting' : 'connecting', retryAt: null }),
        connected: () => {
          everConnected = true;
          set({ state: 'connected', attempt: 0, retryAt: null, since: null });
        },
        closed: (event) => {
          const code = (event as CloseEvent | undefined)?.code;
          if (code === 4401) opts.onUnauthenticated();
          // 1000 is the client's own lazy close (no subscription left, e.g. a hidden tab).
          else if (everConnected && code !== 1000) set({ state: 'reconnecting', since: this.info.since ?? Date.now() });
        },
      },
    });
  }

  /** The connection's state now. */
  connection(): ConnectionInfo {
    return this.info;
  }

  /**
   * One query or mutation over HTTP. A generated document (api/generated/operations.ts) gives
   * the result and variables types; a plain string, or an explicit `<T>`, is taken as it is.
   */
  async request<T = any, V extends Record<string, unknown> = Record<string, unknown>>(query: TypedDocument<T, V> | string, variables: V = {} as V): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.urls.http, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.opts.token}` },
        body: JSON.stringify({ query, variables }),
      });
    } catch (err) {
      throw new ApiError([{ message: `cannot reach the API server: ${(err as Error).message}`, extensions: { code: 'UNAVAILABLE' } }]);
    }
    let body: { data?: T; errors?: GraphQLErrorBody[] };
    try {
      body = await res.json();
    } catch {
      throw new ApiError([{ message: `the API server answered ${res.status} without a GraphQL body`, extensions: { code: 'UNAVAILABLE' } }]);
    }
    if (body.errors?.length) {
      const err = new ApiError(body.errors);
      if (err.code === 'UNAUTHENTICATED') this.opts.onUnauthenticated();
      throw err;
    }
    return body.data as T;
  }

  dispose(): void {
    void this.ws.dispose();
  }
}

/** Checks a token before keeping it: any authenticated query will do. */
export async function checkToken(token: string): Promise<void> {
  const api = new Api({ token, onUnauthenticated: () => {} });
  try {
    await api.request(SignInDocument);
  } finally {
    api.dispose();
  }
}
