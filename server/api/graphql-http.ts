/**
 * The hot path: `POST /graphql` with a JSON body, served straight from node:http. Express, its
 * router and body-parser cost about a fifth of the server's CPU per mutation; everything else
 * (probes, /metrics, GET /graphql, odd content types) still goes through the express app, with
 * the same errors. Requests for queries already validated are executed here (graphql-direct.ts);
 * the rest go to Apollo.
 */
import type http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Authenticator } from '../auth/authenticator.ts';
import { authenticateBearer } from '../auth/bearer.ts';
import { CapstanError } from '../errors.ts';
import type { Identity } from '../store/types.ts';
import type { ApiContext } from './context.ts';
import type { DirectGraphql, DirectRequest } from './graphql-direct.ts';
import { TooManyRequestsError, type FairnessGate } from './fairness.ts';
import { assertInputDepth } from './limits.ts';
import { graphqlLevel, identityLevel, type PriorityGate } from './priority.ts';

export interface GraphqlHttpOptions {
  apollo: ApolloServer<ApiContext>;
  authenticator: Authenticator;
  maxBodyBytes: number;
  /** Deepest nesting of the JSON body (variables included). */
  maxInputDepth: number;
  /** Per-identity rate and in-flight limits. */
  gate: FairnessGate;
  /** Seats by priority level (heartbeats ahead of the rest when the server is busy). */
  priority: PriorityGate;
  context(identity: Identity): ApiContext;
  /** What serves known queries without Apollo; undefined sends every request to Apollo (as while shutting down). */
  direct(): DirectGraphql | undefined;
  /** Answers a failure outside GraphQL execution (same shape as the express app's). */
  sendError(res: http.ServerResponse, err: unknown, status?: number): void;
}

/** Whether this request takes the fast path. */
export function isJsonGraphqlPost(req: http.IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const type = req.headers['content-type'] ?? '';
  return /^application\/(graphql-response\+)?json\s*(;|$)/i.test(type) && !req.headers['content-encoding'];
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) return reject(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

class TooLarge extends Error {}

/**
 * A refused request's body up to this size is read and dropped before the answer, as Go's
 * net/http does (256 KiB): closing a connection with unread data resets it, and the client then
 * sees ECONNRESET instead of the answer (agents saw exactly that when token checks failed under
 * load). Larger or unsized bodies are left unread and the connection closed after the answer,
 * so an unauthenticated client cannot make the server take in megabytes.
 */
export const REFUSED_BODY_DRAIN_BYTES = 256 * 1024;

/** Refuses a request before its body is parsed (bad token, over quota). */
function refuseUnread(opts: GraphqlHttpOptions, req: http.IncomingMessage, res: http.ServerResponse, err: unknown): void {
  const answer = () => {
    if (err instanceof TooManyRequestsError) {
      res.setHeader('Retry-After', String(err.retryAfterSeconds));
      return opts.sendError(res, err, 429);
    }
    opts.sendError(res, err);
  };
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isInteger(declared) && declared >= 0 && declared <= REFUSED_BODY_DRAIN_BYTES && !req.readableEnded) {
    req.once('end', answer);
    req.once('error', () => res.destroy());
    req.resume();
    return;
  }
  res.setHeader('Connection', 'close');
  answer();
}

export async function serveGraphqlPost(opts: GraphqlHttpOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  // Who is asking, and whether they may ask now, is known from the headers alone.
  let identity: Identity;
  let release: () => void;
  try {
    identity = await authenticateBearer(opts.authenticator, req.headers.authorization);
    release = opts.gate.admit(identity);
  } catch (err) {
    return refuseUnread(opts, req, res, err);
  }
  try {
    await serveAdmitted(opts, identity, req, res);
  } finally {
    release();
  }
}

async function serveAdmitted(opts: GraphqlHttpOptions, identity: Identity, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  let body: unknown;
  try {
    const raw = await readBody(req, opts.maxBodyBytes);
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return opts.sendError(res, new CapstanError('INVALID', 'the request body is not valid JSON'));
    }
  } catch (err) {
    if (err instanceof TooLarge) {
      res.setHeader('Connection', 'close');
      return opts.sendError(res, new CapstanError('INVALID', `the request body is larger than the limit of ${opts.maxBodyBytes} bytes`), 413);
    }
    return opts.sendError(res, new CapstanError('INVALID', 'the request could not be read (check Content-Type, encoding and length)'), 400);
  }
  try {
    assertInputDepth(body, { maxInputDepth: opts.maxInputDepth }, 'the request body');
  } catch (err) {
    return opts.sendError(res, err);
  }
  const direct = req.url === '/graphql' ? opts.direct() : undefined;
  const plan = direct?.accept(body, req.headers);
  // What Apollo serves is not parsed yet: a node's heartbeats all come the direct way.
  let seat: () => void;
  try {
    seat = await opts.priority.acquire(plan ? graphqlLevel(identity, plan.operation, plan.variables) : identityLevel(identity));
  } catch (err) {
    if (err instanceof TooManyRequestsError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
    return opts.sendError(res, err, err instanceof TooManyRequestsError ? 429 : undefined);
  }
  try {
    await serveSeated(opts, identity, req, res, body, direct, plan);
  } finally {
    seat();
  }
}

async function serveSeated(
  opts: GraphqlHttpOptions,
  identity: Identity,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: unknown,
  direct: DirectGraphql | undefined,
  plan: DirectRequest | undefined,
): Promise<void> {
  if (plan) {
    const answer = await direct!.execute(plan, opts.context(identity), req.headers);
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status;
    res.end(answer.body);
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '/graphql';
  const q = url.indexOf('?');
  const result = await opts.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: q < 0 ? '' : url.slice(q + 1), body },
    context: async () => opts.context(identity),
  });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}
