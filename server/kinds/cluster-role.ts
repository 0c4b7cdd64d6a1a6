/**
 * ClusterRole (rbac.authorization.k8s.io/v1): policy rules for the whole cluster (or, bound by a
 * RoleBinding, for one namespace), including non-resource URLs. With an `aggregationRule`, its
 * rules are filled in by the aggregation controller from the ClusterRoles the rule selects.
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { FieldErrors } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateAggregationRule, validatePolicyRules } from './rbac-validation.ts';

export const clusterRole: KindDefinition = {
  ...KIND_TABLE.ClusterRole,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults() {
    // Kubernetes has no defaults for ClusterRoles.
  },
  validate(obj) {
    const errs = new FieldErrors();
    validatePolicyRules(obj.rules, 'rules', errs, false);
    if (obj.aggregationRule !== undefined && obj.aggregationRule !== null) validateAggregationRule(obj.aggregationRule, errs);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
