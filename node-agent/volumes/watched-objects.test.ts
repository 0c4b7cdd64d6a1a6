import { describe, expect, it } from 'vitest';
import type { Pod } from '../pod-types.ts';
import { objectBytes, volumeObjectRefs } from './watched-objects.ts';

describe('volumeObjectRefs', () => {
  it('names each ConfigMap and Secret the volumes show once, projected sources included, and nothing else', () => {
    const pod: Pod = {
      metadata: { name: 'web', namespace: 'shop', uid: 'u' },
      spec: {
        containers: [{ name: 'app', env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'env-only', key: 'x' } } }] }],
        volumes: [
          { name: 'a', configMap: { name: 'settings' } },
          { name: 'b', secret: { secretName: 'creds' } },
          { name: 'c', projected: { sources: [{ configMap: { name: 'kube-root-ca.crt' } }, { secret: { name: 'creds' } }, { serviceAccountToken: { path: 'token' } }] } },
          { name: 'd', emptyDir: {} },
        ],
      },
    };
    expect(volumeObjectRefs(pod)).toEqual([
      { kind: 'ConfigMap', namespace: 'shop', name: 'settings' },
      { kind: 'Secret', namespace: 'shop', name: 'creds' },
      { kind: 'ConfigMap', namespace: 'shop', name: 'kube-root-ca.crt' },
    ]);
  });
});

describe('objectBytes', () => {
  it('reads ConfigMap data as text and binaryData as base64, and Secret data as base64', () => {
    expect(objectBytes('ConfigMap', { data: { a: 'hi' }, binaryData: { b: 'AAE=' } })).toEqual({ a: Buffer.from('hi'), b: Buffer.from([0, 1]) });
    expect(objectBytes('Secret', { data: { p: 'c2Vjb25k' } })).toEqual({ p: Buffer.from('second') });
    expect(objectBytes('Secret', { data: null })).toEqual({});
  });
});
