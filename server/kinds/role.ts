/** Role (rbac.authorization.k8s.io/v1): what may be done in one namespace, as policy rules. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { FieldErrors } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validatePolicyRules } from './rbac-validation.ts';

export const role: KindDefinition = {
  ...KIND_TABLE.Role,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults() {
    // Kubernetes has no defaults for Roles.
  },
  validate(obj) {
    const errs = new FieldErrors();
    validatePolicyRules(obj.rules, 'rules', errs, true);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
