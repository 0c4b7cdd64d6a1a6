/**
 * How a local-path volume's directory is removed from its node (what rancher's
 * local-path-provisioner does with a helper pod, done here by the node agent itself):
 *
 * - A provisioned volume carries the finalizer `capstan.io/local-path-cleanup` and the label
 *   `capstan.io/local-path-node=<node>`, so its node's agent can watch the volumes on it.
 * - Once the volume is being deleted (its claim gone with policy Delete, or deleted by hand), the
 *   agent removes the directory (policy Delete only: Retain keeps it) and then the finalizer; the
 *   store deletes the volume when the finalizer is gone.
 * - A volume whose Node no longer exists has nobody to clean up: the persistent-volume controller
 *   drops the finalizer itself, with a Warning event, so no volume hangs in deletion forever.
 *
 * The agent imports no server code: node-agent/local-path-cleanup.ts repeats the two names.
 */
import type { KObject } from '../kinds/types.ts';

export const LOCAL_PATH_CLEANUP_FINALIZER = 'capstan.io/local-path-cleanup';
export const LOCAL_PATH_NODE_LABEL = 'capstan.io/local-path-node';

/** The node whose agent cleans up `pv` (its local-path node label), or undefined. */
export function localPathNodeOf(pv: KObject | null | undefined): string | undefined {
  const node = pv?.metadata?.labels?.[LOCAL_PATH_NODE_LABEL];
  return typeof node === 'string' && node !== '' ? node : undefined;
}

/** Whether `pv` still waits for its node to clean it up. */
export function awaitsLocalPathCleanup(pv: KObject): boolean {
  return (pv.metadata.finalizers ?? []).includes(LOCAL_PATH_CLEANUP_FINALIZER);
}

/**
 * Whether `next` differs from `current` only by dropping the cleanup finalizer (other
 * finalizers kept, in order): the one change a node may make to a volume (NodeRestriction).
 * resourceVersion, managedFields and generation are not compared, nor the status (a main write
 * keeps the stored one: the status is a sub-resource, which a node may not write).
 */
export function onlyDropsCleanupFinalizer(current: KObject, next: KObject): boolean {
  const before: string[] = current.metadata.finalizers ?? [];
  const after: string[] = next.metadata?.finalizers ?? [];
  const expected = before.filter((f) => f !== LOCAL_PATH_CLEANUP_FINALIZER);
  if (!(sameJson(after, before) || sameJson(after, expected))) return false;
  const strip = (o: KObject) => {
    const { resourceVersion: _rv, managedFields: _mf, finalizers: _f, generation: _g, ...metadata } = (o.metadata ?? {}) as unknown as Record<string, unknown>;
    return { metadata, spec: o.spec ?? null };
  };
  return sameJson(strip(current), strip(next));
}

/** Structural equality that ignores the order of object keys (not of array items). */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
