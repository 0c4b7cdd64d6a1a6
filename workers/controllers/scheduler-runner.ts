/**
 * The scheduler's batching engine, one per worker process and store. Reconciles of different
 * pods do not each list the cluster and bind one pod: they register the pod they want placed
 * and wait, while one loop runs rounds. A round takes the batch lock (scheduler-batch-lock.ts),
 * brings its cached snapshot of nodes and bound pods up to date only when another worker bound
 * since (or it is older than `snapshotMaxAgeMs`), picks up to `batchSize` pending pods in
 * priority order (the ones waited for and others it knows are pending), runs `scheduleBatch`,
 * binds the placed pods in one batched write (each pod checked against the version it was
 * decided on), and releases the lock. Conditions and Events
 * are written after the lock is released, so that the next round's binds need not wait for them.
 */
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { Store } from '../../server/store/store.ts';
import { objectKey } from '../controller.ts';
import { recordEvent } from '../events.ts';
import type { Profile, Snapshot } from '../../server/scheduler/framework.ts';
import { claimsAwaitingNode } from '../../server/scheduler/plugins/volume-binding.ts';
import { addPod, buildSnapshot, buildStorageSnapshot } from '../../server/scheduler/snapshot.ts';
import { annotateSelectedNode } from './scheduler-selected-node.ts';
import { scheduleBatch, schedulingOrder } from '../../server/scheduler/schedule-one.ts';
import type { SchedulerBatchLock } from './scheduler-batch-lock.ts';
import { isMarkedUnschedulable, isPendingForScheduler, unschedulableBackoffMs, withPodScheduled } from './scheduler-pod-status.ts';

export const SCHEDULER_COMPONENT = { component: 'default-scheduler' };

/** What became of a pod a reconcile asked to place. */
export type ScheduleOutcome =
  | { result: 'bound'; nodeName: string }
  /** Bound elsewhere, deleted, or no longer ours: nothing to do. */
  | { result: 'gone' }
  /** Fits nowhere now; retry after `retryAfterMs` unless something changes first. */
  | { result: 'unschedulable'; retryAfterMs: number; message: string }
  /** The bind lost a race (pod changed meanwhile, or the lock was lost): try again soon. */
  | { result: 'retry' };

export interface SchedulerRunnerOptions {
  batchSize: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  snapshotMaxAgeMs: number;
  profile: Profile;
  schedulerName: string;
  now: () => Date;
}

interface Wanted {
  pod: KObject;
  waiters: ((o: ScheduleOutcome) => void)[];
  failers: ((err: unknown) => void)[];
}

const keyOfPod = (pod: KObject) => objectKey(pod.metadata.namespace || 'default', pod.metadata.name);

/** Runs `fn` over `items` with at most `limit` calls in flight. */
async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(lanes);
}

export class SchedulerRunner {
  private snapshot: Snapshot | null = null;
  private snapshotAt = 0;
  /** Every change up to this log revision is in the snapshot (binds after it may be too). */
  private snapshotRevision = 0n;
  /** Pods counted on a node in the snapshot, by uid: catching up must not count one twice. */
  private readonly placed = new Set<string>();
  private generation = -1;
  private dirty = false;
  private forceRefresh = false;
  /** Pending pods this process knows of, by key; the pool a batch is filled from. */
  private readonly pending = new Map<string, KObject>();
  /** Unschedulable pods left out of batches they were not asked for, until this time (ms). */
  private readonly parked = new Map<string, number>();
  /** Unschedulable decisions in a row, by pod uid, for the back-off. */
  private readonly attempts = new Map<string, number>();
  private readonly wanted = new Map<string, Wanted>();
  private running: Promise<void> | null = null;
  /** Status and Event writes of finished rounds, one round at a time. */
  private afterwork: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly lock: SchedulerBatchLock,
    private readonly o: SchedulerRunnerOptions,
  ) {}

  /** Places `pod` (as just read) in the next round that has room for it, and says how it went. */
  schedule(pod: KObject): Promise<ScheduleOutcome> {
    const key = keyOfPod(pod);
    return new Promise<ScheduleOutcome>((resolve, reject) => {
      const w = this.wanted.get(key);
      if (w) {
        w.pod = pod;
        w.waiters.push(resolve);
        w.failers.push(reject);
      } else {
        this.wanted.set(key, { pod, waiters: [resolve], failers: [reject] });
      }
      this.pending.set(key, pod);
      this.kick();
    });
  }

  /** Something changed that may let unschedulable pods fit: see the cluster afresh next round. */
  invalidate(): void {
    this.forceRefresh = true;
  }

  /** Settles once every round started so far has finished, including its status writes. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
    await this.afterwork;
  }

  private kick(): void {
    if (this.running) return;
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.wanted.size > 0) this.kick();
    });
  }

  private async loop(): Promise<void> {
    try {
      for (;;) {
        const progressed = await this.round();
        if (this.wanted.size === 0 && !progressed) return;
      }
    } catch (err) {
      // Fail every waiter: their reconciles are retried with the queue's back-off.
      const failed = [...this.wanted.values()];
      this.wanted.clear();
      this.snapshot = null;
      for (const w of failed) for (const f of w.failers) f(err);
    }
  }

  /** One batch: decide and bind under the lock. Returns whether any pod was bound. */
  private async round(): Promise<boolean> {
    const held = await this.lock.acquire();
    let boundCount = 0;
    const bound: { pod: KObject; nodeName: string }[] = [];
    const unschedulable: { pod: KObject; message: string }[] = [];
    const retry: KObject[] = [];
    let batch: KObject[] = [];
    try {
      const stale =
        !this.snapshot || this.dirty || this.forceRefresh || held.generation !== this.generation || Date.now() - this.snapshotAt > this.o.snapshotMaxAgeMs;
      if (stale) {
        // Another worker's binds (the common case with several workers) are read from the log
        // and added; anything else (nodes, deletions, age) means a full rebuild.
        const othersBoundOnly =
          !!this.snapshot && !this.dirty && !this.forceRefresh && held.generation !== this.generation && Date.now() - this.snapshotAt <= this.o.snapshotMaxAgeMs;
        const caughtUp = othersBoundOnly && (await this.catchUp(held.generation));
        if (!caughtUp) await this.refresh(held.generation);
      }
      batch = this.pickBatch();
      if (batch.length === 0) return false;
      const placements = scheduleBatch(batch, this.snapshot!, this.o.profile, { explain: false });
      const toBind: { pod: KObject; nodeName: string }[] = [];
      for (const p of placements) {
        if (p.result.nodeName !== undefined) toBind.push({ pod: p.pod, nodeName: p.result.nodeName });
        else unschedulable.push({ pod: p.pod, message: p.result.message ?? 'unschedulable' });
      }
      // Past the lock's life another worker may be binding from its own snapshot: stop here.
      if (!held.held()) retry.push(...toBind.map((b) => b.pod));
      else {
        // One statement for the whole round (the store's batched pods/binding).
        const results = await this.store.bindPods(
          toBind.map(({ pod, nodeName }) => ({ namespace: pod.metadata.namespace!, name: pod.metadata.name, nodeName, resourceVersion: pod.metadata.resourceVersion })),
        );
        results.forEach((r, i) => {
          if ('pod' in r) {
            bound.push({ pod: r.pod, nodeName: toBind[i]!.nodeName });
            if (r.pod.metadata.uid) this.placed.add(r.pod.metadata.uid);
          }
          else if (['CONFLICT', 'NOT_FOUND', 'INVALID'].includes(r.error.code)) retry.push(toBind[i]!.pod);
          else throw r.error;
        });
      }
      boundCount = bound.length;
      // The snapshot counts every placement; one that did not bind makes it wrong.
      if (retry.length > 0) this.dirty = true;
      this.generation = boundCount > 0 ? await held.bump() : held.generation;
    } finally {
      await held.release();
    }
    this.settle(bound, unschedulable, retry);
    return boundCount > 0;
  }

  /** Lists nodes and pods: a new snapshot, and the pending pods it leaves out. */
  private async refresh(generation: number): Promise<void> {
    this.forceRefresh = false;
    const [nodes, pods, namespaces, claims, volumes, classes] = await Promise.all([
      this.store.list('Node'),
      this.store.list('Pod'),
      this.store.list('Namespace'),
      this.store.list('PersistentVolumeClaim'),
      this.store.list('PersistentVolume'),
      this.store.list('StorageClass'),
    ]);
    this.snapshot = buildSnapshot(nodes.items, pods.items, namespaces.items, buildStorageSnapshot(claims.items, volumes.items, classes.items));
    this.snapshotAt = Date.now();
    const revisions = [nodes, pods, namespaces, claims, volumes, classes].map((l) => BigInt(l.resourceVersion));
    this.snapshotRevision = revisions.reduce((a, b) => (a < b ? a : b));
    this.placed.clear();
    for (const pod of pods.items) if (pod.spec?.nodeName && pod.metadata.uid) this.placed.add(pod.metadata.uid);
    this.generation = generation;
    this.dirty = false;
    this.pending.clear();
    for (const pod of pods.items) if (isPendingForScheduler(pod, this.o.schedulerName)) this.pending.set(keyOfPod(pod), pod);
    for (const [key, w] of this.wanted) {
      const current = this.pending.get(key);
      if (current) w.pod = current;
      else if (isPendingForScheduler(w.pod, this.o.schedulerName)) {
        // Not in the list: bound or deleted since, or written after the list's revision. Ask.
        const fresh = await this.store.get('Pod', w.pod.metadata.namespace, w.pod.metadata.name);
        if (isPendingForScheduler(fresh, this.o.schedulerName) && fresh.metadata.uid === w.pod.metadata.uid) {
          w.pod = fresh;
          this.pending.set(key, fresh);
        } else this.finish(key, { result: 'gone' });
      }
    }
  }

  /**
   * Brings the snapshot up to date from the event log when the only changes since it are pods
   * being bound and new pending pods. Returns false when a full rebuild is needed.
   */
  private async catchUp(generation: number): Promise<boolean> {
    const upTo = await this.store.log.safeRevision();
    let after = this.snapshotRevision;
    const binds: KObject[] = [];
    const fresh: KObject[] = [];
    const gone: KObject[] = [];
    for (;;) {
      const events = await this.store.log.readAfter(after, upTo, 5000);
      for (const e of events) {
        if (e.kind === 'Node' || e.kind === 'Namespace') return false;
        if (e.kind === 'PersistentVolumeClaim' || e.kind === 'PersistentVolume' || e.kind === 'StorageClass') return false;
        if (e.kind !== 'Pod') continue;
        const nodeName: string | undefined = e.object.spec?.nodeName || undefined;
        const before: string | undefined = e.prevObject?.spec?.nodeName || undefined;
        if (e.type === 'DELETED') {
          if (before) return false; // capacity freed on a node
          gone.push(e.object);
        } else if (nodeName && !before) binds.push(e.object);
        else if (!nodeName) fresh.push(e.object);
        // A bound pod's spec is immutable: its status changing moves nothing in the snapshot.
        else if (nodeName !== before) return false;
      }
      if (events.length < 5000) break;
      after = events.at(-1)!.revision;
    }
    for (const pod of binds) {
      const uid = pod.metadata.uid!;
      const info = this.snapshot!.nodes.get(pod.spec.nodeName);
      if (!info) return false;
      if (!this.placed.has(uid)) {
        addPod(info, pod);
        this.placed.add(uid);
      }
      this.pending.delete(keyOfPod(pod));
    }
    for (const pod of fresh) {
      if (isPendingForScheduler(pod, this.o.schedulerName)) this.pending.set(keyOfPod(pod), pod);
      else this.pending.delete(keyOfPod(pod));
    }
    for (const pod of gone) this.pending.delete(keyOfPod(pod));
    for (const [key, w] of this.wanted) {
      const current = this.pending.get(key);
      if (current) w.pod = current;
      else this.finish(key, { result: 'gone' });
    }
    this.snapshotRevision = upTo;
    this.generation = generation;
    return true;
  }

  /** Pods asked for and other known pending pods (not parked, not known unschedulable), by priority. */
  private pickBatch(): KObject[] {
    const now = Date.now();
    const candidates: KObject[] = [];
    for (const [key, pod] of this.pending) {
      if (this.wanted.has(key)) candidates.push(pod);
      else if (!((this.parked.get(key) ?? 0) > now) && !isMarkedUnschedulable(pod)) candidates.push(pod);
    }
    const ordered = candidates.length > this.o.batchSize ? schedulingOrder(candidates).slice(0, this.o.batchSize) : candidates;
    return ordered;
  }

  private finish(key: string, outcome: ScheduleOutcome): void {
    const w = this.wanted.get(key);
    if (!w) return;
    this.wanted.delete(key);
    for (const resolve of w.waiters) resolve(outcome);
  }

  /** Bookkeeping now; conditions and Events after the previous round's, then the waiters. */
  private settle(bound: { pod: KObject; nodeName: string }[], unschedulable: { pod: KObject; message: string }[], retry: KObject[]): void {
    const outcomes = new Map<string, ScheduleOutcome>();
    // Read now, from the snapshot the pods were placed on: the next round may replace it.
    const claimsToAnnotate = new Map(bound.map(({ pod, nodeName }) => [keyOfPod(pod), { nodeName, claims: claimsAwaitingNode(pod, this.snapshot?.storage) }]));
    for (const { pod, nodeName } of bound) {
      const key = keyOfPod(pod);
      this.pending.delete(key);
      this.parked.delete(key);
      this.attempts.delete(pod.metadata.uid ?? key);
      outcomes.set(key, { result: 'bound', nodeName });
    }
    for (const { pod, message } of unschedulable) {
      const key = keyOfPod(pod);
      const id = pod.metadata.uid ?? key;
      const attempt = (this.attempts.get(id) ?? 0) + 1;
      this.attempts.set(id, attempt);
      const retryAfterMs = unschedulableBackoffMs(attempt, this.o.backoffInitialMs, this.o.backoffMaxMs);
      this.parked.set(key, Date.now() + retryAfterMs);
      outcomes.set(key, { result: 'unschedulable', retryAfterMs, message });
    }
    for (const pod of retry) {
      const key = keyOfPod(pod);
      this.pending.delete(key);
      // Take the waiter out so a fresh read decides; its reconcile runs again soon.
      outcomes.set(key, { result: 'retry' });
    }
    // Decided pods leave `wanted` now (a new request for one starts over); their waiters hear
    // the outcome once the condition and Event are written.
    const waiting = new Map<string, Wanted>();
    for (const key of outcomes.keys()) {
      const w = this.wanted.get(key);
      if (!w) continue;
      this.wanted.delete(key);
      waiting.set(key, w);
    }
    const done = (key: string, outcome: ScheduleOutcome | { error: unknown }) => {
      const w = waiting.get(key);
      if (!w) return;
      waiting.delete(key);
      if ('error' in outcome) for (const f of w.failers) f(outcome.error);
      else for (const resolve of w.waiters) resolve(outcome);
    };
    for (const pod of retry) done(keyOfPod(pod), { result: 'retry' });
    const writes = async () => {
      const now = this.o.now();
      await mapLimit([...bound, ...unschedulable], 16, async (item) => {
        const pod = item.pod;
        const key = keyOfPod(pod);
        try {
          if ('nodeName' in item) {
            const volumes = claimsToAnnotate.get(key);
            if (volumes && volumes.claims.length > 0) await annotateSelectedNode(this.store, volumes.claims, volumes.nodeName);
            await this.writeCondition(pod, { status: 'True' }, now);
            await recordEvent(this.store, pod, 'Normal', 'Scheduled', `Successfully assigned ${key} to ${item.nodeName}`, SCHEDULER_COMPONENT, now);
          } else {
            const updated = await this.writeCondition(pod, { status: 'False', reason: 'Unschedulable', message: item.message }, now);
            if (updated && this.pending.has(key)) this.pending.set(key, updated);
            await recordEvent(this.store, pod, 'Warning', 'FailedScheduling', item.message, SCHEDULER_COMPONENT, now);
          }
        } catch (err) {
          // A pod that went away or changed meanwhile is the next reconcile's business.
          if (!(err instanceof CapstanError && (err.code === 'NOT_FOUND' || err.code === 'CONFLICT'))) return done(key, { error: err });
        }
        done(key, outcomes.get(key)!);
      });
    };
    this.afterwork = this.afterwork.then(writes, writes);
  }

  /** Sets PodScheduled through the status sub-resource, unless it already says so. */
  private async writeCondition(pod: KObject, want: { status: 'True' | 'False'; reason?: string; message?: string }, now: Date): Promise<KObject | null> {
    if (!withPodScheduled(pod, want, now)) return null;
    return this.store.update(
      'Pod',
      pod.metadata.namespace,
      pod.metadata.name,
      (current) => {
        const status = withPodScheduled(current, want, now);
        return status ? { ...current, status } : current;
      },
      {},
      'status',
    );
  }
}
