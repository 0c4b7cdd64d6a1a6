import { describe, expect, it } from 'vitest';
import type { Taint, Toleration } from './framework.ts';
import { findUntoleratedTaint, toleratesTaint } from './tolerations.ts';

const taint: Taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };

describe('toleratesTaint', () => {
  it.each<{ name: string; toleration: Toleration; taint?: Taint; want: boolean }>([
    { name: 'matches the same key, value and effect with operator Equal', toleration: { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }, want: true },
    { name: 'treats an empty operator as Equal', toleration: { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }, want: true },
    { name: 'rejects a different value with operator Equal', toleration: { key: 'dedicated', value: 'cpu', effect: 'NoSchedule' }, want: false },
    { name: 'ignores the value with operator Exists', toleration: { key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' }, want: true },
    { name: 'matches every effect when the effect is empty', toleration: { key: 'dedicated', operator: 'Exists' }, want: true },
    { name: 'rejects a different effect', toleration: { key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, want: false },
    { name: 'matches every taint with operator Exists and an empty key', toleration: { operator: 'Exists' }, want: true },
    { name: 'matches every key but still compares values with an empty key and operator Equal', toleration: { value: 'gpu' }, want: true },
    { name: 'rejects a different key', toleration: { key: 'other', operator: 'Exists' }, want: false },
    { name: 'rejects an unknown operator', toleration: { key: 'dedicated', operator: 'Gt', value: 'gpu' }, want: false },
    { name: 'matches an empty taint value with an empty toleration value', toleration: { key: 'node.kubernetes.io/unreachable', operator: 'Equal' }, taint: { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }, want: true },
  ])('$name', ({ toleration, taint: t, want }) => {
    expect(toleratesTaint(toleration, t ?? taint)).toBe(want);
  });
});

describe('findUntoleratedTaint', () => {
  it('returns the first taint in scope that nothing tolerates, in the node order', () => {
    const taints: Taint[] = [
      { key: 'soft', effect: 'PreferNoSchedule' },
      { key: 'a', effect: 'NoSchedule' },
      { key: 'b', effect: 'NoExecute' },
    ];
    const inScope = (t: Taint) => t.effect !== 'PreferNoSchedule';
    expect(findUntoleratedTaint(taints, [], inScope)).toEqual(taints[1]);
    expect(findUntoleratedTaint(taints, [{ key: 'a', operator: 'Exists' }], inScope)).toEqual(taints[2]);
    expect(findUntoleratedTaint(taints, [{ operator: 'Exists' }], inScope)).toBeUndefined();
  });
});
