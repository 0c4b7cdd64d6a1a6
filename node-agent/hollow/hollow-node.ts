/**
 * One hollow node (like kwok's): a Node that registers, renews its Lease and reports the pods
 * bound to it Running without running anything. It has its own node credential, so its own
 * ApiClient and graphql-ws connection, exactly as a real agent would.
 *
 * What it costs the API server, per node: one Lease patch per `leaseRenewMs`, one Node read per
 * `nodeStatusMs` (a Node status write only when something changed or the last one is older than
 * `nodeStatusReportMs`, as the kubelet's nodeStatusReportFrequency), one idle pod watch, one idle
 * watch of the local-path volumes provisioned on it (released once deleted), and one
 * status write (and one delete confirmation) per pod, those with a bounded number in flight.
 */
import type { Dispatcher } from 'undici';
import { ApiClient, ApiError } from '../api-client.ts';
import { listWatch, silentLogger, type AgentLogger, type ListWatch, type WatchEventType } from '../proxy/list-watch.ts';
import { firstAddress, nodeObject, nodeStatus, PodIPPool, POD_FRAGMENT, POD_SELECTION, runningPodStatus, type HollowPod } from './hollow-status.ts';
import { RequestLimiter } from './request-limiter.ts';
import { DEFAULT_LOCAL_PATH_ROOT, LocalPathCleanup } from '../local-path-cleanup.ts';

export const NODE_LEASE_NAMESPACE = 'kube-node-lease';

export interface HollowNodeOptions {
  server: string;
  nodeName: string;
  /** The node credential joinNode issued. */
  token: string;
  labels?: Record<string, string>;
  /** How long after a pod is seen it is reported Running (default 0). */
  runningDelayMs?: number;
  /** Lease renewal period (default 10 s; each renewal is jittered by ±5 %). */
  leaseRenewMs?: number;
  leaseDurationSeconds?: number;
  /** How often the node reads its Node back, to repair a Ready condition set to Unknown (default 60 s). */
  nodeStatusMs?: number;
  /** A Node status unchanged for this long is written again anyway (default 5 min). */
  nodeStatusReportMs?: number;
  logger?: AgentLogger;
  /**
   * Bounds this node's pod status writes and deletion confirmations (not its Lease and Node
   * status); the nodes of one process share one (default: a node of its own with 8).
   */
  podWrites?: RequestLimiter;
  /** The HTTP connection pool of the node's requests; the nodes of one process share one (see startHollowNodes). */
  dispatcher?: Dispatcher;
}

const LEASE_PATCH = `mutation($ns: String!, $n: String!, $p: JSON!) { patchLease(namespace: $ns, name: $n, patch: $p) { metadata { resourceVersion } } }`;
const LEASE_CREATE = `mutation($ns: String!, $l: LeaseInput!) { createLease(namespace: $ns, lease: $l) { metadata { resourceVersion } } }`;
const NODE_CREATE = `mutation($node: NodeInput!) { createNode(node: $node) { metadata { resourceVersion } spec { podCIDR } } }`;
const NODE_GET = `query($n: String!) { node(name: $n) { spec { podCIDR } status { conditions { type status lastHeartbeatTime lastTransitionTime } addresses { type address } } } }`;
const NODE_STATUS = `mutation($n: String!, $s: NodeStatusInput!) { updateNodeStatus(name: $n, status: $s) { metadata { resourceVersion } } }`;
const POD_STATUS = `mutation($ns: String!, $n: String!, $s: PodStatusInput!) { updatePodStatus(namespace: $ns, name: $n, status: $s) { metadata { resourceVersion } } }`;
const POD_DELETE = `mutation($ns: String!, $n: String!) { deletePod(namespace: $ns, name: $n, gracePeriodSeconds: 0) { metadata { name } } }`;

interface TrackedPod {
  pod: HollowPod;
  ip: string | null;
  state: 'pending' | 'starting' | 'running' | 'deleting';
  timer?: NodeJS.Timeout;
}

const jitter = (ms: number, fraction = 0.05) => ms * (1 - fraction + Math.random() * 2 * fraction);
const podKey = (p: HollowPod) => `${p.metadata.namespace}/${p.metadata.name}`;

export class HollowNode {
  readonly nodeName: string;
  private readonly client: ApiClient;
  private readonly logger: AgentLogger;
  private readonly pods = new Map<string, TrackedPod>();
  private readonly ips = new PodIPPool();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly podWrites: RequestLimiter;
  private watch: ListWatch | null = null;
  private localPath: LocalPathCleanup | null = null;
  private internalIP: string | null = null;
  private readyTransition = new Date().toISOString();
  private lastStatusWrite = 0;
  private cidrWaiters: (() => void)[] = [];
  private cidrPolls = 0;
  private stopped = false;
  /** Lease renewals that succeeded (for tests and benchmarks). */
  renewals = 0;

  constructor(private readonly opts: HollowNodeOptions) {
    this.nodeName = opts.nodeName;
    this.logger = opts.logger ?? silentLogger;
    this.client = new ApiClient({ server: opts.server, token: opts.token, dispatcher: opts.dispatcher });
    this.podWrites = opts.podWrites ?? new RequestLimiter(8);
  }

  /** Registers the Node and its Lease and starts watching its pods; resolves once the pod list is read. */
  async start(): Promise<void> {
    await this.register();
    await this.createOrRenewLease(true);
    // start() is retried after a failure (the join loop): a watch from an earlier try goes first.
    this.watch?.stop();
    this.watch = listWatch<HollowPod>({
      client: this.client,
      listField: 'pods',
      watchField: 'watchPods',
      selection: POD_SELECTION,
      fragments: POD_FRAGMENT,
      args: { fieldSelector: `spec.nodeName=${this.nodeName}` },
      logger: this.logger,
      onReplace: (items) => this.replacePods(items),
      onEvent: (type, pod) => this.podEvent(type, pod),
    });
    await this.watch.synced;
    this.startLocalPathCleanup();
    // Spread renewals over the period so that many nodes do not renew in step.
    this.after(Math.random() * this.leaseRenewMs, () => this.renewLoop());
    this.after(this.ips.ready ? jitter(this.nodeStatusMs, 0.2) : jitter(250, 0.2), () => this.statusLoop());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.watch?.stop();
    this.localPath?.close();
    for (const t of this.timers) clearTimeout(t);
    for (const p of this.pods.values()) clearTimeout(p.timer);
    for (const w of this.cidrWaiters) w();
    await this.client.close();
  }

  private get leaseRenewMs(): number {
    return this.opts.leaseRenewMs ?? 10_000;
  }

  private get nodeStatusMs(): number {
    return this.opts.nodeStatusMs ?? 60_000;
  }

  private after(ms: number, fn: () => Promise<void> | void): void {
    if (this.stopped) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped) void fn();
    }, ms);
    this.timers.add(t);
  }

  // ── Local-path volumes ─────────────────────────────────────────────────────────────────────

  /**
   * Releases the local-path volumes provisioned on this node once deleted, as a real agent does
   * (local-path-cleanup.ts) but with no disk to clean: the finalizer goes, nothing is removed.
   * Same watch (the volumes labelled for this node) and same node authorization as the agent's.
   */
  private startLocalPathCleanup(): void {
    if (this.stopped) return;
    this.localPath = new LocalPathCleanup({ client: this.client, nodeName: this.nodeName, root: DEFAULT_LOCAL_PATH_ROOT, log: this.logger, diskless: true });
    this.localPath.start();
  }

  // ── Node and Lease ─────────────────────────────────────────────────────────────────────────

  private async register(): Promise<void> {
    const now = new Date().toISOString();
    try {
      const { createNode } = await this.client.request(NODE_CREATE, { node: nodeObject(this.nodeName, this.opts.labels ?? {}, now) });
      this.lastStatusWrite = Date.now();
      if (createNode.spec?.podCIDR) this.learnCIDR(createNode.spec.podCIDR);
    } catch (err) {
      if ((err as ApiError).code !== 'ALREADY_EXISTS') throw err;
      // Joined again (e.g. the hollow process restarted): report Ready on the Node that is there.
      await this.syncNodeStatus(true);
    }
  }

  /** Renews the Lease (a merge patch of renewTime), creating it when it is missing; `createFirst` on joining. */
  private async createOrRenewLease(createFirst = false): Promise<void> {
    const now = new Date().toISOString();
    const renew = () => this.client.request(LEASE_PATCH, { ns: NODE_LEASE_NAMESPACE, n: this.nodeName, p: { spec: { renewTime: now, holderIdentity: this.nodeName } } });
    const create = () =>
      this.client.request(LEASE_CREATE, {
        ns: NODE_LEASE_NAMESPACE,
        l: {
          metadata: { name: this.nodeName },
          spec: { holderIdentity: this.nodeName, leaseDurationSeconds: this.opts.leaseDurationSeconds ?? 40, acquireTime: now, renewTime: now },
        },
      });
    const [first, second, fallbackCode] = createFirst ? [create, renew, 'ALREADY_EXISTS'] : [renew, create, 'NOT_FOUND'];
    try {
      await first();
    } catch (err) {
      if ((err as ApiError).code !== fallbackCode) throw err;
      await second();
    }
    this.renewals++;
  }

  private async renewLoop(): Promise<void> {
    try {
      await this.createOrRenewLease();
    } catch (err) {
      this.logger.warn({ node: this.nodeName, err: (err as Error).message }, 'lease renewal failed');
    }
    this.after(jitter(this.leaseRenewMs), () => this.renewLoop());
  }

  private learnCIDR(cidr: string): void {
    if (this.ips.ready) return;
    this.ips.setCIDR(cidr);
    this.internalIP = firstAddress(cidr);
    for (const t of this.pods.values()) if (t.ip) this.ips.adopt(t.ip);
    const waiters = this.cidrWaiters;
    this.cidrWaiters = [];
    for (const w of waiters) w();
  }

  /**
   * Reads the Node back; writes its status when the pod CIDR (so the InternalIP) became known,
   * when Ready is not True (the node lifecycle controller marks a silent node Unknown), or when
   * the last write is older than nodeStatusReportMs. Re-creates a Node that was deleted.
   */
  private async syncNodeStatus(force = false): Promise<void> {
    const { node } = await this.client.request(NODE_GET, { n: this.nodeName });
    if (!node) {
      await this.register();
      return;
    }
    const hadIP = this.internalIP;
    if (node.spec?.podCIDR) this.learnCIDR(node.spec.podCIDR);
    const ready = (node.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready');
    if (ready?.status === 'True' && ready.lastTransitionTime) this.readyTransition = ready.lastTransitionTime;
    const stale = Date.now() - this.lastStatusWrite > (this.opts.nodeStatusReportMs ?? 300_000);
    const ipChanged = this.internalIP !== hadIP || !(node.status?.addresses ?? []).some((a: { type: string; address: string }) => a.type === 'InternalIP' && a.address === this.internalIP);
    if (!force && ready?.status === 'True' && !stale && !(this.internalIP && ipChanged)) return;
    const now = new Date().toISOString();
    if (ready?.status !== 'True') this.readyTransition = now;
    await this.client.request(NODE_STATUS, { n: this.nodeName, s: nodeStatus(this.nodeName, this.internalIP, now, this.readyTransition) });
    this.lastStatusWrite = Date.now();
  }

  private async statusLoop(): Promise<void> {
    try {
      await this.syncNodeStatus();
    } catch (err) {
      this.logger.warn({ node: this.nodeName, err: (err as Error).message }, 'node status sync failed');
    }
    // Until the node lifecycle controller has given the node its pod CIDR, look again soon
    // (backing off, so that a slow controller is not met with a storm of reads).
    const cidrPoll = Math.min(10_000, 250 * 2 ** this.cidrPolls++);
    this.after(this.ips.ready ? jitter(this.nodeStatusMs, 0.2) : jitter(cidrPoll, 0.2), () => this.statusLoop());
  }

  private waitForCIDR(): Promise<void> {
    if (this.ips.ready || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.cidrWaiters.push(resolve));
  }

  // ── Pods ───────────────────────────────────────────────────────────────────────────────────

  private replacePods(items: HollowPod[]): void {
    const seen = new Set(items.map(podKey));
    for (const [key, t] of this.pods) if (!seen.has(key)) this.forget(key, t);
    for (const pod of items) this.podEvent('MODIFIED', pod);
  }

  private forget(key: string, t: TrackedPod): void {
    clearTimeout(t.timer);
    this.ips.release(t.ip);
    this.pods.delete(key);
  }

  private podEvent(type: WatchEventType, pod: HollowPod): void {
    const key = podKey(pod);
    const tracked = this.pods.get(key);
    if (type === 'DELETED') {
      if (tracked) this.forget(key, tracked);
      return;
    }
    if (pod.spec?.nodeName !== this.nodeName) return;
    if (pod.metadata.deletionTimestamp) {
      if (tracked?.state === 'deleting') return;
      const t = tracked ?? { pod, ip: pod.status?.podIP ?? null, state: 'deleting' as const };
      clearTimeout(t.timer);
      t.state = 'deleting';
      this.pods.set(key, t);
      void this.confirmDeletion(key, pod);
      return;
    }
    if (tracked) {
      tracked.pod = pod;
      return;
    }
    const phase = pod.status?.phase;
    if ((phase === 'Running' || phase === 'Succeeded' || phase === 'Failed') && pod.status?.podIP) {
      // Reported by an earlier run of this node: keep its address.
      this.ips.adopt(pod.status.podIP);
      this.pods.set(key, { pod, ip: pod.status.podIP, state: 'running' });
      return;
    }
    const t: TrackedPod = { pod, ip: null, state: 'pending' };
    this.pods.set(key, t);
    const delay = this.opts.runningDelayMs ?? 0;
    if (delay > 0) t.timer = setTimeout(() => void this.startPod(key, t), delay);
    else void this.startPod(key, t);
  }

  private async startPod(key: string, t: TrackedPod, attempt = 0): Promise<void> {
    if (this.pods.get(key) !== t || t.state !== 'pending' || this.stopped) return;
    t.state = 'starting';
    await this.waitForCIDR();
    if (this.pods.get(key) !== t || t.state !== 'starting' || this.stopped) return;
    t.ip ??= this.ips.allocate();
    if (!t.ip) {
      this.logger.warn({ node: this.nodeName, pod: key }, 'no pod address left in the node CIDR');
      t.state = 'pending';
      return;
    }
    const now = new Date().toISOString();
    try {
      await this.podWrites.run(() => {
        // Waiting for a slot may outlast the pod: a deleted one is not written.
        if (this.pods.get(key) !== t || this.stopped) return Promise.resolve();
        return this.client.request(POD_STATUS, { ns: t.pod.metadata.namespace, n: t.pod.metadata.name, s: runningPodStatus(t.pod, t.ip!, this.internalIP!, now) });
      });
      if (t.state === 'starting') t.state = 'running';
    } catch (err) {
      if ((err as ApiError).code === 'NOT_FOUND' || this.pods.get(key) !== t) return;
      this.logger.warn({ node: this.nodeName, pod: key, err: (err as Error).message }, 'pod status update failed; retrying');
      t.state = 'pending';
      t.timer = setTimeout(() => void this.startPod(key, t, attempt + 1), Math.min(10_000, 250 * 2 ** attempt));
    }
  }

  private async confirmDeletion(key: string, pod: HollowPod, attempt = 0): Promise<void> {
    if (this.stopped) return;
    try {
      await this.podWrites.run(() => this.client.request(POD_DELETE, { ns: pod.metadata.namespace, n: pod.metadata.name }));
    } catch (err) {
      if ((err as ApiError).code === 'NOT_FOUND') return;
      const t = this.pods.get(key);
      if (!t || t.state !== 'deleting') return;
      this.logger.warn({ node: this.nodeName, pod: key, err: (err as Error).message }, 'pod deletion failed; retrying');
      t.timer = setTimeout(() => void this.confirmDeletion(key, pod, attempt + 1), Math.min(10_000, 250 * 2 ** attempt));
    }
  }
}
