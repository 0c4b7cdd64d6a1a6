import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { planStatefulSet } from './statefulset-plan.ts';
import { podOrdinal } from './statefulset-pods.ts';

const REV = { current: 'web-old', update: 'web-new' };

function sts(replicas: number, spec: Record<string, any> = {}): KObject {
  return { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' }, spec: { replicas, podManagementPolicy: 'OrderedReady', updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, ...spec } };
}

function pod(ordinal: number, opts: { ready?: boolean; phase?: string; deleting?: boolean; revision?: string } = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `web-${ordinal}`, labels: { 'controller-revision-hash': opts.revision ?? REV.update }, ...(opts.deleting ? { deletionTimestamp: '2030-01-01T00:00:00Z' } : {}) },
    spec: {},
    status: { phase: opts.phase ?? 'Running', conditions: opts.ready === false ? [] : [{ type: 'Ready', status: 'True' }] },
  };
}

const deleted = (plan: { toDelete: KObject[] }) => plan.toDelete.map((p) => p.metadata.name);

describe('podOrdinal', () => {
  it('reads <set>-<n> and nothing else', () => {
    expect(podOrdinal('web', 'web-0')).toBe(0);
    expect(podOrdinal('web', 'web-12')).toBe(12);
    for (const name of ['web-01', 'web-', 'web-x', 'webx-1', 'web-1-2', 'web--1']) expect(podOrdinal('web', name)).toBeUndefined();
  });
});

describe('planStatefulSet', () => {
  it('OrderedReady: creates the lowest missing ordinal, and nothing past a pod that is not ready', () => {
    expect(planStatefulSet(sts(3), [], REV).create).toEqual([{ ordinal: 0, revision: 'update' }]);
    expect(planStatefulSet(sts(3), [pod(0, { ready: false })], REV).create).toEqual([]);
    expect(planStatefulSet(sts(3), [pod(0)], REV).create).toEqual([{ ordinal: 1, revision: 'update' }]);
    expect(planStatefulSet(sts(3), [pod(0), pod(1, { deleting: true }), pod(2)], REV)).toEqual({ create: [], toDelete: [] });
  });

  it('Parallel: creates every missing ordinal at once', () => {
    expect(planStatefulSet(sts(3, { podManagementPolicy: 'Parallel' }), [pod(1, { ready: false })], REV).create.map((c) => c.ordinal)).toEqual([0, 2]);
  });

  it('deletes a failed pod before anything else', () => {
    expect(deleted(planStatefulSet(sts(3), [pod(0), pod(1, { phase: 'Failed' })], REV))).toEqual(['web-1']);
  });

  it('scales down from the highest ordinal, one at a time with OrderedReady, all at once with Parallel', () => {
    const pods = [pod(0), pod(1), pod(2), pod(3)];
    expect(deleted(planStatefulSet(sts(2), pods, REV))).toEqual(['web-3']);
    expect(deleted(planStatefulSet(sts(2), [pod(0), pod(1), pod(2), pod(3, { deleting: true })], REV))).toEqual([]);
    expect(deleted(planStatefulSet(sts(2, { podManagementPolicy: 'Parallel' }), pods, REV))).toEqual(['web-3', 'web-2']);
  });

  it('rolls the update out from the highest ordinal down to the partition, once every pod is ready', () => {
    const old = (i: number, o: Record<string, any> = {}) => pod(i, { revision: REV.current, ...o });
    expect(deleted(planStatefulSet(sts(3), [old(0), old(1), old(2)], REV))).toEqual(['web-2']);
    expect(deleted(planStatefulSet(sts(3), [old(0), old(1), pod(2, { ready: false })], REV))).toEqual([]);
    expect(deleted(planStatefulSet(sts(3), [old(0), old(1), pod(2)], REV))).toEqual(['web-1']);
    const partitioned = sts(3, { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } });
    expect(deleted(planStatefulSet(partitioned, [old(0), pod(1), pod(2)], REV))).toEqual([]);
    expect(planStatefulSet(partitioned, [pod(1), pod(2)], REV).create).toEqual([{ ordinal: 0, revision: 'current' }]);
    expect(deleted(planStatefulSet(sts(3, { updateStrategy: { type: 'OnDelete' } }), [old(0), old(1), old(2)], REV))).toEqual([]);
  });
});
