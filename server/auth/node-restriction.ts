/**
 * NodeRestriction (Kubernetes' admission plugin of that name), for Node objects: the node
 * authorizer lets a node write its own Node; this limits what it may put in it, so a node cannot
 * steer workloads or keep its object alive against the cluster's will.
 *
 * - Labels: a node may not set, change or remove labels under `node-restriction.kubernetes.io/`
 *   (reserved for admins to mark nodes that workloads may trust), nor labels in the
 *   `kubernetes.io` / `k8s.io` namespaces other than the kubelet's own (`KUBELET_LABELS`,
 *   `kubelet.kubernetes.io/`, `node.kubernetes.io/`). Labels of other domains and unprefixed
 *   ones stay free, as `kubelet --node-labels` allows.
 * - Finalizers and ownerReferences: a node may not set them when it registers nor change them
 *   afterwards.
 * - Taints: a node may register with taints but never change them later (the node-lifecycle
 *   controller and admins own them).
 * - The rest of the spec (unschedulable, podCIDR, providerID): set at registration, then the
 *   cluster's; a node may not uncordon itself. Annotations stay free, as in Kubernetes.
 * - Status: free (the status sub-resource writes nothing else).
 *
 * For PersistentVolumes (the node authorizer lets a node write only the local-path volumes
 * labelled for it): the one change allowed is dropping the `capstan.io/local-path-cleanup`
 * finalizer once the node has removed the volume's directory; labels, spec, annotations and
 * other finalizers stay as they are, and a node never creates volumes.
 *
 * Applied where every write of a request reaches the store: `restrictStore` wraps the Store of
 * a node's request context (server/api/api-server.ts), so GraphQL create/replace/patch/apply and
 * the REST layer's create/update/patch/apply all pass through it. Pods are not restricted here
 * (a node may not create pods at all: node-authorizer.ts).
 */
import { CapstanError } from '../errors.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import type { Identity } from '../store/types.ts';
import type { Store } from '../store/store.ts';
import { LOCAL_PATH_CLEANUP_FINALIZER, localPathNodeOf, onlyDropsCleanupFinalizer } from '../storage/local-path-cleanup.ts';
import { nodeNameOf } from './node-identity.ts';

/** Labels a kubelet sets on its own Node (Kubernetes' `kubeletapis.KubeletLabels`). */
export const KUBELET_LABELS = new Set([
  'kubernetes.io/hostname',
  'kubernetes.io/arch',
  'kubernetes.io/os',
  'node.kubernetes.io/instance-type',
  'topology.kubernetes.io/region',
  'topology.kubernetes.io/zone',
  'beta.kubernetes.io/instance-type',
  'beta.kubernetes.io/arch',
  'beta.kubernetes.io/os',
  'failure-domain.beta.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone',
]);
const KUBELET_LABEL_PREFIXES = ['kubelet.kubernetes.io/', 'node.kubernetes.io/', 'beta.kubernetes.io/', 'failure-domain.beta.kubernetes.io/'];
export const NODE_RESTRICTION_LABEL_DOMAIN = 'node-restriction.kubernetes.io';

function domainOf(label: string): string {
  const slash = label.indexOf('/');
  return slash < 0 ? '' : label.slice(0, slash);
}

function inDomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** Whether a node may set, change or remove the label `key` on its own Node. */
export function nodeMaySetLabel(key: string): boolean {
  const domain = domainOf(key);
  if (inDomain(domain, NODE_RESTRICTION_LABEL_DOMAIN)) return false;
  if (!inDomain(domain, 'kubernetes.io') && !inDomain(domain, 'k8s.io')) return true;
  return KUBELET_LABELS.has(key) || KUBELET_LABEL_PREFIXES.some((p) => key.startsWith(p));
}

function refuse(node: string, why: string): CapstanError {
  return new CapstanError('FORBIDDEN', `node "${node}" ${why} (NodeRestriction)`);
}

function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function nonEmpty<T>(list: T[] | undefined | null): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

/**
 * Throws FORBIDDEN when node `node` may not make its Node `next` (from `current`, or new when
 * `current` is null). Only called for a node's own Node: the authorizer refuses the others.
 */
export function admitNodeWrite(node: string, current: KObject | null, next: KObject): void {
  const before = current?.metadata.labels ?? {};
  const after = next.metadata?.labels ?? {};
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]).sort();
  const forbidden = changed.filter((k) => !nodeMaySetLabel(k));
  if (forbidden.length > 0) {
    const reserved = forbidden.some((k) => inDomain(domainOf(k), NODE_RESTRICTION_LABEL_DOMAIN));
    const why = reserved ? `labels under ${NODE_RESTRICTION_LABEL_DOMAIN}/ are set by admins only` : 'a node may set only the kubelet labels in the kubernetes.io and k8s.io namespaces';
    throw refuse(node, `may not ${current ? 'modify' : 'set'} the labels ${forbidden.map((k) => `"${k}"`).join(', ')}: ${why}`);
  }
  if (json(nonEmpty(current?.metadata.finalizers)) !== json(nonEmpty(next.metadata?.finalizers))) {
    throw refuse(node, `may not ${current ? 'change the finalizers of' : 'set finalizers on'} its Node`);
  }
  if (json(nonEmpty(current?.metadata.ownerReferences)) !== json(nonEmpty(next.metadata?.ownerReferences))) {
    throw refuse(node, `may not ${current ? 'change the ownerReferences of' : 'set ownerReferences on'} its Node`);
  }
  if (current && json(nonEmpty(current.spec?.taints)) !== json(nonEmpty(next.spec?.taints))) {
    throw refuse(node, 'may not change its taints after registration (they belong to admins and the node-lifecycle controller)');
  }
  if (current) {
    const { taints: _before, ...specBefore } = (current.spec ?? {}) as Record<string, unknown>;
    const { taints: _after, ...specAfter } = (next.spec ?? {}) as Record<string, unknown>;
    const changed = [...new Set([...Object.keys(specBefore), ...Object.keys(specAfter)])].filter((k) => json(specBefore[k]) !== json(specAfter[k])).sort();
    if (changed.length > 0) throw refuse(node, `may not change spec.${changed.join(', spec.')} of its Node after registration (a node writes its status, labels and annotations)`);
  }
}

/**
 * Throws FORBIDDEN unless node `node` only drops the cleanup finalizer of a local-path volume
 * labelled for it (the authorizer checked the label of the volume as it was read before).
 */
export function admitVolumeWrite(node: string, current: KObject, next: KObject): void {
  if (localPathNodeOf(current) !== node) throw refuse(node, `may not modify PersistentVolume "${current.metadata.name}": it is not a local-path volume of this node`);
  if (!onlyDropsCleanupFinalizer(current, next)) {
    throw refuse(node, `may only remove the finalizer ${LOCAL_PATH_CLEANUP_FINALIZER} of PersistentVolume "${current.metadata.name}", nothing else`);
  }
}

/**
 * The Store as `identity` may use it: for a node, creates and updates of Nodes pass through
 * `admitNodeWrite` first; for anyone else, the Store itself. Store.replace, patch and
 * updateStatus call `this.update`, so wrapping create and update covers every write.
 */
export function restrictStore(store: Store, identity: Identity): Store {
  const node = nodeNameOf(identity);
  if (!node) return store;
  const create: Store['create'] = (kind, namespace, input, opts) => {
    if (kind === 'Node') admitNodeWrite(node, null, input);
    if (kind === 'PersistentVolume') throw refuse(node, 'may not create PersistentVolumes');
    return store.create(kind, namespace, input, opts);
  };
  const update: Store['update'] = (kind: KindName, namespace, name, mutate, opts, mode) => {
    if (kind === 'PersistentVolume') {
      return store.update(
        kind,
        namespace,
        name,
        (current) => {
          const before = structuredClone(current);
          const next = mutate(current);
          if (mode === 'status') throw refuse(node, `may not write the status of PersistentVolume "${before.metadata.name}"`);
          admitVolumeWrite(node, before, next);
          return next;
        },
        opts,
        mode,
      );
    }
    if (kind !== 'Node') return store.update(kind, namespace, name, mutate, opts, mode);
    return store.update(
      kind,
      namespace,
      name,
      (current) => {
        const before = structuredClone(current);
        const next = mutate(current);
        // The status sub-resource keeps everything but status (prepareUpdate), so only main writes need the check.
        if (mode !== 'status') admitNodeWrite(node, before, next);
        return next;
      },
      opts,
      mode,
    );
  };
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'create') return create;
      if (prop === 'update') return update;
      return Reflect.get(target, prop, receiver);
    },
  });
}
