/**
 * RBAC's questions and credentials over GraphQL: `canI` (SelfSubjectAccessReview, `kubectl auth
 * can-i`), `authorizedActions` (SelfSubjectRulesReview, `can-i --list`) and `createUserToken`.
 */
import { isPrivileged, type ClusterAuthorizer, type Resource, type Verb } from '../auth/authorize.ts';
import { MASTERS_GROUP } from '../auth/rbac-authorizer.ts';
import type { PolicyRule, RequestAttributes } from '../auth/rbac-rules.ts';
import { SERVICE_ACCOUNT_PREFIX } from '../auth/rbac-rules.ts';
import { createUserToken } from '../auth/user-token.ts';
import { resolveBoundTokenSettings } from '../auth/bound-token.ts';
import { ensureSigningKey } from '../auth/signing-key.ts';
import { issueServiceAccountToken } from '../auth/token-request.ts';
import { CapstanError } from '../errors.ts';
import { apiGroup } from '../kinds/kind-definition.ts';
import { kindFor } from '../kinds/registry.ts';
import type { Identity } from '../store/types.ts';
import type { ApiContext } from './context.ts';
import type { MutationCreateServiceAccountTokenArgs, MutationCreateUserTokenArgs, QueryAuthorizedActionsArgs, QueryCanIArgs } from './generated/graphql.ts';

/** Everything, as the rules of cluster-admin say it: what privileged identities hold whatever is bound. */
const EVERYTHING: PolicyRule[] = [
  { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
  { verbs: ['*'], nonResourceURLs: ['*'] },
];

/** The identity asked about: the caller, or (system:masters only) the one named by `as`. */
function subjectOf(ctx: ApiContext, as: string | null | undefined, asGroups: readonly string[] | null | undefined): Identity {
  if (!as) {
    if (asGroups?.length) throw new CapstanError('INVALID', 'asGroups: may be given only with as');
    return ctx.identity;
  }
  if (!isPrivileged(ctx.identity)) throw new CapstanError('FORBIDDEN', `${ctx.identity.user} may not ask on behalf of others: only members of ${MASTERS_GROUP} may`);
  const groups = [...(asGroups ?? [])];
  if (as.startsWith(SERVICE_ACCOUNT_PREFIX)) {
    const namespace = as.slice(SERVICE_ACCOUNT_PREFIX.length).split(':')[0] ?? '';
    groups.push('system:serviceaccounts', `system:serviceaccounts:${namespace}`);
    return { user: as, groups, type: 'serviceaccount' };
  }
  return { user: as, groups, type: as.startsWith('system:node:') ? 'node' : 'user' };
}

interface AccessRequest {
  /** Capstan's name of the resource, when the request is about a kind Capstan serves. */
  resource?: string;
  rbac: RequestAttributes;
}

/** `pods`, `pods/log`, `deployments.apps`, `Pod`, `*`, `/metrics` → what the authorizers take. */
export function accessRequest(verb: string, resource: string, namespace?: string, name?: string, subresource?: string): AccessRequest {
  if (resource.startsWith('/')) return { resource: resource === '/metrics' ? 'metrics' : undefined, rbac: { verb, path: resource } };
  const slash = resource.indexOf('/');
  const base = slash < 0 ? resource : resource.slice(0, slash);
  const sub = subresource || (slash < 0 ? '' : resource.slice(slash + 1));
  if (base === '*') return { rbac: { verb, apiGroup: '*', resource: '*', subresource: sub, ...(namespace ? { namespace } : {}), ...(name ? { name } : {}) } };
  const def = kindFor(base);
  if (!def) throw new CapstanError('INVALID', `resource: the server doesn't have a resource type "${base}"`, [{ field: 'resource', message: `unknown resource "${base}"` }]);
  const ns = def.namespaced ? namespace || undefined : undefined;
  return {
    resource: sub ? `${def.kind}/${sub}` : def.kind,
    rbac: { verb, apiGroup: apiGroup(def.apiVersion), resource: def.plural, subresource: sub, ...(ns ? { namespace: ns } : {}), ...(name ? { name } : {}) },
  };
}

export async function canIResolver(_: unknown, args: QueryCanIArgs, ctx: ApiContext): Promise<boolean> {
  const identity = subjectOf(ctx, args.as, args.asGroups);
  const request = accessRequest(args.verb, args.resource, args.namespace ?? undefined, args.name ?? undefined, args.subresource ?? undefined);
  if (isPrivileged(identity)) return true;
  if (request.resource) {
    const rbac = request.rbac;
    try {
      return await ctx.authorizer(identity, args.verb as Verb, request.resource as Resource, 'namespace' in rbac ? rbac.namespace : undefined, args.name ?? undefined);
    } catch (err) {
      if (err instanceof CapstanError && err.code === 'FORBIDDEN') return false;
      throw err;
    }
  }
  // Wildcards and URLs without a Capstan name: only RBAC can answer.
  const { rbac } = ctx.authorizer as Partial<ClusterAuthorizer>;
  if (!rbac || identity.type === 'bootstrap') return false;
  return rbac.allows(identity, request.rbac);
}

export async function authorizedActionsResolver(_: unknown, args: QueryAuthorizedActionsArgs, ctx: ApiContext) {
  const identity = subjectOf(ctx, args.as, args.asGroups);
  const namespace = args.namespace || 'default';
  const { rbac } = ctx.authorizer as Partial<ClusterAuthorizer>;
  const rules = rbac ? await rbac.rulesFor(identity, namespace) : { resourceRules: [], nonResourceRules: [] };
  if (isPrivileged(identity)) {
    rules.resourceRules.unshift(EVERYTHING[0]!);
    rules.nonResourceRules.unshift(EVERYTHING[1]!);
  }
  return {
    user: identity.user,
    groups: identity.groups,
    ...rules,
    // Nodes' own rules and bootstrap tokens' joinNode are decided outside RBAC; without RBAC, nothing is listed.
    incomplete: !rbac || identity.type === 'node' || identity.type === 'bootstrap',
  };
}

export async function createUserTokenResolver(_: unknown, args: MutationCreateUserTokenArgs, ctx: ApiContext) {
  if (!isPrivileged(ctx.identity)) throw new CapstanError('FORBIDDEN', `${ctx.identity.user} may not create user tokens: only members of ${MASTERS_GROUP} may`);
  const created = await createUserToken(ctx.store.tokens, { user: args.user, groups: args.groups ?? [], expirationSeconds: args.expirationSeconds ?? undefined });
  ctx.logger.info({ by: ctx.identity.user, user: created.user, groups: created.groups, expiresAt: created.expiresAt?.toISOString() ?? null }, 'user token created');
  return { token: created.token, user: created.user, groups: created.groups, expiresAt: created.expiresAt?.toISOString() ?? null };
}

/** TokenRequest: a bound token of a ServiceAccount (auth/token-request.ts). */
export async function createServiceAccountTokenResolver(_: unknown, args: MutationCreateServiceAccountTokenArgs, ctx: ApiContext) {
  await ctx.authorize('create', 'ServiceAccount/token', args.namespace, args.name);
  const issued = await issueServiceAccountToken(
    { store: ctx.store, signingKey: () => ensureSigningKey(ctx.store), settings: resolveBoundTokenSettings() },
    ctx.identity,
    args.namespace,
    args.name,
    { audiences: args.audiences, expirationSeconds: args.expirationSeconds, boundObjectRef: args.boundObjectRef },
  );
  return { token: issued.token, expirationTimestamp: issued.expirationTimestamp, audiences: issued.spec.audiences, expirationSeconds: issued.spec.expirationSeconds };
}
