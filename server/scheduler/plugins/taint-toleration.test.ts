import { describe, expect, it } from 'vitest';
import { buildSnapshot, type Status, type Taint, type Toleration } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { taintToleration } from './taint-toleration.ts';

describe('TaintToleration filter', () => {
  it.each<{ name: string; taints: Taint[]; tolerations?: Toleration[]; want: Status }>([
    { name: 'lets any pod onto an untainted node', taints: [], want: { code: 'Success' } },
    {
      name: 'keeps a pod off a NoSchedule taint it does not tolerate, naming the taint',
      taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
      want: { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {dedicated: gpu}'] },
    },
    {
      name: 'prints an empty taint value as nothing after the colon',
      taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }],
      want: { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {node.kubernetes.io/unreachable: }'] },
    },
    {
      name: 'ignores PreferNoSchedule taints',
      taints: [{ key: 'soft', effect: 'PreferNoSchedule' }],
      want: { code: 'Success' },
    },
    {
      name: 'lets a pod that tolerates the taint onto the node',
      taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
      tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }],
      want: { code: 'Success' },
    },
    {
      name: 'names the first untolerated taint when some are tolerated',
      taints: [
        { key: 'a', value: '1', effect: 'NoSchedule' },
        { key: 'b', value: '2', effect: 'NoExecute' },
      ],
      tolerations: [{ key: 'a', operator: 'Exists' }],
      want: { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {b: 2}'] },
    },
    {
      name: 'lets a pod with an empty-key Exists toleration onto any tainted node',
      taints: [
        { key: 'a', effect: 'NoSchedule' },
        { key: 'b', effect: 'NoExecute' },
      ],
      tolerations: [{ operator: 'Exists' }],
      want: { code: 'Success' },
    },
  ])('$name', ({ taints, tolerations, want }) => {
    const snapshot = buildSnapshot([makeNode('n', { taints })], []);
    expect(taintToleration.filter(makePod('p', { tolerations }), snapshot.nodes.get('n')!, snapshot)).toEqual(want);
  });
});

describe('TaintToleration score', () => {
  const soft = (key: string): Taint => ({ key, effect: 'PreferNoSchedule' });
  const snapshot = buildSnapshot(
    [
      makeNode('clean'),
      makeNode('one', { taints: [soft('x')] }),
      makeNode('two', { taints: [soft('x'), soft('y')] }),
      makeNode('hard', { taints: [{ key: 'x', effect: 'NoSchedule' }] }),
    ],
    [],
  );
  const scores = (tolerations?: Toleration[]) => {
    const pod = makePod('p', { tolerations });
    const state = taintToleration.preScore!(pod, snapshot);
    const raw = snapshot.nodeList.map((n) => taintToleration.score(pod, n, snapshot, state));
    taintToleration.normalize!(pod, snapshot.nodeList, raw, state);
    return Object.fromEntries(snapshot.nodeList.map((n, i) => [n.name, raw[i]]));
  };

  it.each<{ name: string; tolerations?: Toleration[]; want: Record<string, number> }>([
    { name: 'ranks nodes by how few PreferNoSchedule taints the pod does not tolerate', want: { clean: 100, hard: 100, one: 50, two: 0 } },
    { name: 'counts tolerated PreferNoSchedule taints as absent', tolerations: [{ key: 'x', operator: 'Exists', effect: 'PreferNoSchedule' }], want: { clean: 100, hard: 100, one: 100, two: 0 } },
    { name: 'ignores tolerations for other effects', tolerations: [{ key: 'x', operator: 'Exists', effect: 'NoSchedule' }], want: { clean: 100, hard: 100, one: 50, two: 0 } },
    { name: 'scores every node 100 when the pod tolerates all', tolerations: [{ operator: 'Exists' }], want: { clean: 100, hard: 100, one: 100, two: 100 } },
  ])('$name', ({ tolerations, want }) => {
    expect(scores(tolerations)).toEqual(want);
  });
});
