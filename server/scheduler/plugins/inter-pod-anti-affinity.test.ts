import { describe, expect, it } from 'vitest';
import type { KObject } from '../../kinds/types.ts';
import { buildSnapshot } from '../framework.ts';
import { antiAffinity, makeNode, makePod } from '../test-fixtures.ts';
import { ERR_REASON_ANTI_AFFINITY, ERR_REASON_EXISTING_ANTI_AFFINITY, interPodAntiAffinity } from './inter-pod-anti-affinity.ts';

const ZONE = 'topology.kubernetes.io/zone';
const nodes = [
  makeNode('a1', { labels: { [ZONE]: 'a' } }),
  makeNode('a2', { labels: { [ZONE]: 'a' } }),
  makeNode('b1', { labels: { [ZONE]: 'b' } }),
  makeNode('nozone'),
];
const namespaces = [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other', labels: { team: 'x' } } }];

/** Which nodes the pod may go to, and why the others refuse it. */
function verdicts(pod: KObject, bound: KObject[]): Record<string, string> {
  const snapshot = buildSnapshot(nodes, bound, namespaces);
  const state = interPodAntiAffinity.preFilter!(pod, snapshot);
  return Object.fromEntries(
    snapshot.nodeList.map((n) => {
      const status = interPodAntiAffinity.filter(pod, n, snapshot, state);
      return [n.name, status.code === 'Success' ? 'ok' : status.reasons.join()];
    }),
  );
}

const INCOMING = ERR_REASON_ANTI_AFFINITY;
const EXISTING = ERR_REASON_EXISTING_ANTI_AFFINITY;

describe('InterPodAntiAffinity', () => {
  it.each<{ name: string; pod: KObject; bound: KObject[]; want: Record<string, string> }>([
    {
      name: 'lets a pod without anti-affinity anywhere when no existing pod objects',
      pod: makePod('p', { labels: { app: 'web' } }),
      bound: [makePod('e', { nodeName: 'a1', labels: { app: 'web' } })],
      want: { a1: 'ok', a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'keeps a pod off the host of a pod its hostname term matches',
      pod: makePod('p', { labels: { app: 'web' }, affinity: antiAffinity({ app: 'web' }) }),
      bound: [makePod('e', { nodeName: 'a1', labels: { app: 'web' } })],
      want: { a1: INCOMING, a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'keeps a pod off the whole zone of a pod its zone term matches, but not off nodes without the zone label',
      pod: makePod('p', { affinity: antiAffinity({ app: 'db' }, ZONE) }),
      bound: [makePod('e', { nodeName: 'a2', labels: { app: 'db' } })],
      want: { a1: INCOMING, a2: INCOMING, b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'is symmetric: keeps a pod out of the domain of an existing pod whose term matches it',
      pod: makePod('p', { labels: { app: 'web' } }),
      bound: [makePod('e', { nodeName: 'b1', labels: { app: 'cache' }, affinity: antiAffinity({ app: 'web' }, ZONE) })],
      want: { a1: 'ok', a2: 'ok', b1: EXISTING, nozone: 'ok' },
    },
    {
      name: 'looks only in the pod’s own namespace by default',
      pod: makePod('p', { affinity: antiAffinity({ app: 'web' }) }),
      bound: [makePod('e', { nodeName: 'a1', namespace: 'other', labels: { app: 'web' } })],
      want: { a1: 'ok', a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'applies an existing pod’s term only to pods of its namespace by default',
      pod: makePod('p', { labels: { app: 'web' } }),
      bound: [makePod('e', { nodeName: 'a1', namespace: 'other', affinity: antiAffinity({ app: 'web' }) })],
      want: { a1: 'ok', a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'looks in the namespaces a term lists',
      pod: makePod('p', { affinity: antiAffinity({ app: 'web' }, undefined, { namespaces: ['other'] }) }),
      bound: [makePod('e', { nodeName: 'a1', namespace: 'other', labels: { app: 'web' } })],
      want: { a1: INCOMING, a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'looks in the namespaces a namespaceSelector picks',
      pod: makePod('p', { affinity: antiAffinity({ app: 'web' }, undefined, { namespaceSelector: { matchLabels: { team: 'x' } } }) }),
      bound: [makePod('e', { nodeName: 'a1', namespace: 'other', labels: { app: 'web' } })],
      want: { a1: INCOMING, a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'looks in every namespace with an empty namespaceSelector',
      pod: makePod('p', { affinity: antiAffinity({ app: 'web' }, undefined, { namespaceSelector: {} }) }),
      bound: [makePod('e', { nodeName: 'b1', namespace: 'elsewhere', labels: { app: 'web' } })],
      want: { a1: 'ok', a2: 'ok', b1: INCOMING, nozone: 'ok' },
    },
    {
      name: 'finds the pods an In expression matches',
      pod: makePod('p', { affinity: antiAffinity({}, undefined, { labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['db', 'web'] }] } }) }),
      bound: [makePod('e', { nodeName: 'b1', labels: { app: 'web' } }), makePod('f', { nodeName: 'a1', labels: { app: 'cache' } })],
      want: { a1: 'ok', a2: 'ok', b1: INCOMING, nozone: 'ok' },
    },
    {
      name: 'finds the pods an Exists expression matches',
      pod: makePod('p', { affinity: antiAffinity({}, ZONE, { labelSelector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } }) }),
      bound: [makePod('e', { nodeName: 'a1', labels: { app: 'anything' } }), makePod('f', { nodeName: 'b1' })],
      want: { a1: INCOMING, a2: INCOMING, b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'is symmetric for existing terms without matchLabels too',
      pod: makePod('p', { labels: { tier: 'front' } }),
      bound: [
        makePod('e', {
          nodeName: 'a2',
          affinity: antiAffinity({}, undefined, { labelSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['back'] }] } }),
        }),
      ],
      want: { a1: 'ok', a2: EXISTING, b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'is not bothered by existing terms that need labels the pod lacks',
      pod: makePod('p', { labels: { app: 'web' } }),
      bound: [makePod('e', { nodeName: 'a1', affinity: antiAffinity({ app: 'web', tier: 'db' }) })],
      want: { a1: 'ok', a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'ignores terminated pods',
      pod: makePod('p', { affinity: antiAffinity({ app: 'web' }) }),
      bound: [makePod('e', { nodeName: 'a1', labels: { app: 'web' }, phase: 'Succeeded' })],
      want: { a1: 'ok', a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'matches nothing with a term that has no label selector',
      pod: makePod('p', {
        affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname' }] } },
      }),
      bound: [makePod('e', { nodeName: 'a1', labels: { app: 'web' } })],
      want: { a1: 'ok', a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
    {
      name: 'reports the incoming pod’s rules before the existing pods’ rules',
      pod: makePod('p', { labels: { app: 'web' }, affinity: antiAffinity({ app: 'web' }) }),
      bound: [makePod('e', { nodeName: 'a1', labels: { app: 'web' }, affinity: antiAffinity({ app: 'web' }) })],
      want: { a1: INCOMING, a2: 'ok', b1: 'ok', nozone: 'ok' },
    },
  ])('$name', ({ pod, bound, want }) => {
    expect(verdicts(pod, bound)).toEqual(want);
  });

  it('gives the same answer without a precomputed state', () => {
    const snapshot = buildSnapshot(nodes, [makePod('e', { nodeName: 'a1', labels: { app: 'web' } })]);
    const pod = makePod('p', { affinity: antiAffinity({ app: 'web' }) });
    expect(interPodAntiAffinity.filter(pod, snapshot.nodes.get('a1')!, snapshot)).toEqual({
      code: 'Unschedulable',
      reasons: [INCOMING],
    });
  });
});
