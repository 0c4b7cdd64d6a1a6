/**
 * Pod (v1): defaults, validation (spec in pod-spec-validation.ts), the rule that a pod's spec
 * is immutable but for a few fields, field selectors, and the resource arithmetic the scheduler
 * uses.
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import type { FieldError } from '../errors.ts';
import { deepEqual, differingPaths } from './deep-equal.ts';
import { defaultString } from './defaults.ts';
import { duplicate, FieldErrors, forbidden, invalidValue, isObject } from './field-errors.ts';
import { isIPv4 } from './ip-address.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateDNS1123Subdomain, validateQualifiedName } from './names.ts';
import { applyPodSpecDefaults } from './pod-spec-defaults.ts';
import { validatePodSpec } from './pod-spec-validation.ts';
import { isValidQuantity, parseQuantity } from './quantity.ts';
import type { KObject } from './types.ts';

export const POD_PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'] as const;
const CONDITION_STATUSES = ['True', 'False', 'Unknown'] as const;
const QOS_CLASSES = ['Guaranteed', 'Burstable', 'BestEffort'] as const;

export const pod: KindDefinition = {
  ...KIND_TABLE.Pod,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  deletion: { waitsForNode: true },
  applyDefaults(obj) {
    if (obj.spec === undefined || obj.spec === null) return;
    applyPodSpecDefaults(obj.spec);
    // Done by Kubernetes' ServiceAccount admission, for pods only (not for templates).
    if (isObject(obj.spec)) defaultString(obj.spec, 'serviceAccountName', 'default');
    // What Kubernetes' pod strategy sets on create; a stored pod always has a status already.
    if (obj.status === undefined || obj.status === null) {
      obj.status = { phase: 'Pending', qosClass: podQOSClass(obj) };
      // As Kubernetes' pod strategy does on create: a gated pod says why it is not scheduled.
      if (Array.isArray(obj.spec?.schedulingGates) && obj.spec.schedulingGates.length > 0) {
        obj.status.conditions = [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates', lastProbeTime: null, lastTransitionTime: obj.metadata?.creationTimestamp ?? null }];
      }
    }
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    validatePodSpec(obj.spec, 'spec', errs);
    validatePodStatus(obj.status, errs);
    if (old) errs.add(...podSpecUpdateErrors(obj.spec, old.spec));
    else {
      if (Array.isArray(obj.spec?.schedulingGates) && obj.spec.schedulingGates.length > 0 && obj.spec.nodeName) {
        errs.add(forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'));
      }
      // Kubernetes adds them to running pods through the ephemeralcontainers subresource only.
      if (Array.isArray(obj.spec?.ephemeralContainers) && obj.spec.ephemeralContainers.length > 0) {
        errs.add(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
      }
    }
    validateSchedulingGates(obj.spec?.schedulingGates, errs);
    return errs.list;
  },
  fieldSelectors: {
    ...METADATA_FIELD_SELECTORS,
    'spec.nodeName': (p) => p.spec?.nodeName,
    'spec.restartPolicy': (p) => p.spec?.restartPolicy,
    'spec.schedulerName': (p) => p.spec?.schedulerName,
    'spec.serviceAccountName': (p) => p.spec?.serviceAccountName,
    'spec.hostNetwork': (p) => String(p.spec?.hostNetwork === true),
    'status.phase': (p) => p.status?.phase,
    'status.podIP': (p) => p.status?.podIP,
    'status.hostIP': (p) => p.status?.hostIP,
    'status.nominatedNodeName': (p) => p.status?.nominatedNodeName,
  },
};

/** Gates are unique qualified names (`example.com/quota-check`). */
function validateSchedulingGates(gates: unknown, errs: FieldErrors): void {
  if (!errs.array('spec.schedulingGates', gates)) return;
  const seen = new Set<string>();
  gates.forEach((g: any, i: number) => {
    if (!errs.object(`spec.schedulingGates[${i}]`, g, { required: true })) return;
    if (!errs.string(`spec.schedulingGates[${i}].name`, g.name, { required: true })) return;
    errs.name(`spec.schedulingGates[${i}].name`, g.name, validateQualifiedName);
    if (seen.has(g.name)) errs.add(duplicate(`spec.schedulingGates[${i}].name`, g.name));
    seen.add(g.name);
  });
}

function validatePodStatus(status: unknown, errs: FieldErrors): void {
  if (!errs.object('status', status)) return;
  if (status.phase !== undefined) errs.oneOf('status.phase', status.phase, POD_PHASES);
  if (status.qosClass !== undefined) errs.oneOf('status.qosClass', status.qosClass, QOS_CLASSES);
  for (const field of ['podIP', 'hostIP'] as const) {
    const ip = status[field];
    if (errs.string(`status.${field}`, ip) && ip !== '' && !isIPv4(ip)) errs.add(invalidValue(`status.${field}`, ip, 'must be a valid IP address'));
  }
  if (errs.array('status.podIPs', status.podIPs)) {
    status.podIPs.forEach((entry: any, i: number) => {
      if (errs.object(`status.podIPs[${i}]`, entry, { required: true }) && errs.string(`status.podIPs[${i}].ip`, entry.ip, { required: true }) && !isIPv4(entry.ip)) {
        errs.add(invalidValue(`status.podIPs[${i}].ip`, entry.ip, 'must be a valid IP address'));
      }
    });
  }
  if (errs.string('status.nominatedNodeName', status.nominatedNodeName) && status.nominatedNodeName !== '') {
    errs.name('status.nominatedNodeName', status.nominatedNodeName, validateDNS1123Subdomain);
  }
  if (errs.array('status.conditions', status.conditions)) {
    status.conditions.forEach((c: unknown, i: number) => {
      if (!errs.object(`status.conditions[${i}]`, c, { required: true })) return;
      errs.string(`status.conditions[${i}].type`, c.type, { required: true });
      errs.oneOf(`status.conditions[${i}].status`, c.status, CONDITION_STATUSES, { required: true });
    });
  }
  for (const list of ['containerStatuses', 'initContainerStatuses'] as const) {
    if (!errs.array(`status.${list}`, status[list])) continue;
    status[list].forEach((s: unknown, i: number) => {
      const p = `status.${list}[${i}]`;
      if (!errs.object(p, s, { required: true })) return;
      errs.string(`${p}.name`, s.name, { required: true });
      errs.integer(`${p}.restartCount`, s.restartCount, { min: 0 });
      errs.boolean(`${p}.ready`, s.ready);
    });
  }
}

const UPDATABLE_FIELDS =
  'pod updates may not change fields other than `spec.containers[*].image`, `spec.initContainers[*].image`, ' +
  '`spec.activeDeadlineSeconds`, `spec.tolerations` (only additions to existing tolerations) ' +
  'or `spec.nodeName` (only to bind an unbound pod)';

/** Kubernetes' ValidatePodUpdate, simplified: everything but the fields above is immutable. */
export function podSpecUpdateErrors(spec: any, oldSpec: any): FieldError[] {
  if (typeof spec !== 'object' || spec === null || typeof oldSpec !== 'object' || oldSpec === null) return [];
  const errors: FieldError[] = [];
  const next = structuredClone(spec);
  const prev = structuredClone(oldSpec);

  for (const list of ['containers', 'initContainers'] as const) {
    if (!Array.isArray(next[list]) || !Array.isArray(prev[list]) || next[list].length !== prev[list].length) continue;
    next[list].forEach((c: any, i: number) => {
      if (c && typeof c === 'object' && prev[list][i] && typeof prev[list][i] === 'object') {
        c.image = prev[list][i].image;
        // imagePullPolicy was defaulted from the image tag; it follows the image.
        c.imagePullPolicy = prev[list][i].imagePullPolicy;
      }
    });
  }

  const deadline = next.activeDeadlineSeconds;
  const oldDeadline = prev.activeDeadlineSeconds;
  if (deadline === undefined || deadline === null) {
    if (oldDeadline !== undefined && oldDeadline !== null) {
      errors.push(invalidValue('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
    }
  } else if (typeof oldDeadline === 'number' && typeof deadline === 'number' && deadline > oldDeadline) {
    errors.push(invalidValue('spec.activeDeadlineSeconds', deadline, 'must be less than or equal to previous value'));
  }
  delete next.activeDeadlineSeconds;
  delete prev.activeDeadlineSeconds;

  const oldTolerations: any[] = Array.isArray(prev.tolerations) ? prev.tolerations : [];
  const newTolerations: any[] = Array.isArray(next.tolerations) ? next.tolerations : [];
  const sameToleration = (a: any, b: any) =>
    a?.key === b?.key && a?.operator === b?.operator && (a?.value ?? '') === (b?.value ?? '') && (a?.effect ?? '') === (b?.effect ?? '');
  if (!oldTolerations.every((o) => newTolerations.some((n) => sameToleration(o, n)))) {
    errors.push(forbidden('spec.tolerations', 'existing toleration can not be modified except its tolerationSeconds'));
  }
  delete next.tolerations;
  delete prev.tolerations;

  // Scheduling gates may only be removed (Kubernetes: "only deletion is allowed").
  const oldGates: any[] = Array.isArray(prev.schedulingGates) ? prev.schedulingGates : [];
  const newGates: any[] = Array.isArray(next.schedulingGates) ? next.schedulingGates : [];
  const added = newGates.filter((g) => !oldGates.some((o) => o?.name === g?.name));
  if (added.length > 0) errors.push(forbidden('spec.schedulingGates', `only deletion is allowed, but found new scheduling gate '${added[0]?.name}'`));
  delete next.schedulingGates;
  delete prev.schedulingGates;

  // Binding: an unbound pod may be given a node, once.
  if ((prev.nodeName === undefined || prev.nodeName === '') && typeof next.nodeName === 'string') prev.nodeName = next.nodeName;

  if (!deepEqual(next, prev)) {
    const changed = differingPaths(next, prev, 'spec').slice(0, 3);
    errors.push(forbidden('spec', `${UPDATABLE_FIELDS} (changed: ${changed.join(', ')})`));
  }
  return errors;
}

/** The quantity a container asks for: its request, else its limit (which requests default to). */
function requested(c: any, resource: string): ReturnType<typeof parseQuantity> | undefined {
  const value = c?.resources?.requests?.[resource] ?? c?.resources?.limits?.[resource];
  // Stored pods were validated; an invalid value can only come from an unvalidated object.
  return (typeof value === 'string' || typeof value === 'number') && isValidQuantity(value) ? parseQuantity(value) : undefined;
}

/**
 * What a pod asks the scheduler for, as Kubernetes computes it: the sum over its containers, or
 * the largest init container if that is more (init containers run one at a time, first).
 */
export function podRequests(p: KObject): { cpuMillis: bigint; memoryBytes: bigint } {
  const total = { cpuMillis: 0n, memoryBytes: 0n };
  const containers: any[] = Array.isArray(p.spec?.containers) ? p.spec.containers : [];
  for (const c of containers) {
    total.cpuMillis += requested(c, 'cpu')?.milliValue() ?? 0n;
    total.memoryBytes += requested(c, 'memory')?.value() ?? 0n;
  }
  const inits: any[] = Array.isArray(p.spec?.initContainers) ? p.spec.initContainers : [];
  for (const c of inits) {
    const cpu = requested(c, 'cpu')?.milliValue() ?? 0n;
    const memory = requested(c, 'memory')?.value() ?? 0n;
    if (cpu > total.cpuMillis) total.cpuMillis = cpu;
    if (memory > total.memoryBytes) total.memoryBytes = memory;
  }
  return total;
}

/**
 * Kubernetes' QoS class: BestEffort without any cpu/memory request or limit, Guaranteed when
 * every container limits cpu and memory and requests exactly that, Burstable otherwise.
 */
export function podQOSClass(p: KObject): (typeof QOS_CLASSES)[number] {
  const containers: any[] = [...(Array.isArray(p.spec?.initContainers) ? p.spec.initContainers : []), ...(Array.isArray(p.spec?.containers) ? p.spec.containers : [])];
  let anySet = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    for (const resource of ['cpu', 'memory']) {
      const request = c?.resources?.requests?.[resource];
      const limit = c?.resources?.limits?.[resource];
      if (nonZero(request) || nonZero(limit)) anySet = true;
      if (!nonZero(limit)) guaranteed = false;
      else if (request !== undefined && !sameQuantity(request, limit)) guaranteed = false;
    }
  }
  if (!anySet) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function nonZero(q: unknown): boolean {
  return (typeof q === 'string' || typeof q === 'number') && isValidQuantity(q) && parseQuantity(q).sign() !== 0;
}

function sameQuantity(a: unknown, b: unknown): boolean {
  const valid = (q: unknown): q is string | number => (typeof q === 'string' || typeof q === 'number') && isValidQuantity(q);
  return valid(a) && valid(b) && parseQuantity(a).cmp(parseQuantity(b)) === 0;
}
