/**
 * Bearer token → identity. A chain of small authenticators, each of which either recognises a
 * token or passes (returns null), so node credentials and service-account JWTs plug in beside
 * the stored tokens without touching the HTTP or WebSocket code.
 */
import { hash } from 'node:crypto';
import type { Identity } from '../store/types.ts';

export interface Authenticator {
  /** The identity behind `token`, or null when this authenticator does not know it. */
  authenticate(token: string): Promise<Identity | null>;
  /** Drops remembered identities that `match` (a credential was revoked); for caching layers. */
  forget?(match: (identity: Identity) => boolean): void;
}

/** An identity whose credential stops working at `validUntil` (ms since the epoch), so no cache keeps it longer. */
export interface ExpiringIdentity extends Identity {
  validUntil?: number;
}

/** Asks each authenticator in turn; the first that knows the token wins. */
export class AuthenticatorChain implements Authenticator {
  constructor(private readonly authenticators: readonly Authenticator[]) {}

  async authenticate(token: string): Promise<Identity | null> {
    for (const a of this.authenticators) {
      const identity = await a.authenticate(token);
      if (identity) return identity;
    }
    return null;
  }

  forget(match: (identity: Identity) => boolean): void {
    for (const a of this.authenticators) a.forget?.(match);
  }
}

export { StoredTokenAuthenticator } from './stored-token-authenticator.ts';

/** The longest a cached identity is trusted: revocation and expiry take effect within this (plus an inner layer's own cache). */
export const MAX_AUTH_CACHE_TTL_MS = 5_000;

export interface CachedAuthenticatorOptions {
  /**
   * How long a recognised token is trusted without asking again (default 2.5 s, at most
   * `MAX_AUTH_CACHE_TTL_MS`): with the inner layers' own 1.5 s (stored tokens, service-account
   * tokens) and the API server's 1 s re-check of open WebSockets, a revoked credential stops
   * working within 5 s on every server and every open connection.
   */
  ttlMs?: number;
  /** Entries kept at most; the oldest go first (default 10,000). */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Remembers recognised tokens for a few seconds, so a busy client does not cost a database
 * round trip per request. Unknown tokens are never cached (a token created a moment ago works
 * at once); a revoked token keeps working for at most `ttlMs` (unless revoked through `forget`
 * in this process), an expiring one never past its expiry. Keys are hashes, not tokens.
 */
export class CachedAuthenticator implements Authenticator {
  private readonly entries = new Map<string, { identity: Identity; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly inner: Authenticator,
    opts: CachedAuthenticatorOptions = {},
  ) {
    this.ttlMs = Math.min(opts.ttlMs ?? 2_500, MAX_AUTH_CACHE_TTL_MS);
    this.maxEntries = opts.maxEntries ?? 10_000;
    this.now = opts.now ?? Date.now;
  }

  async authenticate(token: string): Promise<Identity | null> {
    const key = hash('sha256', token, 'base64');
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.identity;
    this.entries.delete(key);
    const identity = await this.inner.authenticate(token);
    if (identity) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      const validUntil = (identity as ExpiringIdentity).validUntil ?? Infinity;
      this.entries.set(key, { identity, expires: Math.min(this.now() + this.ttlMs, validUntil) });
    }
    return identity;
  }

  forget(match: (identity: Identity) => boolean): void {
    for (const [key, entry] of this.entries) if (match(entry.identity)) this.entries.delete(key);
    this.inner.forget?.(match);
  }
}
