/** ResourceQuota and LimitRange validation and defaults, and Service cluster IPs in the service range. */
import { describe, expect, it } from 'vitest';
import type { KObject } from './types.ts';
import { KINDS, kindFor, validateObject } from './registry.ts';
import { SERVICE_CIDR } from './service.ts';

function errorsOf(obj: KObject, old?: KObject): string[] {
  const def = KINDS[obj.kind as keyof typeof KINDS];
  def.applyDefaults(obj);
  try {
    validateObject(def, obj, old);
    return [];
  } catch (err) {
    return ((err as { fields?: { field: string; message: string }[] }).fields ?? []).map((f) => `${f.field}: ${f.message}`);
  }
}

const quota = (spec: Record<string, unknown>): KObject => ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'default' }, spec });
const limits = (...items: Record<string, unknown>[]): KObject => ({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'l', namespace: 'default' }, spec: { limits: items } });

describe('ResourceQuota', () => {
  it('is found by kubectl names and canonicalises its caps', () => {
    expect(kindFor('quota')?.kind).toBe('ResourceQuota');
    expect(kindFor('resourcequotas')?.kind).toBe('ResourceQuota');
    const q = quota({ hard: { 'requests.cpu': '0.5', 'count/deployments.apps': 3 } });
    expect(errorsOf(q)).toEqual([]);
    expect(q.spec.hard).toEqual({ 'requests.cpu': '500m', 'count/deployments.apps': '3' });
  });

  it('refuses bad quantities, unknown scopes and resources a scope cannot limit', () => {
    expect(errorsOf(quota({ hard: { pods: 'lots' } }))[0]).toMatch(/^spec\.hard\[pods\]: /);
    expect(errorsOf(quota({ hard: { pods: '-1' } }))).toEqual(['spec.hard[pods]: Invalid value: "-1": must be greater than or equal to 0']);
    expect(errorsOf(quota({ hard: { pods: '1' }, scopes: ['Sometimes'] }))[0]).toMatch(/^spec\.scopes\[0\]: Unsupported value/);
    expect(errorsOf(quota({ hard: { 'requests.cpu': '1' }, scopes: ['BestEffort'] }))).toEqual(['spec.hard[requests.cpu]: Invalid value: "requests.cpu": unsupported scope applied to resource']);
    expect(errorsOf(quota({ hard: { pods: '1' }, scopes: ['Terminating', 'NotTerminating'] }))[0]).toMatch(/conflicting scopes/);
    expect(errorsOf(quota({ hard: { pods: '1' }, scopeSelector: { matchExpressions: [{ scopeName: 'PriorityClass', operator: 'In', values: [] }] } }))[0]).toMatch(/must be at least one value/);
  });
});

describe('LimitRange', () => {
  it('is found as limits and defaults a Container item from max, then default', () => {
    expect(kindFor('limits')?.kind).toBe('LimitRange');
    const l = limits({ type: 'Container', max: { cpu: '1' }, min: { memory: '64Mi' } });
    expect(errorsOf(l)).toEqual([]);
    expect(l.spec.limits[0]).toMatchObject({ default: { cpu: '1' }, defaultRequest: { cpu: '1', memory: '64Mi' } });
  });

  it('refuses contradictory bounds and defaults on a Pod item', () => {
    expect(errorsOf(limits({ type: 'Container', min: { cpu: '2' }, max: { cpu: '1' } }))).toContain('spec.limits[0].min[cpu]: Invalid value: "2": min value 2 is greater than max value 1');
    expect(errorsOf(limits({ type: 'Pod', default: { cpu: '1' } }))[0]).toMatch(/^spec\.limits\[0\]\.default: .*may not be specified when `type` is 'Pod'/);
    expect(errorsOf(limits({ type: 'Node', max: { cpu: '1' } }))[0]).toMatch(/^spec\.limits\[0\]\.type: Unsupported value/);
  });
});

describe('Service cluster IPs', () => {
  const svc = (clusterIP: string): KObject => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'default' }, spec: { clusterIP, ports: [{ port: 80 }] } });
  it(`must lie in ${SERVICE_CIDR}; None stays valid; a stored address outside it may stay`, () => {
    expect(SERVICE_CIDR).toBe('127.32.0.0/12');
    expect(errorsOf(svc('127.32.0.10'))).toEqual([]);
    expect(errorsOf(svc('127.47.255.254'))).toEqual([]);
    expect(errorsOf(svc('None'))).toEqual([]);
    expect(errorsOf(svc('127.48.0.1'))).toEqual([
      'spec.clusterIP: Invalid value: "127.48.0.1": failed to allocate IP 127.48.0.1: the provided IP (127.48.0.1) is not in the valid range. The range of valid IPs is 127.32.0.0/12',
    ]);
    expect(errorsOf(svc('10.96.0.1'), svc('10.96.0.1'))).toEqual([]);
  });
});
