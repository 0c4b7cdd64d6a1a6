/**
 * ResourceQuota (v1, namespaced, status sub-resource): caps on what a namespace may hold —
 * object counts (`pods`, `count/<resource>`), compute (`requests.cpu`, `limits.memory`, `cpu`),
 * `services.nodeports`, storage (`requests.storage`) — optionally only for pods of some scopes.
 * The store refuses creates past a cap (server/store/quota-admission.ts); the quota controller
 * keeps `status.hard`/`status.used` (workers/controllers/resourcequota.ts).
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { canonicalizeQuantities } from './pod-spec-defaults.ts';
import { FieldErrors, invalidValue, isObject, unsupported } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateQualifiedName } from './names.ts';

export const RESOURCE_QUOTA_SCOPES = ['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass'] as const;
const SCOPE_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
/** What a quota scoped to pods may limit (Kubernetes' podObjectCountName and compute resources). */
const POD_SCOPED_RESOURCES = ['pods', 'count/pods', 'cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'];

function validateHard(field: string, hard: unknown, errs: FieldErrors): void {
  if (hard === undefined || hard === null || !errs.object(field, hard)) return;
  for (const [name, value] of Object.entries(hard)) {
    const nameError = validateQualifiedName(name);
    if (nameError) errs.add(invalidValue(`${field}[${name}]`, name, nameError));
    errs.quantity(`${field}[${name}]`, value, { nonNegative: true });
  }
}

export const resourceQuota: KindDefinition = {
  ...KIND_TABLE.ResourceQuota,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: false,
  applyDefaults(obj) {
    if (isObject(obj.spec)) canonicalizeQuantities(obj.spec.hard);
  },
  validate(obj) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (spec === undefined || spec === null) return errs.list;
    if (!errs.object('spec', spec)) return errs.list;
    validateHard('spec.hard', spec.hard, errs);
    const scopes: string[] = [];
    if (spec.scopes !== undefined && spec.scopes !== null && errs.array('spec.scopes', spec.scopes)) {
      spec.scopes.forEach((s: unknown, i: number) => {
        if (errs.oneOf(`spec.scopes[${i}]`, s, RESOURCE_QUOTA_SCOPES, { required: true })) scopes.push(s as string);
      });
    }
    const exprs = spec.scopeSelector?.matchExpressions;
    if (spec.scopeSelector !== undefined && spec.scopeSelector !== null && errs.object('spec.scopeSelector', spec.scopeSelector) && exprs !== undefined && errs.array('spec.scopeSelector.matchExpressions', exprs)) {
      exprs.forEach((e: any, i: number) => {
        const p = `spec.scopeSelector.matchExpressions[${i}]`;
        if (!errs.object(p, e, { required: true })) return;
        if (errs.oneOf(`${p}.scopeName`, e.scopeName, RESOURCE_QUOTA_SCOPES, { required: true })) scopes.push(e.scopeName);
        if (!errs.oneOf(`${p}.operator`, e.operator, SCOPE_OPERATORS, { required: true })) return;
        const values = e.values ?? [];
        if (!errs.stringArray(`${p}.values`, values)) return;
        if ((e.operator === 'In' || e.operator === 'NotIn') && values.length === 0) errs.add(invalidValue(`${p}.values`, values, 'must be at least one value when `operator` is \'In\' or \'NotIn\' for scope selector'));
        if ((e.operator === 'Exists' || e.operator === 'DoesNotExist') && values.length > 0) errs.add(invalidValue(`${p}.values`, values, 'must be no value when `operator` is \'Exist\' or \'DoesNotExist\' for scope selector'));
        if (e.scopeName !== 'PriorityClass' && e.operator !== 'Exists') errs.add(unsupported(`${p}.operator`, e.operator, ['Exists']));
      });
    }
    if (scopes.includes('Terminating') && scopes.includes('NotTerminating')) errs.add(invalidValue('spec.scopes', spec.scopes, 'conflicting scopes'));
    if (scopes.includes('BestEffort') && scopes.includes('NotBestEffort')) errs.add(invalidValue('spec.scopes', spec.scopes, 'conflicting scopes'));
    if (scopes.length > 0 && isObject(spec.hard)) {
      const allowed = scopes.includes('BestEffort') ? ['pods', 'count/pods'] : POD_SCOPED_RESOURCES;
      for (const name of Object.keys(spec.hard)) {
        if (!allowed.includes(name)) errs.add(invalidValue(`spec.hard[${name}]`, name, 'unsupported scope applied to resource'));
      }
    }
    if (obj.status !== undefined && obj.status !== null && errs.object('status', obj.status)) {
      validateHard('status.hard', obj.status.hard, errs);
      validateHard('status.used', obj.status.used, errs);
    }
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
