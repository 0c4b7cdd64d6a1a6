/**
 * The store's token table as an authenticator: tokens it has issued, kept as hashes.
 *
 * Recognised tokens are remembered, and re-checked against the table all together, in one
 * query, once the oldest check is `revalidateMs` old: an API server holding 1,000 node
 * WebSockets (each re-checked every second, api-server.ts) and 100 Lease renewals a second
 * would otherwise ask the table once per token every few seconds, which was most of its
 * database traffic while the cluster was idle. The bound stays per token: a token answers from
 * memory only while the check that last found it started less than `revalidateMs` ago, so a
 * revoked one stops within that time (plus the outer CachedAuthenticator's own), an expiring
 * one exactly at its expiry. Unknown tokens are never remembered (a token created a moment ago
 * works at once).
 *
 * "Last used" (admins' listing; joinNode's live-credential check) is written at most once per
 * `LAST_USED_GRANULARITY_MS` per token, all due tokens in one statement shortly after their use.
 */
import type { TokenRecord } from '../store/tokens.ts';
import { hashToken, LAST_USED_GRANULARITY_MS } from '../store/tokens.ts';
import type { Identity } from '../store/types.ts';
import type { Authenticator, ExpiringIdentity } from './authenticator.ts';

/** What the authenticator reads and writes (the TokenStore). */
export interface StoredTokenSource {
  /** The token's record while it is valid, else null. */
  find(token: string): Promise<TokenRecord | null>;
  /** The records of these hashes (expired ones too); revoked ones are missing. */
  lookupHashes?(hashes: readonly string[]): Promise<Map<string, TokenRecord>>;
  touch?(record: TokenRecord): Promise<void>;
  touchMany?(ids: readonly string[], at?: Date): Promise<void>;
}

export interface StoredTokenAuthenticatorOptions {
  /**
   * A remembered token is checked against the table again once its last check is this old
   * (default 1.5 s; 0 remembers nothing). With the outer cache (2.5 s) and the API server's
   * re-check of open WebSockets (1 s), a revoked token stops within 5 s everywhere.
   */
  revalidateMs?: number;
  /** A token unused for this long is forgotten, so re-checks cover only tokens in use (default 60 s). */
  idleMs?: number;
  /** "Last used" writes wait this long to go out together (default 1 s). */
  touchDelayMs?: number;
  now?: () => number;
}

interface Entry {
  record: TokenRecord;
  /** When the query that last found the token started. */
  checkedAt: number;
  usedAt: number;
}

export class StoredTokenAuthenticator implements Authenticator {
  private readonly entries = new Map<string, Entry>();
  private readonly revalidateMs: number;
  private readonly idleMs: number;
  private readonly touchDelayMs: number;
  private readonly now: () => number;
  private revalidating: Promise<void> | null = null;
  private readonly dueTouches = new Set<string>();
  private touchTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly tokens: StoredTokenSource,
    opts: StoredTokenAuthenticatorOptions = {},
  ) {
    // Without a way to re-check many at once, remembering would cost the same queries later.
    this.revalidateMs = tokens.lookupHashes ? (opts.revalidateMs ?? 1_500) : 0;
    this.idleMs = opts.idleMs ?? 60_000;
    this.touchDelayMs = opts.touchDelayMs ?? 1_000;
    this.now = opts.now ?? Date.now;
  }

  async authenticate(token: string): Promise<ExpiringIdentity | null> {
    if (!token) return null;
    const hash = hashToken(token);
    let entry = this.entries.get(hash);
    // A re-check already under way may have started before this entry was due: then another.
    while (entry && this.now() - entry.checkedAt >= this.revalidateMs) {
      await this.revalidate();
      // Gone: revoked (or forgotten meanwhile); asked for once more below, alone.
      entry = this.entries.get(hash);
    }
    if (!entry) {
      const startedAt = this.now();
      const record = await this.tokens.find(token);
      if (!record) return null;
      entry = { record, checkedAt: startedAt, usedAt: startedAt };
      if (this.revalidateMs > 0) this.entries.set(hash, entry);
    }
    const now = this.now();
    const { record } = entry;
    if (record.expiresAt && record.expiresAt.getTime() <= now) {
      this.entries.delete(hash);
      return null;
    }
    entry.usedAt = now;
    this.noteUse(record, now);
    const identity: ExpiringIdentity = { user: record.subject, groups: record.groups, type: record.type };
    if (record.expiresAt) identity.validUntil = record.expiresAt.getTime();
    return identity;
  }

  forget(match: (identity: Identity) => boolean): void {
    for (const [hash, { record }] of this.entries) {
      if (match({ user: record.subject, groups: record.groups, type: record.type })) this.entries.delete(hash);
    }
  }

  /** How many tokens are remembered (for tests). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Re-checks, in one query, every remembered token whose last check is at least half the
   * period old (so that tokens in use fall into step and one query serves them all), and
   * forgets those unused for `idleMs`. Concurrent callers share one query.
   */
  private revalidate(): Promise<void> {
    this.revalidating ??= (async () => {
      try {
        const startedAt = this.now();
        const due: string[] = [];
        for (const [hash, entry] of this.entries) {
          if (startedAt - entry.usedAt >= this.idleMs) this.entries.delete(hash);
          else if (startedAt - entry.checkedAt >= this.revalidateMs / 2) due.push(hash);
        }
        const found = await this.tokens.lookupHashes!(due);
        for (const hash of due) {
          const entry = this.entries.get(hash);
          if (!entry) continue;
          const record = found.get(hash);
          if (!record) {
            this.entries.delete(hash);
            continue;
          }
          // A use noted here but not yet written must not be undone by the row's older value.
          const lastUsedAt = [record.lastUsedAt, entry.record.lastUsedAt].reduce((a, b) => (b && (!a || b > a) ? b : a), null as Date | null | undefined);
          entry.record = { ...record, lastUsedAt };
          entry.checkedAt = startedAt;
        }
      } finally {
        this.revalidating = null;
      }
    })();
    return this.revalidating;
  }

  /** Schedules the "last used" write when the last one is older than the granularity. */
  private noteUse(record: TokenRecord, now: number): void {
    if (record.lastUsedAt && now - record.lastUsedAt.getTime() < LAST_USED_GRANULARITY_MS) return;
    const previous = { ...record };
    record.lastUsedAt = new Date(now);
    if (!this.tokens.touchMany) {
      // Never in the request's way.
      this.tokens.touch?.(previous).catch(() => {});
      return;
    }
    this.dueTouches.add(record.id);
    this.touchTimer ??= setTimeout(() => this.flushTouches(), this.touchDelayMs);
    this.touchTimer.unref?.();
  }

  private flushTouches(): void {
    this.touchTimer = null;
    const ids = [...this.dueTouches];
    this.dueTouches.clear();
    this.tokens.touchMany?.(ids, new Date(this.now())).catch(() => {});
  }
}
