/**
 * The arithmetic of a Deployment rollout, pure (Kubernetes' pkg/controller/deployment/util):
 * the pod-template hash, revisions, maxSurge/maxUnavailable fenceposts, how far the new
 * ReplicaSet may grow and the old ones shrink, and proportional scaling of a paused rollout.
 *
 * Counts of pods and available pods are estimated conservatively from a ReplicaSet's spec and
 * its (possibly older) status: a ReplicaSet has at least max(spec, status.replicas) pods until
 * its controller has caught up, and at most min(spec, status.availableReplicas) available ones
 * once it has. So a stale status can make a rollout wait, never overshoot its bounds.
 */
import type { KObject } from '../../server/kinds/types.ts';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

/** Kubernetes' rand.SafeEncodeString alphabet: no vowels (no words), no confusable 0/1/3. */
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** JSON with object keys sorted, so equal templates hash equally whatever their key order. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** FNV-1a, 32 bits, over UTF-8 bytes (Kubernetes hashes the template with FNV-32a). */
function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The pod-template-hash of a Deployment's template (with its collisionCount, as Kubernetes). */
export function podTemplateHash(template: unknown, collisionCount?: number): string {
  const input = stableJson(templateWithoutHash(template)) + (collisionCount ? `\0${collisionCount}` : '');
  return [...String(fnv1a32(input))].map((c) => SAFE_ALPHABET[c.charCodeAt(0) % SAFE_ALPHABET.length]).join('');
}

/** A template without the pod-template-hash label (what a Deployment's own template looks like). */
export function templateWithoutHash(template: any): any {
  const t = structuredClone(template ?? {});
  if (t.metadata?.labels) {
    delete t.metadata.labels[POD_TEMPLATE_HASH_LABEL];
    if (Object.keys(t.metadata.labels).length === 0) delete t.metadata.labels;
  }
  return t;
}

/** Kubernetes' EqualIgnoreHash: the same template but for the pod-template-hash label. */
export function templatesEqualIgnoringHash(a: unknown, b: unknown): boolean {
  return stableJson(templateWithoutHash(a)) === stableJson(templateWithoutHash(b));
}

/** The revision annotation of a ReplicaSet (or Deployment); 0 when absent or malformed. */
export function revisionOf(obj: KObject): number {
  const n = Number(obj.metadata.annotations?.[REVISION_ANNOTATION]);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function maxRevision(rss: KObject[]): number {
  return rss.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
}

export const specReplicas = (rs: KObject): number => rs.spec?.replicas ?? 0;
/** Pods a ReplicaSet has or is about to have. */
export const podCount = (rs: KObject): number => Math.max(specReplicas(rs), rs.status?.replicas ?? 0);
/** Available pods a ReplicaSet surely has (it may still be deleting some beyond its spec). */
export const availableCount = (rs: KObject): number => Math.min(specReplicas(rs), rs.status?.availableReplicas ?? 0);
const sum = (rss: KObject[], f: (rs: KObject) => number) => rss.reduce((n, rs) => n + f(rs), 0);

/** IntOrString of a count or a percentage of `total`, rounded up or down. */
export function scaledValue(v: unknown, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.endsWith('%')) {
    const x = (Number(v.slice(0, -1)) * total) / 100;
    return roundUp ? Math.ceil(x) : Math.floor(x);
  }
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
}

/**
 * maxSurge (rounded up) and maxUnavailable (rounded down) for a Deployment, as Kubernetes'
 * ResolveFenceposts: both 0 would stall a rollout, so maxUnavailable becomes 1. Recreate has
 * neither; maxUnavailable never exceeds replicas.
 */
export function fenceposts(d: KObject): { maxSurge: number; maxUnavailable: number } {
  const replicas = specReplicas(d);
  if (d.spec?.strategy?.type !== 'RollingUpdate') return { maxSurge: 0, maxUnavailable: 0 };
  const ru = d.spec.strategy.rollingUpdate ?? {};
  const maxSurge = scaledValue(ru.maxSurge ?? '25%', replicas, true);
  let maxUnavailable = scaledValue(ru.maxUnavailable ?? '25%', replicas, false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable: Math.min(maxUnavailable, replicas) };
}

/** Kubernetes' NewRSNewReplicas for RollingUpdate: grow the new ReplicaSet within replicas + maxSurge pods. */
export function newReplicaSetTarget(d: KObject, all: KObject[], newRS: KObject): number {
  const replicas = specReplicas(d);
  const current = specReplicas(newRS);
  if (current >= replicas) return replicas;
  const maxTotal = replicas + fenceposts(d).maxSurge;
  const pods = sum(all, podCount);
  if (pods >= maxTotal) return current;
  return current + Math.min(maxTotal - pods, replicas - current);
}

/**
 * Kubernetes' reconcileOldReplicaSets for RollingUpdate: the new spec.replicas of old
 * ReplicaSets (name → replicas, only those that change). First their unhealthy replicas go
 * (they add nothing to availability), then healthy ones as far as replicas − maxUnavailable
 * available pods allow. Oldest ReplicaSets first.
 */
export function oldReplicaSetTargets(d: KObject, all: KObject[], olds: KObject[], newRS: KObject | undefined): Map<string, number> {
  const targets = new Map<string, number>();
  if (sum(olds, specReplicas) === 0) return targets;
  const minAvailable = specReplicas(d) - fenceposts(d).maxUnavailable;
  const newUnavailable = newRS ? specReplicas(newRS) - availableCount(newRS) : 0;
  let maxScaledDown = sum(all, specReplicas) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return targets;
  const byAge = [...olds].sort(byCreation);
  const spec = (rs: KObject) => targets.get(rs.metadata.name) ?? specReplicas(rs);

  let cleaned = 0;
  for (const rs of byAge) {
    if (cleaned >= maxScaledDown) break;
    const unhealthy = spec(rs) - availableCount(rs);
    if (spec(rs) === 0 || unhealthy <= 0) continue;
    const n = Math.min(maxScaledDown - cleaned, unhealthy);
    targets.set(rs.metadata.name, spec(rs) - n);
    cleaned += n;
  }
  maxScaledDown -= cleaned;
  if (maxScaledDown <= 0) return targets;

  const available = sum(all, (rs) => Math.min(availableCount(rs), spec(rs)));
  let toScaleDown = Math.min(available - minAvailable, maxScaledDown);
  for (const rs of byAge) {
    if (toScaleDown <= 0) break;
    if (spec(rs) === 0) continue;
    const n = Math.min(spec(rs), toScaleDown);
    targets.set(rs.metadata.name, spec(rs) - n);
    toScaleDown -= n;
  }
  return targets;
}

/**
 * Scaling without a rollout (a paused Deployment), simplified from Kubernetes' `scale`: one
 * active ReplicaSet (or none: the newest) takes `replicas`; several share the change in
 * proportion to their size, within replicas + maxSurge, the remainder going to the largest.
 */
export function proportionalTargets(d: KObject, all: KObject[], newRS: KObject | undefined): Map<string, number> {
  const targets = new Map<string, number>();
  const replicas = specReplicas(d);
  const active = all.filter((rs) => specReplicas(rs) > 0);
  if (active.length <= 1) {
    const target = active[0] ?? newRS ?? [...all].sort(byCreation).at(-1);
    if (target && specReplicas(target) !== replicas) targets.set(target.metadata.name, replicas);
    return targets;
  }
  if (d.spec?.strategy?.type !== 'RollingUpdate') return targets;
  const current = sum(active, specReplicas);
  const toAdd = replicas + fenceposts(d).maxSurge - current;
  if (toAdd === 0) return targets;
  const bySize = [...active].sort((a, b) => specReplicas(b) - specReplicas(a) || (toAdd > 0 ? -byCreation(a, b) : byCreation(a, b)));
  let added = 0;
  for (const rs of bySize) {
    const share = Math.trunc((specReplicas(rs) * toAdd) / current);
    targets.set(rs.metadata.name, Math.max(0, specReplicas(rs) + share));
    added += share;
  }
  const first = bySize[0]!;
  targets.set(first.metadata.name, Math.max(0, targets.get(first.metadata.name)! + toAdd - added));
  for (const rs of active) if (targets.get(rs.metadata.name) === specReplicas(rs)) targets.delete(rs.metadata.name);
  return targets;
}

export function byCreation(a: KObject, b: KObject): number {
  const t = (o: KObject) => Date.parse(o.metadata.creationTimestamp ?? '') || 0;
  return t(a) - t(b) || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);
}
