/** Node (v1, cluster-scoped): a machine that runs pods, registered by its agent. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { TAINT_EFFECTS } from './affinity-validation.ts';
import { FieldErrors, forbidden, invalidValue, isObject } from './field-errors.ts';
import { isIPv4CIDR } from './ip-address.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateLabelValue, validateQualifiedName } from './names.ts';
import { canonicalizeQuantities } from './pod-spec-defaults.ts';
import type { KObject } from './types.ts';

const ADDRESS_TYPES = ['Hostname', 'InternalIP', 'ExternalIP', 'InternalDNS', 'ExternalDNS'] as const;
const CONDITION_STATUSES = ['True', 'False', 'Unknown'] as const;

/**
 * Cluster-scoped objects have no namespace; Kubernetes clears one given in a manifest rather
 * than rejecting it, and so does Capstan.
 */
export function clearNamespace(obj: KObject): void {
  if (isObject(obj.metadata) && obj.metadata.namespace !== undefined) delete obj.metadata.namespace;
}

export const node: KindDefinition = {
  ...KIND_TABLE.Node,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: false,
  applyDefaults(obj) {
    clearNamespace(obj);
    obj.spec ??= {};
    const status = obj.status;
    if (!isObject(status)) return;
    canonicalizeQuantities(status.capacity);
    canonicalizeQuantities(status.allocatable);
    // Kubernetes: a node that reports no allocatable resources can use all of its capacity.
    if (status.allocatable === undefined && isObject(status.capacity)) status.allocatable = { ...status.capacity };
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (errs.object('spec', spec)) {
      errs.boolean('spec.unschedulable', spec.unschedulable);
      errs.string('spec.providerID', spec.providerID);
      validateTaints(spec.taints, errs);
      if (errs.string('spec.podCIDR', spec.podCIDR) && spec.podCIDR !== '' && !isIPv4CIDR(spec.podCIDR)) {
        errs.add(invalidValue('spec.podCIDR', spec.podCIDR, 'must be a valid CIDR such as 127.64.1.0/24'));
      }
      if (errs.stringArray('spec.podCIDRs', spec.podCIDRs)) {
        spec.podCIDRs.forEach((cidr: string, i: number) => {
          if (!isIPv4CIDR(cidr)) errs.add(invalidValue(`spec.podCIDRs[${i}]`, cidr, 'must be a valid CIDR such as 127.64.1.0/24'));
        });
        if (spec.podCIDRs.length > 0 && typeof spec.podCIDR === 'string' && spec.podCIDR !== '' && spec.podCIDRs[0] !== spec.podCIDR) {
          errs.add(invalidValue('spec.podCIDRs', spec.podCIDRs, 'the first entry must match `podCIDR`'));
        }
      }
      // Pods already hold addresses from the node's range: it may be assigned, never moved.
      const oldCIDR = old?.spec?.podCIDR;
      if (typeof oldCIDR === 'string' && oldCIDR !== '' && spec.podCIDR !== oldCIDR) {
        errs.add(forbidden('spec.podCIDR', 'node updates may not change podCIDR except from "" to valid'));
      }
    }
    validateNodeStatus(obj.status, errs);
    return errs.list;
  },
  fieldSelectors: {
    ...METADATA_FIELD_SELECTORS,
    'spec.unschedulable': (n) => String(n.spec?.unschedulable === true),
  },
};

function validateTaints(taints: unknown, errs: FieldErrors): void {
  if (!errs.array('spec.taints', taints)) return;
  const seen = new Set<string>();
  taints.forEach((t, i) => {
    const p = `spec.taints[${i}]`;
    if (!errs.object(p, t, { required: true })) return;
    if (errs.string(`${p}.key`, t.key, { required: true })) errs.name(`${p}.key`, t.key, validateQualifiedName);
    if (errs.string(`${p}.value`, t.value) && t.value !== '') errs.name(`${p}.value`, t.value, validateLabelValue);
    errs.oneOf(`${p}.effect`, t.effect, TAINT_EFFECTS, { required: true });
    if (t.timeAdded !== undefined && t.timeAdded !== null) errs.timestamp(`${p}.timeAdded`, t.timeAdded);
    const key = `${t.key}:${t.effect}`;
    if (seen.has(key)) errs.add(invalidValue(p, { key: t.key, effect: t.effect }, 'taints must be unique by key and effect pair'));
    seen.add(key);
  });
}

function validateNodeStatus(status: unknown, errs: FieldErrors): void {
  if (!errs.object('status', status)) return;
  for (const map of ['capacity', 'allocatable'] as const) {
    if (!errs.object(`status.${map}`, status[map])) continue;
    for (const [name, value] of Object.entries(status[map])) errs.quantity(`status.${map}.${name}`, value, { nonNegative: true });
  }
  if (errs.array('status.addresses', status.addresses)) {
    status.addresses.forEach((a: unknown, i: number) => {
      if (!errs.object(`status.addresses[${i}]`, a, { required: true })) return;
      errs.oneOf(`status.addresses[${i}].type`, a.type, ADDRESS_TYPES, { required: true });
      errs.string(`status.addresses[${i}].address`, a.address, { required: true });
    });
  }
  if (errs.array('status.conditions', status.conditions)) {
    status.conditions.forEach((c: unknown, i: number) => {
      if (!errs.object(`status.conditions[${i}]`, c, { required: true })) return;
      errs.string(`status.conditions[${i}].type`, c.type, { required: true });
      errs.oneOf(`status.conditions[${i}].status`, c.status, CONDITION_STATUSES, { required: true });
    });
  }
  errs.object('status.nodeInfo', status.nodeInfo);
}
