/**
 * The Kubernetes REST API's view of the kind registry: which group/version/resource each kind is
 * served under, its sub-resources, and the discovery documents kubectl reads (`/api`, `/apis`,
 * `/api/v1`, `/apis/<group>/<version>`). Everything is derived from `KINDS`, so a kind added
 * there is served over REST with no change here.
 */
import { KINDS } from '../kinds/registry.ts';
import { apiGroup, type KindDefinition } from '../kinds/kind-definition.ts';
import type { KindName } from '../kinds/types.ts';
import { METRICS_RESOURCES } from '../usage/metrics-objects.ts';

/** One sub-resource of a kind, as discovery lists it (`pods/log`, `deployments/scale`). */
export interface SubresourceInfo {
  name: string;
  /** The kind of object the sub-resource takes and returns (`Scale`, `Pod`, `Binding`). */
  kind: string;
  group?: string;
  version?: string;
  verbs: string[];
}

export interface RestResource {
  def: KindDefinition;
  kind: KindName;
  group: string;
  version: string;
  /** `v1`, `apps/v1` */
  groupVersion: string;
  plural: string;
  subresources: Map<string, SubresourceInfo>;
}

const OBJECT_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** Kinds that kubectl's `get all` shows (Kubernetes' `all` category). */
const ALL_CATEGORY = new Set<string>(['Pod', 'ReplicationController', 'Service', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Job', 'CronJob']);

/** Kinds with a `scale` sub-resource (autoscaling/v1 Scale). */
export const SCALABLE_KINDS = new Set<string>(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);

function subresourcesOf(def: KindDefinition): Map<string, SubresourceInfo> {
  const subs = new Map<string, SubresourceInfo>();
  if (def.hasStatusSubresource) subs.set('status', { name: 'status', kind: def.kind, verbs: ['get', 'patch', 'update'] });
  if (SCALABLE_KINDS.has(def.kind)) subs.set('scale', { name: 'scale', kind: 'Scale', group: 'autoscaling', version: 'v1', verbs: ['get', 'patch', 'update'] });
  if (def.kind === 'Pod') {
    subs.set('binding', { name: 'binding', kind: 'Binding', verbs: ['create'] });
    subs.set('log', { name: 'log', kind: 'Pod', verbs: ['get'] });
    subs.set('exec', { name: 'exec', kind: 'PodExecOptions', verbs: ['create', 'get'] });
    subs.set('attach', { name: 'attach', kind: 'PodAttachOptions', verbs: ['create', 'get'] });
    subs.set('portforward', { name: 'portforward', kind: 'PodPortForwardOptions', verbs: ['create', 'get'] });
  }
  if (def.kind === 'ServiceAccount') subs.set('token', { name: 'token', kind: 'TokenRequest', group: 'authentication.k8s.io', version: 'v1', verbs: ['create'] });
  return subs;
}

function restResource(def: KindDefinition): RestResource {
  const group = apiGroup(def.apiVersion);
  const version = def.apiVersion.slice(def.apiVersion.indexOf('/') + 1);
  return { def, kind: def.kind, group, version, groupVersion: def.apiVersion, plural: def.plural, subresources: subresourcesOf(def) };
}

/** Every served resource, keyed by `<groupVersion>/<plural>`. */
const RESOURCES = new Map<string, RestResource>();
for (const def of Object.values(KINDS)) {
  const r = restResource(def);
  RESOURCES.set(`${r.groupVersion}/${r.plural}`, r);
}

/** The resource served at `/api/v1/<plural>` or `/apis/<group>/<version>/<plural>`. */
export function resourceAt(group: string, version: string, plural: string): RestResource | undefined {
  return RESOURCES.get(`${group === '' ? '' : `${group}/`}${version}/${plural}`);
}

/** The resource of a kind. */
export function resourceOfKind(kind: KindName): RestResource {
  return restResource(KINDS[kind]);
}

/** The resource named by group and plural (any served version), as RBAC and SubjectAccessReview name them. */
export function resourceByGroupAndPlural(group: string, plural: string): RestResource | undefined {
  for (const r of RESOURCES.values()) if (r.group === group && r.plural === plural) return r;
  return undefined;
}

function groupVersions(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const r of RESOURCES.values()) {
    if (r.group === '') continue;
    const versions = groups.get(r.group) ?? [];
    if (!versions.includes(r.version)) versions.push(r.version);
    groups.set(r.group, versions);
  }
  return groups;
}

/**
 * Groups with no kind of their own that Capstan still serves: the review APIs kubectl uses for
 * `auth can-i` and `auth whoami`, and autoscaling/v1 for Scale.
 */
const EXTRA_GROUPS: Record<string, { version: string; resources: Record<string, unknown>[] }> = {
  'authorization.k8s.io': {
    version: 'v1',
    resources: [{ name: 'selfsubjectaccessreviews', singularName: 'selfsubjectaccessreview', namespaced: false, kind: 'SelfSubjectAccessReview', verbs: ['create'] }],
  },
  'authentication.k8s.io': {
    version: 'v1',
    resources: [{ name: 'selfsubjectreviews', singularName: 'selfsubjectreview', namespaced: false, kind: 'SelfSubjectReview', verbs: ['create'] }],
  },
  // metrics-server's group (kubectl top), served from the nodes' usage reports (metrics-api.ts).
  'metrics.k8s.io': { version: 'v1beta1', resources: METRICS_RESOURCES },
};

/** `GET /api`: the core group's versions. */
export function apiVersions(serverAddress: string): Record<string, unknown> {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function apiGroupDoc(name: string, versions: string[]): Record<string, unknown> {
  const gvs = versions.map((version) => ({ groupVersion: `${name}/${version}`, version }));
  return { name, versions: gvs, preferredVersion: gvs[0] };
}

/** `GET /apis`: every named group. */
export function apiGroupList(): Record<string, unknown> {
  const groups = [...groupVersions()].map(([name, versions]) => apiGroupDoc(name, versions));
  for (const [name, g] of Object.entries(EXTRA_GROUPS)) groups.push(apiGroupDoc(name, [g.version]));
  return { kind: 'APIGroupList', apiVersion: 'v1', groups };
}

/** `GET /apis/<group>`, or undefined for a group Capstan does not serve. */
export function apiGroupOf(name: string): Record<string, unknown> | undefined {
  const versions = groupVersions().get(name) ?? (EXTRA_GROUPS[name] ? [EXTRA_GROUPS[name]!.version] : undefined);
  return versions ? { kind: 'APIGroup', apiVersion: 'v1', ...apiGroupDoc(name, versions) } : undefined;
}

/** `GET /api/v1` or `/apis/<group>/<version>`: the resources of one group version. */
export function apiResourceList(group: string, version: string): Record<string, unknown> | undefined {
  const groupVersion = group === '' ? version : `${group}/${version}`;
  const extra = EXTRA_GROUPS[group];
  if (extra && extra.version === version) return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources: extra.resources };
  const resources: Record<string, unknown>[] = [];
  for (const r of RESOURCES.values()) {
    if (r.groupVersion !== groupVersion) continue;
    resources.push({
      name: r.plural,
      singularName: r.def.singular,
      namespaced: r.def.namespaced,
      kind: r.kind,
      verbs: OBJECT_VERBS,
      ...(r.def.shortNames.length > 0 ? { shortNames: r.def.shortNames } : {}),
      ...(ALL_CATEGORY.has(r.kind) ? { categories: ['all'] } : {}),
    });
    for (const sub of r.subresources.values()) {
      resources.push({
        name: `${r.plural}/${sub.name}`,
        singularName: '',
        namespaced: r.def.namespaced,
        ...(sub.group !== undefined ? { group: sub.group, version: sub.version } : {}),
        kind: sub.kind,
        verbs: sub.verbs,
      });
    }
  }
  if (resources.length === 0) return undefined;
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources };
}
