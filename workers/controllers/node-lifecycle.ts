/**
 * The node lifecycle controller (Kubernetes' node lifecycle controller and taint manager in
 * one): keys are node names.
 *
 * - A node whose Lease (kube-node-lease/<node>) has not been renewed for
 *   `nodeMonitorGracePeriodMs` gets `Ready=Unknown` (NodeStatusUnknown) and the
 *   `node.kubernetes.io/unreachable:NoExecute` taint; a node reporting Ready=False gets
 *   `node.kubernetes.io/not-ready:NoExecute`. When the Lease is fresh again the unreachable
 *   taint goes; the Ready condition is the agent's to set back (this controller only ever
 *   writes Unknown).
 * - Pods on a node with NoExecute taints are deleted once their tolerations run out, with
 *   gracePeriodSeconds 0: the node cannot confirm a graceful stop, and waiting for it would keep
 *   the pod (and its replacement's name, IP and volumes) forever. Kubernetes gets there in two
 *   steps: the taint manager deletes gracefully, then pod GC force-deletes terminating pods on
 *   unreachable nodes. Here both happen at once.
 * - Each node gets a /24 pod CIDR from 127.64.0.0/10 on first sight (node-lifecycle-pod-cidr.ts).
 * - Pods bound to a node that does not exist get a Warning NodeNotFound Event, and their
 *   deletion is finished at once (nobody would ever confirm it), as pod GC does in Kubernetes.
 *
 * Heartbeats are checked as Kubernetes does, every `nodeMonitorPeriodMs` for all nodes at once:
 * one key, HEARTBEAT_SWEEP_KEY, reads every Lease of kube-node-lease in one list and wakes the
 * keys of the nodes whose Lease has just expired. (A timer per node, requeued at each Lease's
 * deadline, cost 5,000 delayed jobs every 40 s at 5,000 idle nodes: most of the workers' CPU.)
 * A node without a Lease is still requeued for its own deadline; pods on a tainted node are
 * requeued for the moment their toleration runs out.
 */
import { isCapstanError } from '../../server/errors.ts';
import { deepEqual } from '../../server/kinds/deep-equal.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { LogEvent } from '../../server/store/types.ts';
import type { Controller, ReconcileContext, RequeueAfter } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import { recordEvent } from '../events.ts';
import { assignPodCIDR, type PodCIDROptions } from './node-lifecycle-pod-cidr.ts';
import {
  evictionTime,
  lastHeartbeat,
  readyCondition,
  timestamp,
  wantedLifecycleTaint,
  withLifecycleTaint,
  type NodeTaint,
} from './node-lifecycle-taints.ts';

export const NODE_LIFECYCLE_CONTROLLER = 'node-lifecycle';
export const NODE_LEASE_NAMESPACE = 'kube-node-lease';
/** The key of the periodic heartbeat check: no node has this name (`*` is not allowed in one). */
export const HEARTBEAT_SWEEP_KEY = '*heartbeats*';
const COMPONENT = { component: 'node-controller' };

export interface NodeLifecycleOptions extends PodCIDROptions {
  /** A node silent for longer is Unknown and unreachable. Default 40 s (Kubernetes' nodeMonitorGracePeriod). */
  nodeMonitorGracePeriodMs?: number;
  /**
   * How often every node's Lease is checked. Default: an eighth of the grace period, at most 5 s
   * (Kubernetes' nodeMonitorPeriod of 5 s against its 40 s grace period).
   */
  nodeMonitorPeriodMs?: number;
  /** How long pods without their own toleration stay on a not-ready/unreachable node. Default 300 s. */
  defaultTolerationSeconds?: number;
  /** The controller's clock; tests inject one. */
  clock?: () => Date;
}

type ResolvedOptions = Required<Omit<NodeLifecycleOptions, keyof PodCIDROptions>> & PodCIDROptions;

function resolve(o: NodeLifecycleOptions): ResolvedOptions {
  const r = {
    ...o,
    nodeMonitorGracePeriodMs: o.nodeMonitorGracePeriodMs ?? 40_000,
    nodeMonitorPeriodMs: o.nodeMonitorPeriodMs ?? Math.min(5_000, (o.nodeMonitorGracePeriodMs ?? 40_000) / 8),
    defaultTolerationSeconds: o.defaultTolerationSeconds ?? 300,
    clock: o.clock ?? (() => new Date()),
  };
  if (!(r.nodeMonitorGracePeriodMs > 0)) throw new RangeError('nodeMonitorGracePeriodMs must be positive');
  if (!(r.nodeMonitorPeriodMs > 0)) throw new RangeError('nodeMonitorPeriodMs must be positive');
  if (!(r.defaultTolerationSeconds >= 0)) throw new RangeError('defaultTolerationSeconds must not be negative');
  return r;
}

/** Every condition the node reports, set to Unknown as Kubernetes does for a silent node. */
function markUnknown(node: KObject, now: Date): KObject {
  const ts = timestamp(now);
  const conditions: any[] = [...(node.status?.conditions ?? [])];
  const unknown = (c: any) =>
    c.status === 'Unknown'
      ? c
      : { ...c, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: ts };
  const next = conditions.map(unknown);
  if (!next.some((c) => c.type === 'Ready')) {
    next.push({ type: 'Ready', status: 'Unknown', reason: 'NodeStatusNeverUpdated', message: 'Kubelet never posted node status.', lastHeartbeatTime: ts, lastTransitionTime: ts });
  }
  return { ...node, status: { ...(node.status ?? {}), conditions: next } };
}

function leaseRenewMs(lease: KObject | undefined): number | undefined {
  const t = lease?.spec?.renewTime ? Date.parse(lease.spec.renewTime) : NaN;
  return Number.isNaN(t) ? undefined : t;
}

/** The parts of a Node this controller reacts to (heartbeats alone are handled by requeue timers). */
function nodeView(node: KObject): unknown {
  return [node.spec, (node.status?.conditions ?? []).map((c: any) => [c.type, c.status])];
}

export function createNodeLifecycleController(options: NodeLifecycleOptions = {}): Controller<ControllerStore> {
  const o = resolve(options);
  // When this process last swept, and the renew time of each expired Lease whose node it woke:
  // a node is woken once per silence, not at every sweep (another process may wake it once more).
  let sweptAt = -Infinity;
  const woken = new Map<string, number>();

  /**
   * Wakes the nodes whose Lease expired since the last sweep; returns when to sweep again. Never
   * throws: a failed sweep is logged and tried again a period later, so the chain never ends.
   */
  async function sweepHeartbeats(ctx: ReconcileContext<ControllerStore>): Promise<RequeueAfter> {
    const now = o.clock().getTime();
    // Woken early (a node or Lease was added, or a resync): the period still holds.
    if (now - sweptAt < o.nodeMonitorPeriodMs) return { requeueAfterMs: Math.max(1, Math.ceil(sweptAt + o.nodeMonitorPeriodMs - now)) };
    sweptAt = now;
    try {
      if (!ctx.enqueue) throw new Error('the heartbeat sweep needs a context that can enqueue node keys');
      const leases = (await ctx.store.list('Lease', { namespace: NODE_LEASE_NAMESPACE })).items;
      const expired: string[] = [];
      const present = new Set<string>();
      for (const lease of leases) {
        const name = lease.metadata.name;
        present.add(name);
        const renewed = leaseRenewMs(lease);
        // Without a renew time the node's own reconcile keeps its deadline.
        if (renewed === undefined || renewed + o.nodeMonitorGracePeriodMs >= now) {
          woken.delete(name);
          continue;
        }
        if (woken.get(name) === renewed) continue;
        woken.set(name, renewed);
        expired.push(name);
      }
      for (const name of woken.keys()) if (!present.has(name)) woken.delete(name);
      if (expired.length > 0) await ctx.enqueue(expired);
    } catch (err) {
      ctx.log.warn({ err }, 'node heartbeat sweep failed; trying again next period');
    }
    return { requeueAfterMs: o.nodeMonitorPeriodMs };
  }

  async function ensureConditionUnknown(store: ControllerStore, node: KObject, now: Date): Promise<KObject> {
    if (readyCondition(node)?.status === 'Unknown') return node;
    const wasReady = readyCondition(node)?.status === 'True';
    const freshSince = now.getTime() - o.nodeMonitorGracePeriodMs;
    const updated = await store.update(
      'Node',
      undefined,
      node.metadata.name,
      // The agent may have reported meanwhile: a heartbeat within the grace period wins.
      (cur) => (Date.parse(readyCondition(cur)?.lastHeartbeatTime ?? '') > freshSince ? cur : markUnknown(cur, now)),
      {},
      'status',
    );
    if (wasReady && readyCondition(updated)?.status === 'Unknown') {
      await recordEvent(store, updated, 'Normal', 'NodeNotReady', `Node ${node.metadata.name} status is now: NodeNotReady`, COMPONENT, now);
    }
    return updated;
  }

  async function ensureTaint(store: ControllerStore, node: KObject, silent: boolean, now: Date): Promise<KObject> {
    if (withLifecycleTaint(node.spec?.taints, wantedLifecycleTaint(node, silent), now) === null) return node;
    return store.update('Node', undefined, node.metadata.name, (cur) => {
      const taints = withLifecycleTaint(cur.spec?.taints, wantedLifecycleTaint(cur, silent), now);
      return taints === null ? cur : { ...cur, spec: { ...(cur.spec ?? {}), taints } };
    });
  }

  /**
   * Pods bound to a node that does not exist (pinned with spec.nodeName to a name no node has,
   * or left behind by a deleted Node): each gets a Warning NodeNotFound Event, and those being
   * deleted are deleted at once, since no kubelet will ever confirm their graceful stop
   * (Kubernetes' pod GC force-deletes such orphans too).
   */
  async function handlePodsOfMissingNode(ctx: ReconcileContext<ControllerStore>, nodeName: string): Promise<void> {
    const pods = (await ctx.store.list('Pod', { fieldSelector: `spec.nodeName=${nodeName}` })).items;
    const now = o.clock();
    for (const pod of pods) {
      if (ctx.signal.aborted) return;
      if (pod.metadata.deletionTimestamp) {
        try {
          await ctx.store.delete('Pod', pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: 0 });
        } catch (err) {
          if (!isCapstanError(err, 'NOT_FOUND')) throw err;
        }
        continue;
      }
      await recordEvent(ctx.store, pod, 'Warning', 'NodeNotFound', `Node ${nodeName} not found: the pod is bound to it and cannot run until a node of that name joins`, COMPONENT, now);
    }
  }

  /** Deletes the pods whose tolerations ran out; returns when the next one will (ms, or Infinity). */
  async function evictPods(ctx: ReconcileContext<ControllerStore>, node: KObject, now: Date): Promise<number> {
    const taints: NodeTaint[] = (node.spec?.taints ?? []).filter((t: NodeTaint) => t.effect === 'NoExecute');
    if (taints.length === 0) return Infinity;
    const pods = (await ctx.store.list('Pod', { fieldSelector: `spec.nodeName=${node.metadata.name}` })).items;
    let next = Infinity;
    for (const pod of pods) {
      if (ctx.signal.aborted) break;
      const at = evictionTime(pod, taints, o.defaultTolerationSeconds, now.getTime());
      if (at > now.getTime()) {
        next = Math.min(next, at);
        continue;
      }
      try {
        await ctx.store.delete('Pod', pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: 0 });
      } catch (err) {
        if (isCapstanError(err, 'NOT_FOUND')) continue;
        throw err;
      }
      ctx.log.info({ node: node.metadata.name, pod: `${pod.metadata.namespace}/${pod.metadata.name}` }, 'evicted pod from tainted node');
      await recordEvent(ctx.store, pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${pod.metadata.namespace}/${pod.metadata.name}`, COMPONENT, now);
    }
    return next;
  }

  return {
    name: NODE_LIFECYCLE_CONTROLLER,
    keysFor(e: LogEvent): string[] {
      if (e.kind === 'Node') {
        if (e.type === 'MODIFIED' && e.prevObject && deepEqual(nodeView(e.prevObject), nodeView(e.object))) return [];
        // A new node (re)starts the sweep's chain, should it have none yet (a new cluster).
        return e.type === 'ADDED' ? [e.name, HEARTBEAT_SWEEP_KEY] : [e.name];
      }
      if (e.kind === 'Lease' && e.namespace === NODE_LEASE_NAMESPACE) {
        if (e.type === 'ADDED') return [e.name, HEARTBEAT_SWEEP_KEY];
        // A renewal matters only after a silence long enough for the node to have been marked;
        // otherwise the sweep finds the fresh Lease anyway.
        const before = leaseRenewMs(e.prevObject);
        const after = leaseRenewMs(e.object);
        if (e.type === 'MODIFIED' && before !== undefined && after !== undefined && after - before <= o.nodeMonitorGracePeriodMs) return [];
        return [e.name];
      }
      if (e.kind === 'Pod' && e.type !== 'DELETED') {
        const nodeName = e.object.spec?.nodeName;
        if (nodeName && nodeName !== e.prevObject?.spec?.nodeName) return [nodeName];
        // A pod whose deletion starts: if its node is gone, nobody else will finish it.
        if (nodeName && e.object.metadata.deletionTimestamp && !e.prevObject?.metadata.deletionTimestamp) return [nodeName];
      }
      return [];
    },
    async listKeys(store) {
      return [HEARTBEAT_SWEEP_KEY, ...(await store.list('Node')).items.map((n) => n.metadata.name)];
    },
    async reconcile(key, ctx): Promise<void | RequeueAfter> {
      if (key === HEARTBEAT_SWEEP_KEY) return sweepHeartbeats(ctx);
      const { store } = ctx;
      let node = await store.get('Node', undefined, key);
      if (!node) return handlePodsOfMissingNode(ctx, key);
      if (!node.spec?.podCIDR) node = await assignPodCIDR(store, node, o);

      const now = o.clock();
      const lease = await store.get('Lease', NODE_LEASE_NAMESPACE, key);
      const deadline = lastHeartbeat(node, lease) + o.nodeMonitorGracePeriodMs;
      const silent = now.getTime() > deadline;
      if (silent) node = await ensureConditionUnknown(store, node, now);
      if (ctx.signal.aborted) return;
      node = await ensureTaint(store, node, silent, now);
      const nextEviction = await evictPods(ctx, node, now);

      // The sweep watches a Lease that holds the deadline; the node's own timer covers the rest
      // (no Lease yet, or a newer heartbeat in the node's status).
      const sweepWatches = leaseRenewMs(lease ?? undefined) === lastHeartbeat(node, lease);
      const next = Math.min(nextEviction, silent || sweepWatches ? Infinity : deadline);
      if (next === Infinity) return;
      // One millisecond past the moment, so the next reconcile sees it as passed.
      return { requeueAfterMs: Math.max(1, next - now.getTime() + 1) };
    },
  };
}

/** The node lifecycle controller with Kubernetes' default timings. */
export const nodeLifecycleController = createNodeLifecycleController();
