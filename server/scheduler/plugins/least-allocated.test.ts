import { describe, expect, it } from 'vitest';
import type { KObject } from '../../kinds/types.ts';
import { buildSnapshot } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { leastAllocated } from './least-allocated.ts';

describe('NodeResourcesLeastAllocated', () => {
  it.each<{ name: string; node?: KObject; bound?: KObject[]; pod: KObject; want: number }>([
    { name: 'scores the share left free after placing the pod, averaged over cpu and memory', pod: makePod('p', { cpu: '1', memory: '2Gi' }), want: 75 },
    { name: 'counts the pods already on the node', bound: [makePod('e', { nodeName: 'n', cpu: '2', memory: '4Gi' })], pod: makePod('p', { cpu: '1', memory: '2Gi' }), want: 25 },
    { name: 'weighs cpu and memory equally', bound: [makePod('e', { nodeName: 'n', cpu: '0', memory: '6Gi' })], pod: makePod('p', { cpu: '0', memory: '0' }), want: 62 },
    { name: 'counts unset requests as 100m and 200Mi', pod: makePod('p'), want: 97 },
    { name: 'scores an over-committed resource 0', pod: makePod('p', { cpu: '5', memory: '0' }), want: 50 },
    { name: 'leaves out a resource the node does not report', node: makeNode('n', { cpu: '4', memory: '0' }), pod: makePod('p', { cpu: '1', memory: '1Gi' }), want: 75 },
  ])('$name', ({ node, bound, pod, want }) => {
    const snapshot = buildSnapshot([node ?? makeNode('n', { cpu: '4', memory: '8Gi' })], bound ?? []);
    expect(leastAllocated.score(pod, snapshot.nodes.get('n')!, snapshot)).toBe(want);
  });
});
