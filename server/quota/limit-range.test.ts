import { describe, expect, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import { LIMIT_RANGER_ANNOTATION, aggregate, applyLimitRangeDefaults, claimLimitRangeViolations, podLimitRangeViolations } from './limit-range.ts';

const range = (...limits: Record<string, unknown>[]): KObject => ({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'l', namespace: 'ns' }, spec: { limits } });
const pod = (resources?: Record<string, unknown>): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'x', ...(resources ? { resources } : {}) }] } });

describe('applyLimitRangeDefaults', () => {
  it('fills requests and limits a container does not set, and says so in an annotation', () => {
    const out = applyLimitRangeDefaults(pod(), [range({ type: 'Container', default: { cpu: '500m' }, defaultRequest: { cpu: '100m', memory: '64Mi' } })]);
    expect(out.spec.containers[0].resources).toEqual({ limits: { cpu: '500m' }, requests: { cpu: '100m', memory: '64Mi' } });
    expect(out.metadata.annotations?.[LIMIT_RANGER_ANNOTATION]).toBe('LimitRanger plugin set: cpu, memory request for container c; cpu limit for container c');
  });

  it('keeps what the container sets, and a limit it sets stands for its request', () => {
    const out = applyLimitRangeDefaults(pod({ limits: { cpu: '2' } }), [range({ type: 'Container', default: { cpu: '500m' }, defaultRequest: { cpu: '100m' } })]);
    expect(out.spec.containers[0].resources).toEqual({ limits: { cpu: '2' } });
  });
});

describe('podLimitRangeViolations', () => {
  it('checks min, max and the limit/request ratio per container in Kubernetes words', () => {
    const r = range({ type: 'Container', min: { cpu: '100m' }, max: { cpu: '1' }, maxLimitRequestRatio: { cpu: '2' } });
    expect(podLimitRangeViolations(pod({ requests: { cpu: '200m' }, limits: { cpu: '400m' } }), [r])).toEqual([]);
    expect(podLimitRangeViolations(pod({ requests: { cpu: '50m' }, limits: { cpu: '2' } }), [r])).toEqual([
      'minimum cpu usage per Container is 100m, but request is 50m',
      'maximum cpu usage per Container is 1, but limit is 2',
      'cpu max limit to request ratio per Container is 2, but provided ratio is 40.000000',
    ]);
    expect(podLimitRangeViolations(pod(), [r])).toContain('maximum cpu usage per Container is 1.  No limit is specified');
  });

  it('checks pod totals against a Pod item', () => {
    const p = pod({ limits: { memory: '1Gi' } });
    p.spec.containers.push({ name: 'd', image: 'x', resources: { limits: { memory: '1Gi' } } });
    expect(podLimitRangeViolations(p, [range({ type: 'Pod', max: { memory: '1Gi' } })])).toEqual(['maximum memory usage per Pod is 1Gi, but limit is 2Gi']);
  });

  it('aggregates several errors as Kubernetes does', () => {
    expect(aggregate(['a'])).toBe('a');
    expect(aggregate(['a', 'b'])).toBe('[a, b]');
  });
});

describe('claimLimitRangeViolations', () => {
  it('bounds a claim storage request', () => {
    const r = range({ type: 'PersistentVolumeClaim', min: { storage: '1Gi' }, max: { storage: '10Gi' } });
    const claim = (storage: string): KObject => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { resources: { requests: { storage } } } });
    expect(claimLimitRangeViolations(claim('5Gi'), [r])).toEqual([]);
    expect(claimLimitRangeViolations(claim('500Mi'), [r])).toEqual(['minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 500Mi']);
    expect(claimLimitRangeViolations(claim('20Gi'), [r])).toEqual(['maximum storage usage per PersistentVolumeClaim is 10Gi, but limit is 20Gi']);
  });
});
