/**
 * The scheduler controller: places pending pods on nodes. Keys: `*pending*` for "pods were
 * created" (its reconcile binds every pending pod the log shows, round after round), a pod's own
 * key (`namespace/name`) when its scheduling inputs change, and `*unschedulable*` for "something
 * changed that may let the pods found unschedulable fit now" (a node added or changed, a bound
 * pod deleted or finished); its reconcile retries them all as one batch instead of one job per pod.
 *
 * Reconciles do not schedule pods alone: they go through this process's SchedulerRunner, which
 * places many pending pods per round on one snapshot and binds them under a cluster-wide batch
 * lock (see scheduler-runner.ts and scheduler-batch-lock.ts for why). Unschedulable pods are
 * retried with back-off (1 s doubling to 60 s): a pod's reconcile asks to be requeued, a drain
 * to run again when the earliest back-off runs out.
 */
import type { KObject } from '../../server/kinds/types.ts';
import type { Store } from '../../server/store/store.ts';
import type { Controller, ReconcileContext, RequeueAfter } from '../controller.ts';
import { objectKey, splitKey } from '../controller.ts';
import type { Profile } from '../../server/scheduler/framework.ts';
import { defaultProfile } from '../../server/scheduler/registry.ts';
import { isTerminated } from '../../server/scheduler/snapshot.ts';
import { SchedulerBatchLock } from './scheduler-batch-lock.ts';
import {
  DEFAULT_SCHEDULER_NAME,
  isPendingForScheduler,
  nodeSchedulingFieldsChanged,
  podSchedulingInputsChanged,
} from './scheduler-pod-status.ts';
import { SchedulerRunner } from './scheduler-runner.ts';

/** The key whose reconcile retries every pod marked unschedulable. */
export const UNSCHEDULABLE_KEY = '*unschedulable*';

/**
 * The key of "pods were created": its reconcile binds every pending pod the log shows, round
 * after round (SchedulerRunner.drain). A burst of creates is one queued job, not one job and
 * one read per pod; a pod's own key is kept for changes of its scheduling inputs and resyncs.
 */
export const PENDING_KEY = '*pending*';

/** How soon a worker that has not listed the cluster yet hands the pending key back. */
const NOT_LISTED_REQUEUE_MS = 100;

export interface SchedulerControllerOptions {
  /** Most pods decided and bound per round (default 1,000: one statement binds them all). */
  batchSize?: number;
  /** First retry delay of an unschedulable pod (default 1 s); doubles per failure. */
  backoffInitialMs?: number;
  /** Cap of that delay (default 60 s). */
  backoffMaxMs?: number;
  /**
   * The snapshot is kept current from the event log; one listed longer ago than this is listed
   * afresh anyway, a safety net rather than a need (default 10 minutes).
   */
  snapshotMaxAgeMs?: number;
  /** Redis of the batch lock (default env REDIS_URL, else redis://127.0.0.1:6379). */
  redisUrl?: string;
  /** Key prefix of the batch lock (default env CAPSTAN_REDIS_PREFIX, else `capstan`); share it with the queues. */
  redisPrefix?: string;
  /** Batch lock TTL, renewed while held (default 10 s). */
  lockTtlMs?: number;
  profile?: Profile;
  /** Pods naming another `spec.schedulerName` are left alone (default `default-scheduler`). */
  schedulerName?: string;
  now?: () => Date;
}

/**
 * How this process's snapshots were kept current (full lists, log catch-ups, changes applied),
 * rounds run, pods bound, and the milliseconds spent listing, catching up, waiting for the batch
 * lock, deciding and binding.
 */
export interface SchedulerStats {
  lists: number;
  catchUps: number;
  changesApplied: number;
  /** Holds of the batch lock, and the batches decided in them (several when there is a backlog). */
  rounds: number;
  batches: number;
  bound: number;
  ms: { list: number; catchUp: number; lockWait: number; decide: number; bind: number };
}

export interface SchedulerController extends Controller {
  /** Waits until this process's scheduling rounds (and their status writes) are finished. */
  idle(): Promise<void>;
  /** See SchedulerStats. */
  snapshotStats(): SchedulerStats;
  /** Closes the batch lock's Redis connection. */
  close(): void;
}

/** The scheduler with `opts`; `schedulerController` is the one with the defaults. */
export function createSchedulerController(opts: SchedulerControllerOptions = {}): SchedulerController {
  const o = {
    batchSize: opts.batchSize ?? 1000,
    backoffInitialMs: opts.backoffInitialMs ?? 1_000,
    backoffMaxMs: opts.backoffMaxMs ?? 60_000,
    snapshotMaxAgeMs: opts.snapshotMaxAgeMs ?? 600_000,
    profile: opts.profile ?? defaultProfile,
    schedulerName: opts.schedulerName ?? DEFAULT_SCHEDULER_NAME,
    now: opts.now ?? (() => new Date()),
  };
  for (const f of ['batchSize', 'backoffInitialMs', 'backoffMaxMs'] as const) {
    if (!(Number.isFinite(o[f]) && o[f] > 0)) throw new RangeError(`${f} must be a positive number, got ${o[f]}`);
  }
  let lock: SchedulerBatchLock | null = null;
  const runners = new WeakMap<Store, SchedulerRunner>();
  const live = new Set<SchedulerRunner>();
  const runnerFor = (store: Store, ctx: Pick<ReconcileContext, 'log' | 'metrics'>): SchedulerRunner => {
    let r = runners.get(store);
    if (!r) {
      lock ??= new SchedulerBatchLock({
        redisUrl: opts.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        prefix: opts.redisPrefix ?? process.env.CAPSTAN_REDIS_PREFIX ?? 'capstan',
        ttlMs: opts.lockTtlMs ?? 10_000,
      });
      runners.set(store, (r = new SchedulerRunner(store, lock, o, ctx.log, ctx.metrics)));
      live.add(r);
    }
    return r;
  };
  const ours = (pod: KObject | null | undefined): pod is KObject => isPendingForScheduler(pod, o.schedulerName);

  return {
    name: 'scheduler',

    keysFor(event) {
      if (event.kind === 'Node') {
        if (event.type === 'DELETED') return [];
        return nodeSchedulingFieldsChanged(event.prevObject, event.object) ? [UNSCHEDULABLE_KEY] : [];
      }
      // A claim made or bound, or a volume made: pods that VolumeBinding held back may fit now.
      if (event.kind === 'PersistentVolumeClaim' || event.kind === 'PersistentVolume') {
        const specChanged = event.type !== 'MODIFIED' || JSON.stringify(event.prevObject?.spec) !== JSON.stringify(event.object.spec);
        return specChanged ? [UNSCHEDULABLE_KEY] : [];
      }
      if (event.kind !== 'Pod') return [];
      const pod = event.object;
      const prev = event.prevObject;
      if (event.type !== 'DELETED' && ours(pod)) {
        if (event.type === 'ADDED') return [PENDING_KEY];
        // Our own PodScheduled=False write is no reason to try again before the back-off.
        return podSchedulingInputsChanged(prev, pod) ? [objectKey(event.namespace, event.name)] : [];
      }
      // A bound pod that went away or finished frees room on its node.
      const wasHolding = (p: KObject | undefined) => !!p?.spec?.nodeName && !isTerminated(p);
      if (event.type === 'DELETED' && wasHolding(prev ?? pod)) return [UNSCHEDULABLE_KEY];
      if (event.type === 'MODIFIED' && wasHolding(prev) && isTerminated(pod)) return [UNSCHEDULABLE_KEY];
      return [];
    },

    // No list of the pods: a drain reaches every pending pod (its runner listed them and follows
    // the log), the unschedulable key those marked so. At 150,000 pods a resync that listed the
    // unbound ones scanned every pod.
    async listKeys() {
      return [PENDING_KEY, UNSCHEDULABLE_KEY];
    },

    async reconcile(key: string, ctx: ReconcileContext): Promise<void | RequeueAfter> {
      const runner = runnerFor(ctx.store, ctx);
      if (key === PENDING_KEY) {
        // A worker still listing (seconds at 150,000 pods) hands the key back, so that a worker
        // that has listed keeps binding meanwhile; kube-scheduler too waits for its cache.
        if (!runner.listed) {
          runner.warmUp();
          return { requeueAfterMs: NOT_LISTED_REQUEUE_MS };
        }
        // The runner's rounds record each pod's attempt and creation-to-bind time.
        const { retryAfterMs } = await runner.drain();
        return retryAfterMs !== undefined ? { requeueAfterMs: retryAfterMs } : undefined;
      }
      if (key === UNSCHEDULABLE_KEY) {
        // The runner's view of the log, not a list: at 150,000 pods a list costs seconds.
        const marked = await runner.markedUnschedulable();
        // Each stays on its own back-off if it still fits nowhere; nothing to requeue here.
        await Promise.all(marked.filter(ours).map((p) => runner.schedule(p)));
        return;
      }
      const { namespace, name } = splitKey(key);
      const pod = await ctx.store.get('Pod', namespace, name);
      if (!ours(pod)) return;
      const started = performance.now();
      const outcome = await runner.schedule(pod);
      // Decided pods are recorded by the round that decided them.
      if (outcome.result === 'gone') ctx.metrics?.schedulingAttempt.observe({ result: 'gone' }, (performance.now() - started) / 1000);
      if (outcome.result === 'unschedulable') return { requeueAfterMs: outcome.retryAfterMs };
      if (outcome.result === 'retry') return { requeueAfterMs: 50 };
    },

    async idle() {
      await Promise.all([...live].map((r) => r.idle()));
    },

    snapshotStats() {
      const sum: SchedulerStats = { lists: 0, catchUps: 0, changesApplied: 0, rounds: 0, batches: 0, bound: 0, ms: { list: 0, catchUp: 0, lockWait: 0, decide: 0, bind: 0 } };
      for (const r of live) {
        for (const k of ['lists', 'catchUps', 'changesApplied', 'rounds', 'batches', 'bound'] as const) sum[k] += r.stats[k];
        for (const k of Object.keys(sum.ms) as (keyof SchedulerStats['ms'])[]) sum.ms[k] += Math.round(r.stats.ms[k]);
      }
      return sum;
    },

    close() {
      lock?.close();
      lock = null;
    },
  };
}

/** The scheduler with default options, for `capstan workers`. */
export const schedulerController: SchedulerController = createSchedulerController();
