/**
 * The review APIs kubectl's `auth` commands use: SelfSubjectAccessReview (`kubectl auth can-i`)
 * asks the cluster's authorizer the question on the caller's behalf, through the same `canI`
 * that GraphQL serves (RBAC verbs such as `deletecollection`, `bind` and `escalate`, wildcards
 * and non-resource URLs included); SelfSubjectReview (`kubectl auth whoami`) says who the caller is.
 */
import { CapstanError } from '../errors.ts';
import type { ApiContext } from '../api/context.ts';
import { canIResolver } from '../api/rbac-resolvers.ts';
import { RestRequestError } from './status.ts';

interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  resource?: string;
  subresource?: string;
  name?: string;
}

async function decide(ctx: ApiContext, verb: string, resource: string, attrs: Omit<ResourceAttributes, 'verb' | 'group' | 'resource'>): Promise<{ allowed: boolean; reason?: string }> {
  try {
    const allowed = await canIResolver(
      undefined,
      { verb, resource, namespace: attrs.namespace || null, name: attrs.name || null, subresource: attrs.subresource || null },
      ctx,
    );
    return { allowed };
  } catch (err) {
    // A resource the server does not serve: not allowed, and why (kubectl prints a warning).
    if (err instanceof CapstanError && err.code === 'INVALID') return { allowed: false, reason: err.message };
    throw err;
  }
}

export async function selfSubjectAccessReview(ctx: ApiContext, body: unknown): Promise<Record<string, unknown>> {
  const spec = (body as { spec?: { resourceAttributes?: ResourceAttributes; nonResourceAttributes?: { path?: string; verb?: string } } })?.spec;
  if (!spec || (!spec.resourceAttributes && !spec.nonResourceAttributes)) {
    throw new RestRequestError(400, 'spec.resourceAttributes or spec.nonResourceAttributes is required');
  }
  let status: { allowed: boolean; reason?: string };
  if (spec.resourceAttributes) {
    const a = spec.resourceAttributes;
    const resource = a.group && a.group !== '' && a.resource !== '*' ? `${a.resource ?? ''}.${a.group}` : (a.resource ?? '');
    status = await decide(ctx, a.verb ?? '', resource, a);
  } else {
    status = await decide(ctx, spec.nonResourceAttributes!.verb ?? '', spec.nonResourceAttributes!.path ?? '/', {});
  }
  return { kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', metadata: {}, spec, status };
}

export function selfSubjectReview(ctx: ApiContext): Record<string, unknown> {
  return {
    kind: 'SelfSubjectReview',
    apiVersion: 'authentication.k8s.io/v1',
    metadata: {},
    status: { userInfo: { username: ctx.identity.user, groups: ctx.identity.groups } },
  };
}
