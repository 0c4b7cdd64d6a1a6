/**
 * Bootstrap tokens: what `capstan agent --token` starts with. Such a token may call joinNode
 * and nothing else; joinNode hands the agent its own node credential. Like Kubernetes' bootstrap
 * tokens they expire (24 h by default), their user is `system:bootstrap:<token id>` and their
 * group `system:bootstrappers`. CAPSTAN_BOOTSTRAP_TOKEN (or `--bootstrap-token`) makes the server
 * ensure that token exists as a bootstrap token, for clusters whose agents are configured ahead
 * of time: one that never expires, unless CAPSTAN_BOOTSTRAP_TOKEN_TTL gives it a lifetime from
 * when it is first stored (`capstan up` gives 24 h, with a fresh token on every run). Admins list
 * them with the bootstrapTokens query and revoke one with revokeBootstrapToken (docs/security.md).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { CapstanError } from '../errors.ts';
import type { NewToken, TokenRecord } from '../store/tokens.ts';

export const BOOTSTRAP_GROUP = 'system:bootstrappers';
export const DEFAULT_BOOTSTRAP_TTL_SECONDS = 24 * 60 * 60;
/** The longest finite lifetime accepted (one year); 0 means "never expires". */
export const MAX_BOOTSTRAP_TTL_SECONDS = 365 * 24 * 60 * 60;

export interface BootstrapTokenStore {
  create(input: NewToken): Promise<{ id: string; token: string }>;
  lookup(token: string): Promise<TokenRecord | null>;
  deleteExpired(type: 'bootstrap'): Promise<number>;
}

export interface NewBootstrapToken {
  id: string;
  token: string;
  expiresAt: Date | null;
  description: string;
}

export function bootstrapUser(id: string): string {
  return `system:bootstrap:${id}`;
}

/** A new bootstrap token lasting `ttlSeconds` (default 24 h; 0 = forever). Throws INVALID on a bad TTL. */
export async function createBootstrapToken(
  tokens: BootstrapTokenStore,
  opts: { ttlSeconds?: number | null; description?: string | null; now?: number; token?: string } = {},
): Promise<NewBootstrapToken> {
  const ttl = opts.ttlSeconds ?? DEFAULT_BOOTSTRAP_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_BOOTSTRAP_TTL_SECONDS) {
    const message = `must be a whole number of seconds from 0 (never expires) to ${MAX_BOOTSTRAP_TTL_SECONDS}, not ${ttl}`;
    throw new CapstanError('INVALID', `ttlSeconds: ${message}`, [{ field: 'ttlSeconds', message }]);
  }
  const description = opts.description ?? '';
  const expiresAt = ttl === 0 ? null : new Date((opts.now ?? Date.now()) + ttl * 1000);
  // Expired ones authenticate nobody; dropping them here keeps the table from growing.
  await tokens.deleteExpired('bootstrap');
  const id = randomUUID();
  const { token } = await tokens.create({
    id,
    type: 'bootstrap',
    subject: bootstrapUser(id),
    groups: [BOOTSTRAP_GROUP],
    description,
    expiresAt: expiresAt ?? undefined,
    token: opts.token,
  });
  return { id, token, expiresAt, description };
}

/**
 * Makes `token` (CAPSTAN_BOOTSTRAP_TOKEN) a bootstrap token: one that never expires, or with
 * `ttlSeconds`, one that expires that long after it is first stored (a restart with the same
 * token neither extends nor revives it). Refuses a token that is already another kind of
 * credential (e.g. the admin token), which it would otherwise demote.
 */
export async function ensureBootstrapToken(opts: { tokens: BootstrapTokenStore; token: string; logger: Logger; ttlSeconds?: number; now?: number }): Promise<void> {
  const { tokens, token, logger } = opts;
  const known = await tokens.lookup(token);
  if (known && known.type !== 'bootstrap') {
    throw new CapstanError('INVALID', `CAPSTAN_BOOTSTRAP_TOKEN is already a ${known.type} token; choose another value`);
  }
  if (opts.ttlSeconds) {
    if (!known) await createBootstrapToken(tokens, { ttlSeconds: opts.ttlSeconds, description: 'CAPSTAN_BOOTSTRAP_TOKEN', token, now: opts.now });
    const stored = await tokens.lookup(token);
    const expired = stored?.expiresAt && stored.expiresAt.getTime() <= (opts.now ?? Date.now());
    if (expired) logger.warn({ expiresAt: stored.expiresAt }, 'the bootstrap token from CAPSTAN_BOOTSTRAP_TOKEN has expired: agents cannot join with it; give a new one');
    else logger.info({ expiresAt: stored?.expiresAt ?? null }, 'bootstrap token from CAPSTAN_BOOTSTRAP_TOKEN is in effect');
    return;
  }
  if (!known || known.expiresAt !== null) {
    const id = known?.id ?? randomUUID();
    try {
      await tokens.create({ id, type: 'bootstrap', subject: known?.subject ?? bootstrapUser(id), groups: [BOOTSTRAP_GROUP], description: 'CAPSTAN_BOOTSTRAP_TOKEN', token });
    } catch (err) {
      // Another server starting at the same time stored it first.
      const stored = await tokens.lookup(token);
      if (stored?.type !== 'bootstrap' || stored.expiresAt !== null) throw err;
    }
  }
  logger.info('bootstrap token from CAPSTAN_BOOTSTRAP_TOKEN is in effect');
}
