import { describe, expect, it } from 'vitest';
import { hashToken, type TokenRecord } from '../store/tokens.ts';
import { StoredTokenAuthenticator } from './stored-token-authenticator.ts';

/** A token table in memory that counts the queries the authenticator makes. */
function table(now: () => number) {
  const rows = new Map<string, TokenRecord>();
  const calls = { find: 0, lookupHashes: 0, hashesAsked: [] as number[], touchMany: [] as string[][] };
  const source = {
    find: async (token: string) => {
      calls.find++;
      const r = rows.get(hashToken(token));
      return r && !(r.expiresAt && r.expiresAt.getTime() <= now()) ? { ...r } : null;
    },
    lookupHashes: async (hashes: readonly string[]) => {
      calls.lookupHashes++;
      calls.hashesAsked.push(hashes.length);
      return new Map(hashes.filter((h) => rows.has(h)).map((h) => [h, { ...rows.get(h)! }]));
    },
    touchMany: async (ids: readonly string[]) => void calls.touchMany.push([...ids]),
  };
  const add = (token: string, extra: Partial<TokenRecord> = {}) =>
    rows.set(hashToken(token), { id: token, type: 'node', subject: `system:node:${token}`, groups: ['system:nodes'], expiresAt: null, lastUsedAt: null, ...extra });
  const revoke = (token: string) => rows.delete(hashToken(token));
  return { source, calls, add, revoke };
}

describe('StoredTokenAuthenticator', () => {
  it('answers a recognised token from memory until its check is 1.5 s old', async () => {
    let now = 0;
    const t = table(() => now);
    t.add('a');
    const auth = new StoredTokenAuthenticator(t.source, { now: () => now });
    expect(await auth.authenticate('a')).toMatchObject({ user: 'system:node:a', type: 'node' });
    now = 1_400;
    await auth.authenticate('a');
    expect(t.calls).toMatchObject({ find: 1, lookupHashes: 0 });
  });

  it('re-checks every token in use with one query, not one per token', async () => {
    let now = 0;
    const t = table(() => now);
    const tokens = Array.from({ length: 100 }, (_, i) => `n${i}`);
    for (const token of tokens) t.add(token);
    const auth = new StoredTokenAuthenticator(t.source, { now: () => now });
    // First uses spread over a second, as 100 nodes' requests would be.
    for (const [i, token] of tokens.entries()) {
      now = i * 10;
      await auth.authenticate(token);
    }
    for (let round = 1; round <= 10; round++) {
      now = 1_000 + round * 1_000;
      for (const token of tokens) expect(await auth.authenticate(token)).not.toBeNull();
    }
    expect(t.calls.find).toBe(100);
    // Ten rounds over 10 s, each token due every 1.5 s: a handful of queries, all tokens in each.
    expect(t.calls.lookupHashes).toBeLessThanOrEqual(10);
    expect(Math.max(...t.calls.hashesAsked)).toBe(100);
  });

  it('stops accepting a revoked token within 1.5 s of the revocation', async () => {
    let now = 0;
    const t = table(() => now);
    t.add('a');
    t.add('b');
    const auth = new StoredTokenAuthenticator(t.source, { now: () => now });
    await auth.authenticate('a');
    await auth.authenticate('b');
    now = 500;
    t.revoke('a');
    now = 1_499;
    expect(await auth.authenticate('a')).not.toBeNull();
    now = 1_500;
    expect(await auth.authenticate('a')).toBeNull();
    expect(await auth.authenticate('b')).not.toBeNull();
    // The revoked token is not remembered as anything.
    expect(auth.size).toBe(1);
  });

  it('never serves a token from a re-check that started before it was due', async () => {
    let now = 0;
    const t = table(() => now);
    t.add('early');
    t.add('late');
    let release!: () => void;
    const slow = { ...t.source, lookupHashes: async (h: readonly string[]) => (await new Promise<void>((r) => (release = r)), t.source.lookupHashes(h)) };
    const auth = new StoredTokenAuthenticator(slow, { now: () => now });
    await auth.authenticate('early');
    now = 1_000;
    await auth.authenticate('late');
    now = 1_500;
    const first = auth.authenticate('early'); // starts a re-check of "early" only ("late" is 0.5 s old)
    now = 2_600;
    t.revoke('late');
    const second = auth.authenticate('late'); // due now, and the running re-check does not cover it
    release();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    release();
    expect(await second).toBeNull();
  });

  it('refuses an expired token at its expiry without asking the table', async () => {
    let now = 0;
    const t = table(() => now);
    t.add('a', { expiresAt: new Date(1_000) });
    const auth = new StoredTokenAuthenticator(t.source, { now: () => now });
    expect(await auth.authenticate('a')).toMatchObject({ validUntil: 1_000 });
    now = 1_000;
    expect(await auth.authenticate('a')).toBeNull();
    expect(t.calls).toMatchObject({ find: 1, lookupHashes: 0 });
  });

  it('does not remember an unknown token, so one created a moment later works at once', async () => {
    let now = 0;
    const t = table(() => now);
    const auth = new StoredTokenAuthenticator(t.source, { now: () => now });
    expect(await auth.authenticate('new')).toBeNull();
    t.add('new');
    expect(await auth.authenticate('new')).not.toBeNull();
  });

  it('forgets tokens unused for a minute, so re-checks cover only tokens in use', async () => {
    let now = 0;
    const t = table(() => now);
    t.add('idle');
    t.add('busy');
    const auth = new StoredTokenAuthenticator(t.source, { now: () => now });
    await auth.authenticate('idle');
    for (now = 0; now <= 61_000; now += 1_000) await auth.authenticate('busy');
    expect(auth.size).toBe(1);
    expect(t.calls.hashesAsked.at(-1)).toBe(1);
  });

  it('drops the identities `forget` matches (a credential revoked in this process)', async () => {
    const now = 0;
    const t = table(() => now);
    t.add('a');
    const auth = new StoredTokenAuthenticator(t.source, { now: () => now });
    await auth.authenticate('a');
    t.revoke('a');
    auth.forget((i) => i.user === 'system:node:a');
    expect(await auth.authenticate('a')).toBeNull();
  });

  it('writes "last used" for many tokens in one statement, at most once per 30 s per token', async () => {
    let now = 0;
    const t = table(() => now);
    for (const token of ['a', 'b', 'c']) t.add(token);
    const auth = new StoredTokenAuthenticator(t.source, { now: () => now, touchDelayMs: 1 });
    for (const token of ['a', 'b', 'c', 'a']) await auth.authenticate(token);
    await new Promise((r) => setTimeout(r, 20));
    expect(t.calls.touchMany).toEqual([['a', 'b', 'c']]);
    now = 10_000;
    await auth.authenticate('a');
    await new Promise((r) => setTimeout(r, 20));
    expect(t.calls.touchMany).toHaveLength(1);
    now = 31_000;
    await auth.authenticate('a');
    await new Promise((r) => setTimeout(r, 20));
    expect(t.calls.touchMany).toEqual([['a', 'b', 'c'], ['a']]);
  });

  it('records a use through `touch` when the source cannot write many at once', async () => {
    const record = { id: '1', type: 'user' as const, subject: 'jane', groups: [], expiresAt: null, lastUsedAt: null };
    const touched: string[] = [];
    const a = new StoredTokenAuthenticator({ find: async () => record, touch: async (r) => void touched.push(r.id) });
    expect(await a.authenticate('t')).toMatchObject({ user: 'jane', type: 'user' });
    expect(touched).toEqual(['1']);
  });
});
