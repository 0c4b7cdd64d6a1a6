/**
 * RoleBinding (rbac.authorization.k8s.io/v1): grants a Role of its namespace, or a ClusterRole's
 * rules within its namespace, to users, groups and service accounts. roleRef is immutable.
 */
import { FieldErrors } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { applyBindingDefaults, RBAC_API_VERSION, validateBinding } from './rbac-validation.ts';

export const roleBinding: KindDefinition = {
  kind: 'RoleBinding',
  apiVersion: RBAC_API_VERSION,
  plural: 'rolebindings',
  singular: 'rolebinding',
  shortNames: [],
  namespaced: true,
  hasSpec: false,
  hasStatusSubresource: false,
  applyDefaults: applyBindingDefaults,
  validate(obj, old) {
    const errs = new FieldErrors();
    validateBinding(obj, old, true, errs);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
