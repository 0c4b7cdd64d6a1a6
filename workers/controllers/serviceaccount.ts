/**
 * The serviceaccount controller: every active namespace has a ServiceAccount `default` (what a
 * pod runs as when it names none), made when the namespace appears and made again when someone
 * deletes it. Keys are namespace names. Terminating namespaces are left alone: they refuse new
 * content, and their `default` goes with everything else in them.
 */
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { Controller, ReconcileContext } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';

export const DEFAULT_SERVICE_ACCOUNT = 'default';

/** The account every namespace gets. */
export function defaultServiceAccount(): KObject {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: DEFAULT_SERVICE_ACCOUNT } };
}

function isTerminating(ns: KObject): boolean {
  return !!ns.metadata.deletionTimestamp || ns.status?.phase === 'Terminating';
}

/** Makes `default` in `namespace` unless it exists or the namespace is gone or going. */
export async function reconcileServiceAccounts(namespace: string, { store, log, signal }: Pick<ReconcileContext<ControllerStore>, 'store' | 'log' | 'signal'>): Promise<void> {
  const ns = await store.get('Namespace', undefined, namespace);
  if (!ns || isTerminating(ns)) return;
  if (await store.get('ServiceAccount', namespace, DEFAULT_SERVICE_ACCOUNT)) return;
  // This worker lost the key's lock: another one runs it now, and it must not write.
  signal.throwIfAborted();
  try {
    await store.create('ServiceAccount', namespace, defaultServiceAccount());
    log.info({ namespace }, 'created the default service account');
  } catch (err) {
    // Someone made it meanwhile; or the namespace started terminating (FORBIDDEN) or went (NOT_FOUND).
    if (err instanceof CapstanError && ['ALREADY_EXISTS', 'FORBIDDEN', 'NOT_FOUND'].includes(err.code)) return;
    throw err;
  }
}

export const serviceAccountController: Controller<ControllerStore> = {
  name: 'serviceaccount',
  keysFor(event) {
    if (event.kind === 'Namespace' && event.type !== 'DELETED') return [event.name];
    if (event.kind === 'ServiceAccount' && event.name === DEFAULT_SERVICE_ACCOUNT && event.type === 'DELETED') return [event.namespace];
    return [];
  },
  async listKeys(store) {
    const { items } = await store.list('Namespace');
    return items.map((ns) => ns.metadata.name);
  },
  async reconcile(key, ctx) {
    await reconcileServiceAccounts(key, ctx);
  },
};
