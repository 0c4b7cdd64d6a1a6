/**
 * The one place a request's credentials are read: `Authorization: Bearer <token>` over HTTP,
 * `connectionParams.authorization` (same format) over graphql-ws.
 */
import { CapstanError } from '../errors.ts';
import type { Identity } from '../store/types.ts';
import type { Authenticator } from './authenticator.ts';

/** The token of an `Authorization` value, or null when there is none. Throws on a malformed one. */
export function parseBearer(header: unknown): string | null {
  if (header === undefined || header === null || header === '') return null;
  if (typeof header !== 'string') throw new CapstanError('UNAUTHENTICATED', 'the authorization value must be a string "Bearer <token>"');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw new CapstanError('UNAUTHENTICATED', 'the authorization value must be "Bearer <token>"');
  return m[1]!;
}

/**
 * Resolves credentials to an identity or throws UNAUTHENTICATED. Failures of the authenticators
 * themselves (the database is down) become UNAVAILABLE: a client must retry, not re-login.
 */
export async function authenticateBearer(authenticator: Authenticator, header: unknown): Promise<Identity> {
  const token = parseBearer(header);
  if (!token) throw new CapstanError('UNAUTHENTICATED', 'a bearer token is required (Authorization: Bearer <token>)');
  let identity: Identity | null;
  try {
    identity = await authenticator.authenticate(token);
  } catch (err) {
    if (err instanceof CapstanError) throw err;
    const wrapped = new CapstanError('UNAVAILABLE', 'could not check the token: the cluster state store is unavailable; retry shortly');
    (wrapped as { cause?: unknown }).cause = err;
    throw wrapped;
  }
  if (!identity) throw new CapstanError('UNAUTHENTICATED', 'the bearer token is not valid (unknown, revoked or expired)');
  return identity;
}
