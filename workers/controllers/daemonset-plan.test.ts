import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { daemonSetRevisionHash } from './daemonset-nodes.ts';
import { planDaemonSet } from './daemonset-plan.ts';
import { calculateDaemonSetStatus } from './daemonset-status.ts';

const NOW = Date.parse('2030-01-01T00:10:00Z');
const nodes = ['n1', 'n2', 'n3', 'n4'].map((name): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } }));

function ds(rollingUpdate: Record<string, unknown> | null = { maxUnavailable: 1, maxSurge: 0 }): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent', namespace: 'default', uid: 'u', generation: 2 },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'v2' }] } },
      updateStrategy: rollingUpdate ? { type: 'RollingUpdate', rollingUpdate } : { type: 'OnDelete' },
    },
  };
}

let seq = 0;
function pod(nodeName: string, hash: string, opts: { ready?: boolean; phase?: string; deleting?: boolean } = {}): KObject {
  seq++;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `agent-${seq}`,
      labels: { app: 'agent', 'controller-revision-hash': hash },
      creationTimestamp: `2030-01-01T00:00:${String(seq).padStart(2, '0')}Z`,
      ...(opts.deleting ? { deletionTimestamp: '2030-01-01T00:09:00Z' } : {}),
    },
    spec: { nodeName },
    status: { phase: opts.phase ?? 'Running', conditions: opts.ready === false ? [] : [{ type: 'Ready', status: 'True', lastTransitionTime: '2030-01-01T00:01:00Z' }] },
  };
}

const names = (pods: KObject[]) => pods.map((p) => p.spec.nodeName).sort();

describe('planDaemonSet', () => {
  it('creates on nodes without a pod, not where one is still terminating or has failed', () => {
    const d = ds();
    const h = daemonSetRevisionHash(d);
    const failed = pod('n3', h, { phase: 'Failed' });
    const plan = planDaemonSet(d, nodes, [pod('n1', h), pod('n2', h, { deleting: true }), failed], NOW);
    expect(plan.createOn).toEqual(['n4']);
    expect(plan.toDelete).toEqual([failed]);
  });

  it('deletes surplus pods on a node, keeping the oldest, and force-deletes pods of nodes that are gone', () => {
    const d = ds();
    const h = daemonSetRevisionHash(d);
    const [a, b, gone] = [pod('n1', h), pod('n1', h), pod('n9', h)];
    const plan = planDaemonSet(d, nodes.slice(0, 1), [a, b, gone], NOW);
    expect(plan.toDelete).toEqual([b]);
    expect(plan.toForceDelete).toEqual([gone]);
  });

  it('with maxUnavailable 1, replaces one old available pod at a time, and old unavailable ones at once', () => {
    const d = ds();
    const pods = [pod('n1', 'old'), pod('n2', 'old'), pod('n3', 'old', { ready: false }), pod('n4', 'old')];
    // n3 is already unavailable: it counts against maxUnavailable 1, so only it goes.
    expect(names(planDaemonSet(d, nodes, pods, NOW).toDelete)).toEqual(['n3']);
    const healthy = [pod('n1', 'old'), pod('n2', 'old'), pod('n3', 'old'), pod('n4', 'old')];
    expect(planDaemonSet(d, nodes, healthy, NOW).toDelete).toHaveLength(1);
    expect(planDaemonSet(ds({ maxUnavailable: '50%', maxSurge: 0 }), nodes, healthy, NOW).toDelete).toHaveLength(2);
  });

  it('with maxSurge, starts new pods beside old ones and deletes an old one once its successor is available', () => {
    const d = ds({ maxUnavailable: 0, maxSurge: 1 });
    const h = daemonSetRevisionHash(d);
    const old = [pod('n1', 'old'), pod('n2', 'old'), pod('n3', 'old'), pod('n4', 'old')];
    expect(planDaemonSet(d, nodes, old, NOW)).toMatchObject({ createOn: ['n1'], toDelete: [] });
    // A surge pod not yet ready holds the one surge slot.
    expect(planDaemonSet(d, nodes, [...old, pod('n1', h, { ready: false })], NOW)).toMatchObject({ createOn: [], toDelete: [] });
    const plan = planDaemonSet(d, nodes, [...old, pod('n1', h)], NOW);
    expect(plan.toDelete).toEqual([old[0]]);
    expect(plan.createOn).toEqual(['n2']);
  });

  it('with OnDelete, leaves old pods alone', () => {
    const plan = planDaemonSet(ds(null), nodes, [pod('n1', 'old'), pod('n2', 'old'), pod('n3', 'old'), pod('n4', 'old')], NOW);
    expect(plan).toEqual({ createOn: [], toDelete: [], toForceDelete: [] });
  });
});

describe('calculateDaemonSetStatus', () => {
  it('counts desired, current, ready, available, updated and misscheduled nodes', () => {
    const d = ds();
    d.spec.template.spec.nodeSelector = { role: 'edge' };
    const edge = nodes.slice(0, 3).map((n) => ({ ...n, metadata: { ...n.metadata, labels: { role: 'edge' } } }));
    const h = daemonSetRevisionHash(d);
    const pods = [pod('n1', h), pod('n2', 'old', { ready: false }), pod('n4', h)];
    expect(calculateDaemonSetStatus(d, [...edge, nodes[3]!], pods, NOW).status).toEqual({
      desiredNumberScheduled: 3,
      currentNumberScheduled: 2,
      numberReady: 1,
      numberAvailable: 1,
      numberUnavailable: 2,
      updatedNumberScheduled: 1,
      numberMisscheduled: 1,
      observedGeneration: 2,
    });
  });
});
