import { describe, expect, it } from 'vitest';
import type { KObject } from '../../kinds/types.ts';
import { buildSnapshot, type Status } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { nodeResourcesFit } from './node-resources-fit.ts';

const container = (cpu: string, memory = '1Mi') => ({ name: 'c', image: 'i', resources: { requests: { cpu, memory } } });

describe('NodeResourcesFit', () => {
  it.each<{ name: string; node: KObject; bound?: KObject[]; pod: KObject; want: Status }>([
    {
      name: 'fits a pod into what the node has left',
      node: makeNode('n', { cpu: '2', memory: '2Gi' }),
      bound: [makePod('a', { nodeName: 'n', cpu: '1', memory: '1Gi' })],
      pod: makePod('p', { cpu: '1', memory: '1Gi' }),
      want: { code: 'Success' },
    },
    {
      name: 'reports Insufficient cpu when the bound pods leave too little cpu',
      node: makeNode('n', { cpu: '2', memory: '2Gi' }),
      bound: [makePod('a', { nodeName: 'n', cpu: '1500m' })],
      pod: makePod('p', { cpu: '600m' }),
      want: { code: 'Unschedulable', reasons: ['Insufficient cpu'] },
    },
    {
      name: 'reports Insufficient memory when the bound pods leave too little memory',
      node: makeNode('n', { cpu: '2', memory: '1Gi' }),
      bound: [makePod('a', { nodeName: 'n', memory: '800Mi' })],
      pod: makePod('p', { memory: '300Mi' }),
      want: { code: 'Unschedulable', reasons: ['Insufficient memory'] },
    },
    {
      name: 'reports every shortage at once, pods count first',
      node: makeNode('n', { cpu: '1', memory: '1Gi', pods: '1' }),
      bound: [makePod('a', { nodeName: 'n' })],
      pod: makePod('p', { cpu: '2', memory: '2Gi' }),
      want: { code: 'Unschedulable', reasons: ['Too many pods', 'Insufficient cpu', 'Insufficient memory'] },
    },
    {
      name: 'counts a pod that requests nothing toward the pods count',
      node: makeNode('n', { pods: '2' }),
      bound: [makePod('a', { nodeName: 'n' }), makePod('b', { nodeName: 'n' })],
      pod: makePod('p'),
      want: { code: 'Unschedulable', reasons: ['Too many pods'] },
    },
    {
      name: 'fits a pod that requests nothing onto a node with no cpu left',
      node: makeNode('n', { cpu: '1' }),
      bound: [makePod('a', { nodeName: 'n', cpu: '1' })],
      pod: makePod('p'),
      want: { code: 'Success' },
    },
    {
      name: 'does not count terminated pods',
      node: makeNode('n', { cpu: '1', pods: '1' }),
      bound: [makePod('a', { nodeName: 'n', cpu: '1', phase: 'Succeeded' })],
      pod: makePod('p', { cpu: '1' }),
      want: { code: 'Success' },
    },
    {
      name: 'checks the largest init container when it exceeds the app containers',
      node: makeNode('n', { cpu: '2' }),
      pod: makePod('p', { containers: [container('100m')], initContainers: [container('3')] }),
      want: { code: 'Unschedulable', reasons: ['Insufficient cpu'] },
    },
    {
      name: 'counts the requests of init containers of bound pods the same way',
      node: makeNode('n', { cpu: '2' }),
      bound: [makePod('a', { nodeName: 'n', containers: [container('100m')], initContainers: [container('1500m')] })],
      pod: makePod('p', { cpu: '600m' }),
      want: { code: 'Unschedulable', reasons: ['Insufficient cpu'] },
    },
    {
      name: 'falls back to capacity when the node reports no allocatable',
      node: makeNode('n', { cpu: '1', capacityOnly: true }),
      pod: makePod('p', { cpu: '1' }),
      want: { code: 'Success' },
    },
    {
      name: 'allows 110 pods when the node reports no pods count',
      node: makeNode('n'),
      bound: Array.from({ length: 110 }, (_, i) => makePod(`a${i}`, { nodeName: 'n' })),
      pod: makePod('p'),
      want: { code: 'Unschedulable', reasons: ['Too many pods'] },
    },
  ])('$name', ({ node, bound, pod, want }) => {
    const snapshot = buildSnapshot([node], bound ?? []);
    const nodeInfo = snapshot.nodes.get('n')!;
    expect(nodeResourcesFit.filter(pod, nodeInfo, snapshot)).toEqual(want);
    // The precomputed state gives the same answer as computing it on the spot.
    expect(nodeResourcesFit.filter(pod, nodeInfo, snapshot, nodeResourcesFit.preFilter!(pod, snapshot))).toEqual(want);
  });
});
