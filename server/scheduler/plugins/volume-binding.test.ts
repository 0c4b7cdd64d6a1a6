import { describe, expect, it } from 'vitest';
import type { KObject } from '../../kinds/types.ts';
import { localPathStorageClass } from '../../storage/default-storage-class.ts';
import { buildSnapshot, buildStorageSnapshot } from '../snapshot.ts';
import { claimsAwaitingNode, ERR_REASON_BIND_CONFLICT, ERR_REASON_NODE_CONFLICT, ERR_REASON_UNBOUND_IMMEDIATE, volumeBinding } from './volume-binding.ts';

const node = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name } }, status: { allocatable: { cpu: '4', memory: '8Gi', pods: '110' } } });
const pod = (...claims: string[]): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'default' },
  spec: { containers: [{ name: 'c' }], volumes: claims.map((c) => ({ name: c, persistentVolumeClaim: { claimName: c } })) },
});
const claim = (name: string, spec: Record<string, any>): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name, namespace: 'default', uid: `uid-${name}` },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
});
const onNode = (name: string, nodeName: string, spec: Record<string, any> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name },
  spec: {
    capacity: { storage: '1Gi' },
    accessModes: ['ReadWriteOnce'],
    hostPath: { path: `/v/${name}` },
    nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [nodeName] }] }] } },
    ...spec,
  },
  status: { phase: 'Available' },
});
const manual = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'manual' }, provisioner: 'kubernetes.io/no-provisioner', volumeBindingMode: 'WaitForFirstConsumer' } as KObject;
const immediate = { ...manual, metadata: { name: 'fast' }, volumeBindingMode: 'Immediate' } as KObject;

function verdicts(p: KObject, claims: KObject[], volumes: KObject[]): Record<string, string> {
  const snapshot = buildSnapshot([node('n1'), node('n2')], [], [], buildStorageSnapshot(claims, volumes, [localPathStorageClass(), manual, immediate]));
  const state = volumeBinding.preFilter!(p, snapshot);
  const out: Record<string, string> = {};
  for (const info of snapshot.nodeList) {
    const s = volumeBinding.filter(p, info, snapshot, state);
    out[info.name] = s.code === 'Success' ? 'ok' : s.reasons.join(',');
  }
  return out;
}

describe('VolumeBinding', () => {
  it('lets a pod without claims, or without storage in the snapshot, go anywhere', () => {
    expect(verdicts(pod(), [], [])).toEqual({ n1: 'ok', n2: 'ok' });
    const snapshot = buildSnapshot([node('n1')], []);
    expect(volumeBinding.filter(pod('data'), snapshot.nodeList[0]!, snapshot).code).toBe('Success');
  });

  it("keeps a pod whose claim is bound to a node's volume on that node", () => {
    expect(verdicts(pod('data'), [claim('data', { volumeName: 'pv1', storageClassName: 'local-path' })], [onNode('pv1', 'n2')])).toEqual({ n1: ERR_REASON_NODE_CONFLICT, n2: 'ok' });
  });

  it('refuses a missing claim, a claim bound to a missing volume, and an unbound Immediate claim everywhere', () => {
    expect(verdicts(pod('data'), [], [])).toEqual({ n1: 'persistentvolumeclaim "data" not found', n2: 'persistentvolumeclaim "data" not found' });
    expect(verdicts(pod('data'), [claim('data', { volumeName: 'gone' })], []).n1).toBe('pvc data is bound to non-existent pv gone');
    expect(verdicts(pod('data'), [claim('data', { storageClassName: 'fast' })], []).n1).toBe(ERR_REASON_UNBOUND_IMMEDIATE);
  });

  it('lets a WaitForFirstConsumer local-path claim go anywhere, and a claim without provisioner only where a free volume is', () => {
    expect(verdicts(pod('data'), [claim('data', { storageClassName: 'local-path' })], [])).toEqual({ n1: 'ok', n2: 'ok' });
    const free = onNode('pv1', 'n1', { storageClassName: 'manual' });
    expect(verdicts(pod('data'), [claim('data', { storageClassName: 'manual' })], [free])).toEqual({ n1: 'ok', n2: ERR_REASON_BIND_CONFLICT });
  });

  it('names the unbound WaitForFirstConsumer claims the scheduler must annotate', () => {
    const storage = buildStorageSnapshot([claim('a', { storageClassName: 'local-path' }), claim('b', { storageClassName: 'local-path', volumeName: 'pv1' }), claim('c', { storageClassName: 'fast' })], [], [localPathStorageClass(), immediate]);
    expect(claimsAwaitingNode(pod('a', 'b', 'c'), storage).map((c) => c.metadata.name)).toEqual(['a']);
  });
});
