/**
 * The node rules (DESIGN §7, Kubernetes' node authorizer): a node may read only what its own
 * pods need and write only its Node, its Lease, the status of pods bound to it and Events.
 *
 * - Node: read any; create/update/patch (and status) only its own; never delete.
 * - Lease: get/create/update/patch only `kube-node-lease/<its name>`.
 * - Pod: get/delete and status writes only for pods bound to it; list/watch only with a field
 *   selector `spec.nodeName=<its name>`; no create/replace/patch.
 * - Secret, ConfigMap, ServiceAccount, PersistentVolumeClaim: get only what a pod bound to it
 *   references (a Secret also when it is the token Secret of such a pod's ServiceAccount); no
 *   writes. PersistentVolume: get only one whose claimRef is such a claim. Secrets, ConfigMaps,
 *   claims and volumes may also be listed and watched one at a time, with the field selector
 *   `metadata.name=<a name the node may get>` (how an informer follows one object: the agent
 *   follows the objects its pods' volumes show so).
 * - PersistentVolume labelled `capstan.io/local-path-node=<its name>` (a local-path volume on
 *   it): get, list and watch with a label selector that requires that label, and update/patch
 *   (which NodeRestriction narrows to removing the cleanup finalizer).
 * - Service, Endpoints, Namespace: read. Event: create/update/patch.
 *
 * Pod checks read the one pod (a primary-key lookup), so they are exact. Reference checks read
 * the pods bound to the node in the object's namespace and keep the answer for `cacheTtlMs`; a
 * refusal re-reads once the answer is older than `recheckAfterMs`, so a newly bound pod's
 * Secret becomes readable within that time, and a deleted pod's within `cacheTtlMs` no longer.
 */
import { SERVICE_ACCOUNT_NAME_ANNOTATION, SERVICE_ACCOUNT_TOKEN_TYPE } from './service-account-token.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import { parseFieldSelector } from '../selectors/field-selector.ts';
import { parseLabelSelector } from '../selectors/label-selector.ts';
import { LOCAL_PATH_NODE_LABEL, localPathNodeOf } from '../storage/local-path-cleanup.ts';
import type { ListOptions, ListResult } from '../store/types.ts';
import type { Identity } from '../store/types.ts';
import type { RequestDetails, Resource, Verb } from './authorize.ts';
import { forbidden } from './authorize.ts';
import { NODE_LEASE_NAMESPACE, nodeNameOf } from './node-identity.ts';
import { podReferences, type PodReferences } from './pod-references.ts';

/** What the node rules read (the Store). */
export interface NodeAuthorizerStore {
  get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null>;
  list(kind: KindName, opts: ListOptions): Promise<ListResult>;
}

export interface NodeAuthorizerOptions {
  store: NodeAuthorizerStore;
  /** How long the references of a node's pods in one namespace are reused (default 1 s). */
  cacheTtlMs?: number;
  /** A refusal from an answer at least this old reads the pods again first (default 100 ms). */
  recheckAfterMs?: number;
  /** Cached answers kept at most (default 10,000; the oldest go first). */
  maxEntries?: number;
  now?: () => number;
}

const READ = new Set<Verb>(['get', 'list', 'watch']);
const WRITE = new Set<Verb>(['create', 'update', 'patch']);
const LEASE_VERBS = new Set<Verb>(['get', 'create', 'update', 'patch']);

interface Entry {
  at: number;
  refs: Promise<PodReferences>;
}

export class NodeAuthorizer {
  private readonly store: NodeAuthorizerStore;
  private readonly ttlMs: number;
  private readonly recheckMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private readonly cache = new Map<string, Entry>();

  constructor(opts: NodeAuthorizerOptions) {
    this.store = opts.store;
    this.ttlMs = opts.cacheTtlMs ?? 1_000;
    this.recheckMs = Math.min(opts.recheckAfterMs ?? 100, this.ttlMs);
    this.maxEntries = opts.maxEntries ?? 10_000;
    this.now = opts.now ?? Date.now;
  }

  async authorize(identity: Identity, verb: Verb, resource: Resource, namespace?: string, name?: string, details?: RequestDetails): Promise<boolean> {
    const node = nodeNameOf(identity);
    if (!node) return false;
    switch (resource) {
      case 'Node':
        return READ.has(verb) || (WRITE.has(verb) && name === node);
      case 'Node/status':
        return (verb === 'update' || verb === 'patch') && name === node;
      case 'Lease':
        return LEASE_VERBS.has(verb) && namespace === NODE_LEASE_NAMESPACE && name === node;
      case 'Pod':
        if (verb === 'list' || verb === 'watch') return this.podSelectorAllowed(identity, node, verb, namespace, details);
        return (verb === 'get' || verb === 'delete') && !!namespace && !!name && this.podBoundTo(namespace, name, node);
      case 'Pod/status':
        return (verb === 'update' || verb === 'patch') && !!namespace && !!name && this.podBoundTo(namespace, name, node);
      case 'Secret': {
        const secret = singleObjectRead(verb, name, details);
        return !!namespace && !!secret && this.secretReadable(node, namespace, secret);
      }
      case 'ConfigMap': {
        const configMap = singleObjectRead(verb, name, details);
        return !!namespace && !!configMap && this.referenced(node, namespace, (r) => r.configMaps.has(configMap));
      }
      case 'ServiceAccount':
        return verb === 'get' && !!namespace && !!name && this.referenced(node, namespace, (r) => r.serviceAccounts.has(name));
      case 'ServiceAccount/token':
        // Which pod the token is bound to is checked when it is issued (token-request.ts).
        return verb === 'create' && !!namespace && !!name && this.referenced(node, namespace, (r) => r.serviceAccounts.has(name));
      case 'PersistentVolumeClaim': {
        const claim = singleObjectRead(verb, name, details);
        return !!namespace && !!claim && this.referenced(node, namespace, (r) => r.persistentVolumeClaims.has(claim));
      }
      case 'PersistentVolume': {
        if ((verb === 'list' || verb === 'watch') && selectsLocalPathNode(details?.labelSelector, node)) return true;
        if (verb === 'update' || verb === 'patch') return !!name && this.volumeOfNode(node, name);
        const volume = singleObjectRead(verb, name, details);
        return !!volume && ((await this.volumeOfNode(node, volume)) || this.volumeReadable(node, volume));
      }
      case 'Service':
      case 'Endpoints':
      case 'Namespace':
        return READ.has(verb);
      case 'Event':
        return WRITE.has(verb);
      default:
        return false;
    }
  }

  /** A node lists and watches only its own pods, and must say so in the field selector. */
  private podSelectorAllowed(identity: Identity, node: string, verb: Verb, namespace: string | undefined, details?: RequestDetails): true {
    const selector = parseFieldSelector(details?.fieldSelector, 'Pod');
    const own = selector.requirements.some((r) => r.field === 'spec.nodeName' && r.operator !== '!=' && r.value === node);
    if (own) return true;
    throw forbidden(identity, verb, 'Pod', namespace, undefined, `a node may ${verb} only the pods bound to it: use the field selector spec.nodeName=${node}`);
  }

  private async podBoundTo(namespace: string, name: string, node: string): Promise<boolean> {
    const pod = await this.store.get('Pod', namespace, name);
    return pod?.spec?.nodeName === node;
  }

  private async secretReadable(node: string, namespace: string, name: string): Promise<boolean> {
    if (await this.referenced(node, namespace, (r) => r.secrets.has(name))) return true;
    // The token Secret of a pod's ServiceAccount: the agent mounts it into the pod.
    const refs = await this.references(node, namespace);
    if (refs.serviceAccounts.size === 0) return false;
    const secret = await this.store.get('Secret', namespace, name);
    if (secret?.type !== SERVICE_ACCOUNT_TOKEN_TYPE) return false;
    const account = secret.metadata.annotations?.[SERVICE_ACCOUNT_NAME_ANNOTATION];
    return account !== undefined && (await this.referenced(node, namespace, (r) => r.serviceAccounts.has(account)));
  }

  /** A PersistentVolume bound (claimRef) to a claim that a pod bound to the node mounts. */
  private async volumeReadable(node: string, name: string): Promise<boolean> {
    const pv = await this.store.get('PersistentVolume', undefined, name);
    const claim = pv?.spec?.claimRef;
    if (typeof claim?.namespace !== 'string' || typeof claim?.name !== 'string') return false;
    return this.referenced(node, claim.namespace, (r) => r.persistentVolumeClaims.has(claim.name));
  }

  /**
   * A local-path volume on the node (labelled `capstan.io/local-path-node=<node>`): the node
   * removes its directory and then its cleanup finalizer (what it may change: node-restriction.ts).
   */
  private async volumeOfNode(node: string, name: string): Promise<boolean> {
    return localPathNodeOf(await this.store.get('PersistentVolume', undefined, name)) === node;
  }

  /** Whether `check` holds for the references of the node's pods in `namespace`. */
  private async referenced(node: string, namespace: string, check: (refs: PodReferences) => boolean): Promise<boolean> {
    const key = `${node}\u0000${namespace}`;
    const cached = this.cache.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) {
      if (check(await cached.refs)) return true;
      if (this.now() - cached.at < this.recheckMs) return false;
    }
    return check(await this.load(key, node, namespace));
  }

  /** The references, from the cache while it is fresh. */
  private async references(node: string, namespace: string): Promise<PodReferences> {
    const key = `${node}\u0000${namespace}`;
    const cached = this.cache.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.refs;
    return this.load(key, node, namespace);
  }

  private load(key: string, node: string, namespace: string): Promise<PodReferences> {
    const inFlight = this.cache.get(key);
    // A read that started a moment ago answers for this caller too.
    if (inFlight && this.now() - inFlight.at < this.recheckMs) return inFlight.refs;
    const refs = this.store.list('Pod', { namespace, fieldSelector: `spec.nodeName=${node}` }).then((r) => podReferences(r.items));
    const entry: Entry = { at: this.now(), refs };
    this.cache.delete(key);
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, entry);
    refs.catch(() => {
      if (this.cache.get(key) === entry) this.cache.delete(key);
    });
    return refs;
  }
}

/** Whether a label selector keeps a list or watch to the local-path volumes of `node`. */
function selectsLocalPathNode(labelSelector: string | undefined, node: string): boolean {
  if (!labelSelector) return false;
  try {
    return parseLabelSelector(labelSelector).equalities()[LOCAL_PATH_NODE_LABEL] === node;
  } catch {
    return false;
  }
}

/**
 * The one object a read names: `name` for get; for list and watch, the `metadata.name=<x>` of
 * the field selector, the only way a node may list or watch Secrets, ConfigMaps, claims and volumes.
 */
function singleObjectRead(verb: Verb, name: string | undefined, details?: RequestDetails): string | undefined {
  if (verb === 'get') return name || undefined;
  if (verb !== 'list' && verb !== 'watch') return undefined;
  const byName = fieldSelectorName(details?.fieldSelector);
  return byName && (!name || name === byName) ? byName : undefined;
}

function fieldSelectorName(fieldSelector: string | undefined): string | undefined {
  if (!fieldSelector) return undefined;
  try {
    const requirements = parseFieldSelector(fieldSelector, 'PersistentVolumeClaim').requirements;
    const named = requirements.filter((r) => r.field === 'metadata.name' && r.operator !== '!=');
    return named.length === 1 && requirements.every((r) => r.field.startsWith('metadata.')) ? named[0]!.value : undefined;
  } catch {
    return undefined;
  }
}
