import { describe, expect, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import { admitPodServiceAccount, apiAccessVolume, randomSuffix, type ServiceAccountAdmissionStore } from './service-account-admission.ts';

const DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** A store with these ServiceAccounts (namespace/name → object), counting its reads. */
function accounts(objects: Record<string, Partial<KObject>> = {}): ServiceAccountAdmissionStore & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async get(kind, namespace, name) {
      reads.push(`${kind} ${namespace}/${name}`);
      return (objects[`${namespace}/${name}`] as KObject | undefined) ?? null;
    },
  };
}

const pod = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', ...metadata }, spec }) as KObject;

/** Always picks the first character: suffixes are `bbbbb`. */
const first = { randomInt: () => 0 };

describe('admitPodServiceAccount', () => {
  it('adds kube-api-access-<suffix> and a read-only mount of it in every init, regular and ephemeral container', async () => {
    const out = await admitPodServiceAccount(
      accounts(),
      'shop',
      pod({ initContainers: [{ name: 'init' }], containers: [{ name: 'app', volumeMounts: [{ name: 'data', mountPath: '/data' }] }], ephemeralContainers: [{ name: 'debug' }], volumes: [{ name: 'data', emptyDir: {} }] }),
      first,
    );
    const mount = { name: 'kube-api-access-bbbbb', readOnly: true, mountPath: DIR };
    expect(out.spec.initContainers).toEqual([{ name: 'init', volumeMounts: [mount] }]);
    expect(out.spec.containers).toEqual([{ name: 'app', volumeMounts: [{ name: 'data', mountPath: '/data' }, mount] }]);
    expect(out.spec.ephemeralContainers).toEqual([{ name: 'debug', volumeMounts: [mount] }]);
    expect(out.spec.volumes).toEqual([
      { name: 'data', emptyDir: {} },
      {
        name: 'kube-api-access-bbbbb',
        projected: {
          sources: [
            { serviceAccountToken: { path: 'token', expirationSeconds: 3607 } },
            { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }], optional: true } },
            { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
          ],
        },
      },
    ]);
    expect(out.spec.serviceAccountName).toBe('default');
  });

  it('names the volume with five random lowercase letters and digits', async () => {
    const out = await admitPodServiceAccount(accounts(), 'shop', pod({ containers: [{ name: 'app' }] }));
    expect(out.spec.volumes[0].name).toMatch(/^kube-api-access-[a-z0-9]{5}$/);
    expect(randomSuffix(5, () => 26)).toBe('99999');
  });

  it('leaves the pod it was given unchanged', async () => {
    const given = pod({ containers: [{ name: 'app' }] });
    const copy = structuredClone(given);
    await admitPodServiceAccount(accounts(), 'shop', given);
    expect(given).toEqual(copy);
  });

  describe('when the token is not wanted', () => {
    it('adds nothing when the pod says automountServiceAccountToken: false, even if its account says true, and reads no account', async () => {
      const store = accounts({ 'shop/default': { automountServiceAccountToken: true } });
      const out = await admitPodServiceAccount(store, 'shop', pod({ automountServiceAccountToken: false, containers: [{ name: 'app' }] }));
      expect(out.spec.volumes).toBeUndefined();
      expect(out.spec.containers).toEqual([{ name: 'app' }]);
      expect(store.reads).toEqual([]);
    });

    it('adds nothing when the pod’s account says false and the pod says nothing', async () => {
      const store = accounts({ 'shop/robot': { automountServiceAccountToken: false } });
      const out = await admitPodServiceAccount(store, 'shop', pod({ serviceAccountName: 'robot', containers: [{ name: 'app' }] }));
      expect(out.spec.volumes).toBeUndefined();
      expect(store.reads).toEqual(['ServiceAccount shop/robot']);
    });

    it('mounts the token when the pod says true although its account says false', async () => {
      const store = accounts({ 'shop/robot': { automountServiceAccountToken: false } });
      const out = await admitPodServiceAccount(store, 'shop', pod({ serviceAccountName: 'robot', automountServiceAccountToken: true, containers: [{ name: 'app' }] }), first);
      expect(out.spec.volumes.map((v: { name: string }) => v.name)).toEqual(['kube-api-access-bbbbb']);
    });

    it('adds no volume when every container already mounts something at the token folder', async () => {
      const out = await admitPodServiceAccount(accounts(), 'shop', pod({ containers: [{ name: 'app', volumeMounts: [{ name: 'mine', mountPath: `${DIR}/` }] }], volumes: [{ name: 'mine', emptyDir: {} }] }));
      expect(out.spec.volumes).toEqual([{ name: 'mine', emptyDir: {} }]);
      expect(out.spec.containers[0].volumeMounts).toEqual([{ name: 'mine', mountPath: `${DIR}/` }]);
    });

    it('adds nothing to a mirror pod', async () => {
      const out = await admitPodServiceAccount(accounts(), 'shop', pod({ containers: [{ name: 'app' }] }, { annotations: { 'kubernetes.io/config.mirror': 'abc' } }));
      expect(out.spec).toEqual({ containers: [{ name: 'app' }] });
    });
  });

  it('mounts only the containers that have nothing at the token folder', async () => {
    const out = await admitPodServiceAccount(
      accounts(),
      'shop',
      pod({ containers: [{ name: 'own', volumeMounts: [{ name: 'mine', mountPath: DIR }] }, { name: 'other' }], volumes: [{ name: 'mine', emptyDir: {} }] }),
      first,
    );
    expect(out.spec.containers[0].volumeMounts).toEqual([{ name: 'mine', mountPath: DIR }]);
    expect(out.spec.containers[1].volumeMounts).toEqual([{ name: 'kube-api-access-bbbbb', readOnly: true, mountPath: DIR }]);
  });

  it('gives a pod read back from the cluster no second volume', async () => {
    const once = await admitPodServiceAccount(accounts(), 'shop', pod({ containers: [{ name: 'app' }] }));
    const twice = await admitPodServiceAccount(accounts(), 'shop', structuredClone(once));
    expect(twice).toEqual(once);
  });

  it('reuses a kube-api-access-* volume the pod brings for containers that lack the mount', async () => {
    const out = await admitPodServiceAccount(accounts(), 'shop', pod({ containers: [{ name: 'app' }], volumes: [apiAccessVolume('kube-api-access-x7k2p')] }));
    expect(out.spec.volumes.map((v: { name: string }) => v.name)).toEqual(['kube-api-access-x7k2p']);
    expect(out.spec.containers[0].volumeMounts).toEqual([{ name: 'kube-api-access-x7k2p', readOnly: true, mountPath: DIR }]);
  });

  describe('spec.serviceAccountName', () => {
    it('is default when empty', async () => {
      expect((await admitPodServiceAccount(accounts(), 'shop', pod({ serviceAccountName: '', automountServiceAccountToken: false, containers: [] }))).spec.serviceAccountName).toBe('default');
    });

    it('comes from the deprecated serviceAccount when only that is set', async () => {
      const store = accounts();
      const out = await admitPodServiceAccount(store, 'shop', pod({ serviceAccount: 'robot', containers: [{ name: 'app' }] }));
      expect(out.spec.serviceAccountName).toBe('robot');
      expect(store.reads).toEqual(['ServiceAccount shop/robot']);
    });
  });
});
