import { describe, expect, it } from 'vitest';
import { secret } from './secret.ts';
import type { KObject } from './types.ts';

function makeSecret(fields: Record<string, any> = {}): KObject {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'default' }, ...fields };
}

function problems(obj: KObject, old?: KObject): string[] {
  secret.applyDefaults(obj);
  if (old) secret.applyDefaults(old);
  return secret.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

describe('secret', () => {
  describe('applyDefaults', () => {
    it('makes secrets Opaque by default', () => {
      const s = makeSecret();
      secret.applyDefaults(s);
      expect(s.type).toBe('Opaque');
    });

    it('merges stringData into data, base64-encoded, and drops it like the API server', () => {
      const s = makeSecret({ data: { user: 'YWRtaW4=', password: 'b2xk' }, stringData: { password: 'pässword', extra: 'x' } });
      secret.applyDefaults(s);
      expect(s.stringData).toBeUndefined();
      expect(s.data).toEqual({
        user: 'YWRtaW4=',
        password: Buffer.from('pässword').toString('base64'),
        extra: 'eA==',
      });
    });

    it('leaves stringData with non-string values for validation to report', () => {
      const s = makeSecret({ stringData: { port: 5432 } });
      expect(problems(s)).toEqual(['stringData[port]: Invalid value: "<redacted>": must be a string (quote it in YAML)']);
    });
  });

  describe('validate', () => {
    it('rejects data that is not base64 without echoing it', () => {
      const found = problems(makeSecret({ data: { password: 'hunter2!' } }));
      expect(found).toEqual([
        'data[password]: Invalid value: "<redacted>": must be base64-encoded (illegal base64 data at input byte 7); use stringData for plain text',
      ]);
      expect(found.join()).not.toContain('hunter2');
    });

    it('checks keys', () => {
      expect(problems(makeSecret({ data: { 'a/b': 'YQ==' } }))[0]).toContain("data[a/b]: Invalid value: \"a/b\": a valid config key must consist of alphanumeric characters");
    });

    it('limits data to 1 MiB', () => {
      const big = Buffer.alloc(1024 * 1024 + 1).toString('base64');
      expect(problems(makeSecret({ data: { big } }))).toEqual(['data: Too long: must have at most 1048576 bytes']);
    });

    it.each([
      ['kubernetes.io/tls', { 'tls.crt': 'YQ==' }, 'data[tls.key]: Required value'],
      ['kubernetes.io/dockerconfigjson', {}, 'data[.dockerconfigjson]: Required value'],
      ['kubernetes.io/ssh-auth', {}, 'data[ssh-privatekey]: Required value'],
      ['kubernetes.io/basic-auth', {}, 'data[username]: Required value'],
      ['kubernetes.io/service-account-token', {}, 'metadata.annotations[kubernetes.io/service-account.name]: Required value'],
    ])('wants the keys a %s secret needs', (type, data, expected) => {
      const found = problems(makeSecret({ type, data }));
      expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
    });

    it('accepts a service account token that names its account', () => {
      const s = makeSecret({ type: 'kubernetes.io/service-account-token', data: { token: 'dG9r' } });
      s.metadata.annotations = { 'kubernetes.io/service-account.name': 'default' };
      expect(problems(s)).toEqual([]);
    });

    it('keeps the type immutable', () => {
      expect(problems(makeSecret({ type: 'kubernetes.io/tls', data: { 'tls.crt': 'YQ==', 'tls.key': 'YQ==' } }), makeSecret())).toEqual([
        'type: Invalid value: "kubernetes.io/tls": field is immutable',
      ]);
    });

    it('keeps the data of an immutable secret', () => {
      const old = makeSecret({ immutable: true, data: { a: 'YQ==' } });
      expect(problems(makeSecret({ immutable: true, data: { a: 'Yg==' } }), old)).toEqual(['data: Forbidden: field is immutable when `immutable` is set']);
      expect(problems(makeSecret({ data: { a: 'YQ==' } }), old)).toEqual(['immutable: Forbidden: field is immutable when `immutable` is set']);
    });

    it('reads type for field selectors', () => {
      expect(secret.fieldSelectors.type!(makeSecret({ type: 'Opaque' }))).toBe('Opaque');
    });
  });
});
