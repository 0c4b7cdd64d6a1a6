/**
 * Priority between kinds of request when the server is busy: Kubernetes' API Priority and
 * Fairness reduced to the three levels Capstan needs.
 *
 * - `exempt`: admins and system:masters, as Kubernetes' exempt level; never waits.
 * - `node-high`: a node's own heartbeat (its Lease in kube-node-lease, its Node and Node
 *   status), as Kubernetes' system-node-high; never waits. A missed heartbeat makes the node
 *   lifecycle controller mark the node NotReady and, later, evict its pods: work that a busy
 *   server can least afford. At 5,000 nodes the heartbeats are ~500 Lease writes a second; when
 *   they queued behind pod status writes on a saturated server they timed out by the thousand.
 * - `workload`: everything else; at most `seats` requests run at once, the rest wait in
 *   arrival order, at most `queueLength` of them and for at most `queueWaitMs`. Beyond either the
 *   request is refused with UNAVAILABLE (429, `Retry-After`): a client told to come back costs
 *   almost nothing, while one that waits 30 s and gives up has cost the whole request and often
 *   a new connection.
 *
 * Seats bound how many requests share the event loop: with every seat taken a heartbeat waits
 * behind at most `seats` requests' next steps, not behind every request the clients could open.
 * Watches and streams take no seat (they are held for minutes; fairness.ts bounds them per
 * identity). Fairness between identities inside a level is fairness.ts' per-identity in-flight
 * cap (Kubernetes' shuffle sharding does that job there).
 */
import type { OperationDefinitionNode } from 'graphql';
import { Counter, Gauge, type Registry } from 'prom-client';
import { NODE_LEASE_NAMESPACE, nodeNameOf } from '../auth/node-identity.ts';
import type { Identity } from '../store/types.ts';
import { isAdminIdentity, TooManyRequestsError, type Release } from './fairness.ts';
import { Kind } from './graphql-js.ts';
import type { ApiLimits } from './limits.ts';

export type PriorityLevel = 'exempt' | 'node-high' | 'workload';

export type PriorityLimits = Pick<ApiLimits, 'workloadSeats' | 'workloadQueueLength' | 'workloadQueueWaitMs'>;

interface Waiter {
  enqueuedAt: number;
  resolve: (release: Release) => void;
  reject: (err: Error) => void;
}

export interface PriorityStats {
  /** Workload seats taken now. */
  seatsInUse: number;
  /** Workload requests waiting now. */
  queued: number;
  /** Requests that waited for a seat, and those refused (queue full or waited too long), since start. */
  waited: number;
  rejected: number;
  /** Requests admitted by level since start. */
  admitted: Record<PriorityLevel, number>;
}

const noop: Release = () => {};

export class PriorityGate {
  private inUse = 0;
  private readonly queue: (Waiter | undefined)[] = [];
  private head = 0;
  private sweeper: NodeJS.Timeout | null = null;
  private waited = 0;
  private rejected = 0;
  private readonly admitted: Record<PriorityLevel, number> = { exempt: 0, 'node-high': 0, workload: 0 };

  constructor(
    private readonly limits: PriorityLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * A seat at `level`: at once when one is free (or the level takes none), after the requests
   * ahead of it otherwise; rejects with TooManyRequestsError when it cannot have one in time.
   */
  acquire(level: PriorityLevel): Release | Promise<Release> {
    this.admitted[level]++;
    if (level !== 'workload' || this.limits.workloadSeats <= 0) return noop;
    if (this.inUse < this.limits.workloadSeats && this.queued === 0) return this.seat();
    if (this.queued >= this.limits.workloadQueueLength) {
      this.rejected++;
      throw busy(`${this.queued} requests are already waiting`);
    }
    this.waited++;
    return new Promise<Release>((resolve, reject) => {
      this.queue.push({ enqueuedAt: this.now(), resolve, reject });
      this.sweeper ??= setInterval(() => this.expire(), Math.max(10, Math.min(250, this.limits.workloadQueueWaitMs / 4)));
      this.sweeper.unref?.();
    });
  }

  get stats(): PriorityStats {
    return { seatsInUse: this.inUse, queued: this.queued, waited: this.waited, rejected: this.rejected, admitted: { ...this.admitted } };
  }

  /** Refuses everything waiting (the server is closing). */
  close(): void {
    for (let w = this.shift(); w; w = this.shift()) w.reject(busy('the server is shutting down'));
    this.stopSweeper();
  }

  private get queued(): number {
    return this.queue.length - this.head;
  }

  private seat(): Release {
    this.inUse++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inUse--;
      this.handOn();
    };
  }

  /** A freed seat goes to the first waiter that has not waited too long. */
  private handOn(): void {
    while (this.inUse < this.limits.workloadSeats) {
      const w = this.shift();
      if (!w) break;
      if (this.now() - w.enqueuedAt > this.limits.workloadQueueWaitMs) {
        this.rejected++;
        w.reject(busy(`it waited ${Math.round(this.now() - w.enqueuedAt)} ms for one`));
        continue;
      }
      w.resolve(this.seat());
    }
    if (this.queued === 0) this.stopSweeper();
  }

  /** Refuses the waiters at the front that have waited too long (all seats held by slow requests). */
  private expire(): void {
    const now = this.now();
    while (this.queued > 0) {
      const w = this.queue[this.head]!;
      if (now - w.enqueuedAt <= this.limits.workloadQueueWaitMs) break;
      this.shift();
      this.rejected++;
      w.reject(busy(`it waited ${Math.round(now - w.enqueuedAt)} ms for one`));
    }
    if (this.queued === 0) this.stopSweeper();
  }

  private shift(): Waiter | undefined {
    if (this.head >= this.queue.length) return undefined;
    const w = this.queue[this.head];
    this.queue[this.head++] = undefined;
    // Compact once the consumed front is most of the array.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return w;
  }

  private stopSweeper(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
  }
}

function busy(why: string): TooManyRequestsError {
  return new TooManyRequestsError(`the server is busy: no seat for this request (${why}); retry after 1 s`, 1);
}

/** The level of a request known only by who sends it (not parsed yet, or not a heartbeat path). */
export function identityLevel(identity: Identity): PriorityLevel {
  return isAdminIdentity(identity) ? 'exempt' : 'workload';
}

/** A node's own Node: its name is the identity's (`system:node:<name>`). */
function ownNode(identity: Identity, name: unknown): boolean {
  return typeof name === 'string' && nodeNameOf(identity) === name;
}

const NODE_FIELDS = new Set(['node', 'createNode', 'replaceNode', 'patchNode', 'updateNodeStatus']);
const LEASE_FIELDS = new Set(['lease', 'createLease', 'replaceLease', 'patchLease']);

/**
 * The level of a GraphQL operation: `node-high` when a node asks only about its own heartbeat
 * (every root field is its Node or a Lease in kube-node-lease), `exempt` for admins.
 */
export function graphqlLevel(identity: Identity, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): PriorityLevel {
  if (isAdminIdentity(identity)) return 'exempt';
  if (identity.type !== 'node' || operation.operation === 'subscription') return 'workload';
  const selections = operation.selectionSet.selections;
  if (selections.length === 0) return 'workload';
  for (const s of selections) {
    if (s.kind !== Kind.FIELD) return 'workload';
    const field = s.name.value;
    const arg = (name: string): unknown => {
      const value = s.arguments?.find((a) => a.name.value === name)?.value;
      if (!value) return undefined;
      if (value.kind === Kind.VARIABLE) return variables?.[value.name.value];
      if (value.kind === Kind.STRING) return value.value;
      return undefined;
    };
    if (NODE_FIELDS.has(field)) {
      // createNode names its node inside its input; a node creates only its own (node restriction).
      if (field !== 'createNode' && !ownNode(identity, arg('name'))) return 'workload';
    } else if (LEASE_FIELDS.has(field)) {
      if (arg('namespace') !== NODE_LEASE_NAMESPACE) return 'workload';
    } else {
      return 'workload';
    }
  }
  return 'node-high';
}

/** The level of a REST request by its path: a node's own Node (and status) and kube-node-lease Leases are its heartbeat. */
export function restLevel(identity: Identity, pathname: string): PriorityLevel {
  if (isAdminIdentity(identity)) return 'exempt';
  if (identity.type !== 'node') return 'workload';
  const parts = pathname.split('/').filter(Boolean);
  // /api/v1/nodes/<name>[/status]
  if (parts[0] === 'api' && parts[1] === 'v1' && parts[2] === 'nodes' && parts.length >= 4 && parts.length <= 5) {
    return ownNode(identity, parts[3]) && (parts.length === 4 || parts[4] === 'status') ? 'node-high' : 'workload';
  }
  // /apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases[/<name>]
  if (parts[0] === 'apis' && parts[1] === 'coordination.k8s.io' && parts[3] === 'namespaces' && parts[4] === NODE_LEASE_NAMESPACE && parts[5] === 'leases' && parts.length <= 7) {
    return 'node-high';
  }
  return 'workload';
}

/** `capstan_priority_*` gauges and counters of a gate on a registry (once per registry). */
export function registerPriorityMetrics(registry: Registry, stats: () => PriorityStats): void {
  if (registry.getSingleMetric('capstan_priority_seats_in_use')) return;
  new Gauge({
    name: 'capstan_priority_seats_in_use',
    help: 'Workload requests running now (at most workloadSeats)',
    registers: [registry],
    collect() {
      this.set(stats().seatsInUse);
    },
  });
  new Gauge({
    name: 'capstan_priority_queued',
    help: 'Workload requests waiting for a seat now',
    registers: [registry],
    collect() {
      this.set(stats().queued);
    },
  });
  new Counter({
    name: 'capstan_priority_rejected_total',
    help: 'Workload requests refused (429) because no seat was free in time or the queue was full',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(stats().rejected);
    },
  });
  new Counter({
    name: 'capstan_priority_admitted_total',
    help: 'Requests admitted, by priority level (exempt, node-high, workload)',
    labelNames: ['level'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [level, n] of Object.entries(stats().admitted)) this.inc({ level }, n);
    },
  });
}
