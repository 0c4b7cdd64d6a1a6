import { describe, expect, it } from 'vitest';
import type { Identity } from '../store/types.ts';
import { CachedAuthenticator } from './authenticator.ts';

const jane: Identity = { user: 'jane', groups: [], type: 'user' };

/** An inner authenticator whose answer the test changes (a revocation) and whose calls it counts. */
function inner() {
  const state = { known: true, calls: 0 };
  return { state, authenticator: { authenticate: async () => (state.calls++, state.known ? jane : null) } };
}

describe('CachedAuthenticator', () => {
  it('trusts a recognised token 2.5 s by default, then asks again (a revocation takes effect)', async () => {
    let now = 0;
    const { state, authenticator } = inner();
    const cached = new CachedAuthenticator(authenticator, { now: () => now });
    expect(await cached.authenticate('t')).toEqual(jane);
    state.known = false;
    now = 2_400;
    expect(await cached.authenticate('t')).toEqual(jane);
    now = 2_600;
    expect(await cached.authenticate('t')).toBeNull();
    expect(state.calls).toBe(2);
  });

  it('never keeps an identity longer than 5 s, whatever it is configured with', async () => {
    let now = 0;
    const { state, authenticator } = inner();
    const cached = new CachedAuthenticator(authenticator, { ttlMs: 60_000, now: () => now });
    await cached.authenticate('t');
    state.known = false;
    now = 5_001;
    expect(await cached.authenticate('t')).toBeNull();
  });
});
