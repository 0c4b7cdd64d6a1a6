import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import {
  fenceposts,
  newReplicaSetTarget,
  oldReplicaSetTargets,
  podTemplateHash,
  proportionalTargets,
  revisionOf,
  scaledValue,
  REVISION_ANNOTATION,
} from './deployment-rollout.ts';

const deployment = (replicas: number, rollingUpdate?: Record<string, unknown>, type = 'RollingUpdate'): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: { replicas, strategy: { type, ...(rollingUpdate ? { rollingUpdate } : {}) } },
});

let age = 0;
/** A ReplicaSet with spec.replicas `spec` and `available` of them available; later calls are younger. */
const rs = (name: string, spec: number, available = spec, replicas = spec): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name, namespace: 'default', creationTimestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, age++)).toISOString().replace('.000', '') },
  spec: { replicas: spec },
  status: { replicas, availableReplicas: available },
});

describe('scaledValue', () => {
  it('takes a count as it is and a percentage of the total, rounded the way asked', () => {
    expect(scaledValue(3, 10, true)).toBe(3);
    expect(scaledValue('25%', 10, true)).toBe(3);
    expect(scaledValue('25%', 10, false)).toBe(2);
    expect(scaledValue('0%', 10, true)).toBe(0);
  });
});

describe('fenceposts', () => {
  it('defaults to 25% surge rounded up and 25% unavailable rounded down', () => {
    expect(fenceposts(deployment(10))).toEqual({ maxSurge: 3, maxUnavailable: 2 });
  });

  it('lets one pod be unavailable when both would be zero, so a rollout can move', () => {
    expect(fenceposts(deployment(3, { maxSurge: 0, maxUnavailable: '10%' }))).toEqual({ maxSurge: 0, maxUnavailable: 1 });
  });

  it('never allows more unavailable pods than replicas', () => {
    expect(fenceposts(deployment(2, { maxUnavailable: 5 }))).toEqual({ maxSurge: 1, maxUnavailable: 2 });
  });

  it('has neither for Recreate', () => {
    expect(fenceposts(deployment(10, undefined, 'Recreate'))).toEqual({ maxSurge: 0, maxUnavailable: 0 });
  });
});

describe('newReplicaSetTarget', () => {
  it('grows the new ReplicaSet only as far as replicas + maxSurge pods in all', () => {
    const d = deployment(4, { maxSurge: 1, maxUnavailable: 0 });
    const old = rs('old', 4);
    const fresh = rs('new', 0);
    expect(newReplicaSetTarget(d, [old, fresh], fresh)).toBe(1);
  });

  it('does not grow it while pods already fill the surge', () => {
    const d = deployment(4, { maxSurge: 1, maxUnavailable: 0 });
    const old = rs('old', 4);
    const fresh = rs('new', 1, 0);
    expect(newReplicaSetTarget(d, [old, fresh], fresh)).toBe(1);
  });

  it('counts pods still terminating beyond an old ReplicaSet spec against the surge', () => {
    const d = deployment(4, { maxSurge: 1, maxUnavailable: 0 });
    const old = rs('old', 3, 3, 4);
    const fresh = rs('new', 1, 0);
    expect(newReplicaSetTarget(d, [old, fresh], fresh)).toBe(1);
  });

  it('never goes beyond replicas', () => {
    const d = deployment(4, { maxSurge: 10 });
    const fresh = rs('new', 2);
    expect(newReplicaSetTarget(d, [fresh], fresh)).toBe(4);
  });
});

describe('oldReplicaSetTargets', () => {
  it('scales old ReplicaSets down only while replicas - maxUnavailable pods stay available', () => {
    const d = deployment(4, { maxSurge: 1, maxUnavailable: 0 });
    const old = rs('old', 4);
    const fresh = rs('new', 1, 1);
    expect(oldReplicaSetTargets(d, [old, fresh], [old], fresh)).toEqual(new Map([['old', 3]]));
  });

  it('keeps them while the new pods are not yet available', () => {
    const d = deployment(4, { maxSurge: 1, maxUnavailable: 0 });
    const old = rs('old', 4);
    const fresh = rs('new', 1, 0);
    expect(oldReplicaSetTargets(d, [old, fresh], [old], fresh)).toEqual(new Map());
  });

  it('never scales down more than the pods above replicas - maxUnavailable', () => {
    const d = deployment(4, { maxSurge: 0, maxUnavailable: 1 });
    const old = rs('old', 4, 2);
    const fresh = rs('new', 0, 0);
    expect(oldReplicaSetTargets(d, [old, fresh], [old], fresh)).toEqual(new Map([['old', 3]]));
  });

  it('removes unhealthy old replicas first: they add nothing to availability', () => {
    const d = deployment(4, { maxSurge: 0, maxUnavailable: 2 });
    const old = rs('old', 4, 2);
    const fresh = rs('new', 0, 0);
    expect(oldReplicaSetTargets(d, [old, fresh], [old], fresh)).toEqual(new Map([['old', 2]]));
  });

  it('scales the oldest ReplicaSet down first', () => {
    const d = deployment(4, { maxSurge: 0, maxUnavailable: 1 });
    const oldest = rs('oldest', 2);
    const older = rs('older', 2);
    const fresh = rs('new', 0, 0);
    expect(oldReplicaSetTargets(d, [oldest, older, fresh], [oldest, older], fresh)).toEqual(new Map([['oldest', 1]]));
  });
});

describe('proportionalTargets', () => {
  it('gives the one active ReplicaSet all the replicas', () => {
    const d = deployment(6);
    const only = rs('only', 3);
    expect(proportionalTargets(d, [only], only)).toEqual(new Map([['only', 6]]));
  });

  it('shares a scale-up between active ReplicaSets in proportion to their size, the rest to the largest', () => {
    const d = deployment(20, { maxSurge: 0, maxUnavailable: 1 });
    const a = rs('a', 6);
    const b = rs('b', 4);
    expect(proportionalTargets(d, [a, b], b)).toEqual(new Map([['a', 12], ['b', 8]]));
  });
});

describe('podTemplateHash', () => {
  const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1' }] } };

  it('is the same for the same template whatever the key order', () => {
    const reordered = { spec: { containers: [{ image: 'nginx:1', name: 'c' }] }, metadata: { labels: { app: 'web' } } };
    expect(podTemplateHash(template)).toBe(podTemplateHash(reordered));
  });

  it('changes with the template and with the collision count', () => {
    const other = { ...template, spec: { containers: [{ name: 'c', image: 'nginx:2' }] } };
    expect(podTemplateHash(other)).not.toBe(podTemplateHash(template));
    expect(podTemplateHash(template, 1)).not.toBe(podTemplateHash(template));
  });

  it('is a valid label value of safe characters', () => {
    expect(podTemplateHash(template)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
  });
});

describe('revisionOf', () => {
  it('reads the revision annotation and treats a missing or malformed one as 0', () => {
    const at = (v?: string): KObject => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'x', ...(v ? { annotations: { [REVISION_ANNOTATION]: v } } : {}) } });
    expect(revisionOf(at('3'))).toBe(3);
    expect(revisionOf(at())).toBe(0);
    expect(revisionOf(at('x'))).toBe(0);
  });
});
