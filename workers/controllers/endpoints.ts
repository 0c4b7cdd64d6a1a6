/**
 * The endpoints controller: for each Service with a selector, an Endpoints object of the same
 * name listing the matching pods (ready ones in `addresses`, the others in `notReadyAddresses`)
 * and their ports. It also gives new Services their cluster IP and NodePorts (service-ip.ts),
 * which Kubernetes' API server does on create.
 *
 * Keys are `namespace/name` of Services, plus `namespace/*`: every Service of a namespace, used
 * for a pod change while the in-memory selector index does not know the namespace yet.
 */
import { isCapstanError } from '../../server/errors.ts';
import { deepEqual } from '../../server/kinds/deep-equal.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { Controller, ReconcileContext } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import { objectKey, splitKey } from '../controller.ts';
import { computeSubsets } from './endpoints-subsets.ts';
import { ServiceSelectorIndex } from './endpoints-service-index.ts';
import { allocateServiceAddresses, type ServiceIPOptions } from './service-ip.ts';

export const ENDPOINTS_CONTROLLER = 'endpoints';
/** Kubernetes' label on the Endpoints of a headless Service. */
export const HEADLESS_LABEL = 'service.kubernetes.io/headless';
const ALL_SERVICES = '*';

export interface EndpointsControllerOptions extends ServiceIPOptions {}

function labelsChanged(a: KObject | undefined, b: KObject | undefined): boolean {
  return !deepEqual(a?.metadata.labels ?? {}, b?.metadata.labels ?? {});
}

/** What the Endpoints of `svc` should say (labels and subsets). */
async function desiredEndpoints(store: ControllerStore, svc: KObject): Promise<{ labels: Record<string, string>; subsets: unknown[] }> {
  const selector = Object.entries(svc.spec.selector as Record<string, string>)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const pods = (await store.list('Pod', { namespace: svc.metadata.namespace, labelSelector: selector })).items;
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  if (svc.spec.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
  return { labels, subsets: computeSubsets(svc, pods) };
}

async function writeEndpoints(store: ControllerStore, svc: KObject): Promise<void> {
  const ns = svc.metadata.namespace!;
  const name = svc.metadata.name;
  const want = await desiredEndpoints(store, svc);
  const current = await store.get('Endpoints', ns, name);
  if (current && deepEqual(current.subsets ?? [], want.subsets) && deepEqual(current.metadata.labels ?? {}, want.labels)) return;
  try {
    if (!current) {
      await store.create('Endpoints', ns, { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, labels: want.labels }, subsets: want.subsets });
    } else {
      const next = { ...current, metadata: { ...current.metadata, labels: want.labels }, subsets: want.subsets };
      await store.update('Endpoints', ns, name, () => next, { resourceVersion: current.metadata.resourceVersion });
    }
  } catch (err) {
    // The namespace is being deleted: its namespace controller removes the Service too.
    if (isCapstanError(err, 'FORBIDDEN')) return;
    throw err; // CONFLICT / ALREADY_EXISTS: another writer was first; the retry recomputes.
  }
}

async function deleteEndpoints(store: ControllerStore, ns: string, name: string): Promise<void> {
  try {
    await store.delete('Endpoints', ns, name);
  } catch (err) {
    if (!isCapstanError(err, 'NOT_FOUND')) throw err;
  }
}

const hasSelector = (svc: KObject) => svc.spec?.selector !== undefined && svc.spec?.selector !== null && svc.spec?.type !== 'ExternalName';

/** Builds the endpoints controller; each instance keeps its own selector index. */
export function createEndpointsController(opts: EndpointsControllerOptions = {}): Controller & { index: ServiceSelectorIndex } {
  const index = new ServiceSelectorIndex();

  async function reconcileService(ns: string, name: string, ctx: ReconcileContext<ControllerStore>): Promise<void> {
    const { store } = ctx;
    let svc = await store.get('Service', ns, name);
    if (!svc) {
      await deleteEndpoints(store, ns, name);
      return;
    }
    if (!svc.metadata.deletionTimestamp) svc = await allocateServiceAddresses(store, svc, opts);
    // Services without a selector have Endpoints managed by someone else (Kubernetes' rule).
    if (!hasSelector(svc)) return;
    if (ctx.signal.aborted) return;
    await writeEndpoints(store, svc);
  }

  async function reconcileNamespace(ns: string, ctx: ReconcileContext<ControllerStore>): Promise<void> {
    const list = await ctx.store.list('Service', { namespace: ns });
    index.load(list.items, BigInt(list.resourceVersion), ns);
    for (const svc of list.items) {
      if (ctx.signal.aborted) return;
      if (hasSelector(svc)) await writeEndpoints(ctx.store, svc);
    }
  }

  return {
    name: ENDPOINTS_CONTROLLER,
    index,
    keysFor(e) {
      if (e.kind === 'Service') {
        index.observe(e);
        return [objectKey(e.namespace, e.name)];
      }
      if (e.kind === 'Endpoints' && e.type === 'DELETED') return [objectKey(e.namespace, e.name)];
      if (e.kind !== 'Pod') return [];
      // A pod change matters to Endpoints only through its labels, IP, readiness, node,
      // ports or deletion; status churn such as container restart counts is filtered out.
      const prev = e.prevObject;
      if (prev && e.type === 'MODIFIED' && !labelsChanged(prev, e.object) && endpointView(prev) === endpointView(e.object)) return [];
      const names = index.servicesSelecting(e.namespace, [e.object.metadata.labels, prev?.metadata.labels]);
      if (names === undefined) return [objectKey(e.namespace, ALL_SERVICES)];
      return names.map((n) => objectKey(e.namespace, n));
    },
    async listKeys(store) {
      const list = await store.list('Service');
      index.load(list.items, BigInt(list.resourceVersion));
      return list.items.map((s) => objectKey(s.metadata.namespace, s.metadata.name));
    },
    async reconcile(key, ctx) {
      const { namespace, name } = splitKey(key);
      if (!namespace) return;
      if (name === ALL_SERVICES) await reconcileNamespace(namespace, ctx);
      else await reconcileService(namespace, name, ctx);
    },
  };
}

/** The parts of a pod that its Endpoints entries depend on. */
function endpointView(pod: KObject): string {
  return JSON.stringify([
    pod.status?.podIP,
    pod.status?.phase,
    (pod.status?.conditions ?? []).find((c: any) => c?.type === 'Ready')?.status,
    pod.metadata.deletionTimestamp,
    pod.spec?.nodeName,
    pod.spec?.hostname,
    pod.spec?.subdomain,
    (pod.spec?.containers ?? []).map((c: any) => c.ports),
  ]);
}

/** The endpoints controller with default options. */
export const endpointsController = createEndpointsController();
