/**
 * The namespace controller: keys are namespace names.
 *
 * - A live namespace carries the `kubernetes` finalizer in `spec.finalizers` (Kubernetes' API
 *   server adds it on create; Capstan's store does not, so this controller does), so that
 *   deleting it only marks it Terminating.
 * - A Terminating namespace has everything in it deleted (every namespaced kind of the
 *   registry), is re-checked until all of it is gone (pods on nodes stop gracefully, objects
 *   with finalizers wait for theirs), and then loses its finalizer, upon which the store
 *   deletes it.
 * - `default`, `kube-system` and `kube-public` are never emptied: Kubernetes' API server refuses
 *   to delete them; Capstan's store does not, so the controller leaves them Terminating but
 *   intact (new creates there are refused until someone removes the deletionTimestamp, which
 *   cannot be done: delete them only if you mean to recreate the database).
 */
import { isCapstanError } from '../../server/errors.ts';
import { NAMESPACE_FINALIZER } from '../../server/kinds/namespace.ts';
import { KINDS } from '../../server/kinds/registry.ts';
import type { KindName } from '../../server/kinds/types.ts';
import type { Controller, ReconcileContext, RequeueAfter } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';

export const NAMESPACE_CONTROLLER = 'namespace';
export const PROTECTED_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);

export interface NamespaceControllerOptions {
  /** How soon a namespace whose contents are still going is looked at again. Default 2 s. */
  recheckAfterMs?: number;
  /**
   * How long after its deletionTimestamp a namespace is kept even when empty: the store trusts a
   * namespace it saw active within the last second, so a create may still land just after the
   * deletion started. Default 2 s.
   */
  stragglerWindowMs?: number;
  clock?: () => Date;
}

const NAMESPACED_KINDS = (Object.keys(KINDS) as KindName[]).filter((k) => KINDS[k].namespaced);

/** Deletes what is left in `ns`; returns how many objects remain (being deleted or just deleted). */
async function deleteContents(store: ControllerStore, ns: string, signal: AbortSignal): Promise<number> {
  let remaining = 0;
  for (const kind of NAMESPACED_KINDS) {
    const items = (await store.list(kind, { namespace: ns })).items;
    for (const obj of items) {
      if (signal.aborted) return remaining + 1;
      remaining++;
      if (obj.metadata.deletionTimestamp) continue;
      try {
        await store.delete(kind, ns, obj.metadata.name);
      } catch (err) {
        if (!isCapstanError(err, 'NOT_FOUND')) throw err;
      }
    }
  }
  return remaining;
}

export function createNamespaceController(options: NamespaceControllerOptions = {}): Controller<ControllerStore> {
  const recheckAfterMs = options.recheckAfterMs ?? 2_000;
  const stragglerWindowMs = options.stragglerWindowMs ?? 2_000;
  const clock = options.clock ?? (() => new Date());

  async function reconcile(name: string, ctx: ReconcileContext<ControllerStore>): Promise<void | RequeueAfter> {
    const { store } = ctx;
    const ns = await store.get('Namespace', undefined, name);
    if (!ns) {
      // Deleted before it had our finalizer: nothing waited, so clean up what it left behind.
      await deleteContents(store, name, ctx.signal);
      return;
    }
    const finalizers: string[] = ns.spec?.finalizers ?? [];
    if (!ns.metadata.deletionTimestamp) {
      if (finalizers.includes(NAMESPACE_FINALIZER)) return;
      await store.update('Namespace', undefined, name, (cur) => {
        const fs: string[] = cur.spec?.finalizers ?? [];
        return cur.metadata.deletionTimestamp || fs.includes(NAMESPACE_FINALIZER) ? cur : { ...cur, spec: { ...(cur.spec ?? {}), finalizers: [...fs, NAMESPACE_FINALIZER] } };
      });
      return;
    }
    if (PROTECTED_NAMESPACES.has(name)) {
      ctx.log.warn({ namespace: name }, 'namespace cannot be deleted; leaving its contents alone');
      return;
    }
    if (!finalizers.includes(NAMESPACE_FINALIZER)) return;
    const remaining = await deleteContents(store, name, ctx.signal);
    if (remaining > 0) return { requeueAfterMs: recheckAfterMs };
    const settledAt = Date.parse(ns.metadata.deletionTimestamp) + stragglerWindowMs;
    const wait = settledAt - clock().getTime();
    if (wait > 0) return { requeueAfterMs: wait };
    // Empty, and no straggler can arrive any more: let the store delete the namespace.
    await store.update('Namespace', undefined, name, (cur) => ({
      ...cur,
      spec: { ...(cur.spec ?? {}), finalizers: (cur.spec?.finalizers ?? []).filter((f: string) => f !== NAMESPACE_FINALIZER) },
    }));
  }

  return {
    name: NAMESPACE_CONTROLLER,
    keysFor(e) {
      if (e.kind === 'Namespace') return [e.name];
      // The last objects of a terminating namespace going: it may be ready to go itself.
      if (e.type === 'DELETED' && e.namespace !== '' && KINDS[e.kind].namespaced) return [e.namespace];
      return [];
    },
    async listKeys(store) {
      return (await store.list('Namespace')).items.map((n) => n.metadata.name);
    },
    reconcile: (key, ctx) => reconcile(key, ctx),
  };
}

/** The namespace controller with default timings. */
export const namespaceController = createNamespaceController();
