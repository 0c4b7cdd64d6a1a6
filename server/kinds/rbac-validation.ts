/**
 * What the four RBAC kinds (rbac.authorization.k8s.io/v1) share: Kubernetes' rules for policy
 * rules, role references and subjects (pkg/apis/rbac/validation), their v1 defaults, and the
 * name rule (a path segment: RBAC names like `system:basic-user` are not DNS names).
 */
import { FieldErrors, IMMUTABLE, invalidValue, required, unsupported } from './field-errors.ts';
import { deepEqual } from './deep-equal.ts';
import { validateLabelSelectorObject } from '../selectors/label-selector-object.ts';
import type { KObject } from './types.ts';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';
export const RBAC_API_VERSION = `${RBAC_GROUP}/v1`;

/** Kubernetes' ValidatePathSegmentName: anything but `.`, `..` and names containing `/` or `%`. */
export function validatePathSegmentName(name: string): string | null {
  if (name === '.' || name === '..') return `may not be '${name}'`;
  if (name.includes('/')) return "may not contain '/'";
  if (name.includes('%')) return "may not contain '%'";
  return null;
}

/** Every problem with `rules` (a Role's or ClusterRole's). Namespaced roles may not name non-resource URLs. */
export function validatePolicyRules(rules: unknown, field: string, errs: FieldErrors, namespaced: boolean): void {
  if (!errs.array(field, rules)) return;
  rules.forEach((rule: unknown, i: number) => {
    const path = `${field}[${i}]`;
    if (!errs.object(path, rule, { required: true })) return;
    for (const list of ['verbs', 'apiGroups', 'resources', 'resourceNames', 'nonResourceURLs'] as const) {
      if (rule[list] !== undefined && rule[list] !== null) errs.stringArray(`${path}.${list}`, rule[list]);
    }
    const count = (list: string) => (Array.isArray(rule[list]) ? rule[list].length : 0);
    if (count('verbs') === 0) errs.add(required(`${path}.verbs`, 'verbs must contain at least one value'));
    if (count('nonResourceURLs') > 0) {
      if (namespaced) errs.add(invalidValue(`${path}.nonResourceURLs`, rule.nonResourceURLs, 'namespaced rules cannot apply to non-resource URLs'));
      if (count('apiGroups') > 0 || count('resources') > 0) {
        errs.add(invalidValue(`${path}.nonResourceURLs`, rule.nonResourceURLs, 'rules cannot apply to both regular resources and non-resource URLs'));
      }
      rule.nonResourceURLs.forEach((url: unknown, j: number) => {
        if (typeof url === 'string' && !url.startsWith('/') && url !== '*') {
          errs.add(invalidValue(`${path}.nonResourceURLs[${j}]`, url, "must start with '/' (or be '*')"));
        }
      });
      return;
    }
    if (count('apiGroups') === 0) errs.add(required(`${path}.apiGroups`, 'resource rules must supply at least one api group'));
    if (count('resources') === 0) errs.add(required(`${path}.resources`, 'resource rules must supply at least one resource'));
    if (Array.isArray(rule.resources)) {
      rule.resources.forEach((resource: unknown, j: number) => {
        if (typeof resource !== 'string') return;
        // `pods`, `pods/log`, `*`, `*/scale`, `pods/*`: at most one sub-resource, nothing empty.
        const parts = resource.split('/');
        if (resource === '' || parts.length > 2 || parts.some((p) => p === '')) {
          errs.add(invalidValue(`${path}.resources[${j}]`, resource, "must be a resource, optionally with one sub-resource ('pods', 'pods/log', '*', '*/scale')"));
        }
      });
    }
  });
}

/** A ClusterRole's `aggregationRule`: `{clusterRoleSelectors: [LabelSelector]}`. */
export function validateAggregationRule(rule: unknown, errs: FieldErrors): void {
  if (!errs.object('aggregationRule', rule)) return;
  if (!errs.array('aggregationRule.clusterRoleSelectors', rule.clusterRoleSelectors)) return;
  rule.clusterRoleSelectors.forEach((sel: unknown, i: number) => validateLabelSelectorObject(sel, `aggregationRule.clusterRoleSelectors[${i}]`, errs));
}

/** v1 defaults: roleRef.apiGroup and subjects' apiGroup (the RBAC group for users and groups, '' for service accounts). */
export function applyBindingDefaults(obj: KObject): void {
  if (obj.roleRef && typeof obj.roleRef === 'object' && !obj.roleRef.apiGroup) obj.roleRef.apiGroup = RBAC_GROUP;
  if (!Array.isArray(obj.subjects)) return;
  for (const subject of obj.subjects) {
    if (!subject || typeof subject !== 'object' || subject.apiGroup) continue;
    if (subject.kind === 'User' || subject.kind === 'Group') subject.apiGroup = RBAC_GROUP;
    else if (subject.kind === 'ServiceAccount') subject.apiGroup = '';
  }
}

const SUBJECT_KINDS = ['User', 'Group', 'ServiceAccount'] as const;

/**
 * A RoleBinding's or ClusterRoleBinding's roleRef (immutable once created, as Kubernetes has it:
 * change the role by deleting and recreating the binding) and subjects.
 */
export function validateBinding(obj: KObject, old: KObject | undefined, namespaced: boolean, errs: FieldErrors): void {
  if (errs.object('roleRef', obj.roleRef, { required: true })) {
    const ref = obj.roleRef;
    if (errs.string('roleRef.apiGroup', ref.apiGroup) && ref.apiGroup !== RBAC_GROUP) errs.add(unsupported('roleRef.apiGroup', ref.apiGroup, [RBAC_GROUP]));
    errs.oneOf('roleRef.kind', ref.kind, namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'], { required: true });
    if (errs.string('roleRef.name', ref.name, { required: true })) errs.name('roleRef.name', ref.name, validatePathSegmentName);
  }
  if (old && !deepEqual(obj.roleRef, old.roleRef)) errs.add(invalidValue('roleRef', obj.roleRef, `cannot change roleRef (${IMMUTABLE}): delete the binding and create it again`));
  if (!errs.array('subjects', obj.subjects)) return;
  obj.subjects.forEach((subject: unknown, i: number) => {
    const path = `subjects[${i}]`;
    if (!errs.object(path, subject, { required: true })) return;
    if (!errs.oneOf(`${path}.kind`, subject.kind, SUBJECT_KINDS, { required: true })) return;
    if (!errs.string(`${path}.name`, subject.name, { required: true })) return;
    errs.string(`${path}.namespace`, subject.namespace);
    if (subject.kind === 'ServiceAccount') {
      if (subject.apiGroup) errs.add(unsupported(`${path}.apiGroup`, subject.apiGroup, ['']));
      errs.name(`${path}.name`, subject.name, validatePathSegmentName);
      if (!namespaced && !subject.namespace) errs.add(required(`${path}.namespace`));
    } else {
      if (subject.apiGroup !== RBAC_GROUP) errs.add(unsupported(`${path}.apiGroup`, subject.apiGroup, [RBAC_GROUP]));
    }
  });
}
