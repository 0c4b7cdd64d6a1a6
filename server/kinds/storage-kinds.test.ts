import { describe, expect, it } from 'vitest';
import type { KindDefinition } from './kind-definition.ts';
import { persistentVolume } from './persistentvolume.ts';
import { persistentVolumeClaim } from './persistentvolumeclaim.ts';
import { storageClass } from './storageclass.ts';
import type { KObject } from './types.ts';

function problems(def: KindDefinition, obj: KObject, old?: KObject): string[] {
  def.applyDefaults(obj);
  if (old) def.applyDefaults(old);
  return def.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

const pv = (spec: Record<string, any> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name: 'pv1' },
  spec: { capacity: { storage: '1024Mi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/srv/pv1' }, ...spec },
});

const pvc = (spec: Record<string, any> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', namespace: 'default' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
});

describe('persistentVolume', () => {
  it("fills Kubernetes' defaults: Retain, Filesystem, phase Pending, canonical capacity", () => {
    const v = pv();
    expect(problems(persistentVolume, v)).toEqual([]);
    expect(v.spec).toMatchObject({ persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem', capacity: { storage: '1Gi' }, hostPath: { type: '' } });
    expect(v.status).toEqual({ phase: 'Pending' });
  });

  it('needs a capacity, access modes and exactly one supported volume source', () => {
    expect(problems(persistentVolume, pv({ capacity: undefined, accessModes: [], hostPath: undefined }))).toEqual([
      'spec.capacity: Required value',
      'spec.accessModes: Required value',
      'spec: Required value: must specify a volume type',
    ]);
    expect(problems(persistentVolume, pv({ nfs: { server: 'x', path: '/' } }))).toEqual([
      'spec.nfs: Forbidden: volume type "nfs" is not supported (supported: hostPath, local)',
      'spec.nfs: Forbidden: may not specify more than 1 volume type',
    ]);
  });

  it('asks a local volume for the node affinity that says where it is', () => {
    expect(problems(persistentVolume, pv({ hostPath: undefined, local: { path: '/mnt/a' } }))).toEqual(['spec.nodeAffinity: Required value: Local volume requires node affinity']);
    const affinity = { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['n1'] }] }] } };
    expect(problems(persistentVolume, pv({ hostPath: undefined, local: { path: '/mnt/a' }, nodeAffinity: affinity }))).toEqual([]);
  });

  it('keeps the volume source immutable but lets the claimRef and reclaim policy change', () => {
    const old = pv();
    expect(problems(persistentVolume, pv({ hostPath: { path: '/srv/other' } }), old)).toEqual(['spec.hostPath: Forbidden: field is immutable']);
    expect(problems(persistentVolume, pv({ claimRef: { namespace: 'default', name: 'data' }, persistentVolumeReclaimPolicy: 'Delete' }), pv())).toEqual([]);
  });
});

describe('persistentVolumeClaim', () => {
  it('defaults volumeMode and phase, and needs access modes and a storage request', () => {
    const c = pvc();
    expect(problems(persistentVolumeClaim, c)).toEqual([]);
    expect(c.spec.volumeMode).toBe('Filesystem');
    expect(c.status).toEqual({ phase: 'Pending' });
    expect(problems(persistentVolumeClaim, pvc({ accessModes: ['ReadWriteSometimes'], resources: { requests: {} } }))).toEqual([
      'spec.accessModes[0]: Unsupported value: "ReadWriteSometimes": supported values: "ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"',
      'spec.resources.requests[storage]: Required value',
    ]);
  });

  it('lets the binder fill volumeName in once, a class be given once, and the request grow, and nothing else change', () => {
    expect(problems(persistentVolumeClaim, pvc({ volumeName: 'pv1', storageClassName: 'local-path' }), pvc())).toEqual([]);
    expect(problems(persistentVolumeClaim, pvc({ resources: { requests: { storage: '2Gi' } } }), pvc())).toEqual([]);
    expect(problems(persistentVolumeClaim, pvc({ volumeName: 'pv2' }), pvc({ volumeName: 'pv1' }))).toHaveLength(1);
    expect(problems(persistentVolumeClaim, pvc({ accessModes: ['ReadWriteMany'] }), pvc())).toHaveLength(1);
    expect(problems(persistentVolumeClaim, pvc({ storageClassName: 'b' }), pvc({ storageClassName: 'a' }))).toHaveLength(1);
    expect(problems(persistentVolumeClaim, pvc({ resources: { requests: { storage: '1Mi' } } }), pvc())).toEqual([
      'spec.resources.requests.storage: Forbidden: field can not be less than previous value',
    ]);
  });
});

describe('storageClass', () => {
  it('defaults reclaimPolicy Delete and volumeBindingMode Immediate, and keeps them immutable', () => {
    const sc: KObject = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'capstan.io/local-path' };
    expect(problems(storageClass, sc)).toEqual([]);
    expect(sc).toMatchObject({ reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate' });
    const changed = { ...structuredClone(sc), volumeBindingMode: 'WaitForFirstConsumer' };
    expect(problems(storageClass, changed, sc)).toEqual(['volumeBindingMode: Forbidden: updates to volumeBindingMode are forbidden.']);
  });

  it('needs a provisioner and refuses Recycle', () => {
    const sc: KObject = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, reclaimPolicy: 'Recycle' };
    expect(problems(storageClass, sc)).toEqual(['provisioner: Required value', 'reclaimPolicy: Unsupported value: "Recycle": supported values: "Delete", "Retain"']);
  });
});
