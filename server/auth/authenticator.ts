/**
 * Bearer token → identity. A chain of small authenticators, each of which either recognises a
 * token or passes (returns null), so node credentials and service-account JWTs plug in beside
 * the stored tokens without touching the HTTP or WebSocket code.
 */
import { createHash } from 'node:crypto';
import type { Identity } from '../store/types.ts';

export interface Authenticator {
  /** The identity behind `token`, or null when this authenticator does not know it. */
  authenticate(token: string): Promise<Identity | null>;
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
}

/** The store's token table: tokens it has issued, kept as hashes. */
export class StoredTokenAuthenticator implements Authenticator {
  constructor(private readonly tokens: { authenticate(token: string): Promise<Identity | null> }) {}

  authenticate(token: string): Promise<Identity | null> {
    return this.tokens.authenticate(token);
  }
}

export interface CachedAuthenticatorOptions {
  /** How long a recognised token is trusted without asking again (default 10 s). */
  ttlMs?: number;
  /** Entries kept at most; the oldest go first (default 10,000). */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Remembers recognised tokens for a few seconds, so a busy client does not cost a database
 * round trip per request. Unknown tokens are never cached (a token created a moment ago works
 * at once); a revoked token keeps working for at most `ttlMs`. Keys are hashes, not tokens.
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
    this.ttlMs = opts.ttlMs ?? 10_000;
    this.maxEntries = opts.maxEntries ?? 10_000;
    this.now = opts.now ?? Date.now;
  }

  async authenticate(token: string): Promise<Identity | null> {
    const key = createHash('sha256').update(token).digest('base64');
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.identity;
    this.entries.delete(key);
    const identity = await this.inner.authenticate(token);
    if (identity) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { identity, expires: this.now() + this.ttlMs });
    }
    return identity;
  }
}
