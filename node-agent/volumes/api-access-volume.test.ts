import { describe, expect, it } from 'vitest';
import type { Pod } from '../pod-types.ts';
import { apiAccessMount, apiAccessVolumeOf, automountsToken, tokenFileFor, withApiAccessVolume } from './api-access-volume.ts';

const DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

function pod(spec: Partial<Pod['spec']> = {}): Pod {
  return { metadata: { name: 'web', namespace: 'shop', uid: '7f3a9c1e-0000-4000-8000-000000000001' }, spec: { containers: [{ name: 'app' }], ...spec } };
}

describe('automountsToken', () => {
  it('follows the pod, then its account, and mounts when neither says', () => {
    expect(automountsToken(false, true)).toBe(false);
    expect(automountsToken(true, false)).toBe(true);
    expect(automountsToken(undefined, false)).toBe(false);
    expect(automountsToken(undefined, undefined)).toBe(true);
  });
});

describe('withApiAccessVolume', () => {
  it('adds kube-api-access-<id>: a 3607 s bound token, ca.crt from kube-root-ca.crt and the namespace', () => {
    const v = apiAccessVolumeOf(withApiAccessVolume(pod(), true));
    expect(v).toEqual({
      name: 'kube-api-access-7f3a9',
      projected: {
        sources: [
          { serviceAccountToken: { path: 'token', expirationSeconds: 3607 } },
          { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }], optional: true } },
          { downwardAPI: { items: [{ path: 'namespace', fieldRef: { fieldPath: 'metadata.namespace' } }] } },
        ],
      },
    });
  });

  it('adds nothing when the pod opts out, when every container mounts the token folder itself, or when it has its own kube-api-access volume', () => {
    expect(withApiAccessVolume(pod(), false).spec.volumes).toBeUndefined();
    const own = pod({ volumes: [{ name: 'mine', emptyDir: {} }], containers: [{ name: 'app', volumeMounts: [{ name: 'mine', mountPath: `${DIR}/` }] }] });
    expect(withApiAccessVolume(own, true)).toBe(own);
    const copied = pod({ volumes: [{ name: 'kube-api-access-x1y2z', projected: { sources: [] } }] });
    expect(withApiAccessVolume(copied, true)).toBe(copied);
  });
});

describe('apiAccessMount', () => {
  it('mounts the volume read-only at the token folder in containers that have nothing there', () => {
    const p = withApiAccessVolume(pod({ initContainers: [{ name: 'init', volumeMounts: [{ name: 'x', mountPath: DIR }] }] }), true);
    expect(apiAccessMount(p, p.spec.containers[0]!, true)).toEqual({ name: 'kube-api-access-7f3a9', mountPath: DIR, readOnly: true });
    expect(apiAccessMount(p, p.spec.initContainers![0]!, true)).toBeUndefined();
    expect(apiAccessMount(p, p.spec.containers[0]!, false)).toBeUndefined();
  });
});

describe('tokenFileFor', () => {
  const mounted = { name: 'app', volumeMounts: [{ name: 'kube-api-access-7f3a9', mountPath: DIR, readOnly: true }] };
  it('names the mounted token where the runtime mounts, the node file where it cannot, and nothing without the volume', () => {
    expect(tokenFileFor(mounted, { automount: true, canMount: true, volumeDir: '/pods/u/volumes/projected/kube-api-access-7f3a9' })).toBe(`${DIR}/token`);
    expect(tokenFileFor({ name: 'app' }, { automount: true, canMount: false, volumeDir: '/pods/u/volumes/projected/kube-api-access-7f3a9' })).toBe('/pods/u/volumes/projected/kube-api-access-7f3a9/token');
    expect(tokenFileFor(mounted, { automount: false, canMount: true, volumeDir: '/x' })).toBeUndefined();
    expect(tokenFileFor({ name: 'app' }, { automount: true, canMount: false })).toBeUndefined();
  });
});
