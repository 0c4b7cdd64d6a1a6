/**
 * The pure parts of service-account tokens, without a database: Secret names and the account's
 * `secrets` list, which keys the controllers wake, and the authenticator against a fake store
 * (revocation after its lookup cache, key rotation, tokens that do not match the Secret's copy).
 */
import { describe, expect, it } from 'vitest';
import { serviceAccountIdentity, ServiceAccountTokenAuthenticator, signServiceAccountToken } from '../server/auth/service-account-token.ts';
import { generateSigningKey, SigningKeyCache, type SigningKey } from '../server/auth/signing-key.ts';
import type { KObject } from '../server/kinds/types.ts';
import type { LogEvent } from '../server/store/types.ts';
import { serviceAccountController } from '../workers/controllers/serviceaccount.ts';
import { desiredSecretRefs, isGeneratedTokenSecretName, newTokenSecret, tokenSecretName } from '../workers/controllers/token-secret.ts';
import { tokenController } from '../workers/controllers/token.ts';

const sa = (name: string, secrets?: string[]): KObject => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name, namespace: 'ns', uid: `uid-${name}` },
  ...(secrets ? { secrets: secrets.map((n) => ({ name: n })) } : {}),
});

const event = (kind: string, type: LogEvent['type'], object: KObject, prevObject?: KObject): LogEvent => ({
  revision: 1n,
  type,
  kind: kind as LogEvent['kind'],
  namespace: object.metadata.namespace ?? '',
  name: object.metadata.name,
  object,
  prevObject,
  createdAt: new Date(),
});

describe('token Secret names', () => {
  it('are <account>-token-<5 characters of the generated-name alphabet>', () => {
    const name = tokenSecretName('builder');
    expect(name).toMatch(/^builder-token-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(isGeneratedTokenSecretName('builder', name)).toBe(true);
    expect(isGeneratedTokenSecretName('builder', 'builder-token-aeiou')).toBe(false);
    expect(isGeneratedTokenSecretName('builder', 'my-secret')).toBe(false);
  });

  it('cut a long account name so that the name stays within 63 characters', () => {
    const name = tokenSecretName('a'.repeat(60));
    expect(name).toHaveLength(63);
    expect(isGeneratedTokenSecretName('a'.repeat(60), name)).toBe(true);
  });
});

describe("the account's secrets list", () => {
  it('adds a live token Secret', () => {
    expect(desiredSecretRefs(sa('x'), ['x-token-bcdfg'])).toEqual([{ name: 'x-token-bcdfg' }]);
  });
  it('drops a generated token Secret that is gone and keeps hand-written references', () => {
    expect(desiredSecretRefs(sa('x', ['pull-creds', 'x-token-bcdfg']), ['x-token-hjklm'])).toEqual([{ name: 'pull-creds' }, { name: 'x-token-hjklm' }]);
  });
  it('is null when nothing changes', () => {
    expect(desiredSecretRefs(sa('x', ['x-token-bcdfg']), ['x-token-bcdfg'])).toBeNull();
  });
});

describe('the keys the controllers wake', () => {
  const ns = (name: string, type: LogEvent['type'] = 'ADDED') => event('Namespace', type, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  const secret = newTokenSecret(sa('builder'), 'builder-token-bcdfg', 'jwt');
  secret.metadata.namespace = 'ns';

  it('serviceaccount: a namespace, and the namespace of a deleted default account', () => {
    expect(serviceAccountController.keysFor(ns('team'))).toEqual(['team']);
    expect(serviceAccountController.keysFor(ns('team', 'DELETED'))).toEqual([]);
    expect(serviceAccountController.keysFor(event('ServiceAccount', 'DELETED', sa('default')))).toEqual(['ns']);
    expect(serviceAccountController.keysFor(event('ServiceAccount', 'DELETED', sa('builder')))).toEqual([]);
  });

  it('token: an account, and the account a token Secret names', () => {
    expect(tokenController.keysFor(event('ServiceAccount', 'MODIFIED', sa('builder')))).toEqual(['ns/builder']);
    expect(tokenController.keysFor(event('Secret', 'DELETED', secret))).toEqual(['ns/builder']);
    const opaque: KObject = { apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: 'o', namespace: 'ns' } };
    expect(tokenController.keysFor(event('Secret', 'ADDED', opaque))).toEqual([]);
    expect(tokenController.keysFor(event('Namespace', 'ADDED', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns' } }))).toEqual([]);
  });
});

describe('ServiceAccountTokenAuthenticator', () => {
  /** A store of one account and its token Secret, a clock, and an authenticator over them. */
  async function setup(key?: SigningKey) {
    const signingKey = key ?? (await generateSigningKey()).key;
    const account = sa('builder');
    const token = await signServiceAccountToken(signingKey, { namespace: 'ns', name: 'builder', uid: account.metadata.uid!, secretName: 'builder-token-bcdfg' });
    const objects = new Map<string, KObject>([
      ['ServiceAccount/builder', account],
      ['Secret/builder-token-bcdfg', newTokenSecret(account, 'builder-token-bcdfg', token)],
    ]);
    let now = 0;
    let currentKey = signingKey;
    let loads = 0;
    const keys = new SigningKeyCache(
      async () => {
        loads++;
        return currentKey;
      },
      { now: () => now },
    );
    const store = { get: async (kind: string, _ns: string | undefined, name: string) => objects.get(`${kind}/${name}`) ?? null };
    const auth = new ServiceAccountTokenAuthenticator({ store, keys, lookupTtlMs: 3_000, now: () => now });
    return {
      auth,
      token,
      objects,
      tick: (ms: number) => void (now += ms),
      rotate: (k: SigningKey) => void (currentKey = k),
      loads: () => loads,
    };
  }

  it('knows a token as its account', async () => {
    const { auth, token } = await setup();
    expect(await auth.authenticate(token)).toEqual(serviceAccountIdentity('ns', 'builder'));
    expect(serviceAccountIdentity('ns', 'builder')).toEqual({
      user: 'system:serviceaccount:ns:builder',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:ns'],
      type: 'serviceaccount',
    });
  });

  it('passes over tokens that are not JWTs without reading anything', async () => {
    const { auth, loads } = await setup();
    expect(await auth.authenticate('cst_admin_abc')).toBeNull();
    expect(await auth.authenticate('a.b.c')).toBeNull();
    expect(loads()).toBe(0);
  });

  it('stops knowing a token once its Secret is gone and the lookup cache has expired', async () => {
    const { auth, token, objects, tick } = await setup();
    expect(await auth.authenticate(token)).not.toBeNull();
    objects.delete('Secret/builder-token-bcdfg');
    expect(await auth.authenticate(token)).not.toBeNull(); // cached lookup
    tick(3_001);
    expect(await auth.authenticate(token)).toBeNull();
  });

  it('rejects a token of an earlier account of the same name', async () => {
    const { auth, token, objects } = await setup();
    objects.set('ServiceAccount/builder', { ...sa('builder'), metadata: { ...sa('builder').metadata, uid: 'another-uid' } });
    expect(await auth.authenticate(token)).toBeNull();
  });

  it("rejects a validly signed token that is not the Secret's copy", async () => {
    const { auth, token, objects } = await setup();
    const secret = objects.get('Secret/builder-token-bcdfg')!;
    objects.set('Secret/builder-token-bcdfg', { ...secret, data: { ...secret.data, token: Buffer.from('re-issued').toString('base64') } });
    expect(await auth.authenticate(token)).toBeNull();
  });

  it('reloads the key when it meets a token of another key, at most once a second', async () => {
    const { auth, token, rotate, tick, loads } = await setup();
    expect(await auth.authenticate(token)).not.toBeNull();
    expect(loads()).toBe(1);
    const forged = await signServiceAccountToken((await generateSigningKey()).key, { namespace: 'ns', name: 'builder', uid: 'uid-builder', secretName: 'builder-token-bcdfg' });
    expect(await auth.authenticate(forged)).toBeNull();
    expect(await auth.authenticate(forged)).toBeNull();
    expect(loads()).toBe(1); // less than a second since the last load
    tick(1_000);
    expect(await auth.authenticate(forged)).toBeNull();
    expect(loads()).toBe(2);
    // After a rotation the old key's tokens stop working once the cache reloads.
    rotate((await generateSigningKey()).key);
    tick(60_000);
    expect(await auth.authenticate(token)).toBeNull();
  });
});
