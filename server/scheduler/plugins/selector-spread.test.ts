import { describe, expect, it } from 'vitest';
import type { KObject } from '../../kinds/types.ts';
import { buildSnapshot } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { selectorSpread } from './selector-spread.ts';

const ZONE = 'topology.kubernetes.io/zone';

function scores(nodes: KObject[], bound: KObject[], pod: KObject): Record<string, number> {
  const snapshot = buildSnapshot(nodes, bound);
  const state = selectorSpread.preScore!(pod, snapshot);
  const raw = snapshot.nodeList.map((n) => selectorSpread.score(pod, n, snapshot, state));
  selectorSpread.normalize!(pod, snapshot.nodeList, raw, state);
  return Object.fromEntries(snapshot.nodeList.map((n, i) => [n.name, raw[i]!]));
}

const owned = (name: string, nodeName: string, extra: object = {}) => makePod(name, { nodeName, ownerUid: 'rs-1', ...extra });
const plain = [makeNode('a'), makeNode('b'), makeNode('c')];

describe('SelectorSpread', () => {
  it.each<{ name: string; nodes: KObject[]; bound: KObject[]; pod: KObject; want: Record<string, number> }>([
    {
      name: 'prefers nodes with fewer pods of the same controller',
      nodes: plain,
      bound: [owned('x1', 'a'), owned('x2', 'a'), owned('x3', 'b')],
      pod: makePod('p', { ownerUid: 'rs-1' }),
      want: { a: 0, b: 50, c: 100 },
    },
    {
      name: 'does not count pods of other controllers',
      nodes: plain,
      bound: [makePod('y', { nodeName: 'a', ownerUid: 'rs-2' })],
      pod: makePod('p', { ownerUid: 'rs-1' }),
      want: { a: 100, b: 100, c: 100 },
    },
    {
      name: 'groups pods without a controller by namespace and labels',
      nodes: plain,
      bound: [makePod('x', { nodeName: 'b', labels: { app: 'web' } }), makePod('y', { nodeName: 'c', labels: { app: 'web' }, namespace: 'other' })],
      pod: makePod('p', { labels: { app: 'web' } }),
      want: { a: 100, b: 0, c: 100 },
    },
    {
      name: 'does not count terminating pods',
      nodes: plain,
      bound: [owned('x', 'a', { deleting: true })],
      pod: makePod('p', { ownerUid: 'rs-1' }),
      want: { a: 100, b: 100, c: 100 },
    },
    {
      name: 'leaves every node at 0 for a pod that belongs to no workload',
      nodes: plain,
      bound: [makePod('x', { nodeName: 'a' })],
      pod: makePod('p'),
      want: { a: 0, b: 0, c: 0 },
    },
    {
      name: 'weighs zones two thirds when nodes have zones',
      nodes: [makeNode('a', { labels: { [ZONE]: 'z1' } }), makeNode('b', { labels: { [ZONE]: 'z1' } }), makeNode('c', { labels: { [ZONE]: 'z2' } })],
      bound: [owned('x1', 'a'), owned('x2', 'a'), owned('x3', 'b')],
      pod: makePod('p', { ownerUid: 'rs-1' }),
      want: { a: 0, b: 16, c: 100 },
    },
  ])('$name', ({ nodes, bound, pod, want }) => {
    expect(scores(nodes, bound, pod)).toEqual(want);
  });
});
