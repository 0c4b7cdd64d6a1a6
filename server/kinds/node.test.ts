import { describe, expect, it } from 'vitest';
import { node } from './node.ts';
import type { KObject } from './types.ts';

function makeNode(spec: Record<string, any> = {}, status?: Record<string, any>): KObject {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1.example.com' }, spec, ...(status ? { status } : {}) };
}

function problems(obj: KObject, old?: KObject): string[] {
  node.applyDefaults(obj);
  if (old) node.applyDefaults(old);
  return node.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

describe('node', () => {
  it('accepts a node as an agent registers it', () => {
    const n = makeNode(
      { podCIDR: '127.64.1.0/24', podCIDRs: ['127.64.1.0/24'], taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] },
      {
        capacity: { cpu: '4', memory: '8Gi', pods: '110' },
        addresses: [{ type: 'InternalIP', address: '127.0.0.1' }, { type: 'Hostname', address: 'node-1' }],
        conditions: [{ type: 'Ready', status: 'True' }],
        nodeInfo: { architecture: 'amd64', operatingSystem: 'linux' },
      },
    );
    expect(problems(n)).toEqual([]);
  });

  it('copies capacity into allocatable when none is reported, in canonical form', () => {
    const n = makeNode({}, { capacity: { cpu: 4, memory: '8192Mi' } });
    node.applyDefaults(n);
    expect(n.status.allocatable).toEqual({ cpu: '4', memory: '8Gi' });
  });

  it('clears a namespace given in a manifest, as Kubernetes does for cluster-scoped kinds', () => {
    const n = makeNode();
    n.metadata.namespace = 'default';
    node.applyDefaults(n);
    expect(n.metadata.namespace).toBeUndefined();
  });

  it.each([
    ['a taint without effect', { taints: [{ key: 'k' }] }, 'spec.taints[0].effect: Required value'],
    ['a bad taint effect', { taints: [{ key: 'k', effect: 'NoRun' }] }, 'spec.taints[0].effect: Unsupported value: "NoRun": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"'],
    ['a taint without key', { taints: [{ effect: 'NoSchedule' }] }, 'spec.taints[0].key: Required value'],
    ['a bad taint key', { taints: [{ key: 'a b', effect: 'NoSchedule' }] }, 'spec.taints[0].key: Invalid value: "a b"'],
    [
      'duplicate taints',
      { taints: [{ key: 'k', effect: 'NoSchedule' }, { key: 'k', value: 'v', effect: 'NoSchedule' }] },
      'spec.taints[1]: Invalid value: {"key":"k","effect":"NoSchedule"}: taints must be unique by key and effect pair',
    ],
    ['a bad podCIDR', { podCIDR: '127.64.1.0' }, 'spec.podCIDR: Invalid value: "127.64.1.0": must be a valid CIDR'],
    ['a non-boolean unschedulable', { unschedulable: 'yes' }, 'spec.unschedulable: Invalid value: "yes": must be a boolean'],
  ])('rejects %s', (_name, spec, expected) => {
    const found = problems(makeNode(spec));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('rejects bad capacities', () => {
    expect(problems(makeNode({}, { capacity: { cpu: 'four' } }))).toContain("status.capacity.cpu: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  });

  it('lets podCIDR be assigned once but never moved', () => {
    expect(problems(makeNode({ podCIDR: '127.64.1.0/24' }), makeNode())).toEqual([]);
    expect(problems(makeNode({ podCIDR: '127.64.2.0/24' }), makeNode({ podCIDR: '127.64.1.0/24' }))).toEqual([
      'spec.podCIDR: Forbidden: node updates may not change podCIDR except from "" to valid',
    ]);
  });

  it('reads spec.unschedulable as "true" or "false"', () => {
    expect(node.fieldSelectors['spec.unschedulable']!(makeNode())).toBe('false');
    expect(node.fieldSelectors['spec.unschedulable']!(makeNode({ unschedulable: true }))).toBe('true');
  });
});
