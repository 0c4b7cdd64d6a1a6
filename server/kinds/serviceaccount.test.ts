import { describe, expect, it } from 'vitest';
import { serviceAccount } from './serviceaccount.ts';
import type { KObject } from './types.ts';

function makeServiceAccount(fields: Record<string, any> = {}): KObject {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' }, ...fields };
}

describe('serviceAccount', () => {
  it('accepts secrets and image pull secrets by name', () => {
    const sa = makeServiceAccount({ secrets: [{ name: 'default-token-abcde' }], imagePullSecrets: [{ name: 'registry' }], automountServiceAccountToken: false });
    serviceAccount.applyDefaults(sa);
    expect(serviceAccount.validate(sa)).toEqual([]);
  });

  it('wants names in its secret references', () => {
    const sa = makeServiceAccount({ secrets: [{}], imagePullSecrets: [{ name: 'Bad_Name' }] });
    expect(serviceAccount.validate(sa).map((e) => `${e.field}: ${e.message}`)).toEqual([
      'secrets[0].name: Required value',
      expect.stringContaining('imagePullSecrets[0].name: Invalid value: "Bad_Name"'),
    ]);
  });
});
