/**
 * The resource quota controller: keeps every ResourceQuota's `status.hard` (its spec.hard) and
 * `status.used` (what the objects it covers use now), as Kubernetes' quota controller does.
 * Keys are namespaces: one reconcile recomputes every quota of the namespace from the objects
 * they count. Admission does not depend on this status (the store counts under a lock at
 * create, server/store/admitted-create.ts); it is what `kubectl get quota` and the dashboard show,
 * and it catches up on usage that changes without a create (deletes, finished pods, larger claims).
 */
import { CapstanError } from '../../server/errors.ts';
import { jsonEqual } from '../../server/store/merge-patch.ts';
import type { KindName, KObject } from '../../server/kinds/types.ts';
import { hardOf, kindsOfQuota, quotaUsage, usageToResourceList } from '../../server/quota/resource-quota-usage.ts';
import { parseQuantity, isValidQuantity } from '../../server/kinds/quantity.ts';
import type { Controller, ReconcileContext } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';

/** Kinds whose updates can change usage (others change it only by being created or deleted). */
const USAGE_CHANGING_UPDATES = new Set<KindName>(['Pod', 'Service', 'PersistentVolumeClaim', 'ResourceQuota']);

/** The status a quota should have, given the objects of its namespace. */
export function desiredQuotaStatus(quota: KObject, objects: readonly KObject[], now: Date = new Date()): { hard: Record<string, string>; used: Record<string, string> } {
  const hard = Object.fromEntries(Object.entries(hardOf(quota)).map(([k, v]) => [k, isValidQuantity(v) ? parseQuantity(v).toString() : String(v)]));
  return { hard, used: usageToResourceList(quotaUsage(quota, objects, now)) };
}

/** Recomputes the status of every quota in `namespace`; a CONFLICT is thrown, so the queue retries. */
export async function reconcileResourceQuotas(namespace: string, { store, signal }: Pick<ReconcileContext<ControllerStore>, 'store' | 'signal'>): Promise<void> {
  const quotas = (await store.list('ResourceQuota', { namespace })).items;
  if (quotas.length === 0) return;
  const kinds = new Set<KindName>();
  for (const q of quotas) for (const k of kindsOfQuota(q)) kinds.add(k);
  const objects: KObject[] = [];
  for (const kind of kinds) objects.push(...(await store.list(kind, { namespace })).items);
  for (const quota of quotas) {
    const status = desiredQuotaStatus(quota, objects);
    if (jsonEqual(status, { hard: quota.status?.hard ?? {}, used: quota.status?.used ?? {} }) && quota.status?.hard !== undefined) continue;
    signal.throwIfAborted();
    try {
      await store.updateStatus('ResourceQuota', namespace, quota.metadata.name, status, { resourceVersion: quota.metadata.resourceVersion });
    } catch (err) {
      // Deleted meanwhile: nothing to report on.
      if (err instanceof CapstanError && err.code === 'NOT_FOUND') continue;
      throw err;
    }
  }
}

export function createResourceQuotaController(): Controller<ControllerStore> {
  return {
    name: 'resourcequota',
    keysFor(e) {
      if (e.namespace === '') return [];
      if (e.type === 'MODIFIED' && !USAGE_CHANGING_UPDATES.has(e.kind)) return [];
      return [e.namespace];
    },
    async listKeys(store) {
      const { items } = await store.list('ResourceQuota');
      return [...new Set(items.map((q) => q.metadata.namespace ?? ''))].filter((ns) => ns !== '');
    },
    async reconcile(key, ctx) {
      await reconcileResourceQuotas(key, ctx);
    },
  };
}
