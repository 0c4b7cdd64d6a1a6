import { describe, expect, it } from 'vitest';
import type { KObject } from '../../kinds/types.ts';
import { buildSnapshot } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { balancedAllocation } from './balanced-allocation.ts';

describe('NodeResourcesBalancedAllocation', () => {
  it.each<{ name: string; bound?: KObject[]; pod: KObject; want: number }>([
    { name: 'scores 100 when cpu and memory would be used in the same proportion', pod: makePod('p', { cpu: '1', memory: '2Gi' }), want: 100 },
    { name: 'subtracts the standard deviation of the two fractions', pod: makePod('p', { cpu: '2', memory: '2Gi' }), want: 87 },
    { name: 'includes the pods already on the node', bound: [makePod('e', { nodeName: 'n', memory: '6Gi' })], pod: makePod('p', { cpu: '1' }), want: 75 },
    { name: 'uses real requests, so a pod that requests nothing on an empty node scores 100', pod: makePod('p'), want: 100 },
    { name: 'caps a fraction at 1', pod: makePod('p', { cpu: '8' }), want: 50 },
  ])('$name', ({ bound, pod, want }) => {
    const snapshot = buildSnapshot([makeNode('n', { cpu: '4', memory: '8Gi' })], bound ?? []);
    expect(balancedAllocation.score(pod, snapshot.nodes.get('n')!, snapshot)).toBe(want);
  });
});
