/**
 * The Kubernetes objects the agent reads and writes, as it holds them: the result types of its
 * own GraphQL documents (node-agent/queries.graphql, typed by `npm run codegen` into
 * api/generated/operations.ts) with the null fields removed on arrival (`withoutNulls`). The
 * shapes come from schema.graphql; only the agent's view of them is written here (the agent
 * imports no server code).
 */
import type {
  AgentContainerFragment,
  AgentContainerStateFragment,
  AgentContainerStatusFragment,
  AgentDownwardFileFragment,
  AgentLifecycleHandlerFragment,
  AgentPodFragment,
  AgentProbeFragment,
  AgentServicesQuery,
  AgentVolumeFragment,
} from '../api/generated/operations.ts';
import type * as Api from '../api/generated/types.ts';

type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];

/**
 * `T` after `withoutNulls`: a field that may be null becomes an optional field that is never
 * null. `Record<string, any>` (the JSON scalar: labels, quantities) is left as it is.
 */
export type WithoutNulls<T> = T extends readonly (infer U)[]
  ? WithoutNulls<U>[]
  : T extends object
    ? string extends keyof T
      ? T
      : Omit<Stripped<T>, NullableKeys<T>> & Partial<Pick<Stripped<T>, NullableKeys<T>>>
    : T;

/** Homomorphic, so optional fields stay optional. */
type Stripped<T> = { [K in keyof T]: WithoutNulls<Exclude<T[K], null>> };

/** Every API object the agent holds has a name (ObjectMeta.name is nullable in the schema for templates). */
type Named<T extends { metadata: object }> = Omit<T, 'metadata'> & { metadata: T['metadata'] & { name: string } };

export type Probe = WithoutNulls<AgentProbeFragment>;
export type LifecycleHandler = WithoutNulls<AgentLifecycleHandlerFragment>;
export type Container = WithoutNulls<AgentContainerFragment>;
export type ContainerPort = NonNullable<Container['ports']>[number];
export type EnvVar = NonNullable<Container['env']>[number];
export type EnvFromSource = NonNullable<Container['envFrom']>[number];
export type VolumeMount = NonNullable<Container['volumeMounts']>[number];
export type SecurityContext = NonNullable<Container['securityContext']>;
export type DownwardAPIVolumeFile = WithoutNulls<AgentDownwardFileFragment>;
export type Volume = WithoutNulls<AgentVolumeFragment>;
export type VolumeProjection = NonNullable<NonNullable<Volume['projected']>['sources']>[number];
export type KeyToPath = NonNullable<NonNullable<Volume['configMap']>['items']>[number];
export type ContainerState = WithoutNulls<AgentContainerStateFragment>;
export type ContainerStatus = WithoutNulls<AgentContainerStatusFragment>;

export type RestartPolicy = Api.RestartPolicy;
export type PodPhase = Api.PodPhase;
export type DNSPolicy = 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';

type PodView = WithoutNulls<AgentPodFragment>;

/**
 * A pod as the agent watches it: every field it uses, and the whole status. A stored pod always
 * has a name, namespace, uid and spec (the schema leaves them nullable for templates and inputs).
 */
export type Pod = Omit<PodView, 'metadata' | 'spec'> & {
  metadata: PodView['metadata'] & { name: string; namespace: string; uid: string };
  spec: NonNullable<PodView['spec']>;
};
export type ObjectMeta = Pod['metadata'];
export type PodSpec = Pod['spec'];
export type PodSecurityContext = NonNullable<PodSpec['securityContext']>;
export type HostAlias = NonNullable<PodSpec['hostAliases']>[number];
export type PodDNSConfig = NonNullable<PodSpec['dnsConfig']>;
export type PodStatus = NonNullable<Pod['status']>;
export type PodCondition = NonNullable<PodStatus['conditions']>[number];

export type Service = Named<WithoutNulls<AgentServicesQuery['services']['items'][number]>>;
export type ServicePort = NonNullable<NonNullable<Service['spec']>['ports']>[number];

/** Removes null fields recursively (GraphQL answers null for every field it has no value for). */
export function withoutNulls<T>(value: T): WithoutNulls<T> {
  if (Array.isArray(value)) return value.map((v) => withoutNulls(v)) as WithoutNulls<T>;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = withoutNulls(v);
    return out as WithoutNulls<T>;
  }
  return value as WithoutNulls<T>;
}

/**
 * A pod from the API as the agent holds it: nulls removed, and checked to have what every stored
 * pod has (name, namespace, uid, spec), which the schema leaves nullable for templates.
 */
export function podFromApi(pod: AgentPodFragment): Pod {
  const p = withoutNulls(pod);
  const missing = (['name', 'namespace', 'uid'] as const).filter((f) => !p.metadata?.[f]);
  if (!p.spec) missing.push('spec' as never);
  if (missing.length > 0) throw new Error(`the API answered with a pod without ${missing.join(', ')}`);
  return p as Pod;
}

/** Objects from the API with their names checked (ObjectMeta.name is nullable in the schema for templates). */
export function namedFromApi<T extends { metadata: { name?: string | null } }>(items: T[]): Named<WithoutNulls<T>>[] {
  return items.map((item) => {
    if (!item.metadata.name) throw new Error('the API answered with an object without a name');
    return withoutNulls(item) as unknown as Named<WithoutNulls<T>>;
  });
}
