import { describe, expect, it } from 'vitest';
import { addPod, buildSnapshot, defaultNormalizeScore, removePod } from './framework.ts';
import { podHostPorts, workloadKey, zoneKey } from './snapshot.ts';
import { antiAffinity, makeNode, makePod } from './test-fixtures.ts';

describe('buildSnapshot', () => {
  const nodes = [makeNode('b'), makeNode('a')];

  it('lists the nodes sorted by name', () => {
    expect(buildSnapshot(nodes, []).nodeList.map((n) => n.name)).toEqual(['a', 'b']);
  });

  it('counts bound pods against their node and leaves out pending, terminated and stray pods', () => {
    const snapshot = buildSnapshot(nodes, [
      makePod('running', { nodeName: 'a', cpu: '1', memory: '1Gi' }),
      makePod('pending', { cpu: '1' }),
      makePod('done', { nodeName: 'a', cpu: '1', phase: 'Succeeded' }),
      makePod('failed', { nodeName: 'a', cpu: '1', phase: 'Failed' }),
      makePod('stray', { nodeName: 'gone', cpu: '1' }),
    ]);
    const a = snapshot.nodes.get('a')!;
    expect(a.pods.map((p) => p.metadata.name)).toEqual(['running']);
    expect(a.requested).toEqual({ cpuMillis: 1000, memoryBytes: 2 ** 30 });
    expect(snapshot.nodes.get('b')!.pods).toEqual([]);
  });

  it('keeps namespace labels for namespace selectors', () => {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team', labels: { team: 'x' } } };
    expect(buildSnapshot(nodes, [], [ns]).namespaceLabels.get('team')).toEqual({ team: 'x' });
  });
});

describe('addPod', () => {
  it('updates every aggregate the plugins read', () => {
    const nodeInfo = buildSnapshot([makeNode('a')], []).nodes.get('a')!;
    const pod = makePod('p', {
      nodeName: 'a',
      ownerUid: 'rs-1',
      ports: [{ containerPort: 80, hostPort: 8080 }],
      labels: { app: 'web' },
      affinity: antiAffinity({ app: 'x' }),
    });
    addPod(nodeInfo, pod);
    expect(nodeInfo.requested).toEqual({ cpuMillis: 0, memoryBytes: 0 });
    expect(nodeInfo.nonZeroRequested).toEqual({ cpuMillis: 100, memoryBytes: 200 * 2 ** 20 });
    expect(nodeInfo.usedPorts.get('0.0.0.0')).toEqual(new Set(['TCP/8080']));
    expect(nodeInfo.workloadCounts.get('uid:rs-1')).toBe(1);
    expect(nodeInfo.cluster.antiAffinityByLabel.get('app=x')).toEqual(new Set([{ pod, nodeInfo }]));
    expect(nodeInfo.cluster.podsByLabel.get('app=web')).toEqual(new Set([{ pod, nodeInfo }]));
  });

  it("keeps, cluster-wide, each workload's pod count per node, and removePod takes it back", () => {
    const snapshot = buildSnapshot([makeNode('a'), makeNode('b')], []);
    const [a, b] = [snapshot.nodes.get('a')!, snapshot.nodes.get('b')!];
    const pods = [makePod('p1', { nodeName: 'a', ownerUid: 'rs-1' }), makePod('p2', { nodeName: 'a', ownerUid: 'rs-1' }), makePod('p3', { nodeName: 'b', ownerUid: 'rs-1' })];
    addPod(a, pods[0]!);
    addPod(a, pods[1]!);
    addPod(b, pods[2]!);
    expect(snapshot.cluster.workloadNodes.get('uid:rs-1')).toEqual(new Map([[a, 2], [b, 1]]));
    removePod(b, pods[2]!);
    removePod(a, pods[0]!);
    expect(snapshot.cluster.workloadNodes.get('uid:rs-1')).toEqual(new Map([[a, 1]]));
    removePod(a, pods[1]!);
    expect(snapshot.cluster.workloadNodes.has('uid:rs-1')).toBe(false);
  });

  it('does not count a terminating pod toward its workload', () => {
    const nodeInfo = buildSnapshot([makeNode('a')], []).nodes.get('a')!;
    addPod(nodeInfo, makePod('p', { nodeName: 'a', ownerUid: 'rs-1', deleting: true }));
    expect(nodeInfo.workloadCounts.size).toBe(0);
  });
});

describe('podHostPorts', () => {
  it.each([
    { name: 'ignores container ports without a host port', ports: [{ containerPort: 80 }], want: [] },
    { name: 'treats host port 0 as no host port', ports: [{ containerPort: 80, hostPort: 0 }], want: [] },
    { name: 'defaults the protocol to TCP and the host IP to 0.0.0.0', ports: [{ containerPort: 80, hostPort: 80 }], want: [{ hostIP: '0.0.0.0', protocol: 'TCP', hostPort: 80 }] },
    { name: 'keeps an explicit protocol and host IP', ports: [{ containerPort: 53, hostPort: 53, protocol: 'UDP', hostIP: '10.0.0.1' }], want: [{ hostIP: '10.0.0.1', protocol: 'UDP', hostPort: 53 }] },
  ])('$name', ({ ports, want }) => {
    expect(podHostPorts(makePod('p', { ports }))).toEqual(want);
  });
});

describe('workloadKey', () => {
  it.each([
    { name: 'is the controller uid when the pod has a controller', pod: makePod('p', { ownerUid: 'u1', labels: { app: 'x' } }), want: 'uid:u1' },
    { name: 'is the namespace and sorted labels when the pod has no controller', pod: makePod('p', { labels: { b: '2', a: '1' } }), want: 'labels:default/a=1,b=2' },
    { name: 'is undefined for a pod with neither', pod: makePod('p'), want: undefined },
  ])('$name', ({ pod, want }) => {
    expect(workloadKey(pod)).toBe(want);
  });
});

describe('defaultNormalizeScore', () => {
  it.each([
    { name: 'scales the highest score to 100', scores: [1, 2, 4], reverse: false, want: [25, 50, 100] },
    { name: 'reverses counts so the lowest count scores 100', scores: [0, 1, 2], reverse: true, want: [100, 50, 0] },
    { name: 'leaves all-zero scores at 0', scores: [0, 0], reverse: false, want: [0, 0] },
    { name: 'turns all-zero counts into 100 when reversed', scores: [0, 0], reverse: true, want: [100, 100] },
    { name: 'truncates like integer division', scores: [1, 3], reverse: false, want: [33, 100] },
  ])('$name', ({ scores, reverse, want }) => {
    const copy = [...scores];
    defaultNormalizeScore(copy, reverse);
    expect(copy).toEqual(want);
  });
});

describe('zoneKey', () => {
  it.each<{ name: string; labels: Record<string, string>; want: string }>([
    { name: 'joins region and zone', labels: { 'topology.kubernetes.io/region': 'r', 'topology.kubernetes.io/zone': 'z' }, want: 'r:\x00:z' },
    { name: 'reads the beta labels too', labels: { 'failure-domain.beta.kubernetes.io/zone': 'z' }, want: ':\x00:z' },
    { name: 'is empty for a node without topology labels', labels: { 'kubernetes.io/hostname': 'n' }, want: '' },
  ])('$name', ({ labels, want }) => {
    expect(zoneKey(labels)).toBe(want);
  });
});
