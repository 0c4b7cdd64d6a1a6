/**
 * The review APIs kubectl's `auth` commands use: SelfSubjectAccessReview (`kubectl auth can-i`)
 * asks the cluster's authorizer the question on the caller's behalf; SelfSubjectReview
 * (`kubectl auth whoami`) says who the caller is.
 */
import type { Resource, Verb } from '../auth/authorize.ts';
import { CapstanError } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import type { KindName } from '../kinds/types.ts';
import type { ApiContext } from '../api/context.ts';
import { resourceByGroupAndPlural } from './api-resources.ts';
import { RestRequestError } from './status.ts';

const VERBS: Record<string, Verb> = {
  get: 'get',
  list: 'list',
  watch: 'watch',
  create: 'create',
  update: 'update',
  patch: 'patch',
  delete: 'delete',
  deletecollection: 'delete',
};

async function allowed(ctx: ApiContext, verb: Verb, resource: Resource, namespace?: string, name?: string): Promise<boolean> {
  try {
    await ctx.authorize(verb, resource, namespace, name);
    return true;
  } catch (err) {
    if (err instanceof CapstanError && err.code === 'FORBIDDEN') return false;
    throw err;
  }
}

interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  resource?: string;
  subresource?: string;
  name?: string;
}

/** Whether the caller may do what `attrs` describe, and why not. */
async function decide(ctx: ApiContext, attrs: ResourceAttributes): Promise<{ allowed: boolean; reason?: string }> {
  const verbs = attrs.verb === '*' ? Object.values(VERBS) : attrs.verb && VERBS[attrs.verb] ? [VERBS[attrs.verb]!] : [];
  if (verbs.length === 0) return { allowed: false, reason: `Capstan has no rules for the verb "${attrs.verb ?? ''}"` };
  let kinds: KindName[];
  if (attrs.resource === '*') kinds = (Object.keys(KINDS) as KindName[]).filter((k) => attrs.group === '*' || attrs.group === undefined || KINDS[k].apiVersion.startsWith(`${attrs.group}/`) || (attrs.group === '' && !KINDS[k].apiVersion.includes('/')));
  else {
    const r = resourceByGroupAndPlural(attrs.group ?? '', attrs.resource ?? '');
    if (!r) return { allowed: false, reason: `the server does not serve resource "${attrs.resource ?? ''}" in API group "${attrs.group ?? ''}"` };
    kinds = [r.kind];
  }
  const namespace = attrs.namespace || undefined;
  for (const kind of kinds) {
    const resource = (attrs.subresource ? `${kind}/${attrs.subresource}` : kind) as Resource;
    for (const verb of verbs) {
      if (!(await allowed(ctx, verb, resource, KINDS[kind].namespaced ? namespace : undefined, attrs.name || undefined))) return { allowed: false };
    }
  }
  return { allowed: true };
}

export async function selfSubjectAccessReview(ctx: ApiContext, body: unknown): Promise<Record<string, unknown>> {
  const spec = (body as { spec?: { resourceAttributes?: ResourceAttributes; nonResourceAttributes?: { path?: string; verb?: string } } })?.spec;
  if (!spec || (!spec.resourceAttributes && !spec.nonResourceAttributes)) {
    throw new RestRequestError(400, 'spec.resourceAttributes or spec.nonResourceAttributes is required');
  }
  let status: { allowed: boolean; reason?: string };
  if (spec.resourceAttributes) status = await decide(ctx, spec.resourceAttributes);
  else {
    const path = spec.nonResourceAttributes!.path ?? '';
    status = path === '/metrics' && spec.nonResourceAttributes!.verb === 'get' ? { allowed: await allowed(ctx, 'get', 'metrics') } : { allowed: ctx.identity.type === 'admin' };
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
