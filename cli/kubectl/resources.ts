/**
 * The kinds the CLI knows: the names users type (`po`, `pods`, `deployment.apps`), kubectl's
 * group-qualified names for output (`deployment.apps/web`), and the GraphQL fields of each.
 */
import { UsageError } from '../command.ts';

export interface Resource {
  kind: string;
  apiVersion: string;
  /** '' for the core group. */
  group: string;
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  /** GraphQL field names: get one, list, watch. */
  getField: string;
  listField: string;
  watchField: string;
  /** Mutation suffix: `delete${mutationName}`, `patch${mutationName}`. */
  mutationName: string;
}

function resource(
  kind: string,
  apiVersion: string,
  plural: string,
  shortNames: string[],
  namespaced: boolean,
  fields: { get?: string; list?: string; watch?: string } = {},
): Resource {
  const slash = apiVersion.indexOf('/');
  const lowerFirst = kind[0]!.toLowerCase() + kind.slice(1);
  return {
    kind,
    apiVersion,
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    plural,
    singular: kind.toLowerCase(),
    shortNames,
    namespaced,
    getField: fields.get ?? lowerFirst,
    listField: fields.list ?? `${lowerFirst}s`,
    watchField: fields.watch ?? `watch${kind}s`,
    mutationName: kind,
  };
}

export const RESOURCES: readonly Resource[] = [
  resource('Pod', 'v1', 'pods', ['po'], true),
  resource('Deployment', 'apps/v1', 'deployments', ['deploy'], true),
  resource('ReplicaSet', 'apps/v1', 'replicasets', ['rs'], true),
  resource('Job', 'batch/v1', 'jobs', [], true),
  resource('CronJob', 'batch/v1', 'cronjobs', ['cj'], true),
  resource('ReplicationController', 'v1', 'replicationcontrollers', ['rc'], true),
  resource('DaemonSet', 'apps/v1', 'daemonsets', ['ds'], true),
  resource('StatefulSet', 'apps/v1', 'statefulsets', ['sts'], true),
  resource('Service', 'v1', 'services', ['svc'], true),
  resource('Node', 'v1', 'nodes', ['no'], false),
  resource('Namespace', 'v1', 'namespaces', ['ns'], false),
  resource('Endpoints', 'v1', 'endpoints', ['ep'], true, { list: 'endpointsList', watch: 'watchEndpoints' }),
  resource('ConfigMap', 'v1', 'configmaps', ['cm'], true),
  resource('Secret', 'v1', 'secrets', [], true),
  resource('ServiceAccount', 'v1', 'serviceaccounts', ['sa'], true),
  resource('Role', 'rbac.authorization.k8s.io/v1', 'roles', [], true),
  resource('ClusterRole', 'rbac.authorization.k8s.io/v1', 'clusterroles', [], false),
  resource('RoleBinding', 'rbac.authorization.k8s.io/v1', 'rolebindings', [], true),
  resource('ClusterRoleBinding', 'rbac.authorization.k8s.io/v1', 'clusterrolebindings', [], false),
  resource('Event', 'v1', 'events', ['ev'], true),
  resource('Lease', 'coordination.k8s.io/v1', 'leases', [], true),
  resource('PersistentVolume', 'v1', 'persistentvolumes', ['pv'], false),
  resource('PersistentVolumeClaim', 'v1', 'persistentvolumeclaims', ['pvc'], true),
  resource('StorageClass', 'storage.k8s.io/v1', 'storageclasses', ['sc'], false, { list: 'storageClasses', watch: 'watchStorageClasses' }),
  resource('PriorityClass', 'scheduling.k8s.io/v1', 'priorityclasses', ['pc'], false, { list: 'priorityClasses', watch: 'watchPriorityClasses' }),
  resource('ResourceQuota', 'v1', 'resourcequotas', ['quota'], true),
  resource('LimitRange', 'v1', 'limitranges', ['limits'], true),
];

/** The resource a user means by kind, plural, singular or short name, optionally `.group`. */
export function findResource(name: string): Resource | undefined {
  const wanted = name.trim().toLowerCase();
  for (const r of RESOURCES) {
    for (const n of [r.singular, r.plural, ...r.shortNames]) {
      if (wanted === n) return r;
      if (r.group && (wanted === `${n}.${r.group}` || wanted === `${n}.${r.apiVersion.split('/')[1]}.${r.group}`)) return r;
    }
  }
  return undefined;
}

export function resourceForKind(kind: string): Resource | undefined {
  return RESOURCES.find((r) => r.kind === kind);
}

export function requireResource(name: string): Resource {
  const r = findResource(name);
  if (!r) throw new UsageError(`the server doesn't have a resource type "${name}" (known: ${RESOURCES.map((x) => x.plural).join(', ')})`);
  return r;
}

/** `deployment.apps`, `pod`, `lease.coordination.k8s.io`: how kubectl names a kind in output. */
export function qualifiedSingular(r: Resource): string {
  return r.group ? `${r.singular}.${r.group}` : r.singular;
}

/** `deployments.apps`, `pods`: how kubectl names a kind in NotFound errors. */
export function qualifiedPlural(r: Resource): string {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}

/** `deployment.apps/web` */
export function objectRef(r: Resource, name: string): string {
  return `${qualifiedSingular(r)}/${name}`;
}

/**
 * Splits `KIND NAME…` or `KIND/NAME …` arguments into (resource, names) pairs, as kubectl does
 * for get, describe, delete.
 */
export function resourceArgs(args: readonly string[]): { resource: Resource; names: string[] }[] {
  if (args.length === 0) return [];
  if (args.some((a) => a.includes('/'))) {
    const out: { resource: Resource; names: string[] }[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      if (slash < 0) throw new UsageError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'capstan get resource/<resource_name>' instead of 'capstan get resource resource/<resource_name>')`);
      const r = requireResource(a.slice(0, slash));
      const name = a.slice(slash + 1);
      const last = out.at(-1);
      if (last && last.resource === r) last.names.push(name);
      else out.push({ resource: r, names: [name] });
    }
    return out;
  }
  const [kinds, ...names] = args;
  return kinds!.split(',').map((k) => ({ resource: requireResource(k), names }));
}
