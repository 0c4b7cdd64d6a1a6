/**
 * Pure rules of the node lifecycle controller: when a node counts as silent, which NoExecute
 * taint its state calls for, and when a pod on a tainted node must go (Kubernetes' taint
 * manager, `getMinTolerationTime`).
 */
import { rfc3339 as timestamp } from '../../api/time.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { Taint, Toleration } from '../../server/scheduler/framework.ts';
import { toleratesTaint } from '../../server/scheduler/tolerations.ts';

export { timestamp };

export const TAINT_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_NOT_READY = 'node.kubernetes.io/not-ready';
const LIFECYCLE_TAINTS = new Set([TAINT_UNREACHABLE, TAINT_NOT_READY]);

export interface NodeTaint extends Taint {
  timeAdded?: string;
}

function parseTime(s: unknown): number | undefined {
  if (typeof s !== 'string') return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
}

export function readyCondition(node: KObject): any | undefined {
  return (node.status?.conditions ?? []).find((c: any) => c?.type === 'Ready');
}

/**
 * The last sign of life of a node, in ms: its Lease's renewTime, its Ready condition's
 * heartbeat, or (never heard of) its creation, which gives a new node one grace period.
 */
export function lastHeartbeat(node: KObject, lease: KObject | null): number {
  const times = [parseTime(lease?.spec?.renewTime), parseTime(readyCondition(node)?.lastHeartbeatTime), parseTime(node.metadata.creationTimestamp)];
  return Math.max(0, ...times.filter((t): t is number => t !== undefined));
}

/** The lifecycle taint a node should carry: silent → unreachable; reporting Ready=False → not-ready. */
export function wantedLifecycleTaint(node: KObject, silent: boolean): string | null {
  if (silent) return TAINT_UNREACHABLE;
  if (readyCondition(node)?.status === 'False') return TAINT_NOT_READY;
  return null;
}

/** `taints` with exactly the wanted lifecycle taint (timeAdded kept when already there); null if unchanged. */
export function withLifecycleTaint(taints: NodeTaint[] | undefined, wanted: string | null, now: Date): NodeTaint[] | null {
  const current = taints ?? [];
  const kept = current.filter((t) => !(LIFECYCLE_TAINTS.has(t.key) && t.effect === 'NoExecute' && t.key !== wanted));
  if (wanted && !kept.some((t) => t.key === wanted && t.effect === 'NoExecute')) {
    kept.push({ key: wanted, effect: 'NoExecute', timeAdded: timestamp(now) });
  }
  return kept.length === current.length && kept.every((t, i) => t === current[i]) ? null : kept;
}

/**
 * Kubernetes' `getMinTolerationTime`: the shortest tolerationSeconds among the tolerations that
 * match (≤ 0 means at once); Infinity when none of them sets a limit.
 */
export function minTolerationSeconds(tolerations: Toleration[]): number {
  let min = Infinity;
  for (const t of tolerations) {
    if (typeof t.tolerationSeconds !== 'number') continue;
    if (t.tolerationSeconds <= 0) return 0;
    min = Math.min(min, t.tolerationSeconds);
  }
  return min;
}

/**
 * When (ms) a pod on a node with these NoExecute taints must be evicted: Infinity if it tolerates
 * them all forever. A pod without a toleration for not-ready/unreachable counts as tolerating it
 * for `defaultTolerationSeconds`: Kubernetes' DefaultTolerationSeconds admission plugin adds
 * those tolerations to every pod. Each taint's clock starts at its timeAdded.
 */
export function evictionTime(pod: KObject, taints: NodeTaint[], defaultTolerationSeconds: number, now: number): number {
  const tolerations: Toleration[] = pod.spec?.tolerations ?? [];
  let at = Infinity;
  for (const taint of taints) {
    if (taint.effect !== 'NoExecute') continue;
    const since = parseTime(taint.timeAdded) ?? now;
    const matching = tolerations.filter((t) => (!t.effect || t.effect === 'NoExecute') && toleratesTaint(t, taint));
    let seconds: number;
    if (matching.length > 0) seconds = minTolerationSeconds(matching);
    else if (LIFECYCLE_TAINTS.has(taint.key)) seconds = defaultTolerationSeconds;
    else seconds = 0;
    at = Math.min(at, since + seconds * 1000);
  }
  return at;
}
