/**
 * The kind table: every kind Capstan serves, with the names users type, its apiVersion, scope and
 * GraphQL field names. The server's kind registry, the workers, the CLI, the dashboard and the
 * node agent all read it, so a kind is named in one place. Tables keyed by kind elsewhere are
 * written `{…} satisfies Record<KindName, …>`: adding a kind here makes each of them fail to
 * compile until it has an entry.
 *
 * Pure data, no imports: the browser and the node agent load it as it is.
 */

/** Every kind, in the order `kubectl api-resources`-like listings show them. */
export const KIND_NAMES = [
  'Namespace',
  'Node',
  'Pod',
  'ReplicaSet',
  'Deployment',
  'Service',
  'Endpoints',
  'ServiceAccount',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'Secret',
  'ConfigMap',
  'Lease',
  'Event',
  'Job',
  'CronJob',
  'ReplicationController',
  'DaemonSet',
  'StatefulSet',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'StorageClass',
  'PriorityClass',
  'ResourceQuota',
  'LimitRange',
] as const;

export type KindName = (typeof KIND_NAMES)[number];

/** What every client knows about a kind without asking the server. */
export interface KindInfo<K extends KindName = KindName> {
  kind: K;
  /** 'v1', 'apps/v1', 'coordination.k8s.io/v1' */
  apiVersion: string;
  /** 'pods' */
  plural: string;
  /** 'pod' */
  singular: string;
  /** kubectl's short names ('po'); may be empty. */
  shortNames: readonly string[];
  namespaced: boolean;
  /** GraphQL root fields: `pod(…)`, `pods(…)`, `watchPods(…)`, and `delete<mutation>`/`patch<mutation>`. */
  graphql: { get: string; list: string; watch: string; mutation: string };
}

const RBAC = 'rbac.authorization.k8s.io/v1';

function info<K extends KindName>(
  kind: K,
  apiVersion: string,
  plural: string,
  shortNames: readonly string[],
  namespaced: boolean,
  fields: { list?: string; watch?: string } = {},
): KindInfo<K> {
  const lowerFirst = kind[0]!.toLowerCase() + kind.slice(1);
  return {
    kind,
    apiVersion,
    plural,
    singular: kind.toLowerCase(),
    shortNames,
    namespaced,
    graphql: { get: lowerFirst, list: fields.list ?? `${lowerFirst}s`, watch: fields.watch ?? `watch${kind}s`, mutation: kind },
  };
}

/** The kind table. */
export const KIND_TABLE = {
  Namespace: info('Namespace', 'v1', 'namespaces', ['ns'], false),
  Node: info('Node', 'v1', 'nodes', ['no'], false),
  Pod: info('Pod', 'v1', 'pods', ['po'], true),
  ReplicaSet: info('ReplicaSet', 'apps/v1', 'replicasets', ['rs'], true),
  Deployment: info('Deployment', 'apps/v1', 'deployments', ['deploy'], true),
  Service: info('Service', 'v1', 'services', ['svc'], true),
  Endpoints: info('Endpoints', 'v1', 'endpoints', ['ep'], true, { list: 'endpointsList', watch: 'watchEndpoints' }),
  ServiceAccount: info('ServiceAccount', 'v1', 'serviceaccounts', ['sa'], true),
  Role: info('Role', RBAC, 'roles', [], true),
  ClusterRole: info('ClusterRole', RBAC, 'clusterroles', [], false),
  RoleBinding: info('RoleBinding', RBAC, 'rolebindings', [], true),
  ClusterRoleBinding: info('ClusterRoleBinding', RBAC, 'clusterrolebindings', [], false),
  Secret: info('Secret', 'v1', 'secrets', [], true),
  ConfigMap: info('ConfigMap', 'v1', 'configmaps', ['cm'], true),
  Lease: info('Lease', 'coordination.k8s.io/v1', 'leases', [], true),
  Event: info('Event', 'v1', 'events', ['ev'], true),
  Job: info('Job', 'batch/v1', 'jobs', [], true),
  CronJob: info('CronJob', 'batch/v1', 'cronjobs', ['cj'], true),
  ReplicationController: info('ReplicationController', 'v1', 'replicationcontrollers', ['rc'], true),
  DaemonSet: info('DaemonSet', 'apps/v1', 'daemonsets', ['ds'], true),
  StatefulSet: info('StatefulSet', 'apps/v1', 'statefulsets', ['sts'], true),
  PersistentVolume: info('PersistentVolume', 'v1', 'persistentvolumes', ['pv'], false),
  PersistentVolumeClaim: info('PersistentVolumeClaim', 'v1', 'persistentvolumeclaims', ['pvc'], true),
  StorageClass: info('StorageClass', 'storage.k8s.io/v1', 'storageclasses', ['sc'], false, { list: 'storageClasses', watch: 'watchStorageClasses' }),
  PriorityClass: info('PriorityClass', 'scheduling.k8s.io/v1', 'priorityclasses', ['pc'], false, { list: 'priorityClasses', watch: 'watchPriorityClasses' }),
  ResourceQuota: info('ResourceQuota', 'v1', 'resourcequotas', ['quota'], true),
  LimitRange: info('LimitRange', 'v1', 'limitranges', ['limits'], true),
} satisfies { [K in KindName]: KindInfo<K> };

/** The table's rows in KIND_NAMES order. */
export const KIND_LIST: readonly KindInfo[] = KIND_NAMES.map((k) => KIND_TABLE[k]);

export function isKindName(s: unknown): s is KindName {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(KIND_TABLE, s);
}

/** The group part of an apiVersion ('' for the core group's 'v1'). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * The kind a user means, case-insensitively, by kind (`Pod`), plural (`pods`), singular, short
 * name (`po`), optionally qualified by group or version and group as kubectl allows
 * (`deployments.apps`, `deploy.v1.apps`, `leases.coordination.k8s.io`).
 */
export function findKind(nameOrPluralOrShort: string): KindInfo | undefined {
  const wanted = nameOrPluralOrShort.trim().toLowerCase();
  for (const k of KIND_LIST) {
    const group = apiGroup(k.apiVersion);
    const version = k.apiVersion.slice(k.apiVersion.indexOf('/') + 1);
    for (const n of [k.singular, k.plural, ...k.shortNames]) {
      if (wanted === n) return k;
      if (group !== '' && (wanted === `${n}.${group}` || wanted === `${n}.${version}.${group}`)) return k;
    }
  }
  return undefined;
}
