import { describe, expect, it } from 'vitest';
import { buildSnapshot } from './framework.ts';
import { buildProfile, DEFAULT_PROFILE_CONFIG, defaultProfile } from './registry.ts';
import { numFeasibleNodesToFind, scheduleBatch, scheduleOne, schedulingOrder, unschedulableMessage } from './schedule-one.ts';
import { antiAffinity, makeNode, makePod } from './test-fixtures.ts';

const unreachable = [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }];

describe('scheduleOne', () => {
  describe('when no node fits', () => {
    const snapshot = buildSnapshot(
      [
        makeNode('n1', { cpu: '1' }),
        makeNode('n2', { cpu: '1' }),
        makeNode('n3', { cpu: '1' }),
        makeNode('n4', { cpu: '8', taints: unreachable }),
        makeNode('n5', { cpu: '8', taints: unreachable }),
      ],
      [],
    );
    const result = scheduleOne(makePod('p', { cpu: '2' }), snapshot, defaultProfile);

    it('chooses no node', () => {
      expect(result.nodeName).toBeUndefined();
    });

    it('counts each reason across the nodes in Kubernetes’ message, sorted as Kubernetes sorts it', () => {
      expect(result.message).toBe(
        '0/5 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 3 Insufficient cpu.',
      );
    });

    it('explains every node with the plugin that failed it', () => {
      const byNode = Object.fromEntries(result.explanation.map((e) => [e.node, e]));
      expect(byNode.n1).toEqual({ node: 'n1', feasible: false, failedPlugin: 'NodeResourcesFit', reasons: ['Insufficient cpu'] });
      expect(byNode.n4).toEqual({
        node: 'n4',
        feasible: false,
        failedPlugin: 'TaintToleration',
        reasons: ['node(s) had untolerated taint {node.kubernetes.io/unreachable: }'],
      });
      expect(result.explanation).toHaveLength(5);
    });
  });

  it('counts every reason of a node that fails several ways', () => {
    const snapshot = buildSnapshot([makeNode('a', { cpu: '1', memory: '1Gi' }), makeNode('b', { cpu: '4', memory: '1Gi' })], []);
    expect(scheduleOne(makePod('p', { cpu: '2', memory: '2Gi' }), snapshot, defaultProfile).message).toBe(
      '0/2 nodes are available: 1 Insufficient cpu, 2 Insufficient memory.',
    );
  });

  it('says there are no nodes when the cluster has none', () => {
    expect(scheduleOne(makePod('p'), buildSnapshot([], []), defaultProfile)).toEqual({
      explanation: [],
      message: 'no nodes available to schedule pods',
    });
  });

  it('chooses the node with the highest weighted score and explains the scores', () => {
    const snapshot = buildSnapshot(
      [makeNode('busy', { cpu: '4', memory: '8Gi' }), makeNode('idle', { cpu: '4', memory: '8Gi' })],
      [makePod('e', { nodeName: 'busy', cpu: '3', memory: '6Gi' })],
    );
    const result = scheduleOne(makePod('p', { cpu: '500m', memory: '1Gi' }), snapshot, defaultProfile);
    expect(result.nodeName).toBe('idle');
    const idle = result.explanation.find((e) => e.node === 'idle')!;
    expect(idle.feasible).toBe(true);
    expect(idle.scores).toEqual({
      TaintToleration: 100,
      NodeAffinity: 0,
      NodeResourcesLeastAllocated: 87,
      SelectorSpread: 0,
      // The pod has no ScheduleAnyway spread constraint: nothing to rank by.
      PodTopologySpreadScore: 0,
      NodeResourcesBalancedAllocation: 100,
    });
    expect(idle.totalScore).toBe(3 * 100 + 2 * 0 + 87 + 2 * 0 + 100);
  });

  it('breaks ties the same way for the same pod but spreads different pods over equal nodes', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((n) => makeNode(n));
    const chosen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const pod = makePod(`p${i}`);
      const first = scheduleOne(pod, buildSnapshot(nodes, []), defaultProfile).nodeName!;
      expect(scheduleOne(pod, buildSnapshot(nodes, []), defaultProfile).nodeName).toBe(first);
      chosen.add(first);
    }
    expect(chosen.size).toBeGreaterThan(1);
  });

  it('leaves out explanations on request but still gives the message', () => {
    const snapshot = buildSnapshot([makeNode('a', { cpu: '1' })], []);
    expect(scheduleOne(makePod('p', { cpu: '2' }), snapshot, defaultProfile, { explain: false })).toEqual({
      explanation: [],
      message: '0/1 nodes are available: 1 Insufficient cpu.',
    });
  });

  describe('on a large cluster', () => {
    const profile = buildProfile({ ...DEFAULT_PROFILE_CONFIG, percentageOfNodesToScore: 10 });
    const nodes = Array.from({ length: 2000 }, (_, i) => makeNode(`n${String(i).padStart(4, '0')}`));

    it('stops filtering once enough nodes are feasible and starts the next search where it stopped', () => {
      const snapshot = buildSnapshot(nodes, []);
      const first = scheduleOne(makePod('p1'), snapshot, profile);
      expect(first.explanation).toHaveLength(200);
      expect(snapshot.nextStartNodeIndex).toBe(200);
      const second = scheduleOne(makePod('p2'), snapshot, profile);
      expect(second.explanation[0]!.node).toBe('n0200');
      expect(snapshot.nextStartNodeIndex).toBe(400);
    });

    it('still looks at every node when none fits', () => {
      const snapshot = buildSnapshot(nodes, []);
      const result = scheduleOne(makePod('p', { cpu: '64' }), snapshot, profile, { explain: false });
      expect(result.message).toBe('0/2000 nodes are available: 2000 Insufficient cpu.');
    });
  });
});

describe('numFeasibleNodesToFind', () => {
  it.each([
    { name: 'looks at every node of a cluster under 100 nodes', percentage: 10, nodes: 99, want: 99 },
    { name: 'adapts the share to the cluster size when the percentage is 0', percentage: 0, nodes: 1000, want: 420 },
    { name: 'takes 10% of 5,000 nodes by default', percentage: 0, nodes: 5000, want: 500 },
    { name: 'never adapts below 5%', percentage: 0, nodes: 10000, want: 500 },
    { name: 'never looks for fewer than 100 nodes', percentage: 5, nodes: 500, want: 100 },
    { name: 'takes every node at 100%', percentage: 100, nodes: 5000, want: 5000 },
  ])('$name', ({ percentage, nodes, want }) => {
    expect(numFeasibleNodesToFind(percentage, nodes)).toBe(want);
  });
});

describe('unschedulableMessage', () => {
  it('sorts the "count reason" strings byte-wise and ends with a period', () => {
    const counts = new Map([
      ['Insufficient memory', 1],
      ["node(s) didn't match Pod's node affinity/selector", 12],
      ['Insufficient cpu', 3],
    ]);
    expect(unschedulableMessage(16, counts)).toBe(
      "0/16 nodes are available: 1 Insufficient memory, 12 node(s) didn't match Pod's node affinity/selector, 3 Insufficient cpu.",
    );
  });
});

describe('schedulingOrder', () => {
  it('puts higher priority first, then older pods, then keeps the input order', () => {
    const pods = [
      makePod('late', { created: '2024-01-01T00:00:05Z' }),
      makePod('early', { created: '2024-01-01T00:00:01Z' }),
      makePod('urgent', { created: '2024-01-01T00:00:09Z', priority: 1000 }),
      makePod('early-too', { created: '2024-01-01T00:00:01Z' }),
    ];
    expect(schedulingOrder(pods).map((p) => p.metadata.name)).toEqual(['urgent', 'early', 'early-too', 'late']);
  });
});

describe('scheduleBatch', () => {
  it('counts each placed pod so later pods in the batch see it', () => {
    const snapshot = buildSnapshot(['a', 'b', 'c'].map((n) => makeNode(n, { cpu: '1' })), []);
    const pods = ['p1', 'p2', 'p3', 'p4'].map((n) => makePod(n, { cpu: '1' }));
    const placements = scheduleBatch(pods, snapshot, defaultProfile);
    const nodesUsed = placements.slice(0, 3).map((p) => p.result.nodeName);
    expect(new Set(nodesUsed)).toEqual(new Set(['a', 'b', 'c']));
    expect(placements[3]!.result).toMatchObject({ message: '0/3 nodes are available: 3 Insufficient cpu.' });
    expect(snapshot.nodes.get('a')!.requested.cpuMillis).toBe(1000);
    expect(snapshot.nodes.get('a')!.pods[0]!.spec.nodeName).toBe('a');
  });

  it('places the higher-priority pod first when capacity is short', () => {
    const snapshot = buildSnapshot([makeNode('a', { cpu: '1' })], []);
    const placements = scheduleBatch(
      [makePod('low', { cpu: '1' }), makePod('high', { cpu: '1', priority: 10 })],
      snapshot,
      defaultProfile,
    );
    expect(placements.map((p) => [p.pod.metadata.name, p.result.nodeName])).toEqual([
      ['high', 'a'],
      ['low', undefined],
    ]);
  });

  it('honours anti-affinity between pods of the same batch', () => {
    const snapshot = buildSnapshot(['a', 'b'].map((n) => makeNode(n)), []);
    const pods = ['p1', 'p2', 'p3'].map((n) => makePod(n, { labels: { app: 'web' }, affinity: antiAffinity({ app: 'web' }) }));
    const placements = scheduleBatch(pods, snapshot, defaultProfile);
    expect(new Set(placements.slice(0, 2).map((p) => p.result.nodeName))).toEqual(new Set(['a', 'b']));
    expect(placements[2]!.result.message).toBe("0/2 nodes are available: 2 node(s) didn't match pod anti-affinity rules.");
  });

  it('spreads the pods of one workload evenly over equal nodes', () => {
    const snapshot = buildSnapshot(['a', 'b', 'c'].map((n) => makeNode(n)), []);
    const pods = Array.from({ length: 9 }, (_, i) => makePod(`p${i}`, { ownerUid: 'rs-1', cpu: '100m', memory: '100Mi' }));
    const placements = scheduleBatch(pods, snapshot, defaultProfile);
    const perNode = new Map<string, number>();
    for (const p of placements) perNode.set(p.result.nodeName!, (perNode.get(p.result.nodeName!) ?? 0) + 1);
    expect(Object.fromEntries(perNode)).toEqual({ a: 3, b: 3, c: 3 });
  });

  it('gives pods equal to one that fit nowhere the same answer and leaves the input pods untouched', () => {
    const snapshot = buildSnapshot([makeNode('a', { cpu: '1' })], []);
    const pods = ['p1', 'p2', 'p3'].map((n) => makePod(n, { cpu: '2' }));
    const placements = scheduleBatch(pods, snapshot, defaultProfile);
    expect(placements.map((p) => p.result.message)).toEqual(Array(3).fill('0/1 nodes are available: 1 Insufficient cpu.'));
    expect(pods.every((p) => p.spec.nodeName === undefined)).toBe(true);
  });
});
