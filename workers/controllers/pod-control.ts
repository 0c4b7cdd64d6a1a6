/**
 * What a workload controller needs to know about pods: which count (active), which are ready and
 * available (Kubernetes' podutil.IsPodReady / IsPodAvailable), how a pod is made from its
 * owner's template, which pods go first when there are too many, and Kubernetes' slow-start
 * batches for creating many at once. Pure except `slowStartBatch`, which only runs callbacks.
 */
import type { KObject, OwnerReference } from '../../server/kinds/types.ts';

/**
 * Kubernetes truncates generateName bases so that `<base><5 random chars>` stays a valid
 * DNS label (63): the store adds the 5 characters.
 */
const MAX_GENERATED_NAME_BASE = 58;

/** Counted towards replicas: not being deleted and not finished (Kubernetes' FilterActivePods). */
export function isPodActive(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return !pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed';
}

function readyCondition(pod: KObject): { status?: string; lastTransitionTime?: string } | undefined {
  const conditions: unknown = pod.status?.conditions;
  if (!Array.isArray(conditions)) return undefined;
  return conditions.find((c) => c && typeof c === 'object' && c.type === 'Ready');
}

/** The pod's Ready condition is True. */
export function isPodReady(pod: KObject): boolean {
  return readyCondition(pod)?.status === 'True';
}

/**
 * When a ready pod becomes available: at once without minReadySeconds, otherwise
 * minReadySeconds after its Ready condition turned True. `undefined` for a pod that is not
 * ready, or whose Ready condition has no (valid) transition time while minReadySeconds > 0.
 */
export function availableAtMs(pod: KObject, minReadySeconds: number): number | undefined {
  const c = readyCondition(pod);
  if (c?.status !== 'True') return undefined;
  if (minReadySeconds <= 0) return -Infinity;
  const since = c.lastTransitionTime ? Date.parse(c.lastTransitionTime) : NaN;
  return Number.isNaN(since) ? undefined : since + minReadySeconds * 1000;
}

/** Ready for at least minReadySeconds at `nowMs`. */
export function isPodAvailable(pod: KObject, minReadySeconds: number, nowMs: number): boolean {
  const at = availableAtMs(pod, minReadySeconds);
  return at !== undefined && at <= nowMs;
}

/** The owner reference with `controller: true`, if any. */
export function controllerRefOf(obj: KObject | undefined): OwnerReference | undefined {
  return obj?.metadata.ownerReferences?.find((r) => r.controller === true);
}

/** A controller owner reference to `owner` (controller and blockOwnerDeletion, as Kubernetes sets them). */
export function controllerRefTo(owner: KObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid!,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/**
 * A new pod for `owner` (a ReplicaSet) from its `spec.template`: the template's labels,
 * annotations and spec, a `<owner>-<5 random chars>` name (generateName), and a controller
 * owner reference.
 */
export function podFromTemplate(owner: KObject): KObject {
  const template = owner.spec?.template ?? {};
  const meta = template.metadata ?? {};
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: '',
      generateName: `${owner.metadata.name.slice(0, MAX_GENERATED_NAME_BASE - 1)}-`,
      namespace: owner.metadata.namespace,
      ...(meta.labels ? { labels: { ...meta.labels } } : {}),
      ...(meta.annotations ? { annotations: { ...meta.annotations } } : {}),
      ownerReferences: [controllerRefTo(owner)],
    },
    spec: structuredClone(template.spec ?? {}),
  };
}

const PHASE_ORDER: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/**
 * Orders pods so that the ones to delete first come first, as Kubernetes' ActivePods ranking
 * (simplified, same order of keys): unscheduled before scheduled, Pending before Unknown
 * before Running, not ready before ready, ready for less time before longer, then newer
 * before older.
 */
export function compareForDeletion(a: KObject, b: KObject): number {
  const scheduled = (p: KObject) => (p.spec?.nodeName ? 1 : 0);
  if (scheduled(a) !== scheduled(b)) return scheduled(a) - scheduled(b);
  const phase = (p: KObject) => PHASE_ORDER[p.status?.phase ?? 'Pending'] ?? 0;
  if (phase(a) !== phase(b)) return phase(a) - phase(b);
  const ready = (p: KObject) => (isPodReady(p) ? 1 : 0);
  if (ready(a) !== ready(b)) return ready(a) - ready(b);
  if (ready(a) === 1) {
    const since = (p: KObject) => Date.parse(readyCondition(p)?.lastTransitionTime ?? '') || 0;
    if (since(a) !== since(b)) return since(b) - since(a);
  }
  const created = (p: KObject) => Date.parse(p.metadata.creationTimestamp ?? '') || 0;
  if (created(a) !== created(b)) return created(b) - created(a);
  return a.metadata.name < b.metadata.name ? 1 : a.metadata.name > b.metadata.name ? -1 : 0;
}

/** The `count` pods to delete first. */
export function podsToDelete(pods: KObject[], count: number): KObject[] {
  if (count <= 0) return [];
  return [...pods].sort(compareForDeletion).slice(0, count);
}

/**
 * Kubernetes' slowStartBatch: calls `fn` `count` times in batches of 1, 2, 4, … run
 * concurrently, and stops after the first batch with a failure, so that a quota or admission
 * error costs one failed call instead of hundreds. Returns how many calls succeeded and the
 * first error.
 */
export async function slowStartBatch(
  count: number,
  initialBatchSize: number,
  fn: () => Promise<void>,
): Promise<{ succeeded: number; error?: unknown }> {
  let remaining = count;
  let succeeded = 0;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    const results = await Promise.allSettled(Array.from({ length: batch }, () => fn()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    succeeded += results.filter((r) => r.status === 'fulfilled').length;
    if (failed) return { succeeded, error: failed.reason };
    remaining -= batch;
  }
  return { succeeded };
}
