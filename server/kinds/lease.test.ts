import { describe, expect, it } from 'vitest';
import { lease } from './lease.ts';
import type { KObject } from './types.ts';

function makeLease(spec?: Record<string, any>): KObject {
  return { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'node-1', namespace: 'kube-node-lease' }, ...(spec ? { spec } : {}) };
}

function problems(obj: KObject): string[] {
  lease.applyDefaults(obj);
  return lease.validate(obj).map((e) => `${e.field}: ${e.message}`);
}

describe('lease', () => {
  it('accepts a node heartbeat', () => {
    expect(
      problems(makeLease({ holderIdentity: 'node-1', leaseDurationSeconds: 40, renewTime: '2024-05-01T10:00:00.123456Z', acquireTime: '2024-05-01T09:00:00Z', leaseTransitions: 0 })),
    ).toEqual([]);
  });

  it('gives a lease without spec an empty one', () => {
    const l = makeLease();
    expect(problems(l)).toEqual([]);
    expect(l.spec).toEqual({});
  });

  it.each([
    ['a zero duration', { leaseDurationSeconds: 0 }, 'spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0'],
    ['negative transitions', { leaseTransitions: -1 }, 'spec.leaseTransitions: Invalid value: -1: must be greater than or equal to 0'],
    ['a renewTime that is not a timestamp', { renewTime: 'yesterday' }, 'spec.renewTime: Invalid value: "yesterday": must be an RFC 3339 timestamp'],
    ['a holder that is not a string', { holderIdentity: 7 }, 'spec.holderIdentity: Invalid value: 7: must be a string'],
  ])('rejects %s', (_name, spec, expected) => {
    const found = problems(makeLease(spec));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });
});
