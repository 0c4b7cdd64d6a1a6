/**
 * ClusterRoleBinding (rbac.authorization.k8s.io/v1): grants a ClusterRole in every namespace (and
 * its cluster-scoped and non-resource rules) to users, groups and service accounts. roleRef is
 * immutable.
 */
import { FieldErrors } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { applyBindingDefaults, RBAC_API_VERSION, validateBinding } from './rbac-validation.ts';

export const clusterRoleBinding: KindDefinition = {
  kind: 'ClusterRoleBinding',
  apiVersion: RBAC_API_VERSION,
  plural: 'clusterrolebindings',
  singular: 'clusterrolebinding',
  shortNames: [],
  namespaced: false,
  hasSpec: false,
  hasStatusSubresource: false,
  applyDefaults: applyBindingDefaults,
  validate(obj, old) {
    const errs = new FieldErrors();
    validateBinding(obj, old, false, errs);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
