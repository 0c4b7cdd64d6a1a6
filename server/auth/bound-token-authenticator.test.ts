/**
 * The service-account authenticator with bound (TokenRequest) tokens, against a map as its store:
 * expiry, audience, the account's and the bound pod's existence (after the lookup cache).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import { resolveBoundTokenSettings, signBoundToken } from './bound-token.ts';
import { ServiceAccountTokenAuthenticator } from './service-account-token.ts';
import { generateSigningKey, SigningKeyCache, type SigningKey } from './signing-key.ts';

const { issuer } = resolveBoundTokenSettings();
const obj = (kind: string, name: string, uid: string): KObject => ({ apiVersion: 'v1', kind, metadata: { name, namespace: 'ns', uid } });

describe('ServiceAccountTokenAuthenticator with bound tokens', () => {
  let key: SigningKey;
  beforeAll(async () => {
    key = (await generateSigningKey()).key;
  });

  function setUp() {
    const objects = new Map<string, KObject>([
      ['ServiceAccount/builder', obj('ServiceAccount', 'builder', 'sa-uid')],
      ['Pod/web-0', obj('Pod', 'web-0', 'pod-uid')],
    ]);
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = { get: async (kind: string, _ns: string | undefined, name: string) => objects.get(`${kind}/${name}`) ?? null };
    const auth = new ServiceAccountTokenAuthenticator({ store, keys: new SigningKeyCache(async () => key), lookupTtlMs: 1_000, now: () => now });
    const sign = (over: { audiences?: string[]; pod?: boolean; lifetime?: number } = {}) =>
      signBoundToken(key, issuer, {
        namespace: 'ns',
        serviceAccount: { name: 'builder', uid: 'sa-uid' },
        ...(over.pod ? { pod: { name: 'web-0', uid: 'pod-uid' } } : {}),
        audiences: over.audiences ?? ['https://kubernetes.default.svc'],
        issuedAt: Math.floor(now / 1000),
        expiresAt: Math.floor(now / 1000) + (over.lifetime ?? 600),
      });
    return { auth, objects, sign, advance: (ms: number) => (now += ms) };
  }

  it('accepts a token for an API audience as the account, valid until its expiry', async () => {
    const { auth, sign } = setUp();
    const identity = await auth.authenticate(await sign());
    expect(identity).toMatchObject({ user: 'system:serviceaccount:ns:builder', groups: ['system:serviceaccounts', 'system:serviceaccounts:ns'], type: 'serviceaccount' });
    expect((identity as { validUntil?: number }).validUntil).toBe(Date.parse('2026-01-01T00:10:00Z'));
  });

  it('refuses a token for another audience', async () => {
    const { auth, sign } = setUp();
    expect(await auth.authenticate(await sign({ audiences: ['vault'] }))).toBeNull();
  });

  it('refuses a token once it has expired', async () => {
    const { auth, sign, advance } = setUp();
    const token = await sign();
    advance(600_000);
    expect(await auth.authenticate(token)).toBeNull();
  });

  it('refuses a pod-bound token once its pod is gone (after the lookup cache)', async () => {
    const { auth, objects, sign, advance } = setUp();
    const token = await sign({ pod: true });
    expect(await auth.authenticate(token)).not.toBeNull();
    objects.delete('Pod/web-0');
    advance(1_001);
    expect(await auth.authenticate(token)).toBeNull();
  });

  it('refuses a pod-bound token when a pod of the same name has another uid', async () => {
    const { auth, objects, sign } = setUp();
    objects.set('Pod/web-0', obj('Pod', 'web-0', 'other-uid'));
    expect(await auth.authenticate(await sign({ pod: true }))).toBeNull();
  });

  it('refuses a token whose account was deleted and made again', async () => {
    const { auth, objects, sign } = setUp();
    objects.set('ServiceAccount/builder', obj('ServiceAccount', 'builder', 'new-uid'));
    expect(await auth.authenticate(await sign())).toBeNull();
  });
});
