/**
 * The dashboard's way to the API: GraphQL over HTTP for queries and mutations, and ONE
 * graphql-ws connection for every subscription (watches and logs), both with the signed-in
 * token. Errors become `ApiError` with the server's `extensions.code` and field paths.
 */
import { createClient, type Client } from 'graphql-ws';
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

export interface ApiOptions {
  token: string;
  /** Called when the server refuses the token (HTTP 401 or WebSocket close 4401). */
  onUnauthenticated(): void;
  onConnectionState?(state: ConnectionState): void;
}

export class Api {
  readonly ws: Client;
  private readonly urls = apiUrls();

  constructor(private readonly opts: ApiOptions) {
    let everConnected = false;
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
        const ms = Math.min(10_000, 300 * 2 ** retries);
        await new Promise((r) => setTimeout(r, ms / 2 + Math.random() * (ms / 2)));
      },
      on: {
        connecting: () => opts.onConnectionState?.(everConnected ? 'reconnecting' : 'connecting'),
        connected: () => {
          everConnected = true;
          opts.onConnectionState?.('connected');
        },
        closed: (event) => {
          if ((event as CloseEvent | undefined)?.code === 4401) opts.onUnauthenticated();
        },
      },
    });
  }

  /** One query or mutation over HTTP. */
  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
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
    await api.request('query SignIn { namespaces(limit: 1) { metadata { resourceVersion } } }');
  } finally {
    api.dispose();
  }
}
