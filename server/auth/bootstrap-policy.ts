/**
 * The default ClusterRoles and ClusterRoleBindings every cluster starts with (Kubernetes'
 * bootstrap policy, plugin/pkg/auth/authorizer/rbac/bootstrappolicy), made at server start.
 *
 * - `cluster-admin`: everything; bound to group system:masters (the admin token's group).
 * - `admin`, `edit`, `view`: aggregated (cluster-role-aggregation.ts) from every ClusterRole
 *   labelled `rbac.authorization.k8s.io/aggregate-to-<name>: "true"`; edit aggregates into admin
 *   and view into edit, so each includes the next. Their own rules come from
 *   `system:aggregate-to-admin|edit|view`, as in Kubernetes. view reads everything but Secrets.
 * - `system:basic-user`, `system:discovery`, `system:public-info-viewer`: bound to
 *   system:authenticated; `system:monitoring`: GET /metrics, bound to group system:monitoring.
 *
 * Idempotent as Kubernetes' reconciliation is: missing objects are created; objects annotated
 * `rbac.authorization.kubernetes.io/autoupdate: "true"` get missing rules, labels and subjects
 * added (never removed); setting the annotation to "false" leaves an object as the operator made it.
 */
import type { Logger } from 'pino';
import { CapstanError } from '../errors.ts';
import { deepEqual } from '../kinds/deep-equal.ts';
import { RBAC_API_VERSION, RBAC_GROUP } from '../kinds/rbac-validation.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import { AUTHENTICATED_GROUP, MASTERS_GROUP } from './rbac-authorizer.ts';
import type { PolicyRule } from './rbac-rules.ts';

export const AUTOUPDATE_ANNOTATION = 'rbac.authorization.kubernetes.io/autoupdate';
export const AGGREGATE_TO = (role: 'admin' | 'edit' | 'view') => `rbac.authorization.k8s.io/aggregate-to-${role}`;
const BOOTSTRAPPING_LABEL = 'kubernetes.io/bootstrapping';

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];

function rule(verbs: string[], apiGroups: string[], resources: string[]): PolicyRule {
  return { verbs, apiGroups, resources };
}

function clusterRole(name: string, rules: PolicyRule[], labels: Record<string, string> = {}, aggregateFrom?: string): KObject {
  const role: KObject = {
    apiVersion: RBAC_API_VERSION,
    kind: 'ClusterRole',
    metadata: { name, labels: { [BOOTSTRAPPING_LABEL]: 'rbac-defaults', ...labels }, annotations: { [AUTOUPDATE_ANNOTATION]: 'true' } },
    rules,
  };
  if (aggregateFrom) role.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [aggregateFrom]: 'true' } }] };
  return role;
}

function clusterRoleBinding(name: string, role: string, subjects: Array<{ kind: 'Group' | 'User'; name: string }>): KObject {
  return {
    apiVersion: RBAC_API_VERSION,
    kind: 'ClusterRoleBinding',
    metadata: { name, labels: { [BOOTSTRAPPING_LABEL]: 'rbac-defaults' }, annotations: { [AUTOUPDATE_ANNOTATION]: 'true' } },
    roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: role },
    subjects: subjects.map((s) => ({ ...s, apiGroup: RBAC_GROUP })),
  };
}

/** The default ClusterRoles, in Kubernetes' words (resources Capstan does not serve are kept, so manifests carry over). */
export function bootstrapClusterRoles(): KObject[] {
  return [
    clusterRole('cluster-admin', [rule(['*'], ['*'], ['*']), { verbs: ['*'], nonResourceURLs: ['*'] }]),
    clusterRole('admin', [], {}, AGGREGATE_TO('admin')),
    clusterRole('edit', [], { [AGGREGATE_TO('admin')]: 'true' }, AGGREGATE_TO('edit')),
    clusterRole('view', [], { [AGGREGATE_TO('edit')]: 'true' }, AGGREGATE_TO('view')),
    clusterRole('system:aggregate-to-admin', [rule([...READ, ...WRITE], ['rbac.authorization.k8s.io'], ['rolebindings', 'roles'])], { [AGGREGATE_TO('admin')]: 'true' }),
    clusterRole(
      'system:aggregate-to-edit',
      [
        rule(['create', 'delete', 'deletecollection', 'patch', 'update'], [''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy']),
        rule(['create'], [''], ['pods/eviction']),
        rule([...READ, ...WRITE], [''], ['configmaps', 'endpoints', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy']),
        rule(['create'], [''], ['serviceaccounts/token']),
        rule([...READ, ...WRITE], ['apps'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale']),
        rule([...READ, ...WRITE], ['batch'], ['cronjobs', 'jobs']),
        rule([...READ, ...WRITE], ['coordination.k8s.io'], ['leases']),
        rule(['impersonate'], [''], ['serviceaccounts']),
      ],
      { [AGGREGATE_TO('edit')]: 'true' },
    ),
    clusterRole(
      'system:aggregate-to-view',
      [
        rule(READ, [''], ['configmaps', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status']),
        rule(READ, [''], ['bindings', 'events', 'limitranges', 'namespaces/status', 'pods/log', 'pods/status', 'replicationcontrollers/status', 'resourcequotas', 'resourcequotas/status']),
        rule(READ, [''], ['namespaces']),
        rule(READ, ['apps'], ['controllerrevisions', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'replicasets', 'replicasets/scale', 'replicasets/status', 'statefulsets', 'statefulsets/scale', 'statefulsets/status']),
        rule(READ, ['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status']),
        rule(READ, ['coordination.k8s.io'], ['leases']),
      ],
      { [AGGREGATE_TO('view')]: 'true' },
    ),
    clusterRole('system:basic-user', [rule(['create'], ['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'])]),
    clusterRole('system:discovery', [{ verbs: ['get'], nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'] }]),
    clusterRole('system:public-info-viewer', [{ verbs: ['get'], nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'] }]),
    clusterRole('system:monitoring', [{ verbs: ['get'], nonResourceURLs: ['/healthz', '/healthz/*', '/livez', '/livez/*', '/metrics', '/metrics/slis', '/readyz', '/readyz/*'] }]),
  ];
}

export function bootstrapClusterRoleBindings(): KObject[] {
  return [
    clusterRoleBinding('cluster-admin', 'cluster-admin', [{ kind: 'Group', name: MASTERS_GROUP }]),
    clusterRoleBinding('system:basic-user', 'system:basic-user', [{ kind: 'Group', name: AUTHENTICATED_GROUP }]),
    clusterRoleBinding('system:discovery', 'system:discovery', [{ kind: 'Group', name: AUTHENTICATED_GROUP }]),
    clusterRoleBinding('system:public-info-viewer', 'system:public-info-viewer', [{ kind: 'Group', name: AUTHENTICATED_GROUP }, { kind: 'Group', name: 'system:unauthenticated' }]),
    clusterRoleBinding('system:monitoring', 'system:monitoring', [{ kind: 'Group', name: 'system:monitoring' }]),
  ];
}

/** What ensureBootstrapPolicy writes through (the Store). */
export interface BootstrapPolicyStore {
  get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null>;
  create(kind: KindName, namespace: string | undefined, obj: KObject): Promise<KObject>;
  replace(kind: KindName, namespace: string | undefined, name: string, obj: KObject, opts?: { resourceVersion?: string }): Promise<KObject>;
}

function union<T>(existing: readonly T[], wanted: readonly T[]): T[] {
  const out = [...existing];
  for (const w of wanted) if (!out.some((e) => deepEqual(e, w))) out.push(w);
  return out;
}

/**
 * `existing` with what `wanted` adds (labels, rules or subjects, the aggregation rule), or null
 * when nothing is missing or the operator turned auto-update off.
 */
export function reconcileDefault(existing: KObject, wanted: KObject): KObject | null {
  if (existing.metadata.annotations?.[AUTOUPDATE_ANNOTATION] === 'false') return null;
  const next: KObject = structuredClone(existing);
  next.metadata.labels = { ...wanted.metadata.labels, ...existing.metadata.labels };
  next.metadata.annotations = { ...wanted.metadata.annotations, ...existing.metadata.annotations };
  if (wanted.kind === 'ClusterRole') {
    if (wanted.aggregationRule) {
      // Aggregated rules belong to the aggregation controller; only the selectors are ensured.
      next.aggregationRule = { clusterRoleSelectors: union(existing.aggregationRule?.clusterRoleSelectors ?? [], wanted.aggregationRule.clusterRoleSelectors) };
    } else {
      next.rules = union(existing.rules ?? [], wanted.rules ?? []);
    }
  } else {
    next.subjects = union(existing.subjects ?? [], wanted.subjects ?? []);
  }
  return deepEqual(next, existing) ? null : next;
}

/** Creates the default roles and bindings that are missing and completes those that may be updated. */
export async function ensureBootstrapPolicy(store: BootstrapPolicyStore, logger?: Logger): Promise<void> {
  const wanted = [...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings()];
  const changed: string[] = [];
  for (const obj of wanted) {
    const kind = obj.kind as KindName;
    // A few attempts: other API servers starting at the same time write the same objects.
    for (let attempt = 0; ; attempt++) {
      try {
        const existing = await store.get(kind, undefined, obj.metadata.name);
        if (!existing) {
          await store.create(kind, undefined, structuredClone(obj));
          changed.push(`${kind}/${obj.metadata.name}`);
        } else {
          const next = reconcileDefault(existing, obj);
          if (next) {
            await store.replace(kind, undefined, obj.metadata.name, next, { resourceVersion: existing.metadata.resourceVersion });
            changed.push(`${kind}/${obj.metadata.name}`);
          }
        }
        break;
      } catch (err) {
        const racing = err instanceof CapstanError && (err.code === 'ALREADY_EXISTS' || err.code === 'CONFLICT');
        if (!racing || attempt >= 4) throw err;
      }
    }
  }
  if (changed.length > 0) logger?.info({ objects: changed }, 'RBAC bootstrap policy written');
}
