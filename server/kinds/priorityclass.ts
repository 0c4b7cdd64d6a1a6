/**
 * PriorityClass (scheduling.k8s.io/v1, cluster-scoped): a name for a pod priority (`value`),
 * whether pods without a class get it (`globalDefault`), whether its pods may preempt others
 * (`preemptionPolicy`), and a `description`. Kubernetes' validation: user classes go up to one
 * billion; above that and the `system-` prefix are kept for the two built-in classes
 * (system-cluster-critical, system-node-critical) that the API server makes at start.
 * Pods name a class in `spec.priorityClassName`; server/scheduling/pod-priority.ts resolves it.
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { FieldErrors, forbidden, invalidValue } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import type { KObject } from './types.ts';

/** Kubernetes' HighestUserDefinablePriority. */
export const HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;
/** Kubernetes' SystemCriticalPriority: the lowest value a system class may have. */
export const SYSTEM_CRITICAL_PRIORITY = 2 * HIGHEST_USER_DEFINABLE_PRIORITY;
export const SYSTEM_CLUSTER_CRITICAL = 'system-cluster-critical';
export const SYSTEM_NODE_CRITICAL = 'system-node-critical';
export const PREEMPTION_POLICIES = ['PreemptLowerPriority', 'Never'] as const;

/** The built-in classes, as Kubernetes' API server makes them (pkg/apis/scheduling SystemPriorityClasses). */
export function systemPriorityClasses(): KObject[] {
  return [
    {
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: { name: SYSTEM_NODE_CRITICAL },
      value: SYSTEM_CRITICAL_PRIORITY + 1000,
      globalDefault: false,
      description: 'Used for system critical pods that must not be moved from their current node.',
      preemptionPolicy: 'PreemptLowerPriority',
    },
    {
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: { name: SYSTEM_CLUSTER_CRITICAL },
      value: SYSTEM_CRITICAL_PRIORITY,
      globalDefault: false,
      description: 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.',
      preemptionPolicy: 'PreemptLowerPriority',
    },
  ];
}

const SYSTEM_CLASSES = new Map(systemPriorityClasses().map((c) => [c.metadata.name, c]));

export const priorityClass: KindDefinition = {
  ...KIND_TABLE.PriorityClass,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults(obj) {
    if (obj.preemptionPolicy === undefined || obj.preemptionPolicy === null) obj.preemptionPolicy = 'PreemptLowerPriority';
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const name: unknown = obj.metadata?.name;
    const system = typeof name === 'string' ? SYSTEM_CLASSES.get(name) : undefined;
    if (errs.integer('value', obj.value, { required: true, min: -2147483648, max: 2147483647 })) {
      if (system) {
        if (obj.value !== system.value) errs.add(invalidValue('value', obj.value, `value of ${name} must be ${system.value}`));
      } else if (obj.value > HIGHEST_USER_DEFINABLE_PRIORITY) {
        errs.add(forbidden('value', `maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}`));
      }
    }
    if (typeof name === 'string' && name.startsWith('system-') && !system) {
      errs.add(forbidden('metadata.name', 'priority class names with \'system-\' prefix are reserved for system use only'));
    }
    errs.boolean('globalDefault', obj.globalDefault);
    errs.string('description', obj.description);
    errs.oneOf('preemptionPolicy', obj.preemptionPolicy, PREEMPTION_POLICIES, { required: true });
    if (old) {
      if (old.value !== obj.value) errs.add(forbidden('value', 'may not be changed in an update.'));
      if (old.preemptionPolicy !== obj.preemptionPolicy) errs.add(invalidValue('preemptionPolicy', obj.preemptionPolicy, 'field is immutable'));
    }
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
