import { describe, expect, it } from 'vitest';
import type { KObject } from '../../kinds/types.ts';
import { buildSnapshot } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { podTopologySpreadScore } from './pod-topology-spread-score.ts';

const ZONE = 'topology.kubernetes.io/zone';

function scores(pod: KObject, nodes: KObject[], bound: KObject[]): Record<string, number> {
  const snapshot = buildSnapshot(nodes, bound);
  const state = podTopologySpreadScore.preScore!(pod, snapshot);
  const raw = snapshot.nodeList.map((n) => podTopologySpreadScore.score(pod, n, snapshot, state));
  podTopologySpreadScore.normalize!(pod, snapshot.nodeList, raw, state);
  return Object.fromEntries(snapshot.nodeList.map((n, i) => [n.name, raw[i]!]));
}

const pod = (whenUnsatisfiable = 'ScheduleAnyway') => {
  const p = makePod('p', { labels: { app: 'web' } });
  p.spec.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: ZONE, whenUnsatisfiable, labelSelector: { matchLabels: { app: 'web' } } }];
  return p;
};
const web = (name: string, nodeName: string) => makePod(name, { nodeName, labels: { app: 'web' } });
const nodes = [makeNode('a1', { labels: { [ZONE]: 'a' } }), makeNode('b1', { labels: { [ZONE]: 'b' } }), makeNode('c1', { labels: { [ZONE]: 'c' } }), makeNode('nozone')];

describe('PodTopologySpreadScore', () => {
  it('prefers the zones with fewer matching pods and gives nodes without the key 0', () => {
    const got = scores(pod(), nodes, [web('e1', 'a1'), web('e2', 'a1'), web('e3', 'b1')]);
    expect(got['c1']).toBe(100);
    expect(got['a1']).toBeLessThan(got['b1']!);
    expect(got['b1']).toBeLessThan(100);
    expect(got['nozone']).toBe(0);
  });

  it('gives every node 100 when nothing matches yet', () => {
    expect(scores(pod(), nodes.slice(0, 3), [])).toEqual({ a1: 100, b1: 100, c1: 100 });
  });

  it('does not rank by DoNotSchedule constraints (the filter does)', () => {
    const got = scores(pod('DoNotSchedule'), nodes.slice(0, 3), [web('e1', 'a1')]);
    expect(new Set(Object.values(got)).size).toBe(1);
  });
});
