import { describe, expect, it } from 'vitest';
import type { KObject } from '../../kinds/types.ts';
import { buildSnapshot } from '../framework.ts';
import { scheduleBatch } from '../schedule-one.ts';
import { defaultProfile } from '../registry.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { ERR_REASON_CONSTRAINTS_NOT_MATCH, ERR_REASON_NODE_LABEL_NOT_MATCH, podTopologySpread } from './pod-topology-spread.ts';

const ZONE = 'topology.kubernetes.io/zone';
const HOST = 'kubernetes.io/hostname';

function spreadPod(name: string, constraint: Record<string, unknown>, extra: Record<string, unknown> = {}): KObject {
  const p = makePod(name, { labels: { app: 'web' } });
  p.spec.topologySpreadConstraints = [{ maxSkew: 1, whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } }, ...constraint }];
  Object.assign(p.spec, extra);
  return p;
}
const web = (name: string, nodeName: string, labels: Record<string, string> = { app: 'web' }) => makePod(name, { nodeName, labels });

function verdicts(pod: KObject, nodes: KObject[], bound: KObject[]): Record<string, string> {
  const snapshot = buildSnapshot(nodes, bound);
  const state = podTopologySpread.preFilter!(pod, snapshot);
  return Object.fromEntries(snapshot.nodeList.map((n) => {
    const s = podTopologySpread.filter(pod, n, snapshot, state);
    return [n.name, s.code === 'Success' ? 'ok' : s.reasons.join()];
  }));
}

const zoned = [makeNode('a1', { labels: { [ZONE]: 'a' } }), makeNode('a2', { labels: { [ZONE]: 'a' } }), makeNode('b1', { labels: { [ZONE]: 'b' } })];

describe('PodTopologySpread (filter)', () => {
  it('keeps the skew between zones within maxSkew', () => {
    const pod = spreadPod('p', { topologyKey: ZONE });
    // zone a has 1, zone b has 0: a would make 2-0 = 2 > 1.
    expect(verdicts(pod, zoned, [web('e1', 'a1')])).toEqual({ a1: ERR_REASON_CONSTRAINTS_NOT_MATCH, a2: ERR_REASON_CONSTRAINTS_NOT_MATCH, b1: 'ok' });
    expect(verdicts(pod, zoned, [web('e1', 'a1'), web('e2', 'b1')])).toEqual({ a1: 'ok', a2: 'ok', b1: 'ok' });
  });

  it('counts only pods the selector matches, in the pod namespace', () => {
    const pod = spreadPod('p', { topologyKey: ZONE });
    const other = makePod('o', { nodeName: 'a1', labels: { app: 'web' }, namespace: 'elsewhere' });
    expect(verdicts(pod, zoned, [web('db', 'a1', { app: 'db' }), other])).toEqual({ a1: 'ok', a2: 'ok', b1: 'ok' });
  });

  it('refuses nodes without the topology key as unresolvable', () => {
    const nodes = [...zoned, makeNode('nozone')];
    expect(verdicts(spreadPod('p', { topologyKey: ZONE }), nodes, [])['nozone']).toBe(ERR_REASON_NODE_LABEL_NOT_MATCH);
  });

  it('treats the minimum as 0 with fewer domains than minDomains', () => {
    const pod = spreadPod('p', { topologyKey: ZONE, minDomains: 3 });
    // Both zones hold one pod: the skew would be 1 + 1 - 0 = 2 > 1 everywhere.
    expect(verdicts(pod, zoned, [web('e1', 'a1'), web('e2', 'b1')])).toEqual({ a1: ERR_REASON_CONSTRAINTS_NOT_MATCH, a2: ERR_REASON_CONSTRAINTS_NOT_MATCH, b1: ERR_REASON_CONSTRAINTS_NOT_MATCH });
  });

  it('leaves out of the count nodes the pod may not go to (nodeAffinityPolicy Honor), unless told to Ignore', () => {
    // Zone b is excluded by the pod's nodeSelector: its empty domain is not the minimum.
    const nodes = [makeNode('a1', { labels: { [ZONE]: 'a', pool: 'x' } }), makeNode('b1', { labels: { [ZONE]: 'b' } })];
    const honor = spreadPod('p', { topologyKey: ZONE }, { nodeSelector: { pool: 'x' } });
    expect(verdicts(honor, nodes, [web('e1', 'a1')])['a1']).toBe('ok');
    const ignore = spreadPod('p', { topologyKey: ZONE, nodeAffinityPolicy: 'Ignore' }, { nodeSelector: { pool: 'x' } });
    expect(verdicts(ignore, nodes, [web('e1', 'a1')])['a1']).toBe(ERR_REASON_CONSTRAINTS_NOT_MATCH);
  });

  it('counts tainted nodes by default and leaves them out with nodeTaintsPolicy Honor', () => {
    const nodes = [makeNode('a1', { labels: { [ZONE]: 'a' } }), makeNode('b1', { labels: { [ZONE]: 'b' }, taints: [{ key: 'gpu', effect: 'NoSchedule' }] })];
    expect(verdicts(spreadPod('p', { topologyKey: ZONE }), nodes, [web('e1', 'a1')])['a1']).toBe(ERR_REASON_CONSTRAINTS_NOT_MATCH);
    expect(verdicts(spreadPod('p', { topologyKey: ZONE, nodeTaintsPolicy: 'Honor' }), nodes, [web('e1', 'a1')])['a1']).toBe('ok');
  });

  it('ignores ScheduleAnyway constraints', () => {
    const pod = spreadPod('p', { topologyKey: ZONE, whenUnsatisfiable: 'ScheduleAnyway' });
    expect(verdicts(pod, zoned, [web('e1', 'a1'), web('e2', 'a2')])).toEqual({ a1: 'ok', a2: 'ok', b1: 'ok' });
  });

  it('spreads 4 pods with maxSkew 1 over kubernetes.io/hostname 2/2 on two nodes, in one batch', () => {
    const nodes = [makeNode('n1'), makeNode('n2')];
    const pods = [1, 2, 3, 4].map((i) => spreadPod(`w${i}`, { topologyKey: HOST }));
    const placements = scheduleBatch(pods, buildSnapshot(nodes, []), defaultProfile);
    const perNode: Record<string, number> = {};
    for (const p of placements) {
      expect(p.result.nodeName, p.pod.metadata.name).toBeDefined();
      perNode[p.result.nodeName!] = (perNode[p.result.nodeName!] ?? 0) + 1;
    }
    expect(perNode).toEqual({ n1: 2, n2: 2 });
  });
});
