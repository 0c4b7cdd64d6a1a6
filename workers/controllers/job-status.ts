/**
 * What one sync of a Job should do, as a pure plan (Kubernetes' syncJob without the I/O): which
 * pods to create (with their completion index) or delete, which events to record, the status to
 * write, and when to look again. The Job controller (job.ts) carries the plan out.
 *
 * Conditions follow Kubernetes 1.31: when the Job has met its success criteria or a failure
 * condition, it first gets `SuccessCriteriaMet` or `FailureTarget` and its running pods are
 * deleted; `Complete` or `Failed` comes once no pod of it is still running or terminating.
 *
 * Counting differs from Kubernetes in one way: Kubernetes keeps a finalizer on every pod until
 * it has counted it, so that a finished pod deleted early still counts. Here a Job's counters
 * never go down (the larger of what was counted and what the pods show), and the controller
 * itself never deletes finished pods; a finished pod that someone else deletes before the Job
 * counted it is not counted. Indexed Jobs keep their completed indexes in
 * `status.completedIndexes`, so they lose nothing.
 */
import { rfc3339 } from '../../api/time.ts';
import { JOB_COMPLETION_INDEX_ANNOTATION } from '../../server/kinds/job.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { isPodReady, podsToDelete } from './pod-control.ts';

export type JobConditionType = 'Complete' | 'Failed' | 'SuccessCriteriaMet' | 'FailureTarget' | 'Suspended';

export interface JobCondition {
  type: JobConditionType;
  status: 'True' | 'False';
  lastProbeTime: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

export interface JobEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

export interface JobPlanOptions {
  /** First delay before replacing a failed pod; doubles with each failure (Kubernetes: 10 s). */
  podFailureBackoffMs: number;
  /** Longest such delay (Kubernetes: 6 minutes). */
  maxPodFailureBackoffMs: number;
}

export const DEFAULT_JOB_PLAN_OPTIONS: JobPlanOptions = { podFailureBackoffMs: 10_000, maxPodFailureBackoffMs: 360_000 };

export interface JobPlan {
  /** One entry per pod to create: its completion index (Indexed Jobs) or undefined. */
  create: (number | undefined)[];
  delete: KObject[];
  events: JobEvent[];
  /** The status once the creates and deletes are done. */
  status: Record<string, any>;
  /** Delete the Job itself (ttlSecondsAfterFinished has passed). */
  deleteJob: boolean;
  requeueAfterMs?: number;
}

export const BACKOFF_LIMIT_EXCEEDED = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
export const DEADLINE_EXCEEDED = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };
export const COMPLETIONS_REACHED = { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' };

const isFinishedPod = (p: KObject) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';

/** The condition of `type` with status True, if the Job has it. */
export function trueCondition(job: KObject, type: JobConditionType): JobCondition | undefined {
  const list: unknown = job.status?.conditions;
  if (!Array.isArray(list)) return undefined;
  return list.find((c) => c?.type === type && c.status === 'True');
}

/** 'Complete' or 'Failed' once the Job has finished, else undefined. */
export function jobFinishedAs(job: KObject): 'Complete' | 'Failed' | undefined {
  if (trueCondition(job, 'Complete')) return 'Complete';
  if (trueCondition(job, 'Failed')) return 'Failed';
  return undefined;
}

/** When the Job finished: completionTime, or the terminal condition's transition time. */
export function jobFinishedAtMs(job: KObject): number | undefined {
  const kind = jobFinishedAs(job);
  if (!kind) return undefined;
  const at = Date.parse(job.status?.completionTime ?? trueCondition(job, kind)?.lastTransitionTime ?? '');
  return Number.isNaN(at) ? undefined : at;
}

/** The completion index of a pod of an Indexed Job (from its annotation), if valid. */
export function podCompletionIndex(pod: KObject): number | undefined {
  const v = pod.metadata.annotations?.[JOB_COMPLETION_INDEX_ANNOTATION] ?? pod.metadata.labels?.[JOB_COMPLETION_INDEX_ANNOTATION];
  if (v === undefined || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}

/** Parses `1,3-5` into {1,3,4,5}; ignores malformed parts. */
export function parseIndexes(text: unknown): Set<number> {
  const out = new Set<number>();
  if (typeof text !== 'string') return out;
  for (const part of text.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) continue;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let i = from; i <= to; i++) out.add(i);
  }
  return out;
}

/** Formats indexes as Kubernetes does: sorted, consecutive runs as ranges (`1,3-5`). */
export function formatIndexes(indexes: Iterable<number>): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Kubernetes' pastBackoffLimitOnFailure: with restartPolicy OnFailure, container restarts count as failures. */
export function pastBackoffLimitOnFailure(job: KObject, activePods: KObject[]): boolean {
  if (job.spec?.template?.spec?.restartPolicy !== 'OnFailure') return false;
  let restarts = 0;
  for (const pod of activePods) {
    for (const list of [pod.status?.initContainerStatuses, pod.status?.containerStatuses]) {
      for (const cs of Array.isArray(list) ? list : []) restarts += typeof cs?.restartCount === 'number' ? cs.restartCount : 0;
    }
  }
  const limit: number = job.spec?.backoffLimit ?? 6;
  return limit === 0 ? restarts > 0 : restarts >= limit;
}

/** When a finished pod finished: its last container's finishedAt, if the node reported one. */
function finishedAtMs(pod: KObject): number | undefined {
  let latest: number | undefined;
  for (const cs of Array.isArray(pod.status?.containerStatuses) ? pod.status.containerStatuses : []) {
    const at = Date.parse(cs?.state?.terminated?.finishedAt ?? '');
    if (!Number.isNaN(at)) latest = Math.max(latest ?? at, at);
  }
  return latest;
}

function setCondition(conditions: JobCondition[], type: JobConditionType, status: 'True' | 'False', why: { reason: string; message: string }, nowMs: number): JobCondition[] {
  const old = conditions.find((c) => c.type === type);
  if (old && old.status === status && old.reason === why.reason && old.message === why.message) return conditions;
  const ts = rfc3339(nowMs);
  const next: JobCondition = { type, status, lastProbeTime: ts, lastTransitionTime: old && old.status === status ? old.lastTransitionTime : ts, reason: why.reason, message: why.message };
  return old ? conditions.map((c) => (c === old ? next : c)) : [...conditions, next];
}

/**
 * The plan for one sync. `pods` are every pod the Job controls (active, finished and
 * terminating); `nowMs` is the controller's clock.
 */
export function planJob(job: KObject, pods: KObject[], nowMs: number, opts: JobPlanOptions = DEFAULT_JOB_PLAN_OPTIONS): JobPlan {
  const spec = job.spec ?? {};
  const prev: Record<string, any> = job.status ?? {};
  const plan: JobPlan = { create: [], delete: [], events: [], status: {}, deleteJob: false };
  const requeue = (ms: number) => {
    const wait = Math.max(0, Math.ceil(ms));
    plan.requeueAfterMs = plan.requeueAfterMs === undefined ? wait : Math.min(plan.requeueAfterMs, wait);
  };

  // A finished Job only waits for its time to live.
  if (jobFinishedAs(job)) {
    plan.status = prev;
    const ttl = spec.ttlSecondsAfterFinished;
    const finishedAt = jobFinishedAtMs(job);
    if (typeof ttl === 'number' && finishedAt !== undefined) {
      const expireAt = finishedAt + ttl * 1000;
      if (nowMs >= expireAt) plan.deleteJob = true;
      else requeue(expireAt - nowMs);
    }
    return plan;
  }

  const indexed = spec.completionMode === 'Indexed';
  const completions: number | undefined = typeof spec.completions === 'number' ? spec.completions : undefined;
  const parallelism: number = typeof spec.parallelism === 'number' ? spec.parallelism : 1;
  const backoffLimit: number = typeof spec.backoffLimit === 'number' ? spec.backoffLimit : 6;

  const active = pods.filter((p) => !isFinishedPod(p) && !p.metadata.deletionTimestamp);
  const terminating = pods.filter((p) => !isFinishedPod(p) && !!p.metadata.deletionTimestamp);
  const succeededPods = pods.filter((p) => p.status?.phase === 'Succeeded');
  const failedPods = pods.filter((p) => p.status?.phase === 'Failed');

  let completedIndexes = new Set<number>();
  let succeeded: number;
  if (indexed) {
    completedIndexes = parseIndexes(prev.completedIndexes);
    for (const p of succeededPods) {
      const i = podCompletionIndex(p);
      if (i !== undefined) completedIndexes.add(i);
    }
    completedIndexes = new Set([...completedIndexes].filter((i) => completions === undefined || i < completions));
    succeeded = completedIndexes.size;
  } else {
    succeeded = Math.max(typeof prev.succeeded === 'number' ? prev.succeeded : 0, succeededPods.length);
  }
  const failed = Math.max(typeof prev.failed === 'number' ? prev.failed : 0, failedPods.length);

  let conditions: JobCondition[] = Array.isArray(prev.conditions) ? structuredClone(prev.conditions) : [];
  let startTime: string | undefined = prev.startTime;
  const suspended = spec.suspend === true;
  let toDelete: KObject[] = [];

  if (suspended) {
    if (!trueCondition(job, 'Suspended')) plan.events.push({ type: 'Normal', reason: 'Suspended', message: 'Job suspended' });
    conditions = setCondition(conditions, 'Suspended', 'True', { reason: 'JobSuspended', message: 'Job suspended' }, nowMs);
    // The deadline counts again from the resume.
    startTime = undefined;
    toDelete = active;
  } else {
    if (trueCondition(job, 'Suspended')) {
      plan.events.push({ type: 'Normal', reason: 'Resumed', message: 'Job resumed' });
      conditions = setCondition(conditions, 'Suspended', 'False', { reason: 'JobResumed', message: 'Job resumed' }, nowMs);
    }
    startTime ??= rfc3339(nowMs);
  }

  // Terminal criteria: stay once reached (the target conditions are never taken back).
  let failure = trueCondition(job, 'FailureTarget') as { reason: string; message: string } | undefined;
  let success = !failure && !!trueCondition(job, 'SuccessCriteriaMet');
  if (!suspended && !failure && !success) {
    const startMs = Date.parse(startTime ?? '');
    const deadline = spec.activeDeadlineSeconds;
    if (failed > backoffLimit || pastBackoffLimitOnFailure(job, active)) failure = BACKOFF_LIMIT_EXCEEDED;
    else if (typeof deadline === 'number' && !Number.isNaN(startMs) && nowMs - startMs >= deadline * 1000) failure = DEADLINE_EXCEEDED;
    else if (typeof deadline === 'number' && !Number.isNaN(startMs)) requeue(startMs + deadline * 1000 - nowMs);

    if (!failure) {
      if (indexed || completions !== undefined) success = completions !== undefined && succeeded >= completions;
      // A work queue (no completions) is done when one pod succeeded and none still runs.
      else success = succeeded > 0 && active.length === 0;
    }
    if (failure) {
      conditions = setCondition(conditions, 'FailureTarget', 'True', failure, nowMs);
      plan.events.push({ type: 'Warning', reason: failure.reason, message: failure.message });
    } else if (success) {
      conditions = setCondition(conditions, 'SuccessCriteriaMet', 'True', COMPLETIONS_REACHED, nowMs);
    }
  }

  if (failure || success) {
    toDelete = active;
  } else if (!suspended) {
    const counted = active.length + (spec.podReplacementPolicy === 'Failed' ? terminating.length : 0);
    if (indexed) {
      const { create, remove } = planIndexed(active, completedIndexes, completions ?? 0, parallelism, counted);
      plan.create = create;
      toDelete = remove;
    } else {
      let want: number;
      if (completions !== undefined) want = Math.max(0, Math.min(parallelism, completions - succeeded));
      else want = succeeded > 0 ? active.length : parallelism;
      const diff = want - counted;
      if (diff > 0) plan.create = Array.from({ length: diff }, () => undefined);
      else if (diff < 0) toDelete = podsToDelete(active, Math.min(-diff, active.length));
    }
    // Failed pods are replaced only after a back-off that doubles with each failure.
    if (plan.create.length > 0 && failedPods.length > 0) {
      const lastFailure = Math.max(...failedPods.map((p) => finishedAtMs(p) ?? -Infinity));
      const delay = Math.min(opts.maxPodFailureBackoffMs, opts.podFailureBackoffMs * 2 ** Math.min(failed - 1, 30));
      if (Number.isFinite(lastFailure) && nowMs < lastFailure + delay) {
        plan.create = [];
        requeue(lastFailure + delay - nowMs);
      }
    }
  }
  plan.delete = toDelete;

  const deleted = new Set(toDelete.map((p) => p.metadata.uid));
  const activeAfter = active.filter((p) => !deleted.has(p.metadata.uid));
  const terminatingAfter = terminating.length + toDelete.length;
  let completionTime: string | undefined = prev.completionTime;
  if ((failure || success) && activeAfter.length === 0 && terminatingAfter === 0) {
    if (failure) {
      conditions = setCondition(conditions, 'Failed', 'True', failure, nowMs);
    } else {
      conditions = setCondition(conditions, 'Complete', 'True', COMPLETIONS_REACHED, nowMs);
      completionTime = rfc3339(nowMs);
      plan.events.push({ type: 'Normal', reason: 'Completed', message: 'Job completed' });
    }
    const ttl = spec.ttlSecondsAfterFinished;
    if (typeof ttl === 'number') {
      if (ttl === 0) plan.deleteJob = true;
      else requeue(ttl * 1000);
    }
  }

  const status: Record<string, any> = {};
  if (conditions.length > 0) status.conditions = conditions;
  if (startTime !== undefined) status.startTime = startTime;
  if (completionTime !== undefined) status.completionTime = completionTime;
  status.active = activeAfter.length + plan.create.length;
  status.ready = activeAfter.filter(isPodReady).length;
  status.succeeded = succeeded;
  status.failed = failed;
  status.terminating = terminatingAfter;
  if (indexed) status.completedIndexes = formatIndexes(completedIndexes);
  plan.status = status;
  return plan;
}

/**
 * Indexed Jobs: one active pod per index not yet completed, lowest first, at most `parallelism`
 * at once; duplicates, indexes past `completions` and pods beyond parallelism go.
 */
function planIndexed(
  active: KObject[],
  completed: Set<number>,
  completions: number,
  parallelism: number,
  counted: number,
): { create: number[]; remove: KObject[] } {
  const remove: KObject[] = [];
  const running = new Map<number, KObject>();
  for (const pod of [...active].sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''))) {
    const i = podCompletionIndex(pod);
    if (i === undefined || i >= completions || completed.has(i) || running.has(i)) remove.push(pod);
    else running.set(i, pod);
  }
  let kept = counted - remove.length;
  if (kept > parallelism) {
    const byIndexDesc = [...running.entries()].sort((a, b) => b[0] - a[0]);
    for (const [i, pod] of byIndexDesc.slice(0, kept - parallelism)) {
      remove.push(pod);
      running.delete(i);
    }
    kept = parallelism;
  }
  const create: number[] = [];
  for (let i = 0; i < completions && kept + create.length < parallelism; i++) {
    if (!completed.has(i) && !running.has(i)) create.push(i);
  }
  return { create, remove };
}
