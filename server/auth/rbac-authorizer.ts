/**
 * The RBAC authorizer (Kubernetes' RBAC, DESIGN §7): a user or service account may do what the
 * Roles and ClusterRoles bound to it (RoleBindings in the request's namespace, ClusterRoleBindings
 * everywhere) allow, and nothing else.
 *
 * It runs on every request, so it never reads the store on the request's path while its copy of
 * the policy is fresh. The copy (every Role, ClusterRole, RoleBinding and ClusterRoleBinding) is
 * reloaded by a time-to-live, not by the watch hub, because several API servers share one
 * database and each must see the others' writes: an answer is at most `maxAgeMs` (2 s) old.
 * Younger than `refreshAfterMs` (1 s) it is used as it is; between the two it is used while a
 * reload runs in the background; older than `maxAgeMs` the request waits for the reload. So a new
 * binding takes effect, and a deleted one stops granting, within 2 s on every server.
 */
import { KINDS } from '../kinds/registry.ts';
import { apiGroup } from '../kinds/kind-definition.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import type { Identity, ListOptions, ListResult } from '../store/types.ts';
import type { Resource, Verb } from './authorize.ts';
import { isResourceRequest, rulesAllow, subjectMatches, type PolicyRule, type RequestAttributes, type ResourceAttributes, type Subject } from './rbac-rules.ts';

/** Every authenticated identity is in this group (Kubernetes adds it at authentication). */
export const AUTHENTICATED_GROUP = 'system:authenticated';
/** Members may do everything, without any binding (Kubernetes' privileged group). */
export const MASTERS_GROUP = 'system:masters';

/** What the RBAC authorizer reads (the Store). */
export interface RbacStore {
  list(kind: KindName, opts: ListOptions): Promise<ListResult>;
}

export interface RbacAuthorizerOptions {
  store: RbacStore;
  /** A policy copy younger than this is used without reloading (default 1 s). */
  refreshAfterMs?: number;
  /** A policy copy older than this is never used: the request waits for a reload (default 2 s). */
  maxAgeMs?: number;
  now?: () => number;
}

/** The rules an identity holds where it asked: on objects, and on non-resource URLs. */
export interface SubjectRules {
  resourceRules: PolicyRule[];
  nonResourceRules: PolicyRule[];
}

interface Binding {
  subjects: Subject[];
  roleKind: string;
  roleName: string;
}

/** One consistent copy of the cluster's RBAC objects, indexed for the request path. */
export class RbacPolicy {
  private readonly clusterRoles = new Map<string, PolicyRule[]>();
  private readonly roles = new Map<string, PolicyRule[]>();
  private readonly clusterBindings: Binding[] = [];
  private readonly roleBindings = new Map<string, Binding[]>();
  /** Rules per (user, groups, namespace): most requests come from few identities. */
  private readonly memo = new Map<string, PolicyRule[]>();

  constructor(objects: { roles: KObject[]; clusterRoles: KObject[]; roleBindings: KObject[]; clusterRoleBindings: KObject[] }) {
    for (const r of objects.clusterRoles) this.clusterRoles.set(r.metadata.name, rulesOf(r));
    for (const r of objects.roles) this.roles.set(`${r.metadata.namespace}/${r.metadata.name}`, rulesOf(r));
    for (const b of objects.clusterRoleBindings) this.clusterBindings.push(bindingOf(b));
    for (const b of objects.roleBindings) {
      const ns = b.metadata.namespace ?? '';
      let list = this.roleBindings.get(ns);
      if (!list) this.roleBindings.set(ns, (list = []));
      list.push(bindingOf(b));
    }
  }

  /**
   * The rules bound to the user: every ClusterRoleBinding's, and with a namespace, that
   * namespace's RoleBindings' (a RoleBinding may grant a ClusterRole's rules, in its namespace only).
   */
  rulesFor(user: string, groups: readonly string[], namespace: string | undefined): PolicyRule[] {
    const key = `${user}\u0000${groups.join('\u0001')}\u0000${namespace ?? ''}`;
    const known = this.memo.get(key);
    if (known) return known;
    const rules: PolicyRule[] = [];
    for (const b of this.clusterBindings) {
      if (b.roleKind === 'ClusterRole' && b.subjects.some((s) => subjectMatches(s, user, groups, ''))) rules.push(...(this.clusterRoles.get(b.roleName) ?? []));
    }
    if (namespace) {
      for (const b of this.roleBindings.get(namespace) ?? []) {
        if (!b.subjects.some((s) => subjectMatches(s, user, groups, namespace))) continue;
        const role = b.roleKind === 'Role' ? this.roles.get(`${namespace}/${b.roleName}`) : b.roleKind === 'ClusterRole' ? this.clusterRoles.get(b.roleName) : undefined;
        rules.push(...(role ?? []));
      }
    }
    if (this.memo.size >= 10_000) this.memo.clear();
    this.memo.set(key, rules);
    return rules;
  }
}

function rulesOf(role: KObject): PolicyRule[] {
  return Array.isArray(role.rules) ? (role.rules as PolicyRule[]).filter((r) => r && Array.isArray(r.verbs)) : [];
}

function bindingOf(b: KObject): Binding {
  return { subjects: Array.isArray(b.subjects) ? b.subjects : [], roleKind: b.roleRef?.kind ?? '', roleName: b.roleRef?.name ?? '' };
}

/**
 * Capstan's resource (`Pod`, `Pod/log`, `Deployment/scale`, `metrics`) in Kubernetes' terms,
 * through the kind registry: `Pod/log` is group '', resource `pods`, sub-resource `log`;
 * `metrics` is the non-resource URL `/metrics`. Null for a kind the registry does not know.
 */
export function requestAttributes(verb: string, resource: Resource | string, namespace?: string, name?: string): RequestAttributes | null {
  if (resource === 'metrics') return { verb, path: '/metrics' };
  const slash = resource.indexOf('/');
  const kind = slash < 0 ? resource : resource.slice(0, slash);
  const subresource = slash < 0 ? '' : resource.slice(slash + 1);
  if (!Object.hasOwn(KINDS, kind)) return null;
  const def = KINDS[kind as KindName];
  const attrs: ResourceAttributes = { verb, apiGroup: apiGroup(def.apiVersion), resource: def.plural, subresource };
  if (def.namespaced && namespace) attrs.namespace = namespace;
  if (name) attrs.name = name;
  return attrs;
}

/** The groups RBAC sees: the identity's, plus system:authenticated. */
export function effectiveGroups(identity: Pick<Identity, 'groups'>): string[] {
  return identity.groups.includes(AUTHENTICATED_GROUP) ? identity.groups : [...identity.groups, AUTHENTICATED_GROUP];
}

export class RbacAuthorizer {
  private readonly store: RbacStore;
  private readonly refreshAfterMs: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private current: { at: number; policy: RbacPolicy } | undefined;
  private loading: Promise<RbacPolicy> | undefined;

  constructor(opts: RbacAuthorizerOptions) {
    this.store = opts.store;
    this.maxAgeMs = opts.maxAgeMs ?? 2_000;
    this.refreshAfterMs = Math.min(opts.refreshAfterMs ?? 1_000, this.maxAgeMs);
    this.now = opts.now ?? Date.now;
  }

  /** Capstan's authorizer signature: whether RBAC allows `identity` this request. */
  async authorize(identity: Identity, verb: Verb | string, resource: Resource | string, namespace?: string, name?: string): Promise<boolean> {
    const attrs = requestAttributes(verb, resource, namespace, name);
    return attrs !== null && this.allows(identity, attrs);
  }

  /** Whether the rules bound to `identity` allow `attrs` (system:masters: always). */
  async allows(identity: Pick<Identity, 'user' | 'groups'>, attrs: RequestAttributes): Promise<boolean> {
    const groups = effectiveGroups(identity);
    if (groups.includes(MASTERS_GROUP)) return true;
    const policy = await this.policy();
    const namespace = isResourceRequest(attrs) ? attrs.namespace : undefined;
    return rulesAllow(policy.rulesFor(identity.user, groups, namespace), attrs);
  }

  /** The rules `identity` holds in `namespace` (and cluster-wide), split as SelfSubjectRulesReview does. */
  async rulesFor(identity: Pick<Identity, 'user' | 'groups'>, namespace: string | undefined): Promise<SubjectRules> {
    const policy = await this.policy();
    const rules = policy.rulesFor(identity.user, effectiveGroups(identity), namespace);
    return {
      resourceRules: rules.filter((r) => (r.nonResourceURLs ?? []).length === 0),
      nonResourceRules: rules.filter((r) => (r.nonResourceURLs ?? []).length > 0),
    };
  }

  /** The policy copy, reloading it as the module comment says. */
  async policy(): Promise<RbacPolicy> {
    const current = this.current;
    const age = current ? this.now() - current.at : Infinity;
    if (current && age < this.refreshAfterMs) return current.policy;
    const reload = this.reload();
    if (current && age < this.maxAgeMs) {
      reload.catch(() => {}); // the next request past maxAgeMs sees the failure
      return current.policy;
    }
    return reload;
  }

  private reload(): Promise<RbacPolicy> {
    if (this.loading) return this.loading;
    const started = this.now();
    const loading = Promise.all((['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'] as const).map((kind) => this.store.list(kind, {})))
      .then(([roles, clusterRoles, roleBindings, clusterRoleBindings]) => {
        const policy = new RbacPolicy({ roles: roles!.items, clusterRoles: clusterRoles!.items, roleBindings: roleBindings!.items, clusterRoleBindings: clusterRoleBindings!.items });
        this.current = { at: started, policy };
        return policy;
      })
      .finally(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    this.loading = loading;
    return loading;
  }
}
