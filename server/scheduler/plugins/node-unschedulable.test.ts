import { describe, expect, it } from 'vitest';
import { buildSnapshot, type Toleration } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { ERR_REASON_UNSCHEDULABLE, nodeUnschedulable } from './node-unschedulable.ts';

describe('NodeUnschedulable', () => {
  it.each<{ name: string; unschedulable: boolean; tolerations?: Toleration[]; fits: boolean }>([
    { name: 'lets any pod onto a schedulable node', unschedulable: false, fits: true },
    { name: 'keeps a pod off a cordoned node', unschedulable: true, fits: false },
    { name: 'lets a pod that tolerates the unschedulable taint onto a cordoned node', unschedulable: true, tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }], fits: true },
    { name: 'lets a pod that tolerates everything onto a cordoned node', unschedulable: true, tolerations: [{ operator: 'Exists' }], fits: true },
    { name: 'keeps off a pod whose toleration has another effect', unschedulable: true, tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoExecute' }], fits: false },
  ])('$name', ({ unschedulable, tolerations, fits }) => {
    const snapshot = buildSnapshot([makeNode('n', { unschedulable })], []);
    const status = nodeUnschedulable.filter(makePod('p', { tolerations }), snapshot.nodes.get('n')!, snapshot);
    expect(status).toEqual(
      fits ? { code: 'Success' } : { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_UNSCHEDULABLE] },
    );
  });
});
