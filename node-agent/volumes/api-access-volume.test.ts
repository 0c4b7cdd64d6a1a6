import { describe, expect, it } from 'vitest';
import type { Container } from '../pod-types.ts';
import { tokenAccess } from './api-access-volume.ts';

const DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
const VOLUME_DIR = '/pods/u/volumes/projected/kube-api-access-x7k2p';
const volumeDir = (name: string) => (name === 'kube-api-access-x7k2p' ? VOLUME_DIR : undefined);

const admitted: Container = {
  name: 'app',
  volumeMounts: [
    { name: 'data', mountPath: '/data' },
    { name: 'kube-api-access-x7k2p', mountPath: DIR, readOnly: true },
  ],
};

describe('tokenAccess', () => {
  it('keeps the admission’s mount and names the token in the token folder where the runtime mounts', () => {
    expect(tokenAccess(admitted, { canMount: true, volumeDir })).toEqual({ container: admitted, tokenFile: `${DIR}/token` });
  });

  it('leaves the admission’s mount out where the runtime cannot mount, and names the node’s file instead', () => {
    const { container, tokenFile } = tokenAccess(admitted, { canMount: false, volumeDir });
    expect(container.volumeMounts).toEqual([{ name: 'data', mountPath: '/data' }]);
    expect(tokenFile).toBe(`${VOLUME_DIR}/token`);
  });

  it('gives no token to a container with nothing at the token folder (automountServiceAccountToken: false, or an older pod)', () => {
    const plain: Container = { name: 'app', volumeMounts: [{ name: 'data', mountPath: '/data' }] };
    expect(tokenAccess(plain, { canMount: true, volumeDir })).toEqual({ container: plain });
    expect(tokenAccess({ name: 'app' }, { canMount: false, volumeDir })).toEqual({ container: { name: 'app' } });
  });

  it('keeps a mount of the pod’s own at the token folder as it is', () => {
    const own: Container = { name: 'app', volumeMounts: [{ name: 'mine', mountPath: `${DIR}/` }] };
    expect(tokenAccess(own, { canMount: true, volumeDir })).toEqual({ container: own, tokenFile: `${DIR}/token` });
    expect(tokenAccess(own, { canMount: false, volumeDir })).toEqual({ container: own });
  });
});
