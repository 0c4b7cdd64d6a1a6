/**
 * The root CA publisher (Kubernetes' root-ca-cert-publisher): every active namespace has a
 * ConfigMap `kube-root-ca.crt` whose `ca.crt` is the CA that signed the API servers' certificate,
 * so that a pod's service-account volume shows it at
 * /var/run/secrets/kubernetes.io/serviceaccount/ca.crt. Keys are namespace names; the ConfigMap
 * is made again when deleted and put back when edited.
 *
 * The CA is the one the API servers keep in `kube-system/capstan-serving-cert`
 * (server/auth/serving-cert.ts). A cluster whose servers use the operator's own certificate
 * files has no such Secret: nothing is published then.
 */
import { SERVING_CERT_NAMESPACE, SERVING_CERT_SECRET } from '../../server/auth/serving-cert.ts';
import { ROOT_CA_CONFIG_MAP } from '../../server/auth/pod-references.ts';
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { Controller, ReconcileContext, RequeueAfter } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';

/** How soon a namespace is looked at again while no API server has stored its certificate yet. */
const NO_CA_RETRY_MS = 5_000;

/** The ConfigMap `kube-root-ca.crt` of a namespace, for `ca` (PEM). */
export function rootCaConfigMap(ca: string): KObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: ROOT_CA_CONFIG_MAP }, data: { 'ca.crt': ca } };
}

function isTerminating(ns: KObject): boolean {
  return !!ns.metadata.deletionTimestamp || ns.status?.phase === 'Terminating';
}

/** Makes (or puts back) `kube-root-ca.crt` in `namespace`. */
export async function reconcileRootCa(namespace: string, { store, log, signal }: Pick<ReconcileContext<ControllerStore>, 'store' | 'log' | 'signal'>): Promise<void | RequeueAfter> {
  const ns = await store.get('Namespace', undefined, namespace);
  if (!ns || isTerminating(ns)) return;
  const secret = await store.get('Secret', SERVING_CERT_NAMESPACE, SERVING_CERT_SECRET);
  const b64 = (secret?.data as Record<string, unknown> | undefined)?.['ca.crt'];
  if (typeof b64 !== 'string' || b64 === '') return secret ? undefined : { requeueAfterMs: NO_CA_RETRY_MS };
  const ca = Buffer.from(b64, 'base64').toString('utf8');
  const current = await store.get('ConfigMap', namespace, ROOT_CA_CONFIG_MAP);
  const data = current?.data as Record<string, unknown> | undefined;
  if (current && data?.['ca.crt'] === ca && Object.keys(data).length === 1) return;
  signal.throwIfAborted();
  try {
    if (!current) await store.create('ConfigMap', namespace, rootCaConfigMap(ca));
    else await store.replace('ConfigMap', namespace, ROOT_CA_CONFIG_MAP, { ...current, data: { 'ca.crt': ca } });
    log.info({ namespace }, current ? 'put the root CA ConfigMap back' : 'published the root CA ConfigMap');
  } catch (err) {
    // Someone wrote it meanwhile (the next event brings it back here), or the namespace is going.
    if (err instanceof CapstanError && ['ALREADY_EXISTS', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND'].includes(err.code)) return;
    throw err;
  }
}

export const rootCaPublisherController: Controller<ControllerStore> = {
  name: 'root-ca-cert-publisher',
  keysFor(event) {
    if (event.kind === 'Namespace' && event.type !== 'DELETED') return [event.name];
    if (event.kind === 'ConfigMap' && event.name === ROOT_CA_CONFIG_MAP && event.type !== 'ADDED') return [event.namespace];
    return [];
  },
  async listKeys(store) {
    const { items } = await store.list('Namespace');
    return items.map((ns) => ns.metadata.name);
  },
  reconcile: (key, ctx) => reconcileRootCa(key, ctx),
};
