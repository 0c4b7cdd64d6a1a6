import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { ServiceAccountTokens, tokenJitterMs, tokenRefreshAt, type IssuedToken, type PodTokenRequest } from './service-account-token.ts';

const HOUR = 3600_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

describe('tokenRefreshAt', () => {
  it('is due when 80 % of the lifetime has passed', () => {
    expect(tokenRefreshAt({ expiresAtMs: T0 + HOUR, expirationSeconds: 3600 }, { maxTtlMs: 24 * HOUR, jitterMs: 0 })).toBe(T0 + 0.8 * HOUR);
  });

  it('is due after the age cap when that comes first (a token of two days, refreshed after 24 h)', () => {
    const twoDays = 48 * 3600;
    expect(tokenRefreshAt({ expiresAtMs: T0 + 48 * HOUR, expirationSeconds: twoDays }, { maxTtlMs: 24 * HOUR, jitterMs: 0 })).toBe(T0 + 24 * HOUR);
  });

  it('counts the token from its expiry less its granted lifetime, and comes earlier by the jitter', () => {
    // The default mount's 3607 s token: 80 % is 2885.6 s after issue.
    expect(tokenRefreshAt({ expiresAtMs: T0 + 3607_000, expirationSeconds: 3607 }, { maxTtlMs: 24 * HOUR, jitterMs: 4_000 })).toBe(T0 + 2885_600 - 4_000);
  });
});

describe('tokenJitterMs', () => {
  it('is at most 10 s, and at most a tenth of a short age cap', () => {
    expect(tokenJitterMs(24 * HOUR, () => 0.999)).toBe(9_990);
    expect(tokenJitterMs(2_000, () => 0.999)).toBe(199);
    expect(tokenJitterMs(24 * HOUR, () => 0)).toBe(0);
  });
});

/** A fake TokenRequest on an injected clock: each token lives `expirationSeconds` from `now`. */
function issuer(clock: { now: number }) {
  const issued: PodTokenRequest[] = [];
  let failWith: Error | undefined;
  const issue = async (req: PodTokenRequest): Promise<IssuedToken> => {
    issued.push(req);
    if (failWith) throw failWith;
    return { token: `t${issued.length}`, expiresAtMs: clock.now + req.expirationSeconds * 1000, expirationSeconds: req.expirationSeconds, audiences: req.audiences };
  };
  return { issue, issued, fail: (err: Error | undefined) => (failWith = err) };
}

const request = (over: Partial<PodTokenRequest> = {}): PodTokenRequest => ({
  namespace: 'default',
  serviceAccount: 'builder',
  podName: 'web',
  podUid: 'uid-1',
  audiences: [],
  expirationSeconds: 3600,
  ...over,
});

describe('ServiceAccountTokens', () => {
  it('keeps a token until 80 % of its lifetime has passed, then asks for a new one', async () => {
    const clock = { now: T0 };
    const api = issuer(clock);
    const tokens = new ServiceAccountTokens({ issue: api.issue, now: () => clock.now, random: () => 0 });
    expect((await tokens.get(request())).token).toBe('t1');
    clock.now = T0 + 0.8 * HOUR - 1;
    expect((await tokens.get(request())).token).toBe('t1');
    clock.now = T0 + 0.8 * HOUR;
    expect((await tokens.get(request())).token).toBe('t2');
    expect(tokens.refreshAt(request())).toBe(T0 + 1.6 * HOUR);
    expect(api.issued).toHaveLength(2);
  });

  it('refreshes after the injected age cap when it is shorter', async () => {
    const clock = { now: T0 };
    const api = issuer(clock);
    const tokens = new ServiceAccountTokens({ issue: api.issue, maxTtlMs: 2_000, now: () => clock.now, random: () => 0 });
    await tokens.get(request());
    clock.now += 1_999;
    expect((await tokens.get(request())).token).toBe('t1');
    clock.now += 1;
    expect((await tokens.get(request())).token).toBe('t2');
  });

  it('keeps one token per audience and lifetime, and asks once for concurrent callers', async () => {
    const clock = { now: T0 };
    const api = issuer(clock);
    const tokens = new ServiceAccountTokens({ issue: api.issue, now: () => clock.now, random: () => 0 });
    const [a, b] = await Promise.all([tokens.get(request()), tokens.get(request())]);
    expect(a.token).toBe(b.token);
    expect((await tokens.get(request({ audiences: ['vault'] }))).token).toBe('t2');
    expect((await tokens.get(request({ expirationSeconds: 7200 }))).token).toBe('t3');
    expect(api.issued).toHaveLength(3);
    expect(tokens.size).toBe(3);
  });

  it('keeps the current token when a refresh fails before it expires, and fails once it has expired', async () => {
    const clock = { now: T0 };
    const api = issuer(clock);
    const failed: string[] = [];
    const tokens = new ServiceAccountTokens({ issue: api.issue, now: () => clock.now, random: () => 0, onRefreshFailed: (req, err) => failed.push(`${req.podName}: ${(err as Error).message}`) });
    await tokens.get(request());
    api.fail(new ApiError('UNAVAILABLE', 'cannot reach the API server'));
    clock.now = T0 + 0.9 * HOUR;
    expect((await tokens.get(request())).token).toBe('t1');
    // The failure is reported, not only swallowed.
    expect(failed).toEqual(['web: cannot reach the API server']);
    clock.now = T0 + HOUR;
    await expect(tokens.get(request())).rejects.toThrow('cannot reach the API server');
    api.fail(undefined);
    expect((await tokens.get(request())).token).toBe('t4');
  });

  it('forgets the tokens of a removed pod, even one whose request was in flight', async () => {
    const clock = { now: T0 };
    const api = issuer(clock);
    const tokens = new ServiceAccountTokens({ issue: api.issue, now: () => clock.now, random: () => 0 });
    await tokens.get(request());
    await tokens.get(request({ podUid: 'uid-2', podName: 'other' }));
    const inFlight = tokens.get(request({ audiences: ['vault'] }));
    tokens.forgetPod('uid-1');
    await inFlight;
    expect(tokens.size).toBe(1);
    expect(tokens.refreshAt(request())).toBeUndefined();
    expect(tokens.refreshAt(request({ podUid: 'uid-2', podName: 'other' }))).toBeDefined();
  });
});
