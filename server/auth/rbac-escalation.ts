/**
 * Kubernetes' privilege-escalation prevention for RBAC writes
 * (pkg/registry/rbac/{role,clusterrole,rolebinding,clusterrolebinding}/policybased): being allowed
 * to write Roles and bindings does not let anyone grant what they do not hold.
 *
 * - A Role or ClusterRole may be created or changed only by someone who holds every permission in
 *   it (in the Role's namespace; cluster-wide for a ClusterRole), or who may `escalate` it. An
 *   `aggregationRule` takes system:masters or `escalate`.
 * - A RoleBinding or ClusterRoleBinding may be written only by someone who holds every permission
 *   of the role it references (where the binding grants it), or who may `bind` that role.
 *
 * Members of system:masters skip the checks. Without an RBAC authorizer (tests that plug in their
 * own policy) there is nothing to escalate through and nothing is checked.
 */
import { isPrivileged, type Authorizer, type ClusterAuthorizer } from './authorize.ts';
import { CapstanError } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import { RBAC_GROUP } from '../kinds/rbac-validation.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import type { Identity } from '../store/types.ts';
import { ruleCovered, type PolicyRule } from './rbac-rules.ts';

const RBAC_KINDS = new Set<KindName>(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

export function isRbacKind(kind: KindName): boolean {
  return RBAC_KINDS.has(kind);
}

export interface EscalationContext {
  identity: Identity;
  authorizer: Authorizer;
  store: { get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null> };
}

function refuse(identity: Identity, kind: KindName, name: string, why: string): CapstanError {
  const groups = identity.groups.length ? ` (groups=${JSON.stringify(identity.groups)})` : '';
  return new CapstanError('FORBIDDEN', `${KINDS[kind].plural}.${RBAC_GROUP} "${name}" is forbidden: user "${identity.user}"${groups} ${why}`);
}

function describeRule(rule: PolicyRule): string {
  const parts: string[] = [];
  if (rule.apiGroups?.length) parts.push(`APIGroups:${JSON.stringify(rule.apiGroups)}`);
  if (rule.resources?.length) parts.push(`Resources:${JSON.stringify(rule.resources)}`);
  if (rule.resourceNames?.length) parts.push(`ResourceNames:${JSON.stringify(rule.resourceNames)}`);
  if (rule.nonResourceURLs?.length) parts.push(`NonResourceURLs:${JSON.stringify(rule.nonResourceURLs)}`);
  parts.push(`Verbs:${JSON.stringify(rule.verbs)}`);
  return `{${parts.join(', ')}}`;
}

/**
 * Throws FORBIDDEN when writing `obj` (of `kind`, in `namespace`, as it will be stored) would let
 * the caller grant permissions it does not hold. A no-op for other kinds.
 */
export async function assertNoEscalation(ctx: EscalationContext, kind: KindName, namespace: string | undefined, obj: KObject): Promise<void> {
  if (!RBAC_KINDS.has(kind) || isPrivileged(ctx.identity)) return;
  const { rbac } = ctx.authorizer as Partial<ClusterAuthorizer>;
  if (!rbac) return;
  const ns = KINDS[kind].namespaced ? namespace : undefined;
  const name = obj.metadata?.name ?? '';
  const identity = ctx.identity;

  let wanted: PolicyRule[];
  if (kind === 'Role' || kind === 'ClusterRole') {
    const escalate = { verb: 'escalate', apiGroup: RBAC_GROUP, resource: KINDS[kind].plural, subresource: '', ...(ns ? { namespace: ns } : {}), ...(name ? { name } : {}) };
    if (await rbac.allows(identity, escalate)) return;
    if (kind === 'ClusterRole' && obj.aggregationRule) throw refuse(identity, kind, name, 'must have cluster-admin privileges to use the aggregationRule');
    wanted = Array.isArray(obj.rules) ? obj.rules : [];
  } else {
    const ref = obj.roleRef ?? {};
    const refKind: KindName = ref.kind === 'Role' ? 'Role' : 'ClusterRole';
    const bind = { verb: 'bind', apiGroup: RBAC_GROUP, resource: KINDS[refKind].plural, subresource: '', ...(ns ? { namespace: ns } : {}), name: ref.name ?? '' };
    if (await rbac.allows(identity, bind)) return;
    const role = await ctx.store.get(refKind, refKind === 'Role' ? ns : undefined, ref.name ?? '');
    if (!role) throw refuse(identity, kind, name, `may not bind ${refKind} "${ref.name}": it does not exist (only those who may bind it may)`);
    wanted = Array.isArray(role.rules) ? role.rules : [];
  }
  const held = await rbac.rulesFor(identity, ns);
  const all = [...held.resourceRules, ...held.nonResourceRules];
  const missing = wanted.filter((rule) => rule && Array.isArray(rule.verbs) && !ruleCovered(all, rule));
  if (missing.length > 0) throw refuse(identity, kind, name, `is attempting to grant RBAC permissions not currently held:\n${missing.map(describeRule).join('\n')}`);
}
