import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { NewToken, TokenRecord } from '../store/tokens.ts';
import { ensureBootstrapToken } from './bootstrap-token.ts';

/** The token table, in memory, keyed by secret. */
function fakeTokens() {
  const rows = new Map<string, TokenRecord>();
  return {
    rows,
    async create(input: NewToken) {
      const id = input.id ?? `id-${rows.size}`;
      rows.set(input.token!, { id, type: input.type, subject: input.subject, groups: input.groups ?? [], expiresAt: input.expiresAt ?? null });
      return { id, token: input.token! };
    },
    async lookup(token: string) {
      return rows.get(token) ?? null;
    },
    async deleteExpired() {
      return 0;
    },
  };
}

const logger = pino({ level: 'silent' });

describe('ensureBootstrapToken (CAPSTAN_BOOTSTRAP_TOKEN)', () => {
  it('never expires without a TTL', async () => {
    const tokens = fakeTokens();
    await ensureBootstrapToken({ tokens, token: 'env-token', logger });
    expect(tokens.rows.get('env-token')).toMatchObject({ type: 'bootstrap', expiresAt: null });
  });

  it('with a TTL, expires that long after it is first stored, and a later start does not extend it', async () => {
    const tokens = fakeTokens();
    await ensureBootstrapToken({ tokens, token: 'up-token', logger, ttlSeconds: 86_400, now: 1_000_000 });
    expect(tokens.rows.get('up-token')?.expiresAt?.getTime()).toBe(1_000_000 + 86_400_000);
    await ensureBootstrapToken({ tokens, token: 'up-token', logger, ttlSeconds: 86_400, now: 5_000_000 });
    expect(tokens.rows.get('up-token')?.expiresAt?.getTime()).toBe(1_000_000 + 86_400_000);
  });

  it('refuses a token that is another kind of credential', async () => {
    const tokens = fakeTokens();
    await tokens.create({ type: 'admin', subject: 'admin', token: 'admin-token' });
    await expect(ensureBootstrapToken({ tokens, token: 'admin-token', logger, ttlSeconds: 60 })).rejects.toThrow(/already a admin token/);
  });
});
