/** ServiceAccount (v1): an identity for pods; its token lives in a Secret. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { FieldErrors } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateDNS1123Subdomain } from './names.ts';

export const serviceAccount: KindDefinition = {
  ...KIND_TABLE.ServiceAccount,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults() {
    // Kubernetes has no defaults for ServiceAccounts.
  },
  validate(obj) {
    const errs = new FieldErrors();
    for (const list of ['secrets', 'imagePullSecrets'] as const) {
      if (!errs.array(list, obj[list])) continue;
      obj[list].forEach((ref: unknown, i: number) => {
        if (!errs.object(`${list}[${i}]`, ref, { required: true })) return;
        if (errs.string(`${list}[${i}].name`, ref.name, { required: true })) errs.name(`${list}[${i}].name`, ref.name, validateDNS1123Subdomain);
      });
    }
    errs.boolean('automountServiceAccountToken', obj.automountServiceAccountToken);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
