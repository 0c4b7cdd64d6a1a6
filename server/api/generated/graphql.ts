/* Generated from schema.graphql by `npm run codegen`. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiHistoryEntry, ApiScale, ApiWatchEvent } from '../types.ts';
import type { NamespaceObject, NodeObject, PodObject, ReplicaSetObject, DeploymentObject, ServiceObject, EndpointsObject, ServiceAccountObject, RoleObject, ClusterRoleObject, RoleBindingObject, ClusterRoleBindingObject, SecretObject, ConfigMapObject, LeaseObject, EventObject, JobObject, CronJobObject, ReplicationControllerObject, DaemonSetObject, StatefulSetObject, PersistentVolumeObject, PersistentVolumeClaimObject, StorageClassObject, PriorityClassObject, ResourceQuotaObject, LimitRangeObject } from './kind-objects.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Any JSON value. Used for string maps (labels, annotations, nodeSelector, data, resource
   * quantities such as `{ cpu: "500m", memory: "128Mi" }`) and for JSON merge patches.
   */
  JSON: { input: unknown; output: unknown; }
  /** A value that is either a 32-bit integer or a string, e.g. a port number or name, or `25%`. */
  IntOrString: { input: number | string; output: number | string; }
};

export type WatchEventType =
  | 'ADDED'
  | 'MODIFIED'
  | 'DELETED'
  /** Carries no object: the revision the watch has reached. */
  | 'BOOKMARK';

/** How deleting an owner treats its dependents (ownerReferences). */
export type PropagationPolicy =
  /** Delete the owner now, the garbage collector deletes dependents afterwards. */
  | 'Background'
  /** Delete dependents first; the owner keeps a deletionTimestamp until they are gone. */
  | 'Foreground'
  /** Delete the owner, leave dependents without it. */
  | 'Orphan';

export type ConditionStatus =
  | 'True'
  | 'False'
  | 'Unknown';

export type Protocol =
  | 'TCP'
  | 'UDP'
  | 'SCTP';

export type OwnerReference = {
  __typename?: 'OwnerReference';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  uid: Scalars['String']['output'];
  controller?: Maybe<Scalars['Boolean']['output']>;
  blockOwnerDeletion?: Maybe<Scalars['Boolean']['output']>;
};

export type OwnerReferenceInput = {
  apiVersion: Scalars['String']['input'];
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  uid: Scalars['String']['input'];
  controller?: InputMaybe<Scalars['Boolean']['input']>;
  blockOwnerDeletion?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Metadata every object has. The server sets uid, resourceVersion, generation and the timestamps. */
export type ObjectMeta = {
  __typename?: 'ObjectMeta';
  /** Always set on a stored object; usually absent in a pod template's metadata. */
  name?: Maybe<Scalars['String']['output']>;
  generateName?: Maybe<Scalars['String']['output']>;
  namespace?: Maybe<Scalars['String']['output']>;
  uid?: Maybe<Scalars['String']['output']>;
  /** The revision of the last write of this object; opaque to clients. Precondition of writes. */
  resourceVersion?: Maybe<Scalars['String']['output']>;
  /** Bumped by the server on every change of the spec. */
  generation?: Maybe<Scalars['Int']['output']>;
  labels?: Maybe<Scalars['JSON']['output']>;
  annotations?: Maybe<Scalars['JSON']['output']>;
  creationTimestamp?: Maybe<Scalars['String']['output']>;
  deletionTimestamp?: Maybe<Scalars['String']['output']>;
  deletionGracePeriodSeconds?: Maybe<Scalars['Int']['output']>;
  ownerReferences?: Maybe<Array<OwnerReference>>;
  finalizers?: Maybe<Array<Scalars['String']['output']>>;
};

/**
 * Metadata of an object being written. `name` may be omitted when `generateName` is given.
 * `resourceVersion`, when set, is the precondition of a replace. uid, generation and the timestamps
 * are set by the server; they are accepted so that a read object can be sent back, and ignored.
 */
export type ObjectMetaInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  generateName?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  generation?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Scalars['JSON']['input']>;
  annotations?: InputMaybe<Scalars['JSON']['input']>;
  creationTimestamp?: InputMaybe<Scalars['String']['input']>;
  deletionTimestamp?: InputMaybe<Scalars['String']['input']>;
  deletionGracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  ownerReferences?: InputMaybe<Array<OwnerReferenceInput>>;
  finalizers?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A reference to another object, e.g. the object an Event is about. */
export type ObjectReference = {
  __typename?: 'ObjectReference';
  apiVersion?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  namespace?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  uid?: Maybe<Scalars['String']['output']>;
  resourceVersion?: Maybe<Scalars['String']['output']>;
  fieldPath?: Maybe<Scalars['String']['output']>;
};

export type ObjectReferenceInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  fieldPath?: InputMaybe<Scalars['String']['input']>;
};

/** A reference to an object in the same namespace by name. */
export type LocalObjectReference = {
  __typename?: 'LocalObjectReference';
  name?: Maybe<Scalars['String']['output']>;
};

export type LocalObjectReferenceInput = {
  name?: InputMaybe<Scalars['String']['input']>;
};

export type LabelSelectorOperator =
  | 'In'
  | 'NotIn'
  | 'Exists'
  | 'DoesNotExist';

export type LabelSelectorRequirement = {
  __typename?: 'LabelSelectorRequirement';
  key: Scalars['String']['output'];
  operator: LabelSelectorOperator;
  values?: Maybe<Array<Scalars['String']['output']>>;
};

export type LabelSelectorRequirementInput = {
  key: Scalars['String']['input'];
  operator: LabelSelectorOperator;
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Selects objects by labels: every matchLabels pair and every expression must match. */
export type LabelSelector = {
  __typename?: 'LabelSelector';
  matchLabels?: Maybe<Scalars['JSON']['output']>;
  matchExpressions?: Maybe<Array<LabelSelectorRequirement>>;
};

export type LabelSelectorInput = {
  matchLabels?: InputMaybe<Scalars['JSON']['input']>;
  matchExpressions?: InputMaybe<Array<LabelSelectorRequirementInput>>;
};

export type NamespacePhase =
  | 'Active'
  | 'Terminating';

export type Namespace = {
  __typename?: 'Namespace';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<NamespaceSpec>;
  status?: Maybe<NamespaceStatus>;
};

export type NamespaceSpec = {
  __typename?: 'NamespaceSpec';
  finalizers?: Maybe<Array<Scalars['String']['output']>>;
};

export type NamespaceStatus = {
  __typename?: 'NamespaceStatus';
  phase?: Maybe<NamespacePhase>;
  conditions?: Maybe<Array<NamespaceCondition>>;
};

export type NamespaceCondition = {
  __typename?: 'NamespaceCondition';
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type NamespaceInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<NamespaceSpecInput>;
  status?: InputMaybe<NamespaceStatusInput>;
};

export type NamespaceSpecInput = {
  finalizers?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type NamespaceStatusInput = {
  phase?: InputMaybe<NamespacePhase>;
  conditions?: InputMaybe<Array<NamespaceConditionInput>>;
};

export type NamespaceConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type TaintEffect =
  | 'NoSchedule'
  | 'PreferNoSchedule'
  | 'NoExecute';

export type Node = {
  __typename?: 'Node';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<NodeSpec>;
  status?: Maybe<NodeStatus>;
};

export type NodeSpec = {
  __typename?: 'NodeSpec';
  podCIDR?: Maybe<Scalars['String']['output']>;
  podCIDRs?: Maybe<Array<Scalars['String']['output']>>;
  providerID?: Maybe<Scalars['String']['output']>;
  unschedulable?: Maybe<Scalars['Boolean']['output']>;
  taints?: Maybe<Array<Taint>>;
};

export type Taint = {
  __typename?: 'Taint';
  key: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
  effect: TaintEffect;
  timeAdded?: Maybe<Scalars['String']['output']>;
};

export type NodeStatus = {
  __typename?: 'NodeStatus';
  /** Resource quantities, e.g. `{ cpu: "4", memory: "8Gi", pods: "110" }`. */
  capacity?: Maybe<Scalars['JSON']['output']>;
  /** The part of capacity available to pods. */
  allocatable?: Maybe<Scalars['JSON']['output']>;
  conditions?: Maybe<Array<NodeCondition>>;
  addresses?: Maybe<Array<NodeAddress>>;
  daemonEndpoints?: Maybe<NodeDaemonEndpoints>;
  nodeInfo?: Maybe<NodeSystemInfo>;
};

export type NodeCondition = {
  __typename?: 'NodeCondition';
  /** Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable, … */
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastHeartbeatTime?: Maybe<Scalars['String']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type NodeAddress = {
  __typename?: 'NodeAddress';
  /** Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS. */
  type: Scalars['String']['output'];
  address: Scalars['String']['output'];
};

export type NodeDaemonEndpoints = {
  __typename?: 'NodeDaemonEndpoints';
  kubeletEndpoint?: Maybe<DaemonEndpoint>;
};

export type DaemonEndpoint = {
  __typename?: 'DaemonEndpoint';
  Port: Scalars['Int']['output'];
};

export type NodeSystemInfo = {
  __typename?: 'NodeSystemInfo';
  machineID?: Maybe<Scalars['String']['output']>;
  systemUUID?: Maybe<Scalars['String']['output']>;
  bootID?: Maybe<Scalars['String']['output']>;
  kernelVersion?: Maybe<Scalars['String']['output']>;
  osImage?: Maybe<Scalars['String']['output']>;
  containerRuntimeVersion?: Maybe<Scalars['String']['output']>;
  kubeletVersion?: Maybe<Scalars['String']['output']>;
  kubeProxyVersion?: Maybe<Scalars['String']['output']>;
  operatingSystem?: Maybe<Scalars['String']['output']>;
  architecture?: Maybe<Scalars['String']['output']>;
};

export type NodeInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<NodeSpecInput>;
  status?: InputMaybe<NodeStatusInput>;
};

export type NodeSpecInput = {
  podCIDR?: InputMaybe<Scalars['String']['input']>;
  podCIDRs?: InputMaybe<Array<Scalars['String']['input']>>;
  providerID?: InputMaybe<Scalars['String']['input']>;
  unschedulable?: InputMaybe<Scalars['Boolean']['input']>;
  taints?: InputMaybe<Array<TaintInput>>;
};

export type TaintInput = {
  key: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
  effect: TaintEffect;
  timeAdded?: InputMaybe<Scalars['String']['input']>;
};

export type NodeStatusInput = {
  capacity?: InputMaybe<Scalars['JSON']['input']>;
  allocatable?: InputMaybe<Scalars['JSON']['input']>;
  conditions?: InputMaybe<Array<NodeConditionInput>>;
  addresses?: InputMaybe<Array<NodeAddressInput>>;
  daemonEndpoints?: InputMaybe<NodeDaemonEndpointsInput>;
  nodeInfo?: InputMaybe<NodeSystemInfoInput>;
};

export type NodeConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastHeartbeatTime?: InputMaybe<Scalars['String']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type NodeAddressInput = {
  type: Scalars['String']['input'];
  address: Scalars['String']['input'];
};

export type NodeDaemonEndpointsInput = {
  kubeletEndpoint?: InputMaybe<DaemonEndpointInput>;
};

export type DaemonEndpointInput = {
  Port: Scalars['Int']['input'];
};

export type NodeSystemInfoInput = {
  machineID?: InputMaybe<Scalars['String']['input']>;
  systemUUID?: InputMaybe<Scalars['String']['input']>;
  bootID?: InputMaybe<Scalars['String']['input']>;
  kernelVersion?: InputMaybe<Scalars['String']['input']>;
  osImage?: InputMaybe<Scalars['String']['input']>;
  containerRuntimeVersion?: InputMaybe<Scalars['String']['input']>;
  kubeletVersion?: InputMaybe<Scalars['String']['input']>;
  kubeProxyVersion?: InputMaybe<Scalars['String']['input']>;
  operatingSystem?: InputMaybe<Scalars['String']['input']>;
  architecture?: InputMaybe<Scalars['String']['input']>;
};

export type RestartPolicy =
  | 'Always'
  | 'OnFailure'
  | 'Never';

export type PullPolicy =
  | 'Always'
  | 'IfNotPresent'
  | 'Never';

export type PodPhase =
  | 'Pending'
  | 'Running'
  | 'Succeeded'
  | 'Failed'
  | 'Unknown';

export type UriScheme =
  | 'HTTP'
  | 'HTTPS';

export type TolerationOperator =
  | 'Exists'
  | 'Equal';

export type NodeSelectorOperator =
  | 'In'
  | 'NotIn'
  | 'Exists'
  | 'DoesNotExist'
  | 'Gt'
  | 'Lt';

export type Pod = {
  __typename?: 'Pod';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<PodSpec>;
  status?: Maybe<PodStatus>;
  /** Beyond Kubernetes: why the scheduler would (not) place this pod on each node, computed now from the current nodes and pods. Empty for a bound pod. */
  schedulingExplanation?: Maybe<SchedulingExplanation>;
};

/** The scheduler's verdict for one pod: per node, the filter that rejected it or its scores. */
export type SchedulingExplanation = {
  __typename?: 'SchedulingExplanation';
  /** Kubernetes' summary, e.g. 0/5 nodes are available: 3 Insufficient cpu, 2 node(s) had untolerated taint {…}. */
  message?: Maybe<Scalars['String']['output']>;
  /** The node the scheduler would choose now, if any. */
  nodeName?: Maybe<Scalars['String']['output']>;
  nodes: Array<NodeSchedulingResult>;
};

export type NodeSchedulingResult = {
  __typename?: 'NodeSchedulingResult';
  node: Scalars['String']['output'];
  feasible: Scalars['Boolean']['output'];
  /** The filter plugin that rejected the node. */
  failedPlugin?: Maybe<Scalars['String']['output']>;
  reasons: Array<Scalars['String']['output']>;
  /** Score per score plugin (0-100, before weights), for feasible nodes. */
  scores?: Maybe<Scalars['JSON']['output']>;
  totalScore?: Maybe<Scalars['Float']['output']>;
};

export type PodTemplateSpec = {
  __typename?: 'PodTemplateSpec';
  metadata?: Maybe<ObjectMeta>;
  spec?: Maybe<PodSpec>;
};

export type PodSpec = {
  __typename?: 'PodSpec';
  containers: Array<Container>;
  initContainers?: Maybe<Array<Container>>;
  restartPolicy?: Maybe<RestartPolicy>;
  terminationGracePeriodSeconds?: Maybe<Scalars['Int']['output']>;
  activeDeadlineSeconds?: Maybe<Scalars['Int']['output']>;
  /** Set by the scheduler when it binds the pod. */
  nodeName?: Maybe<Scalars['String']['output']>;
  nodeSelector?: Maybe<Scalars['JSON']['output']>;
  affinity?: Maybe<Affinity>;
  tolerations?: Maybe<Array<Toleration>>;
  priority?: Maybe<Scalars['Int']['output']>;
  priorityClassName?: Maybe<Scalars['String']['output']>;
  schedulerName?: Maybe<Scalars['String']['output']>;
  serviceAccountName?: Maybe<Scalars['String']['output']>;
  automountServiceAccountToken?: Maybe<Scalars['Boolean']['output']>;
  volumes?: Maybe<Array<Volume>>;
  hostNetwork?: Maybe<Scalars['Boolean']['output']>;
  hostname?: Maybe<Scalars['String']['output']>;
  subdomain?: Maybe<Scalars['String']['output']>;
  /** Extra lines of the pod's /etc/hosts, written by the node agent. */
  hostAliases?: Maybe<Array<HostAlias>>;
  /** ClusterFirst (default), ClusterFirstWithHostNet, Default (the node's resolv.conf) or None (only dnsConfig). */
  dnsPolicy?: Maybe<Scalars['String']['output']>;
  /** Nameservers, search domains and options merged into the pod's /etc/resolv.conf. */
  dnsConfig?: Maybe<PodDnsConfig>;
  /** Whether the Kubernetes service env vars (`<SVC>_SERVICE_HOST`, …) are injected. */
  enableServiceLinks?: Maybe<Scalars['Boolean']['output']>;
  /** Users, groups and volume ownership of every container (runAsUser, runAsGroup, fsGroup, …). */
  securityContext?: Maybe<PodSecurityContext>;
};

/** An IP and the names it has in the pod's /etc/hosts. */
export type HostAlias = {
  __typename?: 'HostAlias';
  ip: Scalars['String']['output'];
  hostnames?: Maybe<Array<Scalars['String']['output']>>;
};

export type PodDnsConfig = {
  __typename?: 'PodDNSConfig';
  /** At most 3 in all (with the policy's own). */
  nameservers?: Maybe<Array<Scalars['String']['output']>>;
  /** At most 32 in all. */
  searches?: Maybe<Array<Scalars['String']['output']>>;
  options?: Maybe<Array<PodDnsConfigOption>>;
};

export type PodDnsConfigOption = {
  __typename?: 'PodDNSConfigOption';
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type Container = {
  __typename?: 'Container';
  name: Scalars['String']['output'];
  image?: Maybe<Scalars['String']['output']>;
  imagePullPolicy?: Maybe<PullPolicy>;
  command?: Maybe<Array<Scalars['String']['output']>>;
  args?: Maybe<Array<Scalars['String']['output']>>;
  workingDir?: Maybe<Scalars['String']['output']>;
  /** Keep a stdin open for the container, which attach -i writes to. */
  stdin?: Maybe<Scalars['Boolean']['output']>;
  /** Kubernetes closes stdin after the first attach ends; Capstan keeps it open (not honoured). */
  stdinOnce?: Maybe<Scalars['Boolean']['output']>;
  /** Allocate a terminal for the container's process (not honoured: containers run without one). */
  tty?: Maybe<Scalars['Boolean']['output']>;
  /** Always on an init container makes it a sidecar: started in order, kept running beside the containers. */
  restartPolicy?: Maybe<ContainerRestartPolicy>;
  /** Hooks run right after the container starts (postStart) and before it is stopped (preStop). */
  lifecycle?: Maybe<Lifecycle>;
  /** Where the container writes its termination message (default /dev/termination-log). */
  terminationMessagePath?: Maybe<Scalars['String']['output']>;
  /** File, or FallbackToLogsOnError (the end of the log when the file is empty and the container failed). */
  terminationMessagePolicy?: Maybe<TerminationMessagePolicy>;
  securityContext?: Maybe<SecurityContext>;
  ports?: Maybe<Array<ContainerPort>>;
  env?: Maybe<Array<EnvVar>>;
  envFrom?: Maybe<Array<EnvFromSource>>;
  resources?: Maybe<ResourceRequirements>;
  volumeMounts?: Maybe<Array<VolumeMount>>;
  livenessProbe?: Maybe<Probe>;
  readinessProbe?: Maybe<Probe>;
  startupProbe?: Maybe<Probe>;
};

export type ContainerPort = {
  __typename?: 'ContainerPort';
  name?: Maybe<Scalars['String']['output']>;
  containerPort: Scalars['Int']['output'];
  hostPort?: Maybe<Scalars['Int']['output']>;
  hostIP?: Maybe<Scalars['String']['output']>;
  protocol?: Maybe<Protocol>;
};

export type EnvVar = {
  __typename?: 'EnvVar';
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
  valueFrom?: Maybe<EnvVarSource>;
};

export type EnvVarSource = {
  __typename?: 'EnvVarSource';
  fieldRef?: Maybe<ObjectFieldSelector>;
  resourceFieldRef?: Maybe<ResourceFieldSelector>;
  configMapKeyRef?: Maybe<ConfigMapKeySelector>;
  secretKeyRef?: Maybe<SecretKeySelector>;
};

export type ObjectFieldSelector = {
  __typename?: 'ObjectFieldSelector';
  apiVersion?: Maybe<Scalars['String']['output']>;
  /** e.g. `metadata.name`, `status.podIP`, `spec.nodeName`. */
  fieldPath: Scalars['String']['output'];
};

export type ResourceFieldSelector = {
  __typename?: 'ResourceFieldSelector';
  containerName?: Maybe<Scalars['String']['output']>;
  /** e.g. `limits.cpu`, `requests.memory`. */
  resource: Scalars['String']['output'];
  divisor?: Maybe<Scalars['String']['output']>;
};

export type ConfigMapKeySelector = {
  __typename?: 'ConfigMapKeySelector';
  name?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type SecretKeySelector = {
  __typename?: 'SecretKeySelector';
  name?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type EnvFromSource = {
  __typename?: 'EnvFromSource';
  prefix?: Maybe<Scalars['String']['output']>;
  configMapRef?: Maybe<ConfigMapEnvSource>;
  secretRef?: Maybe<SecretEnvSource>;
};

export type ConfigMapEnvSource = {
  __typename?: 'ConfigMapEnvSource';
  name?: Maybe<Scalars['String']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type SecretEnvSource = {
  __typename?: 'SecretEnvSource';
  name?: Maybe<Scalars['String']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type ResourceRequirements = {
  __typename?: 'ResourceRequirements';
  /** Quantities by resource name, e.g. `{ cpu: "1", memory: "256Mi" }`. */
  limits?: Maybe<Scalars['JSON']['output']>;
  requests?: Maybe<Scalars['JSON']['output']>;
};

export type VolumeMount = {
  __typename?: 'VolumeMount';
  name: Scalars['String']['output'];
  mountPath: Scalars['String']['output'];
  subPath?: Maybe<Scalars['String']['output']>;
  /** Like subPath, with `$(VAR)` expanded from the container's environment. */
  subPathExpr?: Maybe<Scalars['String']['output']>;
  readOnly?: Maybe<Scalars['Boolean']['output']>;
  /** Accepted and ignored: every mount is private (docs/operations.md). */
  mountPropagation?: Maybe<Scalars['String']['output']>;
};

/** A liveness, readiness or startup check: exactly one of exec, httpGet, tcpSocket. */
export type Probe = {
  __typename?: 'Probe';
  exec?: Maybe<ExecAction>;
  httpGet?: Maybe<HttpGetAction>;
  tcpSocket?: Maybe<TcpSocketAction>;
  initialDelaySeconds?: Maybe<Scalars['Int']['output']>;
  timeoutSeconds?: Maybe<Scalars['Int']['output']>;
  periodSeconds?: Maybe<Scalars['Int']['output']>;
  successThreshold?: Maybe<Scalars['Int']['output']>;
  failureThreshold?: Maybe<Scalars['Int']['output']>;
  terminationGracePeriodSeconds?: Maybe<Scalars['Int']['output']>;
};

export type ExecAction = {
  __typename?: 'ExecAction';
  command?: Maybe<Array<Scalars['String']['output']>>;
};

export type HttpGetAction = {
  __typename?: 'HTTPGetAction';
  path?: Maybe<Scalars['String']['output']>;
  port: Scalars['IntOrString']['output'];
  host?: Maybe<Scalars['String']['output']>;
  scheme?: Maybe<UriScheme>;
  httpHeaders?: Maybe<Array<HttpHeader>>;
};

export type HttpHeader = {
  __typename?: 'HTTPHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type TcpSocketAction = {
  __typename?: 'TCPSocketAction';
  port: Scalars['IntOrString']['output'];
  host?: Maybe<Scalars['String']['output']>;
};

export type ContainerRestartPolicy =
  | 'Always';

export type TerminationMessagePolicy =
  | 'File'
  | 'FallbackToLogsOnError';

export type Lifecycle = {
  __typename?: 'Lifecycle';
  postStart?: Maybe<LifecycleHandler>;
  preStop?: Maybe<LifecycleHandler>;
};

/** One of exec, httpGet or sleep. */
export type LifecycleHandler = {
  __typename?: 'LifecycleHandler';
  exec?: Maybe<ExecAction>;
  httpGet?: Maybe<HttpGetAction>;
  sleep?: Maybe<SleepAction>;
};

export type SleepAction = {
  __typename?: 'SleepAction';
  seconds: Scalars['Int']['output'];
};

export type PodSecurityContext = {
  __typename?: 'PodSecurityContext';
  runAsUser?: Maybe<Scalars['Int']['output']>;
  runAsGroup?: Maybe<Scalars['Int']['output']>;
  runAsNonRoot?: Maybe<Scalars['Boolean']['output']>;
  supplementalGroups?: Maybe<Array<Scalars['Int']['output']>>;
  /** Volumes are group-owned by it and group-writable; containers get it as a supplementary group. */
  fsGroup?: Maybe<Scalars['Int']['output']>;
};

export type SecurityContext = {
  __typename?: 'SecurityContext';
  runAsUser?: Maybe<Scalars['Int']['output']>;
  runAsGroup?: Maybe<Scalars['Int']['output']>;
  runAsNonRoot?: Maybe<Scalars['Boolean']['output']>;
  /** Honoured by podman; the process runtime has no root filesystem of the container's own. */
  readOnlyRootFilesystem?: Maybe<Scalars['Boolean']['output']>;
  /** Honoured by podman only (see docs/security.md). */
  privileged?: Maybe<Scalars['Boolean']['output']>;
  allowPrivilegeEscalation?: Maybe<Scalars['Boolean']['output']>;
  /** Honoured by podman only (see docs/security.md). */
  capabilities?: Maybe<Capabilities>;
};

export type Capabilities = {
  __typename?: 'Capabilities';
  add?: Maybe<Array<Scalars['String']['output']>>;
  drop?: Maybe<Array<Scalars['String']['output']>>;
};

export type Affinity = {
  __typename?: 'Affinity';
  nodeAffinity?: Maybe<NodeAffinity>;
  podAffinity?: Maybe<PodAffinity>;
  podAntiAffinity?: Maybe<PodAntiAffinity>;
};

export type NodeAffinity = {
  __typename?: 'NodeAffinity';
  requiredDuringSchedulingIgnoredDuringExecution?: Maybe<NodeSelector>;
  preferredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<PreferredSchedulingTerm>>;
};

/** Terms are ORed; the requirements inside one term are ANDed. */
export type NodeSelector = {
  __typename?: 'NodeSelector';
  nodeSelectorTerms: Array<NodeSelectorTerm>;
};

export type NodeSelectorTerm = {
  __typename?: 'NodeSelectorTerm';
  matchExpressions?: Maybe<Array<NodeSelectorRequirement>>;
  matchFields?: Maybe<Array<NodeSelectorRequirement>>;
};

export type NodeSelectorRequirement = {
  __typename?: 'NodeSelectorRequirement';
  key: Scalars['String']['output'];
  operator: NodeSelectorOperator;
  values?: Maybe<Array<Scalars['String']['output']>>;
};

export type PreferredSchedulingTerm = {
  __typename?: 'PreferredSchedulingTerm';
  weight: Scalars['Int']['output'];
  preference: NodeSelectorTerm;
};

export type PodAffinity = {
  __typename?: 'PodAffinity';
  requiredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<PodAffinityTerm>>;
  preferredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<WeightedPodAffinityTerm>>;
};

export type PodAntiAffinity = {
  __typename?: 'PodAntiAffinity';
  requiredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<PodAffinityTerm>>;
  preferredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<WeightedPodAffinityTerm>>;
};

export type PodAffinityTerm = {
  __typename?: 'PodAffinityTerm';
  labelSelector?: Maybe<LabelSelector>;
  namespaces?: Maybe<Array<Scalars['String']['output']>>;
  namespaceSelector?: Maybe<LabelSelector>;
  topologyKey: Scalars['String']['output'];
};

export type WeightedPodAffinityTerm = {
  __typename?: 'WeightedPodAffinityTerm';
  weight: Scalars['Int']['output'];
  podAffinityTerm: PodAffinityTerm;
};

export type Toleration = {
  __typename?: 'Toleration';
  key?: Maybe<Scalars['String']['output']>;
  operator?: Maybe<TolerationOperator>;
  value?: Maybe<Scalars['String']['output']>;
  effect?: Maybe<TaintEffect>;
  tolerationSeconds?: Maybe<Scalars['Int']['output']>;
};

export type Volume = {
  __typename?: 'Volume';
  name: Scalars['String']['output'];
  emptyDir?: Maybe<EmptyDirVolumeSource>;
  hostPath?: Maybe<HostPathVolumeSource>;
  configMap?: Maybe<ConfigMapVolumeSource>;
  secret?: Maybe<SecretVolumeSource>;
  downwardAPI?: Maybe<DownwardApiVolumeSource>;
  projected?: Maybe<ProjectedVolumeSource>;
  persistentVolumeClaim?: Maybe<PersistentVolumeClaimVolumeSource>;
};

export type DownwardApiVolumeFile = {
  __typename?: 'DownwardAPIVolumeFile';
  path: Scalars['String']['output'];
  fieldRef?: Maybe<ObjectFieldSelector>;
  resourceFieldRef?: Maybe<ResourceFieldSelector>;
  mode?: Maybe<Scalars['Int']['output']>;
};

export type DownwardApiVolumeSource = {
  __typename?: 'DownwardAPIVolumeSource';
  items?: Maybe<Array<DownwardApiVolumeFile>>;
  defaultMode?: Maybe<Scalars['Int']['output']>;
};

export type DownwardApiProjection = {
  __typename?: 'DownwardAPIProjection';
  items?: Maybe<Array<DownwardApiVolumeFile>>;
};

export type ConfigMapProjection = {
  __typename?: 'ConfigMapProjection';
  name?: Maybe<Scalars['String']['output']>;
  items?: Maybe<Array<KeyToPath>>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type SecretProjection = {
  __typename?: 'SecretProjection';
  name?: Maybe<Scalars['String']['output']>;
  items?: Maybe<Array<KeyToPath>>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type ServiceAccountTokenProjection = {
  __typename?: 'ServiceAccountTokenProjection';
  audience?: Maybe<Scalars['String']['output']>;
  expirationSeconds?: Maybe<Scalars['Int']['output']>;
  path: Scalars['String']['output'];
};

export type VolumeProjection = {
  __typename?: 'VolumeProjection';
  configMap?: Maybe<ConfigMapProjection>;
  secret?: Maybe<SecretProjection>;
  downwardAPI?: Maybe<DownwardApiProjection>;
  serviceAccountToken?: Maybe<ServiceAccountTokenProjection>;
};

export type ProjectedVolumeSource = {
  __typename?: 'ProjectedVolumeSource';
  sources?: Maybe<Array<VolumeProjection>>;
  defaultMode?: Maybe<Scalars['Int']['output']>;
};

export type PersistentVolumeClaimVolumeSource = {
  __typename?: 'PersistentVolumeClaimVolumeSource';
  claimName: Scalars['String']['output'];
  readOnly?: Maybe<Scalars['Boolean']['output']>;
};

export type EmptyDirVolumeSource = {
  __typename?: 'EmptyDirVolumeSource';
  medium?: Maybe<Scalars['String']['output']>;
  sizeLimit?: Maybe<Scalars['String']['output']>;
};

export type HostPathVolumeSource = {
  __typename?: 'HostPathVolumeSource';
  path: Scalars['String']['output'];
  type?: Maybe<Scalars['String']['output']>;
};

export type KeyToPath = {
  __typename?: 'KeyToPath';
  key: Scalars['String']['output'];
  path: Scalars['String']['output'];
  mode?: Maybe<Scalars['Int']['output']>;
};

export type ConfigMapVolumeSource = {
  __typename?: 'ConfigMapVolumeSource';
  name?: Maybe<Scalars['String']['output']>;
  items?: Maybe<Array<KeyToPath>>;
  defaultMode?: Maybe<Scalars['Int']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type SecretVolumeSource = {
  __typename?: 'SecretVolumeSource';
  secretName?: Maybe<Scalars['String']['output']>;
  items?: Maybe<Array<KeyToPath>>;
  defaultMode?: Maybe<Scalars['Int']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type PodStatus = {
  __typename?: 'PodStatus';
  phase?: Maybe<PodPhase>;
  conditions?: Maybe<Array<PodCondition>>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  nominatedNodeName?: Maybe<Scalars['String']['output']>;
  hostIP?: Maybe<Scalars['String']['output']>;
  podIP?: Maybe<Scalars['String']['output']>;
  podIPs?: Maybe<Array<PodIp>>;
  startTime?: Maybe<Scalars['String']['output']>;
  initContainerStatuses?: Maybe<Array<ContainerStatus>>;
  containerStatuses?: Maybe<Array<ContainerStatus>>;
  qosClass?: Maybe<Scalars['String']['output']>;
};

export type PodCondition = {
  __typename?: 'PodCondition';
  /** PodScheduled, Initialized, ContainersReady, Ready, … */
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastProbeTime?: Maybe<Scalars['String']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type PodIp = {
  __typename?: 'PodIP';
  ip: Scalars['String']['output'];
};

export type ContainerStatus = {
  __typename?: 'ContainerStatus';
  name: Scalars['String']['output'];
  state?: Maybe<ContainerState>;
  lastState?: Maybe<ContainerState>;
  ready: Scalars['Boolean']['output'];
  restartCount: Scalars['Int']['output'];
  image?: Maybe<Scalars['String']['output']>;
  imageID?: Maybe<Scalars['String']['output']>;
  containerID?: Maybe<Scalars['String']['output']>;
  started?: Maybe<Scalars['Boolean']['output']>;
};

/** At most one of waiting, running, terminated is set. */
export type ContainerState = {
  __typename?: 'ContainerState';
  waiting?: Maybe<ContainerStateWaiting>;
  running?: Maybe<ContainerStateRunning>;
  terminated?: Maybe<ContainerStateTerminated>;
};

export type ContainerStateWaiting = {
  __typename?: 'ContainerStateWaiting';
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type ContainerStateRunning = {
  __typename?: 'ContainerStateRunning';
  startedAt?: Maybe<Scalars['String']['output']>;
};

export type ContainerStateTerminated = {
  __typename?: 'ContainerStateTerminated';
  exitCode: Scalars['Int']['output'];
  signal?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['String']['output']>;
  containerID?: Maybe<Scalars['String']['output']>;
};

export type PodInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<PodSpecInput>;
  /** Ignored by create and replace: status is written with updatePodStatus. */
  status?: InputMaybe<PodStatusInput>;
};

export type PodTemplateSpecInput = {
  metadata?: InputMaybe<ObjectMetaInput>;
  spec?: InputMaybe<PodSpecInput>;
};

export type PodSpecInput = {
  containers: Array<ContainerInput>;
  initContainers?: InputMaybe<Array<ContainerInput>>;
  restartPolicy?: InputMaybe<RestartPolicy>;
  terminationGracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  activeDeadlineSeconds?: InputMaybe<Scalars['Int']['input']>;
  nodeName?: InputMaybe<Scalars['String']['input']>;
  nodeSelector?: InputMaybe<Scalars['JSON']['input']>;
  affinity?: InputMaybe<AffinityInput>;
  tolerations?: InputMaybe<Array<TolerationInput>>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  priorityClassName?: InputMaybe<Scalars['String']['input']>;
  schedulerName?: InputMaybe<Scalars['String']['input']>;
  serviceAccountName?: InputMaybe<Scalars['String']['input']>;
  automountServiceAccountToken?: InputMaybe<Scalars['Boolean']['input']>;
  volumes?: InputMaybe<Array<VolumeInput>>;
  hostNetwork?: InputMaybe<Scalars['Boolean']['input']>;
  hostname?: InputMaybe<Scalars['String']['input']>;
  subdomain?: InputMaybe<Scalars['String']['input']>;
  hostAliases?: InputMaybe<Array<HostAliasInput>>;
  dnsPolicy?: InputMaybe<Scalars['String']['input']>;
  dnsConfig?: InputMaybe<PodDnsConfigInput>;
  enableServiceLinks?: InputMaybe<Scalars['Boolean']['input']>;
  securityContext?: InputMaybe<PodSecurityContextInput>;
};

export type HostAliasInput = {
  ip: Scalars['String']['input'];
  hostnames?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PodDnsConfigInput = {
  nameservers?: InputMaybe<Array<Scalars['String']['input']>>;
  searches?: InputMaybe<Array<Scalars['String']['input']>>;
  options?: InputMaybe<Array<PodDnsConfigOptionInput>>;
};

export type PodDnsConfigOptionInput = {
  name: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

export type ContainerInput = {
  name: Scalars['String']['input'];
  image?: InputMaybe<Scalars['String']['input']>;
  imagePullPolicy?: InputMaybe<PullPolicy>;
  command?: InputMaybe<Array<Scalars['String']['input']>>;
  args?: InputMaybe<Array<Scalars['String']['input']>>;
  workingDir?: InputMaybe<Scalars['String']['input']>;
  stdin?: InputMaybe<Scalars['Boolean']['input']>;
  stdinOnce?: InputMaybe<Scalars['Boolean']['input']>;
  tty?: InputMaybe<Scalars['Boolean']['input']>;
  restartPolicy?: InputMaybe<ContainerRestartPolicy>;
  lifecycle?: InputMaybe<LifecycleInput>;
  terminationMessagePath?: InputMaybe<Scalars['String']['input']>;
  terminationMessagePolicy?: InputMaybe<TerminationMessagePolicy>;
  securityContext?: InputMaybe<SecurityContextInput>;
  ports?: InputMaybe<Array<ContainerPortInput>>;
  env?: InputMaybe<Array<EnvVarInput>>;
  envFrom?: InputMaybe<Array<EnvFromSourceInput>>;
  resources?: InputMaybe<ResourceRequirementsInput>;
  volumeMounts?: InputMaybe<Array<VolumeMountInput>>;
  livenessProbe?: InputMaybe<ProbeInput>;
  readinessProbe?: InputMaybe<ProbeInput>;
  startupProbe?: InputMaybe<ProbeInput>;
};

export type ContainerPortInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  containerPort: Scalars['Int']['input'];
  hostPort?: InputMaybe<Scalars['Int']['input']>;
  hostIP?: InputMaybe<Scalars['String']['input']>;
  protocol?: InputMaybe<Protocol>;
};

export type EnvVarInput = {
  name: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
  valueFrom?: InputMaybe<EnvVarSourceInput>;
};

export type EnvVarSourceInput = {
  fieldRef?: InputMaybe<ObjectFieldSelectorInput>;
  resourceFieldRef?: InputMaybe<ResourceFieldSelectorInput>;
  configMapKeyRef?: InputMaybe<ConfigMapKeySelectorInput>;
  secretKeyRef?: InputMaybe<SecretKeySelectorInput>;
};

export type ObjectFieldSelectorInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  fieldPath: Scalars['String']['input'];
};

export type ResourceFieldSelectorInput = {
  containerName?: InputMaybe<Scalars['String']['input']>;
  resource: Scalars['String']['input'];
  divisor?: InputMaybe<Scalars['String']['input']>;
};

export type ConfigMapKeySelectorInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SecretKeySelectorInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EnvFromSourceInput = {
  prefix?: InputMaybe<Scalars['String']['input']>;
  configMapRef?: InputMaybe<ConfigMapEnvSourceInput>;
  secretRef?: InputMaybe<SecretEnvSourceInput>;
};

export type ConfigMapEnvSourceInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SecretEnvSourceInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ResourceRequirementsInput = {
  limits?: InputMaybe<Scalars['JSON']['input']>;
  requests?: InputMaybe<Scalars['JSON']['input']>;
};

export type VolumeMountInput = {
  name: Scalars['String']['input'];
  mountPath: Scalars['String']['input'];
  subPath?: InputMaybe<Scalars['String']['input']>;
  subPathExpr?: InputMaybe<Scalars['String']['input']>;
  readOnly?: InputMaybe<Scalars['Boolean']['input']>;
  mountPropagation?: InputMaybe<Scalars['String']['input']>;
};

export type ProbeInput = {
  exec?: InputMaybe<ExecActionInput>;
  httpGet?: InputMaybe<HttpGetActionInput>;
  tcpSocket?: InputMaybe<TcpSocketActionInput>;
  initialDelaySeconds?: InputMaybe<Scalars['Int']['input']>;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  periodSeconds?: InputMaybe<Scalars['Int']['input']>;
  successThreshold?: InputMaybe<Scalars['Int']['input']>;
  failureThreshold?: InputMaybe<Scalars['Int']['input']>;
  terminationGracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type ExecActionInput = {
  command?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type HttpGetActionInput = {
  path?: InputMaybe<Scalars['String']['input']>;
  port: Scalars['IntOrString']['input'];
  host?: InputMaybe<Scalars['String']['input']>;
  scheme?: InputMaybe<UriScheme>;
  httpHeaders?: InputMaybe<Array<HttpHeaderInput>>;
};

export type LifecycleInput = {
  postStart?: InputMaybe<LifecycleHandlerInput>;
  preStop?: InputMaybe<LifecycleHandlerInput>;
};

export type LifecycleHandlerInput = {
  exec?: InputMaybe<ExecActionInput>;
  httpGet?: InputMaybe<HttpGetActionInput>;
  sleep?: InputMaybe<SleepActionInput>;
};

export type SleepActionInput = {
  seconds: Scalars['Int']['input'];
};

export type PodSecurityContextInput = {
  runAsUser?: InputMaybe<Scalars['Int']['input']>;
  runAsGroup?: InputMaybe<Scalars['Int']['input']>;
  runAsNonRoot?: InputMaybe<Scalars['Boolean']['input']>;
  supplementalGroups?: InputMaybe<Array<Scalars['Int']['input']>>;
  fsGroup?: InputMaybe<Scalars['Int']['input']>;
};

export type SecurityContextInput = {
  runAsUser?: InputMaybe<Scalars['Int']['input']>;
  runAsGroup?: InputMaybe<Scalars['Int']['input']>;
  runAsNonRoot?: InputMaybe<Scalars['Boolean']['input']>;
  readOnlyRootFilesystem?: InputMaybe<Scalars['Boolean']['input']>;
  privileged?: InputMaybe<Scalars['Boolean']['input']>;
  allowPrivilegeEscalation?: InputMaybe<Scalars['Boolean']['input']>;
  capabilities?: InputMaybe<CapabilitiesInput>;
};

export type CapabilitiesInput = {
  add?: InputMaybe<Array<Scalars['String']['input']>>;
  drop?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type HttpHeaderInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type TcpSocketActionInput = {
  port: Scalars['IntOrString']['input'];
  host?: InputMaybe<Scalars['String']['input']>;
};

export type AffinityInput = {
  nodeAffinity?: InputMaybe<NodeAffinityInput>;
  podAffinity?: InputMaybe<PodAffinityInput>;
  podAntiAffinity?: InputMaybe<PodAntiAffinityInput>;
};

export type NodeAffinityInput = {
  requiredDuringSchedulingIgnoredDuringExecution?: InputMaybe<NodeSelectorInput>;
  preferredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<PreferredSchedulingTermInput>>;
};

export type NodeSelectorInput = {
  nodeSelectorTerms: Array<NodeSelectorTermInput>;
};

export type NodeSelectorTermInput = {
  matchExpressions?: InputMaybe<Array<NodeSelectorRequirementInput>>;
  matchFields?: InputMaybe<Array<NodeSelectorRequirementInput>>;
};

export type NodeSelectorRequirementInput = {
  key: Scalars['String']['input'];
  operator: NodeSelectorOperator;
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PreferredSchedulingTermInput = {
  weight: Scalars['Int']['input'];
  preference: NodeSelectorTermInput;
};

export type PodAffinityInput = {
  requiredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<PodAffinityTermInput>>;
  preferredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<WeightedPodAffinityTermInput>>;
};

export type PodAntiAffinityInput = {
  requiredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<PodAffinityTermInput>>;
  preferredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<WeightedPodAffinityTermInput>>;
};

export type PodAffinityTermInput = {
  labelSelector?: InputMaybe<LabelSelectorInput>;
  namespaces?: InputMaybe<Array<Scalars['String']['input']>>;
  namespaceSelector?: InputMaybe<LabelSelectorInput>;
  topologyKey: Scalars['String']['input'];
};

export type WeightedPodAffinityTermInput = {
  weight: Scalars['Int']['input'];
  podAffinityTerm: PodAffinityTermInput;
};

export type TolerationInput = {
  key?: InputMaybe<Scalars['String']['input']>;
  operator?: InputMaybe<TolerationOperator>;
  value?: InputMaybe<Scalars['String']['input']>;
  effect?: InputMaybe<TaintEffect>;
  tolerationSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type VolumeInput = {
  name: Scalars['String']['input'];
  emptyDir?: InputMaybe<EmptyDirVolumeSourceInput>;
  hostPath?: InputMaybe<HostPathVolumeSourceInput>;
  configMap?: InputMaybe<ConfigMapVolumeSourceInput>;
  secret?: InputMaybe<SecretVolumeSourceInput>;
  downwardAPI?: InputMaybe<DownwardApiVolumeSourceInput>;
  projected?: InputMaybe<ProjectedVolumeSourceInput>;
  persistentVolumeClaim?: InputMaybe<PersistentVolumeClaimVolumeSourceInput>;
};

export type DownwardApiVolumeFileInput = {
  path: Scalars['String']['input'];
  fieldRef?: InputMaybe<ObjectFieldSelectorInput>;
  resourceFieldRef?: InputMaybe<ResourceFieldSelectorInput>;
  mode?: InputMaybe<Scalars['Int']['input']>;
};

export type DownwardApiVolumeSourceInput = {
  items?: InputMaybe<Array<DownwardApiVolumeFileInput>>;
  defaultMode?: InputMaybe<Scalars['Int']['input']>;
};

export type DownwardApiProjectionInput = {
  items?: InputMaybe<Array<DownwardApiVolumeFileInput>>;
};

export type ConfigMapProjectionInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<KeyToPathInput>>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SecretProjectionInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<KeyToPathInput>>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ServiceAccountTokenProjectionInput = {
  audience?: InputMaybe<Scalars['String']['input']>;
  expirationSeconds?: InputMaybe<Scalars['Int']['input']>;
  path: Scalars['String']['input'];
};

export type VolumeProjectionInput = {
  configMap?: InputMaybe<ConfigMapProjectionInput>;
  secret?: InputMaybe<SecretProjectionInput>;
  downwardAPI?: InputMaybe<DownwardApiProjectionInput>;
  serviceAccountToken?: InputMaybe<ServiceAccountTokenProjectionInput>;
};

export type ProjectedVolumeSourceInput = {
  sources?: InputMaybe<Array<VolumeProjectionInput>>;
  defaultMode?: InputMaybe<Scalars['Int']['input']>;
};

export type PersistentVolumeClaimVolumeSourceInput = {
  claimName: Scalars['String']['input'];
  readOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EmptyDirVolumeSourceInput = {
  medium?: InputMaybe<Scalars['String']['input']>;
  sizeLimit?: InputMaybe<Scalars['String']['input']>;
};

export type HostPathVolumeSourceInput = {
  path: Scalars['String']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
};

export type KeyToPathInput = {
  key: Scalars['String']['input'];
  path: Scalars['String']['input'];
  mode?: InputMaybe<Scalars['Int']['input']>;
};

export type ConfigMapVolumeSourceInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<KeyToPathInput>>;
  defaultMode?: InputMaybe<Scalars['Int']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SecretVolumeSourceInput = {
  secretName?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<KeyToPathInput>>;
  defaultMode?: InputMaybe<Scalars['Int']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PodStatusInput = {
  phase?: InputMaybe<PodPhase>;
  conditions?: InputMaybe<Array<PodConditionInput>>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  nominatedNodeName?: InputMaybe<Scalars['String']['input']>;
  hostIP?: InputMaybe<Scalars['String']['input']>;
  podIP?: InputMaybe<Scalars['String']['input']>;
  podIPs?: InputMaybe<Array<PodIpInput>>;
  startTime?: InputMaybe<Scalars['String']['input']>;
  initContainerStatuses?: InputMaybe<Array<ContainerStatusInput>>;
  containerStatuses?: InputMaybe<Array<ContainerStatusInput>>;
  qosClass?: InputMaybe<Scalars['String']['input']>;
};

export type PodConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastProbeTime?: InputMaybe<Scalars['String']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type PodIpInput = {
  ip: Scalars['String']['input'];
};

export type ContainerStatusInput = {
  name: Scalars['String']['input'];
  state?: InputMaybe<ContainerStateInput>;
  lastState?: InputMaybe<ContainerStateInput>;
  ready: Scalars['Boolean']['input'];
  restartCount: Scalars['Int']['input'];
  image?: InputMaybe<Scalars['String']['input']>;
  imageID?: InputMaybe<Scalars['String']['input']>;
  containerID?: InputMaybe<Scalars['String']['input']>;
  started?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ContainerStateInput = {
  waiting?: InputMaybe<ContainerStateWaitingInput>;
  running?: InputMaybe<ContainerStateRunningInput>;
  terminated?: InputMaybe<ContainerStateTerminatedInput>;
};

export type ContainerStateWaitingInput = {
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type ContainerStateRunningInput = {
  startedAt?: InputMaybe<Scalars['String']['input']>;
};

export type ContainerStateTerminatedInput = {
  exitCode: Scalars['Int']['input'];
  signal?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  startedAt?: InputMaybe<Scalars['String']['input']>;
  finishedAt?: InputMaybe<Scalars['String']['input']>;
  containerID?: InputMaybe<Scalars['String']['input']>;
};

export type ReplicaSet = {
  __typename?: 'ReplicaSet';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<ReplicaSetSpec>;
  status?: Maybe<ReplicaSetStatus>;
};

export type ReplicaSetSpec = {
  __typename?: 'ReplicaSetSpec';
  replicas?: Maybe<Scalars['Int']['output']>;
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  selector: LabelSelector;
  template?: Maybe<PodTemplateSpec>;
};

export type ReplicaSetStatus = {
  __typename?: 'ReplicaSetStatus';
  replicas: Scalars['Int']['output'];
  fullyLabeledReplicas?: Maybe<Scalars['Int']['output']>;
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  availableReplicas?: Maybe<Scalars['Int']['output']>;
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<ReplicaSetCondition>>;
};

export type ReplicaSetCondition = {
  __typename?: 'ReplicaSetCondition';
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type ReplicaSetInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<ReplicaSetSpecInput>;
  status?: InputMaybe<ReplicaSetStatusInput>;
};

export type ReplicaSetSpecInput = {
  replicas?: InputMaybe<Scalars['Int']['input']>;
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  selector: LabelSelectorInput;
  template?: InputMaybe<PodTemplateSpecInput>;
};

export type ReplicaSetStatusInput = {
  replicas: Scalars['Int']['input'];
  fullyLabeledReplicas?: InputMaybe<Scalars['Int']['input']>;
  readyReplicas?: InputMaybe<Scalars['Int']['input']>;
  availableReplicas?: InputMaybe<Scalars['Int']['input']>;
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<ReplicaSetConditionInput>>;
};

export type ReplicaSetConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type DeploymentStrategyType =
  | 'RollingUpdate'
  | 'Recreate';

export type Deployment = {
  __typename?: 'Deployment';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<DeploymentSpec>;
  status?: Maybe<DeploymentStatus>;
};

export type DeploymentSpec = {
  __typename?: 'DeploymentSpec';
  replicas?: Maybe<Scalars['Int']['output']>;
  selector: LabelSelector;
  template: PodTemplateSpec;
  strategy?: Maybe<DeploymentStrategy>;
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  revisionHistoryLimit?: Maybe<Scalars['Int']['output']>;
  paused?: Maybe<Scalars['Boolean']['output']>;
  progressDeadlineSeconds?: Maybe<Scalars['Int']['output']>;
};

export type DeploymentStrategy = {
  __typename?: 'DeploymentStrategy';
  type?: Maybe<DeploymentStrategyType>;
  rollingUpdate?: Maybe<RollingUpdateDeployment>;
};

export type RollingUpdateDeployment = {
  __typename?: 'RollingUpdateDeployment';
  /** A count or a percentage (`25%`). */
  maxUnavailable?: Maybe<Scalars['IntOrString']['output']>;
  /** A count or a percentage (`25%`). */
  maxSurge?: Maybe<Scalars['IntOrString']['output']>;
};

export type DeploymentStatus = {
  __typename?: 'DeploymentStatus';
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  replicas?: Maybe<Scalars['Int']['output']>;
  updatedReplicas?: Maybe<Scalars['Int']['output']>;
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  availableReplicas?: Maybe<Scalars['Int']['output']>;
  unavailableReplicas?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<DeploymentCondition>>;
  collisionCount?: Maybe<Scalars['Int']['output']>;
};

export type DeploymentCondition = {
  __typename?: 'DeploymentCondition';
  /** Available, Progressing, ReplicaFailure. */
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastUpdateTime?: Maybe<Scalars['String']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type DeploymentInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<DeploymentSpecInput>;
  status?: InputMaybe<DeploymentStatusInput>;
};

export type DeploymentSpecInput = {
  replicas?: InputMaybe<Scalars['Int']['input']>;
  selector: LabelSelectorInput;
  template: PodTemplateSpecInput;
  strategy?: InputMaybe<DeploymentStrategyInput>;
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  revisionHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
  paused?: InputMaybe<Scalars['Boolean']['input']>;
  progressDeadlineSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type DeploymentStrategyInput = {
  type?: InputMaybe<DeploymentStrategyType>;
  rollingUpdate?: InputMaybe<RollingUpdateDeploymentInput>;
};

export type RollingUpdateDeploymentInput = {
  maxUnavailable?: InputMaybe<Scalars['IntOrString']['input']>;
  maxSurge?: InputMaybe<Scalars['IntOrString']['input']>;
};

export type DeploymentStatusInput = {
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  replicas?: InputMaybe<Scalars['Int']['input']>;
  updatedReplicas?: InputMaybe<Scalars['Int']['input']>;
  readyReplicas?: InputMaybe<Scalars['Int']['input']>;
  availableReplicas?: InputMaybe<Scalars['Int']['input']>;
  unavailableReplicas?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<DeploymentConditionInput>>;
  collisionCount?: InputMaybe<Scalars['Int']['input']>;
};

export type DeploymentConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastUpdateTime?: InputMaybe<Scalars['String']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceType =
  | 'ClusterIP'
  | 'NodePort'
  | 'LoadBalancer'
  | 'ExternalName';

export type ServiceAffinity =
  | 'ClientIP'
  | 'None';

export type ServiceTrafficPolicy =
  | 'Cluster'
  | 'Local';

export type Service = {
  __typename?: 'Service';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<ServiceSpec>;
  status?: Maybe<ServiceStatus>;
};

export type ServiceSpec = {
  __typename?: 'ServiceSpec';
  type?: Maybe<ServiceType>;
  /** Pods with all these labels are the Service's endpoints. */
  selector?: Maybe<Scalars['JSON']['output']>;
  ports?: Maybe<Array<ServicePort>>;
  /** Allocated by the server unless given; `None` makes a headless Service. */
  clusterIP?: Maybe<Scalars['String']['output']>;
  clusterIPs?: Maybe<Array<Scalars['String']['output']>>;
  externalIPs?: Maybe<Array<Scalars['String']['output']>>;
  externalName?: Maybe<Scalars['String']['output']>;
  sessionAffinity?: Maybe<ServiceAffinity>;
  sessionAffinityConfig?: Maybe<SessionAffinityConfig>;
  externalTrafficPolicy?: Maybe<ServiceTrafficPolicy>;
  internalTrafficPolicy?: Maybe<ServiceTrafficPolicy>;
  publishNotReadyAddresses?: Maybe<Scalars['Boolean']['output']>;
};

export type ServicePort = {
  __typename?: 'ServicePort';
  name?: Maybe<Scalars['String']['output']>;
  protocol?: Maybe<Protocol>;
  port: Scalars['Int']['output'];
  /** The pod's port number or the name of a container port; defaults to `port`. */
  targetPort?: Maybe<Scalars['IntOrString']['output']>;
  /** Allocated by the server for NodePort and LoadBalancer Services unless given. */
  nodePort?: Maybe<Scalars['Int']['output']>;
};

export type SessionAffinityConfig = {
  __typename?: 'SessionAffinityConfig';
  clientIP?: Maybe<ClientIpConfig>;
};

export type ClientIpConfig = {
  __typename?: 'ClientIPConfig';
  timeoutSeconds?: Maybe<Scalars['Int']['output']>;
};

export type ServiceStatus = {
  __typename?: 'ServiceStatus';
  loadBalancer?: Maybe<LoadBalancerStatus>;
  conditions?: Maybe<Array<Condition>>;
};

export type LoadBalancerStatus = {
  __typename?: 'LoadBalancerStatus';
  ingress?: Maybe<Array<LoadBalancerIngress>>;
};

export type LoadBalancerIngress = {
  __typename?: 'LoadBalancerIngress';
  ip?: Maybe<Scalars['String']['output']>;
  hostname?: Maybe<Scalars['String']['output']>;
};

/** The generic condition shape (metav1.Condition). */
export type Condition = {
  __typename?: 'Condition';
  type: Scalars['String']['output'];
  status: ConditionStatus;
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type ServiceInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<ServiceSpecInput>;
  status?: InputMaybe<ServiceStatusInput>;
};

export type ServiceSpecInput = {
  type?: InputMaybe<ServiceType>;
  selector?: InputMaybe<Scalars['JSON']['input']>;
  ports?: InputMaybe<Array<ServicePortInput>>;
  clusterIP?: InputMaybe<Scalars['String']['input']>;
  clusterIPs?: InputMaybe<Array<Scalars['String']['input']>>;
  externalIPs?: InputMaybe<Array<Scalars['String']['input']>>;
  externalName?: InputMaybe<Scalars['String']['input']>;
  sessionAffinity?: InputMaybe<ServiceAffinity>;
  sessionAffinityConfig?: InputMaybe<SessionAffinityConfigInput>;
  externalTrafficPolicy?: InputMaybe<ServiceTrafficPolicy>;
  internalTrafficPolicy?: InputMaybe<ServiceTrafficPolicy>;
  publishNotReadyAddresses?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ServicePortInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  protocol?: InputMaybe<Protocol>;
  port: Scalars['Int']['input'];
  targetPort?: InputMaybe<Scalars['IntOrString']['input']>;
  nodePort?: InputMaybe<Scalars['Int']['input']>;
};

export type SessionAffinityConfigInput = {
  clientIP?: InputMaybe<ClientIpConfigInput>;
};

export type ClientIpConfigInput = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type ServiceStatusInput = {
  loadBalancer?: InputMaybe<LoadBalancerStatusInput>;
  conditions?: InputMaybe<Array<ConditionInput>>;
};

export type LoadBalancerStatusInput = {
  ingress?: InputMaybe<Array<LoadBalancerIngressInput>>;
};

export type LoadBalancerIngressInput = {
  ip?: InputMaybe<Scalars['String']['input']>;
  hostname?: InputMaybe<Scalars['String']['input']>;
};

export type ConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

/** The addresses behind a Service, kept by the endpoints controller. Named like its Service. */
export type Endpoints = {
  __typename?: 'Endpoints';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  subsets?: Maybe<Array<EndpointSubset>>;
};

export type EndpointSubset = {
  __typename?: 'EndpointSubset';
  addresses?: Maybe<Array<EndpointAddress>>;
  notReadyAddresses?: Maybe<Array<EndpointAddress>>;
  ports?: Maybe<Array<EndpointPort>>;
};

export type EndpointAddress = {
  __typename?: 'EndpointAddress';
  ip: Scalars['String']['output'];
  hostname?: Maybe<Scalars['String']['output']>;
  nodeName?: Maybe<Scalars['String']['output']>;
  targetRef?: Maybe<ObjectReference>;
};

export type EndpointPort = {
  __typename?: 'EndpointPort';
  name?: Maybe<Scalars['String']['output']>;
  port: Scalars['Int']['output'];
  protocol?: Maybe<Protocol>;
};

export type EndpointsInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  subsets?: InputMaybe<Array<EndpointSubsetInput>>;
};

export type EndpointSubsetInput = {
  addresses?: InputMaybe<Array<EndpointAddressInput>>;
  notReadyAddresses?: InputMaybe<Array<EndpointAddressInput>>;
  ports?: InputMaybe<Array<EndpointPortInput>>;
};

export type EndpointAddressInput = {
  ip: Scalars['String']['input'];
  hostname?: InputMaybe<Scalars['String']['input']>;
  nodeName?: InputMaybe<Scalars['String']['input']>;
  targetRef?: InputMaybe<ObjectReferenceInput>;
};

export type EndpointPortInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  port: Scalars['Int']['input'];
  protocol?: InputMaybe<Protocol>;
};

export type ServiceAccount = {
  __typename?: 'ServiceAccount';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  secrets?: Maybe<Array<ObjectReference>>;
  imagePullSecrets?: Maybe<Array<LocalObjectReference>>;
  automountServiceAccountToken?: Maybe<Scalars['Boolean']['output']>;
};

export type ServiceAccountInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  secrets?: InputMaybe<Array<ObjectReferenceInput>>;
  imagePullSecrets?: InputMaybe<Array<LocalObjectReferenceInput>>;
  automountServiceAccountToken?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Secret = {
  __typename?: 'Secret';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  /** Opaque, kubernetes.io/service-account-token, … */
  type?: Maybe<Scalars['String']['output']>;
  /** Values are base64-encoded. */
  data?: Maybe<Scalars['JSON']['output']>;
  /** Plain-text values, merged into data on write (write-only, as in Kubernetes). */
  stringData?: Maybe<Scalars['JSON']['output']>;
  immutable?: Maybe<Scalars['Boolean']['output']>;
};

export type SecretInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  type?: InputMaybe<Scalars['String']['input']>;
  data?: InputMaybe<Scalars['JSON']['input']>;
  stringData?: InputMaybe<Scalars['JSON']['input']>;
  immutable?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConfigMap = {
  __typename?: 'ConfigMap';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  data?: Maybe<Scalars['JSON']['output']>;
  /** Values are base64-encoded. */
  binaryData?: Maybe<Scalars['JSON']['output']>;
  immutable?: Maybe<Scalars['Boolean']['output']>;
};

export type ConfigMapInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  data?: InputMaybe<Scalars['JSON']['input']>;
  binaryData?: InputMaybe<Scalars['JSON']['input']>;
  immutable?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Node heartbeats (namespace kube-node-lease, one per node) and leader election. */
export type Lease = {
  __typename?: 'Lease';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<LeaseSpec>;
};

export type LeaseSpec = {
  __typename?: 'LeaseSpec';
  holderIdentity?: Maybe<Scalars['String']['output']>;
  leaseDurationSeconds?: Maybe<Scalars['Int']['output']>;
  acquireTime?: Maybe<Scalars['String']['output']>;
  renewTime?: Maybe<Scalars['String']['output']>;
  leaseTransitions?: Maybe<Scalars['Int']['output']>;
};

export type LeaseInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<LeaseSpecInput>;
};

export type LeaseSpecInput = {
  holderIdentity?: InputMaybe<Scalars['String']['input']>;
  leaseDurationSeconds?: InputMaybe<Scalars['Int']['input']>;
  acquireTime?: InputMaybe<Scalars['String']['input']>;
  renewTime?: InputMaybe<Scalars['String']['input']>;
  leaseTransitions?: InputMaybe<Scalars['Int']['input']>;
};

/** Something that happened to an object (scheduled, pulled, started, killed, …). */
export type Event = {
  __typename?: 'Event';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  involvedObject: ObjectReference;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  /** Normal or Warning. */
  type?: Maybe<Scalars['String']['output']>;
  count?: Maybe<Scalars['Int']['output']>;
  firstTimestamp?: Maybe<Scalars['String']['output']>;
  lastTimestamp?: Maybe<Scalars['String']['output']>;
  eventTime?: Maybe<Scalars['String']['output']>;
  source?: Maybe<EventSource>;
  action?: Maybe<Scalars['String']['output']>;
  related?: Maybe<ObjectReference>;
  reportingComponent?: Maybe<Scalars['String']['output']>;
  reportingInstance?: Maybe<Scalars['String']['output']>;
};

export type EventSource = {
  __typename?: 'EventSource';
  component?: Maybe<Scalars['String']['output']>;
  host?: Maybe<Scalars['String']['output']>;
};

export type EventInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  involvedObject: ObjectReferenceInput;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  count?: InputMaybe<Scalars['Int']['input']>;
  firstTimestamp?: InputMaybe<Scalars['String']['input']>;
  lastTimestamp?: InputMaybe<Scalars['String']['input']>;
  eventTime?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<EventSourceInput>;
  action?: InputMaybe<Scalars['String']['input']>;
  related?: InputMaybe<ObjectReferenceInput>;
  reportingComponent?: InputMaybe<Scalars['String']['input']>;
  reportingInstance?: InputMaybe<Scalars['String']['input']>;
};

export type EventSourceInput = {
  component?: InputMaybe<Scalars['String']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One rule of a Role or ClusterRole: `verbs` on `resources` (`pods`, `pods/log`, `*`) of `apiGroups`
 * (`""` is the core group), optionally only the objects named in `resourceNames`; or, in a
 * ClusterRole only, `verbs` on `nonResourceURLs` (`/metrics`, `/healthz/*`).
 */
export type PolicyRule = {
  __typename?: 'PolicyRule';
  verbs: Array<Scalars['String']['output']>;
  apiGroups?: Maybe<Array<Scalars['String']['output']>>;
  resources?: Maybe<Array<Scalars['String']['output']>>;
  resourceNames?: Maybe<Array<Scalars['String']['output']>>;
  nonResourceURLs?: Maybe<Array<Scalars['String']['output']>>;
};

/** Which ClusterRoles' rules the aggregation controller copies into this one. */
export type AggregationRule = {
  __typename?: 'AggregationRule';
  clusterRoleSelectors?: Maybe<Array<LabelSelector>>;
};

/** The role a binding grants (immutable): kind Role (RoleBindings only) or ClusterRole. */
export type RoleRef = {
  __typename?: 'RoleRef';
  apiGroup: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Who a binding grants its role to: kind User, Group or ServiceAccount (with its namespace). */
export type Subject = {
  __typename?: 'Subject';
  kind: Scalars['String']['output'];
  apiGroup?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  namespace?: Maybe<Scalars['String']['output']>;
};

/** What may be done in one namespace. */
export type Role = {
  __typename?: 'Role';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  rules?: Maybe<Array<PolicyRule>>;
};

/** What may be done in the whole cluster, or in one namespace when a RoleBinding grants it. */
export type ClusterRole = {
  __typename?: 'ClusterRole';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  rules?: Maybe<Array<PolicyRule>>;
  aggregationRule?: Maybe<AggregationRule>;
};

/** Grants a Role, or a ClusterRole's rules, in the binding's namespace. */
export type RoleBinding = {
  __typename?: 'RoleBinding';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  subjects?: Maybe<Array<Subject>>;
  roleRef: RoleRef;
};

/** Grants a ClusterRole in the whole cluster. */
export type ClusterRoleBinding = {
  __typename?: 'ClusterRoleBinding';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  subjects?: Maybe<Array<Subject>>;
  roleRef: RoleRef;
};

export type PolicyRuleInput = {
  verbs?: InputMaybe<Array<Scalars['String']['input']>>;
  apiGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  resources?: InputMaybe<Array<Scalars['String']['input']>>;
  resourceNames?: InputMaybe<Array<Scalars['String']['input']>>;
  nonResourceURLs?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AggregationRuleInput = {
  clusterRoleSelectors?: InputMaybe<Array<LabelSelectorInput>>;
};

export type RoleRefInput = {
  apiGroup?: InputMaybe<Scalars['String']['input']>;
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type SubjectInput = {
  kind: Scalars['String']['input'];
  apiGroup?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};

export type RoleInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  rules?: InputMaybe<Array<PolicyRuleInput>>;
};

export type ClusterRoleInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  rules?: InputMaybe<Array<PolicyRuleInput>>;
  aggregationRule?: InputMaybe<AggregationRuleInput>;
};

export type RoleBindingInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  subjects?: InputMaybe<Array<SubjectInput>>;
  roleRef: RoleRefInput;
};

export type ClusterRoleBindingInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  subjects?: InputMaybe<Array<SubjectInput>>;
  roleRef: RoleRefInput;
};

export type ReplicationController = {
  __typename?: 'ReplicationController';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<ReplicationControllerSpec>;
  status?: Maybe<ReplicationControllerStatus>;
};

export type ReplicationControllerSpec = {
  __typename?: 'ReplicationControllerSpec';
  replicas?: Maybe<Scalars['Int']['output']>;
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  /** Label map (equality only); defaults to the template's labels. */
  selector?: Maybe<Scalars['JSON']['output']>;
  template?: Maybe<PodTemplateSpec>;
};

export type ReplicationControllerStatus = {
  __typename?: 'ReplicationControllerStatus';
  replicas: Scalars['Int']['output'];
  fullyLabeledReplicas?: Maybe<Scalars['Int']['output']>;
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  availableReplicas?: Maybe<Scalars['Int']['output']>;
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<ReplicationControllerCondition>>;
};

export type ReplicationControllerCondition = {
  __typename?: 'ReplicationControllerCondition';
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type ReplicationControllerInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<ReplicationControllerSpecInput>;
  status?: InputMaybe<ReplicationControllerStatusInput>;
};

export type ReplicationControllerSpecInput = {
  replicas?: InputMaybe<Scalars['Int']['input']>;
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  selector?: InputMaybe<Scalars['JSON']['input']>;
  template?: InputMaybe<PodTemplateSpecInput>;
};

export type ReplicationControllerStatusInput = {
  replicas: Scalars['Int']['input'];
  fullyLabeledReplicas?: InputMaybe<Scalars['Int']['input']>;
  readyReplicas?: InputMaybe<Scalars['Int']['input']>;
  availableReplicas?: InputMaybe<Scalars['Int']['input']>;
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<ReplicationControllerConditionInput>>;
};

export type ReplicationControllerConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type DaemonSetUpdateStrategyType =
  | 'RollingUpdate'
  | 'OnDelete';

export type DaemonSet = {
  __typename?: 'DaemonSet';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<DaemonSetSpec>;
  status?: Maybe<DaemonSetStatus>;
};

export type DaemonSetSpec = {
  __typename?: 'DaemonSetSpec';
  selector: LabelSelector;
  template: PodTemplateSpec;
  updateStrategy?: Maybe<DaemonSetUpdateStrategy>;
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  revisionHistoryLimit?: Maybe<Scalars['Int']['output']>;
};

export type DaemonSetUpdateStrategy = {
  __typename?: 'DaemonSetUpdateStrategy';
  type?: Maybe<DaemonSetUpdateStrategyType>;
  rollingUpdate?: Maybe<RollingUpdateDaemonSet>;
};

export type RollingUpdateDaemonSet = {
  __typename?: 'RollingUpdateDaemonSet';
  /** A count or a percentage (`10%`). */
  maxUnavailable?: Maybe<Scalars['IntOrString']['output']>;
  /** A count or a percentage (`10%`). */
  maxSurge?: Maybe<Scalars['IntOrString']['output']>;
};

export type DaemonSetStatus = {
  __typename?: 'DaemonSetStatus';
  /** Nodes that run at least one daemon pod and should. */
  currentNumberScheduled: Scalars['Int']['output'];
  /** Nodes that run a daemon pod but should not. */
  numberMisscheduled: Scalars['Int']['output'];
  /** Nodes that should run the daemon pod. */
  desiredNumberScheduled: Scalars['Int']['output'];
  /** Nodes whose daemon pod is ready. */
  numberReady: Scalars['Int']['output'];
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  /** Nodes whose daemon pod runs the current template. */
  updatedNumberScheduled?: Maybe<Scalars['Int']['output']>;
  numberAvailable?: Maybe<Scalars['Int']['output']>;
  numberUnavailable?: Maybe<Scalars['Int']['output']>;
  collisionCount?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<DaemonSetCondition>>;
};

export type DaemonSetCondition = {
  __typename?: 'DaemonSetCondition';
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type DaemonSetInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<DaemonSetSpecInput>;
  status?: InputMaybe<DaemonSetStatusInput>;
};

export type DaemonSetSpecInput = {
  selector: LabelSelectorInput;
  template: PodTemplateSpecInput;
  updateStrategy?: InputMaybe<DaemonSetUpdateStrategyInput>;
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  revisionHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
};

export type DaemonSetUpdateStrategyInput = {
  type?: InputMaybe<DaemonSetUpdateStrategyType>;
  rollingUpdate?: InputMaybe<RollingUpdateDaemonSetInput>;
};

export type RollingUpdateDaemonSetInput = {
  maxUnavailable?: InputMaybe<Scalars['IntOrString']['input']>;
  maxSurge?: InputMaybe<Scalars['IntOrString']['input']>;
};

export type DaemonSetStatusInput = {
  currentNumberScheduled: Scalars['Int']['input'];
  numberMisscheduled: Scalars['Int']['input'];
  desiredNumberScheduled: Scalars['Int']['input'];
  numberReady: Scalars['Int']['input'];
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  updatedNumberScheduled?: InputMaybe<Scalars['Int']['input']>;
  numberAvailable?: InputMaybe<Scalars['Int']['input']>;
  numberUnavailable?: InputMaybe<Scalars['Int']['input']>;
  collisionCount?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<DaemonSetConditionInput>>;
};

export type DaemonSetConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type PodManagementPolicyType =
  | 'OrderedReady'
  | 'Parallel';

export type StatefulSetUpdateStrategyType =
  | 'RollingUpdate'
  | 'OnDelete';

export type StatefulSet = {
  __typename?: 'StatefulSet';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<StatefulSetSpec>;
  status?: Maybe<StatefulSetStatus>;
};

export type StatefulSetSpec = {
  __typename?: 'StatefulSetSpec';
  replicas?: Maybe<Scalars['Int']['output']>;
  selector: LabelSelector;
  template: PodTemplateSpec;
  /** The headless Service that gives the pods their DNS identity (`<pod>.<serviceName>`). */
  serviceName?: Maybe<Scalars['String']['output']>;
  podManagementPolicy?: Maybe<PodManagementPolicyType>;
  updateStrategy?: Maybe<StatefulSetUpdateStrategy>;
  volumeClaimTemplates?: Maybe<Array<StatefulSetVolumeClaimTemplate>>;
  persistentVolumeClaimRetentionPolicy?: Maybe<StatefulSetPersistentVolumeClaimRetentionPolicy>;
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  revisionHistoryLimit?: Maybe<Scalars['Int']['output']>;
};

export type StatefulSetUpdateStrategy = {
  __typename?: 'StatefulSetUpdateStrategy';
  type?: Maybe<StatefulSetUpdateStrategyType>;
  rollingUpdate?: Maybe<RollingUpdateStatefulSetStrategy>;
};

export type RollingUpdateStatefulSetStrategy = {
  __typename?: 'RollingUpdateStatefulSetStrategy';
  /** Pods with an ordinal below this keep their revision during an update. */
  partition?: Maybe<Scalars['Int']['output']>;
};

/** A PersistentVolumeClaim made for each pod, named `<template>-<set>-<ordinal>`. */
export type StatefulSetVolumeClaimTemplate = {
  __typename?: 'StatefulSetVolumeClaimTemplate';
  metadata: ObjectMeta;
  spec: StatefulSetVolumeClaimSpec;
};

export type StatefulSetVolumeClaimSpec = {
  __typename?: 'StatefulSetVolumeClaimSpec';
  accessModes?: Maybe<Array<Scalars['String']['output']>>;
  storageClassName?: Maybe<Scalars['String']['output']>;
  volumeMode?: Maybe<Scalars['String']['output']>;
  resources?: Maybe<ResourceRequirements>;
  selector?: Maybe<LabelSelector>;
};

export type StatefulSetPersistentVolumeClaimRetentionPolicy = {
  __typename?: 'StatefulSetPersistentVolumeClaimRetentionPolicy';
  whenDeleted?: Maybe<Scalars['String']['output']>;
  whenScaled?: Maybe<Scalars['String']['output']>;
};

export type StatefulSetStatus = {
  __typename?: 'StatefulSetStatus';
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  replicas: Scalars['Int']['output'];
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  currentReplicas?: Maybe<Scalars['Int']['output']>;
  updatedReplicas?: Maybe<Scalars['Int']['output']>;
  availableReplicas?: Maybe<Scalars['Int']['output']>;
  currentRevision?: Maybe<Scalars['String']['output']>;
  updateRevision?: Maybe<Scalars['String']['output']>;
  collisionCount?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<StatefulSetCondition>>;
};

export type StatefulSetCondition = {
  __typename?: 'StatefulSetCondition';
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type StatefulSetInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<StatefulSetSpecInput>;
  status?: InputMaybe<StatefulSetStatusInput>;
};

export type StatefulSetSpecInput = {
  replicas?: InputMaybe<Scalars['Int']['input']>;
  selector: LabelSelectorInput;
  template: PodTemplateSpecInput;
  serviceName?: InputMaybe<Scalars['String']['input']>;
  podManagementPolicy?: InputMaybe<PodManagementPolicyType>;
  updateStrategy?: InputMaybe<StatefulSetUpdateStrategyInput>;
  volumeClaimTemplates?: InputMaybe<Array<StatefulSetVolumeClaimTemplateInput>>;
  persistentVolumeClaimRetentionPolicy?: InputMaybe<StatefulSetPersistentVolumeClaimRetentionPolicyInput>;
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  revisionHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
};

export type StatefulSetUpdateStrategyInput = {
  type?: InputMaybe<StatefulSetUpdateStrategyType>;
  rollingUpdate?: InputMaybe<RollingUpdateStatefulSetStrategyInput>;
};

export type RollingUpdateStatefulSetStrategyInput = {
  partition?: InputMaybe<Scalars['Int']['input']>;
};

export type StatefulSetVolumeClaimTemplateInput = {
  metadata: ObjectMetaInput;
  spec: StatefulSetVolumeClaimSpecInput;
};

export type StatefulSetVolumeClaimSpecInput = {
  accessModes?: InputMaybe<Array<Scalars['String']['input']>>;
  storageClassName?: InputMaybe<Scalars['String']['input']>;
  volumeMode?: InputMaybe<Scalars['String']['input']>;
  resources?: InputMaybe<ResourceRequirementsInput>;
  selector?: InputMaybe<LabelSelectorInput>;
};

export type StatefulSetPersistentVolumeClaimRetentionPolicyInput = {
  whenDeleted?: InputMaybe<Scalars['String']['input']>;
  whenScaled?: InputMaybe<Scalars['String']['input']>;
};

export type StatefulSetStatusInput = {
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  replicas: Scalars['Int']['input'];
  readyReplicas?: InputMaybe<Scalars['Int']['input']>;
  currentReplicas?: InputMaybe<Scalars['Int']['input']>;
  updatedReplicas?: InputMaybe<Scalars['Int']['input']>;
  availableReplicas?: InputMaybe<Scalars['Int']['input']>;
  currentRevision?: InputMaybe<Scalars['String']['input']>;
  updateRevision?: InputMaybe<Scalars['String']['input']>;
  collisionCount?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<StatefulSetConditionInput>>;
};

export type StatefulSetConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type Job = {
  __typename?: 'Job';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<JobSpec>;
  status?: Maybe<JobStatus>;
};

export type JobSpec = {
  __typename?: 'JobSpec';
  /** Pods running at once at most (default 1). */
  parallelism?: Maybe<Scalars['Int']['output']>;
  /** Successful pods needed; unset with parallelism set means a work queue: done when one succeeds. */
  completions?: Maybe<Scalars['Int']['output']>;
  /** Seconds from the Job's start after which it fails (DeadlineExceeded). */
  activeDeadlineSeconds?: Maybe<Scalars['Int']['output']>;
  /** Failed pods tolerated before the Job fails (BackoffLimitExceeded; default 6). */
  backoffLimit?: Maybe<Scalars['Int']['output']>;
  /** Generated (batch.kubernetes.io/controller-uid) unless manualSelector. */
  selector?: Maybe<LabelSelector>;
  manualSelector?: Maybe<Scalars['Boolean']['output']>;
  template: PodTemplateSpec;
  /** Seconds after the Job finished after which it is deleted (with its pods). */
  ttlSecondsAfterFinished?: Maybe<Scalars['Int']['output']>;
  /** NonIndexed (default) or Indexed: pods get an index in JOB_COMPLETION_INDEX. */
  completionMode?: Maybe<Scalars['String']['output']>;
  suspend?: Maybe<Scalars['Boolean']['output']>;
  /** TerminatingOrFailed (default) or Failed: when a replacement pod is created. */
  podReplacementPolicy?: Maybe<Scalars['String']['output']>;
};

export type JobStatus = {
  __typename?: 'JobStatus';
  /** Complete, Failed, SuccessCriteriaMet, FailureTarget, Suspended. */
  conditions?: Maybe<Array<JobCondition>>;
  startTime?: Maybe<Scalars['String']['output']>;
  completionTime?: Maybe<Scalars['String']['output']>;
  active?: Maybe<Scalars['Int']['output']>;
  succeeded?: Maybe<Scalars['Int']['output']>;
  failed?: Maybe<Scalars['Int']['output']>;
  ready?: Maybe<Scalars['Int']['output']>;
  terminating?: Maybe<Scalars['Int']['output']>;
  /** Indexed Jobs: the indexes that succeeded, as ranges (`1,3-5`). */
  completedIndexes?: Maybe<Scalars['String']['output']>;
};

export type JobCondition = {
  __typename?: 'JobCondition';
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastProbeTime?: Maybe<Scalars['String']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type JobInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<JobSpecInput>;
  status?: InputMaybe<JobStatusInput>;
};

export type JobSpecInput = {
  parallelism?: InputMaybe<Scalars['Int']['input']>;
  completions?: InputMaybe<Scalars['Int']['input']>;
  activeDeadlineSeconds?: InputMaybe<Scalars['Int']['input']>;
  backoffLimit?: InputMaybe<Scalars['Int']['input']>;
  selector?: InputMaybe<LabelSelectorInput>;
  manualSelector?: InputMaybe<Scalars['Boolean']['input']>;
  template: PodTemplateSpecInput;
  ttlSecondsAfterFinished?: InputMaybe<Scalars['Int']['input']>;
  completionMode?: InputMaybe<Scalars['String']['input']>;
  suspend?: InputMaybe<Scalars['Boolean']['input']>;
  podReplacementPolicy?: InputMaybe<Scalars['String']['input']>;
};

export type JobStatusInput = {
  conditions?: InputMaybe<Array<JobConditionInput>>;
  startTime?: InputMaybe<Scalars['String']['input']>;
  completionTime?: InputMaybe<Scalars['String']['input']>;
  active?: InputMaybe<Scalars['Int']['input']>;
  succeeded?: InputMaybe<Scalars['Int']['input']>;
  failed?: InputMaybe<Scalars['Int']['input']>;
  ready?: InputMaybe<Scalars['Int']['input']>;
  terminating?: InputMaybe<Scalars['Int']['input']>;
  completedIndexes?: InputMaybe<Scalars['String']['input']>;
};

export type JobConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastProbeTime?: InputMaybe<Scalars['String']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type CronJob = {
  __typename?: 'CronJob';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<CronJobSpec>;
  status?: Maybe<CronJobStatus>;
};

export type CronJobSpec = {
  __typename?: 'CronJobSpec';
  /** Five fields (`*\/5 * * * *`) or a descriptor (`@hourly`). */
  schedule: Scalars['String']['output'];
  /** An IANA zone (`Europe/Paris`); unset: the workers' local zone. */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** A run missed by more than this many seconds is skipped. */
  startingDeadlineSeconds?: Maybe<Scalars['Int']['output']>;
  /** Allow (default), Forbid or Replace: what to do when the previous Job still runs. */
  concurrencyPolicy?: Maybe<Scalars['String']['output']>;
  suspend?: Maybe<Scalars['Boolean']['output']>;
  jobTemplate: JobTemplateSpec;
  successfulJobsHistoryLimit?: Maybe<Scalars['Int']['output']>;
  failedJobsHistoryLimit?: Maybe<Scalars['Int']['output']>;
};

export type JobTemplateSpec = {
  __typename?: 'JobTemplateSpec';
  metadata?: Maybe<ObjectMeta>;
  spec?: Maybe<JobSpec>;
};

export type CronJobStatus = {
  __typename?: 'CronJobStatus';
  /** The Jobs it runs now. */
  active?: Maybe<Array<ObjectReference>>;
  lastScheduleTime?: Maybe<Scalars['String']['output']>;
  lastSuccessfulTime?: Maybe<Scalars['String']['output']>;
};

export type CronJobInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<CronJobSpecInput>;
  status?: InputMaybe<CronJobStatusInput>;
};

export type CronJobSpecInput = {
  schedule: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  startingDeadlineSeconds?: InputMaybe<Scalars['Int']['input']>;
  concurrencyPolicy?: InputMaybe<Scalars['String']['input']>;
  suspend?: InputMaybe<Scalars['Boolean']['input']>;
  jobTemplate: JobTemplateSpecInput;
  successfulJobsHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
  failedJobsHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
};

export type JobTemplateSpecInput = {
  metadata?: InputMaybe<ObjectMetaInput>;
  spec?: InputMaybe<JobSpecInput>;
};

export type CronJobStatusInput = {
  active?: InputMaybe<Array<ObjectReferenceInput>>;
  lastScheduleTime?: InputMaybe<Scalars['String']['input']>;
  lastSuccessfulTime?: InputMaybe<Scalars['String']['input']>;
};

export type PersistentVolumePhase =
  | 'Pending'
  | 'Available'
  | 'Bound'
  | 'Released'
  | 'Failed';

export type PersistentVolumeClaimPhase =
  | 'Pending'
  | 'Bound'
  | 'Lost';

/** A piece of storage on a node (cluster-scoped), bound to at most one claim. */
export type PersistentVolume = {
  __typename?: 'PersistentVolume';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<PersistentVolumeSpec>;
  status?: Maybe<PersistentVolumeStatus>;
};

export type PersistentVolumeSpec = {
  __typename?: 'PersistentVolumeSpec';
  /** Quantities by resource name: `{ storage: "1Gi" }`. */
  capacity?: Maybe<Scalars['JSON']['output']>;
  /** ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod. */
  accessModes?: Maybe<Array<Scalars['String']['output']>>;
  /** The claim this volume is bound (or pre-bound) to. */
  claimRef?: Maybe<ObjectReference>;
  /** Retain (default for volumes made by hand), Delete (default of provisioned ones), Recycle. */
  persistentVolumeReclaimPolicy?: Maybe<Scalars['String']['output']>;
  storageClassName?: Maybe<Scalars['String']['output']>;
  mountOptions?: Maybe<Array<Scalars['String']['output']>>;
  volumeMode?: Maybe<Scalars['String']['output']>;
  /** Which nodes can reach the volume: a local or provisioned volume names its node. */
  nodeAffinity?: Maybe<VolumeNodeAffinity>;
  hostPath?: Maybe<HostPathVolumeSource>;
  local?: Maybe<LocalVolumeSource>;
};

export type VolumeNodeAffinity = {
  __typename?: 'VolumeNodeAffinity';
  required?: Maybe<NodeSelector>;
};

export type LocalVolumeSource = {
  __typename?: 'LocalVolumeSource';
  path: Scalars['String']['output'];
  fsType?: Maybe<Scalars['String']['output']>;
};

export type PersistentVolumeStatus = {
  __typename?: 'PersistentVolumeStatus';
  phase?: Maybe<PersistentVolumePhase>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  lastPhaseTransitionTime?: Maybe<Scalars['String']['output']>;
};

/** A request for storage: bound by the persistent-volume controller to one PersistentVolume. */
export type PersistentVolumeClaim = {
  __typename?: 'PersistentVolumeClaim';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<PersistentVolumeClaimSpec>;
  status?: Maybe<PersistentVolumeClaimStatus>;
};

export type PersistentVolumeClaimSpec = {
  __typename?: 'PersistentVolumeClaimSpec';
  accessModes?: Maybe<Array<Scalars['String']['output']>>;
  selector?: Maybe<LabelSelector>;
  resources?: Maybe<ResourceRequirements>;
  /** The volume bound to this claim (set by the binder, or by hand to pre-bind). */
  volumeName?: Maybe<Scalars['String']['output']>;
  /** Absent: the default StorageClass is filled in at creation; empty: only volumes without a class. */
  storageClassName?: Maybe<Scalars['String']['output']>;
  volumeMode?: Maybe<Scalars['String']['output']>;
};

export type PersistentVolumeClaimStatus = {
  __typename?: 'PersistentVolumeClaimStatus';
  phase?: Maybe<PersistentVolumeClaimPhase>;
  accessModes?: Maybe<Array<Scalars['String']['output']>>;
  capacity?: Maybe<Scalars['JSON']['output']>;
  conditions?: Maybe<Array<PersistentVolumeClaimCondition>>;
};

export type PersistentVolumeClaimCondition = {
  __typename?: 'PersistentVolumeClaimCondition';
  type: Scalars['String']['output'];
  status: ConditionStatus;
  lastProbeTime?: Maybe<Scalars['String']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

/** Caps on what a namespace may hold: object counts, compute, NodePorts, storage (v1 ResourceQuota). */
export type ResourceQuota = {
  __typename?: 'ResourceQuota';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<ResourceQuotaSpec>;
  status?: Maybe<ResourceQuotaStatus>;
};

export type ResourceQuotaSpec = {
  __typename?: 'ResourceQuotaSpec';
  /** Resource name (`pods`, `count/deployments.apps`, `requests.cpu`, `services.nodeports`, …) → quantity. */
  hard?: Maybe<Scalars['JSON']['output']>;
  /** Terminating, NotTerminating, BestEffort, NotBestEffort, PriorityClass: the quota counts only pods of every scope. */
  scopes?: Maybe<Array<Scalars['String']['output']>>;
  scopeSelector?: Maybe<ScopeSelector>;
};

export type ScopeSelector = {
  __typename?: 'ScopeSelector';
  matchExpressions?: Maybe<Array<ScopedResourceSelectorRequirement>>;
};

export type ScopedResourceSelectorRequirement = {
  __typename?: 'ScopedResourceSelectorRequirement';
  scopeName: Scalars['String']['output'];
  /** In, NotIn, Exists, DoesNotExist */
  operator: Scalars['String']['output'];
  values?: Maybe<Array<Scalars['String']['output']>>;
};

/** Kept by the quota controller: the caps in force and what the namespace uses of each. */
export type ResourceQuotaStatus = {
  __typename?: 'ResourceQuotaStatus';
  hard?: Maybe<Scalars['JSON']['output']>;
  used?: Maybe<Scalars['JSON']['output']>;
};

export type ResourceQuotaInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<ResourceQuotaSpecInput>;
  status?: InputMaybe<ResourceQuotaStatusInput>;
};

export type ResourceQuotaSpecInput = {
  hard?: InputMaybe<Scalars['JSON']['input']>;
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  scopeSelector?: InputMaybe<ScopeSelectorInput>;
};

export type ScopeSelectorInput = {
  matchExpressions?: InputMaybe<Array<ScopedResourceSelectorRequirementInput>>;
};

export type ScopedResourceSelectorRequirementInput = {
  scopeName: Scalars['String']['input'];
  operator: Scalars['String']['input'];
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ResourceQuotaStatusInput = {
  hard?: InputMaybe<Scalars['JSON']['input']>;
  used?: InputMaybe<Scalars['JSON']['input']>;
};

/** Per-namespace bounds and defaults for containers, pods and claims (v1 LimitRange). */
export type LimitRange = {
  __typename?: 'LimitRange';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<LimitRangeSpec>;
};

export type LimitRangeSpec = {
  __typename?: 'LimitRangeSpec';
  limits: Array<LimitRangeItem>;
};

export type LimitRangeItem = {
  __typename?: 'LimitRangeItem';
  /** Container, Pod or PersistentVolumeClaim */
  type: Scalars['String']['output'];
  max?: Maybe<Scalars['JSON']['output']>;
  min?: Maybe<Scalars['JSON']['output']>;
  /** Limits a container gets when it sets none. */
  default?: Maybe<Scalars['JSON']['output']>;
  /** Requests a container gets when it sets neither a request nor a limit. */
  defaultRequest?: Maybe<Scalars['JSON']['output']>;
  maxLimitRequestRatio?: Maybe<Scalars['JSON']['output']>;
};

export type LimitRangeInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<LimitRangeSpecInput>;
};

export type LimitRangeSpecInput = {
  limits: Array<LimitRangeItemInput>;
};

export type LimitRangeItemInput = {
  type: Scalars['String']['input'];
  max?: InputMaybe<Scalars['JSON']['input']>;
  min?: InputMaybe<Scalars['JSON']['input']>;
  default?: InputMaybe<Scalars['JSON']['input']>;
  defaultRequest?: InputMaybe<Scalars['JSON']['input']>;
  maxLimitRequestRatio?: InputMaybe<Scalars['JSON']['input']>;
};

/** A pod priority by name (scheduling.k8s.io/v1, cluster-scoped); pods name it in spec.priorityClassName. */
export type PriorityClass = {
  __typename?: 'PriorityClass';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  /** The priority of pods of this class (user classes: at most 1000000000). */
  value: Scalars['Int']['output'];
  /** Whether pods without a priorityClassName get this class (at most one class should say so). */
  globalDefault?: Maybe<Scalars['Boolean']['output']>;
  /** PreemptLowerPriority (default) or Never. */
  preemptionPolicy?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
};

export type PriorityClassInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  value: Scalars['Int']['input'];
  globalDefault?: InputMaybe<Scalars['Boolean']['input']>;
  preemptionPolicy?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
};

/** How volumes of a class are made (cluster-scoped). */
export type StorageClass = {
  __typename?: 'StorageClass';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  provisioner: Scalars['String']['output'];
  parameters?: Maybe<Scalars['JSON']['output']>;
  /** Delete (default) or Retain. */
  reclaimPolicy?: Maybe<Scalars['String']['output']>;
  /** Immediate (default) or WaitForFirstConsumer. */
  volumeBindingMode?: Maybe<Scalars['String']['output']>;
  allowVolumeExpansion?: Maybe<Scalars['Boolean']['output']>;
  mountOptions?: Maybe<Array<Scalars['String']['output']>>;
  allowedTopologies?: Maybe<Array<TopologySelectorTerm>>;
};

export type TopologySelectorTerm = {
  __typename?: 'TopologySelectorTerm';
  matchLabelExpressions?: Maybe<Array<TopologySelectorLabelRequirement>>;
};

export type TopologySelectorLabelRequirement = {
  __typename?: 'TopologySelectorLabelRequirement';
  key: Scalars['String']['output'];
  values: Array<Scalars['String']['output']>;
};

export type PersistentVolumeInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<PersistentVolumeSpecInput>;
  status?: InputMaybe<PersistentVolumeStatusInput>;
};

export type PersistentVolumeSpecInput = {
  capacity?: InputMaybe<Scalars['JSON']['input']>;
  accessModes?: InputMaybe<Array<Scalars['String']['input']>>;
  claimRef?: InputMaybe<ObjectReferenceInput>;
  persistentVolumeReclaimPolicy?: InputMaybe<Scalars['String']['input']>;
  storageClassName?: InputMaybe<Scalars['String']['input']>;
  mountOptions?: InputMaybe<Array<Scalars['String']['input']>>;
  volumeMode?: InputMaybe<Scalars['String']['input']>;
  nodeAffinity?: InputMaybe<VolumeNodeAffinityInput>;
  hostPath?: InputMaybe<HostPathVolumeSourceInput>;
  local?: InputMaybe<LocalVolumeSourceInput>;
};

export type VolumeNodeAffinityInput = {
  required?: InputMaybe<NodeSelectorInput>;
};

export type LocalVolumeSourceInput = {
  path: Scalars['String']['input'];
  fsType?: InputMaybe<Scalars['String']['input']>;
};

export type PersistentVolumeStatusInput = {
  phase?: InputMaybe<PersistentVolumePhase>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  lastPhaseTransitionTime?: InputMaybe<Scalars['String']['input']>;
};

export type PersistentVolumeClaimInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<PersistentVolumeClaimSpecInput>;
  status?: InputMaybe<PersistentVolumeClaimStatusInput>;
};

export type PersistentVolumeClaimSpecInput = {
  accessModes?: InputMaybe<Array<Scalars['String']['input']>>;
  selector?: InputMaybe<LabelSelectorInput>;
  resources?: InputMaybe<ResourceRequirementsInput>;
  volumeName?: InputMaybe<Scalars['String']['input']>;
  storageClassName?: InputMaybe<Scalars['String']['input']>;
  volumeMode?: InputMaybe<Scalars['String']['input']>;
};

export type PersistentVolumeClaimStatusInput = {
  phase?: InputMaybe<PersistentVolumeClaimPhase>;
  accessModes?: InputMaybe<Array<Scalars['String']['input']>>;
  capacity?: InputMaybe<Scalars['JSON']['input']>;
  conditions?: InputMaybe<Array<PersistentVolumeClaimConditionInput>>;
};

export type PersistentVolumeClaimConditionInput = {
  type: Scalars['String']['input'];
  status: ConditionStatus;
  lastProbeTime?: InputMaybe<Scalars['String']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
};

export type StorageClassInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  provisioner: Scalars['String']['input'];
  parameters?: InputMaybe<Scalars['JSON']['input']>;
  reclaimPolicy?: InputMaybe<Scalars['String']['input']>;
  volumeBindingMode?: InputMaybe<Scalars['String']['input']>;
  allowVolumeExpansion?: InputMaybe<Scalars['Boolean']['input']>;
  mountOptions?: InputMaybe<Array<Scalars['String']['input']>>;
  allowedTopologies?: InputMaybe<Array<TopologySelectorTermInput>>;
};

export type TopologySelectorTermInput = {
  matchLabelExpressions?: InputMaybe<Array<TopologySelectorLabelRequirementInput>>;
};

export type TopologySelectorLabelRequirementInput = {
  key: Scalars['String']['input'];
  values: Array<Scalars['String']['input']>;
};

export type ListMeta = {
  __typename?: 'ListMeta';
  /** The revision the list is consistent with: watch from here to see every later change. */
  resourceVersion: Scalars['String']['output'];
  /** Pass to the next call to get the next page; absent on the last page. */
  continue?: Maybe<Scalars['String']['output']>;
};

export type NamespaceList = {
  __typename?: 'NamespaceList';
  items: Array<Namespace>;
  metadata: ListMeta;
};

export type NodeList = {
  __typename?: 'NodeList';
  items: Array<Node>;
  metadata: ListMeta;
};

export type PodList = {
  __typename?: 'PodList';
  items: Array<Pod>;
  metadata: ListMeta;
};

export type ReplicaSetList = {
  __typename?: 'ReplicaSetList';
  items: Array<ReplicaSet>;
  metadata: ListMeta;
};

export type ReplicationControllerList = {
  __typename?: 'ReplicationControllerList';
  items: Array<ReplicationController>;
  metadata: ListMeta;
};

export type DaemonSetList = {
  __typename?: 'DaemonSetList';
  items: Array<DaemonSet>;
  metadata: ListMeta;
};

export type StatefulSetList = {
  __typename?: 'StatefulSetList';
  items: Array<StatefulSet>;
  metadata: ListMeta;
};

export type DeploymentList = {
  __typename?: 'DeploymentList';
  items: Array<Deployment>;
  metadata: ListMeta;
};

export type ServiceList = {
  __typename?: 'ServiceList';
  items: Array<Service>;
  metadata: ListMeta;
};

export type EndpointsList = {
  __typename?: 'EndpointsList';
  items: Array<Endpoints>;
  metadata: ListMeta;
};

export type ServiceAccountList = {
  __typename?: 'ServiceAccountList';
  items: Array<ServiceAccount>;
  metadata: ListMeta;
};

export type RoleList = {
  __typename?: 'RoleList';
  items: Array<Role>;
  metadata: ListMeta;
};

export type ClusterRoleList = {
  __typename?: 'ClusterRoleList';
  items: Array<ClusterRole>;
  metadata: ListMeta;
};

export type RoleBindingList = {
  __typename?: 'RoleBindingList';
  items: Array<RoleBinding>;
  metadata: ListMeta;
};

export type ClusterRoleBindingList = {
  __typename?: 'ClusterRoleBindingList';
  items: Array<ClusterRoleBinding>;
  metadata: ListMeta;
};

export type SecretList = {
  __typename?: 'SecretList';
  items: Array<Secret>;
  metadata: ListMeta;
};

export type ConfigMapList = {
  __typename?: 'ConfigMapList';
  items: Array<ConfigMap>;
  metadata: ListMeta;
};

export type LeaseList = {
  __typename?: 'LeaseList';
  items: Array<Lease>;
  metadata: ListMeta;
};

export type EventList = {
  __typename?: 'EventList';
  items: Array<Event>;
  metadata: ListMeta;
};

export type JobList = {
  __typename?: 'JobList';
  items: Array<Job>;
  metadata: ListMeta;
};

export type CronJobList = {
  __typename?: 'CronJobList';
  items: Array<CronJob>;
  metadata: ListMeta;
};

export type PersistentVolumeList = {
  __typename?: 'PersistentVolumeList';
  items: Array<PersistentVolume>;
  metadata: ListMeta;
};

export type PersistentVolumeClaimList = {
  __typename?: 'PersistentVolumeClaimList';
  items: Array<PersistentVolumeClaim>;
  metadata: ListMeta;
};

export type StorageClassList = {
  __typename?: 'StorageClassList';
  items: Array<StorageClass>;
  metadata: ListMeta;
};

export type PriorityClassList = {
  __typename?: 'PriorityClassList';
  items: Array<PriorityClass>;
  metadata: ListMeta;
};

export type ResourceQuotaList = {
  __typename?: 'ResourceQuotaList';
  items: Array<ResourceQuota>;
  metadata: ListMeta;
};

export type LimitRangeList = {
  __typename?: 'LimitRangeList';
  items: Array<LimitRange>;
  metadata: ListMeta;
};

export type NamespaceWatchEvent = {
  __typename?: 'NamespaceWatchEvent';
  type: WatchEventType;
  object?: Maybe<Namespace>;
  resourceVersion: Scalars['String']['output'];
};

export type NodeWatchEvent = {
  __typename?: 'NodeWatchEvent';
  type: WatchEventType;
  object?: Maybe<Node>;
  resourceVersion: Scalars['String']['output'];
};

export type PodWatchEvent = {
  __typename?: 'PodWatchEvent';
  type: WatchEventType;
  object?: Maybe<Pod>;
  resourceVersion: Scalars['String']['output'];
};

export type ReplicaSetWatchEvent = {
  __typename?: 'ReplicaSetWatchEvent';
  type: WatchEventType;
  object?: Maybe<ReplicaSet>;
  resourceVersion: Scalars['String']['output'];
};

export type ReplicationControllerWatchEvent = {
  __typename?: 'ReplicationControllerWatchEvent';
  type: WatchEventType;
  object?: Maybe<ReplicationController>;
  resourceVersion: Scalars['String']['output'];
};

export type DaemonSetWatchEvent = {
  __typename?: 'DaemonSetWatchEvent';
  type: WatchEventType;
  object?: Maybe<DaemonSet>;
  resourceVersion: Scalars['String']['output'];
};

export type StatefulSetWatchEvent = {
  __typename?: 'StatefulSetWatchEvent';
  type: WatchEventType;
  object?: Maybe<StatefulSet>;
  resourceVersion: Scalars['String']['output'];
};

export type DeploymentWatchEvent = {
  __typename?: 'DeploymentWatchEvent';
  type: WatchEventType;
  object?: Maybe<Deployment>;
  resourceVersion: Scalars['String']['output'];
};

export type ServiceWatchEvent = {
  __typename?: 'ServiceWatchEvent';
  type: WatchEventType;
  object?: Maybe<Service>;
  resourceVersion: Scalars['String']['output'];
};

export type EndpointsWatchEvent = {
  __typename?: 'EndpointsWatchEvent';
  type: WatchEventType;
  object?: Maybe<Endpoints>;
  resourceVersion: Scalars['String']['output'];
};

export type ServiceAccountWatchEvent = {
  __typename?: 'ServiceAccountWatchEvent';
  type: WatchEventType;
  object?: Maybe<ServiceAccount>;
  resourceVersion: Scalars['String']['output'];
};

export type RoleWatchEvent = {
  __typename?: 'RoleWatchEvent';
  type: WatchEventType;
  object?: Maybe<Role>;
  resourceVersion: Scalars['String']['output'];
};

export type ClusterRoleWatchEvent = {
  __typename?: 'ClusterRoleWatchEvent';
  type: WatchEventType;
  object?: Maybe<ClusterRole>;
  resourceVersion: Scalars['String']['output'];
};

export type RoleBindingWatchEvent = {
  __typename?: 'RoleBindingWatchEvent';
  type: WatchEventType;
  object?: Maybe<RoleBinding>;
  resourceVersion: Scalars['String']['output'];
};

export type ClusterRoleBindingWatchEvent = {
  __typename?: 'ClusterRoleBindingWatchEvent';
  type: WatchEventType;
  object?: Maybe<ClusterRoleBinding>;
  resourceVersion: Scalars['String']['output'];
};

export type SecretWatchEvent = {
  __typename?: 'SecretWatchEvent';
  type: WatchEventType;
  object?: Maybe<Secret>;
  resourceVersion: Scalars['String']['output'];
};

export type ConfigMapWatchEvent = {
  __typename?: 'ConfigMapWatchEvent';
  type: WatchEventType;
  object?: Maybe<ConfigMap>;
  resourceVersion: Scalars['String']['output'];
};

export type LeaseWatchEvent = {
  __typename?: 'LeaseWatchEvent';
  type: WatchEventType;
  object?: Maybe<Lease>;
  resourceVersion: Scalars['String']['output'];
};

export type EventWatchEvent = {
  __typename?: 'EventWatchEvent';
  type: WatchEventType;
  object?: Maybe<Event>;
  resourceVersion: Scalars['String']['output'];
};

export type JobWatchEvent = {
  __typename?: 'JobWatchEvent';
  type: WatchEventType;
  object?: Maybe<Job>;
  resourceVersion: Scalars['String']['output'];
};

export type CronJobWatchEvent = {
  __typename?: 'CronJobWatchEvent';
  type: WatchEventType;
  object?: Maybe<CronJob>;
  resourceVersion: Scalars['String']['output'];
};

export type PersistentVolumeWatchEvent = {
  __typename?: 'PersistentVolumeWatchEvent';
  type: WatchEventType;
  object?: Maybe<PersistentVolume>;
  resourceVersion: Scalars['String']['output'];
};

export type PersistentVolumeClaimWatchEvent = {
  __typename?: 'PersistentVolumeClaimWatchEvent';
  type: WatchEventType;
  object?: Maybe<PersistentVolumeClaim>;
  resourceVersion: Scalars['String']['output'];
};

export type StorageClassWatchEvent = {
  __typename?: 'StorageClassWatchEvent';
  type: WatchEventType;
  object?: Maybe<StorageClass>;
  resourceVersion: Scalars['String']['output'];
};

export type PriorityClassWatchEvent = {
  __typename?: 'PriorityClassWatchEvent';
  type: WatchEventType;
  object?: Maybe<PriorityClass>;
  resourceVersion: Scalars['String']['output'];
};

export type ResourceQuotaWatchEvent = {
  __typename?: 'ResourceQuotaWatchEvent';
  type: WatchEventType;
  object?: Maybe<ResourceQuota>;
  resourceVersion: Scalars['String']['output'];
};

export type LimitRangeWatchEvent = {
  __typename?: 'LimitRangeWatchEvent';
  type: WatchEventType;
  object?: Maybe<LimitRange>;
  resourceVersion: Scalars['String']['output'];
};

export type ApplyAction =
  | 'CREATED'
  | 'CONFIGURED'
  | 'UNCHANGED';

export type ApplyResult = {
  __typename?: 'ApplyResult';
  kind: Scalars['String']['output'];
  /** Absent for cluster-scoped kinds. */
  namespace?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  action: ApplyAction;
};

export type ScalableKind =
  | 'Deployment'
  | 'ReplicaSet'
  | 'ReplicationController'
  | 'StatefulSet';

/** The scale sub-resource of a Deployment, ReplicaSet, ReplicationController or StatefulSet. */
export type Scale = {
  __typename?: 'Scale';
  kind: ScalableKind;
  metadata: ObjectMeta;
  spec: ScaleSpec;
  status: ScaleStatus;
};

export type ScaleSpec = {
  __typename?: 'ScaleSpec';
  replicas: Scalars['Int']['output'];
};

export type ScaleStatus = {
  __typename?: 'ScaleStatus';
  /** Pods the controller has, as of its last status write. */
  replicas: Scalars['Int']['output'];
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  /** The label selector of the pods, in list syntax (`app=web`). */
  selector?: Maybe<Scalars['String']['output']>;
};

/** One write of one object, from the event log (entries older than its compaction are gone). */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  revision: Scalars['String']['output'];
  type: WatchEventType;
  timestamp: Scalars['String']['output'];
  /** The whole object as that write left it. */
  object: Scalars['JSON']['output'];
};

/** The measured usage of one container over the window. */
export type ContainerMetrics = {
  __typename?: 'ContainerMetrics';
  name: Scalars['String']['output'];
  /** `{ cpu, memory }` */
  usage: Scalars['JSON']['output'];
};

/** The measured usage of one pod (metrics.k8s.io PodMetrics). `metadata` names the pod. */
export type PodMetrics = {
  __typename?: 'PodMetrics';
  metadata: ObjectMeta;
  /** The end of the measurement window (RFC 3339). */
  timestamp: Scalars['String']['output'];
  /** The window's length, as a duration (`15s`). */
  window: Scalars['String']['output'];
  containers: Array<ContainerMetrics>;
};

/** The measured usage of one node (metrics.k8s.io NodeMetrics): the whole machine, pods and all. */
export type NodeMetrics = {
  __typename?: 'NodeMetrics';
  metadata: ObjectMeta;
  timestamp: Scalars['String']['output'];
  window: Scalars['String']['output'];
  /** `{ cpu, memory }` */
  usage: Scalars['JSON']['output'];
};

/** One container's usage in a reportUsage call: CPU over the window in nanocores, working set in bytes. */
export type ContainerUsageInput = {
  name: Scalars['String']['input'];
  cpuNanocores: Scalars['Float']['input'];
  memoryBytes: Scalars['Float']['input'];
};

export type PodUsageInput = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  containers: Array<ContainerUsageInput>;
};

export type NodeUsageInput = {
  cpuNanocores: Scalars['Float']['input'];
  memoryBytes: Scalars['Float']['input'];
};

/** What a node's agent measured over one window: itself and every pod it runs that it could measure. */
export type UsageReportInput = {
  nodeName: Scalars['String']['input'];
  windowSeconds: Scalars['Float']['input'];
  node?: InputMaybe<NodeUsageInput>;
  pods: Array<PodUsageInput>;
};

/** A token that lets node agents join the cluster (`capstan agent --token`). Shown once: only its hash is stored. */
export type BootstrapToken = {
  __typename?: 'BootstrapToken';
  token: Scalars['String']['output'];
  /** RFC 3339; null when it does not expire. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** What bootstrapTokens lists it as and revokeBootstrapToken takes. */
  id?: Maybe<Scalars['String']['output']>;
};

/** A bootstrap token as admins list it: never its secret (only its hash is stored). */
export type BootstrapTokenInfo = {
  __typename?: 'BootstrapTokenInfo';
  id: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** RFC 3339; null when it does not expire. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** True once expiresAt has passed: it joins nothing any more. */
  expired: Scalars['Boolean']['output'];
  /** RFC 3339. */
  createdAt: Scalars['String']['output'];
  /** RFC 3339, to within 30 s; null when it was never used. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
};

/** A token of a ServiceAccount issued by createServiceAccountToken (TokenRequest's status and granted spec). */
export type ServiceAccountToken = {
  __typename?: 'ServiceAccountToken';
  /** A signed JWT: iss, sub system:serviceaccount:<ns>:<name>, aud, iat, nbf, exp and the kubernetes.io claims. */
  token: Scalars['String']['output'];
  /** RFC 3339. */
  expirationTimestamp: Scalars['String']['output'];
  /** The audiences granted (the API server's own when none were asked for). */
  audiences: Array<Scalars['String']['output']>;
  /** The lifetime granted (the request's, lowered to the server's maximum). */
  expirationSeconds: Scalars['Int']['output'];
};

/** The object a token is bound to: it stops working when the object is deleted. */
export type BoundObjectReferenceInput = {
  /** Pod, Secret or Node. */
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** When given, must be the object's: CONFLICT when it was deleted and made again. */
  uid?: InputMaybe<Scalars['String']['input']>;
};

/** A user's bearer token, made by createUserToken. Shown once: only its hash is stored. */
export type UserToken = {
  __typename?: 'UserToken';
  token: Scalars['String']['output'];
  user: Scalars['String']['output'];
  groups: Array<Scalars['String']['output']>;
  /** RFC 3339; null when it does not expire. */
  expiresAt?: Maybe<Scalars['String']['output']>;
};

/** What the caller may do (SelfSubjectRulesReview): the rules of every role bound to them. */
export type AuthorizedActions = {
  __typename?: 'AuthorizedActions';
  /** The identity the rules are for. */
  user: Scalars['String']['output'];
  groups: Array<Scalars['String']['output']>;
  /** Rules on objects (in the namespace asked about, plus cluster-wide ones). */
  resourceRules: Array<PolicyRule>;
  /** Rules on non-resource URLs such as /metrics. */
  nonResourceRules: Array<PolicyRule>;
  /** True when the identity is not governed by RBAC alone (admins: everything; nodes: the node rules). */
  incomplete: Scalars['Boolean']['output'];
};

/** A node's own credential, issued by joinNode. Its identity is `system:node:<nodeName>`. */
export type NodeCredential = {
  __typename?: 'NodeCredential';
  nodeName: Scalars['String']['output'];
  token: Scalars['String']['output'];
};

/** One piece of a container's log: whole lines, each ending with a newline. */
export type PodLogChunk = {
  __typename?: 'PodLogChunk';
  namespace: Scalars['String']['output'];
  pod: Scalars['String']['output'];
  container: Scalars['String']['output'];
  data: Scalars['String']['output'];
};

export type AgentLogRequestType =
  /** Start streaming the log named by the request with sendPodLogChunk. */
  | 'START'
  /** The reader went away: stop streaming `requestId`. */
  | 'CANCEL';

/** A log stream the API server asks a node agent for, over the agent's own graphql-ws connection (so it works behind NAT). */
export type AgentLogRequest = {
  __typename?: 'AgentLogRequest';
  type: AgentLogRequestType;
  requestId: Scalars['ID']['output'];
  namespace: Scalars['String']['output'];
  pod: Scalars['String']['output'];
  podUid?: Maybe<Scalars['String']['output']>;
  container: Scalars['String']['output'];
  follow: Scalars['Boolean']['output'];
  tailLines?: Maybe<Scalars['Int']['output']>;
  sinceSeconds?: Maybe<Scalars['Int']['output']>;
  previous: Scalars['Boolean']['output'];
};

/** What a pod stream is for: a command run in a container (`kubectl exec`), the container's own process (`kubectl attach`), or a TCP port of the pod (`kubectl port-forward`). */
export type PodStreamKind =
  | 'EXEC'
  | 'ATTACH'
  | 'PORTFORWARD';

export type AgentStreamRequestType =
  /** Start the stream the request describes; answer with sendPodStreamChunk. */
  | 'START'
  /** Bytes for the command's stdin (or the port's connection): `data` (base64), or `eof: true` to close it. */
  | 'STDIN'
  /** The client's terminal has a new size: `width` columns, `height` rows. */
  | 'RESIZE'
  /** The client went away: stop stream `requestId` (kill the exec'd command, detach, or close the connection). */
  | 'CANCEL';

/** Which output stream a pod stream chunk belongs to (port-forward uses STDOUT for the connection's bytes). */
export type PodStreamName =
  | 'STDOUT'
  | 'STDERR';

/**
 * A pod stream the API server asks a node agent for, over the agent's own graphql-ws connection (so it
 * works behind NAT). START carries the target; STDIN, RESIZE and CANCEL only what they need.
 */
export type AgentStreamRequest = {
  __typename?: 'AgentStreamRequest';
  type: AgentStreamRequestType;
  requestId: Scalars['ID']['output'];
  kind?: Maybe<PodStreamKind>;
  namespace?: Maybe<Scalars['String']['output']>;
  pod?: Maybe<Scalars['String']['output']>;
  podUid?: Maybe<Scalars['String']['output']>;
  container?: Maybe<Scalars['String']['output']>;
  command?: Maybe<Array<Scalars['String']['output']>>;
  stdin?: Maybe<Scalars['Boolean']['output']>;
  tty?: Maybe<Scalars['Boolean']['output']>;
  port?: Maybe<Scalars['Int']['output']>;
  /** STDIN: base64 bytes. */
  data?: Maybe<Scalars['String']['output']>;
  /** STDIN: the client closed stdin. */
  eof?: Maybe<Scalars['Boolean']['output']>;
  width?: Maybe<Scalars['Int']['output']>;
  height?: Maybe<Scalars['Int']['output']>;
};

/**
 * One event of execPod. The first carries only `sessionId` (for sendPodExecInput); then output
 * (`data`, base64, of `stream`); the last carries the command's `exitCode`.
 */
export type PodExecEvent = {
  __typename?: 'PodExecEvent';
  sessionId: Scalars['ID']['output'];
  stream?: Maybe<PodStreamName>;
  data?: Maybe<Scalars['String']['output']>;
  exitCode?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  namespace?: Maybe<Namespace>;
  namespaces: NamespaceList;
  node?: Maybe<Node>;
  nodes: NodeList;
  pod?: Maybe<Pod>;
  pods: PodList;
  replicaSet?: Maybe<ReplicaSet>;
  replicaSets: ReplicaSetList;
  replicationController?: Maybe<ReplicationController>;
  replicationControllers: ReplicationControllerList;
  daemonSet?: Maybe<DaemonSet>;
  daemonSets: DaemonSetList;
  statefulSet?: Maybe<StatefulSet>;
  statefulSets: StatefulSetList;
  deployment?: Maybe<Deployment>;
  deployments: DeploymentList;
  service?: Maybe<Service>;
  services: ServiceList;
  endpoints?: Maybe<Endpoints>;
  endpointsList: EndpointsList;
  serviceAccount?: Maybe<ServiceAccount>;
  serviceAccounts: ServiceAccountList;
  role?: Maybe<Role>;
  roles: RoleList;
  clusterRole?: Maybe<ClusterRole>;
  clusterRoles: ClusterRoleList;
  roleBinding?: Maybe<RoleBinding>;
  roleBindings: RoleBindingList;
  clusterRoleBinding?: Maybe<ClusterRoleBinding>;
  clusterRoleBindings: ClusterRoleBindingList;
  secret?: Maybe<Secret>;
  secrets: SecretList;
  configMap?: Maybe<ConfigMap>;
  configMaps: ConfigMapList;
  lease?: Maybe<Lease>;
  leases: LeaseList;
  event?: Maybe<Event>;
  events: EventList;
  job?: Maybe<Job>;
  jobs: JobList;
  cronJob?: Maybe<CronJob>;
  cronJobs: CronJobList;
  persistentVolume?: Maybe<PersistentVolume>;
  persistentVolumes: PersistentVolumeList;
  persistentVolumeClaim?: Maybe<PersistentVolumeClaim>;
  persistentVolumeClaims: PersistentVolumeClaimList;
  storageClass?: Maybe<StorageClass>;
  storageClasses: StorageClassList;
  priorityClass?: Maybe<PriorityClass>;
  priorityClasses: PriorityClassList;
  resourceQuota?: Maybe<ResourceQuota>;
  resourceQuotas: ResourceQuotaList;
  limitRange?: Maybe<LimitRange>;
  limitRanges: LimitRangeList;
  /** Every write of one object still in the event log, oldest first. `kind` is e.g. `Pod`. */
  history: Array<HistoryEntry>;
  /**
   * Whether the caller may do `verb` (get, list, watch, create, update, patch, delete, or any RBAC
   * verb) on `resource` (`pods`, `pods/log`, `deployments.apps`, `Pod`, `*`), optionally in
   * `namespace`, on the object `name`, its `subresource` (`log`, `status`, `scale`); like
   * `kubectl auth can-i` and SelfSubjectAccessReview. A non-resource URL (`/metrics`) may be asked
   * about in `resource`. With `as` (and `asGroups`), asks for that user instead: members of
   * system:masters only. An unknown resource is INVALID.
   */
  canI: Scalars['Boolean']['output'];
  /** The rules the caller (or, for system:masters, `as`) holds in `namespace` (default "default"), like `kubectl auth can-i --list`. */
  authorizedActions: AuthorizedActions;
  /** Admins only: the bootstrap tokens (expired ones too, until a new token's creation removes them), oldest first; never their secrets. */
  bootstrapTokens: Array<BootstrapTokenInfo>;
  /**
   * Measured usage of pods (kubectl top pods), from their nodes' latest reports, in namespace
   * (all namespaces when left out), optionally one pod or those matching `labelSelector`. Pods
   * without a fresh report (just started, or their node stopped reporting) are left out. Needs
   * list on pods (get for one by name).
   */
  podMetrics: Array<PodMetrics>;
  /** Measured usage of nodes (kubectl top nodes), optionally one by name or those matching `labelSelector`. Needs list on nodes (get for one). */
  nodeMetrics: Array<NodeMetrics>;
};


export type QueryNamespaceArgs = {
  name: Scalars['String']['input'];
};


export type QueryNamespacesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  name: Scalars['String']['input'];
};


export type QueryNodesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPodArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryPodsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReplicaSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryReplicaSetsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReplicationControllerArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryReplicationControllersArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDaemonSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryDaemonSetsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStatefulSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryStatefulSetsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDeploymentArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryDeploymentsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServiceArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryServicesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEndpointsArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryEndpointsListArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServiceAccountArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryServiceAccountsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRoleArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryRolesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryClusterRoleArgs = {
  name: Scalars['String']['input'];
};


export type QueryClusterRolesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRoleBindingArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryRoleBindingsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryClusterRoleBindingArgs = {
  name: Scalars['String']['input'];
};


export type QueryClusterRoleBindingsArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySecretArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QuerySecretsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConfigMapArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryConfigMapsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLeaseArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryLeasesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEventArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryEventsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJobArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryJobsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCronJobArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryCronJobsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersistentVolumeArgs = {
  name: Scalars['String']['input'];
};


export type QueryPersistentVolumesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersistentVolumeClaimArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryPersistentVolumeClaimsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStorageClassArgs = {
  name: Scalars['String']['input'];
};


export type QueryStorageClassesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPriorityClassArgs = {
  name: Scalars['String']['input'];
};


export type QueryPriorityClassesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryResourceQuotaArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryResourceQuotasArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLimitRangeArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryLimitRangesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  continue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHistoryArgs = {
  kind: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type QueryCanIArgs = {
  verb: Scalars['String']['input'];
  resource: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  subresource?: InputMaybe<Scalars['String']['input']>;
  as?: InputMaybe<Scalars['String']['input']>;
  asGroups?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryAuthorizedActionsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  as?: InputMaybe<Scalars['String']['input']>;
  asGroups?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryPodMetricsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeMetricsArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  createNamespace: Namespace;
  replaceNamespace: Namespace;
  patchNamespace: Namespace;
  deleteNamespace?: Maybe<Namespace>;
  updateNamespaceStatus: Namespace;
  createNode: Node;
  replaceNode: Node;
  patchNode: Node;
  deleteNode?: Maybe<Node>;
  updateNodeStatus: Node;
  createPod: Pod;
  replacePod: Pod;
  patchPod: Pod;
  deletePod?: Maybe<Pod>;
  updatePodStatus: Pod;
  createReplicaSet: ReplicaSet;
  replaceReplicaSet: ReplicaSet;
  patchReplicaSet: ReplicaSet;
  deleteReplicaSet?: Maybe<ReplicaSet>;
  updateReplicaSetStatus: ReplicaSet;
  createReplicationController: ReplicationController;
  replaceReplicationController: ReplicationController;
  patchReplicationController: ReplicationController;
  deleteReplicationController?: Maybe<ReplicationController>;
  updateReplicationControllerStatus: ReplicationController;
  createDaemonSet: DaemonSet;
  replaceDaemonSet: DaemonSet;
  patchDaemonSet: DaemonSet;
  deleteDaemonSet?: Maybe<DaemonSet>;
  updateDaemonSetStatus: DaemonSet;
  createStatefulSet: StatefulSet;
  replaceStatefulSet: StatefulSet;
  patchStatefulSet: StatefulSet;
  deleteStatefulSet?: Maybe<StatefulSet>;
  updateStatefulSetStatus: StatefulSet;
  createPersistentVolume: PersistentVolume;
  replacePersistentVolume: PersistentVolume;
  patchPersistentVolume: PersistentVolume;
  deletePersistentVolume?: Maybe<PersistentVolume>;
  updatePersistentVolumeStatus: PersistentVolume;
  createPersistentVolumeClaim: PersistentVolumeClaim;
  replacePersistentVolumeClaim: PersistentVolumeClaim;
  patchPersistentVolumeClaim: PersistentVolumeClaim;
  deletePersistentVolumeClaim?: Maybe<PersistentVolumeClaim>;
  updatePersistentVolumeClaimStatus: PersistentVolumeClaim;
  createStorageClass: StorageClass;
  replaceStorageClass: StorageClass;
  patchStorageClass: StorageClass;
  deleteStorageClass?: Maybe<StorageClass>;
  createPriorityClass: PriorityClass;
  replacePriorityClass: PriorityClass;
  patchPriorityClass: PriorityClass;
  deletePriorityClass?: Maybe<PriorityClass>;
  createResourceQuota: ResourceQuota;
  replaceResourceQuota: ResourceQuota;
  patchResourceQuota: ResourceQuota;
  deleteResourceQuota?: Maybe<ResourceQuota>;
  updateResourceQuotaStatus: ResourceQuota;
  createLimitRange: LimitRange;
  replaceLimitRange: LimitRange;
  patchLimitRange: LimitRange;
  deleteLimitRange?: Maybe<LimitRange>;
  createDeployment: Deployment;
  replaceDeployment: Deployment;
  patchDeployment: Deployment;
  deleteDeployment?: Maybe<Deployment>;
  updateDeploymentStatus: Deployment;
  createService: Service;
  replaceService: Service;
  patchService: Service;
  deleteService?: Maybe<Service>;
  updateServiceStatus: Service;
  createEndpoints: Endpoints;
  replaceEndpoints: Endpoints;
  patchEndpoints: Endpoints;
  deleteEndpoints?: Maybe<Endpoints>;
  createServiceAccount: ServiceAccount;
  replaceServiceAccount: ServiceAccount;
  patchServiceAccount: ServiceAccount;
  deleteServiceAccount?: Maybe<ServiceAccount>;
  createRole: Role;
  replaceRole: Role;
  patchRole: Role;
  deleteRole?: Maybe<Role>;
  createClusterRole: ClusterRole;
  replaceClusterRole: ClusterRole;
  patchClusterRole: ClusterRole;
  deleteClusterRole?: Maybe<ClusterRole>;
  createRoleBinding: RoleBinding;
  replaceRoleBinding: RoleBinding;
  patchRoleBinding: RoleBinding;
  deleteRoleBinding?: Maybe<RoleBinding>;
  createClusterRoleBinding: ClusterRoleBinding;
  replaceClusterRoleBinding: ClusterRoleBinding;
  patchClusterRoleBinding: ClusterRoleBinding;
  deleteClusterRoleBinding?: Maybe<ClusterRoleBinding>;
  createSecret: Secret;
  replaceSecret: Secret;
  patchSecret: Secret;
  deleteSecret?: Maybe<Secret>;
  createConfigMap: ConfigMap;
  replaceConfigMap: ConfigMap;
  patchConfigMap: ConfigMap;
  deleteConfigMap?: Maybe<ConfigMap>;
  createLease: Lease;
  replaceLease: Lease;
  patchLease: Lease;
  deleteLease?: Maybe<Lease>;
  createEvent: Event;
  replaceEvent: Event;
  patchEvent: Event;
  deleteEvent?: Maybe<Event>;
  createJob: Job;
  replaceJob: Job;
  patchJob: Job;
  deleteJob?: Maybe<Job>;
  updateJobStatus: Job;
  createCronJob: CronJob;
  replaceCronJob: CronJob;
  patchCronJob: CronJob;
  deleteCronJob?: Maybe<CronJob>;
  updateCronJobStatus: CronJob;
  /**
   * Creates or updates every object of a multi-document Kubernetes YAML. Every document is
   * validated before anything is written: one invalid document fails the whole call. `namespace`
   * is used for documents that name none. An update keeps what the server and controllers set
   * (status, allocated fields) and removes what an earlier apply set and this one no longer does.
   * With `dryRun`, reports what would happen and writes nothing.
   */
  apply: Array<ApplyResult>;
  /** Sets spec.replicas of a Deployment, ReplicaSet, ReplicationController or StatefulSet. */
  scale: Scale;
  /** Rolls a Deployment back to the pod template of an earlier revision (default: the previous one), like kubectl rollout undo. */
  rolloutUndo: Deployment;
  /**
   * Admins only: a new bootstrap token for `capstan agent --token`. It may call joinNode and nothing
   * else. `ttlSeconds` defaults to 86400 (24 h); 0 makes a token that never expires.
   */
  createBootstrapToken: BootstrapToken;
  /**
   * Admins only: revokes the bootstrap token `id` (from bootstrapTokens) at once: it joins no more
   * nodes and its open connections are closed. Nodes it joined keep their own credentials.
   * NOT_FOUND when there is no such bootstrap token.
   */
  revokeBootstrapToken: Scalars['Boolean']['output'];
  /**
   * Admins only (group system:masters): a bearer token for user `user` in `groups` (and
   * system:authenticated), for `expirationSeconds` (default: never expires). The user may do what
   * RoleBindings and ClusterRoleBindings grant that user or those groups.
   */
  createUserToken: UserToken;
  /**
   * TokenRequest (kubectl create token): a bound token of ServiceAccount `name`, for `audiences`
   * (default: the API server's), living `expirationSeconds` (default 3600, at least 600, at most the
   * server's maximum), optionally bound to a Pod of that account, a Secret or a Node. Needs create on
   * serviceaccounts/token; a node may ask only for tokens bound to a pod running on it.
   */
  createServiceAccountToken: ServiceAccountToken;
  /**
   * Bootstrap tokens (and admins) only: issues the credential of node `nodeName` (a DNS-1123
   * subdomain), identity `system:node:<nodeName>`, and revokes any credential issued to that node
   * name before. The agent then registers its Node with the new token. CONFLICT while a live node
   * holds the name (its Lease is within its duration, or its credential authenticated a request in
   * the last 90 s), so a bootstrap token cannot take over a running node; `allowRejoin: true`
   * (admins only; FORBIDDEN for bootstrap tokens) replaces the credential all the same.
   */
  joinNode: NodeCredential;
  /**
   * Node agents only, answering a START of agentLogRequests: the next piece of log stream
   * `requestId` (whole lines). `done: true` ends the stream normally; `error` ends it with an error
   * whose message may start with a code and a colon, which becomes the reader's error code:
   * `NOT_FOUND: no previous terminated container`, `UNAVAILABLE: …`, `INVALID: …` (any other
   * message ends the reader's stream with UNAVAILABLE). Returns false when the reader has gone
   * (the agent should stop streaming, as on CANCEL).
   */
  sendPodLogChunk: Scalars['Boolean']['output'];
  /**
   * Node agents only, answering a START of agentStreamRequests: output of stream `requestId`
   * (`data`, base64, of `stream`), then `exitCode` (exec) with `done: true`; or `error`, whose
   * message may start with a code and a colon (`NOT_FOUND: …`, `INVALID: …`). Returns false when the
   * client has gone (the agent should stop, as on CANCEL). A node may answer only the streams asked
   * of it.
   */
  sendPodStreamChunk: Scalars['Boolean']['output'];
  /**
   * Input for an execPod session of the caller's: bytes for the command's stdin (`data`, base64),
   * `eof: true` to close stdin, or a terminal size (`width` columns, `height` rows). Returns false
   * when the session has ended.
   */
  sendPodExecInput: Scalars['Boolean']['output'];
  /**
   * Node agents only: the usage the node measured over its last window, replacing its previous
   * report (pods left out of it are no longer served). A node may report only itself, and only
   * pods bound to it (others in the report are ignored). Returns true.
   */
  reportUsage: Scalars['Boolean']['output'];
};


export type MutationCreateNamespaceArgs = {
  namespace: NamespaceInput;
};


export type MutationReplaceNamespaceArgs = {
  name: Scalars['String']['input'];
  namespace: NamespaceInput;
};


export type MutationPatchNamespaceArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteNamespaceArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateNamespaceStatusArgs = {
  name: Scalars['String']['input'];
  status: NamespaceStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateNodeArgs = {
  node: NodeInput;
};


export type MutationReplaceNodeArgs = {
  name: Scalars['String']['input'];
  node: NodeInput;
};


export type MutationPatchNodeArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteNodeArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateNodeStatusArgs = {
  name: Scalars['String']['input'];
  status: NodeStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreatePodArgs = {
  namespace: Scalars['String']['input'];
  pod: PodInput;
};


export type MutationReplacePodArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  pod: PodInput;
};


export type MutationPatchPodArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeletePodArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdatePodStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: PodStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateReplicaSetArgs = {
  namespace: Scalars['String']['input'];
  replicaSet: ReplicaSetInput;
};


export type MutationReplaceReplicaSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  replicaSet: ReplicaSetInput;
};


export type MutationPatchReplicaSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteReplicaSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateReplicaSetStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: ReplicaSetStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateReplicationControllerArgs = {
  namespace: Scalars['String']['input'];
  replicationController: ReplicationControllerInput;
};


export type MutationReplaceReplicationControllerArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  replicationController: ReplicationControllerInput;
};


export type MutationPatchReplicationControllerArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteReplicationControllerArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateReplicationControllerStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: ReplicationControllerStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateDaemonSetArgs = {
  namespace: Scalars['String']['input'];
  daemonSet: DaemonSetInput;
};


export type MutationReplaceDaemonSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  daemonSet: DaemonSetInput;
};


export type MutationPatchDaemonSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteDaemonSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateDaemonSetStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: DaemonSetStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateStatefulSetArgs = {
  namespace: Scalars['String']['input'];
  statefulSet: StatefulSetInput;
};


export type MutationReplaceStatefulSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  statefulSet: StatefulSetInput;
};


export type MutationPatchStatefulSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteStatefulSetArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateStatefulSetStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: StatefulSetStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreatePersistentVolumeArgs = {
  persistentVolume: PersistentVolumeInput;
};


export type MutationReplacePersistentVolumeArgs = {
  name: Scalars['String']['input'];
  persistentVolume: PersistentVolumeInput;
};


export type MutationPatchPersistentVolumeArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeletePersistentVolumeArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdatePersistentVolumeStatusArgs = {
  name: Scalars['String']['input'];
  status: PersistentVolumeStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreatePersistentVolumeClaimArgs = {
  namespace: Scalars['String']['input'];
  persistentVolumeClaim: PersistentVolumeClaimInput;
};


export type MutationReplacePersistentVolumeClaimArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  persistentVolumeClaim: PersistentVolumeClaimInput;
};


export type MutationPatchPersistentVolumeClaimArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeletePersistentVolumeClaimArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdatePersistentVolumeClaimStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: PersistentVolumeClaimStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateStorageClassArgs = {
  storageClass: StorageClassInput;
};


export type MutationReplaceStorageClassArgs = {
  name: Scalars['String']['input'];
  storageClass: StorageClassInput;
};


export type MutationPatchStorageClassArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteStorageClassArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreatePriorityClassArgs = {
  priorityClass: PriorityClassInput;
};


export type MutationReplacePriorityClassArgs = {
  name: Scalars['String']['input'];
  priorityClass: PriorityClassInput;
};


export type MutationPatchPriorityClassArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeletePriorityClassArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateResourceQuotaArgs = {
  namespace: Scalars['String']['input'];
  resourceQuota: ResourceQuotaInput;
};


export type MutationReplaceResourceQuotaArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceQuota: ResourceQuotaInput;
};


export type MutationPatchResourceQuotaArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteResourceQuotaArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateResourceQuotaStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: ResourceQuotaStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateLimitRangeArgs = {
  namespace: Scalars['String']['input'];
  limitRange: LimitRangeInput;
};


export type MutationReplaceLimitRangeArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  limitRange: LimitRangeInput;
};


export type MutationPatchLimitRangeArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteLimitRangeArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateDeploymentArgs = {
  namespace: Scalars['String']['input'];
  deployment: DeploymentInput;
};


export type MutationReplaceDeploymentArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  deployment: DeploymentInput;
};


export type MutationPatchDeploymentArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteDeploymentArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateDeploymentStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: DeploymentStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateServiceArgs = {
  namespace: Scalars['String']['input'];
  service: ServiceInput;
};


export type MutationReplaceServiceArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  service: ServiceInput;
};


export type MutationPatchServiceArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteServiceArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateServiceStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: ServiceStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateEndpointsArgs = {
  namespace: Scalars['String']['input'];
  endpoints: EndpointsInput;
};


export type MutationReplaceEndpointsArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  endpoints: EndpointsInput;
};


export type MutationPatchEndpointsArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteEndpointsArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateServiceAccountArgs = {
  namespace: Scalars['String']['input'];
  serviceAccount: ServiceAccountInput;
};


export type MutationReplaceServiceAccountArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  serviceAccount: ServiceAccountInput;
};


export type MutationPatchServiceAccountArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteServiceAccountArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateRoleArgs = {
  namespace: Scalars['String']['input'];
  role: RoleInput;
};


export type MutationReplaceRoleArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  role: RoleInput;
};


export type MutationPatchRoleArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteRoleArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateClusterRoleArgs = {
  clusterRole: ClusterRoleInput;
};


export type MutationReplaceClusterRoleArgs = {
  name: Scalars['String']['input'];
  clusterRole: ClusterRoleInput;
};


export type MutationPatchClusterRoleArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteClusterRoleArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateRoleBindingArgs = {
  namespace: Scalars['String']['input'];
  roleBinding: RoleBindingInput;
};


export type MutationReplaceRoleBindingArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  roleBinding: RoleBindingInput;
};


export type MutationPatchRoleBindingArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteRoleBindingArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateClusterRoleBindingArgs = {
  clusterRoleBinding: ClusterRoleBindingInput;
};


export type MutationReplaceClusterRoleBindingArgs = {
  name: Scalars['String']['input'];
  clusterRoleBinding: ClusterRoleBindingInput;
};


export type MutationPatchClusterRoleBindingArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteClusterRoleBindingArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateSecretArgs = {
  namespace: Scalars['String']['input'];
  secret: SecretInput;
};


export type MutationReplaceSecretArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  secret: SecretInput;
};


export type MutationPatchSecretArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteSecretArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateConfigMapArgs = {
  namespace: Scalars['String']['input'];
  configMap: ConfigMapInput;
};


export type MutationReplaceConfigMapArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  configMap: ConfigMapInput;
};


export type MutationPatchConfigMapArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteConfigMapArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateLeaseArgs = {
  namespace: Scalars['String']['input'];
  lease: LeaseInput;
};


export type MutationReplaceLeaseArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  lease: LeaseInput;
};


export type MutationPatchLeaseArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteLeaseArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateEventArgs = {
  namespace: Scalars['String']['input'];
  event: EventInput;
};


export type MutationReplaceEventArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  event: EventInput;
};


export type MutationPatchEventArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteEventArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateJobArgs = {
  namespace: Scalars['String']['input'];
  job: JobInput;
};


export type MutationReplaceJobArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  job: JobInput;
};


export type MutationPatchJobArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteJobArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateJobStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: JobStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateCronJobArgs = {
  namespace: Scalars['String']['input'];
  cronJob: CronJobInput;
};


export type MutationReplaceCronJobArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  cronJob: CronJobInput;
};


export type MutationPatchCronJobArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteCronJobArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateCronJobStatusArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  status: CronJobStatusInput;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApplyArgs = {
  manifests: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationScaleArgs = {
  kind: ScalableKind;
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  replicas: Scalars['Int']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRolloutUndoArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  toRevision?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateBootstrapTokenArgs = {
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeBootstrapTokenArgs = {
  id: Scalars['String']['input'];
};


export type MutationCreateUserTokenArgs = {
  user: Scalars['String']['input'];
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  expirationSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateServiceAccountTokenArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  audiences?: InputMaybe<Array<Scalars['String']['input']>>;
  expirationSeconds?: InputMaybe<Scalars['Int']['input']>;
  boundObjectRef?: InputMaybe<BoundObjectReferenceInput>;
};


export type MutationJoinNodeArgs = {
  nodeName: Scalars['String']['input'];
  allowRejoin?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSendPodLogChunkArgs = {
  requestId: Scalars['ID']['input'];
  data?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  error?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSendPodStreamChunkArgs = {
  requestId: Scalars['ID']['input'];
  stream?: InputMaybe<PodStreamName>;
  data?: InputMaybe<Scalars['String']['input']>;
  exitCode?: InputMaybe<Scalars['Int']['input']>;
  error?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSendPodExecInputArgs = {
  sessionId: Scalars['ID']['input'];
  data?: InputMaybe<Scalars['String']['input']>;
  eof?: InputMaybe<Scalars['Boolean']['input']>;
  width?: InputMaybe<Scalars['Int']['input']>;
  height?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationReportUsageArgs = {
  report: UsageReportInput;
};

export type Subscription = {
  __typename?: 'Subscription';
  watchNamespaces: NamespaceWatchEvent;
  watchNodes: NodeWatchEvent;
  watchPods: PodWatchEvent;
  watchReplicaSets: ReplicaSetWatchEvent;
  watchReplicationControllers: ReplicationControllerWatchEvent;
  watchDaemonSets: DaemonSetWatchEvent;
  watchStatefulSets: StatefulSetWatchEvent;
  watchDeployments: DeploymentWatchEvent;
  watchServices: ServiceWatchEvent;
  watchEndpoints: EndpointsWatchEvent;
  watchServiceAccounts: ServiceAccountWatchEvent;
  watchRoles: RoleWatchEvent;
  watchClusterRoles: ClusterRoleWatchEvent;
  watchRoleBindings: RoleBindingWatchEvent;
  watchClusterRoleBindings: ClusterRoleBindingWatchEvent;
  watchSecrets: SecretWatchEvent;
  watchConfigMaps: ConfigMapWatchEvent;
  watchLeases: LeaseWatchEvent;
  watchEvents: EventWatchEvent;
  watchJobs: JobWatchEvent;
  watchCronJobs: CronJobWatchEvent;
  watchPersistentVolumes: PersistentVolumeWatchEvent;
  watchPersistentVolumeClaims: PersistentVolumeClaimWatchEvent;
  watchStorageClasses: StorageClassWatchEvent;
  watchPriorityClasses: PriorityClassWatchEvent;
  watchResourceQuotas: ResourceQuotaWatchEvent;
  watchLimitRanges: LimitRangeWatchEvent;
  /**
   * Streams a container's log from the node that runs the pod. Ends when the log ends (or, with
   * `follow`, when the container is gone). `container` may be left out when the pod has one.
   * Errors: NOT_FOUND (no such pod, or no such current/previous container log on the node),
   * INVALID (unknown container, or none named in a pod of several: the message lists them),
   * UNAVAILABLE (the pod is not bound to a node yet, the node's agent is not connected, or it
   * went away mid-stream), FORBIDDEN.
   */
  podLogs: PodLogChunk;
  /**
   * Node agents only: the log streams readers ask of this node (the node is the caller's identity).
   * An agent keeps one open on its own connection; each START is answered with sendPodLogChunk
   * calls for its requestId, each CANCEL stops that stream. Readers reach only agents connected to
   * the same API server. Completes when the server shuts down: subscribe again.
   */
  agentLogRequests: AgentLogRequest;
  /**
   * Runs `command` in a container of the pod, on the node that runs it (the dashboard's terminal;
   * `kubectl exec` uses the REST endpoint). `container` may be left out when the pod has one;
   * `stdin` (default true) keeps the command's stdin open for sendPodExecInput; `tty` gives it a
   * terminal (stderr then comes merged into stdout). Ends after the event with the exit code.
   * Needs permission to create Pod/exec.
   */
  execPod: PodExecEvent;
  /**
   * Node agents only: the pod streams (exec, attach, port-forward) asked of this node, over the
   * agent's own connection. Completes when the server shuts down: subscribe again.
   */
  agentStreamRequests: AgentStreamRequest;
};


export type SubscriptionWatchNamespacesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchNodesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchPodsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchReplicaSetsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchReplicationControllersArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchDaemonSetsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchStatefulSetsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchDeploymentsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchServicesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchEndpointsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchServiceAccountsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchRolesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchClusterRolesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchRoleBindingsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchClusterRoleBindingsArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchSecretsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchConfigMapsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchLeasesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchEventsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchJobsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchCronJobsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchPersistentVolumesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchPersistentVolumeClaimsArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchStorageClassesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchPriorityClassesArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchResourceQuotasArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchLimitRangesArgs = {
  namespace?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionPodLogsArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  container?: InputMaybe<Scalars['String']['input']>;
  follow?: InputMaybe<Scalars['Boolean']['input']>;
  tailLines?: InputMaybe<Scalars['Int']['input']>;
  sinceSeconds?: InputMaybe<Scalars['Int']['input']>;
  previous?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionExecPodArgs = {
  namespace: Scalars['String']['input'];
  name: Scalars['String']['input'];
  container?: InputMaybe<Scalars['String']['input']>;
  command: Array<Scalars['String']['input']>;
  tty?: InputMaybe<Scalars['Boolean']['input']>;
  stdin?: InputMaybe<Scalars['Boolean']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  IntOrString: ResolverTypeWrapper<Scalars['IntOrString']['output']>;
  WatchEventType: WatchEventType;
  PropagationPolicy: PropagationPolicy;
  ConditionStatus: ConditionStatus;
  Protocol: Protocol;
  OwnerReference: ResolverTypeWrapper<OwnerReference>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  OwnerReferenceInput: OwnerReferenceInput;
  ObjectMeta: ResolverTypeWrapper<ObjectMeta>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ObjectMetaInput: ObjectMetaInput;
  ObjectReference: ResolverTypeWrapper<ObjectReference>;
  ObjectReferenceInput: ObjectReferenceInput;
  LocalObjectReference: ResolverTypeWrapper<LocalObjectReference>;
  LocalObjectReferenceInput: LocalObjectReferenceInput;
  LabelSelectorOperator: LabelSelectorOperator;
  LabelSelectorRequirement: ResolverTypeWrapper<LabelSelectorRequirement>;
  LabelSelectorRequirementInput: LabelSelectorRequirementInput;
  LabelSelector: ResolverTypeWrapper<LabelSelector>;
  LabelSelectorInput: LabelSelectorInput;
  NamespacePhase: NamespacePhase;
  Namespace: ResolverTypeWrapper<NamespaceObject>;
  NamespaceSpec: ResolverTypeWrapper<NamespaceSpec>;
  NamespaceStatus: ResolverTypeWrapper<NamespaceStatus>;
  NamespaceCondition: ResolverTypeWrapper<NamespaceCondition>;
  NamespaceInput: NamespaceInput;
  NamespaceSpecInput: NamespaceSpecInput;
  NamespaceStatusInput: NamespaceStatusInput;
  NamespaceConditionInput: NamespaceConditionInput;
  TaintEffect: TaintEffect;
  Node: ResolverTypeWrapper<NodeObject>;
  NodeSpec: ResolverTypeWrapper<NodeSpec>;
  Taint: ResolverTypeWrapper<Taint>;
  NodeStatus: ResolverTypeWrapper<NodeStatus>;
  NodeCondition: ResolverTypeWrapper<NodeCondition>;
  NodeAddress: ResolverTypeWrapper<NodeAddress>;
  NodeDaemonEndpoints: ResolverTypeWrapper<NodeDaemonEndpoints>;
  DaemonEndpoint: ResolverTypeWrapper<DaemonEndpoint>;
  NodeSystemInfo: ResolverTypeWrapper<NodeSystemInfo>;
  NodeInput: NodeInput;
  NodeSpecInput: NodeSpecInput;
  TaintInput: TaintInput;
  NodeStatusInput: NodeStatusInput;
  NodeConditionInput: NodeConditionInput;
  NodeAddressInput: NodeAddressInput;
  NodeDaemonEndpointsInput: NodeDaemonEndpointsInput;
  DaemonEndpointInput: DaemonEndpointInput;
  NodeSystemInfoInput: NodeSystemInfoInput;
  RestartPolicy: RestartPolicy;
  PullPolicy: PullPolicy;
  PodPhase: PodPhase;
  URIScheme: UriScheme;
  TolerationOperator: TolerationOperator;
  NodeSelectorOperator: NodeSelectorOperator;
  Pod: ResolverTypeWrapper<PodObject>;
  SchedulingExplanation: ResolverTypeWrapper<SchedulingExplanation>;
  NodeSchedulingResult: ResolverTypeWrapper<NodeSchedulingResult>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PodTemplateSpec: ResolverTypeWrapper<PodTemplateSpec>;
  PodSpec: ResolverTypeWrapper<PodSpec>;
  HostAlias: ResolverTypeWrapper<HostAlias>;
  PodDNSConfig: ResolverTypeWrapper<PodDnsConfig>;
  PodDNSConfigOption: ResolverTypeWrapper<PodDnsConfigOption>;
  Container: ResolverTypeWrapper<Container>;
  ContainerPort: ResolverTypeWrapper<ContainerPort>;
  EnvVar: ResolverTypeWrapper<EnvVar>;
  EnvVarSource: ResolverTypeWrapper<EnvVarSource>;
  ObjectFieldSelector: ResolverTypeWrapper<ObjectFieldSelector>;
  ResourceFieldSelector: ResolverTypeWrapper<ResourceFieldSelector>;
  ConfigMapKeySelector: ResolverTypeWrapper<ConfigMapKeySelector>;
  SecretKeySelector: ResolverTypeWrapper<SecretKeySelector>;
  EnvFromSource: ResolverTypeWrapper<EnvFromSource>;
  ConfigMapEnvSource: ResolverTypeWrapper<ConfigMapEnvSource>;
  SecretEnvSource: ResolverTypeWrapper<SecretEnvSource>;
  ResourceRequirements: ResolverTypeWrapper<ResourceRequirements>;
  VolumeMount: ResolverTypeWrapper<VolumeMount>;
  Probe: ResolverTypeWrapper<Probe>;
  ExecAction: ResolverTypeWrapper<ExecAction>;
  HTTPGetAction: ResolverTypeWrapper<HttpGetAction>;
  HTTPHeader: ResolverTypeWrapper<HttpHeader>;
  TCPSocketAction: ResolverTypeWrapper<TcpSocketAction>;
  ContainerRestartPolicy: ContainerRestartPolicy;
  TerminationMessagePolicy: TerminationMessagePolicy;
  Lifecycle: ResolverTypeWrapper<Lifecycle>;
  LifecycleHandler: ResolverTypeWrapper<LifecycleHandler>;
  SleepAction: ResolverTypeWrapper<SleepAction>;
  PodSecurityContext: ResolverTypeWrapper<PodSecurityContext>;
  SecurityContext: ResolverTypeWrapper<SecurityContext>;
  Capabilities: ResolverTypeWrapper<Capabilities>;
  Affinity: ResolverTypeWrapper<Affinity>;
  NodeAffinity: ResolverTypeWrapper<NodeAffinity>;
  NodeSelector: ResolverTypeWrapper<NodeSelector>;
  NodeSelectorTerm: ResolverTypeWrapper<NodeSelectorTerm>;
  NodeSelectorRequirement: ResolverTypeWrapper<NodeSelectorRequirement>;
  PreferredSchedulingTerm: ResolverTypeWrapper<PreferredSchedulingTerm>;
  PodAffinity: ResolverTypeWrapper<PodAffinity>;
  PodAntiAffinity: ResolverTypeWrapper<PodAntiAffinity>;
  PodAffinityTerm: ResolverTypeWrapper<PodAffinityTerm>;
  WeightedPodAffinityTerm: ResolverTypeWrapper<WeightedPodAffinityTerm>;
  Toleration: ResolverTypeWrapper<Toleration>;
  Volume: ResolverTypeWrapper<Volume>;
  DownwardAPIVolumeFile: ResolverTypeWrapper<DownwardApiVolumeFile>;
  DownwardAPIVolumeSource: ResolverTypeWrapper<DownwardApiVolumeSource>;
  DownwardAPIProjection: ResolverTypeWrapper<DownwardApiProjection>;
  ConfigMapProjection: ResolverTypeWrapper<ConfigMapProjection>;
  SecretProjection: ResolverTypeWrapper<SecretProjection>;
  ServiceAccountTokenProjection: ResolverTypeWrapper<ServiceAccountTokenProjection>;
  VolumeProjection: ResolverTypeWrapper<VolumeProjection>;
  ProjectedVolumeSource: ResolverTypeWrapper<ProjectedVolumeSource>;
  PersistentVolumeClaimVolumeSource: ResolverTypeWrapper<PersistentVolumeClaimVolumeSource>;
  EmptyDirVolumeSource: ResolverTypeWrapper<EmptyDirVolumeSource>;
  HostPathVolumeSource: ResolverTypeWrapper<HostPathVolumeSource>;
  KeyToPath: ResolverTypeWrapper<KeyToPath>;
  ConfigMapVolumeSource: ResolverTypeWrapper<ConfigMapVolumeSource>;
  SecretVolumeSource: ResolverTypeWrapper<SecretVolumeSource>;
  PodStatus: ResolverTypeWrapper<PodStatus>;
  PodCondition: ResolverTypeWrapper<PodCondition>;
  PodIP: ResolverTypeWrapper<PodIp>;
  ContainerStatus: ResolverTypeWrapper<ContainerStatus>;
  ContainerState: ResolverTypeWrapper<ContainerState>;
  ContainerStateWaiting: ResolverTypeWrapper<ContainerStateWaiting>;
  ContainerStateRunning: ResolverTypeWrapper<ContainerStateRunning>;
  ContainerStateTerminated: ResolverTypeWrapper<ContainerStateTerminated>;
  PodInput: PodInput;
  PodTemplateSpecInput: PodTemplateSpecInput;
  PodSpecInput: PodSpecInput;
  HostAliasInput: HostAliasInput;
  PodDNSConfigInput: PodDnsConfigInput;
  PodDNSConfigOptionInput: PodDnsConfigOptionInput;
  ContainerInput: ContainerInput;
  ContainerPortInput: ContainerPortInput;
  EnvVarInput: EnvVarInput;
  EnvVarSourceInput: EnvVarSourceInput;
  ObjectFieldSelectorInput: ObjectFieldSelectorInput;
  ResourceFieldSelectorInput: ResourceFieldSelectorInput;
  ConfigMapKeySelectorInput: ConfigMapKeySelectorInput;
  SecretKeySelectorInput: SecretKeySelectorInput;
  EnvFromSourceInput: EnvFromSourceInput;
  ConfigMapEnvSourceInput: ConfigMapEnvSourceInput;
  SecretEnvSourceInput: SecretEnvSourceInput;
  ResourceRequirementsInput: ResourceRequirementsInput;
  VolumeMountInput: VolumeMountInput;
  ProbeInput: ProbeInput;
  ExecActionInput: ExecActionInput;
  HTTPGetActionInput: HttpGetActionInput;
  LifecycleInput: LifecycleInput;
  LifecycleHandlerInput: LifecycleHandlerInput;
  SleepActionInput: SleepActionInput;
  PodSecurityContextInput: PodSecurityContextInput;
  SecurityContextInput: SecurityContextInput;
  CapabilitiesInput: CapabilitiesInput;
  HTTPHeaderInput: HttpHeaderInput;
  TCPSocketActionInput: TcpSocketActionInput;
  AffinityInput: AffinityInput;
  NodeAffinityInput: NodeAffinityInput;
  NodeSelectorInput: NodeSelectorInput;
  NodeSelectorTermInput: NodeSelectorTermInput;
  NodeSelectorRequirementInput: NodeSelectorRequirementInput;
  PreferredSchedulingTermInput: PreferredSchedulingTermInput;
  PodAffinityInput: PodAffinityInput;
  PodAntiAffinityInput: PodAntiAffinityInput;
  PodAffinityTermInput: PodAffinityTermInput;
  WeightedPodAffinityTermInput: WeightedPodAffinityTermInput;
  TolerationInput: TolerationInput;
  VolumeInput: VolumeInput;
  DownwardAPIVolumeFileInput: DownwardApiVolumeFileInput;
  DownwardAPIVolumeSourceInput: DownwardApiVolumeSourceInput;
  DownwardAPIProjectionInput: DownwardApiProjectionInput;
  ConfigMapProjectionInput: ConfigMapProjectionInput;
  SecretProjectionInput: SecretProjectionInput;
  ServiceAccountTokenProjectionInput: ServiceAccountTokenProjectionInput;
  VolumeProjectionInput: VolumeProjectionInput;
  ProjectedVolumeSourceInput: ProjectedVolumeSourceInput;
  PersistentVolumeClaimVolumeSourceInput: PersistentVolumeClaimVolumeSourceInput;
  EmptyDirVolumeSourceInput: EmptyDirVolumeSourceInput;
  HostPathVolumeSourceInput: HostPathVolumeSourceInput;
  KeyToPathInput: KeyToPathInput;
  ConfigMapVolumeSourceInput: ConfigMapVolumeSourceInput;
  SecretVolumeSourceInput: SecretVolumeSourceInput;
  PodStatusInput: PodStatusInput;
  PodConditionInput: PodConditionInput;
  PodIPInput: PodIpInput;
  ContainerStatusInput: ContainerStatusInput;
  ContainerStateInput: ContainerStateInput;
  ContainerStateWaitingInput: ContainerStateWaitingInput;
  ContainerStateRunningInput: ContainerStateRunningInput;
  ContainerStateTerminatedInput: ContainerStateTerminatedInput;
  ReplicaSet: ResolverTypeWrapper<ReplicaSetObject>;
  ReplicaSetSpec: ResolverTypeWrapper<ReplicaSetSpec>;
  ReplicaSetStatus: ResolverTypeWrapper<ReplicaSetStatus>;
  ReplicaSetCondition: ResolverTypeWrapper<ReplicaSetCondition>;
  ReplicaSetInput: ReplicaSetInput;
  ReplicaSetSpecInput: ReplicaSetSpecInput;
  ReplicaSetStatusInput: ReplicaSetStatusInput;
  ReplicaSetConditionInput: ReplicaSetConditionInput;
  DeploymentStrategyType: DeploymentStrategyType;
  Deployment: ResolverTypeWrapper<DeploymentObject>;
  DeploymentSpec: ResolverTypeWrapper<DeploymentSpec>;
  DeploymentStrategy: ResolverTypeWrapper<DeploymentStrategy>;
  RollingUpdateDeployment: ResolverTypeWrapper<RollingUpdateDeployment>;
  DeploymentStatus: ResolverTypeWrapper<DeploymentStatus>;
  DeploymentCondition: ResolverTypeWrapper<DeploymentCondition>;
  DeploymentInput: DeploymentInput;
  DeploymentSpecInput: DeploymentSpecInput;
  DeploymentStrategyInput: DeploymentStrategyInput;
  RollingUpdateDeploymentInput: RollingUpdateDeploymentInput;
  DeploymentStatusInput: DeploymentStatusInput;
  DeploymentConditionInput: DeploymentConditionInput;
  ServiceType: ServiceType;
  ServiceAffinity: ServiceAffinity;
  ServiceTrafficPolicy: ServiceTrafficPolicy;
  Service: ResolverTypeWrapper<ServiceObject>;
  ServiceSpec: ResolverTypeWrapper<ServiceSpec>;
  ServicePort: ResolverTypeWrapper<ServicePort>;
  SessionAffinityConfig: ResolverTypeWrapper<SessionAffinityConfig>;
  ClientIPConfig: ResolverTypeWrapper<ClientIpConfig>;
  ServiceStatus: ResolverTypeWrapper<ServiceStatus>;
  LoadBalancerStatus: ResolverTypeWrapper<LoadBalancerStatus>;
  LoadBalancerIngress: ResolverTypeWrapper<LoadBalancerIngress>;
  Condition: ResolverTypeWrapper<Condition>;
  ServiceInput: ServiceInput;
  ServiceSpecInput: ServiceSpecInput;
  ServicePortInput: ServicePortInput;
  SessionAffinityConfigInput: SessionAffinityConfigInput;
  ClientIPConfigInput: ClientIpConfigInput;
  ServiceStatusInput: ServiceStatusInput;
  LoadBalancerStatusInput: LoadBalancerStatusInput;
  LoadBalancerIngressInput: LoadBalancerIngressInput;
  ConditionInput: ConditionInput;
  Endpoints: ResolverTypeWrapper<EndpointsObject>;
  EndpointSubset: ResolverTypeWrapper<EndpointSubset>;
  EndpointAddress: ResolverTypeWrapper<EndpointAddress>;
  EndpointPort: ResolverTypeWrapper<EndpointPort>;
  EndpointsInput: EndpointsInput;
  EndpointSubsetInput: EndpointSubsetInput;
  EndpointAddressInput: EndpointAddressInput;
  EndpointPortInput: EndpointPortInput;
  ServiceAccount: ResolverTypeWrapper<ServiceAccountObject>;
  ServiceAccountInput: ServiceAccountInput;
  Secret: ResolverTypeWrapper<SecretObject>;
  SecretInput: SecretInput;
  ConfigMap: ResolverTypeWrapper<ConfigMapObject>;
  ConfigMapInput: ConfigMapInput;
  Lease: ResolverTypeWrapper<LeaseObject>;
  LeaseSpec: ResolverTypeWrapper<LeaseSpec>;
  LeaseInput: LeaseInput;
  LeaseSpecInput: LeaseSpecInput;
  Event: ResolverTypeWrapper<EventObject>;
  EventSource: ResolverTypeWrapper<EventSource>;
  EventInput: EventInput;
  EventSourceInput: EventSourceInput;
  PolicyRule: ResolverTypeWrapper<PolicyRule>;
  AggregationRule: ResolverTypeWrapper<AggregationRule>;
  RoleRef: ResolverTypeWrapper<RoleRef>;
  Subject: ResolverTypeWrapper<Subject>;
  Role: ResolverTypeWrapper<RoleObject>;
  ClusterRole: ResolverTypeWrapper<ClusterRoleObject>;
  RoleBinding: ResolverTypeWrapper<RoleBindingObject>;
  ClusterRoleBinding: ResolverTypeWrapper<ClusterRoleBindingObject>;
  PolicyRuleInput: PolicyRuleInput;
  AggregationRuleInput: AggregationRuleInput;
  RoleRefInput: RoleRefInput;
  SubjectInput: SubjectInput;
  RoleInput: RoleInput;
  ClusterRoleInput: ClusterRoleInput;
  RoleBindingInput: RoleBindingInput;
  ClusterRoleBindingInput: ClusterRoleBindingInput;
  ReplicationController: ResolverTypeWrapper<ReplicationControllerObject>;
  ReplicationControllerSpec: ResolverTypeWrapper<ReplicationControllerSpec>;
  ReplicationControllerStatus: ResolverTypeWrapper<ReplicationControllerStatus>;
  ReplicationControllerCondition: ResolverTypeWrapper<ReplicationControllerCondition>;
  ReplicationControllerInput: ReplicationControllerInput;
  ReplicationControllerSpecInput: ReplicationControllerSpecInput;
  ReplicationControllerStatusInput: ReplicationControllerStatusInput;
  ReplicationControllerConditionInput: ReplicationControllerConditionInput;
  DaemonSetUpdateStrategyType: DaemonSetUpdateStrategyType;
  DaemonSet: ResolverTypeWrapper<DaemonSetObject>;
  DaemonSetSpec: ResolverTypeWrapper<DaemonSetSpec>;
  DaemonSetUpdateStrategy: ResolverTypeWrapper<DaemonSetUpdateStrategy>;
  RollingUpdateDaemonSet: ResolverTypeWrapper<RollingUpdateDaemonSet>;
  DaemonSetStatus: ResolverTypeWrapper<DaemonSetStatus>;
  DaemonSetCondition: ResolverTypeWrapper<DaemonSetCondition>;
  DaemonSetInput: DaemonSetInput;
  DaemonSetSpecInput: DaemonSetSpecInput;
  DaemonSetUpdateStrategyInput: DaemonSetUpdateStrategyInput;
  RollingUpdateDaemonSetInput: RollingUpdateDaemonSetInput;
  DaemonSetStatusInput: DaemonSetStatusInput;
  DaemonSetConditionInput: DaemonSetConditionInput;
  PodManagementPolicyType: PodManagementPolicyType;
  StatefulSetUpdateStrategyType: StatefulSetUpdateStrategyType;
  StatefulSet: ResolverTypeWrapper<StatefulSetObject>;
  StatefulSetSpec: ResolverTypeWrapper<StatefulSetSpec>;
  StatefulSetUpdateStrategy: ResolverTypeWrapper<StatefulSetUpdateStrategy>;
  RollingUpdateStatefulSetStrategy: ResolverTypeWrapper<RollingUpdateStatefulSetStrategy>;
  StatefulSetVolumeClaimTemplate: ResolverTypeWrapper<StatefulSetVolumeClaimTemplate>;
  StatefulSetVolumeClaimSpec: ResolverTypeWrapper<StatefulSetVolumeClaimSpec>;
  StatefulSetPersistentVolumeClaimRetentionPolicy: ResolverTypeWrapper<StatefulSetPersistentVolumeClaimRetentionPolicy>;
  StatefulSetStatus: ResolverTypeWrapper<StatefulSetStatus>;
  StatefulSetCondition: ResolverTypeWrapper<StatefulSetCondition>;
  StatefulSetInput: StatefulSetInput;
  StatefulSetSpecInput: StatefulSetSpecInput;
  StatefulSetUpdateStrategyInput: StatefulSetUpdateStrategyInput;
  RollingUpdateStatefulSetStrategyInput: RollingUpdateStatefulSetStrategyInput;
  StatefulSetVolumeClaimTemplateInput: StatefulSetVolumeClaimTemplateInput;
  StatefulSetVolumeClaimSpecInput: StatefulSetVolumeClaimSpecInput;
  StatefulSetPersistentVolumeClaimRetentionPolicyInput: StatefulSetPersistentVolumeClaimRetentionPolicyInput;
  StatefulSetStatusInput: StatefulSetStatusInput;
  StatefulSetConditionInput: StatefulSetConditionInput;
  Job: ResolverTypeWrapper<JobObject>;
  JobSpec: ResolverTypeWrapper<JobSpec>;
  JobStatus: ResolverTypeWrapper<JobStatus>;
  JobCondition: ResolverTypeWrapper<JobCondition>;
  JobInput: JobInput;
  JobSpecInput: JobSpecInput;
  JobStatusInput: JobStatusInput;
  JobConditionInput: JobConditionInput;
  CronJob: ResolverTypeWrapper<CronJobObject>;
  CronJobSpec: ResolverTypeWrapper<CronJobSpec>;
  JobTemplateSpec: ResolverTypeWrapper<JobTemplateSpec>;
  CronJobStatus: ResolverTypeWrapper<CronJobStatus>;
  CronJobInput: CronJobInput;
  CronJobSpecInput: CronJobSpecInput;
  JobTemplateSpecInput: JobTemplateSpecInput;
  CronJobStatusInput: CronJobStatusInput;
  PersistentVolumePhase: PersistentVolumePhase;
  PersistentVolumeClaimPhase: PersistentVolumeClaimPhase;
  PersistentVolume: ResolverTypeWrapper<PersistentVolumeObject>;
  PersistentVolumeSpec: ResolverTypeWrapper<PersistentVolumeSpec>;
  VolumeNodeAffinity: ResolverTypeWrapper<VolumeNodeAffinity>;
  LocalVolumeSource: ResolverTypeWrapper<LocalVolumeSource>;
  PersistentVolumeStatus: ResolverTypeWrapper<PersistentVolumeStatus>;
  PersistentVolumeClaim: ResolverTypeWrapper<PersistentVolumeClaimObject>;
  PersistentVolumeClaimSpec: ResolverTypeWrapper<PersistentVolumeClaimSpec>;
  PersistentVolumeClaimStatus: ResolverTypeWrapper<PersistentVolumeClaimStatus>;
  PersistentVolumeClaimCondition: ResolverTypeWrapper<PersistentVolumeClaimCondition>;
  ResourceQuota: ResolverTypeWrapper<ResourceQuotaObject>;
  ResourceQuotaSpec: ResolverTypeWrapper<ResourceQuotaSpec>;
  ScopeSelector: ResolverTypeWrapper<ScopeSelector>;
  ScopedResourceSelectorRequirement: ResolverTypeWrapper<ScopedResourceSelectorRequirement>;
  ResourceQuotaStatus: ResolverTypeWrapper<ResourceQuotaStatus>;
  ResourceQuotaInput: ResourceQuotaInput;
  ResourceQuotaSpecInput: ResourceQuotaSpecInput;
  ScopeSelectorInput: ScopeSelectorInput;
  ScopedResourceSelectorRequirementInput: ScopedResourceSelectorRequirementInput;
  ResourceQuotaStatusInput: ResourceQuotaStatusInput;
  LimitRange: ResolverTypeWrapper<LimitRangeObject>;
  LimitRangeSpec: ResolverTypeWrapper<LimitRangeSpec>;
  LimitRangeItem: ResolverTypeWrapper<LimitRangeItem>;
  LimitRangeInput: LimitRangeInput;
  LimitRangeSpecInput: LimitRangeSpecInput;
  LimitRangeItemInput: LimitRangeItemInput;
  PriorityClass: ResolverTypeWrapper<PriorityClassObject>;
  PriorityClassInput: PriorityClassInput;
  StorageClass: ResolverTypeWrapper<StorageClassObject>;
  TopologySelectorTerm: ResolverTypeWrapper<TopologySelectorTerm>;
  TopologySelectorLabelRequirement: ResolverTypeWrapper<TopologySelectorLabelRequirement>;
  PersistentVolumeInput: PersistentVolumeInput;
  PersistentVolumeSpecInput: PersistentVolumeSpecInput;
  VolumeNodeAffinityInput: VolumeNodeAffinityInput;
  LocalVolumeSourceInput: LocalVolumeSourceInput;
  PersistentVolumeStatusInput: PersistentVolumeStatusInput;
  PersistentVolumeClaimInput: PersistentVolumeClaimInput;
  PersistentVolumeClaimSpecInput: PersistentVolumeClaimSpecInput;
  PersistentVolumeClaimStatusInput: PersistentVolumeClaimStatusInput;
  PersistentVolumeClaimConditionInput: PersistentVolumeClaimConditionInput;
  StorageClassInput: StorageClassInput;
  TopologySelectorTermInput: TopologySelectorTermInput;
  TopologySelectorLabelRequirementInput: TopologySelectorLabelRequirementInput;
  ListMeta: ResolverTypeWrapper<ListMeta>;
  NamespaceList: ResolverTypeWrapper<Omit<NamespaceList, 'items'> & { items: Array<ResolversTypes['Namespace']> }>;
  NodeList: ResolverTypeWrapper<Omit<NodeList, 'items'> & { items: Array<ResolversTypes['Node']> }>;
  PodList: ResolverTypeWrapper<Omit<PodList, 'items'> & { items: Array<ResolversTypes['Pod']> }>;
  ReplicaSetList: ResolverTypeWrapper<Omit<ReplicaSetList, 'items'> & { items: Array<ResolversTypes['ReplicaSet']> }>;
  ReplicationControllerList: ResolverTypeWrapper<Omit<ReplicationControllerList, 'items'> & { items: Array<ResolversTypes['ReplicationController']> }>;
  DaemonSetList: ResolverTypeWrapper<Omit<DaemonSetList, 'items'> & { items: Array<ResolversTypes['DaemonSet']> }>;
  StatefulSetList: ResolverTypeWrapper<Omit<StatefulSetList, 'items'> & { items: Array<ResolversTypes['StatefulSet']> }>;
  DeploymentList: ResolverTypeWrapper<Omit<DeploymentList, 'items'> & { items: Array<ResolversTypes['Deployment']> }>;
  ServiceList: ResolverTypeWrapper<Omit<ServiceList, 'items'> & { items: Array<ResolversTypes['Service']> }>;
  EndpointsList: ResolverTypeWrapper<Omit<EndpointsList, 'items'> & { items: Array<ResolversTypes['Endpoints']> }>;
  ServiceAccountList: ResolverTypeWrapper<Omit<ServiceAccountList, 'items'> & { items: Array<ResolversTypes['ServiceAccount']> }>;
  RoleList: ResolverTypeWrapper<Omit<RoleList, 'items'> & { items: Array<ResolversTypes['Role']> }>;
  ClusterRoleList: ResolverTypeWrapper<Omit<ClusterRoleList, 'items'> & { items: Array<ResolversTypes['ClusterRole']> }>;
  RoleBindingList: ResolverTypeWrapper<Omit<RoleBindingList, 'items'> & { items: Array<ResolversTypes['RoleBinding']> }>;
  ClusterRoleBindingList: ResolverTypeWrapper<Omit<ClusterRoleBindingList, 'items'> & { items: Array<ResolversTypes['ClusterRoleBinding']> }>;
  SecretList: ResolverTypeWrapper<Omit<SecretList, 'items'> & { items: Array<ResolversTypes['Secret']> }>;
  ConfigMapList: ResolverTypeWrapper<Omit<ConfigMapList, 'items'> & { items: Array<ResolversTypes['ConfigMap']> }>;
  LeaseList: ResolverTypeWrapper<Omit<LeaseList, 'items'> & { items: Array<ResolversTypes['Lease']> }>;
  EventList: ResolverTypeWrapper<Omit<EventList, 'items'> & { items: Array<ResolversTypes['Event']> }>;
  JobList: ResolverTypeWrapper<Omit<JobList, 'items'> & { items: Array<ResolversTypes['Job']> }>;
  CronJobList: ResolverTypeWrapper<Omit<CronJobList, 'items'> & { items: Array<ResolversTypes['CronJob']> }>;
  PersistentVolumeList: ResolverTypeWrapper<Omit<PersistentVolumeList, 'items'> & { items: Array<ResolversTypes['PersistentVolume']> }>;
  PersistentVolumeClaimList: ResolverTypeWrapper<Omit<PersistentVolumeClaimList, 'items'> & { items: Array<ResolversTypes['PersistentVolumeClaim']> }>;
  StorageClassList: ResolverTypeWrapper<Omit<StorageClassList, 'items'> & { items: Array<ResolversTypes['StorageClass']> }>;
  PriorityClassList: ResolverTypeWrapper<Omit<PriorityClassList, 'items'> & { items: Array<ResolversTypes['PriorityClass']> }>;
  ResourceQuotaList: ResolverTypeWrapper<Omit<ResourceQuotaList, 'items'> & { items: Array<ResolversTypes['ResourceQuota']> }>;
  LimitRangeList: ResolverTypeWrapper<Omit<LimitRangeList, 'items'> & { items: Array<ResolversTypes['LimitRange']> }>;
  NamespaceWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  NodeWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  PodWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ReplicaSetWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ReplicationControllerWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  DaemonSetWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  StatefulSetWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  DeploymentWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ServiceWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  EndpointsWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ServiceAccountWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  RoleWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ClusterRoleWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  RoleBindingWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ClusterRoleBindingWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  SecretWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ConfigMapWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  LeaseWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  EventWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  JobWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  CronJobWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  PersistentVolumeWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  PersistentVolumeClaimWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  StorageClassWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  PriorityClassWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ResourceQuotaWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  LimitRangeWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ApplyAction: ApplyAction;
  ApplyResult: ResolverTypeWrapper<ApplyResult>;
  ScalableKind: ScalableKind;
  Scale: ResolverTypeWrapper<ApiScale>;
  ScaleSpec: ResolverTypeWrapper<ScaleSpec>;
  ScaleStatus: ResolverTypeWrapper<ScaleStatus>;
  HistoryEntry: ResolverTypeWrapper<ApiHistoryEntry>;
  ContainerMetrics: ResolverTypeWrapper<ContainerMetrics>;
  PodMetrics: ResolverTypeWrapper<PodMetrics>;
  NodeMetrics: ResolverTypeWrapper<NodeMetrics>;
  ContainerUsageInput: ContainerUsageInput;
  PodUsageInput: PodUsageInput;
  NodeUsageInput: NodeUsageInput;
  UsageReportInput: UsageReportInput;
  BootstrapToken: ResolverTypeWrapper<BootstrapToken>;
  BootstrapTokenInfo: ResolverTypeWrapper<BootstrapTokenInfo>;
  ServiceAccountToken: ResolverTypeWrapper<ServiceAccountToken>;
  BoundObjectReferenceInput: BoundObjectReferenceInput;
  UserToken: ResolverTypeWrapper<UserToken>;
  AuthorizedActions: ResolverTypeWrapper<AuthorizedActions>;
  NodeCredential: ResolverTypeWrapper<NodeCredential>;
  PodLogChunk: ResolverTypeWrapper<PodLogChunk>;
  AgentLogRequestType: AgentLogRequestType;
  AgentLogRequest: ResolverTypeWrapper<AgentLogRequest>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PodStreamKind: PodStreamKind;
  AgentStreamRequestType: AgentStreamRequestType;
  PodStreamName: PodStreamName;
  AgentStreamRequest: ResolverTypeWrapper<AgentStreamRequest>;
  PodExecEvent: ResolverTypeWrapper<PodExecEvent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  JSON: Scalars['JSON']['output'];
  IntOrString: Scalars['IntOrString']['output'];
  OwnerReference: OwnerReference;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  OwnerReferenceInput: OwnerReferenceInput;
  ObjectMeta: ObjectMeta;
  Int: Scalars['Int']['output'];
  ObjectMetaInput: ObjectMetaInput;
  ObjectReference: ObjectReference;
  ObjectReferenceInput: ObjectReferenceInput;
  LocalObjectReference: LocalObjectReference;
  LocalObjectReferenceInput: LocalObjectReferenceInput;
  LabelSelectorRequirement: LabelSelectorRequirement;
  LabelSelectorRequirementInput: LabelSelectorRequirementInput;
  LabelSelector: LabelSelector;
  LabelSelectorInput: LabelSelectorInput;
  Namespace: NamespaceObject;
  NamespaceSpec: NamespaceSpec;
  NamespaceStatus: NamespaceStatus;
  NamespaceCondition: NamespaceCondition;
  NamespaceInput: NamespaceInput;
  NamespaceSpecInput: NamespaceSpecInput;
  NamespaceStatusInput: NamespaceStatusInput;
  NamespaceConditionInput: NamespaceConditionInput;
  Node: NodeObject;
  NodeSpec: NodeSpec;
  Taint: Taint;
  NodeStatus: NodeStatus;
  NodeCondition: NodeCondition;
  NodeAddress: NodeAddress;
  NodeDaemonEndpoints: NodeDaemonEndpoints;
  DaemonEndpoint: DaemonEndpoint;
  NodeSystemInfo: NodeSystemInfo;
  NodeInput: NodeInput;
  NodeSpecInput: NodeSpecInput;
  TaintInput: TaintInput;
  NodeStatusInput: NodeStatusInput;
  NodeConditionInput: NodeConditionInput;
  NodeAddressInput: NodeAddressInput;
  NodeDaemonEndpointsInput: NodeDaemonEndpointsInput;
  DaemonEndpointInput: DaemonEndpointInput;
  NodeSystemInfoInput: NodeSystemInfoInput;
  Pod: PodObject;
  SchedulingExplanation: SchedulingExplanation;
  NodeSchedulingResult: NodeSchedulingResult;
  Float: Scalars['Float']['output'];
  PodTemplateSpec: PodTemplateSpec;
  PodSpec: PodSpec;
  HostAlias: HostAlias;
  PodDNSConfig: PodDnsConfig;
  PodDNSConfigOption: PodDnsConfigOption;
  Container: Container;
  ContainerPort: ContainerPort;
  EnvVar: EnvVar;
  EnvVarSource: EnvVarSource;
  ObjectFieldSelector: ObjectFieldSelector;
  ResourceFieldSelector: ResourceFieldSelector;
  ConfigMapKeySelector: ConfigMapKeySelector;
  SecretKeySelector: SecretKeySelector;
  EnvFromSource: EnvFromSource;
  ConfigMapEnvSource: ConfigMapEnvSource;
  SecretEnvSource: SecretEnvSource;
  ResourceRequirements: ResourceRequirements;
  VolumeMount: VolumeMount;
  Probe: Probe;
  ExecAction: ExecAction;
  HTTPGetAction: HttpGetAction;
  HTTPHeader: HttpHeader;
  TCPSocketAction: TcpSocketAction;
  Lifecycle: Lifecycle;
  LifecycleHandler: LifecycleHandler;
  SleepAction: SleepAction;
  PodSecurityContext: PodSecurityContext;
  SecurityContext: SecurityContext;
  Capabilities: Capabilities;
  Affinity: Affinity;
  NodeAffinity: NodeAffinity;
  NodeSelector: NodeSelector;
  NodeSelectorTerm: NodeSelectorTerm;
  NodeSelectorRequirement: NodeSelectorRequirement;
  PreferredSchedulingTerm: PreferredSchedulingTerm;
  PodAffinity: PodAffinity;
  PodAntiAffinity: PodAntiAffinity;
  PodAffinityTerm: PodAffinityTerm;
  WeightedPodAffinityTerm: WeightedPodAffinityTerm;
  Toleration: Toleration;
  Volume: Volume;
  DownwardAPIVolumeFile: DownwardApiVolumeFile;
  DownwardAPIVolumeSource: DownwardApiVolumeSource;
  DownwardAPIProjection: DownwardApiProjection;
  ConfigMapProjection: ConfigMapProjection;
  SecretProjection: SecretProjection;
  ServiceAccountTokenProjection: ServiceAccountTokenProjection;
  VolumeProjection: VolumeProjection;
  ProjectedVolumeSource: ProjectedVolumeSource;
  PersistentVolumeClaimVolumeSource: PersistentVolumeClaimVolumeSource;
  EmptyDirVolumeSource: EmptyDirVolumeSource;
  HostPathVolumeSource: HostPathVolumeSource;
  KeyToPath: KeyToPath;
  ConfigMapVolumeSource: ConfigMapVolumeSource;
  SecretVolumeSource: SecretVolumeSource;
  PodStatus: PodStatus;
  PodCondition: PodCondition;
  PodIP: PodIp;
  ContainerStatus: ContainerStatus;
  ContainerState: ContainerState;
  ContainerStateWaiting: ContainerStateWaiting;
  ContainerStateRunning: ContainerStateRunning;
  ContainerStateTerminated: ContainerStateTerminated;
  PodInput: PodInput;
  PodTemplateSpecInput: PodTemplateSpecInput;
  PodSpecInput: PodSpecInput;
  HostAliasInput: HostAliasInput;
  PodDNSConfigInput: PodDnsConfigInput;
  PodDNSConfigOptionInput: PodDnsConfigOptionInput;
  ContainerInput: ContainerInput;
  ContainerPortInput: ContainerPortInput;
  EnvVarInput: EnvVarInput;
  EnvVarSourceInput: EnvVarSourceInput;
  ObjectFieldSelectorInput: ObjectFieldSelectorInput;
  ResourceFieldSelectorInput: ResourceFieldSelectorInput;
  ConfigMapKeySelectorInput: ConfigMapKeySelectorInput;
  SecretKeySelectorInput: SecretKeySelectorInput;
  EnvFromSourceInput: EnvFromSourceInput;
  ConfigMapEnvSourceInput: ConfigMapEnvSourceInput;
  SecretEnvSourceInput: SecretEnvSourceInput;
  ResourceRequirementsInput: ResourceRequirementsInput;
  VolumeMountInput: VolumeMountInput;
  ProbeInput: ProbeInput;
  ExecActionInput: ExecActionInput;
  HTTPGetActionInput: HttpGetActionInput;
  LifecycleInput: LifecycleInput;
  LifecycleHandlerInput: LifecycleHandlerInput;
  SleepActionInput: SleepActionInput;
  PodSecurityContextInput: PodSecurityContextInput;
  SecurityContextInput: SecurityContextInput;
  CapabilitiesInput: CapabilitiesInput;
  HTTPHeaderInput: HttpHeaderInput;
  TCPSocketActionInput: TcpSocketActionInput;
  AffinityInput: AffinityInput;
  NodeAffinityInput: NodeAffinityInput;
  NodeSelectorInput: NodeSelectorInput;
  NodeSelectorTermInput: NodeSelectorTermInput;
  NodeSelectorRequirementInput: NodeSelectorRequirementInput;
  PreferredSchedulingTermInput: PreferredSchedulingTermInput;
  PodAffinityInput: PodAffinityInput;
  PodAntiAffinityInput: PodAntiAffinityInput;
  PodAffinityTermInput: PodAffinityTermInput;
  WeightedPodAffinityTermInput: WeightedPodAffinityTermInput;
  TolerationInput: TolerationInput;
  VolumeInput: VolumeInput;
  DownwardAPIVolumeFileInput: DownwardApiVolumeFileInput;
  DownwardAPIVolumeSourceInput: DownwardApiVolumeSourceInput;
  DownwardAPIProjectionInput: DownwardApiProjectionInput;
  ConfigMapProjectionInput: ConfigMapProjectionInput;
  SecretProjectionInput: SecretProjectionInput;
  ServiceAccountTokenProjectionInput: ServiceAccountTokenProjectionInput;
  VolumeProjectionInput: VolumeProjectionInput;
  ProjectedVolumeSourceInput: ProjectedVolumeSourceInput;
  PersistentVolumeClaimVolumeSourceInput: PersistentVolumeClaimVolumeSourceInput;
  EmptyDirVolumeSourceInput: EmptyDirVolumeSourceInput;
  HostPathVolumeSourceInput: HostPathVolumeSourceInput;
  KeyToPathInput: KeyToPathInput;
  ConfigMapVolumeSourceInput: ConfigMapVolumeSourceInput;
  SecretVolumeSourceInput: SecretVolumeSourceInput;
  PodStatusInput: PodStatusInput;
  PodConditionInput: PodConditionInput;
  PodIPInput: PodIpInput;
  ContainerStatusInput: ContainerStatusInput;
  ContainerStateInput: ContainerStateInput;
  ContainerStateWaitingInput: ContainerStateWaitingInput;
  ContainerStateRunningInput: ContainerStateRunningInput;
  ContainerStateTerminatedInput: ContainerStateTerminatedInput;
  ReplicaSet: ReplicaSetObject;
  ReplicaSetSpec: ReplicaSetSpec;
  ReplicaSetStatus: ReplicaSetStatus;
  ReplicaSetCondition: ReplicaSetCondition;
  ReplicaSetInput: ReplicaSetInput;
  ReplicaSetSpecInput: ReplicaSetSpecInput;
  ReplicaSetStatusInput: ReplicaSetStatusInput;
  ReplicaSetConditionInput: ReplicaSetConditionInput;
  Deployment: DeploymentObject;
  DeploymentSpec: DeploymentSpec;
  DeploymentStrategy: DeploymentStrategy;
  RollingUpdateDeployment: RollingUpdateDeployment;
  DeploymentStatus: DeploymentStatus;
  DeploymentCondition: DeploymentCondition;
  DeploymentInput: DeploymentInput;
  DeploymentSpecInput: DeploymentSpecInput;
  DeploymentStrategyInput: DeploymentStrategyInput;
  RollingUpdateDeploymentInput: RollingUpdateDeploymentInput;
  DeploymentStatusInput: DeploymentStatusInput;
  DeploymentConditionInput: DeploymentConditionInput;
  Service: ServiceObject;
  ServiceSpec: ServiceSpec;
  ServicePort: ServicePort;
  SessionAffinityConfig: SessionAffinityConfig;
  ClientIPConfig: ClientIpConfig;
  ServiceStatus: ServiceStatus;
  LoadBalancerStatus: LoadBalancerStatus;
  LoadBalancerIngress: LoadBalancerIngress;
  Condition: Condition;
  ServiceInput: ServiceInput;
  ServiceSpecInput: ServiceSpecInput;
  ServicePortInput: ServicePortInput;
  SessionAffinityConfigInput: SessionAffinityConfigInput;
  ClientIPConfigInput: ClientIpConfigInput;
  ServiceStatusInput: ServiceStatusInput;
  LoadBalancerStatusInput: LoadBalancerStatusInput;
  LoadBalancerIngressInput: LoadBalancerIngressInput;
  ConditionInput: ConditionInput;
  Endpoints: EndpointsObject;
  EndpointSubset: EndpointSubset;
  EndpointAddress: EndpointAddress;
  EndpointPort: EndpointPort;
  EndpointsInput: EndpointsInput;
  EndpointSubsetInput: EndpointSubsetInput;
  EndpointAddressInput: EndpointAddressInput;
  EndpointPortInput: EndpointPortInput;
  ServiceAccount: ServiceAccountObject;
  ServiceAccountInput: ServiceAccountInput;
  Secret: SecretObject;
  SecretInput: SecretInput;
  ConfigMap: ConfigMapObject;
  ConfigMapInput: ConfigMapInput;
  Lease: LeaseObject;
  LeaseSpec: LeaseSpec;
  LeaseInput: LeaseInput;
  LeaseSpecInput: LeaseSpecInput;
  Event: EventObject;
  EventSource: EventSource;
  EventInput: EventInput;
  EventSourceInput: EventSourceInput;
  PolicyRule: PolicyRule;
  AggregationRule: AggregationRule;
  RoleRef: RoleRef;
  Subject: Subject;
  Role: RoleObject;
  ClusterRole: ClusterRoleObject;
  RoleBinding: RoleBindingObject;
  ClusterRoleBinding: ClusterRoleBindingObject;
  PolicyRuleInput: PolicyRuleInput;
  AggregationRuleInput: AggregationRuleInput;
  RoleRefInput: RoleRefInput;
  SubjectInput: SubjectInput;
  RoleInput: RoleInput;
  ClusterRoleInput: ClusterRoleInput;
  RoleBindingInput: RoleBindingInput;
  ClusterRoleBindingInput: ClusterRoleBindingInput;
  ReplicationController: ReplicationControllerObject;
  ReplicationControllerSpec: ReplicationControllerSpec;
  ReplicationControllerStatus: ReplicationControllerStatus;
  ReplicationControllerCondition: ReplicationControllerCondition;
  ReplicationControllerInput: ReplicationControllerInput;
  ReplicationControllerSpecInput: ReplicationControllerSpecInput;
  ReplicationControllerStatusInput: ReplicationControllerStatusInput;
  ReplicationControllerConditionInput: ReplicationControllerConditionInput;
  DaemonSet: DaemonSetObject;
  DaemonSetSpec: DaemonSetSpec;
  DaemonSetUpdateStrategy: DaemonSetUpdateStrategy;
  RollingUpdateDaemonSet: RollingUpdateDaemonSet;
  DaemonSetStatus: DaemonSetStatus;
  DaemonSetCondition: DaemonSetCondition;
  DaemonSetInput: DaemonSetInput;
  DaemonSetSpecInput: DaemonSetSpecInput;
  DaemonSetUpdateStrategyInput: DaemonSetUpdateStrategyInput;
  RollingUpdateDaemonSetInput: RollingUpdateDaemonSetInput;
  DaemonSetStatusInput: DaemonSetStatusInput;
  DaemonSetConditionInput: DaemonSetConditionInput;
  StatefulSet: StatefulSetObject;
  StatefulSetSpec: StatefulSetSpec;
  StatefulSetUpdateStrategy: StatefulSetUpdateStrategy;
  RollingUpdateStatefulSetStrategy: RollingUpdateStatefulSetStrategy;
  StatefulSetVolumeClaimTemplate: StatefulSetVolumeClaimTemplate;
  StatefulSetVolumeClaimSpec: StatefulSetVolumeClaimSpec;
  StatefulSetPersistentVolumeClaimRetentionPolicy: StatefulSetPersistentVolumeClaimRetentionPolicy;
  StatefulSetStatus: StatefulSetStatus;
  StatefulSetCondition: StatefulSetCondition;
  StatefulSetInput: StatefulSetInput;
  StatefulSetSpecInput: StatefulSetSpecInput;
  StatefulSetUpdateStrategyInput: StatefulSetUpdateStrategyInput;
  RollingUpdateStatefulSetStrategyInput: RollingUpdateStatefulSetStrategyInput;
  StatefulSetVolumeClaimTemplateInput: StatefulSetVolumeClaimTemplateInput;
  StatefulSetVolumeClaimSpecInput: StatefulSetVolumeClaimSpecInput;
  StatefulSetPersistentVolumeClaimRetentionPolicyInput: StatefulSetPersistentVolumeClaimRetentionPolicyInput;
  StatefulSetStatusInput: StatefulSetStatusInput;
  StatefulSetConditionInput: StatefulSetConditionInput;
  Job: JobObject;
  JobSpec: JobSpec;
  JobStatus: JobStatus;
  JobCondition: JobCondition;
  JobInput: JobInput;
  JobSpecInput: JobSpecInput;
  JobStatusInput: JobStatusInput;
  JobConditionInput: JobConditionInput;
  CronJob: CronJobObject;
  CronJobSpec: CronJobSpec;
  JobTemplateSpec: JobTemplateSpec;
  CronJobStatus: CronJobStatus;
  CronJobInput: CronJobInput;
  CronJobSpecInput: CronJobSpecInput;
  JobTemplateSpecInput: JobTemplateSpecInput;
  CronJobStatusInput: CronJobStatusInput;
  PersistentVolume: PersistentVolumeObject;
  PersistentVolumeSpec: PersistentVolumeSpec;
  VolumeNodeAffinity: VolumeNodeAffinity;
  LocalVolumeSource: LocalVolumeSource;
  PersistentVolumeStatus: PersistentVolumeStatus;
  PersistentVolumeClaim: PersistentVolumeClaimObject;
  PersistentVolumeClaimSpec: PersistentVolumeClaimSpec;
  PersistentVolumeClaimStatus: PersistentVolumeClaimStatus;
  PersistentVolumeClaimCondition: PersistentVolumeClaimCondition;
  ResourceQuota: ResourceQuotaObject;
  ResourceQuotaSpec: ResourceQuotaSpec;
  ScopeSelector: ScopeSelector;
  ScopedResourceSelectorRequirement: ScopedResourceSelectorRequirement;
  ResourceQuotaStatus: ResourceQuotaStatus;
  ResourceQuotaInput: ResourceQuotaInput;
  ResourceQuotaSpecInput: ResourceQuotaSpecInput;
  ScopeSelectorInput: ScopeSelectorInput;
  ScopedResourceSelectorRequirementInput: ScopedResourceSelectorRequirementInput;
  ResourceQuotaStatusInput: ResourceQuotaStatusInput;
  LimitRange: LimitRangeObject;
  LimitRangeSpec: LimitRangeSpec;
  LimitRangeItem: LimitRangeItem;
  LimitRangeInput: LimitRangeInput;
  LimitRangeSpecInput: LimitRangeSpecInput;
  LimitRangeItemInput: LimitRangeItemInput;
  PriorityClass: PriorityClassObject;
  PriorityClassInput: PriorityClassInput;
  StorageClass: StorageClassObject;
  TopologySelectorTerm: TopologySelectorTerm;
  TopologySelectorLabelRequirement: TopologySelectorLabelRequirement;
  PersistentVolumeInput: PersistentVolumeInput;
  PersistentVolumeSpecInput: PersistentVolumeSpecInput;
  VolumeNodeAffinityInput: VolumeNodeAffinityInput;
  LocalVolumeSourceInput: LocalVolumeSourceInput;
  PersistentVolumeStatusInput: PersistentVolumeStatusInput;
  PersistentVolumeClaimInput: PersistentVolumeClaimInput;
  PersistentVolumeClaimSpecInput: PersistentVolumeClaimSpecInput;
  PersistentVolumeClaimStatusInput: PersistentVolumeClaimStatusInput;
  PersistentVolumeClaimConditionInput: PersistentVolumeClaimConditionInput;
  StorageClassInput: StorageClassInput;
  TopologySelectorTermInput: TopologySelectorTermInput;
  TopologySelectorLabelRequirementInput: TopologySelectorLabelRequirementInput;
  ListMeta: ListMeta;
  NamespaceList: Omit<NamespaceList, 'items'> & { items: Array<ResolversParentTypes['Namespace']> };
  NodeList: Omit<NodeList, 'items'> & { items: Array<ResolversParentTypes['Node']> };
  PodList: Omit<PodList, 'items'> & { items: Array<ResolversParentTypes['Pod']> };
  ReplicaSetList: Omit<ReplicaSetList, 'items'> & { items: Array<ResolversParentTypes['ReplicaSet']> };
  ReplicationControllerList: Omit<ReplicationControllerList, 'items'> & { items: Array<ResolversParentTypes['ReplicationController']> };
  DaemonSetList: Omit<DaemonSetList, 'items'> & { items: Array<ResolversParentTypes['DaemonSet']> };
  StatefulSetList: Omit<StatefulSetList, 'items'> & { items: Array<ResolversParentTypes['StatefulSet']> };
  DeploymentList: Omit<DeploymentList, 'items'> & { items: Array<ResolversParentTypes['Deployment']> };
  ServiceList: Omit<ServiceList, 'items'> & { items: Array<ResolversParentTypes['Service']> };
  EndpointsList: Omit<EndpointsList, 'items'> & { items: Array<ResolversParentTypes['Endpoints']> };
  ServiceAccountList: Omit<ServiceAccountList, 'items'> & { items: Array<ResolversParentTypes['ServiceAccount']> };
  RoleList: Omit<RoleList, 'items'> & { items: Array<ResolversParentTypes['Role']> };
  ClusterRoleList: Omit<ClusterRoleList, 'items'> & { items: Array<ResolversParentTypes['ClusterRole']> };
  RoleBindingList: Omit<RoleBindingList, 'items'> & { items: Array<ResolversParentTypes['RoleBinding']> };
  ClusterRoleBindingList: Omit<ClusterRoleBindingList, 'items'> & { items: Array<ResolversParentTypes['ClusterRoleBinding']> };
  SecretList: Omit<SecretList, 'items'> & { items: Array<ResolversParentTypes['Secret']> };
  ConfigMapList: Omit<ConfigMapList, 'items'> & { items: Array<ResolversParentTypes['ConfigMap']> };
  LeaseList: Omit<LeaseList, 'items'> & { items: Array<ResolversParentTypes['Lease']> };
  EventList: Omit<EventList, 'items'> & { items: Array<ResolversParentTypes['Event']> };
  JobList: Omit<JobList, 'items'> & { items: Array<ResolversParentTypes['Job']> };
  CronJobList: Omit<CronJobList, 'items'> & { items: Array<ResolversParentTypes['CronJob']> };
  PersistentVolumeList: Omit<PersistentVolumeList, 'items'> & { items: Array<ResolversParentTypes['PersistentVolume']> };
  PersistentVolumeClaimList: Omit<PersistentVolumeClaimList, 'items'> & { items: Array<ResolversParentTypes['PersistentVolumeClaim']> };
  StorageClassList: Omit<StorageClassList, 'items'> & { items: Array<ResolversParentTypes['StorageClass']> };
  PriorityClassList: Omit<PriorityClassList, 'items'> & { items: Array<ResolversParentTypes['PriorityClass']> };
  ResourceQuotaList: Omit<ResourceQuotaList, 'items'> & { items: Array<ResolversParentTypes['ResourceQuota']> };
  LimitRangeList: Omit<LimitRangeList, 'items'> & { items: Array<ResolversParentTypes['LimitRange']> };
  NamespaceWatchEvent: ApiWatchEvent;
  NodeWatchEvent: ApiWatchEvent;
  PodWatchEvent: ApiWatchEvent;
  ReplicaSetWatchEvent: ApiWatchEvent;
  ReplicationControllerWatchEvent: ApiWatchEvent;
  DaemonSetWatchEvent: ApiWatchEvent;
  StatefulSetWatchEvent: ApiWatchEvent;
  DeploymentWatchEvent: ApiWatchEvent;
  ServiceWatchEvent: ApiWatchEvent;
  EndpointsWatchEvent: ApiWatchEvent;
  ServiceAccountWatchEvent: ApiWatchEvent;
  RoleWatchEvent: ApiWatchEvent;
  ClusterRoleWatchEvent: ApiWatchEvent;
  RoleBindingWatchEvent: ApiWatchEvent;
  ClusterRoleBindingWatchEvent: ApiWatchEvent;
  SecretWatchEvent: ApiWatchEvent;
  ConfigMapWatchEvent: ApiWatchEvent;
  LeaseWatchEvent: ApiWatchEvent;
  EventWatchEvent: ApiWatchEvent;
  JobWatchEvent: ApiWatchEvent;
  CronJobWatchEvent: ApiWatchEvent;
  PersistentVolumeWatchEvent: ApiWatchEvent;
  PersistentVolumeClaimWatchEvent: ApiWatchEvent;
  StorageClassWatchEvent: ApiWatchEvent;
  PriorityClassWatchEvent: ApiWatchEvent;
  ResourceQuotaWatchEvent: ApiWatchEvent;
  LimitRangeWatchEvent: ApiWatchEvent;
  ApplyResult: ApplyResult;
  Scale: ApiScale;
  ScaleSpec: ScaleSpec;
  ScaleStatus: ScaleStatus;
  HistoryEntry: ApiHistoryEntry;
  ContainerMetrics: ContainerMetrics;
  PodMetrics: PodMetrics;
  NodeMetrics: NodeMetrics;
  ContainerUsageInput: ContainerUsageInput;
  PodUsageInput: PodUsageInput;
  NodeUsageInput: NodeUsageInput;
  UsageReportInput: UsageReportInput;
  BootstrapToken: BootstrapToken;
  BootstrapTokenInfo: BootstrapTokenInfo;
  ServiceAccountToken: ServiceAccountToken;
  BoundObjectReferenceInput: BoundObjectReferenceInput;
  UserToken: UserToken;
  AuthorizedActions: AuthorizedActions;
  NodeCredential: NodeCredential;
  PodLogChunk: PodLogChunk;
  AgentLogRequest: AgentLogRequest;
  ID: Scalars['ID']['output'];
  AgentStreamRequest: AgentStreamRequest;
  PodExecEvent: PodExecEvent;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface IntOrStringScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IntOrString'], any> {
  name: 'IntOrString';
}

export type OwnerReferenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OwnerReference'] = ResolversParentTypes['OwnerReference']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  controller?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  blockOwnerDeletion?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ObjectMetaResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ObjectMeta'] = ResolversParentTypes['ObjectMeta']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  generateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  generation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  labels?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  annotations?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  creationTimestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deletionTimestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deletionGracePeriodSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ownerReferences?: Resolver<Maybe<Array<ResolversTypes['OwnerReference']>>, ParentType, ContextType>;
  finalizers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ObjectReferenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ObjectReference'] = ResolversParentTypes['ObjectReference']> = {
  apiVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LocalObjectReferenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LocalObjectReference'] = ResolversParentTypes['LocalObjectReference']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LabelSelectorRequirementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LabelSelectorRequirement'] = ResolversParentTypes['LabelSelectorRequirement']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['LabelSelectorOperator'], ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type LabelSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LabelSelector'] = ResolversParentTypes['LabelSelector']> = {
  matchLabels?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  matchExpressions?: Resolver<Maybe<Array<ResolversTypes['LabelSelectorRequirement']>>, ParentType, ContextType>;
};

export type NamespaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Namespace'] = ResolversParentTypes['Namespace']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['NamespaceSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['NamespaceStatus']>, ParentType, ContextType>;
};

export type NamespaceSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceSpec'] = ResolversParentTypes['NamespaceSpec']> = {
  finalizers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type NamespaceStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceStatus'] = ResolversParentTypes['NamespaceStatus']> = {
  phase?: Resolver<Maybe<ResolversTypes['NamespacePhase']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['NamespaceCondition']>>, ParentType, ContextType>;
};

export type NamespaceConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceCondition'] = ResolversParentTypes['NamespaceCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['NodeSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['NodeStatus']>, ParentType, ContextType>;
};

export type NodeSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSpec'] = ResolversParentTypes['NodeSpec']> = {
  podCIDR?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podCIDRs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  providerID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unschedulable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  taints?: Resolver<Maybe<Array<ResolversTypes['Taint']>>, ParentType, ContextType>;
};

export type TaintResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Taint'] = ResolversParentTypes['Taint']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['TaintEffect'], ParentType, ContextType>;
  timeAdded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeStatus'] = ResolversParentTypes['NodeStatus']> = {
  capacity?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  allocatable?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['NodeCondition']>>, ParentType, ContextType>;
  addresses?: Resolver<Maybe<Array<ResolversTypes['NodeAddress']>>, ParentType, ContextType>;
  daemonEndpoints?: Resolver<Maybe<ResolversTypes['NodeDaemonEndpoints']>, ParentType, ContextType>;
  nodeInfo?: Resolver<Maybe<ResolversTypes['NodeSystemInfo']>, ParentType, ContextType>;
};

export type NodeConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeCondition'] = ResolversParentTypes['NodeCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastHeartbeatTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeAddressResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeAddress'] = ResolversParentTypes['NodeAddress']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeDaemonEndpointsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeDaemonEndpoints'] = ResolversParentTypes['NodeDaemonEndpoints']> = {
  kubeletEndpoint?: Resolver<Maybe<ResolversTypes['DaemonEndpoint']>, ParentType, ContextType>;
};

export type DaemonEndpointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonEndpoint'] = ResolversParentTypes['DaemonEndpoint']> = {
  Port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeSystemInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSystemInfo'] = ResolversParentTypes['NodeSystemInfo']> = {
  machineID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemUUID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bootID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kernelVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  osImage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  containerRuntimeVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kubeletVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kubeProxyVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operatingSystem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  architecture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['PodSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PodStatus']>, ParentType, ContextType>;
  schedulingExplanation?: Resolver<Maybe<ResolversTypes['SchedulingExplanation']>, ParentType, ContextType>;
};

export type SchedulingExplanationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SchedulingExplanation'] = ResolversParentTypes['SchedulingExplanation']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NodeSchedulingResult']>, ParentType, ContextType>;
};

export type NodeSchedulingResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSchedulingResult'] = ResolversParentTypes['NodeSchedulingResult']> = {
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feasible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  failedPlugin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  scores?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  totalScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PodTemplateSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodTemplateSpec'] = ResolversParentTypes['PodTemplateSpec']> = {
  metadata?: Resolver<Maybe<ResolversTypes['ObjectMeta']>, ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['PodSpec']>, ParentType, ContextType>;
};

export type PodSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodSpec'] = ResolversParentTypes['PodSpec']> = {
  containers?: Resolver<Array<ResolversTypes['Container']>, ParentType, ContextType>;
  initContainers?: Resolver<Maybe<Array<ResolversTypes['Container']>>, ParentType, ContextType>;
  restartPolicy?: Resolver<Maybe<ResolversTypes['RestartPolicy']>, ParentType, ContextType>;
  terminationGracePeriodSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activeDeadlineSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeSelector?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  affinity?: Resolver<Maybe<ResolversTypes['Affinity']>, ParentType, ContextType>;
  tolerations?: Resolver<Maybe<Array<ResolversTypes['Toleration']>>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priorityClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schedulerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceAccountName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  automountServiceAccountToken?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  volumes?: Resolver<Maybe<Array<ResolversTypes['Volume']>>, ParentType, ContextType>;
  hostNetwork?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hostname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subdomain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostAliases?: Resolver<Maybe<Array<ResolversTypes['HostAlias']>>, ParentType, ContextType>;
  dnsPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dnsConfig?: Resolver<Maybe<ResolversTypes['PodDNSConfig']>, ParentType, ContextType>;
  enableServiceLinks?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  securityContext?: Resolver<Maybe<ResolversTypes['PodSecurityContext']>, ParentType, ContextType>;
};

export type HostAliasResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HostAlias'] = ResolversParentTypes['HostAlias']> = {
  ip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostnames?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type PodDnsConfigResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodDNSConfig'] = ResolversParentTypes['PodDNSConfig']> = {
  nameservers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  searches?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  options?: Resolver<Maybe<Array<ResolversTypes['PodDNSConfigOption']>>, ParentType, ContextType>;
};

export type PodDnsConfigOptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodDNSConfigOption'] = ResolversParentTypes['PodDNSConfigOption']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContainerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Container'] = ResolversParentTypes['Container']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imagePullPolicy?: Resolver<Maybe<ResolversTypes['PullPolicy']>, ParentType, ContextType>;
  command?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  args?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  workingDir?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stdin?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  stdinOnce?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  tty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  restartPolicy?: Resolver<Maybe<ResolversTypes['ContainerRestartPolicy']>, ParentType, ContextType>;
  lifecycle?: Resolver<Maybe<ResolversTypes['Lifecycle']>, ParentType, ContextType>;
  terminationMessagePath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terminationMessagePolicy?: Resolver<Maybe<ResolversTypes['TerminationMessagePolicy']>, ParentType, ContextType>;
  securityContext?: Resolver<Maybe<ResolversTypes['SecurityContext']>, ParentType, ContextType>;
  ports?: Resolver<Maybe<Array<ResolversTypes['ContainerPort']>>, ParentType, ContextType>;
  env?: Resolver<Maybe<Array<ResolversTypes['EnvVar']>>, ParentType, ContextType>;
  envFrom?: Resolver<Maybe<Array<ResolversTypes['EnvFromSource']>>, ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceRequirements']>, ParentType, ContextType>;
  volumeMounts?: Resolver<Maybe<Array<ResolversTypes['VolumeMount']>>, ParentType, ContextType>;
  livenessProbe?: Resolver<Maybe<ResolversTypes['Probe']>, ParentType, ContextType>;
  readinessProbe?: Resolver<Maybe<ResolversTypes['Probe']>, ParentType, ContextType>;
  startupProbe?: Resolver<Maybe<ResolversTypes['Probe']>, ParentType, ContextType>;
};

export type ContainerPortResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerPort'] = ResolversParentTypes['ContainerPort']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  containerPort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hostPort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hostIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['Protocol']>, ParentType, ContextType>;
};

export type EnvVarResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EnvVar'] = ResolversParentTypes['EnvVar']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueFrom?: Resolver<Maybe<ResolversTypes['EnvVarSource']>, ParentType, ContextType>;
};

export type EnvVarSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EnvVarSource'] = ResolversParentTypes['EnvVarSource']> = {
  fieldRef?: Resolver<Maybe<ResolversTypes['ObjectFieldSelector']>, ParentType, ContextType>;
  resourceFieldRef?: Resolver<Maybe<ResolversTypes['ResourceFieldSelector']>, ParentType, ContextType>;
  configMapKeyRef?: Resolver<Maybe<ResolversTypes['ConfigMapKeySelector']>, ParentType, ContextType>;
  secretKeyRef?: Resolver<Maybe<ResolversTypes['SecretKeySelector']>, ParentType, ContextType>;
};

export type ObjectFieldSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ObjectFieldSelector'] = ResolversParentTypes['ObjectFieldSelector']> = {
  apiVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResourceFieldSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceFieldSelector'] = ResolversParentTypes['ResourceFieldSelector']> = {
  containerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConfigMapKeySelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapKeySelector'] = ResolversParentTypes['ConfigMapKeySelector']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SecretKeySelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretKeySelector'] = ResolversParentTypes['SecretKeySelector']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type EnvFromSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EnvFromSource'] = ResolversParentTypes['EnvFromSource']> = {
  prefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  configMapRef?: Resolver<Maybe<ResolversTypes['ConfigMapEnvSource']>, ParentType, ContextType>;
  secretRef?: Resolver<Maybe<ResolversTypes['SecretEnvSource']>, ParentType, ContextType>;
};

export type ConfigMapEnvSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapEnvSource'] = ResolversParentTypes['ConfigMapEnvSource']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SecretEnvSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretEnvSource'] = ResolversParentTypes['SecretEnvSource']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ResourceRequirementsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceRequirements'] = ResolversParentTypes['ResourceRequirements']> = {
  limits?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  requests?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type VolumeMountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VolumeMount'] = ResolversParentTypes['VolumeMount']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mountPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subPathExpr?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readOnly?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  mountPropagation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProbeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Probe'] = ResolversParentTypes['Probe']> = {
  exec?: Resolver<Maybe<ResolversTypes['ExecAction']>, ParentType, ContextType>;
  httpGet?: Resolver<Maybe<ResolversTypes['HTTPGetAction']>, ParentType, ContextType>;
  tcpSocket?: Resolver<Maybe<ResolversTypes['TCPSocketAction']>, ParentType, ContextType>;
  initialDelaySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timeoutSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  successThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  failureThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  terminationGracePeriodSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ExecActionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExecAction'] = ResolversParentTypes['ExecAction']> = {
  command?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type HttpGetActionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HTTPGetAction'] = ResolversParentTypes['HTTPGetAction']> = {
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['IntOrString'], ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scheme?: Resolver<Maybe<ResolversTypes['URIScheme']>, ParentType, ContextType>;
  httpHeaders?: Resolver<Maybe<Array<ResolversTypes['HTTPHeader']>>, ParentType, ContextType>;
};

export type HttpHeaderResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HTTPHeader'] = ResolversParentTypes['HTTPHeader']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TcpSocketActionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TCPSocketAction'] = ResolversParentTypes['TCPSocketAction']> = {
  port?: Resolver<ResolversTypes['IntOrString'], ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LifecycleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Lifecycle'] = ResolversParentTypes['Lifecycle']> = {
  postStart?: Resolver<Maybe<ResolversTypes['LifecycleHandler']>, ParentType, ContextType>;
  preStop?: Resolver<Maybe<ResolversTypes['LifecycleHandler']>, ParentType, ContextType>;
};

export type LifecycleHandlerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LifecycleHandler'] = ResolversParentTypes['LifecycleHandler']> = {
  exec?: Resolver<Maybe<ResolversTypes['ExecAction']>, ParentType, ContextType>;
  httpGet?: Resolver<Maybe<ResolversTypes['HTTPGetAction']>, ParentType, ContextType>;
  sleep?: Resolver<Maybe<ResolversTypes['SleepAction']>, ParentType, ContextType>;
};

export type SleepActionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SleepAction'] = ResolversParentTypes['SleepAction']> = {
  seconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PodSecurityContextResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodSecurityContext'] = ResolversParentTypes['PodSecurityContext']> = {
  runAsUser?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runAsGroup?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runAsNonRoot?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  supplementalGroups?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  fsGroup?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SecurityContextResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecurityContext'] = ResolversParentTypes['SecurityContext']> = {
  runAsUser?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runAsGroup?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runAsNonRoot?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  readOnlyRootFilesystem?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  privileged?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  allowPrivilegeEscalation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  capabilities?: Resolver<Maybe<ResolversTypes['Capabilities']>, ParentType, ContextType>;
};

export type CapabilitiesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Capabilities'] = ResolversParentTypes['Capabilities']> = {
  add?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  drop?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type AffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Affinity'] = ResolversParentTypes['Affinity']> = {
  nodeAffinity?: Resolver<Maybe<ResolversTypes['NodeAffinity']>, ParentType, ContextType>;
  podAffinity?: Resolver<Maybe<ResolversTypes['PodAffinity']>, ParentType, ContextType>;
  podAntiAffinity?: Resolver<Maybe<ResolversTypes['PodAntiAffinity']>, ParentType, ContextType>;
};

export type NodeAffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeAffinity'] = ResolversParentTypes['NodeAffinity']> = {
  requiredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<ResolversTypes['NodeSelector']>, ParentType, ContextType>;
  preferredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['PreferredSchedulingTerm']>>, ParentType, ContextType>;
};

export type NodeSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSelector'] = ResolversParentTypes['NodeSelector']> = {
  nodeSelectorTerms?: Resolver<Array<ResolversTypes['NodeSelectorTerm']>, ParentType, ContextType>;
};

export type NodeSelectorTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSelectorTerm'] = ResolversParentTypes['NodeSelectorTerm']> = {
  matchExpressions?: Resolver<Maybe<Array<ResolversTypes['NodeSelectorRequirement']>>, ParentType, ContextType>;
  matchFields?: Resolver<Maybe<Array<ResolversTypes['NodeSelectorRequirement']>>, ParentType, ContextType>;
};

export type NodeSelectorRequirementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSelectorRequirement'] = ResolversParentTypes['NodeSelectorRequirement']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['NodeSelectorOperator'], ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type PreferredSchedulingTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PreferredSchedulingTerm'] = ResolversParentTypes['PreferredSchedulingTerm']> = {
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preference?: Resolver<ResolversTypes['NodeSelectorTerm'], ParentType, ContextType>;
};

export type PodAffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodAffinity'] = ResolversParentTypes['PodAffinity']> = {
  requiredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['PodAffinityTerm']>>, ParentType, ContextType>;
  preferredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['WeightedPodAffinityTerm']>>, ParentType, ContextType>;
};

export type PodAntiAffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodAntiAffinity'] = ResolversParentTypes['PodAntiAffinity']> = {
  requiredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['PodAffinityTerm']>>, ParentType, ContextType>;
  preferredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['WeightedPodAffinityTerm']>>, ParentType, ContextType>;
};

export type PodAffinityTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodAffinityTerm'] = ResolversParentTypes['PodAffinityTerm']> = {
  labelSelector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
  namespaces?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  namespaceSelector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
  topologyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WeightedPodAffinityTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WeightedPodAffinityTerm'] = ResolversParentTypes['WeightedPodAffinityTerm']> = {
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  podAffinityTerm?: Resolver<ResolversTypes['PodAffinityTerm'], ParentType, ContextType>;
};

export type TolerationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Toleration'] = ResolversParentTypes['Toleration']> = {
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['TolerationOperator']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effect?: Resolver<Maybe<ResolversTypes['TaintEffect']>, ParentType, ContextType>;
  tolerationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type VolumeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Volume'] = ResolversParentTypes['Volume']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emptyDir?: Resolver<Maybe<ResolversTypes['EmptyDirVolumeSource']>, ParentType, ContextType>;
  hostPath?: Resolver<Maybe<ResolversTypes['HostPathVolumeSource']>, ParentType, ContextType>;
  configMap?: Resolver<Maybe<ResolversTypes['ConfigMapVolumeSource']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['SecretVolumeSource']>, ParentType, ContextType>;
  downwardAPI?: Resolver<Maybe<ResolversTypes['DownwardAPIVolumeSource']>, ParentType, ContextType>;
  projected?: Resolver<Maybe<ResolversTypes['ProjectedVolumeSource']>, ParentType, ContextType>;
  persistentVolumeClaim?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaimVolumeSource']>, ParentType, ContextType>;
};

export type DownwardApiVolumeFileResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DownwardAPIVolumeFile'] = ResolversParentTypes['DownwardAPIVolumeFile']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fieldRef?: Resolver<Maybe<ResolversTypes['ObjectFieldSelector']>, ParentType, ContextType>;
  resourceFieldRef?: Resolver<Maybe<ResolversTypes['ResourceFieldSelector']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DownwardApiVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DownwardAPIVolumeSource'] = ResolversParentTypes['DownwardAPIVolumeSource']> = {
  items?: Resolver<Maybe<Array<ResolversTypes['DownwardAPIVolumeFile']>>, ParentType, ContextType>;
  defaultMode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DownwardApiProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DownwardAPIProjection'] = ResolversParentTypes['DownwardAPIProjection']> = {
  items?: Resolver<Maybe<Array<ResolversTypes['DownwardAPIVolumeFile']>>, ParentType, ContextType>;
};

export type ConfigMapProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapProjection'] = ResolversParentTypes['ConfigMapProjection']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['KeyToPath']>>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SecretProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretProjection'] = ResolversParentTypes['SecretProjection']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['KeyToPath']>>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ServiceAccountTokenProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccountTokenProjection'] = ResolversParentTypes['ServiceAccountTokenProjection']> = {
  audience?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expirationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VolumeProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VolumeProjection'] = ResolversParentTypes['VolumeProjection']> = {
  configMap?: Resolver<Maybe<ResolversTypes['ConfigMapProjection']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['SecretProjection']>, ParentType, ContextType>;
  downwardAPI?: Resolver<Maybe<ResolversTypes['DownwardAPIProjection']>, ParentType, ContextType>;
  serviceAccountToken?: Resolver<Maybe<ResolversTypes['ServiceAccountTokenProjection']>, ParentType, ContextType>;
};

export type ProjectedVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProjectedVolumeSource'] = ResolversParentTypes['ProjectedVolumeSource']> = {
  sources?: Resolver<Maybe<Array<ResolversTypes['VolumeProjection']>>, ParentType, ContextType>;
  defaultMode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PersistentVolumeClaimVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimVolumeSource'] = ResolversParentTypes['PersistentVolumeClaimVolumeSource']> = {
  claimName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readOnly?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type EmptyDirVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EmptyDirVolumeSource'] = ResolversParentTypes['EmptyDirVolumeSource']> = {
  medium?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sizeLimit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HostPathVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HostPathVolumeSource'] = ResolversParentTypes['HostPathVolumeSource']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KeyToPathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['KeyToPath'] = ResolversParentTypes['KeyToPath']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ConfigMapVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapVolumeSource'] = ResolversParentTypes['ConfigMapVolumeSource']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['KeyToPath']>>, ParentType, ContextType>;
  defaultMode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SecretVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretVolumeSource'] = ResolversParentTypes['SecretVolumeSource']> = {
  secretName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['KeyToPath']>>, ParentType, ContextType>;
  defaultMode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PodStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodStatus'] = ResolversParentTypes['PodStatus']> = {
  phase?: Resolver<Maybe<ResolversTypes['PodPhase']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['PodCondition']>>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nominatedNodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podIPs?: Resolver<Maybe<Array<ResolversTypes['PodIP']>>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  initContainerStatuses?: Resolver<Maybe<Array<ResolversTypes['ContainerStatus']>>, ParentType, ContextType>;
  containerStatuses?: Resolver<Maybe<Array<ResolversTypes['ContainerStatus']>>, ParentType, ContextType>;
  qosClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PodConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodCondition'] = ResolversParentTypes['PodCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastProbeTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PodIpResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodIP'] = ResolversParentTypes['PodIP']> = {
  ip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContainerStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerStatus'] = ResolversParentTypes['ContainerStatus']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['ContainerState']>, ParentType, ContextType>;
  lastState?: Resolver<Maybe<ResolversTypes['ContainerState']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  restartCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  containerID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  started?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ContainerStateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerState'] = ResolversParentTypes['ContainerState']> = {
  waiting?: Resolver<Maybe<ResolversTypes['ContainerStateWaiting']>, ParentType, ContextType>;
  running?: Resolver<Maybe<ResolversTypes['ContainerStateRunning']>, ParentType, ContextType>;
  terminated?: Resolver<Maybe<ResolversTypes['ContainerStateTerminated']>, ParentType, ContextType>;
};

export type ContainerStateWaitingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerStateWaiting'] = ResolversParentTypes['ContainerStateWaiting']> = {
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContainerStateRunningResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerStateRunning'] = ResolversParentTypes['ContainerStateRunning']> = {
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContainerStateTerminatedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerStateTerminated'] = ResolversParentTypes['ContainerStateTerminated']> = {
  exitCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  containerID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReplicaSetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSet'] = ResolversParentTypes['ReplicaSet']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['ReplicaSetSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReplicaSetStatus']>, ParentType, ContextType>;
};

export type ReplicaSetSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetSpec'] = ResolversParentTypes['ReplicaSetSpec']> = {
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['LabelSelector'], ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['PodTemplateSpec']>, ParentType, ContextType>;
};

export type ReplicaSetStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetStatus'] = ResolversParentTypes['ReplicaSetStatus']> = {
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fullyLabeledReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  availableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['ReplicaSetCondition']>>, ParentType, ContextType>;
};

export type ReplicaSetConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetCondition'] = ResolversParentTypes['ReplicaSetCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeploymentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Deployment'] = ResolversParentTypes['Deployment']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['DeploymentSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DeploymentStatus']>, ParentType, ContextType>;
};

export type DeploymentSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentSpec'] = ResolversParentTypes['DeploymentSpec']> = {
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['LabelSelector'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['PodTemplateSpec'], ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['DeploymentStrategy']>, ParentType, ContextType>;
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revisionHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paused?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  progressDeadlineSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DeploymentStrategyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentStrategy'] = ResolversParentTypes['DeploymentStrategy']> = {
  type?: Resolver<Maybe<ResolversTypes['DeploymentStrategyType']>, ParentType, ContextType>;
  rollingUpdate?: Resolver<Maybe<ResolversTypes['RollingUpdateDeployment']>, ParentType, ContextType>;
};

export type RollingUpdateDeploymentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RollingUpdateDeployment'] = ResolversParentTypes['RollingUpdateDeployment']> = {
  maxUnavailable?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
  maxSurge?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
};

export type DeploymentStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentStatus'] = ResolversParentTypes['DeploymentStatus']> = {
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  availableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unavailableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['DeploymentCondition']>>, ParentType, ContextType>;
  collisionCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DeploymentConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentCondition'] = ResolversParentTypes['DeploymentCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastUpdateTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['ServiceSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ServiceStatus']>, ParentType, ContextType>;
};

export type ServiceSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceSpec'] = ResolversParentTypes['ServiceSpec']> = {
  type?: Resolver<Maybe<ResolversTypes['ServiceType']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  ports?: Resolver<Maybe<Array<ResolversTypes['ServicePort']>>, ParentType, ContextType>;
  clusterIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clusterIPs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  externalIPs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  externalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessionAffinity?: Resolver<Maybe<ResolversTypes['ServiceAffinity']>, ParentType, ContextType>;
  sessionAffinityConfig?: Resolver<Maybe<ResolversTypes['SessionAffinityConfig']>, ParentType, ContextType>;
  externalTrafficPolicy?: Resolver<Maybe<ResolversTypes['ServiceTrafficPolicy']>, ParentType, ContextType>;
  internalTrafficPolicy?: Resolver<Maybe<ResolversTypes['ServiceTrafficPolicy']>, ParentType, ContextType>;
  publishNotReadyAddresses?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ServicePortResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServicePort'] = ResolversParentTypes['ServicePort']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['Protocol']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetPort?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
  nodePort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SessionAffinityConfigResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionAffinityConfig'] = ResolversParentTypes['SessionAffinityConfig']> = {
  clientIP?: Resolver<Maybe<ResolversTypes['ClientIPConfig']>, ParentType, ContextType>;
};

export type ClientIpConfigResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClientIPConfig'] = ResolversParentTypes['ClientIPConfig']> = {
  timeoutSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ServiceStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceStatus'] = ResolversParentTypes['ServiceStatus']> = {
  loadBalancer?: Resolver<Maybe<ResolversTypes['LoadBalancerStatus']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['Condition']>>, ParentType, ContextType>;
};

export type LoadBalancerStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LoadBalancerStatus'] = ResolversParentTypes['LoadBalancerStatus']> = {
  ingress?: Resolver<Maybe<Array<ResolversTypes['LoadBalancerIngress']>>, ParentType, ContextType>;
};

export type LoadBalancerIngressResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LoadBalancerIngress'] = ResolversParentTypes['LoadBalancerIngress']> = {
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EndpointsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Endpoints'] = ResolversParentTypes['Endpoints']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  subsets?: Resolver<Maybe<Array<ResolversTypes['EndpointSubset']>>, ParentType, ContextType>;
};

export type EndpointSubsetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointSubset'] = ResolversParentTypes['EndpointSubset']> = {
  addresses?: Resolver<Maybe<Array<ResolversTypes['EndpointAddress']>>, ParentType, ContextType>;
  notReadyAddresses?: Resolver<Maybe<Array<ResolversTypes['EndpointAddress']>>, ParentType, ContextType>;
  ports?: Resolver<Maybe<Array<ResolversTypes['EndpointPort']>>, ParentType, ContextType>;
};

export type EndpointAddressResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointAddress'] = ResolversParentTypes['EndpointAddress']> = {
  ip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetRef?: Resolver<Maybe<ResolversTypes['ObjectReference']>, ParentType, ContextType>;
};

export type EndpointPortResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointPort'] = ResolversParentTypes['EndpointPort']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['Protocol']>, ParentType, ContextType>;
};

export type ServiceAccountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccount'] = ResolversParentTypes['ServiceAccount']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  secrets?: Resolver<Maybe<Array<ResolversTypes['ObjectReference']>>, ParentType, ContextType>;
  imagePullSecrets?: Resolver<Maybe<Array<ResolversTypes['LocalObjectReference']>>, ParentType, ContextType>;
  automountServiceAccountToken?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SecretResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Secret'] = ResolversParentTypes['Secret']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  stringData?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  immutable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ConfigMapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMap'] = ResolversParentTypes['ConfigMap']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  binaryData?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  immutable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type LeaseResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Lease'] = ResolversParentTypes['Lease']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['LeaseSpec']>, ParentType, ContextType>;
};

export type LeaseSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeaseSpec'] = ResolversParentTypes['LeaseSpec']> = {
  holderIdentity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leaseDurationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  acquireTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  renewTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leaseTransitions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  involvedObject?: Resolver<ResolversTypes['ObjectReference'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  firstTimestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTimestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['EventSource']>, ParentType, ContextType>;
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<Maybe<ResolversTypes['ObjectReference']>, ParentType, ContextType>;
  reportingComponent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportingInstance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventSource'] = ResolversParentTypes['EventSource']> = {
  component?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PolicyRuleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PolicyRule'] = ResolversParentTypes['PolicyRule']> = {
  verbs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  apiGroups?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  resources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  resourceNames?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  nonResourceURLs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type AggregationRuleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AggregationRule'] = ResolversParentTypes['AggregationRule']> = {
  clusterRoleSelectors?: Resolver<Maybe<Array<ResolversTypes['LabelSelector']>>, ParentType, ContextType>;
};

export type RoleRefResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleRef'] = ResolversParentTypes['RoleRef']> = {
  apiGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubjectResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  apiGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  rules?: Resolver<Maybe<Array<ResolversTypes['PolicyRule']>>, ParentType, ContextType>;
};

export type ClusterRoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRole'] = ResolversParentTypes['ClusterRole']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  rules?: Resolver<Maybe<Array<ResolversTypes['PolicyRule']>>, ParentType, ContextType>;
  aggregationRule?: Resolver<Maybe<ResolversTypes['AggregationRule']>, ParentType, ContextType>;
};

export type RoleBindingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleBinding'] = ResolversParentTypes['RoleBinding']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  subjects?: Resolver<Maybe<Array<ResolversTypes['Subject']>>, ParentType, ContextType>;
  roleRef?: Resolver<ResolversTypes['RoleRef'], ParentType, ContextType>;
};

export type ClusterRoleBindingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleBinding'] = ResolversParentTypes['ClusterRoleBinding']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  subjects?: Resolver<Maybe<Array<ResolversTypes['Subject']>>, ParentType, ContextType>;
  roleRef?: Resolver<ResolversTypes['RoleRef'], ParentType, ContextType>;
};

export type ReplicationControllerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationController'] = ResolversParentTypes['ReplicationController']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['ReplicationControllerSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReplicationControllerStatus']>, ParentType, ContextType>;
};

export type ReplicationControllerSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerSpec'] = ResolversParentTypes['ReplicationControllerSpec']> = {
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['PodTemplateSpec']>, ParentType, ContextType>;
};

export type ReplicationControllerStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerStatus'] = ResolversParentTypes['ReplicationControllerStatus']> = {
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fullyLabeledReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  availableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['ReplicationControllerCondition']>>, ParentType, ContextType>;
};

export type ReplicationControllerConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerCondition'] = ResolversParentTypes['ReplicationControllerCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DaemonSetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSet'] = ResolversParentTypes['DaemonSet']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['DaemonSetSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DaemonSetStatus']>, ParentType, ContextType>;
};

export type DaemonSetSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetSpec'] = ResolversParentTypes['DaemonSetSpec']> = {
  selector?: Resolver<ResolversTypes['LabelSelector'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['PodTemplateSpec'], ParentType, ContextType>;
  updateStrategy?: Resolver<Maybe<ResolversTypes['DaemonSetUpdateStrategy']>, ParentType, ContextType>;
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revisionHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DaemonSetUpdateStrategyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetUpdateStrategy'] = ResolversParentTypes['DaemonSetUpdateStrategy']> = {
  type?: Resolver<Maybe<ResolversTypes['DaemonSetUpdateStrategyType']>, ParentType, ContextType>;
  rollingUpdate?: Resolver<Maybe<ResolversTypes['RollingUpdateDaemonSet']>, ParentType, ContextType>;
};

export type RollingUpdateDaemonSetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RollingUpdateDaemonSet'] = ResolversParentTypes['RollingUpdateDaemonSet']> = {
  maxUnavailable?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
  maxSurge?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
};

export type DaemonSetStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetStatus'] = ResolversParentTypes['DaemonSetStatus']> = {
  currentNumberScheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numberMisscheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  desiredNumberScheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numberReady?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedNumberScheduled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numberAvailable?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numberUnavailable?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  collisionCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['DaemonSetCondition']>>, ParentType, ContextType>;
};

export type DaemonSetConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetCondition'] = ResolversParentTypes['DaemonSetCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatefulSetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSet'] = ResolversParentTypes['StatefulSet']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['StatefulSetSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['StatefulSetStatus']>, ParentType, ContextType>;
};

export type StatefulSetSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetSpec'] = ResolversParentTypes['StatefulSetSpec']> = {
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['LabelSelector'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['PodTemplateSpec'], ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podManagementPolicy?: Resolver<Maybe<ResolversTypes['PodManagementPolicyType']>, ParentType, ContextType>;
  updateStrategy?: Resolver<Maybe<ResolversTypes['StatefulSetUpdateStrategy']>, ParentType, ContextType>;
  volumeClaimTemplates?: Resolver<Maybe<Array<ResolversTypes['StatefulSetVolumeClaimTemplate']>>, ParentType, ContextType>;
  persistentVolumeClaimRetentionPolicy?: Resolver<Maybe<ResolversTypes['StatefulSetPersistentVolumeClaimRetentionPolicy']>, ParentType, ContextType>;
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revisionHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StatefulSetUpdateStrategyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetUpdateStrategy'] = ResolversParentTypes['StatefulSetUpdateStrategy']> = {
  type?: Resolver<Maybe<ResolversTypes['StatefulSetUpdateStrategyType']>, ParentType, ContextType>;
  rollingUpdate?: Resolver<Maybe<ResolversTypes['RollingUpdateStatefulSetStrategy']>, ParentType, ContextType>;
};

export type RollingUpdateStatefulSetStrategyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RollingUpdateStatefulSetStrategy'] = ResolversParentTypes['RollingUpdateStatefulSetStrategy']> = {
  partition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StatefulSetVolumeClaimTemplateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetVolumeClaimTemplate'] = ResolversParentTypes['StatefulSetVolumeClaimTemplate']> = {
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['StatefulSetVolumeClaimSpec'], ParentType, ContextType>;
};

export type StatefulSetVolumeClaimSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetVolumeClaimSpec'] = ResolversParentTypes['StatefulSetVolumeClaimSpec']> = {
  accessModes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  storageClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceRequirements']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
};

export type StatefulSetPersistentVolumeClaimRetentionPolicyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetPersistentVolumeClaimRetentionPolicy'] = ResolversParentTypes['StatefulSetPersistentVolumeClaimRetentionPolicy']> = {
  whenDeleted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  whenScaled?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatefulSetStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetStatus'] = ResolversParentTypes['StatefulSetStatus']> = {
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  availableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updateRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collisionCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['StatefulSetCondition']>>, ParentType, ContextType>;
};

export type StatefulSetConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetCondition'] = ResolversParentTypes['StatefulSetCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JobResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['JobSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['JobStatus']>, ParentType, ContextType>;
};

export type JobSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobSpec'] = ResolversParentTypes['JobSpec']> = {
  parallelism?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activeDeadlineSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  backoffLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
  manualSelector?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  template?: Resolver<ResolversTypes['PodTemplateSpec'], ParentType, ContextType>;
  ttlSecondsAfterFinished?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completionMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suspend?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  podReplacementPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JobStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobStatus'] = ResolversParentTypes['JobStatus']> = {
  conditions?: Resolver<Maybe<Array<ResolversTypes['JobCondition']>>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  active?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  succeeded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  failed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ready?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  terminating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completedIndexes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JobConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobCondition'] = ResolversParentTypes['JobCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastProbeTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CronJobResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJob'] = ResolversParentTypes['CronJob']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['CronJobSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CronJobStatus']>, ParentType, ContextType>;
};

export type CronJobSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJobSpec'] = ResolversParentTypes['CronJobSpec']> = {
  schedule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startingDeadlineSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  concurrencyPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suspend?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  jobTemplate?: Resolver<ResolversTypes['JobTemplateSpec'], ParentType, ContextType>;
  successfulJobsHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  failedJobsHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type JobTemplateSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobTemplateSpec'] = ResolversParentTypes['JobTemplateSpec']> = {
  metadata?: Resolver<Maybe<ResolversTypes['ObjectMeta']>, ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['JobSpec']>, ParentType, ContextType>;
};

export type CronJobStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJobStatus'] = ResolversParentTypes['CronJobStatus']> = {
  active?: Resolver<Maybe<Array<ResolversTypes['ObjectReference']>>, ParentType, ContextType>;
  lastScheduleTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSuccessfulTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersistentVolumeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolume'] = ResolversParentTypes['PersistentVolume']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['PersistentVolumeSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PersistentVolumeStatus']>, ParentType, ContextType>;
};

export type PersistentVolumeSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeSpec'] = ResolversParentTypes['PersistentVolumeSpec']> = {
  capacity?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  accessModes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  claimRef?: Resolver<Maybe<ResolversTypes['ObjectReference']>, ParentType, ContextType>;
  persistentVolumeReclaimPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storageClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mountOptions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  volumeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeAffinity?: Resolver<Maybe<ResolversTypes['VolumeNodeAffinity']>, ParentType, ContextType>;
  hostPath?: Resolver<Maybe<ResolversTypes['HostPathVolumeSource']>, ParentType, ContextType>;
  local?: Resolver<Maybe<ResolversTypes['LocalVolumeSource']>, ParentType, ContextType>;
};

export type VolumeNodeAffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VolumeNodeAffinity'] = ResolversParentTypes['VolumeNodeAffinity']> = {
  required?: Resolver<Maybe<ResolversTypes['NodeSelector']>, ParentType, ContextType>;
};

export type LocalVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LocalVolumeSource'] = ResolversParentTypes['LocalVolumeSource']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fsType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersistentVolumeStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeStatus'] = ResolversParentTypes['PersistentVolumeStatus']> = {
  phase?: Resolver<Maybe<ResolversTypes['PersistentVolumePhase']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastPhaseTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersistentVolumeClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaim'] = ResolversParentTypes['PersistentVolumeClaim']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaimSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaimStatus']>, ParentType, ContextType>;
};

export type PersistentVolumeClaimSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimSpec'] = ResolversParentTypes['PersistentVolumeClaimSpec']> = {
  accessModes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceRequirements']>, ParentType, ContextType>;
  volumeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storageClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersistentVolumeClaimStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimStatus'] = ResolversParentTypes['PersistentVolumeClaimStatus']> = {
  phase?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaimPhase']>, ParentType, ContextType>;
  accessModes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['PersistentVolumeClaimCondition']>>, ParentType, ContextType>;
};

export type PersistentVolumeClaimConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimCondition'] = ResolversParentTypes['PersistentVolumeClaimCondition']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  lastProbeTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResourceQuotaResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuota'] = ResolversParentTypes['ResourceQuota']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['ResourceQuotaSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ResourceQuotaStatus']>, ParentType, ContextType>;
};

export type ResourceQuotaSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuotaSpec'] = ResolversParentTypes['ResourceQuotaSpec']> = {
  hard?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  scopes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  scopeSelector?: Resolver<Maybe<ResolversTypes['ScopeSelector']>, ParentType, ContextType>;
};

export type ScopeSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScopeSelector'] = ResolversParentTypes['ScopeSelector']> = {
  matchExpressions?: Resolver<Maybe<Array<ResolversTypes['ScopedResourceSelectorRequirement']>>, ParentType, ContextType>;
};

export type ScopedResourceSelectorRequirementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScopedResourceSelectorRequirement'] = ResolversParentTypes['ScopedResourceSelectorRequirement']> = {
  scopeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ResourceQuotaStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuotaStatus'] = ResolversParentTypes['ResourceQuotaStatus']> = {
  hard?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  used?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type LimitRangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRange'] = ResolversParentTypes['LimitRange']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['LimitRangeSpec']>, ParentType, ContextType>;
};

export type LimitRangeSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRangeSpec'] = ResolversParentTypes['LimitRangeSpec']> = {
  limits?: Resolver<Array<ResolversTypes['LimitRangeItem']>, ParentType, ContextType>;
};

export type LimitRangeItemResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRangeItem'] = ResolversParentTypes['LimitRangeItem']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  default?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  defaultRequest?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  maxLimitRequestRatio?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type PriorityClassResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PriorityClass'] = ResolversParentTypes['PriorityClass']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  globalDefault?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  preemptionPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StorageClassResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StorageClass'] = ResolversParentTypes['StorageClass']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  provisioner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameters?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  reclaimPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeBindingMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  allowVolumeExpansion?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  mountOptions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  allowedTopologies?: Resolver<Maybe<Array<ResolversTypes['TopologySelectorTerm']>>, ParentType, ContextType>;
};

export type TopologySelectorTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TopologySelectorTerm'] = ResolversParentTypes['TopologySelectorTerm']> = {
  matchLabelExpressions?: Resolver<Maybe<Array<ResolversTypes['TopologySelectorLabelRequirement']>>, ParentType, ContextType>;
};

export type TopologySelectorLabelRequirementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TopologySelectorLabelRequirement'] = ResolversParentTypes['TopologySelectorLabelRequirement']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ListMetaResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ListMeta'] = ResolversParentTypes['ListMeta']> = {
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  continue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NamespaceListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceList'] = ResolversParentTypes['NamespaceList']> = {
  items?: Resolver<Array<ResolversTypes['Namespace']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type NodeListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeList'] = ResolversParentTypes['NodeList']> = {
  items?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type PodListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodList'] = ResolversParentTypes['PodList']> = {
  items?: Resolver<Array<ResolversTypes['Pod']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ReplicaSetListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetList'] = ResolversParentTypes['ReplicaSetList']> = {
  items?: Resolver<Array<ResolversTypes['ReplicaSet']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ReplicationControllerListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerList'] = ResolversParentTypes['ReplicationControllerList']> = {
  items?: Resolver<Array<ResolversTypes['ReplicationController']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type DaemonSetListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetList'] = ResolversParentTypes['DaemonSetList']> = {
  items?: Resolver<Array<ResolversTypes['DaemonSet']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type StatefulSetListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetList'] = ResolversParentTypes['StatefulSetList']> = {
  items?: Resolver<Array<ResolversTypes['StatefulSet']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type DeploymentListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentList'] = ResolversParentTypes['DeploymentList']> = {
  items?: Resolver<Array<ResolversTypes['Deployment']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ServiceListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceList'] = ResolversParentTypes['ServiceList']> = {
  items?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type EndpointsListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointsList'] = ResolversParentTypes['EndpointsList']> = {
  items?: Resolver<Array<ResolversTypes['Endpoints']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ServiceAccountListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccountList'] = ResolversParentTypes['ServiceAccountList']> = {
  items?: Resolver<Array<ResolversTypes['ServiceAccount']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type RoleListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleList'] = ResolversParentTypes['RoleList']> = {
  items?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ClusterRoleListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleList'] = ResolversParentTypes['ClusterRoleList']> = {
  items?: Resolver<Array<ResolversTypes['ClusterRole']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type RoleBindingListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleBindingList'] = ResolversParentTypes['RoleBindingList']> = {
  items?: Resolver<Array<ResolversTypes['RoleBinding']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ClusterRoleBindingListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleBindingList'] = ResolversParentTypes['ClusterRoleBindingList']> = {
  items?: Resolver<Array<ResolversTypes['ClusterRoleBinding']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type SecretListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretList'] = ResolversParentTypes['SecretList']> = {
  items?: Resolver<Array<ResolversTypes['Secret']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ConfigMapListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapList'] = ResolversParentTypes['ConfigMapList']> = {
  items?: Resolver<Array<ResolversTypes['ConfigMap']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type LeaseListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeaseList'] = ResolversParentTypes['LeaseList']> = {
  items?: Resolver<Array<ResolversTypes['Lease']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type EventListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventList'] = ResolversParentTypes['EventList']> = {
  items?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type JobListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobList'] = ResolversParentTypes['JobList']> = {
  items?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type CronJobListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJobList'] = ResolversParentTypes['CronJobList']> = {
  items?: Resolver<Array<ResolversTypes['CronJob']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type PersistentVolumeListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeList'] = ResolversParentTypes['PersistentVolumeList']> = {
  items?: Resolver<Array<ResolversTypes['PersistentVolume']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type PersistentVolumeClaimListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimList'] = ResolversParentTypes['PersistentVolumeClaimList']> = {
  items?: Resolver<Array<ResolversTypes['PersistentVolumeClaim']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type StorageClassListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StorageClassList'] = ResolversParentTypes['StorageClassList']> = {
  items?: Resolver<Array<ResolversTypes['StorageClass']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type PriorityClassListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PriorityClassList'] = ResolversParentTypes['PriorityClassList']> = {
  items?: Resolver<Array<ResolversTypes['PriorityClass']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ResourceQuotaListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuotaList'] = ResolversParentTypes['ResourceQuotaList']> = {
  items?: Resolver<Array<ResolversTypes['ResourceQuota']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type LimitRangeListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRangeList'] = ResolversParentTypes['LimitRangeList']> = {
  items?: Resolver<Array<ResolversTypes['LimitRange']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type NamespaceWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceWatchEvent'] = ResolversParentTypes['NamespaceWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Namespace']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeWatchEvent'] = ResolversParentTypes['NodeWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PodWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodWatchEvent'] = ResolversParentTypes['PodWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReplicaSetWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetWatchEvent'] = ResolversParentTypes['ReplicaSetWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['ReplicaSet']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReplicationControllerWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerWatchEvent'] = ResolversParentTypes['ReplicationControllerWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['ReplicationController']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DaemonSetWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetWatchEvent'] = ResolversParentTypes['DaemonSetWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['DaemonSet']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatefulSetWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetWatchEvent'] = ResolversParentTypes['StatefulSetWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['StatefulSet']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeploymentWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentWatchEvent'] = ResolversParentTypes['DeploymentWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceWatchEvent'] = ResolversParentTypes['ServiceWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EndpointsWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointsWatchEvent'] = ResolversParentTypes['EndpointsWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Endpoints']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceAccountWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccountWatchEvent'] = ResolversParentTypes['ServiceAccountWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['ServiceAccount']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleWatchEvent'] = ResolversParentTypes['RoleWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClusterRoleWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleWatchEvent'] = ResolversParentTypes['ClusterRoleWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['ClusterRole']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleBindingWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleBindingWatchEvent'] = ResolversParentTypes['RoleBindingWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['RoleBinding']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClusterRoleBindingWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleBindingWatchEvent'] = ResolversParentTypes['ClusterRoleBindingWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['ClusterRoleBinding']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SecretWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretWatchEvent'] = ResolversParentTypes['SecretWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConfigMapWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapWatchEvent'] = ResolversParentTypes['ConfigMapWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['ConfigMap']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LeaseWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeaseWatchEvent'] = ResolversParentTypes['LeaseWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Lease']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EventWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventWatchEvent'] = ResolversParentTypes['EventWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JobWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobWatchEvent'] = ResolversParentTypes['JobWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CronJobWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJobWatchEvent'] = ResolversParentTypes['CronJobWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['CronJob']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersistentVolumeWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeWatchEvent'] = ResolversParentTypes['PersistentVolumeWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['PersistentVolume']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersistentVolumeClaimWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimWatchEvent'] = ResolversParentTypes['PersistentVolumeClaimWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaim']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StorageClassWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StorageClassWatchEvent'] = ResolversParentTypes['StorageClassWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['StorageClass']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PriorityClassWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PriorityClassWatchEvent'] = ResolversParentTypes['PriorityClassWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['PriorityClass']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResourceQuotaWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuotaWatchEvent'] = ResolversParentTypes['ResourceQuotaWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['ResourceQuota']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LimitRangeWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRangeWatchEvent'] = ResolversParentTypes['LimitRangeWatchEvent']> = {
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['LimitRange']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApplyResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ApplyResult'] = ResolversParentTypes['ApplyResult']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['ApplyAction'], ParentType, ContextType>;
};

export type ScaleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Scale'] = ResolversParentTypes['Scale']> = {
  kind?: Resolver<ResolversTypes['ScalableKind'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['ScaleSpec'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ScaleStatus'], ParentType, ContextType>;
};

export type ScaleSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScaleSpec'] = ResolversParentTypes['ScaleSpec']> = {
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScaleStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScaleStatus'] = ResolversParentTypes['ScaleStatus']> = {
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HistoryEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = {
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type ContainerMetricsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerMetrics'] = ResolversParentTypes['ContainerMetrics']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type PodMetricsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodMetrics'] = ResolversParentTypes['PodMetrics']> = {
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  containers?: Resolver<Array<ResolversTypes['ContainerMetrics']>, ParentType, ContextType>;
};

export type NodeMetricsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeMetrics'] = ResolversParentTypes['NodeMetrics']> = {
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type BootstrapTokenResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BootstrapToken'] = ResolversParentTypes['BootstrapToken']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BootstrapTokenInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BootstrapTokenInfo'] = ResolversParentTypes['BootstrapTokenInfo']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceAccountTokenResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccountToken'] = ResolversParentTypes['ServiceAccountToken']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expirationTimestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  audiences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  expirationSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserTokenResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UserToken'] = ResolversParentTypes['UserToken']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuthorizedActionsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuthorizedActions'] = ResolversParentTypes['AuthorizedActions']> = {
  user?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  resourceRules?: Resolver<Array<ResolversTypes['PolicyRule']>, ParentType, ContextType>;
  nonResourceRules?: Resolver<Array<ResolversTypes['PolicyRule']>, ParentType, ContextType>;
  incomplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NodeCredentialResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeCredential'] = ResolversParentTypes['NodeCredential']> = {
  nodeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PodLogChunkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodLogChunk'] = ResolversParentTypes['PodLogChunk']> = {
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgentLogRequestResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgentLogRequest'] = ResolversParentTypes['AgentLogRequest']> = {
  type?: Resolver<ResolversTypes['AgentLogRequestType'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  podUid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  follow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tailLines?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sinceSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AgentStreamRequestResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgentStreamRequest'] = ResolversParentTypes['AgentStreamRequest']> = {
  type?: Resolver<ResolversTypes['AgentStreamRequestType'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['PodStreamKind']>, ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podUid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  command?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  stdin?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  tty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eof?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PodExecEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodExecEvent'] = ResolversParentTypes['PodExecEvent']> = {
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stream?: Resolver<Maybe<ResolversTypes['PodStreamName']>, ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  namespace?: Resolver<Maybe<ResolversTypes['Namespace']>, ParentType, ContextType, RequireFields<QueryNamespaceArgs, 'name'>>;
  namespaces?: Resolver<ResolversTypes['NamespaceList'], ParentType, ContextType, Partial<QueryNamespacesArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'name'>>;
  nodes?: Resolver<ResolversTypes['NodeList'], ParentType, ContextType, Partial<QueryNodesArgs>>;
  pod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType, RequireFields<QueryPodArgs, 'namespace' | 'name'>>;
  pods?: Resolver<ResolversTypes['PodList'], ParentType, ContextType, Partial<QueryPodsArgs>>;
  replicaSet?: Resolver<Maybe<ResolversTypes['ReplicaSet']>, ParentType, ContextType, RequireFields<QueryReplicaSetArgs, 'namespace' | 'name'>>;
  replicaSets?: Resolver<ResolversTypes['ReplicaSetList'], ParentType, ContextType, Partial<QueryReplicaSetsArgs>>;
  replicationController?: Resolver<Maybe<ResolversTypes['ReplicationController']>, ParentType, ContextType, RequireFields<QueryReplicationControllerArgs, 'namespace' | 'name'>>;
  replicationControllers?: Resolver<ResolversTypes['ReplicationControllerList'], ParentType, ContextType, Partial<QueryReplicationControllersArgs>>;
  daemonSet?: Resolver<Maybe<ResolversTypes['DaemonSet']>, ParentType, ContextType, RequireFields<QueryDaemonSetArgs, 'namespace' | 'name'>>;
  daemonSets?: Resolver<ResolversTypes['DaemonSetList'], ParentType, ContextType, Partial<QueryDaemonSetsArgs>>;
  statefulSet?: Resolver<Maybe<ResolversTypes['StatefulSet']>, ParentType, ContextType, RequireFields<QueryStatefulSetArgs, 'namespace' | 'name'>>;
  statefulSets?: Resolver<ResolversTypes['StatefulSetList'], ParentType, ContextType, Partial<QueryStatefulSetsArgs>>;
  deployment?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType, RequireFields<QueryDeploymentArgs, 'namespace' | 'name'>>;
  deployments?: Resolver<ResolversTypes['DeploymentList'], ParentType, ContextType, Partial<QueryDeploymentsArgs>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'namespace' | 'name'>>;
  services?: Resolver<ResolversTypes['ServiceList'], ParentType, ContextType, Partial<QueryServicesArgs>>;
  endpoints?: Resolver<Maybe<ResolversTypes['Endpoints']>, ParentType, ContextType, RequireFields<QueryEndpointsArgs, 'namespace' | 'name'>>;
  endpointsList?: Resolver<ResolversTypes['EndpointsList'], ParentType, ContextType, Partial<QueryEndpointsListArgs>>;
  serviceAccount?: Resolver<Maybe<ResolversTypes['ServiceAccount']>, ParentType, ContextType, RequireFields<QueryServiceAccountArgs, 'namespace' | 'name'>>;
  serviceAccounts?: Resolver<ResolversTypes['ServiceAccountList'], ParentType, ContextType, Partial<QueryServiceAccountsArgs>>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<QueryRoleArgs, 'namespace' | 'name'>>;
  roles?: Resolver<ResolversTypes['RoleList'], ParentType, ContextType, Partial<QueryRolesArgs>>;
  clusterRole?: Resolver<Maybe<ResolversTypes['ClusterRole']>, ParentType, ContextType, RequireFields<QueryClusterRoleArgs, 'name'>>;
  clusterRoles?: Resolver<ResolversTypes['ClusterRoleList'], ParentType, ContextType, Partial<QueryClusterRolesArgs>>;
  roleBinding?: Resolver<Maybe<ResolversTypes['RoleBinding']>, ParentType, ContextType, RequireFields<QueryRoleBindingArgs, 'namespace' | 'name'>>;
  roleBindings?: Resolver<ResolversTypes['RoleBindingList'], ParentType, ContextType, Partial<QueryRoleBindingsArgs>>;
  clusterRoleBinding?: Resolver<Maybe<ResolversTypes['ClusterRoleBinding']>, ParentType, ContextType, RequireFields<QueryClusterRoleBindingArgs, 'name'>>;
  clusterRoleBindings?: Resolver<ResolversTypes['ClusterRoleBindingList'], ParentType, ContextType, Partial<QueryClusterRoleBindingsArgs>>;
  secret?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType, RequireFields<QuerySecretArgs, 'namespace' | 'name'>>;
  secrets?: Resolver<ResolversTypes['SecretList'], ParentType, ContextType, Partial<QuerySecretsArgs>>;
  configMap?: Resolver<Maybe<ResolversTypes['ConfigMap']>, ParentType, ContextType, RequireFields<QueryConfigMapArgs, 'namespace' | 'name'>>;
  configMaps?: Resolver<ResolversTypes['ConfigMapList'], ParentType, ContextType, Partial<QueryConfigMapsArgs>>;
  lease?: Resolver<Maybe<ResolversTypes['Lease']>, ParentType, ContextType, RequireFields<QueryLeaseArgs, 'namespace' | 'name'>>;
  leases?: Resolver<ResolversTypes['LeaseList'], ParentType, ContextType, Partial<QueryLeasesArgs>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'namespace' | 'name'>>;
  events?: Resolver<ResolversTypes['EventList'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryJobArgs, 'namespace' | 'name'>>;
  jobs?: Resolver<ResolversTypes['JobList'], ParentType, ContextType, Partial<QueryJobsArgs>>;
  cronJob?: Resolver<Maybe<ResolversTypes['CronJob']>, ParentType, ContextType, RequireFields<QueryCronJobArgs, 'namespace' | 'name'>>;
  cronJobs?: Resolver<ResolversTypes['CronJobList'], ParentType, ContextType, Partial<QueryCronJobsArgs>>;
  persistentVolume?: Resolver<Maybe<ResolversTypes['PersistentVolume']>, ParentType, ContextType, RequireFields<QueryPersistentVolumeArgs, 'name'>>;
  persistentVolumes?: Resolver<ResolversTypes['PersistentVolumeList'], ParentType, ContextType, Partial<QueryPersistentVolumesArgs>>;
  persistentVolumeClaim?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaim']>, ParentType, ContextType, RequireFields<QueryPersistentVolumeClaimArgs, 'namespace' | 'name'>>;
  persistentVolumeClaims?: Resolver<ResolversTypes['PersistentVolumeClaimList'], ParentType, ContextType, Partial<QueryPersistentVolumeClaimsArgs>>;
  storageClass?: Resolver<Maybe<ResolversTypes['StorageClass']>, ParentType, ContextType, RequireFields<QueryStorageClassArgs, 'name'>>;
  storageClasses?: Resolver<ResolversTypes['StorageClassList'], ParentType, ContextType, Partial<QueryStorageClassesArgs>>;
  priorityClass?: Resolver<Maybe<ResolversTypes['PriorityClass']>, ParentType, ContextType, RequireFields<QueryPriorityClassArgs, 'name'>>;
  priorityClasses?: Resolver<ResolversTypes['PriorityClassList'], ParentType, ContextType, Partial<QueryPriorityClassesArgs>>;
  resourceQuota?: Resolver<Maybe<ResolversTypes['ResourceQuota']>, ParentType, ContextType, RequireFields<QueryResourceQuotaArgs, 'namespace' | 'name'>>;
  resourceQuotas?: Resolver<ResolversTypes['ResourceQuotaList'], ParentType, ContextType, Partial<QueryResourceQuotasArgs>>;
  limitRange?: Resolver<Maybe<ResolversTypes['LimitRange']>, ParentType, ContextType, RequireFields<QueryLimitRangeArgs, 'namespace' | 'name'>>;
  limitRanges?: Resolver<ResolversTypes['LimitRangeList'], ParentType, ContextType, Partial<QueryLimitRangesArgs>>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'kind' | 'name'>>;
  canI?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryCanIArgs, 'verb' | 'resource'>>;
  authorizedActions?: Resolver<ResolversTypes['AuthorizedActions'], ParentType, ContextType, Partial<QueryAuthorizedActionsArgs>>;
  bootstrapTokens?: Resolver<Array<ResolversTypes['BootstrapTokenInfo']>, ParentType, ContextType>;
  podMetrics?: Resolver<Array<ResolversTypes['PodMetrics']>, ParentType, ContextType, Partial<QueryPodMetricsArgs>>;
  nodeMetrics?: Resolver<Array<ResolversTypes['NodeMetrics']>, ParentType, ContextType, Partial<QueryNodeMetricsArgs>>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createNamespace?: Resolver<ResolversTypes['Namespace'], ParentType, ContextType, RequireFields<MutationCreateNamespaceArgs, 'namespace'>>;
  replaceNamespace?: Resolver<ResolversTypes['Namespace'], ParentType, ContextType, RequireFields<MutationReplaceNamespaceArgs, 'name' | 'namespace'>>;
  patchNamespace?: Resolver<ResolversTypes['Namespace'], ParentType, ContextType, RequireFields<MutationPatchNamespaceArgs, 'name' | 'patch'>>;
  deleteNamespace?: Resolver<Maybe<ResolversTypes['Namespace']>, ParentType, ContextType, RequireFields<MutationDeleteNamespaceArgs, 'name'>>;
  updateNamespaceStatus?: Resolver<ResolversTypes['Namespace'], ParentType, ContextType, RequireFields<MutationUpdateNamespaceStatusArgs, 'name' | 'status'>>;
  createNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationCreateNodeArgs, 'node'>>;
  replaceNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationReplaceNodeArgs, 'name' | 'node'>>;
  patchNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationPatchNodeArgs, 'name' | 'patch'>>;
  deleteNode?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<MutationDeleteNodeArgs, 'name'>>;
  updateNodeStatus?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationUpdateNodeStatusArgs, 'name' | 'status'>>;
  createPod?: Resolver<ResolversTypes['Pod'], ParentType, ContextType, RequireFields<MutationCreatePodArgs, 'namespace' | 'pod'>>;
  replacePod?: Resolver<ResolversTypes['Pod'], ParentType, ContextType, RequireFields<MutationReplacePodArgs, 'namespace' | 'name' | 'pod'>>;
  patchPod?: Resolver<ResolversTypes['Pod'], ParentType, ContextType, RequireFields<MutationPatchPodArgs, 'namespace' | 'name' | 'patch'>>;
  deletePod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType, RequireFields<MutationDeletePodArgs, 'namespace' | 'name'>>;
  updatePodStatus?: Resolver<ResolversTypes['Pod'], ParentType, ContextType, RequireFields<MutationUpdatePodStatusArgs, 'namespace' | 'name' | 'status'>>;
  createReplicaSet?: Resolver<ResolversTypes['ReplicaSet'], ParentType, ContextType, RequireFields<MutationCreateReplicaSetArgs, 'namespace' | 'replicaSet'>>;
  replaceReplicaSet?: Resolver<ResolversTypes['ReplicaSet'], ParentType, ContextType, RequireFields<MutationReplaceReplicaSetArgs, 'namespace' | 'name' | 'replicaSet'>>;
  patchReplicaSet?: Resolver<ResolversTypes['ReplicaSet'], ParentType, ContextType, RequireFields<MutationPatchReplicaSetArgs, 'namespace' | 'name' | 'patch'>>;
  deleteReplicaSet?: Resolver<Maybe<ResolversTypes['ReplicaSet']>, ParentType, ContextType, RequireFields<MutationDeleteReplicaSetArgs, 'namespace' | 'name'>>;
  updateReplicaSetStatus?: Resolver<ResolversTypes['ReplicaSet'], ParentType, ContextType, RequireFields<MutationUpdateReplicaSetStatusArgs, 'namespace' | 'name' | 'status'>>;
  createReplicationController?: Resolver<ResolversTypes['ReplicationController'], ParentType, ContextType, RequireFields<MutationCreateReplicationControllerArgs, 'namespace' | 'replicationController'>>;
  replaceReplicationController?: Resolver<ResolversTypes['ReplicationController'], ParentType, ContextType, RequireFields<MutationReplaceReplicationControllerArgs, 'namespace' | 'name' | 'replicationController'>>;
  patchReplicationController?: Resolver<ResolversTypes['ReplicationController'], ParentType, ContextType, RequireFields<MutationPatchReplicationControllerArgs, 'namespace' | 'name' | 'patch'>>;
  deleteReplicationController?: Resolver<Maybe<ResolversTypes['ReplicationController']>, ParentType, ContextType, RequireFields<MutationDeleteReplicationControllerArgs, 'namespace' | 'name'>>;
  updateReplicationControllerStatus?: Resolver<ResolversTypes['ReplicationController'], ParentType, ContextType, RequireFields<MutationUpdateReplicationControllerStatusArgs, 'namespace' | 'name' | 'status'>>;
  createDaemonSet?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType, RequireFields<MutationCreateDaemonSetArgs, 'namespace' | 'daemonSet'>>;
  replaceDaemonSet?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType, RequireFields<MutationReplaceDaemonSetArgs, 'namespace' | 'name' | 'daemonSet'>>;
  patchDaemonSet?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType, RequireFields<MutationPatchDaemonSetArgs, 'namespace' | 'name' | 'patch'>>;
  deleteDaemonSet?: Resolver<Maybe<ResolversTypes['DaemonSet']>, ParentType, ContextType, RequireFields<MutationDeleteDaemonSetArgs, 'namespace' | 'name'>>;
  updateDaemonSetStatus?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType, RequireFields<MutationUpdateDaemonSetStatusArgs, 'namespace' | 'name' | 'status'>>;
  createStatefulSet?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType, RequireFields<MutationCreateStatefulSetArgs, 'namespace' | 'statefulSet'>>;
  replaceStatefulSet?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType, RequireFields<MutationReplaceStatefulSetArgs, 'namespace' | 'name' | 'statefulSet'>>;
  patchStatefulSet?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType, RequireFields<MutationPatchStatefulSetArgs, 'namespace' | 'name' | 'patch'>>;
  deleteStatefulSet?: Resolver<Maybe<ResolversTypes['StatefulSet']>, ParentType, ContextType, RequireFields<MutationDeleteStatefulSetArgs, 'namespace' | 'name'>>;
  updateStatefulSetStatus?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType, RequireFields<MutationUpdateStatefulSetStatusArgs, 'namespace' | 'name' | 'status'>>;
  createPersistentVolume?: Resolver<ResolversTypes['PersistentVolume'], ParentType, ContextType, RequireFields<MutationCreatePersistentVolumeArgs, 'persistentVolume'>>;
  replacePersistentVolume?: Resolver<ResolversTypes['PersistentVolume'], ParentType, ContextType, RequireFields<MutationReplacePersistentVolumeArgs, 'name' | 'persistentVolume'>>;
  patchPersistentVolume?: Resolver<ResolversTypes['PersistentVolume'], ParentType, ContextType, RequireFields<MutationPatchPersistentVolumeArgs, 'name' | 'patch'>>;
  deletePersistentVolume?: Resolver<Maybe<ResolversTypes['PersistentVolume']>, ParentType, ContextType, RequireFields<MutationDeletePersistentVolumeArgs, 'name'>>;
  updatePersistentVolumeStatus?: Resolver<ResolversTypes['PersistentVolume'], ParentType, ContextType, RequireFields<MutationUpdatePersistentVolumeStatusArgs, 'name' | 'status'>>;
  createPersistentVolumeClaim?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType, RequireFields<MutationCreatePersistentVolumeClaimArgs, 'namespace' | 'persistentVolumeClaim'>>;
  replacePersistentVolumeClaim?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType, RequireFields<MutationReplacePersistentVolumeClaimArgs, 'namespace' | 'name' | 'persistentVolumeClaim'>>;
  patchPersistentVolumeClaim?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType, RequireFields<MutationPatchPersistentVolumeClaimArgs, 'namespace' | 'name' | 'patch'>>;
  deletePersistentVolumeClaim?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaim']>, ParentType, ContextType, RequireFields<MutationDeletePersistentVolumeClaimArgs, 'namespace' | 'name'>>;
  updatePersistentVolumeClaimStatus?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType, RequireFields<MutationUpdatePersistentVolumeClaimStatusArgs, 'namespace' | 'name' | 'status'>>;
  createStorageClass?: Resolver<ResolversTypes['StorageClass'], ParentType, ContextType, RequireFields<MutationCreateStorageClassArgs, 'storageClass'>>;
  replaceStorageClass?: Resolver<ResolversTypes['StorageClass'], ParentType, ContextType, RequireFields<MutationReplaceStorageClassArgs, 'name' | 'storageClass'>>;
  patchStorageClass?: Resolver<ResolversTypes['StorageClass'], ParentType, ContextType, RequireFields<MutationPatchStorageClassArgs, 'name' | 'patch'>>;
  deleteStorageClass?: Resolver<Maybe<ResolversTypes['StorageClass']>, ParentType, ContextType, RequireFields<MutationDeleteStorageClassArgs, 'name'>>;
  createPriorityClass?: Resolver<ResolversTypes['PriorityClass'], ParentType, ContextType, RequireFields<MutationCreatePriorityClassArgs, 'priorityClass'>>;
  replacePriorityClass?: Resolver<ResolversTypes['PriorityClass'], ParentType, ContextType, RequireFields<MutationReplacePriorityClassArgs, 'name' | 'priorityClass'>>;
  patchPriorityClass?: Resolver<ResolversTypes['PriorityClass'], ParentType, ContextType, RequireFields<MutationPatchPriorityClassArgs, 'name' | 'patch'>>;
  deletePriorityClass?: Resolver<Maybe<ResolversTypes['PriorityClass']>, ParentType, ContextType, RequireFields<MutationDeletePriorityClassArgs, 'name'>>;
  createResourceQuota?: Resolver<ResolversTypes['ResourceQuota'], ParentType, ContextType, RequireFields<MutationCreateResourceQuotaArgs, 'namespace' | 'resourceQuota'>>;
  replaceResourceQuota?: Resolver<ResolversTypes['ResourceQuota'], ParentType, ContextType, RequireFields<MutationReplaceResourceQuotaArgs, 'namespace' | 'name' | 'resourceQuota'>>;
  patchResourceQuota?: Resolver<ResolversTypes['ResourceQuota'], ParentType, ContextType, RequireFields<MutationPatchResourceQuotaArgs, 'namespace' | 'name' | 'patch'>>;
  deleteResourceQuota?: Resolver<Maybe<ResolversTypes['ResourceQuota']>, ParentType, ContextType, RequireFields<MutationDeleteResourceQuotaArgs, 'namespace' | 'name'>>;
  updateResourceQuotaStatus?: Resolver<ResolversTypes['ResourceQuota'], ParentType, ContextType, RequireFields<MutationUpdateResourceQuotaStatusArgs, 'namespace' | 'name' | 'status'>>;
  createLimitRange?: Resolver<ResolversTypes['LimitRange'], ParentType, ContextType, RequireFields<MutationCreateLimitRangeArgs, 'namespace' | 'limitRange'>>;
  replaceLimitRange?: Resolver<ResolversTypes['LimitRange'], ParentType, ContextType, RequireFields<MutationReplaceLimitRangeArgs, 'namespace' | 'name' | 'limitRange'>>;
  patchLimitRange?: Resolver<ResolversTypes['LimitRange'], ParentType, ContextType, RequireFields<MutationPatchLimitRangeArgs, 'namespace' | 'name' | 'patch'>>;
  deleteLimitRange?: Resolver<Maybe<ResolversTypes['LimitRange']>, ParentType, ContextType, RequireFields<MutationDeleteLimitRangeArgs, 'namespace' | 'name'>>;
  createDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationCreateDeploymentArgs, 'namespace' | 'deployment'>>;
  replaceDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationReplaceDeploymentArgs, 'namespace' | 'name' | 'deployment'>>;
  patchDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationPatchDeploymentArgs, 'namespace' | 'name' | 'patch'>>;
  deleteDeployment?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType, RequireFields<MutationDeleteDeploymentArgs, 'namespace' | 'name'>>;
  updateDeploymentStatus?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationUpdateDeploymentStatusArgs, 'namespace' | 'name' | 'status'>>;
  createService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationCreateServiceArgs, 'namespace' | 'service'>>;
  replaceService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationReplaceServiceArgs, 'namespace' | 'name' | 'service'>>;
  patchService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationPatchServiceArgs, 'namespace' | 'name' | 'patch'>>;
  deleteService?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<MutationDeleteServiceArgs, 'namespace' | 'name'>>;
  updateServiceStatus?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationUpdateServiceStatusArgs, 'namespace' | 'name' | 'status'>>;
  createEndpoints?: Resolver<ResolversTypes['Endpoints'], ParentType, ContextType, RequireFields<MutationCreateEndpointsArgs, 'namespace' | 'endpoints'>>;
  replaceEndpoints?: Resolver<ResolversTypes['Endpoints'], ParentType, ContextType, RequireFields<MutationReplaceEndpointsArgs, 'namespace' | 'name' | 'endpoints'>>;
  patchEndpoints?: Resolver<ResolversTypes['Endpoints'], ParentType, ContextType, RequireFields<MutationPatchEndpointsArgs, 'namespace' | 'name' | 'patch'>>;
  deleteEndpoints?: Resolver<Maybe<ResolversTypes['Endpoints']>, ParentType, ContextType, RequireFields<MutationDeleteEndpointsArgs, 'namespace' | 'name'>>;
  createServiceAccount?: Resolver<ResolversTypes['ServiceAccount'], ParentType, ContextType, RequireFields<MutationCreateServiceAccountArgs, 'namespace' | 'serviceAccount'>>;
  replaceServiceAccount?: Resolver<ResolversTypes['ServiceAccount'], ParentType, ContextType, RequireFields<MutationReplaceServiceAccountArgs, 'namespace' | 'name' | 'serviceAccount'>>;
  patchServiceAccount?: Resolver<ResolversTypes['ServiceAccount'], ParentType, ContextType, RequireFields<MutationPatchServiceAccountArgs, 'namespace' | 'name' | 'patch'>>;
  deleteServiceAccount?: Resolver<Maybe<ResolversTypes['ServiceAccount']>, ParentType, ContextType, RequireFields<MutationDeleteServiceAccountArgs, 'namespace' | 'name'>>;
  createRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'namespace' | 'role'>>;
  replaceRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationReplaceRoleArgs, 'namespace' | 'name' | 'role'>>;
  patchRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationPatchRoleArgs, 'namespace' | 'name' | 'patch'>>;
  deleteRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<MutationDeleteRoleArgs, 'namespace' | 'name'>>;
  createClusterRole?: Resolver<ResolversTypes['ClusterRole'], ParentType, ContextType, RequireFields<MutationCreateClusterRoleArgs, 'clusterRole'>>;
  replaceClusterRole?: Resolver<ResolversTypes['ClusterRole'], ParentType, ContextType, RequireFields<MutationReplaceClusterRoleArgs, 'name' | 'clusterRole'>>;
  patchClusterRole?: Resolver<ResolversTypes['ClusterRole'], ParentType, ContextType, RequireFields<MutationPatchClusterRoleArgs, 'name' | 'patch'>>;
  deleteClusterRole?: Resolver<Maybe<ResolversTypes['ClusterRole']>, ParentType, ContextType, RequireFields<MutationDeleteClusterRoleArgs, 'name'>>;
  createRoleBinding?: Resolver<ResolversTypes['RoleBinding'], ParentType, ContextType, RequireFields<MutationCreateRoleBindingArgs, 'namespace' | 'roleBinding'>>;
  replaceRoleBinding?: Resolver<ResolversTypes['RoleBinding'], ParentType, ContextType, RequireFields<MutationReplaceRoleBindingArgs, 'namespace' | 'name' | 'roleBinding'>>;
  patchRoleBinding?: Resolver<ResolversTypes['RoleBinding'], ParentType, ContextType, RequireFields<MutationPatchRoleBindingArgs, 'namespace' | 'name' | 'patch'>>;
  deleteRoleBinding?: Resolver<Maybe<ResolversTypes['RoleBinding']>, ParentType, ContextType, RequireFields<MutationDeleteRoleBindingArgs, 'namespace' | 'name'>>;
  createClusterRoleBinding?: Resolver<ResolversTypes['ClusterRoleBinding'], ParentType, ContextType, RequireFields<MutationCreateClusterRoleBindingArgs, 'clusterRoleBinding'>>;
  replaceClusterRoleBinding?: Resolver<ResolversTypes['ClusterRoleBinding'], ParentType, ContextType, RequireFields<MutationReplaceClusterRoleBindingArgs, 'name' | 'clusterRoleBinding'>>;
  patchClusterRoleBinding?: Resolver<ResolversTypes['ClusterRoleBinding'], ParentType, ContextType, RequireFields<MutationPatchClusterRoleBindingArgs, 'name' | 'patch'>>;
  deleteClusterRoleBinding?: Resolver<Maybe<ResolversTypes['ClusterRoleBinding']>, ParentType, ContextType, RequireFields<MutationDeleteClusterRoleBindingArgs, 'name'>>;
  createSecret?: Resolver<ResolversTypes['Secret'], ParentType, ContextType, RequireFields<MutationCreateSecretArgs, 'namespace' | 'secret'>>;
  replaceSecret?: Resolver<ResolversTypes['Secret'], ParentType, ContextType, RequireFields<MutationReplaceSecretArgs, 'namespace' | 'name' | 'secret'>>;
  patchSecret?: Resolver<ResolversTypes['Secret'], ParentType, ContextType, RequireFields<MutationPatchSecretArgs, 'namespace' | 'name' | 'patch'>>;
  deleteSecret?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType, RequireFields<MutationDeleteSecretArgs, 'namespace' | 'name'>>;
  createConfigMap?: Resolver<ResolversTypes['ConfigMap'], ParentType, ContextType, RequireFields<MutationCreateConfigMapArgs, 'namespace' | 'configMap'>>;
  replaceConfigMap?: Resolver<ResolversTypes['ConfigMap'], ParentType, ContextType, RequireFields<MutationReplaceConfigMapArgs, 'namespace' | 'name' | 'configMap'>>;
  patchConfigMap?: Resolver<ResolversTypes['ConfigMap'], ParentType, ContextType, RequireFields<MutationPatchConfigMapArgs, 'namespace' | 'name' | 'patch'>>;
  deleteConfigMap?: Resolver<Maybe<ResolversTypes['ConfigMap']>, ParentType, ContextType, RequireFields<MutationDeleteConfigMapArgs, 'namespace' | 'name'>>;
  createLease?: Resolver<ResolversTypes['Lease'], ParentType, ContextType, RequireFields<MutationCreateLeaseArgs, 'namespace' | 'lease'>>;
  replaceLease?: Resolver<ResolversTypes['Lease'], ParentType, ContextType, RequireFields<MutationReplaceLeaseArgs, 'namespace' | 'name' | 'lease'>>;
  patchLease?: Resolver<ResolversTypes['Lease'], ParentType, ContextType, RequireFields<MutationPatchLeaseArgs, 'namespace' | 'name' | 'patch'>>;
  deleteLease?: Resolver<Maybe<ResolversTypes['Lease']>, ParentType, ContextType, RequireFields<MutationDeleteLeaseArgs, 'namespace' | 'name'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'namespace' | 'event'>>;
  replaceEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationReplaceEventArgs, 'namespace' | 'name' | 'event'>>;
  patchEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationPatchEventArgs, 'namespace' | 'name' | 'patch'>>;
  deleteEvent?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<MutationDeleteEventArgs, 'namespace' | 'name'>>;
  createJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationCreateJobArgs, 'namespace' | 'job'>>;
  replaceJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationReplaceJobArgs, 'namespace' | 'name' | 'job'>>;
  patchJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationPatchJobArgs, 'namespace' | 'name' | 'patch'>>;
  deleteJob?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<MutationDeleteJobArgs, 'namespace' | 'name'>>;
  updateJobStatus?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationUpdateJobStatusArgs, 'namespace' | 'name' | 'status'>>;
  createCronJob?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationCreateCronJobArgs, 'namespace' | 'cronJob'>>;
  replaceCronJob?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationReplaceCronJobArgs, 'namespace' | 'name' | 'cronJob'>>;
  patchCronJob?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationPatchCronJobArgs, 'namespace' | 'name' | 'patch'>>;
  deleteCronJob?: Resolver<Maybe<ResolversTypes['CronJob']>, ParentType, ContextType, RequireFields<MutationDeleteCronJobArgs, 'namespace' | 'name'>>;
  updateCronJobStatus?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationUpdateCronJobStatusArgs, 'namespace' | 'name' | 'status'>>;
  apply?: Resolver<Array<ResolversTypes['ApplyResult']>, ParentType, ContextType, RequireFields<MutationApplyArgs, 'manifests'>>;
  scale?: Resolver<ResolversTypes['Scale'], ParentType, ContextType, RequireFields<MutationScaleArgs, 'kind' | 'namespace' | 'name' | 'replicas'>>;
  rolloutUndo?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationRolloutUndoArgs, 'namespace' | 'name'>>;
  createBootstrapToken?: Resolver<ResolversTypes['BootstrapToken'], ParentType, ContextType, Partial<MutationCreateBootstrapTokenArgs>>;
  revokeBootstrapToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeBootstrapTokenArgs, 'id'>>;
  createUserToken?: Resolver<ResolversTypes['UserToken'], ParentType, ContextType, RequireFields<MutationCreateUserTokenArgs, 'user'>>;
  createServiceAccountToken?: Resolver<ResolversTypes['ServiceAccountToken'], ParentType, ContextType, RequireFields<MutationCreateServiceAccountTokenArgs, 'namespace' | 'name'>>;
  joinNode?: Resolver<ResolversTypes['NodeCredential'], ParentType, ContextType, RequireFields<MutationJoinNodeArgs, 'nodeName'>>;
  sendPodLogChunk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendPodLogChunkArgs, 'requestId'>>;
  sendPodStreamChunk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendPodStreamChunkArgs, 'requestId'>>;
  sendPodExecInput?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendPodExecInputArgs, 'sessionId'>>;
  reportUsage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportUsageArgs, 'report'>>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  watchNamespaces?: SubscriptionResolver<ResolversTypes['NamespaceWatchEvent'], "watchNamespaces", ParentType, ContextType, Partial<SubscriptionWatchNamespacesArgs>>;
  watchNodes?: SubscriptionResolver<ResolversTypes['NodeWatchEvent'], "watchNodes", ParentType, ContextType, Partial<SubscriptionWatchNodesArgs>>;
  watchPods?: SubscriptionResolver<ResolversTypes['PodWatchEvent'], "watchPods", ParentType, ContextType, Partial<SubscriptionWatchPodsArgs>>;
  watchReplicaSets?: SubscriptionResolver<ResolversTypes['ReplicaSetWatchEvent'], "watchReplicaSets", ParentType, ContextType, Partial<SubscriptionWatchReplicaSetsArgs>>;
  watchReplicationControllers?: SubscriptionResolver<ResolversTypes['ReplicationControllerWatchEvent'], "watchReplicationControllers", ParentType, ContextType, Partial<SubscriptionWatchReplicationControllersArgs>>;
  watchDaemonSets?: SubscriptionResolver<ResolversTypes['DaemonSetWatchEvent'], "watchDaemonSets", ParentType, ContextType, Partial<SubscriptionWatchDaemonSetsArgs>>;
  watchStatefulSets?: SubscriptionResolver<ResolversTypes['StatefulSetWatchEvent'], "watchStatefulSets", ParentType, ContextType, Partial<SubscriptionWatchStatefulSetsArgs>>;
  watchDeployments?: SubscriptionResolver<ResolversTypes['DeploymentWatchEvent'], "watchDeployments", ParentType, ContextType, Partial<SubscriptionWatchDeploymentsArgs>>;
  watchServices?: SubscriptionResolver<ResolversTypes['ServiceWatchEvent'], "watchServices", ParentType, ContextType, Partial<SubscriptionWatchServicesArgs>>;
  watchEndpoints?: SubscriptionResolver<ResolversTypes['EndpointsWatchEvent'], "watchEndpoints", ParentType, ContextType, Partial<SubscriptionWatchEndpointsArgs>>;
  watchServiceAccounts?: SubscriptionResolver<ResolversTypes['ServiceAccountWatchEvent'], "watchServiceAccounts", ParentType, ContextType, Partial<SubscriptionWatchServiceAccountsArgs>>;
  watchRoles?: SubscriptionResolver<ResolversTypes['RoleWatchEvent'], "watchRoles", ParentType, ContextType, Partial<SubscriptionWatchRolesArgs>>;
  watchClusterRoles?: SubscriptionResolver<ResolversTypes['ClusterRoleWatchEvent'], "watchClusterRoles", ParentType, ContextType, Partial<SubscriptionWatchClusterRolesArgs>>;
  watchRoleBindings?: SubscriptionResolver<ResolversTypes['RoleBindingWatchEvent'], "watchRoleBindings", ParentType, ContextType, Partial<SubscriptionWatchRoleBindingsArgs>>;
  watchClusterRoleBindings?: SubscriptionResolver<ResolversTypes['ClusterRoleBindingWatchEvent'], "watchClusterRoleBindings", ParentType, ContextType, Partial<SubscriptionWatchClusterRoleBindingsArgs>>;
  watchSecrets?: SubscriptionResolver<ResolversTypes['SecretWatchEvent'], "watchSecrets", ParentType, ContextType, Partial<SubscriptionWatchSecretsArgs>>;
  watchConfigMaps?: SubscriptionResolver<ResolversTypes['ConfigMapWatchEvent'], "watchConfigMaps", ParentType, ContextType, Partial<SubscriptionWatchConfigMapsArgs>>;
  watchLeases?: SubscriptionResolver<ResolversTypes['LeaseWatchEvent'], "watchLeases", ParentType, ContextType, Partial<SubscriptionWatchLeasesArgs>>;
  watchEvents?: SubscriptionResolver<ResolversTypes['EventWatchEvent'], "watchEvents", ParentType, ContextType, Partial<SubscriptionWatchEventsArgs>>;
  watchJobs?: SubscriptionResolver<ResolversTypes['JobWatchEvent'], "watchJobs", ParentType, ContextType, Partial<SubscriptionWatchJobsArgs>>;
  watchCronJobs?: SubscriptionResolver<ResolversTypes['CronJobWatchEvent'], "watchCronJobs", ParentType, ContextType, Partial<SubscriptionWatchCronJobsArgs>>;
  watchPersistentVolumes?: SubscriptionResolver<ResolversTypes['PersistentVolumeWatchEvent'], "watchPersistentVolumes", ParentType, ContextType, Partial<SubscriptionWatchPersistentVolumesArgs>>;
  watchPersistentVolumeClaims?: SubscriptionResolver<ResolversTypes['PersistentVolumeClaimWatchEvent'], "watchPersistentVolumeClaims", ParentType, ContextType, Partial<SubscriptionWatchPersistentVolumeClaimsArgs>>;
  watchStorageClasses?: SubscriptionResolver<ResolversTypes['StorageClassWatchEvent'], "watchStorageClasses", ParentType, ContextType, Partial<SubscriptionWatchStorageClassesArgs>>;
  watchPriorityClasses?: SubscriptionResolver<ResolversTypes['PriorityClassWatchEvent'], "watchPriorityClasses", ParentType, ContextType, Partial<SubscriptionWatchPriorityClassesArgs>>;
  watchResourceQuotas?: SubscriptionResolver<ResolversTypes['ResourceQuotaWatchEvent'], "watchResourceQuotas", ParentType, ContextType, Partial<SubscriptionWatchResourceQuotasArgs>>;
  watchLimitRanges?: SubscriptionResolver<ResolversTypes['LimitRangeWatchEvent'], "watchLimitRanges", ParentType, ContextType, Partial<SubscriptionWatchLimitRangesArgs>>;
  podLogs?: SubscriptionResolver<ResolversTypes['PodLogChunk'], "podLogs", ParentType, ContextType, RequireFields<SubscriptionPodLogsArgs, 'namespace' | 'name'>>;
  agentLogRequests?: SubscriptionResolver<ResolversTypes['AgentLogRequest'], "agentLogRequests", ParentType, ContextType>;
  execPod?: SubscriptionResolver<ResolversTypes['PodExecEvent'], "execPod", ParentType, ContextType, RequireFields<SubscriptionExecPodArgs, 'namespace' | 'name' | 'command'>>;
  agentStreamRequests?: SubscriptionResolver<ResolversTypes['AgentStreamRequest'], "agentStreamRequests", ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  JSON?: GraphQLScalarType;
  IntOrString?: GraphQLScalarType;
  OwnerReference?: OwnerReferenceResolvers<ContextType>;
  ObjectMeta?: ObjectMetaResolvers<ContextType>;
  ObjectReference?: ObjectReferenceResolvers<ContextType>;
  LocalObjectReference?: LocalObjectReferenceResolvers<ContextType>;
  LabelSelectorRequirement?: LabelSelectorRequirementResolvers<ContextType>;
  LabelSelector?: LabelSelectorResolvers<ContextType>;
  Namespace?: NamespaceResolvers<ContextType>;
  NamespaceSpec?: NamespaceSpecResolvers<ContextType>;
  NamespaceStatus?: NamespaceStatusResolvers<ContextType>;
  NamespaceCondition?: NamespaceConditionResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeSpec?: NodeSpecResolvers<ContextType>;
  Taint?: TaintResolvers<ContextType>;
  NodeStatus?: NodeStatusResolvers<ContextType>;
  NodeCondition?: NodeConditionResolvers<ContextType>;
  NodeAddress?: NodeAddressResolvers<ContextType>;
  NodeDaemonEndpoints?: NodeDaemonEndpointsResolvers<ContextType>;
  DaemonEndpoint?: DaemonEndpointResolvers<ContextType>;
  NodeSystemInfo?: NodeSystemInfoResolvers<ContextType>;
  Pod?: PodResolvers<ContextType>;
  SchedulingExplanation?: SchedulingExplanationResolvers<ContextType>;
  NodeSchedulingResult?: NodeSchedulingResultResolvers<ContextType>;
  PodTemplateSpec?: PodTemplateSpecResolvers<ContextType>;
  PodSpec?: PodSpecResolvers<ContextType>;
  HostAlias?: HostAliasResolvers<ContextType>;
  PodDNSConfig?: PodDnsConfigResolvers<ContextType>;
  PodDNSConfigOption?: PodDnsConfigOptionResolvers<ContextType>;
  Container?: ContainerResolvers<ContextType>;
  ContainerPort?: ContainerPortResolvers<ContextType>;
  EnvVar?: EnvVarResolvers<ContextType>;
  EnvVarSource?: EnvVarSourceResolvers<ContextType>;
  ObjectFieldSelector?: ObjectFieldSelectorResolvers<ContextType>;
  ResourceFieldSelector?: ResourceFieldSelectorResolvers<ContextType>;
  ConfigMapKeySelector?: ConfigMapKeySelectorResolvers<ContextType>;
  SecretKeySelector?: SecretKeySelectorResolvers<ContextType>;
  EnvFromSource?: EnvFromSourceResolvers<ContextType>;
  ConfigMapEnvSource?: ConfigMapEnvSourceResolvers<ContextType>;
  SecretEnvSource?: SecretEnvSourceResolvers<ContextType>;
  ResourceRequirements?: ResourceRequirementsResolvers<ContextType>;
  VolumeMount?: VolumeMountResolvers<ContextType>;
  Probe?: ProbeResolvers<ContextType>;
  ExecAction?: ExecActionResolvers<ContextType>;
  HTTPGetAction?: HttpGetActionResolvers<ContextType>;
  HTTPHeader?: HttpHeaderResolvers<ContextType>;
  TCPSocketAction?: TcpSocketActionResolvers<ContextType>;
  Lifecycle?: LifecycleResolvers<ContextType>;
  LifecycleHandler?: LifecycleHandlerResolvers<ContextType>;
  SleepAction?: SleepActionResolvers<ContextType>;
  PodSecurityContext?: PodSecurityContextResolvers<ContextType>;
  SecurityContext?: SecurityContextResolvers<ContextType>;
  Capabilities?: CapabilitiesResolvers<ContextType>;
  Affinity?: AffinityResolvers<ContextType>;
  NodeAffinity?: NodeAffinityResolvers<ContextType>;
  NodeSelector?: NodeSelectorResolvers<ContextType>;
  NodeSelectorTerm?: NodeSelectorTermResolvers<ContextType>;
  NodeSelectorRequirement?: NodeSelectorRequirementResolvers<ContextType>;
  PreferredSchedulingTerm?: PreferredSchedulingTermResolvers<ContextType>;
  PodAffinity?: PodAffinityResolvers<ContextType>;
  PodAntiAffinity?: PodAntiAffinityResolvers<ContextType>;
  PodAffinityTerm?: PodAffinityTermResolvers<ContextType>;
  WeightedPodAffinityTerm?: WeightedPodAffinityTermResolvers<ContextType>;
  Toleration?: TolerationResolvers<ContextType>;
  Volume?: VolumeResolvers<ContextType>;
  DownwardAPIVolumeFile?: DownwardApiVolumeFileResolvers<ContextType>;
  DownwardAPIVolumeSource?: DownwardApiVolumeSourceResolvers<ContextType>;
  DownwardAPIProjection?: DownwardApiProjectionResolvers<ContextType>;
  ConfigMapProjection?: ConfigMapProjectionResolvers<ContextType>;
  SecretProjection?: SecretProjectionResolvers<ContextType>;
  ServiceAccountTokenProjection?: ServiceAccountTokenProjectionResolvers<ContextType>;
  VolumeProjection?: VolumeProjectionResolvers<ContextType>;
  ProjectedVolumeSource?: ProjectedVolumeSourceResolvers<ContextType>;
  PersistentVolumeClaimVolumeSource?: PersistentVolumeClaimVolumeSourceResolvers<ContextType>;
  EmptyDirVolumeSource?: EmptyDirVolumeSourceResolvers<ContextType>;
  HostPathVolumeSource?: HostPathVolumeSourceResolvers<ContextType>;
  KeyToPath?: KeyToPathResolvers<ContextType>;
  ConfigMapVolumeSource?: ConfigMapVolumeSourceResolvers<ContextType>;
  SecretVolumeSource?: SecretVolumeSourceResolvers<ContextType>;
  PodStatus?: PodStatusResolvers<ContextType>;
  PodCondition?: PodConditionResolvers<ContextType>;
  PodIP?: PodIpResolvers<ContextType>;
  ContainerStatus?: ContainerStatusResolvers<ContextType>;
  ContainerState?: ContainerStateResolvers<ContextType>;
  ContainerStateWaiting?: ContainerStateWaitingResolvers<ContextType>;
  ContainerStateRunning?: ContainerStateRunningResolvers<ContextType>;
  ContainerStateTerminated?: ContainerStateTerminatedResolvers<ContextType>;
  ReplicaSet?: ReplicaSetResolvers<ContextType>;
  ReplicaSetSpec?: ReplicaSetSpecResolvers<ContextType>;
  ReplicaSetStatus?: ReplicaSetStatusResolvers<ContextType>;
  ReplicaSetCondition?: ReplicaSetConditionResolvers<ContextType>;
  Deployment?: DeploymentResolvers<ContextType>;
  DeploymentSpec?: DeploymentSpecResolvers<ContextType>;
  DeploymentStrategy?: DeploymentStrategyResolvers<ContextType>;
  RollingUpdateDeployment?: RollingUpdateDeploymentResolvers<ContextType>;
  DeploymentStatus?: DeploymentStatusResolvers<ContextType>;
  DeploymentCondition?: DeploymentConditionResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceSpec?: ServiceSpecResolvers<ContextType>;
  ServicePort?: ServicePortResolvers<ContextType>;
  SessionAffinityConfig?: SessionAffinityConfigResolvers<ContextType>;
  ClientIPConfig?: ClientIpConfigResolvers<ContextType>;
  ServiceStatus?: ServiceStatusResolvers<ContextType>;
  LoadBalancerStatus?: LoadBalancerStatusResolvers<ContextType>;
  LoadBalancerIngress?: LoadBalancerIngressResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  Endpoints?: EndpointsResolvers<ContextType>;
  EndpointSubset?: EndpointSubsetResolvers<ContextType>;
  EndpointAddress?: EndpointAddressResolvers<ContextType>;
  EndpointPort?: EndpointPortResolvers<ContextType>;
  ServiceAccount?: ServiceAccountResolvers<ContextType>;
  Secret?: SecretResolvers<ContextType>;
  ConfigMap?: ConfigMapResolvers<ContextType>;
  Lease?: LeaseResolvers<ContextType>;
  LeaseSpec?: LeaseSpecResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventSource?: EventSourceResolvers<ContextType>;
  PolicyRule?: PolicyRuleResolvers<ContextType>;
  AggregationRule?: AggregationRuleResolvers<ContextType>;
  RoleRef?: RoleRefResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  ClusterRole?: ClusterRoleResolvers<ContextType>;
  RoleBinding?: RoleBindingResolvers<ContextType>;
  ClusterRoleBinding?: ClusterRoleBindingResolvers<ContextType>;
  ReplicationController?: ReplicationControllerResolvers<ContextType>;
  ReplicationControllerSpec?: ReplicationControllerSpecResolvers<ContextType>;
  ReplicationControllerStatus?: ReplicationControllerStatusResolvers<ContextType>;
  ReplicationControllerCondition?: ReplicationControllerConditionResolvers<ContextType>;
  DaemonSet?: DaemonSetResolvers<ContextType>;
  DaemonSetSpec?: DaemonSetSpecResolvers<ContextType>;
  DaemonSetUpdateStrategy?: DaemonSetUpdateStrategyResolvers<ContextType>;
  RollingUpdateDaemonSet?: RollingUpdateDaemonSetResolvers<ContextType>;
  DaemonSetStatus?: DaemonSetStatusResolvers<ContextType>;
  DaemonSetCondition?: DaemonSetConditionResolvers<ContextType>;
  StatefulSet?: StatefulSetResolvers<ContextType>;
  StatefulSetSpec?: StatefulSetSpecResolvers<ContextType>;
  StatefulSetUpdateStrategy?: StatefulSetUpdateStrategyResolvers<ContextType>;
  RollingUpdateStatefulSetStrategy?: RollingUpdateStatefulSetStrategyResolvers<ContextType>;
  StatefulSetVolumeClaimTemplate?: StatefulSetVolumeClaimTemplateResolvers<ContextType>;
  StatefulSetVolumeClaimSpec?: StatefulSetVolumeClaimSpecResolvers<ContextType>;
  StatefulSetPersistentVolumeClaimRetentionPolicy?: StatefulSetPersistentVolumeClaimRetentionPolicyResolvers<ContextType>;
  StatefulSetStatus?: StatefulSetStatusResolvers<ContextType>;
  StatefulSetCondition?: StatefulSetConditionResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  JobSpec?: JobSpecResolvers<ContextType>;
  JobStatus?: JobStatusResolvers<ContextType>;
  JobCondition?: JobConditionResolvers<ContextType>;
  CronJob?: CronJobResolvers<ContextType>;
  CronJobSpec?: CronJobSpecResolvers<ContextType>;
  JobTemplateSpec?: JobTemplateSpecResolvers<ContextType>;
  CronJobStatus?: CronJobStatusResolvers<ContextType>;
  PersistentVolume?: PersistentVolumeResolvers<ContextType>;
  PersistentVolumeSpec?: PersistentVolumeSpecResolvers<ContextType>;
  VolumeNodeAffinity?: VolumeNodeAffinityResolvers<ContextType>;
  LocalVolumeSource?: LocalVolumeSourceResolvers<ContextType>;
  PersistentVolumeStatus?: PersistentVolumeStatusResolvers<ContextType>;
  PersistentVolumeClaim?: PersistentVolumeClaimResolvers<ContextType>;
  PersistentVolumeClaimSpec?: PersistentVolumeClaimSpecResolvers<ContextType>;
  PersistentVolumeClaimStatus?: PersistentVolumeClaimStatusResolvers<ContextType>;
  PersistentVolumeClaimCondition?: PersistentVolumeClaimConditionResolvers<ContextType>;
  ResourceQuota?: ResourceQuotaResolvers<ContextType>;
  ResourceQuotaSpec?: ResourceQuotaSpecResolvers<ContextType>;
  ScopeSelector?: ScopeSelectorResolvers<ContextType>;
  ScopedResourceSelectorRequirement?: ScopedResourceSelectorRequirementResolvers<ContextType>;
  ResourceQuotaStatus?: ResourceQuotaStatusResolvers<ContextType>;
  LimitRange?: LimitRangeResolvers<ContextType>;
  LimitRangeSpec?: LimitRangeSpecResolvers<ContextType>;
  LimitRangeItem?: LimitRangeItemResolvers<ContextType>;
  PriorityClass?: PriorityClassResolvers<ContextType>;
  StorageClass?: StorageClassResolvers<ContextType>;
  TopologySelectorTerm?: TopologySelectorTermResolvers<ContextType>;
  TopologySelectorLabelRequirement?: TopologySelectorLabelRequirementResolvers<ContextType>;
  ListMeta?: ListMetaResolvers<ContextType>;
  NamespaceList?: NamespaceListResolvers<ContextType>;
  NodeList?: NodeListResolvers<ContextType>;
  PodList?: PodListResolvers<ContextType>;
  ReplicaSetList?: ReplicaSetListResolvers<ContextType>;
  ReplicationControllerList?: ReplicationControllerListResolvers<ContextType>;
  DaemonSetList?: DaemonSetListResolvers<ContextType>;
  StatefulSetList?: StatefulSetListResolvers<ContextType>;
  DeploymentList?: DeploymentListResolvers<ContextType>;
  ServiceList?: ServiceListResolvers<ContextType>;
  EndpointsList?: EndpointsListResolvers<ContextType>;
  ServiceAccountList?: ServiceAccountListResolvers<ContextType>;
  RoleList?: RoleListResolvers<ContextType>;
  ClusterRoleList?: ClusterRoleListResolvers<ContextType>;
  RoleBindingList?: RoleBindingListResolvers<ContextType>;
  ClusterRoleBindingList?: ClusterRoleBindingListResolvers<ContextType>;
  SecretList?: SecretListResolvers<ContextType>;
  ConfigMapList?: ConfigMapListResolvers<ContextType>;
  LeaseList?: LeaseListResolvers<ContextType>;
  EventList?: EventListResolvers<ContextType>;
  JobList?: JobListResolvers<ContextType>;
  CronJobList?: CronJobListResolvers<ContextType>;
  PersistentVolumeList?: PersistentVolumeListResolvers<ContextType>;
  PersistentVolumeClaimList?: PersistentVolumeClaimListResolvers<ContextType>;
  StorageClassList?: StorageClassListResolvers<ContextType>;
  PriorityClassList?: PriorityClassListResolvers<ContextType>;
  ResourceQuotaList?: ResourceQuotaListResolvers<ContextType>;
  LimitRangeList?: LimitRangeListResolvers<ContextType>;
  NamespaceWatchEvent?: NamespaceWatchEventResolvers<ContextType>;
  NodeWatchEvent?: NodeWatchEventResolvers<ContextType>;
  PodWatchEvent?: PodWatchEventResolvers<ContextType>;
  ReplicaSetWatchEvent?: ReplicaSetWatchEventResolvers<ContextType>;
  ReplicationControllerWatchEvent?: ReplicationControllerWatchEventResolvers<ContextType>;
  DaemonSetWatchEvent?: DaemonSetWatchEventResolvers<ContextType>;
  StatefulSetWatchEvent?: StatefulSetWatchEventResolvers<ContextType>;
  DeploymentWatchEvent?: DeploymentWatchEventResolvers<ContextType>;
  ServiceWatchEvent?: ServiceWatchEventResolvers<ContextType>;
  EndpointsWatchEvent?: EndpointsWatchEventResolvers<ContextType>;
  ServiceAccountWatchEvent?: ServiceAccountWatchEventResolvers<ContextType>;
  RoleWatchEvent?: RoleWatchEventResolvers<ContextType>;
  ClusterRoleWatchEvent?: ClusterRoleWatchEventResolvers<ContextType>;
  RoleBindingWatchEvent?: RoleBindingWatchEventResolvers<ContextType>;
  ClusterRoleBindingWatchEvent?: ClusterRoleBindingWatchEventResolvers<ContextType>;
  SecretWatchEvent?: SecretWatchEventResolvers<ContextType>;
  ConfigMapWatchEvent?: ConfigMapWatchEventResolvers<ContextType>;
  LeaseWatchEvent?: LeaseWatchEventResolvers<ContextType>;
  EventWatchEvent?: EventWatchEventResolvers<ContextType>;
  JobWatchEvent?: JobWatchEventResolvers<ContextType>;
  CronJobWatchEvent?: CronJobWatchEventResolvers<ContextType>;
  PersistentVolumeWatchEvent?: PersistentVolumeWatchEventResolvers<ContextType>;
  PersistentVolumeClaimWatchEvent?: PersistentVolumeClaimWatchEventResolvers<ContextType>;
  StorageClassWatchEvent?: StorageClassWatchEventResolvers<ContextType>;
  PriorityClassWatchEvent?: PriorityClassWatchEventResolvers<ContextType>;
  ResourceQuotaWatchEvent?: ResourceQuotaWatchEventResolvers<ContextType>;
  LimitRangeWatchEvent?: LimitRangeWatchEventResolvers<ContextType>;
  ApplyResult?: ApplyResultResolvers<ContextType>;
  Scale?: ScaleResolvers<ContextType>;
  ScaleSpec?: ScaleSpecResolvers<ContextType>;
  ScaleStatus?: ScaleStatusResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  ContainerMetrics?: ContainerMetricsResolvers<ContextType>;
  PodMetrics?: PodMetricsResolvers<ContextType>;
  NodeMetrics?: NodeMetricsResolvers<ContextType>;
  BootstrapToken?: BootstrapTokenResolvers<ContextType>;
  BootstrapTokenInfo?: BootstrapTokenInfoResolvers<ContextType>;
  ServiceAccountToken?: ServiceAccountTokenResolvers<ContextType>;
  UserToken?: UserTokenResolvers<ContextType>;
  AuthorizedActions?: AuthorizedActionsResolvers<ContextType>;
  NodeCredential?: NodeCredentialResolvers<ContextType>;
  PodLogChunk?: PodLogChunkResolvers<ContextType>;
  AgentLogRequest?: AgentLogRequestResolvers<ContextType>;
  AgentStreamRequest?: AgentStreamRequestResolvers<ContextType>;
  PodExecEvent?: PodExecEventResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
};

