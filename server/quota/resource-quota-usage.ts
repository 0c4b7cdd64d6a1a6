/**
 * ResourceQuota arithmetic, as Kubernetes' quota evaluators do it (pkg/quota/v1/evaluator/core):
 * what one object uses (`count/pods`, `requests.cpu`, `services.nodeports`, …), which quotas an
 * object falls under (scopes, the PriorityClass scope selector), what a quota's objects use in
 * total, and whether one more object fits, with kube-apiserver's wording when it does not.
 * Pure: the store gathers the objects (server/store/quota-admission.ts) and the quota controller
 * writes the totals to `status.used` (workers/controllers/resourcequota.ts).
 */
import { apiGroup } from '../kinds/kind-definition.ts';
import { podQOSClass } from '../kinds/pod.ts';
import { isValidQuantity, parseQuantity, quantityFromNanos, type Quantity } from '../kinds/quantity.ts';
import { kindFor } from '../kinds/registry.ts';
import type { KindName, KObject } from '../kinds/types.ts';

/** Resource name → amount. */
export type Usage = Map<string, Quantity>;

/** Resources of a pod's compute use; a quota on any of them makes every container declare it. */
export const POD_COMPUTE_RESOURCES = ['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'] as const;
export const QUOTA_SCOPES = ['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass'] as const;
/** Kubernetes' names for the object counts that predate `count/<resource>`. */
const LEGACY_COUNTS: Record<string, KindName> = {
  pods: 'Pod',
  services: 'Service',
  configmaps: 'ConfigMap',
  secrets: 'Secret',
  persistentvolumeclaims: 'PersistentVolumeClaim',
  replicationcontrollers: 'ReplicationController',
  resourcequotas: 'ResourceQuota',
};
const STORAGE_CLASS_SUFFIX = '.storageclass.storage.k8s.io/';

const ONE = () => quantityFromNanos(1_000_000_000n);

/** `count/pods`, `count/deployments.apps`: the object-count resource of a kind. */
export function countResourceName(kind: KindName): string | undefined {
  const def = kindFor(kind);
  if (!def) return undefined;
  const group = apiGroup(def.apiVersion);
  return `count/${group === '' ? def.plural : `${def.plural}.${group}`}`;
}

/** The kind whose objects a quota resource counts or sums, or undefined for one Capstan does not track. */
export function kindOfResource(resource: string): KindName | undefined {
  if (resource.startsWith('count/')) {
    const def = kindFor(resource.slice('count/'.length));
    return def && countResourceName(def.kind) === resource ? def.kind : undefined;
  }
  if (LEGACY_COUNTS[resource]) return LEGACY_COUNTS[resource];
  if ((POD_COMPUTE_RESOURCES as readonly string[]).includes(resource)) return 'Pod';
  if (resource === 'services.nodeports' || resource === 'services.loadbalancers') return 'Service';
  if (resource === 'requests.storage' || resource.includes(STORAGE_CLASS_SUFFIX)) return 'PersistentVolumeClaim';
  return undefined;
}

/** The kinds a quota's `hard` resources concern. */
export function kindsOfQuota(quota: KObject): Set<KindName> {
  const kinds = new Set<KindName>();
  for (const r of Object.keys(hardOf(quota))) {
    const k = kindOfResource(r);
    if (k) kinds.add(k);
  }
  return kinds;
}

export function hardOf(quota: KObject): Record<string, string> {
  const hard = quota.spec?.hard;
  return hard && typeof hard === 'object' && !Array.isArray(hard) ? hard : {};
}

function quantity(v: unknown): Quantity | undefined {
  return (typeof v === 'string' || typeof v === 'number') && isValidQuantity(v) ? parseQuantity(v) : undefined;
}

function add(usage: Usage, name: string, q: Quantity): void {
  const prev = usage.get(name);
  usage.set(name, prev ? quantityFromNanos(prev.nanoValue() + q.nanoValue(), prev.format) : q);
}

/** Whether a pod still counts against compute quota: not finished, not past its deletion (QuotaV1Pod). */
export function podCountsForCompute(pod: KObject, now: Date = new Date()): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  const deletion = pod.metadata.deletionTimestamp;
  if (deletion && pod.metadata.deletionGracePeriodSeconds !== undefined && Date.parse(deletion) <= now.getTime()) return false;
  return true;
}

/** A container's request of `resource` as defaulting leaves it: its request, else its limit. */
function containerRequest(c: any, resource: string): Quantity | undefined {
  return quantity(c?.resources?.requests?.[resource]) ?? quantity(c?.resources?.limits?.[resource]);
}

function containerLimit(c: any, resource: string): Quantity | undefined {
  return quantity(c?.resources?.limits?.[resource]);
}

/** The sum over containers, or the largest init container when that is more (Kubernetes' PodRequests/PodLimits). */
function podTotal(pod: KObject, resource: string, of: (c: any, r: string) => Quantity | undefined): Quantity | undefined {
  const containers: any[] = Array.isArray(pod.spec?.containers) ? pod.spec.containers : [];
  const inits: any[] = Array.isArray(pod.spec?.initContainers) ? pod.spec.initContainers : [];
  let total: Quantity | undefined;
  for (const c of containers) {
    const q = of(c, resource);
    if (q) total = total ? quantityFromNanos(total.nanoValue() + q.nanoValue(), total.format) : q;
  }
  for (const c of inits) {
    const q = of(c, resource);
    if (q && (!total || q.cmp(total) > 0)) total = q;
  }
  return total;
}

/** What one object uses of every resource Kubernetes would charge it for. */
export function objectUsage(obj: KObject, now: Date = new Date()): Usage {
  const usage: Usage = new Map();
  const count = countResourceName(obj.kind as KindName);
  if (count) usage.set(count, ONE());
  switch (obj.kind) {
    case 'Pod': {
      if (!podCountsForCompute(obj, now)) break;
      usage.set('pods', ONE());
      for (const r of ['cpu', 'memory']) {
        const req = podTotal(obj, r, containerRequest);
        if (req) {
          usage.set(r, req);
          usage.set(`requests.${r}`, req);
        }
        const lim = podTotal(obj, r, containerLimit);
        if (lim) usage.set(`limits.${r}`, lim);
      }
      break;
    }
    case 'Service': {
      usage.set('services', ONE());
      const type = obj.spec?.type;
      if (type === 'NodePort' || type === 'LoadBalancer') {
        const ports = Array.isArray(obj.spec?.ports) ? obj.spec.ports.length : 0;
        usage.set('services.nodeports', quantityFromNanos(BigInt(ports) * 1_000_000_000n));
      }
      if (type === 'LoadBalancer') usage.set('services.loadbalancers', ONE());
      break;
    }
    case 'PersistentVolumeClaim': {
      usage.set('persistentvolumeclaims', ONE());
      const storage = quantity(obj.spec?.resources?.requests?.storage);
      const cls = typeof obj.spec?.storageClassName === 'string' ? obj.spec.storageClassName : '';
      if (storage) usage.set('requests.storage', storage);
      if (cls !== '') {
        usage.set(`${cls}${STORAGE_CLASS_SUFFIX}persistentvolumeclaims`, ONE());
        if (storage) usage.set(`${cls}${STORAGE_CLASS_SUFFIX}requests.storage`, storage);
      }
      break;
    }
    default: {
      const legacy = Object.entries(LEGACY_COUNTS).find(([, k]) => k === obj.kind);
      if (legacy) usage.set(legacy[0], ONE());
    }
  }
  return usage;
}

function scopeSelectorMatches(expr: any, pod: KObject): boolean {
  if (expr?.scopeName !== 'PriorityClass') return scopeMatches(expr?.scopeName, pod);
  const cls = typeof pod.spec?.priorityClassName === 'string' ? pod.spec.priorityClassName : '';
  const values: string[] = Array.isArray(expr.values) ? expr.values : [];
  switch (expr.operator) {
    case 'In':
      return values.includes(cls);
    case 'NotIn':
      return !values.includes(cls);
    case 'Exists':
      return cls !== '';
    case 'DoesNotExist':
      return cls === '';
    default:
      return false;
  }
}

function scopeMatches(scope: string, pod: KObject): boolean {
  const deadline = pod.spec?.activeDeadlineSeconds;
  const terminating = typeof deadline === 'number' && deadline >= 0;
  switch (scope) {
    case 'Terminating':
      return terminating;
    case 'NotTerminating':
      return !terminating;
    case 'BestEffort':
      return podQOSClass(pod) === 'BestEffort';
    case 'NotBestEffort':
      return podQOSClass(pod) !== 'BestEffort';
    case 'PriorityClass':
      return (typeof pod.spec?.priorityClassName === 'string' ? pod.spec.priorityClassName : '') !== '';
    default:
      return false;
  }
}

/** Whether `obj` falls under `quota`: every object of its namespace, or with scopes only pods that match them all. */
export function quotaMatches(quota: KObject, obj: KObject): boolean {
  const scopes: string[] = Array.isArray(quota.spec?.scopes) ? quota.spec.scopes : [];
  const exprs: any[] = Array.isArray(quota.spec?.scopeSelector?.matchExpressions) ? quota.spec.scopeSelector.matchExpressions : [];
  if (scopes.length === 0 && exprs.length === 0) return true;
  if (obj.kind !== 'Pod') return false;
  return scopes.every((s) => scopeMatches(s, obj)) && exprs.every((e) => scopeSelectorMatches(e, obj));
}

/** What the quota's objects use of each of its `hard` resources (0 where nothing does). */
export function quotaUsage(quota: KObject, objects: Iterable<KObject>, now: Date = new Date()): Usage {
  const hard = hardOf(quota);
  const used: Usage = new Map();
  for (const [name, limit] of Object.entries(hard)) used.set(name, quantityFromNanos(0n, quantity(limit)?.format));
  for (const obj of objects) {
    if (!quotaMatches(quota, obj)) continue;
    for (const [name, q] of objectUsage(obj, now)) if (used.has(name)) add(used, name, q);
  }
  return used;
}

/** `a=1,b=2`, sorted by name, as Kubernetes' prettyPrint. */
export function formatUsage(usage: Usage | Record<string, string>, only?: Iterable<string>): string {
  const entries = usage instanceof Map ? [...usage].map(([k, v]) => [k, v.toString()] as const) : Object.entries(usage).map(([k, v]) => [k, String(quantity(v) ?? v)] as const);
  const keep = only ? new Set(only) : undefined;
  return entries
    .filter(([k]) => !keep || keep.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** A plain map of canonical quantities, as status.hard and status.used are stored. */
export function usageToResourceList(usage: Usage): Record<string, string> {
  return Object.fromEntries([...usage].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, v.toString()]));
}

/**
 * Kubernetes' pod evaluator constraint: with a quota on cpu or memory, every container must
 * declare what the quota counts. Returns `must specify …`, or null.
 */
export function missingPodResources(quota: KObject, pod: KObject): string | null {
  const required = Object.keys(hardOf(quota)).filter((r) => (POD_COMPUTE_RESOURCES as readonly string[]).includes(r));
  if (required.length === 0) return null;
  const missing = new Map<string, string[]>();
  const containers: any[] = [...(Array.isArray(pod.spec?.containers) ? pod.spec.containers : []), ...(Array.isArray(pod.spec?.initContainers) ? pod.spec.initContainers : [])];
  for (const c of containers) {
    for (const r of required) {
      const [kind, res] = r.includes('.') ? (r.split('.') as [string, string]) : ['requests', r];
      const has = kind === 'limits' ? containerLimit(c, res) !== undefined : containerRequest(c, res) !== undefined;
      if (!has) missing.set(r, [...(missing.get(r) ?? []), String(c?.name ?? '')]);
    }
  }
  if (missing.size === 0) return null;
  const parts = [...missing.keys()].sort().map((r) => `${r} for: ${[...new Set(missing.get(r))].sort().join(',')}`);
  return `must specify ${parts.join('; ')}`;
}

/**
 * What an update of `old` to `obj` adds to usage: the resources that grow, by how much (a Service
 * turned NodePort, a claim asking for more). Empty when nothing grows.
 */
export function usageGrowth(old: KObject, obj: KObject, now: Date = new Date()): Usage {
  const before = objectUsage(old, now);
  const growth: Usage = new Map();
  for (const [name, q] of objectUsage(obj, now)) {
    const d = q.nanoValue() - (before.get(name)?.nanoValue() ?? 0n);
    if (d > 0n) growth.set(name, quantityFromNanos(d, q.format));
  }
  return growth;
}

/**
 * Whether `obj` may be created (or, given `old`, `old` updated to `obj`) given what each quota of
 * its namespace already counts (`used`, which includes `old`). Returns kube-apiserver's reason
 * (without the `<kind> "<name>" is forbidden: ` prefix), or null. Quotas are checked in name
 * order; the first that refuses is reported.
 */
export function quotaRefusal(quotas: readonly { quota: KObject; used: Usage }[], obj: KObject, now: Date = new Date(), old?: KObject): string | null {
  const sorted = [...quotas].sort((a, b) => (a.quota.metadata.name < b.quota.metadata.name ? -1 : 1));
  const delta = old ? usageGrowth(old, obj, now) : objectUsage(obj, now);
  for (const { quota, used } of sorted) {
    if (!quotaMatches(quota, obj)) continue;
    const hard = hardOf(quota);
    const charged = [...delta.keys()].filter((k) => k in hard);
    if (obj.kind === 'Pod' && !old) {
      const missing = missingPodResources(quota, obj);
      if (missing) return `failed quota: ${quota.metadata.name}: ${missing}`;
    }
    if (charged.length === 0) continue;
    const exceeded = charged.filter((k) => {
      const limit = quantity(hard[k]);
      if (!limit) return false;
      const next = (used.get(k)?.nanoValue() ?? 0n) + delta.get(k)!.nanoValue();
      return next > limit.nanoValue();
    });
    if (exceeded.length > 0) {
      const usedShown: Usage = new Map(exceeded.map((k) => [k, used.get(k) ?? quantityFromNanos(0n)]));
      return (
        `exceeded quota: ${quota.metadata.name}, requested: ${formatUsage(delta, exceeded)}, ` +
        `used: ${formatUsage(usedShown)}, limited: ${formatUsage(hard, exceeded)}`
      );
    }
  }
  return null;
}
