/**
 * Bearer tokens, kept as SHA-256 hashes only: a leaked database does not leak credentials.
 * Tokens are 32 random bytes, base64url, prefixed by their type for humans (`cst_admin_…`).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { PrismaClient } from './prisma.ts';
import type { Identity } from './types.ts';

export interface NewToken {
  type: Identity['type'];
  subject: string;
  groups?: string[];
  description?: string;
  expiresAt?: Date;
  /** Use this secret instead of a random one (e.g. CAPSTAN_ADMIN_TOKEN). */
  token?: string;
  /** The row's id, when the subject must name it (bootstrap tokens: `system:bootstrap:<id>`). */
  id?: string;
}

/** A stored token as its owner may see it: never the secret, never the hash. */
export interface TokenRecord {
  id: string;
  type: Identity['type'];
  subject: string;
  groups: string[];
  expiresAt: Date | null;
  /** When it last authenticated a request (kept to within `LAST_USED_GRANULARITY_MS`); null if never. */
  lastUsedAt?: Date | null;
}

/** A stored token as an admin lists it: never the secret, never the hash. */
export interface TokenListing {
  id: string;
  subject: string;
  description: string;
  expiresAt: Date | null;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** `last_used_at` is written at most this often per token: a heartbeat costs no write per request. */
export const LAST_USED_GRANULARITY_MS = 30_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class TokenStore {
  constructor(
    private readonly prisma: PrismaClient,
    /** For `lookup`, which runs on every request whose token is not cached: plain pg costs a
     * fraction of a Prisma query's CPU (1,000 nodes renewing Leases miss the cache constantly). */
    private readonly pool: pg.Pool,
    private readonly now: () => number = Date.now,
  ) {}

  async create(input: NewToken): Promise<{ id: string; token: string }> {
    const token = input.token ?? `cst_${input.type}_${randomBytes(32).toString('base64url')}`;
    const id = input.id ?? randomUUID();
    await this.prisma.token.upsert({
      where: { hash: hashToken(token) },
      create: {
        id,
        hash: hashToken(token),
        type: input.type,
        subject: input.subject,
        groups: input.groups ?? [],
        description: input.description ?? '',
        expiresAt: input.expiresAt ?? null,
      },
      update: { type: input.type, subject: input.subject, groups: input.groups ?? [], expiresAt: input.expiresAt ?? null },
    });
    const row = await this.prisma.token.findUniqueOrThrow({ where: { hash: hashToken(token) }, select: { id: true } });
    return { id: row.id, token };
  }

  async authenticate(token: string): Promise<Identity | null> {
    const record = await this.find(token);
    return record ? { user: record.subject, groups: record.groups, type: record.type } : null;
  }

  /** The token's record while it is valid (known and not expired), else null. */
  async find(token: string): Promise<TokenRecord | null> {
    const record = await this.lookup(token);
    if (!record || (record.expiresAt && record.expiresAt.getTime() <= this.now())) return null;
    return record;
  }

  /** The token's record, expired or not; null when it is unknown. */
  async lookup(token: string): Promise<TokenRecord | null> {
    if (!token) return null;
    const { rows } = await this.pool.query<{ id: string; type: string; subject: string; groups: string[]; expires_at: Date | null; last_used_at: Date | null }>(
      'SELECT id, type, subject, groups, expires_at, last_used_at FROM tokens WHERE hash = $1',
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return { id: row.id, type: row.type as Identity['type'], subject: row.subject, groups: row.groups, expiresAt: row.expires_at, lastUsedAt: row.last_used_at };
  }

  /**
   * The records of these token hashes (`hashToken`), expired ones included; hashes that are not
   * there (revoked) are missing from the map. One query however many: an authenticator re-checks
   * every token it has cached at once instead of one round trip per token.
   */
  async lookupHashes(hashes: readonly string[]): Promise<Map<string, TokenRecord>> {
    const found = new Map<string, TokenRecord>();
    if (hashes.length === 0) return found;
    const { rows } = await this.pool.query<{ hash: string; id: string; type: string; subject: string; groups: string[]; expires_at: Date | null; last_used_at: Date | null }>(
      'SELECT hash, id, type, subject, groups, expires_at, last_used_at FROM tokens WHERE hash = ANY($1::text[])',
      [hashes],
    );
    for (const row of rows) {
      found.set(row.hash, { id: row.id, type: row.type as Identity['type'], subject: row.subject, groups: row.groups, expiresAt: row.expires_at, lastUsedAt: row.last_used_at });
    }
    return found;
  }

  /** Records that the tokens `ids` authenticated requests at `at`, in one statement. */
  async touchMany(ids: readonly string[], at: Date = new Date(this.now())): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query('UPDATE tokens SET last_used_at = $2 WHERE id = ANY($1::uuid[]) AND (last_used_at IS NULL OR last_used_at < $2)', [ids, at]);
  }

  /**
   * Records that `record` authenticated a request now, unless that was recorded less than
   * `LAST_USED_GRANULARITY_MS` ago (so a busy token costs a write per 30 s, not per request).
   */
  async touch(record: TokenRecord): Promise<void> {
    const now = this.now();
    if (record.lastUsedAt && now - record.lastUsedAt.getTime() < LAST_USED_GRANULARITY_MS) return;
    await this.pool.query('UPDATE tokens SET last_used_at = $2 WHERE id = $1', [record.id, new Date(now)]);
  }

  /** The tokens of `type` (expired ones too), oldest first; never their secrets or hashes. */
  async list(type: Identity['type']): Promise<TokenListing[]> {
    const rows = await this.prisma.token.findMany({ where: { type }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map((r) => ({ id: r.id, subject: r.subject, description: r.description, expiresAt: r.expiresAt, createdAt: r.createdAt, lastUsedAt: r.lastUsedAt }));
  }

  /** The tokens of `type` issued to `subject` that authenticated a request at or after `since`. */
  async usedSince(type: Identity['type'], subject: string, since: Date): Promise<number> {
    return this.prisma.token.count({ where: { type, subject, lastUsedAt: { gte: since }, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date(this.now()) } }] } });
  }

  /** Deletes the token `id` if it is of `type`; returns its subject, or null when there was none. */
  async revokeOfType(type: Identity['type'], id: string): Promise<string | null> {
    const rows = await this.prisma.token.findMany({ where: { id, type }, select: { subject: true } });
    if (rows.length === 0) return null;
    const { count } = await this.prisma.token.deleteMany({ where: { id, type } });
    return count > 0 ? rows[0]!.subject : null;
  }

  async exists(type: Identity['type']): Promise<boolean> {
    return (await this.prisma.token.count({ where: { type } })) > 0;
  }

  async revoke(id: string): Promise<void> {
    await this.prisma.token.deleteMany({ where: { id } });
  }

  /** Revokes every token of `type` issued to `subject` but the one with id `keep`; returns how many. */
  async revokeSubject(type: Identity['type'], subject: string, keep?: string): Promise<number> {
    const { count } = await this.prisma.token.deleteMany({ where: { type, subject, ...(keep ? { NOT: { id: keep } } : {}) } });
    return count;
  }

  /** Deletes tokens of `type` that expired before now (they authenticate nobody any more). */
  async deleteExpired(type: Identity['type']): Promise<number> {
    const { count } = await this.prisma.token.deleteMany({ where: { type, expiresAt: { lte: new Date(this.now()) } } });
    return count;
  }
}
