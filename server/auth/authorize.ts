/**
 * Who may do what. Today: admins may do everything and every other identity nothing. Node and
 * service-account rules (DESIGN §7) come later and plug in here: the hook sees the identity, the
 * verb, the resource (with its sub-resource) and the object's namespace and name, and may be
 * async (a node's rule must look up whether a pod is bound to it).
 */
import { CapstanError } from '../errors.ts';
import type { KindName } from '../kinds/types.ts';
import type { Identity } from '../store/types.ts';

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete';

/** A kind, a kind's sub-resource (`Pod/status`, `Deployment/scale`), or a non-object endpoint. */
export type Resource = KindName | `${KindName}/status` | `${KindName}/scale` | 'metrics';

export type Authorizer = (identity: Identity, verb: Verb, resource: Resource, namespace?: string, name?: string) => boolean | Promise<boolean>;

/** The default policy: deny unless a rule allows. */
export const authorize: Authorizer = (identity) => {
  switch (identity.type) {
    case 'admin':
      return true;
    case 'node':
    case 'bootstrap':
    case 'serviceaccount':
    case 'user':
      return false;
    default:
      return false;
  }
};

/** Throws FORBIDDEN, naming what was refused, unless `authorizer` allows the request. */
export async function assertAllowed(
  authorizer: Authorizer,
  identity: Identity,
  verb: Verb,
  resource: Resource,
  namespace?: string,
  name?: string,
): Promise<void> {
  if (await authorizer(identity, verb, resource, namespace, name)) return;
  const target = `${resource}${name ? ` "${name}"` : ''}${namespace ? ` in namespace "${namespace}"` : ''}`;
  throw new CapstanError('FORBIDDEN', `${identity.user} may not ${verb} ${target}`);
}
