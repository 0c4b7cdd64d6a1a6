/**
 * How each field of each kind merges, from the struct tags of the Kubernetes API types
 * (k8s.io/api core/v1, apps/v1, batch/v1, coordination/v1, rbac/v1):
 *
 * - `patchStrategy:"merge"` + `patchMergeKey` drive strategic merge patch (kubectl apply, edit,
 *   patch): such a list is merged element by element; every other list is replaced whole.
 * - `+listType` / `+listMapKey` / `+structType=atomic` / `+mapType=atomic` drive server-side
 *   apply's field ownership: a `map` list owns its elements by key, a `set` by value, an
 *   `atomic` list, struct or map is owned whole.
 *
 * Paths are dotted field names from the object root; an element of a list adds no segment
 * (`spec.containers.ports` is the ports of any container). Fields not listed are plain: maps
 * merge field by field, lists are atomic and replaced.
 */

export interface FieldPatchMeta {
  /** Strategic merge patch: `merge` merges a list by `mergeKey` (maps) or as a set (scalars). */
  strategy?: 'merge' | 'replace';
  /** `patchStrategy:"...,retainKeys"`: a patch's `$retainKeys` clears the fields it does not list. */
  retainKeys?: boolean;
  /** `patchMergeKey`: the field that identifies an element of a merged list of maps. */
  mergeKey?: string;
  /** Server-side apply: how the list is owned. Unlisted lists are atomic. */
  listType?: 'map' | 'set' | 'atomic';
  /** Server-side apply: the fields that identify an element of a `map` list (`+listMapKey`). */
  listMapKeys?: readonly string[];
  /** Values the API server defaults a missing key field to (a port's protocol is TCP). */
  keyDefaults?: Readonly<Record<string, string | number>>;
  /** Server-side apply: a struct or map owned whole (`+structType=atomic`, `+mapType=atomic`). */
  atomic?: boolean;
}

/** Field path → how it merges, for one kind. */
export type PatchMetaTable = Readonly<Record<string, FieldPatchMeta>>;

const mergeList = (mergeKey: string, listMapKeys: readonly string[] = [mergeKey], extra: FieldPatchMeta = {}): FieldPatchMeta => ({
  strategy: 'merge',
  mergeKey,
  listType: 'map',
  listMapKeys,
  ...extra,
});
const mergeSet: FieldPatchMeta = { strategy: 'merge', listType: 'set' };
const atomic: FieldPatchMeta = { atomic: true };
const byType = mergeList('type');
const PROTOCOL_TCP = { protocol: 'TCP' } as const;

/** The table `fields` placed under `prefix` (`spec.template.spec`); `''` is the object root. */
function under(prefix: string, fields: PatchMetaTable): PatchMetaTable {
  return Object.fromEntries(Object.entries(fields).map(([path, meta]) => [prefix ? `${prefix}.${path}` : path, meta]));
}

const OBJECT_META: PatchMetaTable = {
  ownerReferences: mergeList('uid'),
  finalizers: mergeSet,
};

const LABEL_SELECTOR: FieldPatchMeta = atomic;

const CONTAINER: PatchMetaTable = {
  ports: mergeList('containerPort', ['containerPort', 'protocol'], { keyDefaults: PROTOCOL_TCP }),
  env: mergeList('name'),
  volumeMounts: mergeList('mountPath'),
  volumeDevices: mergeList('devicePath'),
  'resources.claims': { listType: 'map', listMapKeys: ['name'] },
};

const POD_SPEC: PatchMetaTable = {
  volumes: mergeList('name', ['name'], { retainKeys: true }),
  initContainers: mergeList('name'),
  ...under('initContainers', CONTAINER),
  containers: mergeList('name'),
  ...under('containers', CONTAINER),
  ephemeralContainers: mergeList('name'),
  ...under('ephemeralContainers', CONTAINER),
  imagePullSecrets: mergeList('name'),
  hostAliases: mergeList('ip'),
  topologySpreadConstraints: mergeList('topologyKey', ['topologyKey', 'whenUnsatisfiable']),
  resourceClaims: mergeList('name', ['name'], { retainKeys: true }),
  schedulingGates: mergeList('name'),
  nodeSelector: atomic,
};

const POD_STATUS: PatchMetaTable = {
  conditions: byType,
  podIPs: mergeList('ip'),
  hostIPs: mergeList('ip'),
  resourceClaimStatuses: mergeList('name', ['name'], { retainKeys: true }),
};

const POD_TEMPLATE_SPEC: PatchMetaTable = { ...under('metadata', OBJECT_META), ...under('spec', POD_SPEC) };

const DEPLOYMENT_SPEC: PatchMetaTable = {
  selector: LABEL_SELECTOR,
  strategy: { retainKeys: true },
  ...under('template', POD_TEMPLATE_SPEC),
};

const WORKLOAD_SPEC: PatchMetaTable = { selector: LABEL_SELECTOR, ...under('template', POD_TEMPLATE_SPEC) };
const CONDITIONS_STATUS: PatchMetaTable = { conditions: byType };

const JOB_SPEC: PatchMetaTable = { selector: LABEL_SELECTOR, ...under('template', POD_TEMPLATE_SPEC) };
// JobStatus.conditions merge by type in a strategic patch but are +listType=atomic for apply.
const JOB_STATUS: PatchMetaTable = { conditions: { strategy: 'merge', mergeKey: 'type', listType: 'atomic' } };

const SERVICE_SPEC: PatchMetaTable = {
  ports: mergeList('port', ['port', 'protocol'], { keyDefaults: PROTOCOL_TCP }),
  selector: atomic,
};

const NODE_SPEC: PatchMetaTable = { podCIDRs: mergeSet };
const NODE_STATUS: PatchMetaTable = { conditions: byType, addresses: byType };

/** One object's table: its metadata plus each top-level field's own table. */
function kind(fields: Record<string, PatchMetaTable>): PatchMetaTable {
  return Object.assign({}, under('metadata', OBJECT_META), ...Object.entries(fields).map(([field, table]) => under(field, table)));
}

/** Every kind whose fields have a merge strategy; a kind not here merges as plain JSON. */
export const KIND_PATCH_META: Readonly<Record<string, PatchMetaTable>> = {
  // core/v1
  Pod: kind({ spec: POD_SPEC, status: POD_STATUS }),
  PodTemplate: kind({ template: POD_TEMPLATE_SPEC }),
  Service: kind({ spec: SERVICE_SPEC, status: CONDITIONS_STATUS }),
  Node: kind({ spec: NODE_SPEC, status: NODE_STATUS }),
  Namespace: kind({ status: CONDITIONS_STATUS }),
  ServiceAccount: kind({ '': { secrets: mergeList('name') } }),
  ReplicationController: kind({ spec: { ...under('template', POD_TEMPLATE_SPEC) }, status: CONDITIONS_STATUS }),
  Endpoints: kind({}),
  ConfigMap: kind({}),
  Secret: kind({}),
  Event: kind({}),
  // apps/v1
  Deployment: kind({ spec: DEPLOYMENT_SPEC, status: CONDITIONS_STATUS }),
  ReplicaSet: kind({ spec: WORKLOAD_SPEC, status: CONDITIONS_STATUS }),
  StatefulSet: kind({ spec: WORKLOAD_SPEC, status: CONDITIONS_STATUS }),
  DaemonSet: kind({ spec: WORKLOAD_SPEC, status: CONDITIONS_STATUS }),
  // batch/v1
  Job: kind({ spec: JOB_SPEC, status: JOB_STATUS }),
  CronJob: kind({ spec: under('jobTemplate.spec', JOB_SPEC) }),
  // coordination/v1
  Lease: kind({}),
  // rbac/v1: rules and subjects are atomic lists
  Role: kind({}),
  ClusterRole: kind({}),
  RoleBinding: kind({}),
  ClusterRoleBinding: kind({}),
};

/** The table for a kind; unknown kinds get metadata rules only, so their lists replace. */
export function patchMetaFor(kindName: string): PatchMetaTable {
  return Object.hasOwn(KIND_PATCH_META, kindName) ? KIND_PATCH_META[kindName]! : KIND_PATCH_META.ConfigMap!;
}

/** How the field at `path` merges, or undefined for a plain field. */
export function fieldMeta(table: PatchMetaTable, path: string): FieldPatchMeta | undefined {
  return Object.hasOwn(table, path) ? table[path] : undefined;
}
