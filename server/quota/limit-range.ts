/**
 * Kubernetes' LimitRanger admission (plugin/pkg/admission/limitranger), pure: a pod being created
 * gets the `default` limits and `defaultRequest` requests of its namespace's LimitRanges where its
 * containers set none, then is checked against their `min`, `max` and `maxLimitRequestRatio` per
 * Container and per Pod; a PersistentVolumeClaim against `min`/`max` storage. Messages are
 * kube-apiserver's, so users can search for them.
 */
import { isValidQuantity, parseQuantity, quantityFromNanos, type Quantity } from '../kinds/quantity.ts';
import type { KObject } from '../kinds/types.ts';

export const LIMIT_TYPES = ['Container', 'Pod', 'PersistentVolumeClaim'] as const;
export const LIMIT_RANGER_ANNOTATION = 'kubernetes.io/limit-ranger';

type ResourceList = Record<string, string>;

function q(v: unknown): Quantity | undefined {
  return (typeof v === 'string' || typeof v === 'number') && isValidQuantity(v) ? parseQuantity(v) : undefined;
}

function items(ranges: readonly KObject[], type: string): any[] {
  return ranges.flatMap((r) => (Array.isArray(r.spec?.limits) ? r.spec.limits : [])).filter((l: any) => l && l.type === type);
}

function list(v: unknown): ResourceList {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as ResourceList) : {};
}

/**
 * The pod with defaults filled in where its containers set neither a request nor (for requests)
 * a limit, as Kubernetes' defaulting plus LimitRanger leave it; unchanged when no range applies.
 */
export function applyLimitRangeDefaults(pod: KObject, ranges: readonly KObject[]): KObject {
  const containerItems = items(ranges, 'Container');
  if (containerItems.length === 0 || !pod?.spec || typeof pod.spec !== 'object') return pod;
  const defaults: ResourceList = {};
  const defaultRequests: ResourceList = {};
  for (const item of containerItems) {
    Object.assign(defaults, list(item.default));
    Object.assign(defaultRequests, list(item.defaultRequest));
  }
  const next = structuredClone(pod);
  const notes: string[] = [];
  for (const field of ['initContainers', 'containers']) {
    const cs: any[] = Array.isArray(next.spec[field]) ? next.spec[field] : [];
    for (const c of cs) {
      if (!c || typeof c !== 'object') continue;
      const resources = c.resources && typeof c.resources === 'object' ? c.resources : {};
      const requests: ResourceList = { ...list(resources.requests) };
      const limits: ResourceList = { ...list(resources.limits) };
      const setRequests: string[] = [];
      const setLimits: string[] = [];
      for (const [r, v] of Object.entries(defaultRequests)) {
        // A limit the user set is its request too (Kubernetes defaults requests to limits first).
        if (!(r in requests) && !(r in limits)) {
          requests[r] = v;
          setRequests.push(r);
        }
      }
      for (const [r, v] of Object.entries(defaults)) {
        if (!(r in limits)) {
          limits[r] = v;
          setLimits.push(r);
        }
      }
      if (setRequests.length === 0 && setLimits.length === 0) continue;
      c.resources = { ...resources, ...(Object.keys(limits).length > 0 ? { limits } : {}), ...(Object.keys(requests).length > 0 ? { requests } : {}) };
      if (setRequests.length > 0) notes.push(`${setRequests.sort().join(', ')} request for ${field === 'initContainers' ? 'init container' : 'container'} ${c.name}`);
      if (setLimits.length > 0) notes.push(`${setLimits.sort().join(', ')} limit for ${field === 'initContainers' ? 'init container' : 'container'} ${c.name}`);
    }
  }
  if (notes.length === 0) return pod;
  next.metadata = { ...next.metadata, annotations: { ...(next.metadata?.annotations ?? {}), [LIMIT_RANGER_ANNOTATION]: `LimitRanger plugin set: ${notes.join('; ')}` } };
  return next;
}

function minConstraint(type: string, r: string, enforced: Quantity, requests: ResourceList, limits: ResourceList): string | null {
  const req = q(requests[r]);
  const lim = q(limits[r]);
  if (!req) return `minimum ${r} usage per ${type} is ${enforced}.  No request is specified`;
  if (req.cmp(enforced) < 0) return `minimum ${r} usage per ${type} is ${enforced}, but request is ${req}`;
  if (lim && lim.cmp(enforced) < 0) return `minimum ${r} usage per ${type} is ${enforced}, but limit is ${lim}`;
  return null;
}

function maxConstraint(type: string, r: string, enforced: Quantity, requests: ResourceList, limits: ResourceList): string | null {
  const req = q(requests[r]);
  const lim = q(limits[r]);
  if (!lim) return `maximum ${r} usage per ${type} is ${enforced}.  No limit is specified`;
  if (lim.cmp(enforced) > 0) return `maximum ${r} usage per ${type} is ${enforced}, but limit is ${lim}`;
  if (req && req.cmp(enforced) > 0) return `maximum ${r} usage per ${type} is ${enforced}, but request is ${req}`;
  return null;
}

function ratioConstraint(type: string, r: string, enforced: Quantity, requests: ResourceList, limits: ResourceList): string | null {
  const req = q(requests[r]);
  const lim = q(limits[r]);
  if (!req || req.sign() === 0) return `${r} max limit to request ratio per ${type} is ${enforced}, but no request is specified or request is 0`;
  if (!lim || lim.sign() === 0) return `${r} max limit to request ratio per ${type} is ${enforced}, but no limit is specified or limit is 0`;
  const ratio = Number(lim.nanoValue()) / Number(req.nanoValue());
  if (ratio * 1000 > Number(enforced.milliValue())) {
    return `${r} max limit to request ratio per ${type} is ${enforced}, but provided ratio is ${ratio.toFixed(6)}`;
  }
  return null;
}

function check(item: any, type: string, requests: ResourceList, limits: ResourceList, errors: string[]): void {
  for (const [r, v] of Object.entries(list(item.min))) {
    const e = q(v) && minConstraint(type, r, q(v)!, requests, limits);
    if (e) errors.push(e);
  }
  for (const [r, v] of Object.entries(list(item.max))) {
    const e = q(v) && maxConstraint(type, r, q(v)!, requests, limits);
    if (e) errors.push(e);
  }
  for (const [r, v] of Object.entries(list(item.maxLimitRequestRatio))) {
    const e = q(v) && ratioConstraint(type, r, q(v)!, requests, limits);
    if (e) errors.push(e);
  }
}

/** Requests as defaulting leaves them: a limit without a request is the request too. */
function effectiveRequests(c: any): ResourceList {
  return { ...list(c?.resources?.limits), ...list(c?.resources?.requests) };
}

function sumPod(pod: KObject, of: (c: any) => ResourceList): ResourceList {
  const total = new Map<string, Quantity>();
  const containers: any[] = Array.isArray(pod.spec?.containers) ? pod.spec.containers : [];
  const inits: any[] = Array.isArray(pod.spec?.initContainers) ? pod.spec.initContainers : [];
  for (const c of containers) {
    for (const [r, v] of Object.entries(of(c))) {
      const x = q(v);
      if (!x) continue;
      const prev = total.get(r);
      total.set(r, prev ? quantityFromNanos(prev.nanoValue() + x.nanoValue(), prev.format) : x);
    }
  }
  for (const c of inits) {
    for (const [r, v] of Object.entries(of(c))) {
      const x = q(v);
      if (x && (!total.has(r) || x.cmp(total.get(r)!) > 0)) total.set(r, x);
    }
  }
  return Object.fromEntries([...total].map(([k, v]) => [k, v.toString()]));
}

/** Every LimitRange violation of a pod (after defaults), in kube-apiserver's words; [] when it complies. */
export function podLimitRangeViolations(pod: KObject, ranges: readonly KObject[]): string[] {
  const errors: string[] = [];
  const containers: any[] = [...(Array.isArray(pod.spec?.initContainers) ? pod.spec.initContainers : []), ...(Array.isArray(pod.spec?.containers) ? pod.spec.containers : [])];
  for (const item of items(ranges, 'Container')) {
    for (const c of containers) check(item, 'Container', effectiveRequests(c), list(c?.resources?.limits), errors);
  }
  const podItems = items(ranges, 'Pod');
  if (podItems.length > 0) {
    const requests = sumPod(pod, effectiveRequests);
    // A pod-level limit exists only when every container sets it (Kubernetes sums only then).
    const limits = sumPod(pod, (c) => list(c?.resources?.limits));
    for (const r of Object.keys(limits)) if (!containers.every((c) => list(c?.resources?.limits)[r] !== undefined)) delete limits[r];
    for (const item of podItems) check(item, 'Pod', requests, limits, errors);
  }
  return errors;
}

/** Every LimitRange violation of a claim's storage request. */
export function claimLimitRangeViolations(claim: KObject, ranges: readonly KObject[]): string[] {
  const errors: string[] = [];
  const requests = list(claim.spec?.resources?.requests);
  for (const item of items(ranges, 'PersistentVolumeClaim')) {
    for (const [r, v] of Object.entries(list(item.min))) {
      const e = q(v) && minConstraint('PersistentVolumeClaim', r, q(v)!, requests, {});
      if (e) errors.push(e);
    }
    for (const [r, v] of Object.entries(list(item.max))) {
      const e = q(v) && maxConstraint('PersistentVolumeClaim', r, q(v)!, {}, requests);
      if (e) errors.push(e);
    }
  }
  return errors;
}

/** Kubernetes' aggregate error text: one message as is, several in brackets. */
export function aggregate(messages: readonly string[]): string {
  return messages.length === 1 ? messages[0]! : `[${messages.join(', ')}]`;
}
