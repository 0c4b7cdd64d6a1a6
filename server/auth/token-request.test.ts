import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import type { KObject } from '../kinds/types.ts';
import type { Identity } from '../store/types.ts';
import { resolveBoundTokenSettings } from './bound-token.ts';
import { ServiceAccountTokenAuthenticator } from './service-account-token.ts';
import { generateSigningKey, SigningKeyCache, type SigningKey } from './signing-key.ts';
import { issueServiceAccountToken } from './token-request.ts';

const admin: Identity = { user: 'admin', groups: [], type: 'admin' };
const node1: Identity = { user: 'system:node:n1', groups: ['system:nodes'], type: 'node' };
const settings = resolveBoundTokenSettings();
const NOW = Date.parse('2026-01-01T00:00:00Z');

const objects = new Map<string, KObject>([
  ['ServiceAccount/builder', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder', namespace: 'ns', uid: 'sa-uid' } }],
  ['Pod/web-0', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-0', namespace: 'ns', uid: 'pod-uid' }, spec: { serviceAccountName: 'builder', nodeName: 'n1' } }],
  ['Pod/other', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'other', namespace: 'ns', uid: 'other-uid' }, spec: { nodeName: 'n2', serviceAccountName: 'builder' } }],
  ['Pod/plain', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'plain', namespace: 'ns', uid: 'plain-uid' }, spec: { nodeName: 'n1' } }],
]);
const store = { get: async (kind: string, _ns: string | undefined, name: string) => objects.get(`${kind}/${name}`) ?? null };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(CapstanError);
    return (err as CapstanError).code;
  }
  return 'OK';
}

describe('issueServiceAccountToken', () => {
  let key: SigningKey;
  let deps: Parameters<typeof issueServiceAccountToken>[0];
  beforeAll(async () => {
    key = (await generateSigningKey()).key;
    deps = { store, signingKey: async () => key, settings, now: () => NOW };
  });

  it('issues a token with the default audiences and lifetime, which the authenticator accepts', async () => {
    const issued = await issueServiceAccountToken(deps, admin, 'ns', 'builder', {});
    expect(issued.expirationTimestamp).toBe('2026-01-01T01:00:00Z');
    expect(issued.spec).toEqual({ audiences: settings.apiAudiences, expirationSeconds: 3600 });
    const auth = new ServiceAccountTokenAuthenticator({ store, keys: new SigningKeyCache(async () => key), now: () => NOW + 1000 });
    expect(await auth.authenticate(issued.token)).toMatchObject({ user: 'system:serviceaccount:ns:builder' });
  });

  it('binds to a pod of the account, naming its uid in the claims and the spec', async () => {
    const issued = await issueServiceAccountToken(deps, admin, 'ns', 'builder', { audiences: ['vault'], expirationSeconds: 600, boundObjectRef: { kind: 'Pod', name: 'web-0' } });
    expect(decodeJwt(issued.token)).toMatchObject({ aud: ['vault'], exp: NOW / 1000 + 600, 'kubernetes.io': { pod: { name: 'web-0', uid: 'pod-uid' } } });
    expect(issued.spec.boundObjectRef).toEqual({ kind: 'Pod', apiVersion: 'v1', name: 'web-0', uid: 'pod-uid' });
  });

  it('refuses an account that does not exist (NOT_FOUND)', async () => {
    expect(await codeOf(issueServiceAccountToken(deps, admin, 'ns', 'nobody', {}))).toBe('NOT_FOUND');
  });

  it('refuses a pod that runs as another account (INVALID) and a stale uid (CONFLICT)', async () => {
    expect(await codeOf(issueServiceAccountToken(deps, admin, 'ns', 'builder', { boundObjectRef: { kind: 'Pod', name: 'plain' } }))).toBe('INVALID');
    expect(await codeOf(issueServiceAccountToken(deps, admin, 'ns', 'builder', { boundObjectRef: { kind: 'Pod', name: 'web-0', uid: 'old' } }))).toBe('CONFLICT');
  });

  it('lets a node request only tokens bound to a pod running on it (NodeRestriction)', async () => {
    expect(await codeOf(issueServiceAccountToken(deps, node1, 'ns', 'builder', { boundObjectRef: { kind: 'Pod', name: 'web-0' } }))).toBe('OK');
    expect(await codeOf(issueServiceAccountToken(deps, node1, 'ns', 'builder', { boundObjectRef: { kind: 'Pod', name: 'other' } }))).toBe('FORBIDDEN');
    expect(await codeOf(issueServiceAccountToken(deps, node1, 'ns', 'builder', {}))).toBe('FORBIDDEN');
  });
});
