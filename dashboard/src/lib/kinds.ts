/**
 * The kinds the dashboard watches and the fields it reads of each (GraphQL asks for fields by
 * name): one fragment per kind in dashboard/src/kinds.graphql, typed by `npm run codegen`. One
 * place, so a page never asks for fields another page's watch did not fetch. Tables here are
 * keyed by the kind table's names (api/kinds.ts), so a kind added there fails to compile until
 * the dashboard has its fragment and fields.
 */
import * as Ops from '../../../api/generated/operations.ts';
import type { KindName } from '../../../api/kinds.ts';
import type { TypedDocument } from '../../../api/typed-document.ts';

export type Kind = KindName;

/** The fragment per kind (dashboard/src/kinds.graphql) that its watch and list documents spread. */
const FRAGMENTS = {
  Namespace: Ops.DashboardNamespaceFragmentDocument,
  Node: Ops.DashboardNodeFragmentDocument,
  Pod: Ops.DashboardPodFragmentDocument,
  ReplicaSet: Ops.DashboardReplicaSetFragmentDocument,
  ReplicationController: Ops.DashboardReplicationControllerFragmentDocument,
  DaemonSet: Ops.DashboardDaemonSetFragmentDocument,
  StatefulSet: Ops.DashboardStatefulSetFragmentDocument,
  Deployment: Ops.DashboardDeploymentFragmentDocument,
  Service: Ops.DashboardServiceFragmentDocument,
  Endpoints: Ops.DashboardEndpointsFragmentDocument,
  ServiceAccount: Ops.DashboardServiceAccountFragmentDocument,
  Secret: Ops.DashboardSecretFragmentDocument,
  ConfigMap: Ops.DashboardConfigMapFragmentDocument,
  Lease: Ops.DashboardLeaseFragmentDocument,
  Job: Ops.DashboardJobFragmentDocument,
  CronJob: Ops.DashboardCronJobFragmentDocument,
  PersistentVolume: Ops.DashboardPersistentVolumeFragmentDocument,
  PersistentVolumeClaim: Ops.DashboardPersistentVolumeClaimFragmentDocument,
  StorageClass: Ops.DashboardStorageClassFragmentDocument,
  Role: Ops.DashboardRoleFragmentDocument,
  ClusterRole: Ops.DashboardClusterRoleFragmentDocument,
  RoleBinding: Ops.DashboardRoleBindingFragmentDocument,
  ClusterRoleBinding: Ops.DashboardClusterRoleBindingFragmentDocument,
  PriorityClass: Ops.DashboardPriorityClassFragmentDocument,
  ResourceQuota: Ops.DashboardResourceQuotaFragmentDocument,
  LimitRange: Ops.DashboardLimitRangeFragmentDocument,
  Event: Ops.DashboardEventFragmentDocument,
} satisfies Record<Kind, TypedDocument<unknown, never>>;

/** The fields the dashboard holds of each kind: its fragment's generated type. */
export interface KindObjects {
  Namespace: Ops.DashboardNamespaceFragment;
  Node: Ops.DashboardNodeFragment;
  Pod: Ops.DashboardPodFragment;
  ReplicaSet: Ops.DashboardReplicaSetFragment;
  ReplicationController: Ops.DashboardReplicationControllerFragment;
  DaemonSet: Ops.DashboardDaemonSetFragment;
  StatefulSet: Ops.DashboardStatefulSetFragment;
  Deployment: Ops.DashboardDeploymentFragment;
  Service: Ops.DashboardServiceFragment;
  Endpoints: Ops.DashboardEndpointsFragment;
  ServiceAccount: Ops.DashboardServiceAccountFragment;
  Secret: Ops.DashboardSecretFragment;
  ConfigMap: Ops.DashboardConfigMapFragment;
  Lease: Ops.DashboardLeaseFragment;
  Job: Ops.DashboardJobFragment;
  CronJob: Ops.DashboardCronJobFragment;
  PersistentVolume: Ops.DashboardPersistentVolumeFragment;
  PersistentVolumeClaim: Ops.DashboardPersistentVolumeClaimFragment;
  StorageClass: Ops.DashboardStorageClassFragment;
  Role: Ops.DashboardRoleFragment;
  ClusterRole: Ops.DashboardClusterRoleFragment;
  RoleBinding: Ops.DashboardRoleBindingFragment;
  ClusterRoleBinding: Ops.DashboardClusterRoleBindingFragment;
  PriorityClass: Ops.DashboardPriorityClassFragment;
  ResourceQuota: Ops.DashboardResourceQuotaFragment;
  LimitRange: Ops.DashboardLimitRangeFragment;
  Event: Ops.DashboardEventFragment;
}

/** An object of `kind` as the dashboard holds it: typed by its fragment, any other field open. */
export type ObjectOf<K extends Kind> = K8sObject & KindObjects[K];

/** The fragment text a document of `kind` appends, and the spread that uses it. */
function fields(kind: Kind): { spread: string; fragments: string } {
  return { spread: `...Dashboard${kind}`, fragments: FRAGMENTS[kind] };
}

/** Subscription field per kind (`watchEndpoints` is singular like its kind). */
const WATCH_FIELD: Record<Kind, string> = {
  Namespace: 'watchNamespaces',
  Node: 'watchNodes',
  Pod: 'watchPods',
  ReplicaSet: 'watchReplicaSets',
  ReplicationController: 'watchReplicationControllers',
  DaemonSet: 'watchDaemonSets',
  StatefulSet: 'watchStatefulSets',
  Deployment: 'watchDeployments',
  Service: 'watchServices',
  Endpoints: 'watchEndpoints',
  ServiceAccount: 'watchServiceAccounts',
  Secret: 'watchSecrets',
  ConfigMap: 'watchConfigMaps',
  Lease: 'watchLeases',
  Event: 'watchEvents',
  Job: 'watchJobs',
  CronJob: 'watchCronJobs',
  PersistentVolume: 'watchPersistentVolumes',
  PersistentVolumeClaim: 'watchPersistentVolumeClaims',
  StorageClass: 'watchStorageClasses',
  Role: 'watchRoles',
  ClusterRole: 'watchClusterRoles',
  RoleBinding: 'watchRoleBindings',
  ClusterRoleBinding: 'watchClusterRoleBindings',
  PriorityClass: 'watchPriorityClasses',
  ResourceQuota: 'watchResourceQuotas',
  LimitRange: 'watchLimitRanges',
};

export const CLUSTER_SCOPED: ReadonlySet<Kind> = new Set(['Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'PriorityClass']);

export function watchField(kind: Kind): string {
  return WATCH_FIELD[kind];
}

export function watchDocument(kind: Kind): string {
  return `subscription Watch${kind}($resourceVersion: String!) {
  ${WATCH_FIELD[kind]}(resourceVersion: $resourceVersion) { type resourceVersion object { ${fields(kind).spread} } }
}
${fields(kind).fragments}`;
}

/** List field per kind (Endpoints' plural is its own). */
const LIST_FIELD: Record<Kind, string> = {
  Namespace: 'namespaces',
  Node: 'nodes',
  Pod: 'pods',
  ReplicaSet: 'replicaSets',
  ReplicationController: 'replicationControllers',
  DaemonSet: 'daemonSets',
  StatefulSet: 'statefulSets',
  Deployment: 'deployments',
  Service: 'services',
  Endpoints: 'endpointsList',
  ServiceAccount: 'serviceAccounts',
  Secret: 'secrets',
  ConfigMap: 'configMaps',
  Lease: 'leases',
  Event: 'events',
  Job: 'jobs',
  CronJob: 'cronJobs',
  PersistentVolume: 'persistentVolumes',
  PersistentVolumeClaim: 'persistentVolumeClaims',
  StorageClass: 'storageClasses',
  Role: 'roles',
  ClusterRole: 'clusterRoles',
  RoleBinding: 'roleBindings',
  ClusterRoleBinding: 'clusterRoleBindings',
  PriorityClass: 'priorityClasses',
  ResourceQuota: 'resourceQuotas',
  LimitRange: 'limitRanges',
};

export function listField(kind: Kind): string {
  return LIST_FIELD[kind];
}

/** One page of a consistent list; every page carries the first page's revision. */
export function listDocument(kind: Kind): string {
  return `query List${kind}($limit: Int, $continue: String) {
  ${LIST_FIELD[kind]}(limit: $limit, continue: $continue) { metadata { resourceVersion continue } items { ${fields(kind).spread} } }
}
${fields(kind).fragments}`;
}

/** The objects as the dashboard holds them: Kubernetes-shaped JSON. */
export interface K8sObject {
  kind?: string;
  metadata: {
    name: string;
    namespace?: string | null;
    uid: string;
    resourceVersion?: string;
    generation?: number;
    labels?: Record<string, string> | null;
    annotations?: Record<string, string> | null;
    creationTimestamp?: string;
    deletionTimestamp?: string | null;
    ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean | null }[] | null;
  };
  [field: string]: any;
}

/** Every kind the dashboard knows (all the server serves: checked against its registry by the unit tests). */
export const KINDS = Object.keys(FRAGMENTS) as Kind[];

export function isKind(s: string): s is Kind {
  return Object.prototype.hasOwnProperty.call(FRAGMENTS, s);
}

export function isNamespaced(kind: Kind): boolean {
  return !CLUSTER_SCOPED.has(kind);
}
