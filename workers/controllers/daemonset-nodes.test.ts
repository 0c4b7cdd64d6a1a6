import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { daemonPodForNode, daemonPodNodeName, daemonPodTolerations, DAEMON_POD_TOLERATIONS, nodePlacement } from './daemonset-nodes.ts';

function node(name: string, opts: { labels?: Record<string, string>; taints?: any[]; unschedulable?: boolean } = {}): KObject {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name, labels: opts.labels ?? {} }, spec: { taints: opts.taints, unschedulable: opts.unschedulable } };
}

function ds(podSpec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent', namespace: 'default', uid: 'ds-uid', generation: 3 },
    spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'b' }], ...podSpec } } },
  };
}

describe('nodePlacement', () => {
  it('runs on a plain node', () => {
    expect(nodePlacement(node('n'), ds())).toEqual({ shouldRun: true, shouldContinueRunning: true });
  });

  it('needs the nodeSelector labels and the required node affinity', () => {
    expect(nodePlacement(node('n', { labels: { disk: 'hdd' } }), ds({ nodeSelector: { disk: 'ssd' } }))).toEqual({ shouldRun: false, shouldContinueRunning: false });
    const affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] } } };
    expect(nodePlacement(node('n', { labels: { zone: 'a' } }), ds({ affinity })).shouldRun).toBe(true);
    expect(nodePlacement(node('n', { labels: { zone: 'b' } }), ds({ affinity })).shouldRun).toBe(false);
  });

  it('keeps a new pod off an untolerated NoSchedule taint but lets a running one stay', () => {
    expect(nodePlacement(node('n', { taints: [{ key: 'gpu', effect: 'NoSchedule' }] }), ds())).toEqual({ shouldRun: false, shouldContinueRunning: true });
    expect(nodePlacement(node('n', { taints: [{ key: 'gpu', effect: 'NoSchedule' }] }), ds({ tolerations: [{ key: 'gpu', operator: 'Exists' }] })).shouldRun).toBe(true);
  });

  it('removes the pod from an untolerated NoExecute taint', () => {
    expect(nodePlacement(node('n', { taints: [{ key: 'broken', effect: 'NoExecute' }] }), ds())).toEqual({ shouldRun: false, shouldContinueRunning: false });
  });

  it('tolerates the node conditions every daemon tolerates, and cordoned nodes', () => {
    const taints = [
      { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/pid-pressure', effect: 'NoSchedule' },
    ];
    expect(nodePlacement(node('n', { taints, unschedulable: true }), ds()).shouldRun).toBe(true);
    // network-unavailable is tolerated only by host-network daemons.
    const network = [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }];
    expect(nodePlacement(node('n', { taints: network }), ds()).shouldRun).toBe(false);
    expect(nodePlacement(node('n', { taints: network }), ds({ hostNetwork: true })).shouldRun).toBe(true);
  });
});

describe('daemonPodTolerations', () => {
  it("adds Kubernetes' daemon tolerations once, keeping the template's own", () => {
    const own = { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' };
    const got = daemonPodTolerations({ tolerations: [own, { key: 'gpu', operator: 'Exists' }] });
    expect(got).toHaveLength(DAEMON_POD_TOLERATIONS.length + 1);
    expect(got.filter((t) => t.key === 'node.kubernetes.io/unschedulable')).toEqual([own]);
  });
});

describe('daemonPodForNode', () => {
  it('pins the pod to its node through node affinity on metadata.name, keeping preferred terms', () => {
    const preferred = [{ weight: 1, preference: { matchExpressions: [{ key: 'fast', operator: 'Exists' }] } }];
    const required = { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] };
    const pod = daemonPodForNode(ds({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: required, preferredDuringSchedulingIgnoredDuringExecution: preferred } } }), 'n7', 'h4sh');
    expect(pod.spec.affinity.nodeAffinity).toEqual({
      requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n7'] }] }] },
      preferredDuringSchedulingIgnoredDuringExecution: preferred,
    });
    expect(pod.spec.nodeName).toBeUndefined();
    expect(pod.metadata).toMatchObject({
      generateName: 'agent-',
      labels: { app: 'agent', 'controller-revision-hash': 'h4sh', 'pod-template-generation': '3' },
      ownerReferences: [{ kind: 'DaemonSet', name: 'agent', uid: 'ds-uid', controller: true }],
    });
    expect(daemonPodNodeName(pod)).toBe('n7');
    expect(daemonPodNodeName({ ...pod, spec: { ...pod.spec, nodeName: 'n8' } })).toBe('n8');
  });
});
