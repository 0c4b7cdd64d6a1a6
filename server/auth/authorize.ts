/**
 * Who may do what (DESIGN §7). Admins may do everything; nodes get the node rules
 * (node-authorizer.ts: what their own pods need, and writes to their own Node, Lease and pods'
 * status); bootstrap tokens may only join a node (checked by joinNode itself, so here they may
 * do nothing); other identities nothing until their rules exist.
 *
 * The hook sees the identity, the verb, the resource (with its sub-resource), the object's
 * namespace and name, and details some rules need (a list's field selector). It may be async (a
 * node's rule looks up whether a pod is bound to it) and may throw FORBIDDEN itself with a more
 * precise message than the generic one.
 */
import { CapstanError } from '../errors.ts';
import type { KindName } from '../kinds/types.ts';
import type { Identity } from '../store/types.ts';
import { NodeAuthorizer, type NodeAuthorizerOptions } from './node-authorizer.ts';

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete';

/**
 * A kind, a kind's sub-resource (`Pod/status`, `Deployment/scale`, `Pod/log`), or a non-object
 * endpoint.
 */
export type Resource = KindName | `${KindName}/status` | `${KindName}/scale` | 'Pod/log' | 'metrics';

/** What a rule may need beyond verb, resource, namespace and name. */
export interface RequestDetails {
  /** The field selector of a list or watch, as the client sent it. */
  fieldSelector?: string;
}

export type Authorizer = (
  identity: Identity,
  verb: Verb,
  resource: Resource,
  namespace?: string,
  name?: string,
  details?: RequestDetails,
) => boolean | Promise<boolean>;

/** The policy without a store: admins everything, everyone else nothing. */
export const authorizeAdminsOnly: Authorizer = (identity) => identity.type === 'admin';

/** The cluster's policy: admins everything, nodes their rules (which read the store), others nothing. */
export function createAuthorizer(opts: NodeAuthorizerOptions): Authorizer {
  const nodes = new NodeAuthorizer(opts);
  return (identity, verb, resource, namespace, name, details) => {
    switch (identity.type) {
      case 'admin':
        return true;
      case 'node':
        return nodes.authorize(identity, verb, resource, namespace, name, details);
      case 'bootstrap':
      case 'serviceaccount':
      case 'user':
      default:
        return false;
    }
  };
}

/** The generic refusal: who, what, which object. */
export function forbidden(identity: Identity, verb: Verb, resource: Resource, namespace?: string, name?: string, why?: string): CapstanError {
  const target = `${resource}${name ? ` "${name}"` : ''}${namespace ? ` in namespace "${namespace}"` : ''}`;
  return new CapstanError('FORBIDDEN', `${identity.user} may not ${verb} ${target}${why ? `: ${why}` : ''}`);
}

/** Throws FORBIDDEN, naming what was refused, unless `authorizer` allows the request. */
export async function assertAllowed(
  authorizer: Authorizer,
  identity: Identity,
  verb: Verb,
  resource: Resource,
  namespace?: string,
  name?: string,
  details?: RequestDetails,
): Promise<void> {
  if (await authorizer(identity, verb, resource, namespace, name, details)) return;
  throw forbidden(identity, verb, resource, namespace, name);
}
