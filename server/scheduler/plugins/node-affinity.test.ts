import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { ERR_REASON_NODE_AFFINITY, nodeAffinity } from './node-affinity.ts';

const snapshot = buildSnapshot(
  [
    makeNode('a', { labels: { zone: 'z1', disk: 'ssd', cores: '16' } }),
    makeNode('b', { labels: { zone: 'z2', disk: 'hdd', cores: '4' } }),
    makeNode('c', { labels: { zone: 'z3' } }),
  ],
  [],
);
const required = (...nodeSelectorTerms: object[]) => ({
  nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } },
});
const fitting = (pod: ReturnType<typeof makePod>) =>
  snapshot.nodeList.filter((n) => nodeAffinity.filter(pod, n, snapshot).code === 'Success').map((n) => n.name);

describe('NodeAffinity filter', () => {
  it.each([
    { name: 'lets a pod without selector or affinity onto every node', pod: makePod('p'), want: ['a', 'b', 'c'] },
    { name: 'needs every nodeSelector label', pod: makePod('p', { nodeSelector: { zone: 'z1', disk: 'ssd' } }), want: ['a'] },
    { name: 'rejects every node when one nodeSelector label is nowhere', pod: makePod('p', { nodeSelector: { zone: 'z1', disk: 'nvme' } }), want: [] },
    {
      name: 'ORs the required terms',
      pod: makePod('p', { affinity: required({ matchExpressions: [{ key: 'zone', operator: 'In', values: ['z1'] }] }, { matchExpressions: [{ key: 'zone', operator: 'In', values: ['z3'] }] }) }),
      want: ['a', 'c'],
    },
    {
      name: 'ANDs the nodeSelector with the required terms',
      pod: makePod('p', { nodeSelector: { disk: 'hdd' }, affinity: required({ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['z1'] }] }) }),
      want: ['b'],
    },
    {
      name: 'compares Gt as integers',
      pod: makePod('p', { affinity: required({ matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['8'] }] }) }),
      want: ['a'],
    },
    {
      name: 'matches the node name through matchFields',
      pod: makePod('p', { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['b'] }] }) }),
      want: ['b'],
    },
    { name: 'rejects every node when the required selector has no terms', pod: makePod('p', { affinity: required() }), want: [] },
    { name: 'rejects every node when the only term is empty', pod: makePod('p', { affinity: required({}) }), want: [] },
  ])('$name', ({ pod, want }) => {
    expect(fitting(pod)).toEqual(want);
  });

  it('gives the Kubernetes reason, as unresolvable', () => {
    const pod = makePod('p', { nodeSelector: { zone: 'nowhere' } });
    expect(nodeAffinity.filter(pod, snapshot.nodes.get('a')!, snapshot)).toEqual({
      code: 'UnschedulableAndUnresolvable',
      reasons: [ERR_REASON_NODE_AFFINITY],
    });
  });
});

describe('NodeAffinity score', () => {
  const preferred = (...terms: { weight: number; preference: object }[]) => ({
    nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: terms },
  });
  const scores = (pod: ReturnType<typeof makePod>) => {
    const state = nodeAffinity.preScore!(pod, snapshot);
    const raw = snapshot.nodeList.map((n) => nodeAffinity.score(pod, n, snapshot, state));
    nodeAffinity.normalize!(pod, snapshot.nodeList, raw, state);
    return raw;
  };

  it.each([
    { name: 'scores every node 0 without preferences', pod: makePod('p'), want: [0, 0, 0] },
    {
      name: 'adds up the weights of matching terms and scales the best to 100',
      pod: makePod('p', {
        affinity: preferred(
          { weight: 80, preference: { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] } },
          { weight: 20, preference: { matchExpressions: [{ key: 'disk', operator: 'Exists' }] } },
        ),
      }),
      want: [100, 20, 0],
    },
    {
      name: 'ignores an empty preference',
      pod: makePod('p', { affinity: preferred({ weight: 50, preference: {} }) }),
      want: [0, 0, 0],
    },
  ])('$name', ({ pod, want }) => {
    expect(scores(pod)).toEqual(want);
  });
});
