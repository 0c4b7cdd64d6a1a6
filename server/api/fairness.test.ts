import { describe, expect, it } from 'vitest';
import type { Identity } from '../store/types.ts';
import { FairnessGate, TooManyRequestsError } from './fairness.ts';
import { DEFAULT_LIMITS, resolveLimits } from './limits.ts';

const user: Identity = { user: 'alice', groups: [], type: 'user' };
const other: Identity = { user: 'bob', groups: [], type: 'user' };
const node: Identity = { user: 'system:node:n1', groups: ['system:nodes'], type: 'node' };
const admin: Identity = { user: 'admin', groups: ['system:masters'], type: 'admin' };

function gate(overrides = {}) {
  let t = 0;
  const g = new FairnessGate(resolveLimits(overrides), () => t);
  return { g, advance: (ms: number) => (t += ms) };
}

function refusal(fn: () => unknown): TooManyRequestsError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(TooManyRequestsError);
    return err as TooManyRequestsError;
  }
  throw new Error('expected a refusal');
}

describe('FairnessGate', () => {
  describe('rate', () => {
    it('lets a burst through, then refuses with UNAVAILABLE and a retry hint until tokens refill', () => {
      const { g, advance } = gate({ rateLimit: 10, rateBurst: 20 });
      for (let i = 0; i < 20; i++) g.take(user);
      const e = refusal(() => g.take(user));
      expect(e.code).toBe('UNAVAILABLE');
      expect(e.retryAfterSeconds).toBe(1);
      expect(e.message).toMatch(/too many requests from alice: the limit is 10 per second/);
      advance(100);
      expect(() => g.take(user)).not.toThrow();
      expect(() => g.take(user)).toThrow(TooManyRequestsError);
    });

    it('keeps one bucket per identity', () => {
      const { g } = gate({ rateLimit: 1, rateBurst: 1 });
      g.take(user);
      expect(() => g.take(user)).toThrow(TooManyRequestsError);
      expect(() => g.take(other)).not.toThrow();
    });

    it('does not limit admins by default, and limits nodes by their own settings', () => {
      const { g } = gate({ nodeRateLimit: 1, nodeRateBurst: 2 });
      for (let i = 0; i < 10_000; i++) g.take(admin);
      g.take(node);
      g.take(node);
      expect(() => g.take(node)).toThrow(TooManyRequestsError);
    });
  });

  describe('requests in flight', () => {
    it('caps them per identity and frees a place on release (once)', () => {
      const { g } = gate({ maxInFlight: 2, rateLimit: 0 });
      const a = g.admit(user);
      const b = g.admit(user);
      expect(refusal(() => g.admit(user)).message).toMatch(/at most 2 at once/);
      expect(() => g.admit(other)).not.toThrow();
      a();
      a();
      expect(g.usage('alice').inFlight).toBe(1);
      const c = g.admit(user);
      expect(() => g.admit(user)).toThrow(TooManyRequestsError);
      b();
      c();
      expect(g.usage('alice').inFlight).toBe(0);
    });
  });

  describe('subscriptions', () => {
    it('caps them per identity, with a higher default for nodes and none for admins', () => {
      const { g } = gate({ maxSubscriptionsPerIdentity: 3, nodeMaxSubscriptionsPerIdentity: 5 });
      const held = [g.subscribe(user), g.subscribe(user), g.subscribe(user)];
      expect(refusal(() => g.subscribe(user)).message).toMatch(/at most 3 across connections/);
      held[0]!();
      expect(() => g.subscribe(user)).not.toThrow();
      for (let i = 0; i < 5; i++) g.subscribe(node);
      expect(() => g.subscribe(node)).toThrow(TooManyRequestsError);
      for (let i = 0; i < 10_000; i++) g.subscribe(admin);
      expect(DEFAULT_LIMITS.nodeMaxSubscriptionsPerIdentity).toBeGreaterThan(DEFAULT_LIMITS.maxSubscriptionsPerIdentity);
    });
  });
});
