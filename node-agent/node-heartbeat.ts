/**
 * The node's presence in the cluster: registers the Node, waits for the pod CIDR the
 * node-lifecycle worker gives it, renews the Lease `kube-node-lease/<node>` every
 * `leaseRenewMs`, and writes the node status every `nodeStatusMs`, or at once when a condition
 * changes or the node-lifecycle worker marked the node Unknown (only the agent sets Ready back).
 */
import type { Logger } from 'pino';
import { ApiError, type ApiClient } from './api-client.ts';
import type { AgentTimings } from './config.ts';
import { hostPressure, nodeConditions, nodeLabels, nodeStatus, type HostPressure, type NodeFacts } from './node-status.ts';
import type { AgentNodeFragment } from '../api/generated/operations.ts';
import { withoutNulls, type WithoutNulls } from './pod-types.ts';
import { CREATE_LEASE, CREATE_NODE, GET_NODE, PATCH_LEASE, PATCH_NODE, UPDATE_NODE_STATUS } from './queries.ts';

/** The agent's Node as its documents read it (AgentNode in queries.graphql), nulls removed. */
type NodeView = WithoutNulls<AgentNodeFragment>;

export interface NodeHeartbeatOptions {
  client: ApiClient;
  facts: NodeFacts;
  labels: Record<string, string>;
  timings: AgentTimings;
  log: Logger;
}

export class NodeHeartbeat {
  private node: NodeView | undefined;
  private leaseTimer: NodeJS.Timeout | undefined;
  private lastStatusAt = 0;
  private lastPressure: HostPressure | undefined;
  private closed = false;
  private leaseMissingLogged = false;

  constructor(private readonly opts: NodeHeartbeatOptions) {}

  private get name(): string {
    return this.opts.facts.nodeName;
  }

  /** Creates the Node, or brings the labels of an existing one up to date. */
  async register(): Promise<void> {
    const labels = nodeLabels(this.name, this.opts.labels);
    try {
      const { createNode } = await this.opts.client.request(CREATE_NODE, {
        node: { apiVersion: 'v1', kind: 'Node', metadata: { name: this.name, labels } },
      });
      this.node = withoutNulls(createNode);
      this.opts.log.info({ node: this.name }, 'registered the node');
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'ALREADY_EXISTS')) throw err;
      const { patchNode } = await this.opts.client.request(PATCH_NODE, { name: this.name, patch: { metadata: { labels } } });
      this.node = withoutNulls(patchNode);
      this.opts.log.info({ node: this.name }, 'the node was registered before; labels updated');
    }
    await this.writeStatus();
  }

  /** Resolves with the pod CIDR once the node-lifecycle worker has assigned one. */
  async waitPodCIDR(signal: AbortSignal): Promise<string> {
    let logged = false;
    for (;;) {
      if (this.node?.spec?.podCIDR) return this.node.spec.podCIDR;
      if (signal.aborted) throw new Error('stopped while waiting for a pod CIDR');
      if (!logged) {
        this.opts.log.info({ node: this.name }, 'waiting for the node-lifecycle worker to assign a pod CIDR');
        logged = true;
      }
      await new Promise((r) => setTimeout(r, 250));
      await this.refresh().catch((err) => this.opts.log.debug({ err: (err as Error).message }, 'reading the node failed'));
    }
  }

  private async refresh(): Promise<void> {
    const { node } = await this.opts.client.request(GET_NODE, { name: this.name });
    if (node) this.node = withoutNulls(node);
    else {
      // Deleted by an admin: register again, as a kubelet does.
      this.node = undefined;
      await this.register();
    }
  }

  /** Sets the node address (first address of the pod CIDR) and starts the Lease and status loops. */
  start(internalIP: string): void {
    this.opts.facts.internalIP = internalIP;
    void this.writeStatus().catch((err) => this.opts.log.warn({ err: (err as Error).message }, 'writing the node status failed'));
    this.scheduleLease(0);
  }

  private scheduleLease(ms: number): void {
    if (this.closed) return;
    this.leaseTimer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    try {
      let leased = true;
      try {
        await this.renewLease();
      } catch (err) {
        if (!(err instanceof ApiError && err.code === 'NOT_FOUND')) throw err;
        // No kube-node-lease namespace on this server: the status heartbeat stands in for the Lease.
        if (!this.leaseMissingLogged) this.opts.log.warn({ err: err.message }, 'cannot keep a Lease; heartbeating through the node status instead');
        this.leaseMissingLogged = true;
        leased = false;
      }
      await this.refresh();
      const pressure = hostPressure(this.opts.facts.dataDir);
      const ready = this.node?.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
      const changed = JSON.stringify(pressure) !== JSON.stringify(this.lastPressure);
      if (!leased || !ready || changed || Date.now() - this.lastStatusAt >= this.opts.timings.nodeStatusMs) await this.writeStatus(pressure);
    } catch (err) {
      const code = err instanceof ApiError ? err.code : undefined;
      this.opts.log[code === 'UNAVAILABLE' ? 'debug' : 'warn']({ err: (err as Error).message }, 'node heartbeat failed; trying again');
    } finally {
      this.scheduleLease(this.opts.timings.leaseRenewMs);
    }
  }

  async renewLease(): Promise<void> {
    const spec = { holderIdentity: this.name, leaseDurationSeconds: this.opts.timings.leaseDurationSeconds, renewTime: new Date().toISOString() };
    try {
      await this.opts.client.request(PATCH_LEASE, { name: this.name, patch: { spec } });
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'NOT_FOUND')) throw err;
      await this.opts.client.request(CREATE_LEASE, {
        lease: { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: this.name, namespace: 'kube-node-lease' }, spec: { ...spec, acquireTime: spec.renewTime } },
      });
    }
  }

  async writeStatus(pressure = hostPressure(this.opts.facts.dataDir)): Promise<void> {
    const now = new Date().toISOString();
    const conditions = nodeConditions(pressure, this.node?.status?.conditions ?? [], now);
    const { updateNodeStatus } = await this.opts.client.request(UPDATE_NODE_STATUS, {
      name: this.name,
      status: nodeStatus(this.opts.facts, conditions),
    });
    this.node = withoutNulls(updateNodeStatus);
    this.lastStatusAt = Date.now();
    this.lastPressure = pressure;
  }

  close(): void {
    this.closed = true;
    if (this.leaseTimer) clearTimeout(this.leaseTimer);
  }
}
