/**
 * RBAC rule matching as Kubernetes' RBAC authorizer has it (plugin/pkg/auth/authorizer/rbac):
 * pure functions from policy rules, subjects and request attributes to a decision. No store, no
 * cache: rbac-authorizer.ts feeds them what it has read.
 */

/** One rule of a Role or ClusterRole, as stored. */
export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** Who a binding grants its role to. */
export interface Subject {
  kind: string;
  apiGroup?: string;
  name: string;
  namespace?: string;
}

/** A request on an API object or collection, in Kubernetes' terms. */
export interface ResourceAttributes {
  verb: string;
  /** '' for the core group. */
  apiGroup: string;
  /** The plural resource: 'pods'. */
  resource: string;
  /** 'log', 'status', 'scale'; '' for none. */
  subresource: string;
  /** Absent for cluster-scoped objects and all-namespace lists. */
  namespace?: string;
  /** Absent for lists, watches and creates without a name. */
  name?: string;
}

/** A request on a path that is not an API object (`/metrics`). */
export interface NonResourceAttributes {
  verb: string;
  path: string;
}

export type RequestAttributes = ResourceAttributes | NonResourceAttributes;

export function isResourceRequest(attrs: RequestAttributes): attrs is ResourceAttributes {
  return 'resource' in attrs;
}

const ALL = '*';

export function verbMatches(rule: PolicyRule, verb: string): boolean {
  return rule.verbs.some((v) => v === ALL || v === verb);
}

export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  return (rule.apiGroups ?? []).some((g) => g === ALL || g === group);
}

/**
 * `*` matches every resource and sub-resource; `pods` only pods itself; `pods/log` only that
 * sub-resource; `*\/scale` the scale sub-resource of every resource.
 */
export function resourceMatches(rule: PolicyRule, resource: string, subresource: string): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  for (const r of rule.resources ?? []) {
    if (r === ALL || r === combined) return true;
    if (subresource && r === `*/${subresource}`) return true;
  }
  return false;
}

/** No resourceNames: every object. Otherwise only named objects, so never a list or an unnamed create. */
export function resourceNameMatches(rule: PolicyRule, name: string | undefined): boolean {
  const names = rule.resourceNames ?? [];
  if (names.length === 0) return true;
  return name !== undefined && name !== '' && names.includes(name);
}

/** `*`, the exact path, or a prefix ending in `*` (`/healthz/*`). */
export function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  for (const url of rule.nonResourceURLs ?? []) {
    if (url === ALL || url === path) return true;
    if (url.endsWith(ALL) && path.startsWith(url.slice(0, -1))) return true;
  }
  return false;
}

export function ruleAllows(rule: PolicyRule, attrs: RequestAttributes): boolean {
  if (!verbMatches(rule, attrs.verb)) return false;
  if (!isResourceRequest(attrs)) return nonResourceURLMatches(rule, attrs.path);
  return apiGroupMatches(rule, attrs.apiGroup) && resourceMatches(rule, attrs.resource, attrs.subresource) && resourceNameMatches(rule, attrs.name);
}

export function rulesAllow(rules: readonly PolicyRule[], attrs: RequestAttributes): boolean {
  return rules.some((rule) => ruleAllows(rule, attrs));
}

export const SERVICE_ACCOUNT_PREFIX = 'system:serviceaccount:';

/**
 * Whether `subject` of a binding in `bindingNamespace` ('' for a ClusterRoleBinding) names this
 * user: a User by name, a Group by membership, a ServiceAccount by its user name (its namespace
 * defaulting to the binding's).
 */
export function subjectMatches(subject: Subject, user: string, groups: readonly string[], bindingNamespace: string): boolean {
  switch (subject.kind) {
    case 'User':
      return subject.name === user;
    case 'Group':
      return groups.includes(subject.name);
    case 'ServiceAccount': {
      const namespace = subject.namespace || bindingNamespace;
      return namespace !== '' && user === `${SERVICE_ACCOUNT_PREFIX}${namespace}:${subject.name}`;
    }
    default:
      return false;
  }
}

/** Whether `covering` allows everything `rule` allows (Kubernetes' escalation check, rule by rule). */
export function ruleCovered(covering: readonly PolicyRule[], rule: PolicyRule): boolean {
  // Expand the rule into its single requests and require each to be allowed; `*` entries must be
  // matched by `*` entries of a covering rule, which the literal comparison gives.
  if ((rule.nonResourceURLs ?? []).length > 0) {
    return rule.verbs.every((verb) => (rule.nonResourceURLs ?? []).every((url) => covering.some((c) => c.verbs.some((v) => v === ALL || v === verb) && (c.nonResourceURLs ?? []).some((u) => u === ALL || u === url || (u.endsWith(ALL) && url.startsWith(u.slice(0, -1)))))));
  }
  const names = rule.resourceNames ?? [];
  for (const verb of rule.verbs) {
    for (const group of rule.apiGroups ?? []) {
      for (const resource of rule.resources ?? []) {
        const ok = covering.some((c) => {
          if (!c.verbs.some((v) => v === ALL || v === verb)) return false;
          if (!(c.apiGroups ?? []).some((g) => g === ALL || g === group)) return false;
          const [res, sub = ''] = resource.split('/', 2) as [string, string?];
          if (!(c.resources ?? []).some((r) => r === ALL || r === resource || (sub !== '' && res !== ALL && r === `*/${sub}`))) return false;
          const cNames = c.resourceNames ?? [];
          return cNames.length === 0 || (names.length > 0 && names.every((n) => cNames.includes(n)));
        });
        if (!ok) return false;
      }
    }
  }
  return true;
}
