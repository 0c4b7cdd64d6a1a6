/**
 * User tokens: bearer tokens an admin makes for a person or a program (`capstan create token
 * --user NAME --group G`). The token's identity is that user in those groups, of type `user`;
 * RBAC bindings decide what it may do. Like every stored token, only its hash is kept.
 */
import { CapstanError } from '../errors.ts';
import type { NewToken } from '../store/tokens.ts';
import { SERVICE_ACCOUNT_PREFIX } from './rbac-rules.ts';

/** The longest lifetime accepted (ten years); none means "never expires". */
export const MAX_USER_TOKEN_SECONDS = 10 * 365 * 24 * 60 * 60;

export interface UserTokenStore {
  create(input: NewToken): Promise<{ id: string; token: string }>;
}

export interface NewUserToken {
  token: string;
  user: string;
  groups: string[];
  expiresAt: Date | null;
}

function invalid(field: string, message: string): CapstanError {
  return new CapstanError('INVALID', `${field}: ${message}`, [{ field, message }]);
}

/** Identities the cluster issues itself: a user token may not pose as one. */
const RESERVED_PREFIXES = [SERVICE_ACCOUNT_PREFIX, 'system:node:', 'system:bootstrap:'];

/** Validates and stores a new user token. Throws INVALID for a bad name, group or lifetime. */
export async function createUserToken(
  tokens: UserTokenStore,
  opts: { user: string; groups?: readonly string[]; expirationSeconds?: number; now?: number },
): Promise<NewUserToken> {
  const user = opts.user.trim();
  if (user === '') throw invalid('user', 'Required value');
  const reserved = RESERVED_PREFIXES.find((p) => user.startsWith(p));
  if (reserved) throw invalid('user', `Invalid value: "${user}": names starting with "${reserved}" belong to identities the cluster issues`);
  const groups = [...new Set(opts.groups ?? [])];
  const empty = groups.findIndex((g) => g.trim() === '');
  if (empty >= 0) throw invalid(`groups[${empty}]`, 'Required value');
  const ttl = opts.expirationSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_USER_TOKEN_SECONDS)) {
    throw invalid('expirationSeconds', `must be a whole number of seconds from 1 to ${MAX_USER_TOKEN_SECONDS}, not ${ttl}`);
  }
  const expiresAt = ttl === undefined ? null : new Date((opts.now ?? Date.now()) + ttl * 1000);
  const { token } = await tokens.create({ type: 'user', subject: user, groups, description: `user token for ${user}`, expiresAt: expiresAt ?? undefined });
  return { token, user, groups, expiresAt };
}
