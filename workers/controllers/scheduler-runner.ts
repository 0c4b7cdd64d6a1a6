/**
 * The scheduler's batching engine, one per worker process and store. Reconciles do not each list
 * the cluster and bind one pod: a drain (the `*pending*` key) or a pod's own reconcile asks, and
 * one loop runs rounds. A round first brings its snapshot of nodes and bound pods up to date
 * outside the batch lock (a full list at the start, when the log was compacted past its position,
 * or after `snapshotMaxAgeMs`; otherwise every change since the last round, by revision: see
 * server/scheduler/snapshot-cache.ts), so that a list of 150,000 pods never stops other workers
 * from binding. Then it takes the batch lock (scheduler-batch-lock.ts), catches up with what was
 * written meanwhile, picks up to `batchSize` pending pods in priority order (the ones asked for
 * and the others the log showed pending), runs `scheduleBatch`, binds the placed pods in one
 * batched write (each pod checked against the version it was decided on), takes back the
 * placements that did not bind, and releases the lock. Conditions and Events are written after
 * the lock is released, so that the next round's binds need not wait for them.
 *
 * Another worker's binds are seen before placing: they committed before it released the lock,
 * so before this round read the log's safe revision (under the lock), up to which it catches up.
 */
import type { Logger } from 'pino';
import type { WorkerMetrics } from '../queue/metrics.ts';
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { Store } from '../../server/store/store.ts';
import { objectKey } from '../controller.ts';
import { recordEvent } from '../events.ts';
import type { Profile } from '../../server/scheduler/framework.ts';
import { claimsAwaitingNode } from '../../server/scheduler/plugins/volume-binding.ts';
import { SnapshotCache } from '../../server/scheduler/snapshot-cache.ts';
import { annotateSelectedNode } from './scheduler-selected-node.ts';
import { scheduleBatch, schedulingOrder } from '../../server/scheduler/schedule-one.ts';
import type { HeldBatchLock, SchedulerBatchLock } from './scheduler-batch-lock.ts';
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
  /** A snapshot listed longer ago than this is listed afresh instead of caught up from the log. */
  snapshotMaxAgeMs: number;
  profile: Profile;
  schedulerName: string;
  now: () => Date;
}

/** Most batches one hold of the batch lock decides and binds (pipelined), and for how long it starts new ones. */
const MAX_BATCHES_PER_HOLD = 8;
const MAX_HOLD_MS = 3_000;

interface ToBind {
  pod: KObject;
  nodeName: string;
  /** The copy `scheduleBatch` counted on the node. */
  counted: KObject;
}

/** After a lost bind, how soon a drain runs again. */
const RETRY_SOON_MS = 50;

/** When a drain should run again, if ever (soon after a lost bind; at the end of a back-off). */
export interface DrainResult {
  retryAfterMs?: number;
}

interface Drainer {
  resolve: (r: DrainResult) => void;
  reject: (err: unknown) => void;
  retrySoon: boolean;
}

interface RoundOutcome {
  bound: { pod: KObject; nodeName: string }[];
  unschedulable: number;
  retry: number;
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
  private cache: SnapshotCache | null = null;
  /** When the cache was last built from lists (ms). */
  private listedAt = 0;
  /** Revisions of this process's binds not yet passed by a catch-up, which need not read them. */
  private ownBinds: bigint[] = [];
  /** Every change up to this log revision is in the cache. */
  private syncedRevision = 0n;
  /** Full lists and catch-ups so far, for tests and benchmarks. */
  readonly stats = { lists: 0, catchUps: 0, changesApplied: 0, rounds: 0, batches: 0, bound: 0, ms: { list: 0, catchUp: 0, lockWait: 0, decide: 0, bind: 0 } };
  /** Pending pods this process knows of, by key; the pool a batch is filled from. */
  private readonly pending = new Map<string, KObject>();
  /** Unschedulable pods left out of batches they were not asked for, until this time (ms). */
  private readonly parked = new Map<string, number>();
  /** Unschedulable decisions in a row, by pod uid, for the back-off. */
  private readonly attempts = new Map<string, number>();
  private readonly wanted = new Map<string, Wanted>();
  /** Callers of `markedUnschedulable` waiting for the next round's catch-up. */
  private readonly syncWaiters: { resolve: () => void; reject: (err: unknown) => void }[] = [];
  private running: Promise<void> | null = null;
  /** Drains waiting for a round that binds nothing. */
  private readonly drainers: Drainer[] = [];
  /** The list under way, if any: one at a time (a warm-up's and a round's are the same). */
  private listing: Promise<void> | null = null;
  /** Status and Event writes of finished rounds, one round at a time. */
  private afterwork: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly lock: SchedulerBatchLock,
    private readonly o: SchedulerRunnerOptions,
    private readonly log?: Pick<Logger, 'info'>,
    /** Where every decided pod's attempt and every bound pod's creation-to-bind time go. */
    private readonly metrics?: Pick<WorkerMetrics, 'schedulingAttempt' | 'podSchedulingE2E'>,
  ) {}

  /** Places `pod` (as just read) in the next round that has room for it, and says how it went. */
  schedule(pod: KObject): Promise<ScheduleOutcome> {
    const key = keyOfPod(pod);
    // Read before a round (this process's or another's) bound it, which the log has shown since:
    // placing this stale copy again would only lose the bind's version check.
    if (pod.metadata.uid && this.cache?.nodeOf(pod.metadata.uid) !== undefined) return Promise.resolve({ result: 'gone' });
    return new Promise<ScheduleOutcome>((resolve, reject) => {
      // The log may already have shown a newer version than this read (an older one would fail
      // the bind's version check).
      const current = this.newer(this.pending.get(key), pod);
      const w = this.wanted.get(key);
      if (w) {
        w.pod = current;
        w.waiters.push(resolve);
        w.failers.push(reject);
      } else {
        this.wanted.set(key, { pod: current, waiters: [resolve], failers: [reject] });
      }
      this.pending.set(key, current);
      this.kick();
    });
  }

  /**
   * The pending pods marked unschedulable, as the log shows them once a round has caught up from
   * after this call: what a retry after a cluster change takes, without a list of the cluster.
   */
  async markedUnschedulable(): Promise<KObject[]> {
    await new Promise<void>((resolve, reject) => {
      this.syncWaiters.push({ resolve, reject });
      this.kick();
    });
    return [...this.pending.values()].filter(isMarkedUnschedulable);
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
      if (this.wanted.size > 0 || this.syncWaiters.length > 0) this.kick();
    });
  }

  private async loop(): Promise<void> {
    try {
      for (;;) {
        // Drains asked before this round started: it is the first that can see their pods.
        const draining = [...this.drainers];
        const outcome = await this.round();
        if (outcome.retry > 0) for (const d of draining) d.retrySoon = true;
        // Unschedulable pods are parked, so a round that decided something may leave others to try.
        const progressed = outcome.bound.length + outcome.unschedulable + outcome.retry > 0;
        if (!progressed) this.finishDrains(draining);
        if (this.wanted.size === 0 && this.syncWaiters.length === 0 && this.drainers.length === 0 && !progressed) return;
      }
    } catch (err) {
      // Fail every waiter: their reconciles are retried with the queue's back-off.
      const failed = [...this.wanted.values()];
      this.wanted.clear();
      const drains = this.drainers.splice(0);
      this.cache = null;
      for (const w of failed) for (const f of w.failers) f(err);
      for (const d of drains) d.reject(err);
    }
  }

  /**
   * Binds every pending pod the log shows that fits somewhere, round after round, until a round
   * decides none: what the `*pending*` key's reconcile does, so that a burst of created pods
   * costs one queued job rather than one job and one read per pod. Says when to drain again:
   * soon after a lost bind, or when the earliest back-off of a pod this process parked runs out.
   */
  drain(): Promise<DrainResult> {
    return new Promise<DrainResult>((resolve, reject) => {
      this.drainers.push({ resolve, reject, retrySoon: false });
      this.kick();
    });
  }

  /** Whether this process has listed the cluster (a drain before that would wait for the list). */
  get listed(): boolean {
    return this.cache !== null;
  }

  /** Starts the first list in the background, unless it is done or under way. */
  warmUp(): void {
    if (this.cache || this.listing) return;
    this.listOnce().catch(() => {});
  }

  private finishDrains(draining: Drainer[]): void {
    if (draining.length === 0) return;
    const done = new Set(draining);
    for (let i = this.drainers.length - 1; i >= 0; i--) if (done.has(this.drainers[i]!)) this.drainers.splice(i, 1);
    const now = Date.now();
    let earliest = Infinity;
    for (const [key, until] of this.parked) if (this.pending.has(key)) earliest = Math.min(earliest, until);
    for (const d of draining) {
      const retryAfterMs = d.retrySoon ? RETRY_SOON_MS : Number.isFinite(earliest) ? Math.max(RETRY_SOON_MS, earliest - now) : undefined;
      d.resolve(retryAfterMs !== undefined ? { retryAfterMs } : {});
    }
  }

  /** One batch: decide and bind under the lock. Says what became of the batch's pods. */
  private async round(): Promise<RoundOutcome> {
    const started = performance.now();
    // Those who asked before this round's catch-up read the log's position.
    const syncing = this.syncWaiters.splice(0);
    let held: HeldBatchLock | undefined;
    try {
      // Outside the lock: a list (the first, or a stale snapshot's) costs seconds at 150,000 pods,
      // and so does reading a long stretch of the log; other workers keep binding meanwhile.
      if (!this.cache || Date.now() - this.listedAt > this.o.snapshotMaxAgeMs) await this.listOnce();
      if (!(await this.catchUp())) await this.listOnce();
      const waiting = performance.now();
      held = await this.lock.acquire();
      this.stats.ms.lockWait += performance.now() - waiting;
      // Under the lock, only what was written since: every bind of another worker committed
      // before it released the lock, so before this safe revision.
      if (!(await this.catchUp())) {
        await this.listOnce();
        if (!(await this.catchUp())) throw new CapstanError('UNAVAILABLE', 'the event log was compacted past a fresh list; the scheduler lists again');
      }
    } catch (err) {
      for (const s of syncing) s.reject(err);
      await held?.release();
      throw err;
    }
    for (const s of syncing) s.resolve();
    let boundCount = 0;
    const bound: { pod: KObject; nodeName: string }[] = [];
    const unschedulable: { pod: KObject; message: string }[] = [];
    const retry: KObject[] = [];
    try {
      const cache = this.cache!;
      // With a backlog, one hold of the lock binds several batches, and the next batch is decided
      // while the last one's bind is in Postgres (as kube-scheduler binds asynchronously): pods
      // being bound stay counted on their nodes, and one that fails to bind only leaves room.
      const inFlight = new Set<string>();
      let binding: Promise<void> | null = null;
      const holdStarted = performance.now();
      for (let n = 0; n < MAX_BATCHES_PER_HOLD && (n === 0 || performance.now() - holdStarted < MAX_HOLD_MS); n++) {
        const batch = this.pickBatch(inFlight);
        if (batch.length === 0) break;
        for (const pod of batch) inFlight.add(keyOfPod(pod));
        const deciding = performance.now();
        const placements = scheduleBatch(batch, cache.snapshot, this.o.profile, { explain: false });
        this.stats.ms.decide += performance.now() - deciding;
        this.stats.batches++;
        const toBind: ToBind[] = [];
        for (const p of placements) {
          if (p.result.nodeName !== undefined) toBind.push({ pod: p.pod, nodeName: p.result.nodeName, counted: p.counted! });
          else unschedulable.push({ pod: p.pod, message: p.result.message ?? 'unschedulable' });
        }
        if (binding) await binding;
        // Past the lock's life another worker may be binding from its own snapshot: stop here.
        if (!held.held()) {
          for (const b of toBind) {
            cache.discard(b.counted);
            retry.push(b.pod);
          }
          binding = null;
          break;
        }
        binding = this.bindBatch(toBind, bound, retry);
        // Awaited after the next decision; marked handled so that a failure meanwhile is not "unhandled".
        binding.catch(() => {});
      }
      if (binding) await binding;
      boundCount = bound.length;
      if (boundCount > 0) await held.bump();
      this.stats.rounds++;
      this.stats.bound += boundCount;
    } finally {
      await held.release();
    }
    this.observe(bound, unschedulable, retry, (performance.now() - started) / 1000);
    this.settle(bound, unschedulable, retry);
    return { bound, unschedulable: unschedulable.length, retry: retry.length };
  }

  /** Binds one decided batch in one statement; the outcomes go to `bound` and `retry`. */
  private async bindBatch(toBind: ToBind[], bound: { pod: KObject; nodeName: string }[], retry: KObject[]): Promise<void> {
    if (toBind.length === 0) return;
    const cache = this.cache!;
    const started = performance.now();
    const results = await this.store.bindPods(
      toBind.map(({ pod, nodeName }) => ({ namespace: pod.metadata.namespace!, name: pod.metadata.name, nodeName, pod })),
    );
    results.forEach((r, i) => {
      const b = toBind[i]!;
      if ('pod' in r) {
        bound.push({ pod: r.pod, nodeName: b.nodeName });
        this.ownBinds.push(BigInt(r.pod.metadata.resourceVersion!));
        cache.confirm(b.counted);
      } else if (['CONFLICT', 'NOT_FOUND', 'INVALID'].includes(r.error.code)) {
        // Not bound: the snapshot must not count it (its next version comes from the log).
        cache.discard(b.counted);
        retry.push(b.pod);
      } else throw r.error;
    });
    this.stats.ms.bind += performance.now() - started;
  }

  /** `list`, or the one under way (a warm-up's). */
  private listOnce(): Promise<void> {
    this.listing ??= this.list().finally(() => {
      this.listing = null;
    });
    return this.listing;
  }

  /** Lists nodes, pods, namespaces and storage: a new cache, and the pending pods it leaves out. */
  private async list(): Promise<void> {
    const started = performance.now();
    const [nodes, pods, namespaces, claims, volumes, classes] = await Promise.all([
      this.store.list('Node'),
      this.store.list('Pod'),
      this.store.list('Namespace'),
      this.store.list('PersistentVolumeClaim'),
      this.store.list('PersistentVolume'),
      this.store.list('StorageClass'),
    ]);
    this.cache = SnapshotCache.fromLists({ nodes: nodes.items, pods: pods.items, namespaces: namespaces.items, claims: claims.items, volumes: volumes.items, classes: classes.items });
    this.listedAt = Date.now();
    this.ownBinds = [];
    this.stats.lists++;
    this.stats.ms.list += performance.now() - started;
    this.log?.info({ nodes: nodes.items.length, pods: pods.items.length, ms: Math.round(performance.now() - started) }, 'scheduler snapshot listed');
    // Each list is consistent at its own revision: replaying the log from the oldest of them
    // brings every object to its latest state (a pod seen twice ends as its last version).
    const revisions = [nodes, pods, namespaces, claims, volumes, classes].map((l) => BigInt(l.resourceVersion));
    this.syncedRevision = revisions.reduce((a, b) => (a < b ? a : b));
    this.pending.clear();
    for (const pod of pods.items) if (isPendingForScheduler(pod, this.o.schedulerName)) this.pending.set(keyOfPod(pod), pod);
    // Waited-for pods missing from the list were written after it: the catch-up brings them.
    for (const [key, w] of this.wanted) if (!this.pending.has(key)) this.pending.set(key, w.pod);
  }

  /**
   * Applies every scheduling change in the log since the last sync, up to the safe revision, to
   * the cache and the pending pods. Returns false when the log no longer has them (compacted).
   */
  private async catchUp(): Promise<boolean> {
    const started = performance.now();
    try {
      return await this.catchUpFromLog();
    } finally {
      this.stats.ms.catchUp += performance.now() - started;
    }
  }

  private async catchUpFromLog(): Promise<boolean> {
    const cache = this.cache!;
    const from = this.syncedRevision;
    const upTo = await this.store.log.safeRevision();
    let after = from;
    const PAGE = 5000;
    // This process's binds are counted already (SnapshotCache.confirm): not read back.
    const own = this.ownBinds.filter((r) => r > from && r <= upTo);
    for (;;) {
      const events = await this.store.log.readSchedulingChanges(after, upTo, PAGE, undefined, own);
      for (const e of events) {
        cache.apply(e);
        if (e.kind === 'Pod') this.notePod(e.type, e.object);
      }
      this.stats.changesApplied += events.length;
      if (events.length < PAGE) break;
      after = events.at(-1)!.revision;
    }
    // Compaction moves the horizon before it deletes: past `from` now, rows may be missing.
    if ((await this.store.log.compactedRevision()) > from) {
      this.cache = null;
      return false;
    }
    this.syncedRevision = upTo;
    this.ownBinds = this.ownBinds.filter((r) => r > upTo);
    this.stats.catchUps++;
    for (const [key, w] of this.wanted) {
      const current = this.pending.get(key);
      if (current) w.pod = current;
      else this.finish(key, { result: 'gone' });
    }
    return true;
  }

  /** Keeps the pending pods current with one pod change from the log. */
  private notePod(type: 'ADDED' | 'MODIFIED' | 'DELETED', pod: KObject): void {
    const key = keyOfPod(pod);
    if (type === 'DELETED') {
      const known = this.pending.get(key);
      if (!known || known.metadata.uid === pod.metadata.uid) {
        this.pending.delete(key);
        this.parked.delete(key);
        if (pod.metadata.uid) this.attempts.delete(pod.metadata.uid);
      }
      return;
    }
    if (!isPendingForScheduler(pod, this.o.schedulerName)) {
      this.pending.delete(key);
      return;
    }
    // A version a reconcile read may be newer than the log's.
    this.pending.set(key, this.newer(this.pending.get(key), pod));
  }

  /** `pod` unless `known` is a later version of the same pod. */
  private newer(known: KObject | undefined, pod: KObject): KObject {
    if (!known || known.metadata.uid !== pod.metadata.uid) return pod;
    return BigInt(known.metadata.resourceVersion ?? 0) > BigInt(pod.metadata.resourceVersion ?? 0) ? known : pod;
  }

  /** Pods asked for and other known pending pods (not parked, not known unschedulable, not in `skip`), by priority. */
  private pickBatch(skip: ReadonlySet<string>): KObject[] {
    const now = Date.now();
    const candidates: KObject[] = [];
    for (const [key, pod] of this.pending) {
      if (skip.has(key)) continue;
      if (this.wanted.has(key)) candidates.push(pod);
      else {
        // A pod this process parked is tried again once its back-off has passed (a drain's
        // retry); one marked unschedulable by another process, when its own key comes.
        const until = this.parked.get(key);
        if (until !== undefined ? until <= now : !isMarkedUnschedulable(pod)) candidates.push(pod);
      }
    }
    const ordered = candidates.length > this.o.batchSize ? schedulingOrder(candidates).slice(0, this.o.batchSize) : candidates;
    return ordered;
  }

  /** Each decided pod's attempt (its round's time), and each bound pod's time since its creation. */
  private observe(bound: { pod: KObject }[], unschedulable: unknown[], retry: unknown[], seconds: number): void {
    const m = this.metrics;
    if (!m) return;
    const now = Date.now();
    for (const { pod } of bound) {
      m.schedulingAttempt.observe({ result: 'bound' }, seconds);
      const created = Date.parse(pod.metadata.creationTimestamp ?? '');
      if (Number.isFinite(created)) m.podSchedulingE2E.observe(Math.max(0, now - created) / 1000);
    }
    for (let i = 0; i < unschedulable.length; i++) m.schedulingAttempt.observe({ result: 'unschedulable' }, seconds);
    for (let i = 0; i < retry.length; i++) m.schedulingAttempt.observe({ result: 'retry' }, seconds);
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
    const claimsToAnnotate = new Map(bound.map(({ pod, nodeName }) => [keyOfPod(pod), { nodeName, claims: claimsAwaitingNode(pod, this.cache?.snapshot.storage) }]));
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
      // A pod asked for is read afresh by its retried reconcile; one a drain found stays pending
      // (a newer version, if that is why the bind failed, comes from the log).
      if (this.wanted.has(key)) this.pending.delete(key);
      else this.parked.set(key, Date.now() + RETRY_SOON_MS);
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
