/**
 * Who may do what (DESIGN §7). Admins, and every member of system:masters, may do everything;
 * nodes get the node rules (node-authorizer.ts: what their own pods need, and writes to their own
 * Node, Lease and pods' status) and whatever RBAC grants them besides; service accounts and users
 * get exactly what their RoleBindings and ClusterRoleBindings grant (rbac-authorizer.ts);
 * bootstrap tokens may only join a node (checked by joinNode itself, so here they may do nothing).
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
import { MASTERS_GROUP, RbacAuthorizer, type RbacAuthorizerOptions } from './rbac-authorizer.ts';

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete';

/**
 * A kind, a kind's sub-resource (`Pod/status`, `Deployment/scale`, `Pod/log`), or a non-object
 * endpoint.
 */
export type Resource = KindName | `${KindName}/status` | `${KindName}/scale` | 'Pod/log' | 'Pod/binding' | 'metrics'
  | 'Pod/exec' | 'Pod/attach' | 'Pod/portforward' | 'ServiceAccount/token';

/** What a rule may need beyond verb, resource, namespace and name. */
export interface RequestDetails {
  /** The field selector of a list or watch, as the client sent it. */
  fieldSelector?: string;
  /** The label selector of a list or watch, as the client sent it. */
  labelSelector?: string;
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

export interface AuthorizerOptions extends NodeAuthorizerOptions {
  /** How fresh the RBAC policy copy is kept (rbac-authorizer.ts). */
  rbac?: Omit<RbacAuthorizerOptions, 'store'>;
}

/** The cluster's authorizer, with its RBAC half for callers that ask in RBAC's terms (canI, rule listings). */
export type ClusterAuthorizer = Authorizer & { rbac: RbacAuthorizer };

/** Whether `identity` may do everything: admins and members of system:masters (Kubernetes' privileged group). */
export function isPrivileged(identity: Identity): boolean {
  return identity.type === 'admin' || identity.groups.includes(MASTERS_GROUP);
}

/** The cluster's policy: admins everything, nodes their rules or RBAC, service accounts and users RBAC, others nothing. */
export function createAuthorizer(opts: AuthorizerOptions): ClusterAuthorizer {
  const nodes = new NodeAuthorizer(opts);
  const rbac = new RbacAuthorizer({ store: opts.store, ...opts.rbac });
  const authorize: Authorizer = async (identity, verb, resource, namespace, name, details) => {
    if (isPrivileged(identity)) return true;
    switch (identity.type) {
      case 'node': {
        // As Kubernetes' Node,RBAC modes: the node rules first; a refusal with its own reason
        // stands unless RBAC grants the request.
        let refusal: unknown;
        try {
          if (await nodes.authorize(identity, verb, resource, namespace, name, details)) return true;
        } catch (err) {
          if (!(err instanceof CapstanError && err.code === 'FORBIDDEN')) throw err;
          refusal = err;
        }
        if (await rbac.authorize(identity, verb, resource, namespace, name)) return true;
        if (refusal) throw refusal;
        return false;
      }
      case 'serviceaccount':
      case 'user':
        return rbac.authorize(identity, verb, resource, namespace, name);
      case 'bootstrap':
      default:
        return false;
    }
  };
  return Object.assign(authorize, { rbac });
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
