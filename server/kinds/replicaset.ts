/** ReplicaSet (apps/v1): keeps `spec.replicas` pods matching `spec.selector` running. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { FieldErrors, invalidValue } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { applyPodTemplateDefaults, validateSelectorAndTemplate } from './pod-template.ts';

export const replicaSet: KindDefinition = {
  ...KIND_TABLE.ReplicaSet,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    if (typeof obj.spec !== 'object' || obj.spec === null) return;
    obj.spec.replicas ??= 1;
    obj.spec.minReadySeconds ??= 0;
    applyPodTemplateDefaults(obj.spec);
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (errs.object('spec', spec, { required: true })) {
      errs.integer('spec.replicas', spec.replicas, { min: 0 });
      errs.integer('spec.minReadySeconds', spec.minReadySeconds, { min: 0 });
      validateSelectorAndTemplate(spec, 'ReplicaSet', errs, old?.spec);
    }
    validateReplicaCounts(obj.status, ['replicas', 'fullyLabeledReplicas', 'readyReplicas', 'availableReplicas'], errs);
    return errs.list;
  },
  fieldSelectors: {
    ...METADATA_FIELD_SELECTORS,
    'status.replicas': (rs) => String(rs.status?.replicas ?? 0),
  },
};

/**
 * Status counters of workload kinds: non-negative, and (as Kubernetes checks) no more ready than
 * existing replicas and no more available than ready ones.
 */
export function validateReplicaCounts(status: unknown, counters: string[], errs: FieldErrors): void {
  if (!errs.object('status', status)) return;
  for (const counter of [...counters, 'observedGeneration']) {
    errs.integer(`status.${counter}`, status[counter], { min: 0, max: Number.MAX_SAFE_INTEGER });
  }
  const { replicas, readyReplicas, availableReplicas } = status;
  if (typeof readyReplicas === 'number' && typeof replicas === 'number' && readyReplicas > replicas) {
    errs.add(invalidValue('status.readyReplicas', readyReplicas, 'cannot be greater than status.replicas'));
  }
  if (typeof availableReplicas === 'number' && typeof readyReplicas === 'number' && availableReplicas > readyReplicas) {
    errs.add(invalidValue('status.availableReplicas', availableReplicas, 'cannot be greater than readyReplicas'));
  }
}
