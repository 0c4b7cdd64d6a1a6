/**
 * The node lifecycle controller against a real database, with an injected clock: silent nodes
 * go Unknown and unreachable, their pods go when their tolerations run out, returning nodes
 * lose the taint, and every node gets its own pod CIDR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { KObject } from '../server/kinds/types.ts';
import type { ReconcileContext } from '../workers/controller.ts';
import { cidrContains, CLUSTER_POD_CIDR } from '../workers/controllers/ip-allocator.ts';
import { createNodeLifecycleController, HEARTBEAT_SWEEP_KEY, NODE_LEASE_NAMESPACE } from '../workers/controllers/node-lifecycle.ts';
import { TAINT_UNREACHABLE } from '../workers/controllers/node-lifecycle-taints.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
let nowMs = Date.parse('2030-01-01T00:00:00Z');
const clock = () => new Date(nowMs);
const iso = (ms: number) => new Date(ms).toISOString();
// The keys a reconcile woke (the heartbeat sweep wakes the nodes whose Lease expired).
let woken: string[] = [];
const ctx = (): ReconcileContext => ({
  store,
  signal: new AbortController().signal,
  log: createLogger({ level: 'silent' }),
  enqueue: async (keys) => void woken.push(...keys),
});
const controller = createNodeLifecycleController({ nodeMonitorGracePeriodMs: 40_000, nodeMonitorPeriodMs: 5_000, defaultTolerationSeconds: 300, clock });

beforeAll(async () => {
  db = await createTestDatabase('node_lifecycle');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6, now: clock });
  await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NODE_LEASE_NAMESPACE } });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

async function node(name: string): Promise<KObject> {
  await store.create('Node', undefined, { apiVersion: 'v1', kind: 'Node', metadata: { name }, spec: {} });
  await store.updateStatus('Node', undefined, name, {
    capacity: { cpu: '4', memory: '8Gi', pods: '110' },
    conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastHeartbeatTime: iso(nowMs), lastTransitionTime: iso(nowMs) }],
  });
  await renew(name);
  return (await store.get('Node', undefined, name))!;
}

async function renew(name: string): Promise<void> {
  const spec = { holderIdentity: name, leaseDurationSeconds: 40, renewTime: iso(nowMs) };
  const lease = await store.get('Lease', NODE_LEASE_NAMESPACE, name);
  if (lease) await store.patch('Lease', NODE_LEASE_NAMESPACE, name, { spec });
  else await store.create('Lease', NODE_LEASE_NAMESPACE, { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name }, spec });
}

async function pod(name: string, nodeName: string, tolerations?: unknown[]): Promise<void> {
  await store.create('Pod', 'default', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { nodeName, containers: [{ name: 'c', image: 'busybox' }], ...(tolerations ? { tolerations } : {}) },
  });
}

const ready = (n: KObject) => n.status?.conditions?.find((c: any) => c.type === 'Ready');
const getNode = async (name: string) => (await store.get('Node', undefined, name))!;

describe('node lifecycle', () => {
  it('assigns every node its own /24 pod CIDR', async () => {
    const names = ['cidr-a', 'cidr-b', 'cidr-c', 'cidr-d', 'cidr-e', 'cidr-f'];
    for (const n of names) await node(n);
    // Concurrent reconciles of different nodes race for blocks; the claim check keeps them apart.
    await Promise.all(names.map((n) => controller.reconcile(n, ctx())));
    const cidrs = await Promise.all(names.map(async (n) => (await getNode(n)).spec.podCIDR as string));
    expect(new Set(cidrs).size).toBe(names.length);
    for (const c of cidrs) {
      expect(c).toMatch(/\/24$/);
      expect(cidrContains(CLUSTER_POD_CIDR, c.split('/')[0]!)).toBe(true);
    }
    const one = await getNode('cidr-a');
    expect(one.spec.podCIDRs).toEqual([one.spec.podCIDR]);
    expect(one.metadata.annotations?.['capstan.io/pod-cidr-claim']).toBeUndefined();
  });

  it('leaves a healthy node with a Lease to the heartbeat sweep, and requeues one without a Lease for its deadline', async () => {
    await node('healthy');
    expect(await controller.reconcile('healthy', ctx())).toBeUndefined();
    expect(ready(await getNode('healthy')).status).toBe('True');
    expect((await getNode('healthy')).spec.taints ?? []).toEqual([]);

    await store.create('Node', undefined, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'no-lease' }, spec: {} });
    expect(await controller.reconcile('no-lease', ctx())).toEqual({ requeueAfterMs: 40_001 });
    await store.delete('Node', undefined, 'no-lease');
  });

  it('sweeps every Lease each period and wakes a node once when its Lease expires', async () => {
    const sweeper = createNodeLifecycleController({ nodeMonitorGracePeriodMs: 40_000, nodeMonitorPeriodMs: 5_000, clock });
    await node('sweep-a');
    await node('sweep-b');
    // A resync (or a dispatcher that lost its place) starts the sweep with the nodes.
    expect(await sweeper.listKeys(store)).toEqual(expect.arrayContaining([HEARTBEAT_SWEEP_KEY, 'sweep-a', 'sweep-b']));
    woken = [];
    expect(await sweeper.reconcile(HEARTBEAT_SWEEP_KEY, ctx())).toEqual({ requeueAfterMs: 5_000 });
    expect(woken).toEqual([]);

    // Woken again within the period (a node joined): no second list, the period holds.
    nowMs += 2_000;
    expect(await sweeper.reconcile(HEARTBEAT_SWEEP_KEY, ctx())).toEqual({ requeueAfterMs: 3_000 });

    // b keeps renewing, a falls silent: a is woken once, by the first sweep past its deadline.
    nowMs += 39_000;
    await renew('sweep-b');
    expect(await sweeper.reconcile(HEARTBEAT_SWEEP_KEY, ctx())).toEqual({ requeueAfterMs: 5_000 });
    expect(woken).toContain('sweep-a');
    expect(woken).not.toContain('sweep-b');
    const first = woken.length;
    nowMs += 5_000;
    await sweeper.reconcile(HEARTBEAT_SWEEP_KEY, ctx());
    expect(woken.slice(first)).not.toContain('sweep-a');

    // a renews and falls silent again: woken again.
    await renew('sweep-a');
    await renew('sweep-b');
    nowMs += 5_000;
    await sweeper.reconcile(HEARTBEAT_SWEEP_KEY, ctx());
    const second = woken.length;
    nowMs += 41_000;
    await renew('sweep-b');
    await sweeper.reconcile(HEARTBEAT_SWEEP_KEY, ctx());
    expect(woken.slice(second)).toContain('sweep-a');
    expect(woken.slice(second)).not.toContain('sweep-b');
  });

  it('keeps sweeping after a sweep fails', async () => {
    const sweeper = createNodeLifecycleController({ nodeMonitorGracePeriodMs: 40_000, nodeMonitorPeriodMs: 5_000, clock });
    const failing: ReconcileContext = { ...ctx(), enqueue: async () => { throw new Error('Redis is down'); } };
    await node('sweep-c');
    nowMs += 41_000;
    expect(await sweeper.reconcile(HEARTBEAT_SWEEP_KEY, failing)).toEqual({ requeueAfterMs: 5_000 });
  });

  it('marks a silent node Unknown and unreachable, evicts its pods after their toleration, and lets it return', async () => {
    await node('silent');
    await pod('default-toleration', 'silent');
    await pod('short-toleration', 'silent', [{ key: TAINT_UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 }]);
    await pod('forever', 'silent', [{ operator: 'Exists' }]);
    await controller.reconcile('silent', ctx());

    nowMs += 41_000;
    const r1 = await controller.reconcile('silent', ctx());
    const n = await getNode('silent');
    expect(ready(n)).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    expect(n.spec.taints).toEqual([{ key: TAINT_UNREACHABLE, effect: 'NoExecute', timeAdded: iso(nowMs).replace('.000', '') }]);
    expect(r1).toEqual({ requeueAfterMs: 10_001 });
    const events = (await store.list('Event', { namespace: 'default' })).items;
    expect(events.some((e) => e.reason === 'NodeNotReady' && e.involvedObject.name === 'silent')).toBe(true);

    nowMs += 10_001;
    const r2 = await controller.reconcile('silent', ctx());
    expect(await store.get('Pod', 'default', 'short-toleration')).toBeNull();
    expect(await store.get('Pod', 'default', 'default-toleration')).not.toBeNull();
    expect(r2).toEqual({ requeueAfterMs: 290_000 });

    nowMs += 290_000;
    expect(await controller.reconcile('silent', ctx())).toBeUndefined();
    expect(await store.get('Pod', 'default', 'default-toleration')).toBeNull();
    expect(await store.get('Pod', 'default', 'forever')).not.toBeNull();
    const evictions = (await store.list('Event', { namespace: 'default' })).items.filter((e) => e.reason === 'TaintManagerEviction');
    expect(evictions.map((e) => e.involvedObject.name).sort()).toEqual(['default-toleration', 'short-toleration']);

    // The agent comes back: a fresh lease removes the taint at once; Ready is the agent's to report.
    nowMs += 5_000;
    await renew('silent');
    const r3 = await controller.reconcile('silent', ctx());
    expect((await getNode('silent')).spec.taints).toEqual([]);
    expect(r3).toBeUndefined();
    await store.update('Node', undefined, 'silent', (cur) => ({
      ...cur,
      status: { ...cur.status, conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastHeartbeatTime: iso(nowMs), lastTransitionTime: iso(nowMs) }] },
    }), {}, 'status');
    await controller.reconcile('silent', ctx());
    const back = await getNode('silent');
    expect(ready(back).status).toBe('True');
    expect(back.spec.taints).toEqual([]);
  });

  it('taints a node that reports Ready=False as not-ready', async () => {
    await node('sick');
    await store.updateStatus('Node', undefined, 'sick', {
      conditions: [{ type: 'Ready', status: 'False', reason: 'KubeletNotReady', lastHeartbeatTime: iso(nowMs), lastTransitionTime: iso(nowMs) }],
    });
    await controller.reconcile('sick', ctx());
    expect((await getNode('sick')).spec.taints).toMatchObject([{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }]);
  });

  it('wakes up for a pod bound to a node and for a lease renewed after a long silence only', () => {
    const base = { revision: 1n, createdAt: new Date(), namespace: NODE_LEASE_NAMESPACE, name: 'n1' } as const;
    const lease = (renewTime: string) => ({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'n1' }, spec: { renewTime } });
    // A new Lease or Node also starts the sweep, should a new cluster have none running yet.
    expect(controller.keysFor({ ...base, type: 'ADDED', kind: 'Lease', object: lease('2030-01-01T00:00:00Z') })).toEqual(['n1', HEARTBEAT_SWEEP_KEY]);
    const n1 = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' }, spec: {} };
    expect(controller.keysFor({ ...base, namespace: '', type: 'ADDED', kind: 'Node', object: n1 })).toEqual(['n1', HEARTBEAT_SWEEP_KEY]);
    expect(controller.keysFor({ ...base, type: 'MODIFIED', kind: 'Lease', object: lease('2030-01-01T00:00:10Z'), prevObject: lease('2030-01-01T00:00:00Z') })).toEqual([]);
    expect(controller.keysFor({ ...base, type: 'MODIFIED', kind: 'Lease', object: lease('2030-01-01T00:01:00Z'), prevObject: lease('2030-01-01T00:00:00Z') })).toEqual(['n1']);
    const p = (nodeName?: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { nodeName } });
    expect(controller.keysFor({ ...base, namespace: 'default', name: 'p', type: 'MODIFIED', kind: 'Pod', object: p('n2'), prevObject: p() })).toEqual(['n2']);
    // The start of a bound pod's deletion: its node must finish it if the node is gone.
    const deleting = { ...p('n2'), metadata: { ...p('n2').metadata, deletionTimestamp: '2030-01-01T00:00:00Z' } };
    expect(controller.keysFor({ ...base, namespace: 'default', name: 'p', type: 'MODIFIED', kind: 'Pod', object: deleting, prevObject: p('n2') })).toEqual(['n2']);
  });

  describe('when a pod is bound to a node that does not exist', () => {
    it('records a NodeNotFound warning and finishes its deletion without --grace-period=0', async () => {
      await pod('pinned', 'ghost-node');
      await controller.reconcile('ghost-node', ctx());
      const events = (await store.list('Event', { namespace: 'default' })).items.filter((e) => e.involvedObject?.name === 'pinned');
      expect(events.map((e) => [e.type, e.reason])).toEqual([['Warning', 'NodeNotFound']]);
      expect(events[0]!.message).toContain('Node ghost-node not found');
      // A graceful delete waits for a kubelet that will never come...
      const deleting = await store.delete('Pod', 'default', 'pinned');
      expect(deleting.metadata.deletionTimestamp).toBeDefined();
      // ...until the controller, woken by the deletion, sees there is no node and finishes it.
      await controller.reconcile('ghost-node', ctx());
      expect(await store.get('Pod', 'default', 'pinned')).toBeNull();
    });

    it('does the same for a terminating pod whose node was deleted', async () => {
      await node('short-lived');
      await pod('left-behind', 'short-lived');
      await store.delete('Pod', 'default', 'left-behind');
      await controller.reconcile('short-lived', ctx());
      expect(await store.get('Pod', 'default', 'left-behind')).not.toBeNull();
      await store.delete('Node', undefined, 'short-lived');
      await controller.reconcile('short-lived', ctx());
      expect(await store.get('Pod', 'default', 'left-behind')).toBeNull();
    });
  });
});
