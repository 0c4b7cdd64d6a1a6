import { describe, expect, it } from 'vitest';
import { expectInvalid } from '../testing.ts';
import type { KObject } from '../kinds/types.ts';
import { parseFieldSelector } from './field-selector.ts';

function makePod(nodeName: string | undefined, phase = 'Pending'): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-1', namespace: 'shop' },
    spec: { nodeName, restartPolicy: 'Always', containers: [] },
    status: { phase },
  };
}


describe('parseFieldSelector', () => {
  describe('matches pods', () => {
    const bound = makePod('n1', 'Running');
    const unbound = makePod(undefined);
    const cases: Array<[string, KObject, boolean]> = [
      ['', bound, true],
      ['spec.nodeName=n1', bound, true],
      ['spec.nodeName==n1', bound, true],
      ['spec.nodeName=n2', bound, false],
      ['spec.nodeName!=n1', bound, false],
      ['spec.nodeName=', unbound, true],
      ['spec.nodeName=', bound, false],
      ['spec.nodeName!=', bound, true],
      ['status.phase=Running,spec.nodeName=n1', bound, true],
      ['status.phase=Running,spec.nodeName=n1', unbound, false],
      ['metadata.name=web-1,metadata.namespace=shop', bound, true],
      ['spec.hostNetwork=false', bound, true],
      [' spec.nodeName = n1 ', bound, true],
      ['spec.nodeName=n1,', bound, true],
    ];
    it.each(cases)('%j is %s', (selector, obj, expected) => {
      expect(parseFieldSelector(selector, 'Pod').matches(obj)).toBe(expected);
    });
  });

  it('reads booleans and counts as Kubernetes prints them', () => {
    const node: KObject = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' }, spec: {} };
    expect(parseFieldSelector('spec.unschedulable=false', 'Node').matches(node)).toBe(true);
    expect(parseFieldSelector('spec.unschedulable=true', 'Node').matches({ ...node, spec: { unschedulable: true } })).toBe(true);
    const rs: KObject = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'r' }, status: { replicas: 3 } };
    expect(parseFieldSelector('status.replicas=3', 'ReplicaSet').matches(rs)).toBe(true);
    expect(parseFieldSelector('status.replicas=0', 'ReplicaSet').matches({ ...rs, status: undefined })).toBe(true);
  });

  it('reads Event fields, with source meaning source.component', () => {
    const ev: KObject = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'e', namespace: 'default' },
      involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'default' },
      reason: 'Scheduled',
      type: 'Normal',
      source: { component: 'default-scheduler' },
    };
    const s = parseFieldSelector('involvedObject.kind=Pod,involvedObject.name=web-1,reason=Scheduled,source=default-scheduler,type=Normal', 'Event');
    expect(s.matches(ev)).toBe(true);
  });

  it('unescapes commas, equals signs and backslashes in values', () => {
    const s = parseFieldSelector('metadata.name=a\\,b\\=c\\\\d', 'ConfigMap');
    expect(s.requirements[0]!.value).toBe('a,b=c\\d');
    expect(s.toString()).toBe('metadata.name=a\\,b\\=c\\\\d');
  });

  it('sorts terms and prints == as =', () => {
    expect(parseFieldSelector('status.phase!=Failed,spec.nodeName==n1', 'Pod').toString()).toBe('spec.nodeName=n1,status.phase!=Failed');
  });

  it('is empty for empty, blank and missing selectors', () => {
    expect(parseFieldSelector('', 'Pod').isEmpty()).toBe(true);
    expect(parseFieldSelector(undefined, 'Pod').isEmpty()).toBe(true);
    expect(parseFieldSelector(null, 'Pod').isEmpty()).toBe(true);
    expect(parseFieldSelector(' , ', 'Pod').isEmpty()).toBe(true);
  });

  describe('equalities', () => {
    it('returns = and == terms with values that jsonb containment can check', () => {
      const s = parseFieldSelector('spec.nodeName=n1,status.phase==Running,metadata.name!=x', 'Pod');
      expect(s.equalities()).toEqual({ 'spec.nodeName': 'n1', 'status.phase': 'Running' });
    });

    it('leaves out empty values, which match absent fields', () => {
      expect(parseFieldSelector('spec.nodeName=', 'Pod').equalities()).toEqual({});
    });

    it('leaves out derived fields', () => {
      expect(parseFieldSelector('spec.unschedulable=true', 'Node').equalities()).toEqual({});
      expect(parseFieldSelector('source=kubelet,type=Warning', 'Event').equalities()).toEqual({ type: 'Warning' });
    });
  });

  describe('rejects', () => {
    it.each([
      ['spec.foo=bar', 'Pod', 'field label not supported: spec.foo'],
      ['spec.nodeName=n1', 'Service', 'field label not supported: spec.nodeName'],
      ['status.phase=Active', 'Node', 'field label not supported: status.phase'],
      ['type=Opaque', 'ConfigMap', 'field label not supported: type'],
      ['spec.nodeName', 'Pod', 'is not of the form field=value'],
      ['=n1', 'Pod', 'missing field name'],
      ['spec.nodeName=a=b', 'Pod', 'unescaped "=" in the value of spec.nodeName'],
      ['spec.nodeName=a\\b', 'Pod', 'invalid escape sequence "\\b"'],
    ] as const)('%j for %s', (selector, kind, message) => {
      const err = expectInvalid(() => parseFieldSelector(selector, kind));
      expect(err.message).toContain(message);
      expect(err.field).toBe('fieldSelector');
    });

    it('accepts the fields Kubernetes accepts for each kind', () => {
      expect(() => parseFieldSelector('type=kubernetes.io/tls', 'Secret')).not.toThrow();
      expect(() => parseFieldSelector('status.phase=Active', 'Namespace')).not.toThrow();
      expect(() => parseFieldSelector('status.replicas=0', 'ReplicaSet')).not.toThrow();
      expect(() => parseFieldSelector('status.nominatedNodeName=n1,status.podIP=127.64.0.2', 'Pod')).not.toThrow();
      expect(() => parseFieldSelector('spec.schedulerName=x,spec.serviceAccountName=y,spec.restartPolicy=Never', 'Pod')).not.toThrow();
      expect(() => parseFieldSelector('involvedObject.uid=u,involvedObject.namespace=n', 'Event')).not.toThrow();
      expect(() => parseFieldSelector('metadata.namespace=default', 'Lease')).not.toThrow();
    });
  });
});
