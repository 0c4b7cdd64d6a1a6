/**
 * RoleBinding (rbac.authorization.k8s.io/v1): grants a Role of its namespace, or a ClusterRole's
 * rules within its namespace, to users, groups and service accounts. roleRef is immutable.
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { FieldErrors } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { applyBindingDefaults, validateBinding } from './rbac-validation.ts';

export const roleBinding: KindDefinition = {
  ...KIND_TABLE.RoleBinding,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults: applyBindingDefaults,
  validate(obj, old) {
    const errs = new FieldErrors();
    validateBinding(obj, old, true, errs);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
