import { describe, expect, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import type { NodeInfo, Snapshot } from './framework.ts';
import { buildSnapshot } from './snapshot.ts';
import { SnapshotCache } from './snapshot-cache.ts';
import { scheduleBatch } from './schedule-one.ts';
import { defaultProfile } from './registry.ts';
import { antiAffinity, makeNode, makePod } from './test-fixtures.ts';

/** What the plugins read of a node, comparable with toEqual (placements by pod name). */
function view(info: NodeInfo) {
  return {
    name: info.name,
    labels: info.labels,
    taints: info.taints,
    unschedulable: info.unschedulable,
    allocatable: info.allocatable,
    requested: info.requested,
    nonZeroRequested: info.nonZeroRequested,
    pods: info.pods.map((p) => p.metadata.name).sort(),
    usedPorts: Object.fromEntries([...info.usedPorts].map(([ip, ports]) => [ip, [...ports].sort()])),
    workloadCounts: Object.fromEntries([...info.workloadCounts].sort()),
  };
}

function snapshotView(s: Snapshot) {
  const index = (m: Map<string, Set<{ pod: KObject; nodeInfo: NodeInfo }>>) =>
    Object.fromEntries([...m].sort().map(([k, set]) => [k, [...set].map((p) => `${p.pod.metadata.name}@${p.nodeInfo.name}`).sort()]));
  return {
    nodes: s.nodeList.map(view),
    byName: [...s.nodes.keys()].sort(),
    podsByLabel: index(s.cluster.podsByLabel),
    antiAffinityByLabel: index(s.cluster.antiAffinityByLabel),
    placements: s.cluster.placements.size,
    namespaceLabels: Object.fromEntries(s.namespaceLabels),
  };
}

const bound = (name: string, nodeName: string, o: Parameters<typeof makePod>[1] = {}) => makePod(name, { nodeName, cpu: '1', memory: '1Gi', ...o });

describe('SnapshotCache', () => {
  describe('when built from lists', () => {
    it('counts what buildSnapshot counts', () => {
      const nodes = [makeNode('b'), makeNode('a')];
      const pods = [bound('p1', 'a'), makePod('pending', { cpu: '1' }), bound('done', 'a', { phase: 'Succeeded' }), bound('stray', 'gone')];
      expect(snapshotView(SnapshotCache.fromLists({ nodes, pods }).snapshot)).toEqual(snapshotView(buildSnapshot(nodes, pods)));
    });
  });

  describe('applying pod changes', () => {
    it('counts a pod bound by another worker once, however many status writes follow', () => {
      const cache = SnapshotCache.fromLists({ nodes: [makeNode('a')], pods: [] });
      const pod = bound('p', 'a');
      cache.apply({ type: 'MODIFIED', kind: 'Pod', object: pod });
      cache.apply({ type: 'MODIFIED', kind: 'Pod', object: { ...pod, status: { phase: 'Running', podIP: '10.0.0.1' } } });
      const a = cache.snapshot.nodes.get('a')!;
      expect(a.pods).toHaveLength(1);
      expect(a.requested).toEqual({ cpuMillis: 1000, memoryBytes: 2 ** 30 });
    });

    it('frees everything a deleted pod held: requests, ports, labels, anti-affinity, workload', () => {
      const nodes = [makeNode('a')];
      const keep = bound('keep', 'a', { labels: { app: 'web' }, ownerUid: 'rs-1' });
      const gone = bound('gone', 'a', { labels: { app: 'web' }, ownerUid: 'rs-1', ports: [{ containerPort: 80, hostPort: 8080 }], affinity: antiAffinity({ app: 'web' }) });
      const cache = SnapshotCache.fromLists({ nodes, pods: [keep, gone] });
      cache.apply({ type: 'DELETED', kind: 'Pod', object: gone });
      expect(snapshotView(cache.snapshot)).toEqual(snapshotView(buildSnapshot(nodes, [keep])));
      expect(cache.snapshot.cluster.antiAffinityByLabel.size).toBe(0);
    });

    it('frees the room of a pod that finished', () => {
      const cache = SnapshotCache.fromLists({ nodes: [makeNode('a')], pods: [bound('job', 'a')] });
      cache.apply({ type: 'MODIFIED', kind: 'Pod', object: bound('job', 'a', { phase: 'Succeeded' }) });
      expect(cache.snapshot.nodes.get('a')!.requested).toEqual({ cpuMillis: 0, memoryBytes: 0 });
      expect(cache.boundPods).toBe(0);
    });

    it('files a relabelled pod under its new labels only', () => {
      const cache = SnapshotCache.fromLists({ nodes: [makeNode('a')], pods: [bound('p', 'a', { labels: { app: 'old' } })] });
      cache.apply({ type: 'MODIFIED', kind: 'Pod', object: bound('p', 'a', { labels: { app: 'new' } }) });
      expect([...cache.snapshot.cluster.podsByLabel.keys()]).toEqual(['app=new']);
      expect(cache.snapshot.nodes.get('a')!.pods).toHaveLength(1);
    });

    it('stops counting a pod on its way out in its workload spread', () => {
      const cache = SnapshotCache.fromLists({ nodes: [makeNode('a')], pods: [bound('p', 'a', { ownerUid: 'rs-1' })] });
      cache.apply({ type: 'MODIFIED', kind: 'Pod', object: bound('p', 'a', { ownerUid: 'rs-1', deleting: true }) });
      expect(cache.snapshot.nodes.get('a')!.workloadCounts.size).toBe(0);
      expect(cache.snapshot.nodes.get('a')!.pods).toHaveLength(1);
    });

    it('tells a recreated pod of the same name from the deleted one by uid', () => {
      const cache = SnapshotCache.fromLists({ nodes: [makeNode('a'), makeNode('b')], pods: [bound('p', 'a', { uid: 'u1' })] });
      cache.apply({ type: 'ADDED', kind: 'Pod', object: bound('p', 'b', { uid: 'u2' }) });
      cache.apply({ type: 'DELETED', kind: 'Pod', object: bound('p', 'a', { uid: 'u1' }) });
      expect(cache.nodeOf('u2')).toBe('b');
      expect(cache.snapshot.nodes.get('a')!.pods).toHaveLength(0);
      expect(cache.snapshot.nodes.get('b')!.pods).toHaveLength(1);
    });
  });

  describe('our own placements', () => {
    it('counts a confirmed placement once when its bind comes back from the log', () => {
      const cache = SnapshotCache.fromLists({ nodes: [makeNode('a')], pods: [] });
      const pending = makePod('p', { cpu: '1', memory: '1Gi' });
      const [placement] = scheduleBatch([pending], cache.snapshot, defaultProfile);
      cache.confirm(placement!.counted!);
      cache.apply({ type: 'MODIFIED', kind: 'Pod', object: bound('p', 'a') });
      expect(cache.snapshot.nodes.get('a')!.pods).toHaveLength(1);
      expect(cache.snapshot.nodes.get('a')!.requested.cpuMillis).toBe(1000);
    });

    it('takes back a placement whose bind failed', () => {
      const nodes = [makeNode('a')];
      const cache = SnapshotCache.fromLists({ nodes, pods: [] });
      const [placement] = scheduleBatch([makePod('p', { cpu: '1', labels: { app: 'x' }, ports: [{ containerPort: 1, hostPort: 1 }] })], cache.snapshot, defaultProfile);
      cache.discard(placement!.counted!);
      expect(snapshotView(cache.snapshot)).toEqual(snapshotView(buildSnapshot(nodes, [])));
    });
  });

  describe('applying node changes', () => {
    it('inserts a new node in name order and counts the pods already bound to it', () => {
      const cache = SnapshotCache.fromLists({ nodes: [makeNode('a'), makeNode('c')], pods: [bound('early', 'b')] });
      cache.apply({ type: 'ADDED', kind: 'Node', object: makeNode('b') });
      expect(cache.snapshot.nodeList.map((n) => n.name)).toEqual(['a', 'b', 'c']);
      expect(cache.snapshot.nodes.get('b')!.pods.map((p) => p.metadata.name)).toEqual(['early']);
    });

    it('updates a changed node in place and keeps its pods', () => {
      const cache = SnapshotCache.fromLists({ nodes: [makeNode('a')], pods: [bound('p', 'a')] });
      const info = cache.snapshot.nodes.get('a')!;
      const taint = { key: 'k', effect: 'NoSchedule' };
      cache.apply({ type: 'MODIFIED', kind: 'Node', object: makeNode('a', { cpu: '8', taints: [taint], labels: { 'topology.kubernetes.io/zone': 'z1' } }) });
      expect(cache.snapshot.nodes.get('a')).toBe(info);
      expect(info.taints).toEqual([taint]);
      expect(info.allocatable.cpuMillis).toBe(8000);
      expect(info.zone).not.toBe('');
      expect(info.pods).toHaveLength(1);
    });

    it('drops a deleted node and its pods from the index, and counts them again if it returns', () => {
      const nodes = [makeNode('a'), makeNode('b')];
      const pods = [bound('p', 'b', { labels: { app: 'x' } })];
      const cache = SnapshotCache.fromLists({ nodes, pods });
      cache.snapshot.nextStartNodeIndex = 1;
      cache.apply({ type: 'DELETED', kind: 'Node', object: makeNode('b') });
      expect(snapshotView(cache.snapshot)).toEqual(snapshotView(buildSnapshot([makeNode('a')], pods)));
      expect(cache.snapshot.nextStartNodeIndex).toBe(0);
      cache.apply({ type: 'ADDED', kind: 'Node', object: makeNode('b') });
      expect(snapshotView(cache.snapshot)).toEqual(snapshotView(buildSnapshot(nodes, pods)));
    });
  });

  describe('applying namespace and storage changes', () => {
    it('keeps namespace labels, claims, volumes and classes current', () => {
      const cache = SnapshotCache.fromLists({ nodes: [], pods: [] });
      const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team', labels: { team: 'x' } } };
      cache.apply({ type: 'ADDED', kind: 'Namespace', object: ns });
      expect(cache.snapshot.namespaceLabels.get('team')).toEqual({ team: 'x' });
      cache.apply({ type: 'DELETED', kind: 'Namespace', object: ns });
      expect(cache.snapshot.namespaceLabels.has('team')).toBe(false);
      const claim = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'team' }, spec: {} };
      const volume = { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv1' }, spec: {} };
      const cls = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' } };
      cache.apply({ type: 'ADDED', kind: 'PersistentVolumeClaim', object: claim });
      cache.apply({ type: 'ADDED', kind: 'PersistentVolume', object: volume });
      cache.apply({ type: 'ADDED', kind: 'StorageClass', object: cls });
      expect(cache.snapshot.storage!.claims.get('team/data')).toBe(claim);
      expect(cache.snapshot.storage!.volumes.get('pv1')).toBe(volume);
      expect(cache.snapshot.storage!.classes.get('fast')).toBe(cls);
      cache.apply({ type: 'DELETED', kind: 'PersistentVolumeClaim', object: claim });
      expect(cache.snapshot.storage!.claims.size).toBe(0);
    });
  });

  it('ends where a fresh list of the final state starts, after a long random history', () => {
    // mulberry32: a seeded generator whose every bit varies (an LCG's low bits cycle shortly).
    let seed = 7;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
    };
    const nodes = new Map<string, KObject>();
    const pods = new Map<string, KObject>();
    const cache = SnapshotCache.fromLists({ nodes: [], pods: [] });
    for (let step = 0; step < 3000; step++) {
      const roll = random(10);
      if (roll === 0) {
        const name = `n${random(8)}`;
        if (nodes.has(name) && random(2) === 0) {
          cache.apply({ type: 'DELETED', kind: 'Node', object: nodes.get(name)! });
          nodes.delete(name);
        } else {
          const node = makeNode(name, { cpu: String(4 + random(4)), labels: { zone: `z${random(2)}` } });
          cache.apply({ type: nodes.has(name) ? 'MODIFIED' : 'ADDED', kind: 'Node', object: node });
          nodes.set(name, node);
        }
        continue;
      }
      const name = `p${random(40)}`;
      const existing = pods.get(name);
      if (existing && roll < 3) {
        cache.apply({ type: 'DELETED', kind: 'Pod', object: existing });
        pods.delete(name);
        continue;
      }
      const pod = makePod(name, {
        uid: existing?.metadata.uid ?? `${name}-${step}`,
        nodeName: existing?.spec.nodeName ?? (random(3) === 0 ? undefined : `n${random(8)}`),
        cpu: existing?.spec.containers[0].resources.requests.cpu ?? `${100 * (1 + random(5))}m`,
        labels: { app: `a${random(3)}` },
        ownerUid: random(2) === 0 ? 'rs-1' : undefined,
        ports: random(5) === 0 ? [{ containerPort: 80, hostPort: 8000 + random(2) }] : undefined,
        affinity: random(6) === 0 ? antiAffinity({ app: `a${random(3)}` }) : undefined,
        phase: random(8) === 0 ? 'Succeeded' : undefined,
        deleting: random(10) === 0,
      });
      cache.apply({ type: existing ? 'MODIFIED' : 'ADDED', kind: 'Pod', object: pod });
      pods.set(name, pod);
    }
    expect(snapshotView(cache.snapshot)).toEqual(snapshotView(buildSnapshot([...nodes.values()], [...pods.values()])));
  });
});
