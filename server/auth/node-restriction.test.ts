import { describe, expect, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import { admitNodeWrite, nodeMaySetLabel } from './node-restriction.ts';

const node = (metadata: Partial<KObject['metadata']> = {}, spec: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name: 'n1', ...metadata },
  spec,
});

describe('nodeMaySetLabel', () => {
  it("allows the kubelet's labels and its prefixes, and labels outside kubernetes.io and k8s.io", () => {
    for (const key of ['kubernetes.io/hostname', 'kubernetes.io/arch', 'kubernetes.io/os', 'node.kubernetes.io/instance-type', 'topology.kubernetes.io/zone', 'topology.kubernetes.io/region', 'beta.kubernetes.io/arch', 'failure-domain.beta.kubernetes.io/zone', 'kubelet.kubernetes.io/x', 'node.kubernetes.io/anything', 'disk', 'example.com/rack']) {
      expect(nodeMaySetLabel(key), key).toBe(true);
    }
  });
  it('refuses node-restriction.kubernetes.io/ labels and other kubernetes.io or k8s.io labels', () => {
    for (const key of ['node-restriction.kubernetes.io/trusted', 'x.node-restriction.kubernetes.io/y', 'node-role.kubernetes.io/control-plane', 'kubernetes.io/role', 'example.k8s.io/x', 'topology.kubernetes.io/rack']) {
      expect(nodeMaySetLabel(key), key).toBe(false);
    }
  });
});

describe('admitNodeWrite', () => {
  it('lets a node register with kubelet labels and taints, not with finalizers or ownerReferences', () => {
    expect(() => admitNodeWrite('n1', null, node({ labels: { 'kubernetes.io/hostname': 'n1' } }, { taints: [{ key: 'a', effect: 'NoSchedule' }] }))).not.toThrow();
    expect(() => admitNodeWrite('n1', null, node({ finalizers: ['x/y'] }))).toThrow(/finalizers/);
    expect(() => admitNodeWrite('n1', null, node({ ownerReferences: [{ apiVersion: 'v1', kind: 'Namespace', name: 'a', uid: 'u' }] }))).toThrow(/ownerReferences/);
    expect(() => admitNodeWrite('n1', null, node({ labels: { 'node-restriction.kubernetes.io/a': 'b' } }))).toThrow(/node-restriction.kubernetes.io\/a.*admins only/);
  });
  it('refuses changing taints, finalizers or restricted labels later, and leaves unchanged ones alone', () => {
    const current = node({ labels: { 'node-restriction.kubernetes.io/a': 'b', 'kubernetes.io/hostname': 'n1' }, finalizers: ['admin/keep'] }, { taints: [{ key: 'a', effect: 'NoSchedule' }] });
    const next = structuredClone(current);
    next.metadata.labels!['kubernetes.io/hostname'] = 'n1-renamed';
    expect(() => admitNodeWrite('n1', current, next)).not.toThrow();
    const removed = structuredClone(current);
    delete removed.metadata.labels!['node-restriction.kubernetes.io/a'];
    expect(() => admitNodeWrite('n1', current, removed)).toThrow(/modify the labels "node-restriction.kubernetes.io\/a"/);
    expect(() => admitNodeWrite('n1', current, { ...current, metadata: { ...current.metadata, finalizers: [] } })).toThrow(/finalizers/);
    expect(() => admitNodeWrite('n1', current, { ...current, spec: { taints: [] } })).toThrow(/taints/);
    expect(() => admitNodeWrite('n1', current, { ...current, status: { capacity: { cpu: '2' } } })).not.toThrow();
    expect(() => admitNodeWrite('n1', { ...current, spec: { ...current.spec, unschedulable: true } }, current)).toThrow(/spec.unschedulable/);
    expect(() => admitNodeWrite('n1', current, { ...current, metadata: { ...current.metadata, annotations: { note: 'x' } } })).not.toThrow();
  });
});
