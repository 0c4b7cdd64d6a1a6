/**
 * What a delete does to one object, decided without I/O so that the single delete and the
 * batched one (delete-many.ts) follow exactly the same rules: remove it now, or give it a
 * deletionTimestamp (finalizers pending, or a pod bound to a node that must confirm its stop
 * within its grace period), or nothing (already being deleted as asked).
 */
import { invalid } from '../errors.ts';
import type { KObject } from '../kinds/types.ts';
import { jsonEqual } from './merge-patch.ts';
import { pendingFinalizers, timestamp } from './object-lifecycle.ts';
import type { DeleteOptions } from './types.ts';

export type DeletePlan = { op: 'delete' } | { op: 'update'; next: KObject } | { op: 'none' };

const POLICIES = ['Foreground', 'Orphan', 'Background'];

/** Checks the options every delete of a batch shares; throws INVALID. */
export function validateDeleteOptions(opts: DeleteOptions): void {
  if (opts.gracePeriodSeconds !== undefined && (!Number.isInteger(opts.gracePeriodSeconds) || opts.gracePeriodSeconds < 0)) {
    throw invalid('gracePeriodSeconds', 'must be a non-negative integer');
  }
  if (opts.propagationPolicy !== undefined && !POLICIES.includes(opts.propagationPolicy)) {
    throw invalid('propagationPolicy', 'must be one of Background, Foreground, Orphan');
  }
}

/** A pod's grace period: the delete's own, else the pod's, else 30 s. Other kinds have none. */
export function deleteGracePeriod(obj: KObject, opts: DeleteOptions): number {
  if (obj.kind !== 'Pod') return 0;
  if (opts.gracePeriodSeconds !== undefined) return opts.gracePeriodSeconds;
  return obj.spec?.terminationGracePeriodSeconds ?? 30;
}

/**
 * `waitForNode`: the object is a pod bound to a node that will confirm its stop, and the grace
 * period is above zero (the caller knows whether that node exists).
 */
export function planDelete(current: KObject, opts: DeleteOptions, waitForNode: boolean, now: Date): DeletePlan {
  validateDeleteOptions(opts);
  const next = structuredClone(current);
  const meta = next.metadata;
  const finalizers = new Set(meta.finalizers ?? []);
  if (opts.propagationPolicy === 'Foreground') finalizers.add('foregroundDeletion');
  if (opts.propagationPolicy === 'Orphan') finalizers.add('orphan');
  if (finalizers.size > 0) meta.finalizers = [...finalizers];
  const grace = deleteGracePeriod(current, opts);
  if (pendingFinalizers(next).length === 0 && !waitForNode) return { op: 'delete' };

  if (meta.deletionTimestamp) {
    // Already being deleted: only a shorter grace period changes anything.
    if (waitForNode && grace < (meta.deletionGracePeriodSeconds ?? Infinity)) {
      meta.deletionGracePeriodSeconds = grace;
      meta.deletionTimestamp = timestamp(new Date(now.getTime() + grace * 1000));
    } else if (!waitForNode && current.kind === 'Pod' && pendingFinalizers(next).length === 0) {
      return { op: 'delete' };
    }
  } else {
    meta.deletionTimestamp = timestamp(new Date(now.getTime() + (waitForNode ? grace * 1000 : 0)));
    if (waitForNode || current.kind === 'Pod') meta.deletionGracePeriodSeconds = waitForNode ? grace : 0;
    if (current.kind === 'Namespace') next.status = { ...(next.status ?? {}), phase: 'Terminating' };
  }
  if (jsonEqual(next, current)) return { op: 'none' };
  return { op: 'update', next };
}
