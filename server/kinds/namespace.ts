/** Namespace (v1, cluster-scoped): a scope for names; deleting one deletes what it holds. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { defaultString } from './defaults.ts';
import { FieldErrors, invalidValue, isObject } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateQualifiedName } from './names.ts';
import { clearNamespace } from './node.ts';

export const NAMESPACE_PHASES = ['Active', 'Terminating'] as const;
/** The label Kubernetes puts on every namespace, so that namespaceSelectors can pick one by name. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
/** The finalizer of the namespace controller: the namespace goes once its contents are gone. */
export const NAMESPACE_FINALIZER = 'kubernetes';

/** Namespaces the cluster itself uses; deleting one is FORBIDDEN, as in Kubernetes. */
export const SYSTEM_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

export const namespace: KindDefinition = {
  ...KIND_TABLE.Namespace,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: false,
  deletion: { protectedNames: SYSTEM_NAMESPACES },
  applyDefaults(obj) {
    clearNamespace(obj);
    if (isObject(obj.metadata) && typeof obj.metadata.name === 'string' && obj.metadata.name !== '') {
      if (obj.metadata.labels === undefined || obj.metadata.labels === null) obj.metadata.labels = {};
      if (isObject(obj.metadata.labels)) obj.metadata.labels[NAMESPACE_NAME_LABEL] = obj.metadata.name;
    }
    if (obj.status === undefined || obj.status === null) obj.status = {};
    if (isObject(obj.status)) defaultString(obj.status, 'phase', 'Active');
  },
  validate(obj) {
    const errs = new FieldErrors();
    if (errs.object('spec', obj.spec) && errs.stringArray('spec.finalizers', obj.spec.finalizers)) {
      obj.spec.finalizers.forEach((f: string, i: number) => {
        const path = `spec.finalizers[${i}]`;
        errs.name(path, f, validateQualifiedName);
        // Only the built-in finalizer may go without a domain prefix.
        if (f !== NAMESPACE_FINALIZER && !f.includes('/') && validateQualifiedName(f) === null) {
          errs.add(invalidValue(path, f, 'name is neither a standard finalizer name nor is it fully qualified'));
        }
      });
    }
    if (errs.object('status', obj.status) && obj.status.phase !== undefined) errs.oneOf('status.phase', obj.status.phase, NAMESPACE_PHASES);
    return errs.list;
  },
  fieldSelectors: {
    ...METADATA_FIELD_SELECTORS,
    'status.phase': (ns) => ns.status?.phase,
  },
};
