import { decodeJwt, decodeProtectedHeader } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import {
  audienceAccepted,
  DEFAULT_API_AUDIENCES,
  isBoundTokenPayload,
  resolveBoundTokenSettings,
  signBoundToken,
  validateTokenRequest,
  verifyBoundToken,
} from './bound-token.ts';
import { generateSigningKey, type SigningKey } from './signing-key.ts';

const settings = resolveBoundTokenSettings();
const ISSUER = settings.issuer;

function invalidFields(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CapstanError);
    expect((err as CapstanError).code).toBe('INVALID');
    return (err as CapstanError).fields.map((e) => e.field);
  }
  throw new Error('expected INVALID');
}

describe('validateTokenRequest', () => {
  it('defaults to the API audiences and one hour, as kube-apiserver does', () => {
    expect(validateTokenRequest({}, settings)).toEqual({ audiences: DEFAULT_API_AUDIENCES, expirationSeconds: 3600 });
  });

  it('refuses a lifetime under ten minutes, naming the field', () => {
    expect(invalidFields(() => validateTokenRequest({ expirationSeconds: 599 }, settings))).toEqual(['spec.expirationSeconds']);
    expect(validateTokenRequest({ expirationSeconds: 600 }, settings).expirationSeconds).toBe(600);
  });

  it('lowers a lifetime above the configured maximum to it', () => {
    const capped = resolveBoundTokenSettings({ maxExpirationSeconds: 7200 });
    expect(validateTokenRequest({ expirationSeconds: 86_400 }, capped).expirationSeconds).toBe(7200);
  });

  it('refuses more than 2^32 seconds outright', () => {
    expect(invalidFields(() => validateTokenRequest({ expirationSeconds: 2 ** 32 + 1 }, settings))).toEqual(['spec.expirationSeconds']);
  });

  it('takes a bound object of a supported kind and refuses others', () => {
    expect(validateTokenRequest({ boundObjectRef: { kind: 'Pod', name: 'p' } }, settings).boundObjectRef).toEqual({ kind: 'Pod', apiVersion: 'v1', name: 'p', uid: '' });
    expect(invalidFields(() => validateTokenRequest({ boundObjectRef: { kind: 'ConfigMap', name: 'c' } }, settings))).toEqual(['spec.boundObjectRef.kind']);
    expect(invalidFields(() => validateTokenRequest({ boundObjectRef: { kind: 'Pod', apiVersion: 'apps/v1' } }, settings))).toEqual(['spec.boundObjectRef.apiVersion', 'spec.boundObjectRef.name']);
  });

  it('refuses an empty audience', () => {
    expect(invalidFields(() => validateTokenRequest({ audiences: ['vault', ''] }, settings))).toEqual(['spec.audiences[1]']);
  });
});

describe('resolveBoundTokenSettings', () => {
  it('refuses a maximum below the minimum', () => {
    expect(() => resolveBoundTokenSettings({ maxExpirationSeconds: 60 })).toThrow(/at least the minimum/);
  });
});

describe('bound tokens', () => {
  let key: SigningKey;
  beforeAll(async () => {
    key = (await generateSigningKey()).key;
  });
  const now = Math.floor(Date.parse('2026-01-01T00:00:00Z') / 1000);
  const claims = {
    namespace: 'ns',
    serviceAccount: { name: 'builder', uid: 'sa-uid' },
    pod: { name: 'web-0', uid: 'pod-uid' },
    audiences: ['vault'],
    issuedAt: now,
    expiresAt: now + 600,
  };

  it("carry Kubernetes' claims: iss, sub, aud, iat, nbf, exp, jti and kubernetes.io", async () => {
    const token = await signBoundToken(key, ISSUER, claims);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', kid: key.kid });
    const payload = decodeJwt(token);
    expect(payload).toMatchObject({
      iss: ISSUER,
      sub: 'system:serviceaccount:ns:builder',
      aud: ['vault'],
      iat: now,
      nbf: now,
      exp: now + 600,
      'kubernetes.io': { namespace: 'ns', serviceaccount: { name: 'builder', uid: 'sa-uid' }, pod: { name: 'web-0', uid: 'pod-uid' } },
    });
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(isBoundTokenPayload(payload)).toBe(true);
  });

  it('verify within their lifetime and give back their claims', async () => {
    const token = await signBoundToken(key, ISSUER, claims);
    const got = await verifyBoundToken(key, token, { issuer: ISSUER, now: new Date((now + 599) * 1000) });
    expect(got).toMatchObject({ ...claims, id: expect.any(String) });
  });

  it('do not verify once expired', async () => {
    const token = await signBoundToken(key, ISSUER, claims);
    expect(await verifyBoundToken(key, token, { issuer: ISSUER, now: new Date((now + 600) * 1000) })).toBeNull();
  });

  it('do not verify long before they become valid', async () => {
    const token = await signBoundToken(key, ISSUER, claims);
    expect(await verifyBoundToken(key, token, { issuer: ISSUER, now: new Date((now - 120) * 1000) })).toBeNull();
  });

  it("do not verify with another issuer or another cluster's key", async () => {
    const token = await signBoundToken(key, ISSUER, claims);
    expect(await verifyBoundToken(key, token, { issuer: 'https://elsewhere', now: new Date(now * 1000) })).toBeNull();
    const other = (await generateSigningKey()).key;
    expect(await verifyBoundToken(other, token, { issuer: ISSUER, now: new Date(now * 1000) })).toBeNull();
  });

  it('are for the API server only when one of their audiences is an API audience', () => {
    expect(audienceAccepted({ audiences: ['vault'] }, DEFAULT_API_AUDIENCES)).toBe(false);
    expect(audienceAccepted({ audiences: ['vault', 'https://kubernetes.default.svc'] }, DEFAULT_API_AUDIENCES)).toBe(true);
  });
});
