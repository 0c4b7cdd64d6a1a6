/**
 * Kubernetes' container restart back-off (kubelet's flowcontrol.Backoff): a container that
 * crashes for the first time is restarted at once; after that, a crash within the current
 * back-off window waits until `finishedAt + delay`, and each restart doubles the delay, from
 * `baseMs` up to `maxMs` (10 s → 5 min). A container that ran `resetMs` without failing starts
 * from the beginning again. Pure: the pod worker keeps one `BackoffState` per container.
 */

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  resetMs: number;
}

export interface BackoffState {
  /** The current delay; undefined before the first restart. */
  delayMs?: number;
}

/**
 * How long to wait (ms from `now`) before restarting a container that ran from `startedAt`
 * to `finishedAt`; 0 means restart now. Forgets the back-off after a clean run of `resetMs`.
 */
export function backoffWait(state: BackoffState, run: { startedAt: number; finishedAt: number }, now: number, policy: BackoffPolicy): number {
  if (run.finishedAt - run.startedAt >= policy.resetMs) state.delayMs = undefined;
  if (state.delayMs === undefined) return 0;
  return Math.max(0, run.finishedAt + state.delayMs - now);
}

/** Records a restart: the next crash waits twice as long (the first one waits `baseMs`). */
export function recordRestart(state: BackoffState, policy: BackoffPolicy): void {
  state.delayMs = state.delayMs === undefined ? policy.baseMs : Math.min(policy.maxMs, state.delayMs * 2);
}

/** A duration as Go prints it (Kubernetes' messages say `back-off 20s`, `back-off 2m40s`, `back-off 300ms`). */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const totalSeconds = ms / 1000;
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = Math.round((totalSeconds % 60) * 1000) / 1000;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

/** Kubernetes' CrashLoopBackOff message. */
export function backoffMessage(delayMs: number, container: string, pod: { namespace: string; name: string; uid: string }): string {
  return `back-off ${goDuration(delayMs)} restarting failed container=${container} pod=${pod.name}_${pod.namespace}(${pod.uid})`;
}
