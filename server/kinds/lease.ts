/** Lease (coordination.k8s.io/v1): node heartbeats and leader election. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { FieldErrors } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';

export const lease: KindDefinition = {
  ...KIND_TABLE.Lease,
  hasSpec: true,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults(obj) {
    obj.spec ??= {};
  },
  validate(obj) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (!errs.object('spec', spec)) return errs.list;
    errs.string('spec.holderIdentity', spec.holderIdentity);
    errs.integer('spec.leaseDurationSeconds', spec.leaseDurationSeconds, { min: 1 });
    errs.integer('spec.leaseTransitions', spec.leaseTransitions, { min: 0 });
    for (const field of ['acquireTime', 'renewTime'] as const) {
      if (spec[field] !== undefined && spec[field] !== null) errs.timestamp(`spec.${field}`, spec[field]);
    }
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
