import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { localPathStorageClass } from '../../server/storage/default-storage-class.ts';
import { SELECTED_NODE_ANNOTATION } from '../../server/storage/persistentvolume-binder.ts';
import { DEFAULT_LOCAL_PATH_ROOT, localPathRootFromEnv, localPathVolume, missingCleanupMarks, nodeForClaim } from './persistentvolume-provisioner.ts';

const claim = (annotations?: Record<string, string>): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', namespace: 'default', uid: 'u1', resourceVersion: '7', ...(annotations ? { annotations } : {}) },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'local-path', volumeMode: 'Filesystem' },
});
const node = (name: string, ready = true, labels: Record<string, string> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels },
  status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});
const pod = (name: string, nodeName?: string): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: { ...(nodeName ? { nodeName } : {}), containers: [{ name: 'c' }], volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }] },
});

describe('nodeForClaim', () => {
  const wffc = localPathStorageClass();
  const immediate = { ...localPathStorageClass(), volumeBindingMode: 'Immediate' };

  it('waits for the first consumer: the scheduler-selected node, else the node a pod using it is bound to', () => {
    expect(nodeForClaim(claim(), wffc, [pod('p')], [node('n1')], [])).toBeUndefined();
    expect(nodeForClaim(claim({ [SELECTED_NODE_ANNOTATION]: 'n2' }), wffc, [], [node('n1')], [])).toBe('n2');
    expect(nodeForClaim(claim(), wffc, [pod('p'), pod('q', 'n3')], [], [])).toBe('n3');
  });

  it('binds immediately on the Ready node with the fewest local-path volumes', () => {
    const onN1 = localPathVolume({ ...claim(), metadata: { ...claim().metadata, uid: 'u0' } }, immediate, 'n1', '/v');
    expect(nodeForClaim(claim(), immediate, [], [node('n1'), node('n2'), node('n0', false)], [onN1])).toBe('n2');
    expect(nodeForClaim(claim(), immediate, [], [node('n0', false)], [])).toBeUndefined();
  });
});

describe('localPathVolume', () => {
  it("is a DirectoryOrCreate hostPath under the root named pvc-<uid>, pre-bound, pinned to the node's hostname, with the class's policy, labelled with its node and held by the cleanup finalizer", () => {
    const pv = localPathVolume(claim(), localPathStorageClass(), node('n1', true, { 'kubernetes.io/hostname': 'host-1' }), '/var/lib/capstan/volumes');
    expect(pv.metadata.name).toBe('pvc-u1');
    expect(pv.metadata.labels).toEqual({ 'kubernetes.io/hostname': 'host-1', 'capstan.io/local-path-node': 'n1' });
    expect(pv.metadata.finalizers).toEqual(['capstan.io/local-path-cleanup']);
    expect(pv.spec).toMatchObject({
      capacity: { storage: '1Gi' },
      accessModes: ['ReadWriteOnce'],
      persistentVolumeReclaimPolicy: 'Delete',
      storageClassName: 'local-path',
      claimRef: { namespace: 'default', name: 'data', uid: 'u1' },
      hostPath: { path: '/var/lib/capstan/volumes/pvc-u1', type: 'DirectoryOrCreate' },
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['host-1'] }] }] } },
    });
  });

  it('takes its root from CAPSTAN_LOCAL_PATH_ROOT, which must be absolute', () => {
    expect(localPathRootFromEnv({})).toBe(DEFAULT_LOCAL_PATH_ROOT);
    expect(localPathRootFromEnv({ CAPSTAN_LOCAL_PATH_ROOT: '/data/vols/' })).toBe('/data/vols');
    expect(() => localPathRootFromEnv({ CAPSTAN_LOCAL_PATH_ROOT: 'rel' })).toThrow(/absolute/);
  });
});

describe('missingCleanupMarks', () => {
  it('names the node of a local-path volume provisioned before the node label (from its capstan.io/node annotation), and nothing else', () => {
    const old: KObject = { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pvc-1', annotations: { 'pv.kubernetes.io/provisioned-by': 'capstan.io/local-path', 'capstan.io/node': 'n1' } }, spec: {} };
    expect(missingCleanupMarks(old)).toBe('n1');
    expect(missingCleanupMarks(localPathVolume(claim(), localPathStorageClass(), 'n1', '/v'))).toBeUndefined();
    expect(missingCleanupMarks({ ...old, metadata: { ...old.metadata, deletionTimestamp: '2026-01-01T00:00:00Z' } })).toBeUndefined();
    expect(missingCleanupMarks({ ...old, metadata: { name: 'manual', annotations: { 'capstan.io/node': 'n1' } } })).toBeUndefined();
  });
});
