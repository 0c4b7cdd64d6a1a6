/* Generated from schema.graphql by `npm run codegen`. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiHistoryEntry, ApiScale, ApiWatchEvent } from '../types.ts';
import type { KObject } from '../../kinds/types.ts';
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
  /** A value that is either a 32-bit integer or a string, e.g. a port number or name, or `25%`. */
  IntOrString: { input: number | string; output: number | string; }
  /**
   * Any JSON value. Used for string maps (labels, annotations, nodeSelector, data, resource
   * quantities such as `{ cpu: "500m", memory: "128Mi" }`) and for JSON merge patches.
   */
  JSON: { input: unknown; output: unknown; }
};

export type Affinity = {
  __typename?: 'Affinity';
  nodeAffinity?: Maybe<NodeAffinity>;
  podAffinity?: Maybe<PodAffinity>;
  podAntiAffinity?: Maybe<PodAntiAffinity>;
};

export type AffinityInput = {
  nodeAffinity?: InputMaybe<NodeAffinityInput>;
  podAffinity?: InputMaybe<PodAffinityInput>;
  podAntiAffinity?: InputMaybe<PodAntiAffinityInput>;
};

/** A log stream the API server asks a node agent for, over the agent's own graphql-ws connection (so it works behind NAT). */
export type AgentLogRequest = {
  __typename?: 'AgentLogRequest';
  container: Scalars['String']['output'];
  follow: Scalars['Boolean']['output'];
  namespace: Scalars['String']['output'];
  pod: Scalars['String']['output'];
  podUid?: Maybe<Scalars['String']['output']>;
  previous: Scalars['Boolean']['output'];
  requestId: Scalars['ID']['output'];
  sinceSeconds?: Maybe<Scalars['Int']['output']>;
  tailLines?: Maybe<Scalars['Int']['output']>;
  type: AgentLogRequestType;
};

export type AgentLogRequestType =
  /** The reader went away: stop streaming `requestId`. */
  | 'CANCEL'
  /** Start streaming the log named by the request with sendPodLogChunk. */
  | 'START';

/**
 * A pod stream the API server asks a node agent for, over the agent's own graphql-ws connection (so it
 * works behind NAT). START carries the target; STDIN, RESIZE and CANCEL only what they need.
 */
export type AgentStreamRequest = {
  __typename?: 'AgentStreamRequest';
  command?: Maybe<Array<Scalars['String']['output']>>;
  container?: Maybe<Scalars['String']['output']>;
  /** STDIN: base64 bytes. */
  data?: Maybe<Scalars['String']['output']>;
  /** STDIN: the client closed stdin. */
  eof?: Maybe<Scalars['Boolean']['output']>;
  height?: Maybe<Scalars['Int']['output']>;
  kind?: Maybe<PodStreamKind>;
  namespace?: Maybe<Scalars['String']['output']>;
  pod?: Maybe<Scalars['String']['output']>;
  podUid?: Maybe<Scalars['String']['output']>;
  port?: Maybe<Scalars['Int']['output']>;
  requestId: Scalars['ID']['output'];
  stdin?: Maybe<Scalars['Boolean']['output']>;
  tty?: Maybe<Scalars['Boolean']['output']>;
  type: AgentStreamRequestType;
  width?: Maybe<Scalars['Int']['output']>;
};

export type AgentStreamRequestType =
  /** The client went away: stop stream `requestId` (kill the exec'd command, detach, or close the connection). */
  | 'CANCEL'
  /** The client's terminal has a new size: `width` columns, `height` rows. */
  | 'RESIZE'
  /** Start the stream the request describes; answer with sendPodStreamChunk. */
  | 'START'
  /** Bytes for the command's stdin (or the port's connection): `data` (base64), or `eof: true` to close it. */
  | 'STDIN';

/** Which ClusterRoles' rules the aggregation controller copies into this one. */
export type AggregationRule = {
  __typename?: 'AggregationRule';
  clusterRoleSelectors?: Maybe<Array<LabelSelector>>;
};

export type AggregationRuleInput = {
  clusterRoleSelectors?: InputMaybe<Array<LabelSelectorInput>>;
};

export type ApplyAction =
  | 'CONFIGURED'
  | 'CREATED'
  | 'UNCHANGED';

export type ApplyResult = {
  __typename?: 'ApplyResult';
  action: ApplyAction;
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Absent for cluster-scoped kinds. */
  namespace?: Maybe<Scalars['String']['output']>;
};

/** What the caller may do (SelfSubjectRulesReview): the rules of every role bound to them. */
export type AuthorizedActions = {
  __typename?: 'AuthorizedActions';
  groups: Array<Scalars['String']['output']>;
  /** True when the identity is not governed by RBAC alone (admins: everything; nodes: the node rules). */
  incomplete: Scalars['Boolean']['output'];
  /** Rules on non-resource URLs such as /metrics. */
  nonResourceRules: Array<PolicyRule>;
  /** Rules on objects (in the namespace asked about, plus cluster-wide ones). */
  resourceRules: Array<PolicyRule>;
  /** The identity the rules are for. */
  user: Scalars['String']['output'];
};

/** A token that lets node agents join the cluster (`capstan agent --token`). Shown once: only its hash is stored. */
export type BootstrapToken = {
  __typename?: 'BootstrapToken';
  description?: Maybe<Scalars['String']['output']>;
  /** RFC 3339; null when it does not expire. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** What bootstrapTokens lists it as and revokeBootstrapToken takes. */
  id?: Maybe<Scalars['String']['output']>;
  token: Scalars['String']['output'];
};

/** A bootstrap token as admins list it: never its secret (only its hash is stored). */
export type BootstrapTokenInfo = {
  __typename?: 'BootstrapTokenInfo';
  /** RFC 3339. */
  createdAt: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** True once expiresAt has passed: it joins nothing any more. */
  expired: Scalars['Boolean']['output'];
  /** RFC 3339; null when it does not expire. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  /** RFC 3339, to within 30 s; null when it was never used. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
};

/** The object a token is bound to: it stops working when the object is deleted. */
export type BoundObjectReferenceInput = {
  /** Pod, Secret or Node. */
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** When given, must be the object's: CONFLICT when it was deleted and made again. */
  uid?: InputMaybe<Scalars['String']['input']>;
};

export type Capabilities = {
  __typename?: 'Capabilities';
  add?: Maybe<Array<Scalars['String']['output']>>;
  drop?: Maybe<Array<Scalars['String']['output']>>;
};

export type CapabilitiesInput = {
  add?: InputMaybe<Array<Scalars['String']['input']>>;
  drop?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ClientIpConfig = {
  __typename?: 'ClientIPConfig';
  timeoutSeconds?: Maybe<Scalars['Int']['output']>;
};

export type ClientIpConfigInput = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** What may be done in the whole cluster, or in one namespace when a RoleBinding grants it. */
export type ClusterRole = {
  __typename?: 'ClusterRole';
  aggregationRule?: Maybe<AggregationRule>;
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  rules?: Maybe<Array<PolicyRule>>;
};

/** Grants a ClusterRole in the whole cluster. */
export type ClusterRoleBinding = {
  __typename?: 'ClusterRoleBinding';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  roleRef: RoleRef;
  subjects?: Maybe<Array<Subject>>;
};

export type ClusterRoleBindingInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  roleRef: RoleRefInput;
  subjects?: InputMaybe<Array<SubjectInput>>;
};

export type ClusterRoleBindingList = {
  __typename?: 'ClusterRoleBindingList';
  items: Array<ClusterRoleBinding>;
  metadata: ListMeta;
};

export type ClusterRoleBindingWatchEvent = {
  __typename?: 'ClusterRoleBindingWatchEvent';
  object?: Maybe<ClusterRoleBinding>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type ClusterRoleInput = {
  aggregationRule?: InputMaybe<AggregationRuleInput>;
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  rules?: InputMaybe<Array<PolicyRuleInput>>;
};

export type ClusterRoleList = {
  __typename?: 'ClusterRoleList';
  items: Array<ClusterRole>;
  metadata: ListMeta;
};

export type ClusterRoleWatchEvent = {
  __typename?: 'ClusterRoleWatchEvent';
  object?: Maybe<ClusterRole>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

/** The generic condition shape (metav1.Condition). */
export type Condition = {
  __typename?: 'Condition';
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  type: Scalars['String']['output'];
};

export type ConditionInput = {
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type ConditionStatus =
  | 'False'
  | 'True'
  | 'Unknown';

export type ConfigMap = {
  __typename?: 'ConfigMap';
  apiVersion: Scalars['String']['output'];
  /** Values are base64-encoded. */
  binaryData?: Maybe<Scalars['JSON']['output']>;
  data?: Maybe<Scalars['JSON']['output']>;
  immutable?: Maybe<Scalars['Boolean']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
};

export type ConfigMapEnvSource = {
  __typename?: 'ConfigMapEnvSource';
  name?: Maybe<Scalars['String']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type ConfigMapEnvSourceInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConfigMapInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  binaryData?: InputMaybe<Scalars['JSON']['input']>;
  data?: InputMaybe<Scalars['JSON']['input']>;
  immutable?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
};

export type ConfigMapKeySelector = {
  __typename?: 'ConfigMapKeySelector';
  key: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type ConfigMapKeySelectorInput = {
  key: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConfigMapList = {
  __typename?: 'ConfigMapList';
  items: Array<ConfigMap>;
  metadata: ListMeta;
};

export type ConfigMapProjection = {
  __typename?: 'ConfigMapProjection';
  items?: Maybe<Array<KeyToPath>>;
  name?: Maybe<Scalars['String']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type ConfigMapProjectionInput = {
  items?: InputMaybe<Array<KeyToPathInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConfigMapVolumeSource = {
  __typename?: 'ConfigMapVolumeSource';
  defaultMode?: Maybe<Scalars['Int']['output']>;
  items?: Maybe<Array<KeyToPath>>;
  name?: Maybe<Scalars['String']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type ConfigMapVolumeSourceInput = {
  defaultMode?: InputMaybe<Scalars['Int']['input']>;
  items?: InputMaybe<Array<KeyToPathInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConfigMapWatchEvent = {
  __typename?: 'ConfigMapWatchEvent';
  object?: Maybe<ConfigMap>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type Container = {
  __typename?: 'Container';
  args?: Maybe<Array<Scalars['String']['output']>>;
  command?: Maybe<Array<Scalars['String']['output']>>;
  env?: Maybe<Array<EnvVar>>;
  envFrom?: Maybe<Array<EnvFromSource>>;
  image?: Maybe<Scalars['String']['output']>;
  imagePullPolicy?: Maybe<PullPolicy>;
  /** Hooks run right after the container starts (postStart) and before it is stopped (preStop). */
  lifecycle?: Maybe<Lifecycle>;
  livenessProbe?: Maybe<Probe>;
  name: Scalars['String']['output'];
  ports?: Maybe<Array<ContainerPort>>;
  readinessProbe?: Maybe<Probe>;
  resources?: Maybe<ResourceRequirements>;
  /** Always on an init container makes it a sidecar: started in order, kept running beside the containers. */
  restartPolicy?: Maybe<ContainerRestartPolicy>;
  securityContext?: Maybe<SecurityContext>;
  startupProbe?: Maybe<Probe>;
  /** Keep a stdin open for the container, which attach -i writes to. */
  stdin?: Maybe<Scalars['Boolean']['output']>;
  /** Kubernetes closes stdin after the first attach ends; Capstan keeps it open (not honoured). */
  stdinOnce?: Maybe<Scalars['Boolean']['output']>;
  /** Where the container writes its termination message (default /dev/termination-log). */
  terminationMessagePath?: Maybe<Scalars['String']['output']>;
  /** File, or FallbackToLogsOnError (the end of the log when the file is empty and the container failed). */
  terminationMessagePolicy?: Maybe<TerminationMessagePolicy>;
  /** Allocate a terminal for the container's process (not honoured: containers run without one). */
  tty?: Maybe<Scalars['Boolean']['output']>;
  volumeMounts?: Maybe<Array<VolumeMount>>;
  workingDir?: Maybe<Scalars['String']['output']>;
};

export type ContainerInput = {
  args?: InputMaybe<Array<Scalars['String']['input']>>;
  command?: InputMaybe<Array<Scalars['String']['input']>>;
  env?: InputMaybe<Array<EnvVarInput>>;
  envFrom?: InputMaybe<Array<EnvFromSourceInput>>;
  image?: InputMaybe<Scalars['String']['input']>;
  imagePullPolicy?: InputMaybe<PullPolicy>;
  lifecycle?: InputMaybe<LifecycleInput>;
  livenessProbe?: InputMaybe<ProbeInput>;
  name: Scalars['String']['input'];
  ports?: InputMaybe<Array<ContainerPortInput>>;
  readinessProbe?: InputMaybe<ProbeInput>;
  resources?: InputMaybe<ResourceRequirementsInput>;
  restartPolicy?: InputMaybe<ContainerRestartPolicy>;
  securityContext?: InputMaybe<SecurityContextInput>;
  startupProbe?: InputMaybe<ProbeInput>;
  stdin?: InputMaybe<Scalars['Boolean']['input']>;
  stdinOnce?: InputMaybe<Scalars['Boolean']['input']>;
  terminationMessagePath?: InputMaybe<Scalars['String']['input']>;
  terminationMessagePolicy?: InputMaybe<TerminationMessagePolicy>;
  tty?: InputMaybe<Scalars['Boolean']['input']>;
  volumeMounts?: InputMaybe<Array<VolumeMountInput>>;
  workingDir?: InputMaybe<Scalars['String']['input']>;
};

/** The measured usage of one container over the window. */
export type ContainerMetrics = {
  __typename?: 'ContainerMetrics';
  name: Scalars['String']['output'];
  /** `{ cpu, memory }` */
  usage: Scalars['JSON']['output'];
};

export type ContainerPort = {
  __typename?: 'ContainerPort';
  containerPort: Scalars['Int']['output'];
  hostIP?: Maybe<Scalars['String']['output']>;
  hostPort?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  protocol?: Maybe<Protocol>;
};

export type ContainerPortInput = {
  containerPort: Scalars['Int']['input'];
  hostIP?: InputMaybe<Scalars['String']['input']>;
  hostPort?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  protocol?: InputMaybe<Protocol>;
};

export type ContainerRestartPolicy =
  | 'Always';

/** At most one of waiting, running, terminated is set. */
export type ContainerState = {
  __typename?: 'ContainerState';
  running?: Maybe<ContainerStateRunning>;
  terminated?: Maybe<ContainerStateTerminated>;
  waiting?: Maybe<ContainerStateWaiting>;
};

export type ContainerStateInput = {
  running?: InputMaybe<ContainerStateRunningInput>;
  terminated?: InputMaybe<ContainerStateTerminatedInput>;
  waiting?: InputMaybe<ContainerStateWaitingInput>;
};

export type ContainerStateRunning = {
  __typename?: 'ContainerStateRunning';
  startedAt?: Maybe<Scalars['String']['output']>;
};

export type ContainerStateRunningInput = {
  startedAt?: InputMaybe<Scalars['String']['input']>;
};

export type ContainerStateTerminated = {
  __typename?: 'ContainerStateTerminated';
  containerID?: Maybe<Scalars['String']['output']>;
  exitCode: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  signal?: Maybe<Scalars['Int']['output']>;
  startedAt?: Maybe<Scalars['String']['output']>;
};

export type ContainerStateTerminatedInput = {
  containerID?: InputMaybe<Scalars['String']['input']>;
  exitCode: Scalars['Int']['input'];
  finishedAt?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  signal?: InputMaybe<Scalars['Int']['input']>;
  startedAt?: InputMaybe<Scalars['String']['input']>;
};

export type ContainerStateWaiting = {
  __typename?: 'ContainerStateWaiting';
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type ContainerStateWaitingInput = {
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ContainerStatus = {
  __typename?: 'ContainerStatus';
  containerID?: Maybe<Scalars['String']['output']>;
  image?: Maybe<Scalars['String']['output']>;
  imageID?: Maybe<Scalars['String']['output']>;
  lastState?: Maybe<ContainerState>;
  name: Scalars['String']['output'];
  ready: Scalars['Boolean']['output'];
  restartCount: Scalars['Int']['output'];
  started?: Maybe<Scalars['Boolean']['output']>;
  state?: Maybe<ContainerState>;
};

export type ContainerStatusInput = {
  containerID?: InputMaybe<Scalars['String']['input']>;
  image?: InputMaybe<Scalars['String']['input']>;
  imageID?: InputMaybe<Scalars['String']['input']>;
  lastState?: InputMaybe<ContainerStateInput>;
  name: Scalars['String']['input'];
  ready: Scalars['Boolean']['input'];
  restartCount: Scalars['Int']['input'];
  started?: InputMaybe<Scalars['Boolean']['input']>;
  state?: InputMaybe<ContainerStateInput>;
};

/** One container's usage in a reportUsage call: CPU over the window in nanocores, working set in bytes. */
export type ContainerUsageInput = {
  cpuNanocores: Scalars['Float']['input'];
  memoryBytes: Scalars['Float']['input'];
  name: Scalars['String']['input'];
};

export type CronJob = {
  __typename?: 'CronJob';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<CronJobSpec>;
  status?: Maybe<CronJobStatus>;
};

export type CronJobInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<CronJobSpecInput>;
  status?: InputMaybe<CronJobStatusInput>;
};

export type CronJobList = {
  __typename?: 'CronJobList';
  items: Array<CronJob>;
  metadata: ListMeta;
};

export type CronJobSpec = {
  __typename?: 'CronJobSpec';
  /** Allow (default), Forbid or Replace: what to do when the previous Job still runs. */
  concurrencyPolicy?: Maybe<Scalars['String']['output']>;
  failedJobsHistoryLimit?: Maybe<Scalars['Int']['output']>;
  jobTemplate: JobTemplateSpec;
  /** Five fields (`*\/5 * * * *`) or a descriptor (`@hourly`). */
  schedule: Scalars['String']['output'];
  /** A run missed by more than this many seconds is skipped. */
  startingDeadlineSeconds?: Maybe<Scalars['Int']['output']>;
  successfulJobsHistoryLimit?: Maybe<Scalars['Int']['output']>;
  suspend?: Maybe<Scalars['Boolean']['output']>;
  /** An IANA zone (`Europe/Paris`); unset: the workers' local zone. */
  timeZone?: Maybe<Scalars['String']['output']>;
};

export type CronJobSpecInput = {
  concurrencyPolicy?: InputMaybe<Scalars['String']['input']>;
  failedJobsHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
  jobTemplate: JobTemplateSpecInput;
  schedule: Scalars['String']['input'];
  startingDeadlineSeconds?: InputMaybe<Scalars['Int']['input']>;
  successfulJobsHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
  suspend?: InputMaybe<Scalars['Boolean']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type CronJobStatus = {
  __typename?: 'CronJobStatus';
  /** The Jobs it runs now. */
  active?: Maybe<Array<ObjectReference>>;
  lastScheduleTime?: Maybe<Scalars['String']['output']>;
  lastSuccessfulTime?: Maybe<Scalars['String']['output']>;
};

export type CronJobStatusInput = {
  active?: InputMaybe<Array<ObjectReferenceInput>>;
  lastScheduleTime?: InputMaybe<Scalars['String']['input']>;
  lastSuccessfulTime?: InputMaybe<Scalars['String']['input']>;
};

export type CronJobWatchEvent = {
  __typename?: 'CronJobWatchEvent';
  object?: Maybe<CronJob>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type DaemonEndpoint = {
  __typename?: 'DaemonEndpoint';
  Port: Scalars['Int']['output'];
};

export type DaemonEndpointInput = {
  Port: Scalars['Int']['input'];
};

export type DaemonSet = {
  __typename?: 'DaemonSet';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<DaemonSetSpec>;
  status?: Maybe<DaemonSetStatus>;
};

export type DaemonSetCondition = {
  __typename?: 'DaemonSetCondition';
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  type: Scalars['String']['output'];
};

export type DaemonSetConditionInput = {
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type DaemonSetInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<DaemonSetSpecInput>;
  status?: InputMaybe<DaemonSetStatusInput>;
};

export type DaemonSetList = {
  __typename?: 'DaemonSetList';
  items: Array<DaemonSet>;
  metadata: ListMeta;
};

export type DaemonSetSpec = {
  __typename?: 'DaemonSetSpec';
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  revisionHistoryLimit?: Maybe<Scalars['Int']['output']>;
  selector: LabelSelector;
  template: PodTemplateSpec;
  updateStrategy?: Maybe<DaemonSetUpdateStrategy>;
};

export type DaemonSetSpecInput = {
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  revisionHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
  selector: LabelSelectorInput;
  template: PodTemplateSpecInput;
  updateStrategy?: InputMaybe<DaemonSetUpdateStrategyInput>;
};

export type DaemonSetStatus = {
  __typename?: 'DaemonSetStatus';
  collisionCount?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<DaemonSetCondition>>;
  /** Nodes that run at least one daemon pod and should. */
  currentNumberScheduled: Scalars['Int']['output'];
  /** Nodes that should run the daemon pod. */
  desiredNumberScheduled: Scalars['Int']['output'];
  numberAvailable?: Maybe<Scalars['Int']['output']>;
  /** Nodes that run a daemon pod but should not. */
  numberMisscheduled: Scalars['Int']['output'];
  /** Nodes whose daemon pod is ready. */
  numberReady: Scalars['Int']['output'];
  numberUnavailable?: Maybe<Scalars['Int']['output']>;
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  /** Nodes whose daemon pod runs the current template. */
  updatedNumberScheduled?: Maybe<Scalars['Int']['output']>;
};

export type DaemonSetStatusInput = {
  collisionCount?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<DaemonSetConditionInput>>;
  currentNumberScheduled: Scalars['Int']['input'];
  desiredNumberScheduled: Scalars['Int']['input'];
  numberAvailable?: InputMaybe<Scalars['Int']['input']>;
  numberMisscheduled: Scalars['Int']['input'];
  numberReady: Scalars['Int']['input'];
  numberUnavailable?: InputMaybe<Scalars['Int']['input']>;
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  updatedNumberScheduled?: InputMaybe<Scalars['Int']['input']>;
};

export type DaemonSetUpdateStrategy = {
  __typename?: 'DaemonSetUpdateStrategy';
  rollingUpdate?: Maybe<RollingUpdateDaemonSet>;
  type?: Maybe<DaemonSetUpdateStrategyType>;
};

export type DaemonSetUpdateStrategyInput = {
  rollingUpdate?: InputMaybe<RollingUpdateDaemonSetInput>;
  type?: InputMaybe<DaemonSetUpdateStrategyType>;
};

export type DaemonSetUpdateStrategyType =
  | 'OnDelete'
  | 'RollingUpdate';

export type DaemonSetWatchEvent = {
  __typename?: 'DaemonSetWatchEvent';
  object?: Maybe<DaemonSet>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type Deployment = {
  __typename?: 'Deployment';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<DeploymentSpec>;
  status?: Maybe<DeploymentStatus>;
};

export type DeploymentCondition = {
  __typename?: 'DeploymentCondition';
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  lastUpdateTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  /** Available, Progressing, ReplicaFailure. */
  type: Scalars['String']['output'];
};

export type DeploymentConditionInput = {
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  lastUpdateTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type DeploymentInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<DeploymentSpecInput>;
  status?: InputMaybe<DeploymentStatusInput>;
};

export type DeploymentList = {
  __typename?: 'DeploymentList';
  items: Array<Deployment>;
  metadata: ListMeta;
};

export type DeploymentSpec = {
  __typename?: 'DeploymentSpec';
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  paused?: Maybe<Scalars['Boolean']['output']>;
  progressDeadlineSeconds?: Maybe<Scalars['Int']['output']>;
  replicas?: Maybe<Scalars['Int']['output']>;
  revisionHistoryLimit?: Maybe<Scalars['Int']['output']>;
  selector: LabelSelector;
  strategy?: Maybe<DeploymentStrategy>;
  template: PodTemplateSpec;
};

export type DeploymentSpecInput = {
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  paused?: InputMaybe<Scalars['Boolean']['input']>;
  progressDeadlineSeconds?: InputMaybe<Scalars['Int']['input']>;
  replicas?: InputMaybe<Scalars['Int']['input']>;
  revisionHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
  selector: LabelSelectorInput;
  strategy?: InputMaybe<DeploymentStrategyInput>;
  template: PodTemplateSpecInput;
};

export type DeploymentStatus = {
  __typename?: 'DeploymentStatus';
  availableReplicas?: Maybe<Scalars['Int']['output']>;
  collisionCount?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<DeploymentCondition>>;
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  replicas?: Maybe<Scalars['Int']['output']>;
  unavailableReplicas?: Maybe<Scalars['Int']['output']>;
  updatedReplicas?: Maybe<Scalars['Int']['output']>;
};

export type DeploymentStatusInput = {
  availableReplicas?: InputMaybe<Scalars['Int']['input']>;
  collisionCount?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<DeploymentConditionInput>>;
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  readyReplicas?: InputMaybe<Scalars['Int']['input']>;
  replicas?: InputMaybe<Scalars['Int']['input']>;
  unavailableReplicas?: InputMaybe<Scalars['Int']['input']>;
  updatedReplicas?: InputMaybe<Scalars['Int']['input']>;
};

export type DeploymentStrategy = {
  __typename?: 'DeploymentStrategy';
  rollingUpdate?: Maybe<RollingUpdateDeployment>;
  type?: Maybe<DeploymentStrategyType>;
};

export type DeploymentStrategyInput = {
  rollingUpdate?: InputMaybe<RollingUpdateDeploymentInput>;
  type?: InputMaybe<DeploymentStrategyType>;
};

export type DeploymentStrategyType =
  | 'Recreate'
  | 'RollingUpdate';

export type DeploymentWatchEvent = {
  __typename?: 'DeploymentWatchEvent';
  object?: Maybe<Deployment>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type DownwardApiProjection = {
  __typename?: 'DownwardAPIProjection';
  items?: Maybe<Array<DownwardApiVolumeFile>>;
};

export type DownwardApiProjectionInput = {
  items?: InputMaybe<Array<DownwardApiVolumeFileInput>>;
};

export type DownwardApiVolumeFile = {
  __typename?: 'DownwardAPIVolumeFile';
  fieldRef?: Maybe<ObjectFieldSelector>;
  mode?: Maybe<Scalars['Int']['output']>;
  path: Scalars['String']['output'];
  resourceFieldRef?: Maybe<ResourceFieldSelector>;
};

export type DownwardApiVolumeFileInput = {
  fieldRef?: InputMaybe<ObjectFieldSelectorInput>;
  mode?: InputMaybe<Scalars['Int']['input']>;
  path: Scalars['String']['input'];
  resourceFieldRef?: InputMaybe<ResourceFieldSelectorInput>;
};

export type DownwardApiVolumeSource = {
  __typename?: 'DownwardAPIVolumeSource';
  defaultMode?: Maybe<Scalars['Int']['output']>;
  items?: Maybe<Array<DownwardApiVolumeFile>>;
};

export type DownwardApiVolumeSourceInput = {
  defaultMode?: InputMaybe<Scalars['Int']['input']>;
  items?: InputMaybe<Array<DownwardApiVolumeFileInput>>;
};

export type EmptyDirVolumeSource = {
  __typename?: 'EmptyDirVolumeSource';
  medium?: Maybe<Scalars['String']['output']>;
  sizeLimit?: Maybe<Scalars['String']['output']>;
};

export type EmptyDirVolumeSourceInput = {
  medium?: InputMaybe<Scalars['String']['input']>;
  sizeLimit?: InputMaybe<Scalars['String']['input']>;
};

export type EndpointAddress = {
  __typename?: 'EndpointAddress';
  hostname?: Maybe<Scalars['String']['output']>;
  ip: Scalars['String']['output'];
  nodeName?: Maybe<Scalars['String']['output']>;
  targetRef?: Maybe<ObjectReference>;
};

export type EndpointAddressInput = {
  hostname?: InputMaybe<Scalars['String']['input']>;
  ip: Scalars['String']['input'];
  nodeName?: InputMaybe<Scalars['String']['input']>;
  targetRef?: InputMaybe<ObjectReferenceInput>;
};

export type EndpointPort = {
  __typename?: 'EndpointPort';
  name?: Maybe<Scalars['String']['output']>;
  port: Scalars['Int']['output'];
  protocol?: Maybe<Protocol>;
};

export type EndpointPortInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  port: Scalars['Int']['input'];
  protocol?: InputMaybe<Protocol>;
};

export type EndpointSubset = {
  __typename?: 'EndpointSubset';
  addresses?: Maybe<Array<EndpointAddress>>;
  notReadyAddresses?: Maybe<Array<EndpointAddress>>;
  ports?: Maybe<Array<EndpointPort>>;
};

export type EndpointSubsetInput = {
  addresses?: InputMaybe<Array<EndpointAddressInput>>;
  notReadyAddresses?: InputMaybe<Array<EndpointAddressInput>>;
  ports?: InputMaybe<Array<EndpointPortInput>>;
};

/** The addresses behind a Service, kept by the endpoints controller. Named like its Service. */
export type Endpoints = {
  __typename?: 'Endpoints';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  subsets?: Maybe<Array<EndpointSubset>>;
};

export type EndpointsInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  subsets?: InputMaybe<Array<EndpointSubsetInput>>;
};

export type EndpointsList = {
  __typename?: 'EndpointsList';
  items: Array<Endpoints>;
  metadata: ListMeta;
};

export type EndpointsWatchEvent = {
  __typename?: 'EndpointsWatchEvent';
  object?: Maybe<Endpoints>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type EnvFromSource = {
  __typename?: 'EnvFromSource';
  configMapRef?: Maybe<ConfigMapEnvSource>;
  prefix?: Maybe<Scalars['String']['output']>;
  secretRef?: Maybe<SecretEnvSource>;
};

export type EnvFromSourceInput = {
  configMapRef?: InputMaybe<ConfigMapEnvSourceInput>;
  prefix?: InputMaybe<Scalars['String']['input']>;
  secretRef?: InputMaybe<SecretEnvSourceInput>;
};

export type EnvVar = {
  __typename?: 'EnvVar';
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
  valueFrom?: Maybe<EnvVarSource>;
};

export type EnvVarInput = {
  name: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
  valueFrom?: InputMaybe<EnvVarSourceInput>;
};

export type EnvVarSource = {
  __typename?: 'EnvVarSource';
  configMapKeyRef?: Maybe<ConfigMapKeySelector>;
  fieldRef?: Maybe<ObjectFieldSelector>;
  resourceFieldRef?: Maybe<ResourceFieldSelector>;
  secretKeyRef?: Maybe<SecretKeySelector>;
};

export type EnvVarSourceInput = {
  configMapKeyRef?: InputMaybe<ConfigMapKeySelectorInput>;
  fieldRef?: InputMaybe<ObjectFieldSelectorInput>;
  resourceFieldRef?: InputMaybe<ResourceFieldSelectorInput>;
  secretKeyRef?: InputMaybe<SecretKeySelectorInput>;
};

/** Something that happened to an object (scheduled, pulled, started, killed, …). */
export type Event = {
  __typename?: 'Event';
  action?: Maybe<Scalars['String']['output']>;
  apiVersion: Scalars['String']['output'];
  count?: Maybe<Scalars['Int']['output']>;
  eventTime?: Maybe<Scalars['String']['output']>;
  firstTimestamp?: Maybe<Scalars['String']['output']>;
  involvedObject: ObjectReference;
  kind: Scalars['String']['output'];
  lastTimestamp?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  metadata: ObjectMeta;
  reason?: Maybe<Scalars['String']['output']>;
  related?: Maybe<ObjectReference>;
  reportingComponent?: Maybe<Scalars['String']['output']>;
  reportingInstance?: Maybe<Scalars['String']['output']>;
  source?: Maybe<EventSource>;
  /** Normal or Warning. */
  type?: Maybe<Scalars['String']['output']>;
};

export type EventInput = {
  action?: InputMaybe<Scalars['String']['input']>;
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  count?: InputMaybe<Scalars['Int']['input']>;
  eventTime?: InputMaybe<Scalars['String']['input']>;
  firstTimestamp?: InputMaybe<Scalars['String']['input']>;
  involvedObject: ObjectReferenceInput;
  kind?: InputMaybe<Scalars['String']['input']>;
  lastTimestamp?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  reason?: InputMaybe<Scalars['String']['input']>;
  related?: InputMaybe<ObjectReferenceInput>;
  reportingComponent?: InputMaybe<Scalars['String']['input']>;
  reportingInstance?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<EventSourceInput>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type EventList = {
  __typename?: 'EventList';
  items: Array<Event>;
  metadata: ListMeta;
};

export type EventSource = {
  __typename?: 'EventSource';
  component?: Maybe<Scalars['String']['output']>;
  host?: Maybe<Scalars['String']['output']>;
};

export type EventSourceInput = {
  component?: InputMaybe<Scalars['String']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
};

export type EventWatchEvent = {
  __typename?: 'EventWatchEvent';
  object?: Maybe<Event>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type ExecAction = {
  __typename?: 'ExecAction';
  command?: Maybe<Array<Scalars['String']['output']>>;
};

export type ExecActionInput = {
  command?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type HttpGetAction = {
  __typename?: 'HTTPGetAction';
  host?: Maybe<Scalars['String']['output']>;
  httpHeaders?: Maybe<Array<HttpHeader>>;
  path?: Maybe<Scalars['String']['output']>;
  port: Scalars['IntOrString']['output'];
  scheme?: Maybe<UriScheme>;
};

export type HttpGetActionInput = {
  host?: InputMaybe<Scalars['String']['input']>;
  httpHeaders?: InputMaybe<Array<HttpHeaderInput>>;
  path?: InputMaybe<Scalars['String']['input']>;
  port: Scalars['IntOrString']['input'];
  scheme?: InputMaybe<UriScheme>;
};

export type HttpHeader = {
  __typename?: 'HTTPHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type HttpHeaderInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** One write of one object, from the event log (entries older than its compaction are gone). */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** The whole object as that write left it. */
  object: Scalars['JSON']['output'];
  revision: Scalars['String']['output'];
  timestamp: Scalars['String']['output'];
  type: WatchEventType;
};

/** An IP and the names it has in the pod's /etc/hosts. */
export type HostAlias = {
  __typename?: 'HostAlias';
  hostnames?: Maybe<Array<Scalars['String']['output']>>;
  ip: Scalars['String']['output'];
};

export type HostAliasInput = {
  hostnames?: InputMaybe<Array<Scalars['String']['input']>>;
  ip: Scalars['String']['input'];
};

export type HostPathVolumeSource = {
  __typename?: 'HostPathVolumeSource';
  path: Scalars['String']['output'];
  type?: Maybe<Scalars['String']['output']>;
};

export type HostPathVolumeSourceInput = {
  path: Scalars['String']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
};

export type Job = {
  __typename?: 'Job';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<JobSpec>;
  status?: Maybe<JobStatus>;
};

export type JobCondition = {
  __typename?: 'JobCondition';
  lastProbeTime?: Maybe<Scalars['String']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  type: Scalars['String']['output'];
};

export type JobConditionInput = {
  lastProbeTime?: InputMaybe<Scalars['String']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type JobInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<JobSpecInput>;
  status?: InputMaybe<JobStatusInput>;
};

export type JobList = {
  __typename?: 'JobList';
  items: Array<Job>;
  metadata: ListMeta;
};

export type JobSpec = {
  __typename?: 'JobSpec';
  /** Seconds from the Job's start after which it fails (DeadlineExceeded). */
  activeDeadlineSeconds?: Maybe<Scalars['Int']['output']>;
  /** Failed pods tolerated before the Job fails (BackoffLimitExceeded; default 6). */
  backoffLimit?: Maybe<Scalars['Int']['output']>;
  /** NonIndexed (default) or Indexed: pods get an index in JOB_COMPLETION_INDEX. */
  completionMode?: Maybe<Scalars['String']['output']>;
  /** Successful pods needed; unset with parallelism set means a work queue: done when one succeeds. */
  completions?: Maybe<Scalars['Int']['output']>;
  manualSelector?: Maybe<Scalars['Boolean']['output']>;
  /** Pods running at once at most (default 1). */
  parallelism?: Maybe<Scalars['Int']['output']>;
  /** TerminatingOrFailed (default) or Failed: when a replacement pod is created. */
  podReplacementPolicy?: Maybe<Scalars['String']['output']>;
  /** Generated (batch.kubernetes.io/controller-uid) unless manualSelector. */
  selector?: Maybe<LabelSelector>;
  suspend?: Maybe<Scalars['Boolean']['output']>;
  template: PodTemplateSpec;
  /** Seconds after the Job finished after which it is deleted (with its pods). */
  ttlSecondsAfterFinished?: Maybe<Scalars['Int']['output']>;
};

export type JobSpecInput = {
  activeDeadlineSeconds?: InputMaybe<Scalars['Int']['input']>;
  backoffLimit?: InputMaybe<Scalars['Int']['input']>;
  completionMode?: InputMaybe<Scalars['String']['input']>;
  completions?: InputMaybe<Scalars['Int']['input']>;
  manualSelector?: InputMaybe<Scalars['Boolean']['input']>;
  parallelism?: InputMaybe<Scalars['Int']['input']>;
  podReplacementPolicy?: InputMaybe<Scalars['String']['input']>;
  selector?: InputMaybe<LabelSelectorInput>;
  suspend?: InputMaybe<Scalars['Boolean']['input']>;
  template: PodTemplateSpecInput;
  ttlSecondsAfterFinished?: InputMaybe<Scalars['Int']['input']>;
};

export type JobStatus = {
  __typename?: 'JobStatus';
  active?: Maybe<Scalars['Int']['output']>;
  /** Indexed Jobs: the indexes that succeeded, as ranges (`1,3-5`). */
  completedIndexes?: Maybe<Scalars['String']['output']>;
  completionTime?: Maybe<Scalars['String']['output']>;
  /** Complete, Failed, SuccessCriteriaMet, FailureTarget, Suspended. */
  conditions?: Maybe<Array<JobCondition>>;
  failed?: Maybe<Scalars['Int']['output']>;
  ready?: Maybe<Scalars['Int']['output']>;
  startTime?: Maybe<Scalars['String']['output']>;
  succeeded?: Maybe<Scalars['Int']['output']>;
  terminating?: Maybe<Scalars['Int']['output']>;
};

export type JobStatusInput = {
  active?: InputMaybe<Scalars['Int']['input']>;
  completedIndexes?: InputMaybe<Scalars['String']['input']>;
  completionTime?: InputMaybe<Scalars['String']['input']>;
  conditions?: InputMaybe<Array<JobConditionInput>>;
  failed?: InputMaybe<Scalars['Int']['input']>;
  ready?: InputMaybe<Scalars['Int']['input']>;
  startTime?: InputMaybe<Scalars['String']['input']>;
  succeeded?: InputMaybe<Scalars['Int']['input']>;
  terminating?: InputMaybe<Scalars['Int']['input']>;
};

export type JobTemplateSpec = {
  __typename?: 'JobTemplateSpec';
  metadata?: Maybe<ObjectMeta>;
  spec?: Maybe<JobSpec>;
};

export type JobTemplateSpecInput = {
  metadata?: InputMaybe<ObjectMetaInput>;
  spec?: InputMaybe<JobSpecInput>;
};

export type JobWatchEvent = {
  __typename?: 'JobWatchEvent';
  object?: Maybe<Job>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type KeyToPath = {
  __typename?: 'KeyToPath';
  key: Scalars['String']['output'];
  mode?: Maybe<Scalars['Int']['output']>;
  path: Scalars['String']['output'];
};

export type KeyToPathInput = {
  key: Scalars['String']['input'];
  mode?: InputMaybe<Scalars['Int']['input']>;
  path: Scalars['String']['input'];
};

/** Selects objects by labels: every matchLabels pair and every expression must match. */
export type LabelSelector = {
  __typename?: 'LabelSelector';
  matchExpressions?: Maybe<Array<LabelSelectorRequirement>>;
  matchLabels?: Maybe<Scalars['JSON']['output']>;
};

export type LabelSelectorInput = {
  matchExpressions?: InputMaybe<Array<LabelSelectorRequirementInput>>;
  matchLabels?: InputMaybe<Scalars['JSON']['input']>;
};

export type LabelSelectorOperator =
  | 'DoesNotExist'
  | 'Exists'
  | 'In'
  | 'NotIn';

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

/** Node heartbeats (namespace kube-node-lease, one per node) and leader election. */
export type Lease = {
  __typename?: 'Lease';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<LeaseSpec>;
};

export type LeaseInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<LeaseSpecInput>;
};

export type LeaseList = {
  __typename?: 'LeaseList';
  items: Array<Lease>;
  metadata: ListMeta;
};

export type LeaseSpec = {
  __typename?: 'LeaseSpec';
  acquireTime?: Maybe<Scalars['String']['output']>;
  holderIdentity?: Maybe<Scalars['String']['output']>;
  leaseDurationSeconds?: Maybe<Scalars['Int']['output']>;
  leaseTransitions?: Maybe<Scalars['Int']['output']>;
  renewTime?: Maybe<Scalars['String']['output']>;
};

export type LeaseSpecInput = {
  acquireTime?: InputMaybe<Scalars['String']['input']>;
  holderIdentity?: InputMaybe<Scalars['String']['input']>;
  leaseDurationSeconds?: InputMaybe<Scalars['Int']['input']>;
  leaseTransitions?: InputMaybe<Scalars['Int']['input']>;
  renewTime?: InputMaybe<Scalars['String']['input']>;
};

export type LeaseWatchEvent = {
  __typename?: 'LeaseWatchEvent';
  object?: Maybe<Lease>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

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

export type LifecycleHandlerInput = {
  exec?: InputMaybe<ExecActionInput>;
  httpGet?: InputMaybe<HttpGetActionInput>;
  sleep?: InputMaybe<SleepActionInput>;
};

export type LifecycleInput = {
  postStart?: InputMaybe<LifecycleHandlerInput>;
  preStop?: InputMaybe<LifecycleHandlerInput>;
};

/** Per-namespace bounds and defaults for containers, pods and claims (v1 LimitRange). */
export type LimitRange = {
  __typename?: 'LimitRange';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<LimitRangeSpec>;
};

export type LimitRangeInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<LimitRangeSpecInput>;
};

export type LimitRangeItem = {
  __typename?: 'LimitRangeItem';
  /** Limits a container gets when it sets none. */
  default?: Maybe<Scalars['JSON']['output']>;
  /** Requests a container gets when it sets neither a request nor a limit. */
  defaultRequest?: Maybe<Scalars['JSON']['output']>;
  max?: Maybe<Scalars['JSON']['output']>;
  maxLimitRequestRatio?: Maybe<Scalars['JSON']['output']>;
  min?: Maybe<Scalars['JSON']['output']>;
  /** Container, Pod or PersistentVolumeClaim */
  type: Scalars['String']['output'];
};

export type LimitRangeItemInput = {
  default?: InputMaybe<Scalars['JSON']['input']>;
  defaultRequest?: InputMaybe<Scalars['JSON']['input']>;
  max?: InputMaybe<Scalars['JSON']['input']>;
  maxLimitRequestRatio?: InputMaybe<Scalars['JSON']['input']>;
  min?: InputMaybe<Scalars['JSON']['input']>;
  type: Scalars['String']['input'];
};

export type LimitRangeList = {
  __typename?: 'LimitRangeList';
  items: Array<LimitRange>;
  metadata: ListMeta;
};

export type LimitRangeSpec = {
  __typename?: 'LimitRangeSpec';
  limits: Array<LimitRangeItem>;
};

export type LimitRangeSpecInput = {
  limits: Array<LimitRangeItemInput>;
};

export type LimitRangeWatchEvent = {
  __typename?: 'LimitRangeWatchEvent';
  object?: Maybe<LimitRange>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type ListMeta = {
  __typename?: 'ListMeta';
  /** Pass to the next call to get the next page; absent on the last page. */
  continue?: Maybe<Scalars['String']['output']>;
  /** The revision the list is consistent with: watch from here to see every later change. */
  resourceVersion: Scalars['String']['output'];
};

export type LoadBalancerIngress = {
  __typename?: 'LoadBalancerIngress';
  hostname?: Maybe<Scalars['String']['output']>;
  ip?: Maybe<Scalars['String']['output']>;
};

export type LoadBalancerIngressInput = {
  hostname?: InputMaybe<Scalars['String']['input']>;
  ip?: InputMaybe<Scalars['String']['input']>;
};

export type LoadBalancerStatus = {
  __typename?: 'LoadBalancerStatus';
  ingress?: Maybe<Array<LoadBalancerIngress>>;
};

export type LoadBalancerStatusInput = {
  ingress?: InputMaybe<Array<LoadBalancerIngressInput>>;
};

/** A reference to an object in the same namespace by name. */
export type LocalObjectReference = {
  __typename?: 'LocalObjectReference';
  name?: Maybe<Scalars['String']['output']>;
};

export type LocalObjectReferenceInput = {
  name?: InputMaybe<Scalars['String']['input']>;
};

export type LocalVolumeSource = {
  __typename?: 'LocalVolumeSource';
  fsType?: Maybe<Scalars['String']['output']>;
  path: Scalars['String']['output'];
};

export type LocalVolumeSourceInput = {
  fsType?: InputMaybe<Scalars['String']['input']>;
  path: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Creates or updates every object of a multi-document Kubernetes YAML. Every document is
   * validated before anything is written: one invalid document fails the whole call. `namespace`
   * is used for documents that name none. An update keeps what the server and controllers set
   * (status, allocated fields) and removes what an earlier apply set and this one no longer does.
   * With `dryRun`, reports what would happen and writes nothing.
   */
  apply: Array<ApplyResult>;
  /**
   * Admins only: a new bootstrap token for `capstan agent --token`. It may call joinNode and nothing
   * else. `ttlSeconds` defaults to 86400 (24 h); 0 makes a token that never expires.
   */
  createBootstrapToken: BootstrapToken;
  createClusterRole: ClusterRole;
  createClusterRoleBinding: ClusterRoleBinding;
  createConfigMap: ConfigMap;
  createCronJob: CronJob;
  createDaemonSet: DaemonSet;
  createDeployment: Deployment;
  createEndpoints: Endpoints;
  createEvent: Event;
  createJob: Job;
  createLease: Lease;
  createLimitRange: LimitRange;
  createNamespace: Namespace;
  createNode: Node;
  createPersistentVolume: PersistentVolume;
  createPersistentVolumeClaim: PersistentVolumeClaim;
  createPod: Pod;
  createPriorityClass: PriorityClass;
  createReplicaSet: ReplicaSet;
  createReplicationController: ReplicationController;
  createResourceQuota: ResourceQuota;
  createRole: Role;
  createRoleBinding: RoleBinding;
  createSecret: Secret;
  createService: Service;
  createServiceAccount: ServiceAccount;
  /**
   * TokenRequest (kubectl create token): a bound token of ServiceAccount `name`, for `audiences`
   * (default: the API server's), living `expirationSeconds` (default 3600, at least 600, at most the
   * server's maximum), optionally bound to a Pod of that account, a Secret or a Node. Needs create on
   * serviceaccounts/token; a node may ask only for tokens bound to a pod running on it.
   */
  createServiceAccountToken: ServiceAccountToken;
  createStatefulSet: StatefulSet;
  createStorageClass: StorageClass;
  /**
   * Admins only (group system:masters): a bearer token for user `user` in `groups` (and
   * system:authenticated), for `expirationSeconds` (default: never expires). The user may do what
   * RoleBindings and ClusterRoleBindings grant that user or those groups.
   */
  createUserToken: UserToken;
  deleteClusterRole?: Maybe<ClusterRole>;
  deleteClusterRoleBinding?: Maybe<ClusterRoleBinding>;
  deleteConfigMap?: Maybe<ConfigMap>;
  deleteCronJob?: Maybe<CronJob>;
  deleteDaemonSet?: Maybe<DaemonSet>;
  deleteDeployment?: Maybe<Deployment>;
  deleteEndpoints?: Maybe<Endpoints>;
  deleteEvent?: Maybe<Event>;
  deleteJob?: Maybe<Job>;
  deleteLease?: Maybe<Lease>;
  deleteLimitRange?: Maybe<LimitRange>;
  deleteNamespace?: Maybe<Namespace>;
  deleteNode?: Maybe<Node>;
  deletePersistentVolume?: Maybe<PersistentVolume>;
  deletePersistentVolumeClaim?: Maybe<PersistentVolumeClaim>;
  deletePod?: Maybe<Pod>;
  deletePriorityClass?: Maybe<PriorityClass>;
  deleteReplicaSet?: Maybe<ReplicaSet>;
  deleteReplicationController?: Maybe<ReplicationController>;
  deleteResourceQuota?: Maybe<ResourceQuota>;
  deleteRole?: Maybe<Role>;
  deleteRoleBinding?: Maybe<RoleBinding>;
  deleteSecret?: Maybe<Secret>;
  deleteService?: Maybe<Service>;
  deleteServiceAccount?: Maybe<ServiceAccount>;
  deleteStatefulSet?: Maybe<StatefulSet>;
  deleteStorageClass?: Maybe<StorageClass>;
  /**
   * Bootstrap tokens (and admins) only: issues the credential of node `nodeName` (a DNS-1123
   * subdomain), identity `system:node:<nodeName>`, and revokes any credential issued to that node
   * name before. The agent then registers its Node with the new token. CONFLICT while a live node
   * holds the name (its Lease is within its duration, or its credential authenticated a request in
   * the last 90 s), so a bootstrap token cannot take over a running node; `allowRejoin: true`
   * (admins only; FORBIDDEN for bootstrap tokens) replaces the credential all the same.
   */
  joinNode: NodeCredential;
  patchClusterRole: ClusterRole;
  patchClusterRoleBinding: ClusterRoleBinding;
  patchConfigMap: ConfigMap;
  patchCronJob: CronJob;
  patchDaemonSet: DaemonSet;
  patchDeployment: Deployment;
  patchEndpoints: Endpoints;
  patchEvent: Event;
  patchJob: Job;
  patchLease: Lease;
  patchLimitRange: LimitRange;
  patchNamespace: Namespace;
  patchNode: Node;
  patchPersistentVolume: PersistentVolume;
  patchPersistentVolumeClaim: PersistentVolumeClaim;
  patchPod: Pod;
  patchPriorityClass: PriorityClass;
  patchReplicaSet: ReplicaSet;
  patchReplicationController: ReplicationController;
  patchResourceQuota: ResourceQuota;
  patchRole: Role;
  patchRoleBinding: RoleBinding;
  patchSecret: Secret;
  patchService: Service;
  patchServiceAccount: ServiceAccount;
  patchStatefulSet: StatefulSet;
  patchStorageClass: StorageClass;
  replaceClusterRole: ClusterRole;
  replaceClusterRoleBinding: ClusterRoleBinding;
  replaceConfigMap: ConfigMap;
  replaceCronJob: CronJob;
  replaceDaemonSet: DaemonSet;
  replaceDeployment: Deployment;
  replaceEndpoints: Endpoints;
  replaceEvent: Event;
  replaceJob: Job;
  replaceLease: Lease;
  replaceLimitRange: LimitRange;
  replaceNamespace: Namespace;
  replaceNode: Node;
  replacePersistentVolume: PersistentVolume;
  replacePersistentVolumeClaim: PersistentVolumeClaim;
  replacePod: Pod;
  replacePriorityClass: PriorityClass;
  replaceReplicaSet: ReplicaSet;
  replaceReplicationController: ReplicationController;
  replaceResourceQuota: ResourceQuota;
  replaceRole: Role;
  replaceRoleBinding: RoleBinding;
  replaceSecret: Secret;
  replaceService: Service;
  replaceServiceAccount: ServiceAccount;
  replaceStatefulSet: StatefulSet;
  replaceStorageClass: StorageClass;
  /**
   * Node agents only: the usage the node measured over its last window, replacing its previous
   * report (pods left out of it are no longer served). A node may report only itself, and only
   * pods bound to it (others in the report are ignored). Returns true.
   */
  reportUsage: Scalars['Boolean']['output'];
  /**
   * Admins only: revokes the bootstrap token `id` (from bootstrapTokens) at once: it joins no more
   * nodes and its open connections are closed. Nodes it joined keep their own credentials.
   * NOT_FOUND when there is no such bootstrap token.
   */
  revokeBootstrapToken: Scalars['Boolean']['output'];
  /** Rolls a Deployment back to the pod template of an earlier revision (default: the previous one), like kubectl rollout undo. */
  rolloutUndo: Deployment;
  /** Sets spec.replicas of a Deployment, ReplicaSet, ReplicationController or StatefulSet. */
  scale: Scale;
  /**
   * Input for an execPod session of the caller's: bytes for the command's stdin (`data`, base64),
   * `eof: true` to close stdin, or a terminal size (`width` columns, `height` rows). Returns false
   * when the session has ended.
   */
  sendPodExecInput: Scalars['Boolean']['output'];
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
  updateCronJobStatus: CronJob;
  updateDaemonSetStatus: DaemonSet;
  updateDeploymentStatus: Deployment;
  updateJobStatus: Job;
  updateNamespaceStatus: Namespace;
  updateNodeStatus: Node;
  updatePersistentVolumeClaimStatus: PersistentVolumeClaim;
  updatePersistentVolumeStatus: PersistentVolume;
  updatePodStatus: Pod;
  updateReplicaSetStatus: ReplicaSet;
  updateReplicationControllerStatus: ReplicationController;
  updateResourceQuotaStatus: ResourceQuota;
  updateServiceStatus: Service;
  updateStatefulSetStatus: StatefulSet;
};


export type MutationApplyArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  manifests: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateBootstrapTokenArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateClusterRoleArgs = {
  clusterRole: ClusterRoleInput;
};


export type MutationCreateClusterRoleBindingArgs = {
  clusterRoleBinding: ClusterRoleBindingInput;
};


export type MutationCreateConfigMapArgs = {
  configMap: ConfigMapInput;
  namespace: Scalars['String']['input'];
};


export type MutationCreateCronJobArgs = {
  cronJob: CronJobInput;
  namespace: Scalars['String']['input'];
};


export type MutationCreateDaemonSetArgs = {
  daemonSet: DaemonSetInput;
  namespace: Scalars['String']['input'];
};


export type MutationCreateDeploymentArgs = {
  deployment: DeploymentInput;
  namespace: Scalars['String']['input'];
};


export type MutationCreateEndpointsArgs = {
  endpoints: EndpointsInput;
  namespace: Scalars['String']['input'];
};


export type MutationCreateEventArgs = {
  event: EventInput;
  namespace: Scalars['String']['input'];
};


export type MutationCreateJobArgs = {
  job: JobInput;
  namespace: Scalars['String']['input'];
};


export type MutationCreateLeaseArgs = {
  lease: LeaseInput;
  namespace: Scalars['String']['input'];
};


export type MutationCreateLimitRangeArgs = {
  limitRange: LimitRangeInput;
  namespace: Scalars['String']['input'];
};


export type MutationCreateNamespaceArgs = {
  namespace: NamespaceInput;
};


export type MutationCreateNodeArgs = {
  node: NodeInput;
};


export type MutationCreatePersistentVolumeArgs = {
  persistentVolume: PersistentVolumeInput;
};


export type MutationCreatePersistentVolumeClaimArgs = {
  namespace: Scalars['String']['input'];
  persistentVolumeClaim: PersistentVolumeClaimInput;
};


export type MutationCreatePodArgs = {
  namespace: Scalars['String']['input'];
  pod: PodInput;
};


export type MutationCreatePriorityClassArgs = {
  priorityClass: PriorityClassInput;
};


export type MutationCreateReplicaSetArgs = {
  namespace: Scalars['String']['input'];
  replicaSet: ReplicaSetInput;
};


export type MutationCreateReplicationControllerArgs = {
  namespace: Scalars['String']['input'];
  replicationController: ReplicationControllerInput;
};


export type MutationCreateResourceQuotaArgs = {
  namespace: Scalars['String']['input'];
  resourceQuota: ResourceQuotaInput;
};


export type MutationCreateRoleArgs = {
  namespace: Scalars['String']['input'];
  role: RoleInput;
};


export type MutationCreateRoleBindingArgs = {
  namespace: Scalars['String']['input'];
  roleBinding: RoleBindingInput;
};


export type MutationCreateSecretArgs = {
  namespace: Scalars['String']['input'];
  secret: SecretInput;
};


export type MutationCreateServiceArgs = {
  namespace: Scalars['String']['input'];
  service: ServiceInput;
};


export type MutationCreateServiceAccountArgs = {
  namespace: Scalars['String']['input'];
  serviceAccount: ServiceAccountInput;
};


export type MutationCreateServiceAccountTokenArgs = {
  audiences?: InputMaybe<Array<Scalars['String']['input']>>;
  boundObjectRef?: InputMaybe<BoundObjectReferenceInput>;
  expirationSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationCreateStatefulSetArgs = {
  namespace: Scalars['String']['input'];
  statefulSet: StatefulSetInput;
};


export type MutationCreateStorageClassArgs = {
  storageClass: StorageClassInput;
};


export type MutationCreateUserTokenArgs = {
  expirationSeconds?: InputMaybe<Scalars['Int']['input']>;
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  user: Scalars['String']['input'];
};


export type MutationDeleteClusterRoleArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteClusterRoleBindingArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteConfigMapArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteCronJobArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteDaemonSetArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteDeploymentArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteEndpointsArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteEventArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteJobArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteLeaseArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteLimitRangeArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteNamespaceArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteNodeArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeletePersistentVolumeArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeletePersistentVolumeClaimArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeletePodArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeletePriorityClassArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteReplicaSetArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteReplicationControllerArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteResourceQuotaArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteRoleArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteRoleBindingArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteSecretArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteServiceArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteServiceAccountArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteStatefulSetArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteStorageClassArgs = {
  gracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  propagationPolicy?: InputMaybe<PropagationPolicy>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationJoinNodeArgs = {
  allowRejoin?: InputMaybe<Scalars['Boolean']['input']>;
  nodeName: Scalars['String']['input'];
};


export type MutationPatchClusterRoleArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchClusterRoleBindingArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchConfigMapArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchCronJobArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchDaemonSetArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchDeploymentArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchEndpointsArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchEventArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchJobArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchLeaseArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchLimitRangeArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchNamespaceArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchNodeArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchPersistentVolumeArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchPersistentVolumeClaimArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchPodArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchPriorityClassArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchReplicaSetArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchReplicationControllerArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchResourceQuotaArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchRoleArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchRoleBindingArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchSecretArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchServiceArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchServiceAccountArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchStatefulSetArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPatchStorageClassArgs = {
  name: Scalars['String']['input'];
  patch: Scalars['JSON']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReplaceClusterRoleArgs = {
  clusterRole: ClusterRoleInput;
  name: Scalars['String']['input'];
};


export type MutationReplaceClusterRoleBindingArgs = {
  clusterRoleBinding: ClusterRoleBindingInput;
  name: Scalars['String']['input'];
};


export type MutationReplaceConfigMapArgs = {
  configMap: ConfigMapInput;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplaceCronJobArgs = {
  cronJob: CronJobInput;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplaceDaemonSetArgs = {
  daemonSet: DaemonSetInput;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplaceDeploymentArgs = {
  deployment: DeploymentInput;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplaceEndpointsArgs = {
  endpoints: EndpointsInput;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplaceEventArgs = {
  event: EventInput;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplaceJobArgs = {
  job: JobInput;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplaceLeaseArgs = {
  lease: LeaseInput;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplaceLimitRangeArgs = {
  limitRange: LimitRangeInput;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplaceNamespaceArgs = {
  name: Scalars['String']['input'];
  namespace: NamespaceInput;
};


export type MutationReplaceNodeArgs = {
  name: Scalars['String']['input'];
  node: NodeInput;
};


export type MutationReplacePersistentVolumeArgs = {
  name: Scalars['String']['input'];
  persistentVolume: PersistentVolumeInput;
};


export type MutationReplacePersistentVolumeClaimArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  persistentVolumeClaim: PersistentVolumeClaimInput;
};


export type MutationReplacePodArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  pod: PodInput;
};


export type MutationReplacePriorityClassArgs = {
  name: Scalars['String']['input'];
  priorityClass: PriorityClassInput;
};


export type MutationReplaceReplicaSetArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  replicaSet: ReplicaSetInput;
};


export type MutationReplaceReplicationControllerArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  replicationController: ReplicationControllerInput;
};


export type MutationReplaceResourceQuotaArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceQuota: ResourceQuotaInput;
};


export type MutationReplaceRoleArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  role: RoleInput;
};


export type MutationReplaceRoleBindingArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  roleBinding: RoleBindingInput;
};


export type MutationReplaceSecretArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  secret: SecretInput;
};


export type MutationReplaceServiceArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  service: ServiceInput;
};


export type MutationReplaceServiceAccountArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  serviceAccount: ServiceAccountInput;
};


export type MutationReplaceStatefulSetArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  statefulSet: StatefulSetInput;
};


export type MutationReplaceStorageClassArgs = {
  name: Scalars['String']['input'];
  storageClass: StorageClassInput;
};


export type MutationReportUsageArgs = {
  report: UsageReportInput;
};


export type MutationRevokeBootstrapTokenArgs = {
  id: Scalars['String']['input'];
};


export type MutationRolloutUndoArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  toRevision?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationScaleArgs = {
  kind: ScalableKind;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  replicas: Scalars['Int']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSendPodExecInputArgs = {
  data?: InputMaybe<Scalars['String']['input']>;
  eof?: InputMaybe<Scalars['Boolean']['input']>;
  height?: InputMaybe<Scalars['Int']['input']>;
  sessionId: Scalars['ID']['input'];
  width?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSendPodLogChunkArgs = {
  data?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  error?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationSendPodStreamChunkArgs = {
  data?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  error?: InputMaybe<Scalars['String']['input']>;
  exitCode?: InputMaybe<Scalars['Int']['input']>;
  requestId: Scalars['ID']['input'];
  stream?: InputMaybe<PodStreamName>;
};


export type MutationUpdateCronJobStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: CronJobStatusInput;
};


export type MutationUpdateDaemonSetStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: DaemonSetStatusInput;
};


export type MutationUpdateDeploymentStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: DeploymentStatusInput;
};


export type MutationUpdateJobStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: JobStatusInput;
};


export type MutationUpdateNamespaceStatusArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: NamespaceStatusInput;
};


export type MutationUpdateNodeStatusArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: NodeStatusInput;
};


export type MutationUpdatePersistentVolumeClaimStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: PersistentVolumeClaimStatusInput;
};


export type MutationUpdatePersistentVolumeStatusArgs = {
  name: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: PersistentVolumeStatusInput;
};


export type MutationUpdatePodStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: PodStatusInput;
};


export type MutationUpdateReplicaSetStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: ReplicaSetStatusInput;
};


export type MutationUpdateReplicationControllerStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: ReplicationControllerStatusInput;
};


export type MutationUpdateResourceQuotaStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: ResourceQuotaStatusInput;
};


export type MutationUpdateServiceStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: ServiceStatusInput;
};


export type MutationUpdateStatefulSetStatusArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  status: StatefulSetStatusInput;
};

export type Namespace = {
  __typename?: 'Namespace';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<NamespaceSpec>;
  status?: Maybe<NamespaceStatus>;
};

export type NamespaceCondition = {
  __typename?: 'NamespaceCondition';
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  type: Scalars['String']['output'];
};

export type NamespaceConditionInput = {
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type NamespaceInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<NamespaceSpecInput>;
  status?: InputMaybe<NamespaceStatusInput>;
};

export type NamespaceList = {
  __typename?: 'NamespaceList';
  items: Array<Namespace>;
  metadata: ListMeta;
};

export type NamespacePhase =
  | 'Active'
  | 'Terminating';

export type NamespaceSpec = {
  __typename?: 'NamespaceSpec';
  finalizers?: Maybe<Array<Scalars['String']['output']>>;
};

export type NamespaceSpecInput = {
  finalizers?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type NamespaceStatus = {
  __typename?: 'NamespaceStatus';
  conditions?: Maybe<Array<NamespaceCondition>>;
  phase?: Maybe<NamespacePhase>;
};

export type NamespaceStatusInput = {
  conditions?: InputMaybe<Array<NamespaceConditionInput>>;
  phase?: InputMaybe<NamespacePhase>;
};

export type NamespaceWatchEvent = {
  __typename?: 'NamespaceWatchEvent';
  object?: Maybe<Namespace>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type Node = {
  __typename?: 'Node';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<NodeSpec>;
  status?: Maybe<NodeStatus>;
};

export type NodeAddress = {
  __typename?: 'NodeAddress';
  address: Scalars['String']['output'];
  /** Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS. */
  type: Scalars['String']['output'];
};

export type NodeAddressInput = {
  address: Scalars['String']['input'];
  type: Scalars['String']['input'];
};

export type NodeAffinity = {
  __typename?: 'NodeAffinity';
  preferredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<PreferredSchedulingTerm>>;
  requiredDuringSchedulingIgnoredDuringExecution?: Maybe<NodeSelector>;
};

export type NodeAffinityInput = {
  preferredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<PreferredSchedulingTermInput>>;
  requiredDuringSchedulingIgnoredDuringExecution?: InputMaybe<NodeSelectorInput>;
};

export type NodeCondition = {
  __typename?: 'NodeCondition';
  lastHeartbeatTime?: Maybe<Scalars['String']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  /** Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable, … */
  type: Scalars['String']['output'];
};

export type NodeConditionInput = {
  lastHeartbeatTime?: InputMaybe<Scalars['String']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

/** A node's own credential, issued by joinNode. Its identity is `system:node:<nodeName>`. */
export type NodeCredential = {
  __typename?: 'NodeCredential';
  nodeName: Scalars['String']['output'];
  token: Scalars['String']['output'];
};

export type NodeDaemonEndpoints = {
  __typename?: 'NodeDaemonEndpoints';
  kubeletEndpoint?: Maybe<DaemonEndpoint>;
};

export type NodeDaemonEndpointsInput = {
  kubeletEndpoint?: InputMaybe<DaemonEndpointInput>;
};

export type NodeInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<NodeSpecInput>;
  status?: InputMaybe<NodeStatusInput>;
};

export type NodeList = {
  __typename?: 'NodeList';
  items: Array<Node>;
  metadata: ListMeta;
};

/** The measured usage of one node (metrics.k8s.io NodeMetrics): the whole machine, pods and all. */
export type NodeMetrics = {
  __typename?: 'NodeMetrics';
  metadata: ObjectMeta;
  timestamp: Scalars['String']['output'];
  /** `{ cpu, memory }` */
  usage: Scalars['JSON']['output'];
  window: Scalars['String']['output'];
};

export type NodeSchedulingResult = {
  __typename?: 'NodeSchedulingResult';
  /** The filter plugin that rejected the node. */
  failedPlugin?: Maybe<Scalars['String']['output']>;
  feasible: Scalars['Boolean']['output'];
  node: Scalars['String']['output'];
  reasons: Array<Scalars['String']['output']>;
  /** Score per score plugin (0-100, before weights), for feasible nodes. */
  scores?: Maybe<Scalars['JSON']['output']>;
  totalScore?: Maybe<Scalars['Float']['output']>;
};

/** Terms are ORed; the requirements inside one term are ANDed. */
export type NodeSelector = {
  __typename?: 'NodeSelector';
  nodeSelectorTerms: Array<NodeSelectorTerm>;
};

export type NodeSelectorInput = {
  nodeSelectorTerms: Array<NodeSelectorTermInput>;
};

export type NodeSelectorOperator =
  | 'DoesNotExist'
  | 'Exists'
  | 'Gt'
  | 'In'
  | 'Lt'
  | 'NotIn';

export type NodeSelectorRequirement = {
  __typename?: 'NodeSelectorRequirement';
  key: Scalars['String']['output'];
  operator: NodeSelectorOperator;
  values?: Maybe<Array<Scalars['String']['output']>>;
};

export type NodeSelectorRequirementInput = {
  key: Scalars['String']['input'];
  operator: NodeSelectorOperator;
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type NodeSelectorTerm = {
  __typename?: 'NodeSelectorTerm';
  matchExpressions?: Maybe<Array<NodeSelectorRequirement>>;
  matchFields?: Maybe<Array<NodeSelectorRequirement>>;
};

export type NodeSelectorTermInput = {
  matchExpressions?: InputMaybe<Array<NodeSelectorRequirementInput>>;
  matchFields?: InputMaybe<Array<NodeSelectorRequirementInput>>;
};

export type NodeSpec = {
  __typename?: 'NodeSpec';
  podCIDR?: Maybe<Scalars['String']['output']>;
  podCIDRs?: Maybe<Array<Scalars['String']['output']>>;
  providerID?: Maybe<Scalars['String']['output']>;
  taints?: Maybe<Array<Taint>>;
  unschedulable?: Maybe<Scalars['Boolean']['output']>;
};

export type NodeSpecInput = {
  podCIDR?: InputMaybe<Scalars['String']['input']>;
  podCIDRs?: InputMaybe<Array<Scalars['String']['input']>>;
  providerID?: InputMaybe<Scalars['String']['input']>;
  taints?: InputMaybe<Array<TaintInput>>;
  unschedulable?: InputMaybe<Scalars['Boolean']['input']>;
};

export type NodeStatus = {
  __typename?: 'NodeStatus';
  addresses?: Maybe<Array<NodeAddress>>;
  /** The part of capacity available to pods. */
  allocatable?: Maybe<Scalars['JSON']['output']>;
  /** Resource quantities, e.g. `{ cpu: "4", memory: "8Gi", pods: "110" }`. */
  capacity?: Maybe<Scalars['JSON']['output']>;
  conditions?: Maybe<Array<NodeCondition>>;
  daemonEndpoints?: Maybe<NodeDaemonEndpoints>;
  nodeInfo?: Maybe<NodeSystemInfo>;
};

export type NodeStatusInput = {
  addresses?: InputMaybe<Array<NodeAddressInput>>;
  allocatable?: InputMaybe<Scalars['JSON']['input']>;
  capacity?: InputMaybe<Scalars['JSON']['input']>;
  conditions?: InputMaybe<Array<NodeConditionInput>>;
  daemonEndpoints?: InputMaybe<NodeDaemonEndpointsInput>;
  nodeInfo?: InputMaybe<NodeSystemInfoInput>;
};

export type NodeSystemInfo = {
  __typename?: 'NodeSystemInfo';
  architecture?: Maybe<Scalars['String']['output']>;
  bootID?: Maybe<Scalars['String']['output']>;
  containerRuntimeVersion?: Maybe<Scalars['String']['output']>;
  kernelVersion?: Maybe<Scalars['String']['output']>;
  kubeProxyVersion?: Maybe<Scalars['String']['output']>;
  kubeletVersion?: Maybe<Scalars['String']['output']>;
  machineID?: Maybe<Scalars['String']['output']>;
  operatingSystem?: Maybe<Scalars['String']['output']>;
  osImage?: Maybe<Scalars['String']['output']>;
  systemUUID?: Maybe<Scalars['String']['output']>;
};

export type NodeSystemInfoInput = {
  architecture?: InputMaybe<Scalars['String']['input']>;
  bootID?: InputMaybe<Scalars['String']['input']>;
  containerRuntimeVersion?: InputMaybe<Scalars['String']['input']>;
  kernelVersion?: InputMaybe<Scalars['String']['input']>;
  kubeProxyVersion?: InputMaybe<Scalars['String']['input']>;
  kubeletVersion?: InputMaybe<Scalars['String']['input']>;
  machineID?: InputMaybe<Scalars['String']['input']>;
  operatingSystem?: InputMaybe<Scalars['String']['input']>;
  osImage?: InputMaybe<Scalars['String']['input']>;
  systemUUID?: InputMaybe<Scalars['String']['input']>;
};

export type NodeUsageInput = {
  cpuNanocores: Scalars['Float']['input'];
  memoryBytes: Scalars['Float']['input'];
};

export type NodeWatchEvent = {
  __typename?: 'NodeWatchEvent';
  object?: Maybe<Node>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type ObjectFieldSelector = {
  __typename?: 'ObjectFieldSelector';
  apiVersion?: Maybe<Scalars['String']['output']>;
  /** e.g. `metadata.name`, `status.podIP`, `spec.nodeName`. */
  fieldPath: Scalars['String']['output'];
};

export type ObjectFieldSelectorInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  fieldPath: Scalars['String']['input'];
};

/** Metadata every object has. The server sets uid, resourceVersion, generation and the timestamps. */
export type ObjectMeta = {
  __typename?: 'ObjectMeta';
  annotations?: Maybe<Scalars['JSON']['output']>;
  creationTimestamp?: Maybe<Scalars['String']['output']>;
  deletionGracePeriodSeconds?: Maybe<Scalars['Int']['output']>;
  deletionTimestamp?: Maybe<Scalars['String']['output']>;
  finalizers?: Maybe<Array<Scalars['String']['output']>>;
  generateName?: Maybe<Scalars['String']['output']>;
  /** Bumped by the server on every change of the spec. */
  generation?: Maybe<Scalars['Int']['output']>;
  labels?: Maybe<Scalars['JSON']['output']>;
  /** Always set on a stored object; usually absent in a pod template's metadata. */
  name?: Maybe<Scalars['String']['output']>;
  namespace?: Maybe<Scalars['String']['output']>;
  ownerReferences?: Maybe<Array<OwnerReference>>;
  /** The revision of the last write of this object; opaque to clients. Precondition of writes. */
  resourceVersion?: Maybe<Scalars['String']['output']>;
  uid?: Maybe<Scalars['String']['output']>;
};

/**
 * Metadata of an object being written. `name` may be omitted when `generateName` is given.
 * `resourceVersion`, when set, is the precondition of a replace. uid, generation and the timestamps
 * are set by the server; they are accepted so that a read object can be sent back, and ignored.
 */
export type ObjectMetaInput = {
  annotations?: InputMaybe<Scalars['JSON']['input']>;
  creationTimestamp?: InputMaybe<Scalars['String']['input']>;
  deletionGracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  deletionTimestamp?: InputMaybe<Scalars['String']['input']>;
  finalizers?: InputMaybe<Array<Scalars['String']['input']>>;
  generateName?: InputMaybe<Scalars['String']['input']>;
  generation?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Scalars['JSON']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  ownerReferences?: InputMaybe<Array<OwnerReferenceInput>>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<Scalars['String']['input']>;
};

/** A reference to another object, e.g. the object an Event is about. */
export type ObjectReference = {
  __typename?: 'ObjectReference';
  apiVersion?: Maybe<Scalars['String']['output']>;
  fieldPath?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  namespace?: Maybe<Scalars['String']['output']>;
  resourceVersion?: Maybe<Scalars['String']['output']>;
  uid?: Maybe<Scalars['String']['output']>;
};

export type ObjectReferenceInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  fieldPath?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  uid?: InputMaybe<Scalars['String']['input']>;
};

export type OwnerReference = {
  __typename?: 'OwnerReference';
  apiVersion: Scalars['String']['output'];
  blockOwnerDeletion?: Maybe<Scalars['Boolean']['output']>;
  controller?: Maybe<Scalars['Boolean']['output']>;
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  uid: Scalars['String']['output'];
};

export type OwnerReferenceInput = {
  apiVersion: Scalars['String']['input'];
  blockOwnerDeletion?: InputMaybe<Scalars['Boolean']['input']>;
  controller?: InputMaybe<Scalars['Boolean']['input']>;
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  uid: Scalars['String']['input'];
};

/** A piece of storage on a node (cluster-scoped), bound to at most one claim. */
export type PersistentVolume = {
  __typename?: 'PersistentVolume';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<PersistentVolumeSpec>;
  status?: Maybe<PersistentVolumeStatus>;
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

export type PersistentVolumeClaimCondition = {
  __typename?: 'PersistentVolumeClaimCondition';
  lastProbeTime?: Maybe<Scalars['String']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  type: Scalars['String']['output'];
};

export type PersistentVolumeClaimConditionInput = {
  lastProbeTime?: InputMaybe<Scalars['String']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type PersistentVolumeClaimInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<PersistentVolumeClaimSpecInput>;
  status?: InputMaybe<PersistentVolumeClaimStatusInput>;
};

export type PersistentVolumeClaimList = {
  __typename?: 'PersistentVolumeClaimList';
  items: Array<PersistentVolumeClaim>;
  metadata: ListMeta;
};

export type PersistentVolumeClaimPhase =
  | 'Bound'
  | 'Lost'
  | 'Pending';

export type PersistentVolumeClaimSpec = {
  __typename?: 'PersistentVolumeClaimSpec';
  accessModes?: Maybe<Array<Scalars['String']['output']>>;
  resources?: Maybe<ResourceRequirements>;
  selector?: Maybe<LabelSelector>;
  /** Absent: the default StorageClass is filled in at creation; empty: only volumes without a class. */
  storageClassName?: Maybe<Scalars['String']['output']>;
  volumeMode?: Maybe<Scalars['String']['output']>;
  /** The volume bound to this claim (set by the binder, or by hand to pre-bind). */
  volumeName?: Maybe<Scalars['String']['output']>;
};

export type PersistentVolumeClaimSpecInput = {
  accessModes?: InputMaybe<Array<Scalars['String']['input']>>;
  resources?: InputMaybe<ResourceRequirementsInput>;
  selector?: InputMaybe<LabelSelectorInput>;
  storageClassName?: InputMaybe<Scalars['String']['input']>;
  volumeMode?: InputMaybe<Scalars['String']['input']>;
  volumeName?: InputMaybe<Scalars['String']['input']>;
};

export type PersistentVolumeClaimStatus = {
  __typename?: 'PersistentVolumeClaimStatus';
  accessModes?: Maybe<Array<Scalars['String']['output']>>;
  capacity?: Maybe<Scalars['JSON']['output']>;
  conditions?: Maybe<Array<PersistentVolumeClaimCondition>>;
  phase?: Maybe<PersistentVolumeClaimPhase>;
};

export type PersistentVolumeClaimStatusInput = {
  accessModes?: InputMaybe<Array<Scalars['String']['input']>>;
  capacity?: InputMaybe<Scalars['JSON']['input']>;
  conditions?: InputMaybe<Array<PersistentVolumeClaimConditionInput>>;
  phase?: InputMaybe<PersistentVolumeClaimPhase>;
};

export type PersistentVolumeClaimVolumeSource = {
  __typename?: 'PersistentVolumeClaimVolumeSource';
  claimName: Scalars['String']['output'];
  readOnly?: Maybe<Scalars['Boolean']['output']>;
};

export type PersistentVolumeClaimVolumeSourceInput = {
  claimName: Scalars['String']['input'];
  readOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PersistentVolumeClaimWatchEvent = {
  __typename?: 'PersistentVolumeClaimWatchEvent';
  object?: Maybe<PersistentVolumeClaim>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type PersistentVolumeInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<PersistentVolumeSpecInput>;
  status?: InputMaybe<PersistentVolumeStatusInput>;
};

export type PersistentVolumeList = {
  __typename?: 'PersistentVolumeList';
  items: Array<PersistentVolume>;
  metadata: ListMeta;
};

export type PersistentVolumePhase =
  | 'Available'
  | 'Bound'
  | 'Failed'
  | 'Pending'
  | 'Released';

export type PersistentVolumeSpec = {
  __typename?: 'PersistentVolumeSpec';
  /** ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod. */
  accessModes?: Maybe<Array<Scalars['String']['output']>>;
  /** Quantities by resource name: `{ storage: "1Gi" }`. */
  capacity?: Maybe<Scalars['JSON']['output']>;
  /** The claim this volume is bound (or pre-bound) to. */
  claimRef?: Maybe<ObjectReference>;
  hostPath?: Maybe<HostPathVolumeSource>;
  local?: Maybe<LocalVolumeSource>;
  mountOptions?: Maybe<Array<Scalars['String']['output']>>;
  /** Which nodes can reach the volume: a local or provisioned volume names its node. */
  nodeAffinity?: Maybe<VolumeNodeAffinity>;
  /** Retain (default for volumes made by hand), Delete (default of provisioned ones), Recycle. */
  persistentVolumeReclaimPolicy?: Maybe<Scalars['String']['output']>;
  storageClassName?: Maybe<Scalars['String']['output']>;
  volumeMode?: Maybe<Scalars['String']['output']>;
};

export type PersistentVolumeSpecInput = {
  accessModes?: InputMaybe<Array<Scalars['String']['input']>>;
  capacity?: InputMaybe<Scalars['JSON']['input']>;
  claimRef?: InputMaybe<ObjectReferenceInput>;
  hostPath?: InputMaybe<HostPathVolumeSourceInput>;
  local?: InputMaybe<LocalVolumeSourceInput>;
  mountOptions?: InputMaybe<Array<Scalars['String']['input']>>;
  nodeAffinity?: InputMaybe<VolumeNodeAffinityInput>;
  persistentVolumeReclaimPolicy?: InputMaybe<Scalars['String']['input']>;
  storageClassName?: InputMaybe<Scalars['String']['input']>;
  volumeMode?: InputMaybe<Scalars['String']['input']>;
};

export type PersistentVolumeStatus = {
  __typename?: 'PersistentVolumeStatus';
  lastPhaseTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  phase?: Maybe<PersistentVolumePhase>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type PersistentVolumeStatusInput = {
  lastPhaseTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  phase?: InputMaybe<PersistentVolumePhase>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type PersistentVolumeWatchEvent = {
  __typename?: 'PersistentVolumeWatchEvent';
  object?: Maybe<PersistentVolume>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type Pod = {
  __typename?: 'Pod';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  /** Beyond Kubernetes: why the scheduler would (not) place this pod on each node, computed now from the current nodes and pods. Empty for a bound pod. */
  schedulingExplanation?: Maybe<SchedulingExplanation>;
  spec?: Maybe<PodSpec>;
  status?: Maybe<PodStatus>;
};

export type PodAffinity = {
  __typename?: 'PodAffinity';
  preferredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<WeightedPodAffinityTerm>>;
  requiredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<PodAffinityTerm>>;
};

export type PodAffinityInput = {
  preferredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<WeightedPodAffinityTermInput>>;
  requiredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<PodAffinityTermInput>>;
};

export type PodAffinityTerm = {
  __typename?: 'PodAffinityTerm';
  labelSelector?: Maybe<LabelSelector>;
  namespaceSelector?: Maybe<LabelSelector>;
  namespaces?: Maybe<Array<Scalars['String']['output']>>;
  topologyKey: Scalars['String']['output'];
};

export type PodAffinityTermInput = {
  labelSelector?: InputMaybe<LabelSelectorInput>;
  namespaceSelector?: InputMaybe<LabelSelectorInput>;
  namespaces?: InputMaybe<Array<Scalars['String']['input']>>;
  topologyKey: Scalars['String']['input'];
};

export type PodAntiAffinity = {
  __typename?: 'PodAntiAffinity';
  preferredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<WeightedPodAffinityTerm>>;
  requiredDuringSchedulingIgnoredDuringExecution?: Maybe<Array<PodAffinityTerm>>;
};

export type PodAntiAffinityInput = {
  preferredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<WeightedPodAffinityTermInput>>;
  requiredDuringSchedulingIgnoredDuringExecution?: InputMaybe<Array<PodAffinityTermInput>>;
};

export type PodCondition = {
  __typename?: 'PodCondition';
  lastProbeTime?: Maybe<Scalars['String']['output']>;
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  /** PodScheduled, Initialized, ContainersReady, Ready, … */
  type: Scalars['String']['output'];
};

export type PodConditionInput = {
  lastProbeTime?: InputMaybe<Scalars['String']['input']>;
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type PodDnsConfig = {
  __typename?: 'PodDNSConfig';
  /** At most 3 in all (with the policy's own). */
  nameservers?: Maybe<Array<Scalars['String']['output']>>;
  options?: Maybe<Array<PodDnsConfigOption>>;
  /** At most 32 in all. */
  searches?: Maybe<Array<Scalars['String']['output']>>;
};

export type PodDnsConfigInput = {
  nameservers?: InputMaybe<Array<Scalars['String']['input']>>;
  options?: InputMaybe<Array<PodDnsConfigOptionInput>>;
  searches?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PodDnsConfigOption = {
  __typename?: 'PodDNSConfigOption';
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type PodDnsConfigOptionInput = {
  name: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One event of execPod. The first carries only `sessionId` (for sendPodExecInput); then output
 * (`data`, base64, of `stream`); the last carries the command's `exitCode`.
 */
export type PodExecEvent = {
  __typename?: 'PodExecEvent';
  data?: Maybe<Scalars['String']['output']>;
  exitCode?: Maybe<Scalars['Int']['output']>;
  sessionId: Scalars['ID']['output'];
  stream?: Maybe<PodStreamName>;
};

export type PodIp = {
  __typename?: 'PodIP';
  ip: Scalars['String']['output'];
};

export type PodIpInput = {
  ip: Scalars['String']['input'];
};

export type PodInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<PodSpecInput>;
  /** Ignored by create and replace: status is written with updatePodStatus. */
  status?: InputMaybe<PodStatusInput>;
};

export type PodList = {
  __typename?: 'PodList';
  items: Array<Pod>;
  metadata: ListMeta;
};

/** One piece of a container's log: whole lines, each ending with a newline. */
export type PodLogChunk = {
  __typename?: 'PodLogChunk';
  container: Scalars['String']['output'];
  data: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  pod: Scalars['String']['output'];
};

export type PodManagementPolicyType =
  | 'OrderedReady'
  | 'Parallel';

/** The measured usage of one pod (metrics.k8s.io PodMetrics). `metadata` names the pod. */
export type PodMetrics = {
  __typename?: 'PodMetrics';
  containers: Array<ContainerMetrics>;
  metadata: ObjectMeta;
  /** The end of the measurement window (RFC 3339). */
  timestamp: Scalars['String']['output'];
  /** The window's length, as a duration (`15s`). */
  window: Scalars['String']['output'];
};

export type PodPhase =
  | 'Failed'
  | 'Pending'
  | 'Running'
  | 'Succeeded'
  | 'Unknown';

export type PodSecurityContext = {
  __typename?: 'PodSecurityContext';
  /** Volumes are group-owned by it and group-writable; containers get it as a supplementary group. */
  fsGroup?: Maybe<Scalars['Int']['output']>;
  runAsGroup?: Maybe<Scalars['Int']['output']>;
  runAsNonRoot?: Maybe<Scalars['Boolean']['output']>;
  runAsUser?: Maybe<Scalars['Int']['output']>;
  supplementalGroups?: Maybe<Array<Scalars['Int']['output']>>;
};

export type PodSecurityContextInput = {
  fsGroup?: InputMaybe<Scalars['Int']['input']>;
  runAsGroup?: InputMaybe<Scalars['Int']['input']>;
  runAsNonRoot?: InputMaybe<Scalars['Boolean']['input']>;
  runAsUser?: InputMaybe<Scalars['Int']['input']>;
  supplementalGroups?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type PodSpec = {
  __typename?: 'PodSpec';
  activeDeadlineSeconds?: Maybe<Scalars['Int']['output']>;
  affinity?: Maybe<Affinity>;
  automountServiceAccountToken?: Maybe<Scalars['Boolean']['output']>;
  containers: Array<Container>;
  /** Nameservers, search domains and options merged into the pod's /etc/resolv.conf. */
  dnsConfig?: Maybe<PodDnsConfig>;
  /** ClusterFirst (default), ClusterFirstWithHostNet, Default (the node's resolv.conf) or None (only dnsConfig). */
  dnsPolicy?: Maybe<Scalars['String']['output']>;
  /** Whether the Kubernetes service env vars (`<SVC>_SERVICE_HOST`, …) are injected. */
  enableServiceLinks?: Maybe<Scalars['Boolean']['output']>;
  /** Extra lines of the pod's /etc/hosts, written by the node agent. */
  hostAliases?: Maybe<Array<HostAlias>>;
  hostNetwork?: Maybe<Scalars['Boolean']['output']>;
  hostname?: Maybe<Scalars['String']['output']>;
  initContainers?: Maybe<Array<Container>>;
  /** Set by the scheduler when it binds the pod. */
  nodeName?: Maybe<Scalars['String']['output']>;
  nodeSelector?: Maybe<Scalars['JSON']['output']>;
  priority?: Maybe<Scalars['Int']['output']>;
  priorityClassName?: Maybe<Scalars['String']['output']>;
  restartPolicy?: Maybe<RestartPolicy>;
  schedulerName?: Maybe<Scalars['String']['output']>;
  /** Users, groups and volume ownership of every container (runAsUser, runAsGroup, fsGroup, …). */
  securityContext?: Maybe<PodSecurityContext>;
  serviceAccountName?: Maybe<Scalars['String']['output']>;
  subdomain?: Maybe<Scalars['String']['output']>;
  terminationGracePeriodSeconds?: Maybe<Scalars['Int']['output']>;
  tolerations?: Maybe<Array<Toleration>>;
  volumes?: Maybe<Array<Volume>>;
};

export type PodSpecInput = {
  activeDeadlineSeconds?: InputMaybe<Scalars['Int']['input']>;
  affinity?: InputMaybe<AffinityInput>;
  automountServiceAccountToken?: InputMaybe<Scalars['Boolean']['input']>;
  containers: Array<ContainerInput>;
  dnsConfig?: InputMaybe<PodDnsConfigInput>;
  dnsPolicy?: InputMaybe<Scalars['String']['input']>;
  enableServiceLinks?: InputMaybe<Scalars['Boolean']['input']>;
  hostAliases?: InputMaybe<Array<HostAliasInput>>;
  hostNetwork?: InputMaybe<Scalars['Boolean']['input']>;
  hostname?: InputMaybe<Scalars['String']['input']>;
  initContainers?: InputMaybe<Array<ContainerInput>>;
  nodeName?: InputMaybe<Scalars['String']['input']>;
  nodeSelector?: InputMaybe<Scalars['JSON']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  priorityClassName?: InputMaybe<Scalars['String']['input']>;
  restartPolicy?: InputMaybe<RestartPolicy>;
  schedulerName?: InputMaybe<Scalars['String']['input']>;
  securityContext?: InputMaybe<PodSecurityContextInput>;
  serviceAccountName?: InputMaybe<Scalars['String']['input']>;
  subdomain?: InputMaybe<Scalars['String']['input']>;
  terminationGracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  tolerations?: InputMaybe<Array<TolerationInput>>;
  volumes?: InputMaybe<Array<VolumeInput>>;
};

export type PodStatus = {
  __typename?: 'PodStatus';
  conditions?: Maybe<Array<PodCondition>>;
  containerStatuses?: Maybe<Array<ContainerStatus>>;
  hostIP?: Maybe<Scalars['String']['output']>;
  initContainerStatuses?: Maybe<Array<ContainerStatus>>;
  message?: Maybe<Scalars['String']['output']>;
  nominatedNodeName?: Maybe<Scalars['String']['output']>;
  phase?: Maybe<PodPhase>;
  podIP?: Maybe<Scalars['String']['output']>;
  podIPs?: Maybe<Array<PodIp>>;
  qosClass?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  startTime?: Maybe<Scalars['String']['output']>;
};

export type PodStatusInput = {
  conditions?: InputMaybe<Array<PodConditionInput>>;
  containerStatuses?: InputMaybe<Array<ContainerStatusInput>>;
  hostIP?: InputMaybe<Scalars['String']['input']>;
  initContainerStatuses?: InputMaybe<Array<ContainerStatusInput>>;
  message?: InputMaybe<Scalars['String']['input']>;
  nominatedNodeName?: InputMaybe<Scalars['String']['input']>;
  phase?: InputMaybe<PodPhase>;
  podIP?: InputMaybe<Scalars['String']['input']>;
  podIPs?: InputMaybe<Array<PodIpInput>>;
  qosClass?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  startTime?: InputMaybe<Scalars['String']['input']>;
};

/** What a pod stream is for: a command run in a container (`kubectl exec`), the container's own process (`kubectl attach`), or a TCP port of the pod (`kubectl port-forward`). */
export type PodStreamKind =
  | 'ATTACH'
  | 'EXEC'
  | 'PORTFORWARD';

/** Which output stream a pod stream chunk belongs to (port-forward uses STDOUT for the connection's bytes). */
export type PodStreamName =
  | 'STDERR'
  | 'STDOUT';

export type PodTemplateSpec = {
  __typename?: 'PodTemplateSpec';
  metadata?: Maybe<ObjectMeta>;
  spec?: Maybe<PodSpec>;
};

export type PodTemplateSpecInput = {
  metadata?: InputMaybe<ObjectMetaInput>;
  spec?: InputMaybe<PodSpecInput>;
};

export type PodUsageInput = {
  containers: Array<ContainerUsageInput>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

export type PodWatchEvent = {
  __typename?: 'PodWatchEvent';
  object?: Maybe<Pod>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

/**
 * One rule of a Role or ClusterRole: `verbs` on `resources` (`pods`, `pods/log`, `*`) of `apiGroups`
 * (`""` is the core group), optionally only the objects named in `resourceNames`; or, in a
 * ClusterRole only, `verbs` on `nonResourceURLs` (`/metrics`, `/healthz/*`).
 */
export type PolicyRule = {
  __typename?: 'PolicyRule';
  apiGroups?: Maybe<Array<Scalars['String']['output']>>;
  nonResourceURLs?: Maybe<Array<Scalars['String']['output']>>;
  resourceNames?: Maybe<Array<Scalars['String']['output']>>;
  resources?: Maybe<Array<Scalars['String']['output']>>;
  verbs: Array<Scalars['String']['output']>;
};

export type PolicyRuleInput = {
  apiGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  nonResourceURLs?: InputMaybe<Array<Scalars['String']['input']>>;
  resourceNames?: InputMaybe<Array<Scalars['String']['input']>>;
  resources?: InputMaybe<Array<Scalars['String']['input']>>;
  verbs?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PreferredSchedulingTerm = {
  __typename?: 'PreferredSchedulingTerm';
  preference: NodeSelectorTerm;
  weight: Scalars['Int']['output'];
};

export type PreferredSchedulingTermInput = {
  preference: NodeSelectorTermInput;
  weight: Scalars['Int']['input'];
};

/** A pod priority by name (scheduling.k8s.io/v1, cluster-scoped); pods name it in spec.priorityClassName. */
export type PriorityClass = {
  __typename?: 'PriorityClass';
  apiVersion: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Whether pods without a priorityClassName get this class (at most one class should say so). */
  globalDefault?: Maybe<Scalars['Boolean']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  /** PreemptLowerPriority (default) or Never. */
  preemptionPolicy?: Maybe<Scalars['String']['output']>;
  /** The priority of pods of this class (user classes: at most 1000000000). */
  value: Scalars['Int']['output'];
};

export type PriorityClassInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  globalDefault?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  preemptionPolicy?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Int']['input'];
};

export type PriorityClassList = {
  __typename?: 'PriorityClassList';
  items: Array<PriorityClass>;
  metadata: ListMeta;
};

export type PriorityClassWatchEvent = {
  __typename?: 'PriorityClassWatchEvent';
  object?: Maybe<PriorityClass>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

/** A liveness, readiness or startup check: exactly one of exec, httpGet, tcpSocket. */
export type Probe = {
  __typename?: 'Probe';
  exec?: Maybe<ExecAction>;
  failureThreshold?: Maybe<Scalars['Int']['output']>;
  httpGet?: Maybe<HttpGetAction>;
  initialDelaySeconds?: Maybe<Scalars['Int']['output']>;
  periodSeconds?: Maybe<Scalars['Int']['output']>;
  successThreshold?: Maybe<Scalars['Int']['output']>;
  tcpSocket?: Maybe<TcpSocketAction>;
  terminationGracePeriodSeconds?: Maybe<Scalars['Int']['output']>;
  timeoutSeconds?: Maybe<Scalars['Int']['output']>;
};

export type ProbeInput = {
  exec?: InputMaybe<ExecActionInput>;
  failureThreshold?: InputMaybe<Scalars['Int']['input']>;
  httpGet?: InputMaybe<HttpGetActionInput>;
  initialDelaySeconds?: InputMaybe<Scalars['Int']['input']>;
  periodSeconds?: InputMaybe<Scalars['Int']['input']>;
  successThreshold?: InputMaybe<Scalars['Int']['input']>;
  tcpSocket?: InputMaybe<TcpSocketActionInput>;
  terminationGracePeriodSeconds?: InputMaybe<Scalars['Int']['input']>;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectedVolumeSource = {
  __typename?: 'ProjectedVolumeSource';
  defaultMode?: Maybe<Scalars['Int']['output']>;
  sources?: Maybe<Array<VolumeProjection>>;
};

export type ProjectedVolumeSourceInput = {
  defaultMode?: InputMaybe<Scalars['Int']['input']>;
  sources?: InputMaybe<Array<VolumeProjectionInput>>;
};

/** How deleting an owner treats its dependents (ownerReferences). */
export type PropagationPolicy =
  /** Delete the owner now, the garbage collector deletes dependents afterwards. */
  | 'Background'
  /** Delete dependents first; the owner keeps a deletionTimestamp until they are gone. */
  | 'Foreground'
  /** Delete the owner, leave dependents without it. */
  | 'Orphan';

export type Protocol =
  | 'SCTP'
  | 'TCP'
  | 'UDP';

export type PullPolicy =
  | 'Always'
  | 'IfNotPresent'
  | 'Never';

export type Query = {
  __typename?: 'Query';
  /** The rules the caller (or, for system:masters, `as`) holds in `namespace` (default "default"), like `kubectl auth can-i --list`. */
  authorizedActions: AuthorizedActions;
  /** Admins only: the bootstrap tokens (expired ones too, until a new token's creation removes them), oldest first; never their secrets. */
  bootstrapTokens: Array<BootstrapTokenInfo>;
  /**
   * Whether the caller may do `verb` (get, list, watch, create, update, patch, delete, or any RBAC
   * verb) on `resource` (`pods`, `pods/log`, `deployments.apps`, `Pod`, `*`), optionally in
   * `namespace`, on the object `name`, its `subresource` (`log`, `status`, `scale`); like
   * `kubectl auth can-i` and SelfSubjectAccessReview. A non-resource URL (`/metrics`) may be asked
   * about in `resource`. With `as` (and `asGroups`), asks for that user instead: members of
   * system:masters only. An unknown resource is INVALID.
   */
  canI: Scalars['Boolean']['output'];
  clusterRole?: Maybe<ClusterRole>;
  clusterRoleBinding?: Maybe<ClusterRoleBinding>;
  clusterRoleBindings: ClusterRoleBindingList;
  clusterRoles: ClusterRoleList;
  configMap?: Maybe<ConfigMap>;
  configMaps: ConfigMapList;
  cronJob?: Maybe<CronJob>;
  cronJobs: CronJobList;
  daemonSet?: Maybe<DaemonSet>;
  daemonSets: DaemonSetList;
  deployment?: Maybe<Deployment>;
  deployments: DeploymentList;
  endpoints?: Maybe<Endpoints>;
  endpointsList: EndpointsList;
  event?: Maybe<Event>;
  events: EventList;
  /** Every write of one object still in the event log, oldest first. `kind` is e.g. `Pod`. */
  history: Array<HistoryEntry>;
  job?: Maybe<Job>;
  jobs: JobList;
  lease?: Maybe<Lease>;
  leases: LeaseList;
  limitRange?: Maybe<LimitRange>;
  limitRanges: LimitRangeList;
  namespace?: Maybe<Namespace>;
  namespaces: NamespaceList;
  node?: Maybe<Node>;
  /** Measured usage of nodes (kubectl top nodes), optionally one by name or those matching `labelSelector`. Needs list on nodes (get for one). */
  nodeMetrics: Array<NodeMetrics>;
  nodes: NodeList;
  persistentVolume?: Maybe<PersistentVolume>;
  persistentVolumeClaim?: Maybe<PersistentVolumeClaim>;
  persistentVolumeClaims: PersistentVolumeClaimList;
  persistentVolumes: PersistentVolumeList;
  pod?: Maybe<Pod>;
  /**
   * Measured usage of pods (kubectl top pods), from their nodes' latest reports, in namespace
   * (all namespaces when left out), optionally one pod or those matching `labelSelector`. Pods
   * without a fresh report (just started, or their node stopped reporting) are left out. Needs
   * list on pods (get for one by name).
   */
  podMetrics: Array<PodMetrics>;
  pods: PodList;
  priorityClass?: Maybe<PriorityClass>;
  priorityClasses: PriorityClassList;
  replicaSet?: Maybe<ReplicaSet>;
  replicaSets: ReplicaSetList;
  replicationController?: Maybe<ReplicationController>;
  replicationControllers: ReplicationControllerList;
  resourceQuota?: Maybe<ResourceQuota>;
  resourceQuotas: ResourceQuotaList;
  role?: Maybe<Role>;
  roleBinding?: Maybe<RoleBinding>;
  roleBindings: RoleBindingList;
  roles: RoleList;
  secret?: Maybe<Secret>;
  secrets: SecretList;
  service?: Maybe<Service>;
  serviceAccount?: Maybe<ServiceAccount>;
  serviceAccounts: ServiceAccountList;
  services: ServiceList;
  statefulSet?: Maybe<StatefulSet>;
  statefulSets: StatefulSetList;
  storageClass?: Maybe<StorageClass>;
  storageClasses: StorageClassList;
};


export type QueryAuthorizedActionsArgs = {
  as?: InputMaybe<Scalars['String']['input']>;
  asGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCanIArgs = {
  as?: InputMaybe<Scalars['String']['input']>;
  asGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resource: Scalars['String']['input'];
  subresource?: InputMaybe<Scalars['String']['input']>;
  verb: Scalars['String']['input'];
};


export type QueryClusterRoleArgs = {
  name: Scalars['String']['input'];
};


export type QueryClusterRoleBindingArgs = {
  name: Scalars['String']['input'];
};


export type QueryClusterRoleBindingsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClusterRolesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConfigMapArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryConfigMapsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCronJobArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryCronJobsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDaemonSetArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryDaemonSetsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDeploymentArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryDeploymentsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEndpointsArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryEndpointsListArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEventArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryEventsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHistoryArgs = {
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJobArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryJobsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLeaseArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryLeasesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLimitRangeArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryLimitRangesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNamespaceArgs = {
  name: Scalars['String']['input'];
};


export type QueryNamespacesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  name: Scalars['String']['input'];
};


export type QueryNodeMetricsArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersistentVolumeArgs = {
  name: Scalars['String']['input'];
};


export type QueryPersistentVolumeClaimArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryPersistentVolumeClaimsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersistentVolumesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPodArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryPodMetricsArgs = {
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPodsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPriorityClassArgs = {
  name: Scalars['String']['input'];
};


export type QueryPriorityClassesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReplicaSetArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryReplicaSetsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReplicationControllerArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryReplicationControllersArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryResourceQuotaArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryResourceQuotasArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRoleArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryRoleBindingArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryRoleBindingsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRolesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySecretArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QuerySecretsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServiceArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryServiceAccountArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryServiceAccountsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServicesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStatefulSetArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryStatefulSetsArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStorageClassArgs = {
  name: Scalars['String']['input'];
};


export type QueryStorageClassesArgs = {
  continue?: InputMaybe<Scalars['String']['input']>;
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type ReplicaSet = {
  __typename?: 'ReplicaSet';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<ReplicaSetSpec>;
  status?: Maybe<ReplicaSetStatus>;
};

export type ReplicaSetCondition = {
  __typename?: 'ReplicaSetCondition';
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  type: Scalars['String']['output'];
};

export type ReplicaSetConditionInput = {
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type ReplicaSetInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<ReplicaSetSpecInput>;
  status?: InputMaybe<ReplicaSetStatusInput>;
};

export type ReplicaSetList = {
  __typename?: 'ReplicaSetList';
  items: Array<ReplicaSet>;
  metadata: ListMeta;
};

export type ReplicaSetSpec = {
  __typename?: 'ReplicaSetSpec';
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  replicas?: Maybe<Scalars['Int']['output']>;
  selector: LabelSelector;
  template?: Maybe<PodTemplateSpec>;
};

export type ReplicaSetSpecInput = {
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  replicas?: InputMaybe<Scalars['Int']['input']>;
  selector: LabelSelectorInput;
  template?: InputMaybe<PodTemplateSpecInput>;
};

export type ReplicaSetStatus = {
  __typename?: 'ReplicaSetStatus';
  availableReplicas?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<ReplicaSetCondition>>;
  fullyLabeledReplicas?: Maybe<Scalars['Int']['output']>;
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  replicas: Scalars['Int']['output'];
};

export type ReplicaSetStatusInput = {
  availableReplicas?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<ReplicaSetConditionInput>>;
  fullyLabeledReplicas?: InputMaybe<Scalars['Int']['input']>;
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  readyReplicas?: InputMaybe<Scalars['Int']['input']>;
  replicas: Scalars['Int']['input'];
};

export type ReplicaSetWatchEvent = {
  __typename?: 'ReplicaSetWatchEvent';
  object?: Maybe<ReplicaSet>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type ReplicationController = {
  __typename?: 'ReplicationController';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<ReplicationControllerSpec>;
  status?: Maybe<ReplicationControllerStatus>;
};

export type ReplicationControllerCondition = {
  __typename?: 'ReplicationControllerCondition';
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  type: Scalars['String']['output'];
};

export type ReplicationControllerConditionInput = {
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type ReplicationControllerInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<ReplicationControllerSpecInput>;
  status?: InputMaybe<ReplicationControllerStatusInput>;
};

export type ReplicationControllerList = {
  __typename?: 'ReplicationControllerList';
  items: Array<ReplicationController>;
  metadata: ListMeta;
};

export type ReplicationControllerSpec = {
  __typename?: 'ReplicationControllerSpec';
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  replicas?: Maybe<Scalars['Int']['output']>;
  /** Label map (equality only); defaults to the template's labels. */
  selector?: Maybe<Scalars['JSON']['output']>;
  template?: Maybe<PodTemplateSpec>;
};

export type ReplicationControllerSpecInput = {
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  replicas?: InputMaybe<Scalars['Int']['input']>;
  selector?: InputMaybe<Scalars['JSON']['input']>;
  template?: InputMaybe<PodTemplateSpecInput>;
};

export type ReplicationControllerStatus = {
  __typename?: 'ReplicationControllerStatus';
  availableReplicas?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<ReplicationControllerCondition>>;
  fullyLabeledReplicas?: Maybe<Scalars['Int']['output']>;
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  replicas: Scalars['Int']['output'];
};

export type ReplicationControllerStatusInput = {
  availableReplicas?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<ReplicationControllerConditionInput>>;
  fullyLabeledReplicas?: InputMaybe<Scalars['Int']['input']>;
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  readyReplicas?: InputMaybe<Scalars['Int']['input']>;
  replicas: Scalars['Int']['input'];
};

export type ReplicationControllerWatchEvent = {
  __typename?: 'ReplicationControllerWatchEvent';
  object?: Maybe<ReplicationController>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type ResourceFieldSelector = {
  __typename?: 'ResourceFieldSelector';
  containerName?: Maybe<Scalars['String']['output']>;
  divisor?: Maybe<Scalars['String']['output']>;
  /** e.g. `limits.cpu`, `requests.memory`. */
  resource: Scalars['String']['output'];
};

export type ResourceFieldSelectorInput = {
  containerName?: InputMaybe<Scalars['String']['input']>;
  divisor?: InputMaybe<Scalars['String']['input']>;
  resource: Scalars['String']['input'];
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

export type ResourceQuotaInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<ResourceQuotaSpecInput>;
  status?: InputMaybe<ResourceQuotaStatusInput>;
};

export type ResourceQuotaList = {
  __typename?: 'ResourceQuotaList';
  items: Array<ResourceQuota>;
  metadata: ListMeta;
};

export type ResourceQuotaSpec = {
  __typename?: 'ResourceQuotaSpec';
  /** Resource name (`pods`, `count/deployments.apps`, `requests.cpu`, `services.nodeports`, …) → quantity. */
  hard?: Maybe<Scalars['JSON']['output']>;
  scopeSelector?: Maybe<ScopeSelector>;
  /** Terminating, NotTerminating, BestEffort, NotBestEffort, PriorityClass: the quota counts only pods of every scope. */
  scopes?: Maybe<Array<Scalars['String']['output']>>;
};

export type ResourceQuotaSpecInput = {
  hard?: InputMaybe<Scalars['JSON']['input']>;
  scopeSelector?: InputMaybe<ScopeSelectorInput>;
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Kept by the quota controller: the caps in force and what the namespace uses of each. */
export type ResourceQuotaStatus = {
  __typename?: 'ResourceQuotaStatus';
  hard?: Maybe<Scalars['JSON']['output']>;
  used?: Maybe<Scalars['JSON']['output']>;
};

export type ResourceQuotaStatusInput = {
  hard?: InputMaybe<Scalars['JSON']['input']>;
  used?: InputMaybe<Scalars['JSON']['input']>;
};

export type ResourceQuotaWatchEvent = {
  __typename?: 'ResourceQuotaWatchEvent';
  object?: Maybe<ResourceQuota>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type ResourceRequirements = {
  __typename?: 'ResourceRequirements';
  /** Quantities by resource name, e.g. `{ cpu: "1", memory: "256Mi" }`. */
  limits?: Maybe<Scalars['JSON']['output']>;
  requests?: Maybe<Scalars['JSON']['output']>;
};

export type ResourceRequirementsInput = {
  limits?: InputMaybe<Scalars['JSON']['input']>;
  requests?: InputMaybe<Scalars['JSON']['input']>;
};

export type RestartPolicy =
  | 'Always'
  | 'Never'
  | 'OnFailure';

/** What may be done in one namespace. */
export type Role = {
  __typename?: 'Role';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  rules?: Maybe<Array<PolicyRule>>;
};

/** Grants a Role, or a ClusterRole's rules, in the binding's namespace. */
export type RoleBinding = {
  __typename?: 'RoleBinding';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  roleRef: RoleRef;
  subjects?: Maybe<Array<Subject>>;
};

export type RoleBindingInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  roleRef: RoleRefInput;
  subjects?: InputMaybe<Array<SubjectInput>>;
};

export type RoleBindingList = {
  __typename?: 'RoleBindingList';
  items: Array<RoleBinding>;
  metadata: ListMeta;
};

export type RoleBindingWatchEvent = {
  __typename?: 'RoleBindingWatchEvent';
  object?: Maybe<RoleBinding>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type RoleInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  rules?: InputMaybe<Array<PolicyRuleInput>>;
};

export type RoleList = {
  __typename?: 'RoleList';
  items: Array<Role>;
  metadata: ListMeta;
};

/** The role a binding grants (immutable): kind Role (RoleBindings only) or ClusterRole. */
export type RoleRef = {
  __typename?: 'RoleRef';
  apiGroup: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type RoleRefInput = {
  apiGroup?: InputMaybe<Scalars['String']['input']>;
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type RoleWatchEvent = {
  __typename?: 'RoleWatchEvent';
  object?: Maybe<Role>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type RollingUpdateDaemonSet = {
  __typename?: 'RollingUpdateDaemonSet';
  /** A count or a percentage (`10%`). */
  maxSurge?: Maybe<Scalars['IntOrString']['output']>;
  /** A count or a percentage (`10%`). */
  maxUnavailable?: Maybe<Scalars['IntOrString']['output']>;
};

export type RollingUpdateDaemonSetInput = {
  maxSurge?: InputMaybe<Scalars['IntOrString']['input']>;
  maxUnavailable?: InputMaybe<Scalars['IntOrString']['input']>;
};

export type RollingUpdateDeployment = {
  __typename?: 'RollingUpdateDeployment';
  /** A count or a percentage (`25%`). */
  maxSurge?: Maybe<Scalars['IntOrString']['output']>;
  /** A count or a percentage (`25%`). */
  maxUnavailable?: Maybe<Scalars['IntOrString']['output']>;
};

export type RollingUpdateDeploymentInput = {
  maxSurge?: InputMaybe<Scalars['IntOrString']['input']>;
  maxUnavailable?: InputMaybe<Scalars['IntOrString']['input']>;
};

export type RollingUpdateStatefulSetStrategy = {
  __typename?: 'RollingUpdateStatefulSetStrategy';
  /** Pods with an ordinal below this keep their revision during an update. */
  partition?: Maybe<Scalars['Int']['output']>;
};

export type RollingUpdateStatefulSetStrategyInput = {
  partition?: InputMaybe<Scalars['Int']['input']>;
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
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  /** Pods the controller has, as of its last status write. */
  replicas: Scalars['Int']['output'];
  /** The label selector of the pods, in list syntax (`app=web`). */
  selector?: Maybe<Scalars['String']['output']>;
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

export type ScopeSelector = {
  __typename?: 'ScopeSelector';
  matchExpressions?: Maybe<Array<ScopedResourceSelectorRequirement>>;
};

export type ScopeSelectorInput = {
  matchExpressions?: InputMaybe<Array<ScopedResourceSelectorRequirementInput>>;
};

export type ScopedResourceSelectorRequirement = {
  __typename?: 'ScopedResourceSelectorRequirement';
  /** In, NotIn, Exists, DoesNotExist */
  operator: Scalars['String']['output'];
  scopeName: Scalars['String']['output'];
  values?: Maybe<Array<Scalars['String']['output']>>;
};

export type ScopedResourceSelectorRequirementInput = {
  operator: Scalars['String']['input'];
  scopeName: Scalars['String']['input'];
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Secret = {
  __typename?: 'Secret';
  apiVersion: Scalars['String']['output'];
  /** Values are base64-encoded. */
  data?: Maybe<Scalars['JSON']['output']>;
  immutable?: Maybe<Scalars['Boolean']['output']>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  /** Plain-text values, merged into data on write (write-only, as in Kubernetes). */
  stringData?: Maybe<Scalars['JSON']['output']>;
  /** Opaque, kubernetes.io/service-account-token, … */
  type?: Maybe<Scalars['String']['output']>;
};

export type SecretEnvSource = {
  __typename?: 'SecretEnvSource';
  name?: Maybe<Scalars['String']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type SecretEnvSourceInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SecretInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  data?: InputMaybe<Scalars['JSON']['input']>;
  immutable?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  stringData?: InputMaybe<Scalars['JSON']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type SecretKeySelector = {
  __typename?: 'SecretKeySelector';
  key: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type SecretKeySelectorInput = {
  key: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SecretList = {
  __typename?: 'SecretList';
  items: Array<Secret>;
  metadata: ListMeta;
};

export type SecretProjection = {
  __typename?: 'SecretProjection';
  items?: Maybe<Array<KeyToPath>>;
  name?: Maybe<Scalars['String']['output']>;
  optional?: Maybe<Scalars['Boolean']['output']>;
};

export type SecretProjectionInput = {
  items?: InputMaybe<Array<KeyToPathInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SecretVolumeSource = {
  __typename?: 'SecretVolumeSource';
  defaultMode?: Maybe<Scalars['Int']['output']>;
  items?: Maybe<Array<KeyToPath>>;
  optional?: Maybe<Scalars['Boolean']['output']>;
  secretName?: Maybe<Scalars['String']['output']>;
};

export type SecretVolumeSourceInput = {
  defaultMode?: InputMaybe<Scalars['Int']['input']>;
  items?: InputMaybe<Array<KeyToPathInput>>;
  optional?: InputMaybe<Scalars['Boolean']['input']>;
  secretName?: InputMaybe<Scalars['String']['input']>;
};

export type SecretWatchEvent = {
  __typename?: 'SecretWatchEvent';
  object?: Maybe<Secret>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type SecurityContext = {
  __typename?: 'SecurityContext';
  allowPrivilegeEscalation?: Maybe<Scalars['Boolean']['output']>;
  /** Honoured by podman only (see docs/security.md). */
  capabilities?: Maybe<Capabilities>;
  /** Honoured by podman only (see docs/security.md). */
  privileged?: Maybe<Scalars['Boolean']['output']>;
  /** Honoured by podman; the process runtime has no root filesystem of the container's own. */
  readOnlyRootFilesystem?: Maybe<Scalars['Boolean']['output']>;
  runAsGroup?: Maybe<Scalars['Int']['output']>;
  runAsNonRoot?: Maybe<Scalars['Boolean']['output']>;
  runAsUser?: Maybe<Scalars['Int']['output']>;
};

export type SecurityContextInput = {
  allowPrivilegeEscalation?: InputMaybe<Scalars['Boolean']['input']>;
  capabilities?: InputMaybe<CapabilitiesInput>;
  privileged?: InputMaybe<Scalars['Boolean']['input']>;
  readOnlyRootFilesystem?: InputMaybe<Scalars['Boolean']['input']>;
  runAsGroup?: InputMaybe<Scalars['Int']['input']>;
  runAsNonRoot?: InputMaybe<Scalars['Boolean']['input']>;
  runAsUser?: InputMaybe<Scalars['Int']['input']>;
};

export type Service = {
  __typename?: 'Service';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<ServiceSpec>;
  status?: Maybe<ServiceStatus>;
};

export type ServiceAccount = {
  __typename?: 'ServiceAccount';
  apiVersion: Scalars['String']['output'];
  automountServiceAccountToken?: Maybe<Scalars['Boolean']['output']>;
  imagePullSecrets?: Maybe<Array<LocalObjectReference>>;
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  secrets?: Maybe<Array<ObjectReference>>;
};

export type ServiceAccountInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  automountServiceAccountToken?: InputMaybe<Scalars['Boolean']['input']>;
  imagePullSecrets?: InputMaybe<Array<LocalObjectReferenceInput>>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  secrets?: InputMaybe<Array<ObjectReferenceInput>>;
};

export type ServiceAccountList = {
  __typename?: 'ServiceAccountList';
  items: Array<ServiceAccount>;
  metadata: ListMeta;
};

/** A token of a ServiceAccount issued by createServiceAccountToken (TokenRequest's status and granted spec). */
export type ServiceAccountToken = {
  __typename?: 'ServiceAccountToken';
  /** The audiences granted (the API server's own when none were asked for). */
  audiences: Array<Scalars['String']['output']>;
  /** The lifetime granted (the request's, lowered to the server's maximum). */
  expirationSeconds: Scalars['Int']['output'];
  /** RFC 3339. */
  expirationTimestamp: Scalars['String']['output'];
  /** A signed JWT: iss, sub system:serviceaccount:<ns>:<name>, aud, iat, nbf, exp and the kubernetes.io claims. */
  token: Scalars['String']['output'];
};

export type ServiceAccountTokenProjection = {
  __typename?: 'ServiceAccountTokenProjection';
  audience?: Maybe<Scalars['String']['output']>;
  expirationSeconds?: Maybe<Scalars['Int']['output']>;
  path: Scalars['String']['output'];
};

export type ServiceAccountTokenProjectionInput = {
  audience?: InputMaybe<Scalars['String']['input']>;
  expirationSeconds?: InputMaybe<Scalars['Int']['input']>;
  path: Scalars['String']['input'];
};

export type ServiceAccountWatchEvent = {
  __typename?: 'ServiceAccountWatchEvent';
  object?: Maybe<ServiceAccount>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type ServiceAffinity =
  | 'ClientIP'
  | 'None';

export type ServiceInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<ServiceSpecInput>;
  status?: InputMaybe<ServiceStatusInput>;
};

export type ServiceList = {
  __typename?: 'ServiceList';
  items: Array<Service>;
  metadata: ListMeta;
};

export type ServicePort = {
  __typename?: 'ServicePort';
  name?: Maybe<Scalars['String']['output']>;
  /** Allocated by the server for NodePort and LoadBalancer Services unless given. */
  nodePort?: Maybe<Scalars['Int']['output']>;
  port: Scalars['Int']['output'];
  protocol?: Maybe<Protocol>;
  /** The pod's port number or the name of a container port; defaults to `port`. */
  targetPort?: Maybe<Scalars['IntOrString']['output']>;
};

export type ServicePortInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  nodePort?: InputMaybe<Scalars['Int']['input']>;
  port: Scalars['Int']['input'];
  protocol?: InputMaybe<Protocol>;
  targetPort?: InputMaybe<Scalars['IntOrString']['input']>;
};

export type ServiceSpec = {
  __typename?: 'ServiceSpec';
  /** Allocated by the server unless given; `None` makes a headless Service. */
  clusterIP?: Maybe<Scalars['String']['output']>;
  clusterIPs?: Maybe<Array<Scalars['String']['output']>>;
  externalIPs?: Maybe<Array<Scalars['String']['output']>>;
  externalName?: Maybe<Scalars['String']['output']>;
  externalTrafficPolicy?: Maybe<ServiceTrafficPolicy>;
  internalTrafficPolicy?: Maybe<ServiceTrafficPolicy>;
  ports?: Maybe<Array<ServicePort>>;
  publishNotReadyAddresses?: Maybe<Scalars['Boolean']['output']>;
  /** Pods with all these labels are the Service's endpoints. */
  selector?: Maybe<Scalars['JSON']['output']>;
  sessionAffinity?: Maybe<ServiceAffinity>;
  sessionAffinityConfig?: Maybe<SessionAffinityConfig>;
  type?: Maybe<ServiceType>;
};

export type ServiceSpecInput = {
  clusterIP?: InputMaybe<Scalars['String']['input']>;
  clusterIPs?: InputMaybe<Array<Scalars['String']['input']>>;
  externalIPs?: InputMaybe<Array<Scalars['String']['input']>>;
  externalName?: InputMaybe<Scalars['String']['input']>;
  externalTrafficPolicy?: InputMaybe<ServiceTrafficPolicy>;
  internalTrafficPolicy?: InputMaybe<ServiceTrafficPolicy>;
  ports?: InputMaybe<Array<ServicePortInput>>;
  publishNotReadyAddresses?: InputMaybe<Scalars['Boolean']['input']>;
  selector?: InputMaybe<Scalars['JSON']['input']>;
  sessionAffinity?: InputMaybe<ServiceAffinity>;
  sessionAffinityConfig?: InputMaybe<SessionAffinityConfigInput>;
  type?: InputMaybe<ServiceType>;
};

export type ServiceStatus = {
  __typename?: 'ServiceStatus';
  conditions?: Maybe<Array<Condition>>;
  loadBalancer?: Maybe<LoadBalancerStatus>;
};

export type ServiceStatusInput = {
  conditions?: InputMaybe<Array<ConditionInput>>;
  loadBalancer?: InputMaybe<LoadBalancerStatusInput>;
};

export type ServiceTrafficPolicy =
  | 'Cluster'
  | 'Local';

export type ServiceType =
  | 'ClusterIP'
  | 'ExternalName'
  | 'LoadBalancer'
  | 'NodePort';

export type ServiceWatchEvent = {
  __typename?: 'ServiceWatchEvent';
  object?: Maybe<Service>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

export type SessionAffinityConfig = {
  __typename?: 'SessionAffinityConfig';
  clientIP?: Maybe<ClientIpConfig>;
};

export type SessionAffinityConfigInput = {
  clientIP?: InputMaybe<ClientIpConfigInput>;
};

export type SleepAction = {
  __typename?: 'SleepAction';
  seconds: Scalars['Int']['output'];
};

export type SleepActionInput = {
  seconds: Scalars['Int']['input'];
};

export type StatefulSet = {
  __typename?: 'StatefulSet';
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  spec?: Maybe<StatefulSetSpec>;
  status?: Maybe<StatefulSetStatus>;
};

export type StatefulSetCondition = {
  __typename?: 'StatefulSetCondition';
  lastTransitionTime?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status: ConditionStatus;
  type: Scalars['String']['output'];
};

export type StatefulSetConditionInput = {
  lastTransitionTime?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ConditionStatus;
  type: Scalars['String']['input'];
};

export type StatefulSetInput = {
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  spec?: InputMaybe<StatefulSetSpecInput>;
  status?: InputMaybe<StatefulSetStatusInput>;
};

export type StatefulSetList = {
  __typename?: 'StatefulSetList';
  items: Array<StatefulSet>;
  metadata: ListMeta;
};

export type StatefulSetPersistentVolumeClaimRetentionPolicy = {
  __typename?: 'StatefulSetPersistentVolumeClaimRetentionPolicy';
  whenDeleted?: Maybe<Scalars['String']['output']>;
  whenScaled?: Maybe<Scalars['String']['output']>;
};

export type StatefulSetPersistentVolumeClaimRetentionPolicyInput = {
  whenDeleted?: InputMaybe<Scalars['String']['input']>;
  whenScaled?: InputMaybe<Scalars['String']['input']>;
};

export type StatefulSetSpec = {
  __typename?: 'StatefulSetSpec';
  minReadySeconds?: Maybe<Scalars['Int']['output']>;
  persistentVolumeClaimRetentionPolicy?: Maybe<StatefulSetPersistentVolumeClaimRetentionPolicy>;
  podManagementPolicy?: Maybe<PodManagementPolicyType>;
  replicas?: Maybe<Scalars['Int']['output']>;
  revisionHistoryLimit?: Maybe<Scalars['Int']['output']>;
  selector: LabelSelector;
  /** The headless Service that gives the pods their DNS identity (`<pod>.<serviceName>`). */
  serviceName?: Maybe<Scalars['String']['output']>;
  template: PodTemplateSpec;
  updateStrategy?: Maybe<StatefulSetUpdateStrategy>;
  volumeClaimTemplates?: Maybe<Array<StatefulSetVolumeClaimTemplate>>;
};

export type StatefulSetSpecInput = {
  minReadySeconds?: InputMaybe<Scalars['Int']['input']>;
  persistentVolumeClaimRetentionPolicy?: InputMaybe<StatefulSetPersistentVolumeClaimRetentionPolicyInput>;
  podManagementPolicy?: InputMaybe<PodManagementPolicyType>;
  replicas?: InputMaybe<Scalars['Int']['input']>;
  revisionHistoryLimit?: InputMaybe<Scalars['Int']['input']>;
  selector: LabelSelectorInput;
  serviceName?: InputMaybe<Scalars['String']['input']>;
  template: PodTemplateSpecInput;
  updateStrategy?: InputMaybe<StatefulSetUpdateStrategyInput>;
  volumeClaimTemplates?: InputMaybe<Array<StatefulSetVolumeClaimTemplateInput>>;
};

export type StatefulSetStatus = {
  __typename?: 'StatefulSetStatus';
  availableReplicas?: Maybe<Scalars['Int']['output']>;
  collisionCount?: Maybe<Scalars['Int']['output']>;
  conditions?: Maybe<Array<StatefulSetCondition>>;
  currentReplicas?: Maybe<Scalars['Int']['output']>;
  currentRevision?: Maybe<Scalars['String']['output']>;
  observedGeneration?: Maybe<Scalars['Int']['output']>;
  readyReplicas?: Maybe<Scalars['Int']['output']>;
  replicas: Scalars['Int']['output'];
  updateRevision?: Maybe<Scalars['String']['output']>;
  updatedReplicas?: Maybe<Scalars['Int']['output']>;
};

export type StatefulSetStatusInput = {
  availableReplicas?: InputMaybe<Scalars['Int']['input']>;
  collisionCount?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<StatefulSetConditionInput>>;
  currentReplicas?: InputMaybe<Scalars['Int']['input']>;
  currentRevision?: InputMaybe<Scalars['String']['input']>;
  observedGeneration?: InputMaybe<Scalars['Int']['input']>;
  readyReplicas?: InputMaybe<Scalars['Int']['input']>;
  replicas: Scalars['Int']['input'];
  updateRevision?: InputMaybe<Scalars['String']['input']>;
  updatedReplicas?: InputMaybe<Scalars['Int']['input']>;
};

export type StatefulSetUpdateStrategy = {
  __typename?: 'StatefulSetUpdateStrategy';
  rollingUpdate?: Maybe<RollingUpdateStatefulSetStrategy>;
  type?: Maybe<StatefulSetUpdateStrategyType>;
};

export type StatefulSetUpdateStrategyInput = {
  rollingUpdate?: InputMaybe<RollingUpdateStatefulSetStrategyInput>;
  type?: InputMaybe<StatefulSetUpdateStrategyType>;
};

export type StatefulSetUpdateStrategyType =
  | 'OnDelete'
  | 'RollingUpdate';

export type StatefulSetVolumeClaimSpec = {
  __typename?: 'StatefulSetVolumeClaimSpec';
  accessModes?: Maybe<Array<Scalars['String']['output']>>;
  resources?: Maybe<ResourceRequirements>;
  selector?: Maybe<LabelSelector>;
  storageClassName?: Maybe<Scalars['String']['output']>;
  volumeMode?: Maybe<Scalars['String']['output']>;
};

export type StatefulSetVolumeClaimSpecInput = {
  accessModes?: InputMaybe<Array<Scalars['String']['input']>>;
  resources?: InputMaybe<ResourceRequirementsInput>;
  selector?: InputMaybe<LabelSelectorInput>;
  storageClassName?: InputMaybe<Scalars['String']['input']>;
  volumeMode?: InputMaybe<Scalars['String']['input']>;
};

/** A PersistentVolumeClaim made for each pod, named `<template>-<set>-<ordinal>`. */
export type StatefulSetVolumeClaimTemplate = {
  __typename?: 'StatefulSetVolumeClaimTemplate';
  metadata: ObjectMeta;
  spec: StatefulSetVolumeClaimSpec;
};

export type StatefulSetVolumeClaimTemplateInput = {
  metadata: ObjectMetaInput;
  spec: StatefulSetVolumeClaimSpecInput;
};

export type StatefulSetWatchEvent = {
  __typename?: 'StatefulSetWatchEvent';
  object?: Maybe<StatefulSet>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

/** How volumes of a class are made (cluster-scoped). */
export type StorageClass = {
  __typename?: 'StorageClass';
  allowVolumeExpansion?: Maybe<Scalars['Boolean']['output']>;
  allowedTopologies?: Maybe<Array<TopologySelectorTerm>>;
  apiVersion: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  metadata: ObjectMeta;
  mountOptions?: Maybe<Array<Scalars['String']['output']>>;
  parameters?: Maybe<Scalars['JSON']['output']>;
  provisioner: Scalars['String']['output'];
  /** Delete (default) or Retain. */
  reclaimPolicy?: Maybe<Scalars['String']['output']>;
  /** Immediate (default) or WaitForFirstConsumer. */
  volumeBindingMode?: Maybe<Scalars['String']['output']>;
};

export type StorageClassInput = {
  allowVolumeExpansion?: InputMaybe<Scalars['Boolean']['input']>;
  allowedTopologies?: InputMaybe<Array<TopologySelectorTermInput>>;
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  metadata: ObjectMetaInput;
  mountOptions?: InputMaybe<Array<Scalars['String']['input']>>;
  parameters?: InputMaybe<Scalars['JSON']['input']>;
  provisioner: Scalars['String']['input'];
  reclaimPolicy?: InputMaybe<Scalars['String']['input']>;
  volumeBindingMode?: InputMaybe<Scalars['String']['input']>;
};

export type StorageClassList = {
  __typename?: 'StorageClassList';
  items: Array<StorageClass>;
  metadata: ListMeta;
};

export type StorageClassWatchEvent = {
  __typename?: 'StorageClassWatchEvent';
  object?: Maybe<StorageClass>;
  resourceVersion: Scalars['String']['output'];
  type: WatchEventType;
};

/** Who a binding grants its role to: kind User, Group or ServiceAccount (with its namespace). */
export type Subject = {
  __typename?: 'Subject';
  apiGroup?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace?: Maybe<Scalars['String']['output']>;
};

export type SubjectInput = {
  apiGroup?: InputMaybe<Scalars['String']['input']>;
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Node agents only: the log streams readers ask of this node (the node is the caller's identity).
   * An agent keeps one open on its own connection; each START is answered with sendPodLogChunk
   * calls for its requestId, each CANCEL stops that stream. Readers reach only agents connected to
   * the same API server. Completes when the server shuts down: subscribe again.
   */
  agentLogRequests: AgentLogRequest;
  /**
   * Node agents only: the pod streams (exec, attach, port-forward) asked of this node, over the
   * agent's own connection. Completes when the server shuts down: subscribe again.
   */
  agentStreamRequests: AgentStreamRequest;
  /**
   * Runs `command` in a container of the pod, on the node that runs it (the dashboard's terminal;
   * `kubectl exec` uses the REST endpoint). `container` may be left out when the pod has one;
   * `stdin` (default true) keeps the command's stdin open for sendPodExecInput; `tty` gives it a
   * terminal (stderr then comes merged into stdout). Ends after the event with the exit code.
   * Needs permission to create Pod/exec.
   */
  execPod: PodExecEvent;
  /**
   * Streams a container's log from the node that runs the pod. Ends when the log ends (or, with
   * `follow`, when the container is gone). `container` may be left out when the pod has one.
   * Errors: NOT_FOUND (no such pod, or no such current/previous container log on the node),
   * INVALID (unknown container, or none named in a pod of several: the message lists them),
   * UNAVAILABLE (the pod is not bound to a node yet, the node's agent is not connected, or it
   * went away mid-stream), FORBIDDEN.
   */
  podLogs: PodLogChunk;
  watchClusterRoleBindings: ClusterRoleBindingWatchEvent;
  watchClusterRoles: ClusterRoleWatchEvent;
  watchConfigMaps: ConfigMapWatchEvent;
  watchCronJobs: CronJobWatchEvent;
  watchDaemonSets: DaemonSetWatchEvent;
  watchDeployments: DeploymentWatchEvent;
  watchEndpoints: EndpointsWatchEvent;
  watchEvents: EventWatchEvent;
  watchJobs: JobWatchEvent;
  watchLeases: LeaseWatchEvent;
  watchLimitRanges: LimitRangeWatchEvent;
  watchNamespaces: NamespaceWatchEvent;
  watchNodes: NodeWatchEvent;
  watchPersistentVolumeClaims: PersistentVolumeClaimWatchEvent;
  watchPersistentVolumes: PersistentVolumeWatchEvent;
  watchPods: PodWatchEvent;
  watchPriorityClasses: PriorityClassWatchEvent;
  watchReplicaSets: ReplicaSetWatchEvent;
  watchReplicationControllers: ReplicationControllerWatchEvent;
  watchResourceQuotas: ResourceQuotaWatchEvent;
  watchRoleBindings: RoleBindingWatchEvent;
  watchRoles: RoleWatchEvent;
  watchSecrets: SecretWatchEvent;
  watchServiceAccounts: ServiceAccountWatchEvent;
  watchServices: ServiceWatchEvent;
  watchStatefulSets: StatefulSetWatchEvent;
  watchStorageClasses: StorageClassWatchEvent;
};


export type SubscriptionExecPodArgs = {
  command: Array<Scalars['String']['input']>;
  container?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  stdin?: InputMaybe<Scalars['Boolean']['input']>;
  tty?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionPodLogsArgs = {
  container?: InputMaybe<Scalars['String']['input']>;
  follow?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  previous?: InputMaybe<Scalars['Boolean']['input']>;
  sinceSeconds?: InputMaybe<Scalars['Int']['input']>;
  tailLines?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionWatchClusterRoleBindingsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchClusterRolesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchConfigMapsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchCronJobsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchDaemonSetsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchDeploymentsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchEndpointsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchEventsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchJobsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchLeasesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchLimitRangesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchNamespacesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchNodesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchPersistentVolumeClaimsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchPersistentVolumesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchPodsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchPriorityClassesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchReplicaSetsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchReplicationControllersArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchResourceQuotasArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchRoleBindingsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchRolesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchSecretsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchServiceAccountsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchServicesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchStatefulSetsArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubscriptionWatchStorageClassesArgs = {
  fieldSelector?: InputMaybe<Scalars['String']['input']>;
  labelSelector?: InputMaybe<Scalars['String']['input']>;
  resourceVersion?: InputMaybe<Scalars['String']['input']>;
  sendInitialEvents?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TcpSocketAction = {
  __typename?: 'TCPSocketAction';
  host?: Maybe<Scalars['String']['output']>;
  port: Scalars['IntOrString']['output'];
};

export type TcpSocketActionInput = {
  host?: InputMaybe<Scalars['String']['input']>;
  port: Scalars['IntOrString']['input'];
};

export type Taint = {
  __typename?: 'Taint';
  effect: TaintEffect;
  key: Scalars['String']['output'];
  timeAdded?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type TaintEffect =
  | 'NoExecute'
  | 'NoSchedule'
  | 'PreferNoSchedule';

export type TaintInput = {
  effect: TaintEffect;
  key: Scalars['String']['input'];
  timeAdded?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
};

export type TerminationMessagePolicy =
  | 'FallbackToLogsOnError'
  | 'File';

export type Toleration = {
  __typename?: 'Toleration';
  effect?: Maybe<TaintEffect>;
  key?: Maybe<Scalars['String']['output']>;
  operator?: Maybe<TolerationOperator>;
  tolerationSeconds?: Maybe<Scalars['Int']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type TolerationInput = {
  effect?: InputMaybe<TaintEffect>;
  key?: InputMaybe<Scalars['String']['input']>;
  operator?: InputMaybe<TolerationOperator>;
  tolerationSeconds?: InputMaybe<Scalars['Int']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
};

export type TolerationOperator =
  | 'Equal'
  | 'Exists';

export type TopologySelectorLabelRequirement = {
  __typename?: 'TopologySelectorLabelRequirement';
  key: Scalars['String']['output'];
  values: Array<Scalars['String']['output']>;
};

export type TopologySelectorLabelRequirementInput = {
  key: Scalars['String']['input'];
  values: Array<Scalars['String']['input']>;
};

export type TopologySelectorTerm = {
  __typename?: 'TopologySelectorTerm';
  matchLabelExpressions?: Maybe<Array<TopologySelectorLabelRequirement>>;
};

export type TopologySelectorTermInput = {
  matchLabelExpressions?: InputMaybe<Array<TopologySelectorLabelRequirementInput>>;
};

export type UriScheme =
  | 'HTTP'
  | 'HTTPS';

/** What a node's agent measured over one window: itself and every pod it runs that it could measure. */
export type UsageReportInput = {
  node?: InputMaybe<NodeUsageInput>;
  nodeName: Scalars['String']['input'];
  pods: Array<PodUsageInput>;
  windowSeconds: Scalars['Float']['input'];
};

/** A user's bearer token, made by createUserToken. Shown once: only its hash is stored. */
export type UserToken = {
  __typename?: 'UserToken';
  /** RFC 3339; null when it does not expire. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  groups: Array<Scalars['String']['output']>;
  token: Scalars['String']['output'];
  user: Scalars['String']['output'];
};

export type Volume = {
  __typename?: 'Volume';
  configMap?: Maybe<ConfigMapVolumeSource>;
  downwardAPI?: Maybe<DownwardApiVolumeSource>;
  emptyDir?: Maybe<EmptyDirVolumeSource>;
  hostPath?: Maybe<HostPathVolumeSource>;
  name: Scalars['String']['output'];
  persistentVolumeClaim?: Maybe<PersistentVolumeClaimVolumeSource>;
  projected?: Maybe<ProjectedVolumeSource>;
  secret?: Maybe<SecretVolumeSource>;
};

export type VolumeInput = {
  configMap?: InputMaybe<ConfigMapVolumeSourceInput>;
  downwardAPI?: InputMaybe<DownwardApiVolumeSourceInput>;
  emptyDir?: InputMaybe<EmptyDirVolumeSourceInput>;
  hostPath?: InputMaybe<HostPathVolumeSourceInput>;
  name: Scalars['String']['input'];
  persistentVolumeClaim?: InputMaybe<PersistentVolumeClaimVolumeSourceInput>;
  projected?: InputMaybe<ProjectedVolumeSourceInput>;
  secret?: InputMaybe<SecretVolumeSourceInput>;
};

export type VolumeMount = {
  __typename?: 'VolumeMount';
  mountPath: Scalars['String']['output'];
  /** Accepted and ignored: every mount is private (docs/operations.md). */
  mountPropagation?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  readOnly?: Maybe<Scalars['Boolean']['output']>;
  subPath?: Maybe<Scalars['String']['output']>;
  /** Like subPath, with `$(VAR)` expanded from the container's environment. */
  subPathExpr?: Maybe<Scalars['String']['output']>;
};

export type VolumeMountInput = {
  mountPath: Scalars['String']['input'];
  mountPropagation?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  readOnly?: InputMaybe<Scalars['Boolean']['input']>;
  subPath?: InputMaybe<Scalars['String']['input']>;
  subPathExpr?: InputMaybe<Scalars['String']['input']>;
};

export type VolumeNodeAffinity = {
  __typename?: 'VolumeNodeAffinity';
  required?: Maybe<NodeSelector>;
};

export type VolumeNodeAffinityInput = {
  required?: InputMaybe<NodeSelectorInput>;
};

export type VolumeProjection = {
  __typename?: 'VolumeProjection';
  configMap?: Maybe<ConfigMapProjection>;
  downwardAPI?: Maybe<DownwardApiProjection>;
  secret?: Maybe<SecretProjection>;
  serviceAccountToken?: Maybe<ServiceAccountTokenProjection>;
};

export type VolumeProjectionInput = {
  configMap?: InputMaybe<ConfigMapProjectionInput>;
  downwardAPI?: InputMaybe<DownwardApiProjectionInput>;
  secret?: InputMaybe<SecretProjectionInput>;
  serviceAccountToken?: InputMaybe<ServiceAccountTokenProjectionInput>;
};

export type WatchEventType =
  | 'ADDED'
  /** Carries no object: the revision the watch has reached. */
  | 'BOOKMARK'
  | 'DELETED'
  | 'MODIFIED';

export type WeightedPodAffinityTerm = {
  __typename?: 'WeightedPodAffinityTerm';
  podAffinityTerm: PodAffinityTerm;
  weight: Scalars['Int']['output'];
};

export type WeightedPodAffinityTermInput = {
  podAffinityTerm: PodAffinityTermInput;
  weight: Scalars['Int']['input'];
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
  Affinity: ResolverTypeWrapper<Affinity>;
  AffinityInput: AffinityInput;
  AgentLogRequest: ResolverTypeWrapper<AgentLogRequest>;
  AgentLogRequestType: AgentLogRequestType;
  AgentStreamRequest: ResolverTypeWrapper<AgentStreamRequest>;
  AgentStreamRequestType: AgentStreamRequestType;
  AggregationRule: ResolverTypeWrapper<AggregationRule>;
  AggregationRuleInput: AggregationRuleInput;
  ApplyAction: ApplyAction;
  ApplyResult: ResolverTypeWrapper<ApplyResult>;
  AuthorizedActions: ResolverTypeWrapper<AuthorizedActions>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BootstrapToken: ResolverTypeWrapper<BootstrapToken>;
  BootstrapTokenInfo: ResolverTypeWrapper<BootstrapTokenInfo>;
  BoundObjectReferenceInput: BoundObjectReferenceInput;
  Capabilities: ResolverTypeWrapper<Capabilities>;
  CapabilitiesInput: CapabilitiesInput;
  ClientIPConfig: ResolverTypeWrapper<ClientIpConfig>;
  ClientIPConfigInput: ClientIpConfigInput;
  ClusterRole: ResolverTypeWrapper<KObject>;
  ClusterRoleBinding: ResolverTypeWrapper<KObject>;
  ClusterRoleBindingInput: ClusterRoleBindingInput;
  ClusterRoleBindingList: ResolverTypeWrapper<Omit<ClusterRoleBindingList, 'items'> & { items: Array<ResolversTypes['ClusterRoleBinding']> }>;
  ClusterRoleBindingWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ClusterRoleInput: ClusterRoleInput;
  ClusterRoleList: ResolverTypeWrapper<Omit<ClusterRoleList, 'items'> & { items: Array<ResolversTypes['ClusterRole']> }>;
  ClusterRoleWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  Condition: ResolverTypeWrapper<Condition>;
  ConditionInput: ConditionInput;
  ConditionStatus: ConditionStatus;
  ConfigMap: ResolverTypeWrapper<KObject>;
  ConfigMapEnvSource: ResolverTypeWrapper<ConfigMapEnvSource>;
  ConfigMapEnvSourceInput: ConfigMapEnvSourceInput;
  ConfigMapInput: ConfigMapInput;
  ConfigMapKeySelector: ResolverTypeWrapper<ConfigMapKeySelector>;
  ConfigMapKeySelectorInput: ConfigMapKeySelectorInput;
  ConfigMapList: ResolverTypeWrapper<Omit<ConfigMapList, 'items'> & { items: Array<ResolversTypes['ConfigMap']> }>;
  ConfigMapProjection: ResolverTypeWrapper<ConfigMapProjection>;
  ConfigMapProjectionInput: ConfigMapProjectionInput;
  ConfigMapVolumeSource: ResolverTypeWrapper<ConfigMapVolumeSource>;
  ConfigMapVolumeSourceInput: ConfigMapVolumeSourceInput;
  ConfigMapWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  Container: ResolverTypeWrapper<Container>;
  ContainerInput: ContainerInput;
  ContainerMetrics: ResolverTypeWrapper<ContainerMetrics>;
  ContainerPort: ResolverTypeWrapper<ContainerPort>;
  ContainerPortInput: ContainerPortInput;
  ContainerRestartPolicy: ContainerRestartPolicy;
  ContainerState: ResolverTypeWrapper<ContainerState>;
  ContainerStateInput: ContainerStateInput;
  ContainerStateRunning: ResolverTypeWrapper<ContainerStateRunning>;
  ContainerStateRunningInput: ContainerStateRunningInput;
  ContainerStateTerminated: ResolverTypeWrapper<ContainerStateTerminated>;
  ContainerStateTerminatedInput: ContainerStateTerminatedInput;
  ContainerStateWaiting: ResolverTypeWrapper<ContainerStateWaiting>;
  ContainerStateWaitingInput: ContainerStateWaitingInput;
  ContainerStatus: ResolverTypeWrapper<ContainerStatus>;
  ContainerStatusInput: ContainerStatusInput;
  ContainerUsageInput: ContainerUsageInput;
  CronJob: ResolverTypeWrapper<KObject>;
  CronJobInput: CronJobInput;
  CronJobList: ResolverTypeWrapper<Omit<CronJobList, 'items'> & { items: Array<ResolversTypes['CronJob']> }>;
  CronJobSpec: ResolverTypeWrapper<CronJobSpec>;
  CronJobSpecInput: CronJobSpecInput;
  CronJobStatus: ResolverTypeWrapper<CronJobStatus>;
  CronJobStatusInput: CronJobStatusInput;
  CronJobWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  DaemonEndpoint: ResolverTypeWrapper<DaemonEndpoint>;
  DaemonEndpointInput: DaemonEndpointInput;
  DaemonSet: ResolverTypeWrapper<KObject>;
  DaemonSetCondition: ResolverTypeWrapper<DaemonSetCondition>;
  DaemonSetConditionInput: DaemonSetConditionInput;
  DaemonSetInput: DaemonSetInput;
  DaemonSetList: ResolverTypeWrapper<Omit<DaemonSetList, 'items'> & { items: Array<ResolversTypes['DaemonSet']> }>;
  DaemonSetSpec: ResolverTypeWrapper<DaemonSetSpec>;
  DaemonSetSpecInput: DaemonSetSpecInput;
  DaemonSetStatus: ResolverTypeWrapper<DaemonSetStatus>;
  DaemonSetStatusInput: DaemonSetStatusInput;
  DaemonSetUpdateStrategy: ResolverTypeWrapper<DaemonSetUpdateStrategy>;
  DaemonSetUpdateStrategyInput: DaemonSetUpdateStrategyInput;
  DaemonSetUpdateStrategyType: DaemonSetUpdateStrategyType;
  DaemonSetWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  Deployment: ResolverTypeWrapper<KObject>;
  DeploymentCondition: ResolverTypeWrapper<DeploymentCondition>;
  DeploymentConditionInput: DeploymentConditionInput;
  DeploymentInput: DeploymentInput;
  DeploymentList: ResolverTypeWrapper<Omit<DeploymentList, 'items'> & { items: Array<ResolversTypes['Deployment']> }>;
  DeploymentSpec: ResolverTypeWrapper<DeploymentSpec>;
  DeploymentSpecInput: DeploymentSpecInput;
  DeploymentStatus: ResolverTypeWrapper<DeploymentStatus>;
  DeploymentStatusInput: DeploymentStatusInput;
  DeploymentStrategy: ResolverTypeWrapper<DeploymentStrategy>;
  DeploymentStrategyInput: DeploymentStrategyInput;
  DeploymentStrategyType: DeploymentStrategyType;
  DeploymentWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  DownwardAPIProjection: ResolverTypeWrapper<DownwardApiProjection>;
  DownwardAPIProjectionInput: DownwardApiProjectionInput;
  DownwardAPIVolumeFile: ResolverTypeWrapper<DownwardApiVolumeFile>;
  DownwardAPIVolumeFileInput: DownwardApiVolumeFileInput;
  DownwardAPIVolumeSource: ResolverTypeWrapper<DownwardApiVolumeSource>;
  DownwardAPIVolumeSourceInput: DownwardApiVolumeSourceInput;
  EmptyDirVolumeSource: ResolverTypeWrapper<EmptyDirVolumeSource>;
  EmptyDirVolumeSourceInput: EmptyDirVolumeSourceInput;
  EndpointAddress: ResolverTypeWrapper<EndpointAddress>;
  EndpointAddressInput: EndpointAddressInput;
  EndpointPort: ResolverTypeWrapper<EndpointPort>;
  EndpointPortInput: EndpointPortInput;
  EndpointSubset: ResolverTypeWrapper<EndpointSubset>;
  EndpointSubsetInput: EndpointSubsetInput;
  Endpoints: ResolverTypeWrapper<KObject>;
  EndpointsInput: EndpointsInput;
  EndpointsList: ResolverTypeWrapper<Omit<EndpointsList, 'items'> & { items: Array<ResolversTypes['Endpoints']> }>;
  EndpointsWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  EnvFromSource: ResolverTypeWrapper<EnvFromSource>;
  EnvFromSourceInput: EnvFromSourceInput;
  EnvVar: ResolverTypeWrapper<EnvVar>;
  EnvVarInput: EnvVarInput;
  EnvVarSource: ResolverTypeWrapper<EnvVarSource>;
  EnvVarSourceInput: EnvVarSourceInput;
  Event: ResolverTypeWrapper<KObject>;
  EventInput: EventInput;
  EventList: ResolverTypeWrapper<Omit<EventList, 'items'> & { items: Array<ResolversTypes['Event']> }>;
  EventSource: ResolverTypeWrapper<EventSource>;
  EventSourceInput: EventSourceInput;
  EventWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ExecAction: ResolverTypeWrapper<ExecAction>;
  ExecActionInput: ExecActionInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HTTPGetAction: ResolverTypeWrapper<HttpGetAction>;
  HTTPGetActionInput: HttpGetActionInput;
  HTTPHeader: ResolverTypeWrapper<HttpHeader>;
  HTTPHeaderInput: HttpHeaderInput;
  HistoryEntry: ResolverTypeWrapper<ApiHistoryEntry>;
  HostAlias: ResolverTypeWrapper<HostAlias>;
  HostAliasInput: HostAliasInput;
  HostPathVolumeSource: ResolverTypeWrapper<HostPathVolumeSource>;
  HostPathVolumeSourceInput: HostPathVolumeSourceInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntOrString: ResolverTypeWrapper<Scalars['IntOrString']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Job: ResolverTypeWrapper<KObject>;
  JobCondition: ResolverTypeWrapper<JobCondition>;
  JobConditionInput: JobConditionInput;
  JobInput: JobInput;
  JobList: ResolverTypeWrapper<Omit<JobList, 'items'> & { items: Array<ResolversTypes['Job']> }>;
  JobSpec: ResolverTypeWrapper<JobSpec>;
  JobSpecInput: JobSpecInput;
  JobStatus: ResolverTypeWrapper<JobStatus>;
  JobStatusInput: JobStatusInput;
  JobTemplateSpec: ResolverTypeWrapper<JobTemplateSpec>;
  JobTemplateSpecInput: JobTemplateSpecInput;
  JobWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  KeyToPath: ResolverTypeWrapper<KeyToPath>;
  KeyToPathInput: KeyToPathInput;
  LabelSelector: ResolverTypeWrapper<LabelSelector>;
  LabelSelectorInput: LabelSelectorInput;
  LabelSelectorOperator: LabelSelectorOperator;
  LabelSelectorRequirement: ResolverTypeWrapper<LabelSelectorRequirement>;
  LabelSelectorRequirementInput: LabelSelectorRequirementInput;
  Lease: ResolverTypeWrapper<KObject>;
  LeaseInput: LeaseInput;
  LeaseList: ResolverTypeWrapper<Omit<LeaseList, 'items'> & { items: Array<ResolversTypes['Lease']> }>;
  LeaseSpec: ResolverTypeWrapper<LeaseSpec>;
  LeaseSpecInput: LeaseSpecInput;
  LeaseWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  Lifecycle: ResolverTypeWrapper<Lifecycle>;
  LifecycleHandler: ResolverTypeWrapper<LifecycleHandler>;
  LifecycleHandlerInput: LifecycleHandlerInput;
  LifecycleInput: LifecycleInput;
  LimitRange: ResolverTypeWrapper<KObject>;
  LimitRangeInput: LimitRangeInput;
  LimitRangeItem: ResolverTypeWrapper<LimitRangeItem>;
  LimitRangeItemInput: LimitRangeItemInput;
  LimitRangeList: ResolverTypeWrapper<Omit<LimitRangeList, 'items'> & { items: Array<ResolversTypes['LimitRange']> }>;
  LimitRangeSpec: ResolverTypeWrapper<LimitRangeSpec>;
  LimitRangeSpecInput: LimitRangeSpecInput;
  LimitRangeWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ListMeta: ResolverTypeWrapper<ListMeta>;
  LoadBalancerIngress: ResolverTypeWrapper<LoadBalancerIngress>;
  LoadBalancerIngressInput: LoadBalancerIngressInput;
  LoadBalancerStatus: ResolverTypeWrapper<LoadBalancerStatus>;
  LoadBalancerStatusInput: LoadBalancerStatusInput;
  LocalObjectReference: ResolverTypeWrapper<LocalObjectReference>;
  LocalObjectReferenceInput: LocalObjectReferenceInput;
  LocalVolumeSource: ResolverTypeWrapper<LocalVolumeSource>;
  LocalVolumeSourceInput: LocalVolumeSourceInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Namespace: ResolverTypeWrapper<KObject>;
  NamespaceCondition: ResolverTypeWrapper<NamespaceCondition>;
  NamespaceConditionInput: NamespaceConditionInput;
  NamespaceInput: NamespaceInput;
  NamespaceList: ResolverTypeWrapper<Omit<NamespaceList, 'items'> & { items: Array<ResolversTypes['Namespace']> }>;
  NamespacePhase: NamespacePhase;
  NamespaceSpec: ResolverTypeWrapper<NamespaceSpec>;
  NamespaceSpecInput: NamespaceSpecInput;
  NamespaceStatus: ResolverTypeWrapper<NamespaceStatus>;
  NamespaceStatusInput: NamespaceStatusInput;
  NamespaceWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  Node: ResolverTypeWrapper<KObject>;
  NodeAddress: ResolverTypeWrapper<NodeAddress>;
  NodeAddressInput: NodeAddressInput;
  NodeAffinity: ResolverTypeWrapper<NodeAffinity>;
  NodeAffinityInput: NodeAffinityInput;
  NodeCondition: ResolverTypeWrapper<NodeCondition>;
  NodeConditionInput: NodeConditionInput;
  NodeCredential: ResolverTypeWrapper<NodeCredential>;
  NodeDaemonEndpoints: ResolverTypeWrapper<NodeDaemonEndpoints>;
  NodeDaemonEndpointsInput: NodeDaemonEndpointsInput;
  NodeInput: NodeInput;
  NodeList: ResolverTypeWrapper<Omit<NodeList, 'items'> & { items: Array<ResolversTypes['Node']> }>;
  NodeMetrics: ResolverTypeWrapper<NodeMetrics>;
  NodeSchedulingResult: ResolverTypeWrapper<NodeSchedulingResult>;
  NodeSelector: ResolverTypeWrapper<NodeSelector>;
  NodeSelectorInput: NodeSelectorInput;
  NodeSelectorOperator: NodeSelectorOperator;
  NodeSelectorRequirement: ResolverTypeWrapper<NodeSelectorRequirement>;
  NodeSelectorRequirementInput: NodeSelectorRequirementInput;
  NodeSelectorTerm: ResolverTypeWrapper<NodeSelectorTerm>;
  NodeSelectorTermInput: NodeSelectorTermInput;
  NodeSpec: ResolverTypeWrapper<NodeSpec>;
  NodeSpecInput: NodeSpecInput;
  NodeStatus: ResolverTypeWrapper<NodeStatus>;
  NodeStatusInput: NodeStatusInput;
  NodeSystemInfo: ResolverTypeWrapper<NodeSystemInfo>;
  NodeSystemInfoInput: NodeSystemInfoInput;
  NodeUsageInput: NodeUsageInput;
  NodeWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ObjectFieldSelector: ResolverTypeWrapper<ObjectFieldSelector>;
  ObjectFieldSelectorInput: ObjectFieldSelectorInput;
  ObjectMeta: ResolverTypeWrapper<ObjectMeta>;
  ObjectMetaInput: ObjectMetaInput;
  ObjectReference: ResolverTypeWrapper<ObjectReference>;
  ObjectReferenceInput: ObjectReferenceInput;
  OwnerReference: ResolverTypeWrapper<OwnerReference>;
  OwnerReferenceInput: OwnerReferenceInput;
  PersistentVolume: ResolverTypeWrapper<KObject>;
  PersistentVolumeClaim: ResolverTypeWrapper<KObject>;
  PersistentVolumeClaimCondition: ResolverTypeWrapper<PersistentVolumeClaimCondition>;
  PersistentVolumeClaimConditionInput: PersistentVolumeClaimConditionInput;
  PersistentVolumeClaimInput: PersistentVolumeClaimInput;
  PersistentVolumeClaimList: ResolverTypeWrapper<Omit<PersistentVolumeClaimList, 'items'> & { items: Array<ResolversTypes['PersistentVolumeClaim']> }>;
  PersistentVolumeClaimPhase: PersistentVolumeClaimPhase;
  PersistentVolumeClaimSpec: ResolverTypeWrapper<PersistentVolumeClaimSpec>;
  PersistentVolumeClaimSpecInput: PersistentVolumeClaimSpecInput;
  PersistentVolumeClaimStatus: ResolverTypeWrapper<PersistentVolumeClaimStatus>;
  PersistentVolumeClaimStatusInput: PersistentVolumeClaimStatusInput;
  PersistentVolumeClaimVolumeSource: ResolverTypeWrapper<PersistentVolumeClaimVolumeSource>;
  PersistentVolumeClaimVolumeSourceInput: PersistentVolumeClaimVolumeSourceInput;
  PersistentVolumeClaimWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  PersistentVolumeInput: PersistentVolumeInput;
  PersistentVolumeList: ResolverTypeWrapper<Omit<PersistentVolumeList, 'items'> & { items: Array<ResolversTypes['PersistentVolume']> }>;
  PersistentVolumePhase: PersistentVolumePhase;
  PersistentVolumeSpec: ResolverTypeWrapper<PersistentVolumeSpec>;
  PersistentVolumeSpecInput: PersistentVolumeSpecInput;
  PersistentVolumeStatus: ResolverTypeWrapper<PersistentVolumeStatus>;
  PersistentVolumeStatusInput: PersistentVolumeStatusInput;
  PersistentVolumeWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  Pod: ResolverTypeWrapper<KObject>;
  PodAffinity: ResolverTypeWrapper<PodAffinity>;
  PodAffinityInput: PodAffinityInput;
  PodAffinityTerm: ResolverTypeWrapper<PodAffinityTerm>;
  PodAffinityTermInput: PodAffinityTermInput;
  PodAntiAffinity: ResolverTypeWrapper<PodAntiAffinity>;
  PodAntiAffinityInput: PodAntiAffinityInput;
  PodCondition: ResolverTypeWrapper<PodCondition>;
  PodConditionInput: PodConditionInput;
  PodDNSConfig: ResolverTypeWrapper<PodDnsConfig>;
  PodDNSConfigInput: PodDnsConfigInput;
  PodDNSConfigOption: ResolverTypeWrapper<PodDnsConfigOption>;
  PodDNSConfigOptionInput: PodDnsConfigOptionInput;
  PodExecEvent: ResolverTypeWrapper<PodExecEvent>;
  PodIP: ResolverTypeWrapper<PodIp>;
  PodIPInput: PodIpInput;
  PodInput: PodInput;
  PodList: ResolverTypeWrapper<Omit<PodList, 'items'> & { items: Array<ResolversTypes['Pod']> }>;
  PodLogChunk: ResolverTypeWrapper<PodLogChunk>;
  PodManagementPolicyType: PodManagementPolicyType;
  PodMetrics: ResolverTypeWrapper<PodMetrics>;
  PodPhase: PodPhase;
  PodSecurityContext: ResolverTypeWrapper<PodSecurityContext>;
  PodSecurityContextInput: PodSecurityContextInput;
  PodSpec: ResolverTypeWrapper<PodSpec>;
  PodSpecInput: PodSpecInput;
  PodStatus: ResolverTypeWrapper<PodStatus>;
  PodStatusInput: PodStatusInput;
  PodStreamKind: PodStreamKind;
  PodStreamName: PodStreamName;
  PodTemplateSpec: ResolverTypeWrapper<PodTemplateSpec>;
  PodTemplateSpecInput: PodTemplateSpecInput;
  PodUsageInput: PodUsageInput;
  PodWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  PolicyRule: ResolverTypeWrapper<PolicyRule>;
  PolicyRuleInput: PolicyRuleInput;
  PreferredSchedulingTerm: ResolverTypeWrapper<PreferredSchedulingTerm>;
  PreferredSchedulingTermInput: PreferredSchedulingTermInput;
  PriorityClass: ResolverTypeWrapper<KObject>;
  PriorityClassInput: PriorityClassInput;
  PriorityClassList: ResolverTypeWrapper<Omit<PriorityClassList, 'items'> & { items: Array<ResolversTypes['PriorityClass']> }>;
  PriorityClassWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  Probe: ResolverTypeWrapper<Probe>;
  ProbeInput: ProbeInput;
  ProjectedVolumeSource: ResolverTypeWrapper<ProjectedVolumeSource>;
  ProjectedVolumeSourceInput: ProjectedVolumeSourceInput;
  PropagationPolicy: PropagationPolicy;
  Protocol: Protocol;
  PullPolicy: PullPolicy;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplicaSet: ResolverTypeWrapper<KObject>;
  ReplicaSetCondition: ResolverTypeWrapper<ReplicaSetCondition>;
  ReplicaSetConditionInput: ReplicaSetConditionInput;
  ReplicaSetInput: ReplicaSetInput;
  ReplicaSetList: ResolverTypeWrapper<Omit<ReplicaSetList, 'items'> & { items: Array<ResolversTypes['ReplicaSet']> }>;
  ReplicaSetSpec: ResolverTypeWrapper<ReplicaSetSpec>;
  ReplicaSetSpecInput: ReplicaSetSpecInput;
  ReplicaSetStatus: ResolverTypeWrapper<ReplicaSetStatus>;
  ReplicaSetStatusInput: ReplicaSetStatusInput;
  ReplicaSetWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ReplicationController: ResolverTypeWrapper<KObject>;
  ReplicationControllerCondition: ResolverTypeWrapper<ReplicationControllerCondition>;
  ReplicationControllerConditionInput: ReplicationControllerConditionInput;
  ReplicationControllerInput: ReplicationControllerInput;
  ReplicationControllerList: ResolverTypeWrapper<Omit<ReplicationControllerList, 'items'> & { items: Array<ResolversTypes['ReplicationController']> }>;
  ReplicationControllerSpec: ResolverTypeWrapper<ReplicationControllerSpec>;
  ReplicationControllerSpecInput: ReplicationControllerSpecInput;
  ReplicationControllerStatus: ResolverTypeWrapper<ReplicationControllerStatus>;
  ReplicationControllerStatusInput: ReplicationControllerStatusInput;
  ReplicationControllerWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ResourceFieldSelector: ResolverTypeWrapper<ResourceFieldSelector>;
  ResourceFieldSelectorInput: ResourceFieldSelectorInput;
  ResourceQuota: ResolverTypeWrapper<KObject>;
  ResourceQuotaInput: ResourceQuotaInput;
  ResourceQuotaList: ResolverTypeWrapper<Omit<ResourceQuotaList, 'items'> & { items: Array<ResolversTypes['ResourceQuota']> }>;
  ResourceQuotaSpec: ResolverTypeWrapper<ResourceQuotaSpec>;
  ResourceQuotaSpecInput: ResourceQuotaSpecInput;
  ResourceQuotaStatus: ResolverTypeWrapper<ResourceQuotaStatus>;
  ResourceQuotaStatusInput: ResourceQuotaStatusInput;
  ResourceQuotaWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ResourceRequirements: ResolverTypeWrapper<ResourceRequirements>;
  ResourceRequirementsInput: ResourceRequirementsInput;
  RestartPolicy: RestartPolicy;
  Role: ResolverTypeWrapper<KObject>;
  RoleBinding: ResolverTypeWrapper<KObject>;
  RoleBindingInput: RoleBindingInput;
  RoleBindingList: ResolverTypeWrapper<Omit<RoleBindingList, 'items'> & { items: Array<ResolversTypes['RoleBinding']> }>;
  RoleBindingWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  RoleInput: RoleInput;
  RoleList: ResolverTypeWrapper<Omit<RoleList, 'items'> & { items: Array<ResolversTypes['Role']> }>;
  RoleRef: ResolverTypeWrapper<RoleRef>;
  RoleRefInput: RoleRefInput;
  RoleWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  RollingUpdateDaemonSet: ResolverTypeWrapper<RollingUpdateDaemonSet>;
  RollingUpdateDaemonSetInput: RollingUpdateDaemonSetInput;
  RollingUpdateDeployment: ResolverTypeWrapper<RollingUpdateDeployment>;
  RollingUpdateDeploymentInput: RollingUpdateDeploymentInput;
  RollingUpdateStatefulSetStrategy: ResolverTypeWrapper<RollingUpdateStatefulSetStrategy>;
  RollingUpdateStatefulSetStrategyInput: RollingUpdateStatefulSetStrategyInput;
  ScalableKind: ScalableKind;
  Scale: ResolverTypeWrapper<ApiScale>;
  ScaleSpec: ResolverTypeWrapper<ScaleSpec>;
  ScaleStatus: ResolverTypeWrapper<ScaleStatus>;
  SchedulingExplanation: ResolverTypeWrapper<SchedulingExplanation>;
  ScopeSelector: ResolverTypeWrapper<ScopeSelector>;
  ScopeSelectorInput: ScopeSelectorInput;
  ScopedResourceSelectorRequirement: ResolverTypeWrapper<ScopedResourceSelectorRequirement>;
  ScopedResourceSelectorRequirementInput: ScopedResourceSelectorRequirementInput;
  Secret: ResolverTypeWrapper<KObject>;
  SecretEnvSource: ResolverTypeWrapper<SecretEnvSource>;
  SecretEnvSourceInput: SecretEnvSourceInput;
  SecretInput: SecretInput;
  SecretKeySelector: ResolverTypeWrapper<SecretKeySelector>;
  SecretKeySelectorInput: SecretKeySelectorInput;
  SecretList: ResolverTypeWrapper<Omit<SecretList, 'items'> & { items: Array<ResolversTypes['Secret']> }>;
  SecretProjection: ResolverTypeWrapper<SecretProjection>;
  SecretProjectionInput: SecretProjectionInput;
  SecretVolumeSource: ResolverTypeWrapper<SecretVolumeSource>;
  SecretVolumeSourceInput: SecretVolumeSourceInput;
  SecretWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  SecurityContext: ResolverTypeWrapper<SecurityContext>;
  SecurityContextInput: SecurityContextInput;
  Service: ResolverTypeWrapper<KObject>;
  ServiceAccount: ResolverTypeWrapper<KObject>;
  ServiceAccountInput: ServiceAccountInput;
  ServiceAccountList: ResolverTypeWrapper<Omit<ServiceAccountList, 'items'> & { items: Array<ResolversTypes['ServiceAccount']> }>;
  ServiceAccountToken: ResolverTypeWrapper<ServiceAccountToken>;
  ServiceAccountTokenProjection: ResolverTypeWrapper<ServiceAccountTokenProjection>;
  ServiceAccountTokenProjectionInput: ServiceAccountTokenProjectionInput;
  ServiceAccountWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  ServiceAffinity: ServiceAffinity;
  ServiceInput: ServiceInput;
  ServiceList: ResolverTypeWrapper<Omit<ServiceList, 'items'> & { items: Array<ResolversTypes['Service']> }>;
  ServicePort: ResolverTypeWrapper<ServicePort>;
  ServicePortInput: ServicePortInput;
  ServiceSpec: ResolverTypeWrapper<ServiceSpec>;
  ServiceSpecInput: ServiceSpecInput;
  ServiceStatus: ResolverTypeWrapper<ServiceStatus>;
  ServiceStatusInput: ServiceStatusInput;
  ServiceTrafficPolicy: ServiceTrafficPolicy;
  ServiceType: ServiceType;
  ServiceWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  SessionAffinityConfig: ResolverTypeWrapper<SessionAffinityConfig>;
  SessionAffinityConfigInput: SessionAffinityConfigInput;
  SleepAction: ResolverTypeWrapper<SleepAction>;
  SleepActionInput: SleepActionInput;
  StatefulSet: ResolverTypeWrapper<KObject>;
  StatefulSetCondition: ResolverTypeWrapper<StatefulSetCondition>;
  StatefulSetConditionInput: StatefulSetConditionInput;
  StatefulSetInput: StatefulSetInput;
  StatefulSetList: ResolverTypeWrapper<Omit<StatefulSetList, 'items'> & { items: Array<ResolversTypes['StatefulSet']> }>;
  StatefulSetPersistentVolumeClaimRetentionPolicy: ResolverTypeWrapper<StatefulSetPersistentVolumeClaimRetentionPolicy>;
  StatefulSetPersistentVolumeClaimRetentionPolicyInput: StatefulSetPersistentVolumeClaimRetentionPolicyInput;
  StatefulSetSpec: ResolverTypeWrapper<StatefulSetSpec>;
  StatefulSetSpecInput: StatefulSetSpecInput;
  StatefulSetStatus: ResolverTypeWrapper<StatefulSetStatus>;
  StatefulSetStatusInput: StatefulSetStatusInput;
  StatefulSetUpdateStrategy: ResolverTypeWrapper<StatefulSetUpdateStrategy>;
  StatefulSetUpdateStrategyInput: StatefulSetUpdateStrategyInput;
  StatefulSetUpdateStrategyType: StatefulSetUpdateStrategyType;
  StatefulSetVolumeClaimSpec: ResolverTypeWrapper<StatefulSetVolumeClaimSpec>;
  StatefulSetVolumeClaimSpecInput: StatefulSetVolumeClaimSpecInput;
  StatefulSetVolumeClaimTemplate: ResolverTypeWrapper<StatefulSetVolumeClaimTemplate>;
  StatefulSetVolumeClaimTemplateInput: StatefulSetVolumeClaimTemplateInput;
  StatefulSetWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  StorageClass: ResolverTypeWrapper<KObject>;
  StorageClassInput: StorageClassInput;
  StorageClassList: ResolverTypeWrapper<Omit<StorageClassList, 'items'> & { items: Array<ResolversTypes['StorageClass']> }>;
  StorageClassWatchEvent: ResolverTypeWrapper<ApiWatchEvent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subject: ResolverTypeWrapper<Subject>;
  SubjectInput: SubjectInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TCPSocketAction: ResolverTypeWrapper<TcpSocketAction>;
  TCPSocketActionInput: TcpSocketActionInput;
  Taint: ResolverTypeWrapper<Taint>;
  TaintEffect: TaintEffect;
  TaintInput: TaintInput;
  TerminationMessagePolicy: TerminationMessagePolicy;
  Toleration: ResolverTypeWrapper<Toleration>;
  TolerationInput: TolerationInput;
  TolerationOperator: TolerationOperator;
  TopologySelectorLabelRequirement: ResolverTypeWrapper<TopologySelectorLabelRequirement>;
  TopologySelectorLabelRequirementInput: TopologySelectorLabelRequirementInput;
  TopologySelectorTerm: ResolverTypeWrapper<TopologySelectorTerm>;
  TopologySelectorTermInput: TopologySelectorTermInput;
  URIScheme: UriScheme;
  UsageReportInput: UsageReportInput;
  UserToken: ResolverTypeWrapper<UserToken>;
  Volume: ResolverTypeWrapper<Volume>;
  VolumeInput: VolumeInput;
  VolumeMount: ResolverTypeWrapper<VolumeMount>;
  VolumeMountInput: VolumeMountInput;
  VolumeNodeAffinity: ResolverTypeWrapper<VolumeNodeAffinity>;
  VolumeNodeAffinityInput: VolumeNodeAffinityInput;
  VolumeProjection: ResolverTypeWrapper<VolumeProjection>;
  VolumeProjectionInput: VolumeProjectionInput;
  WatchEventType: WatchEventType;
  WeightedPodAffinityTerm: ResolverTypeWrapper<WeightedPodAffinityTerm>;
  WeightedPodAffinityTermInput: WeightedPodAffinityTermInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Affinity: Affinity;
  AffinityInput: AffinityInput;
  AgentLogRequest: AgentLogRequest;
  AgentStreamRequest: AgentStreamRequest;
  AggregationRule: AggregationRule;
  AggregationRuleInput: AggregationRuleInput;
  ApplyResult: ApplyResult;
  AuthorizedActions: AuthorizedActions;
  Boolean: Scalars['Boolean']['output'];
  BootstrapToken: BootstrapToken;
  BootstrapTokenInfo: BootstrapTokenInfo;
  BoundObjectReferenceInput: BoundObjectReferenceInput;
  Capabilities: Capabilities;
  CapabilitiesInput: CapabilitiesInput;
  ClientIPConfig: ClientIpConfig;
  ClientIPConfigInput: ClientIpConfigInput;
  ClusterRole: KObject;
  ClusterRoleBinding: KObject;
  ClusterRoleBindingInput: ClusterRoleBindingInput;
  ClusterRoleBindingList: Omit<ClusterRoleBindingList, 'items'> & { items: Array<ResolversParentTypes['ClusterRoleBinding']> };
  ClusterRoleBindingWatchEvent: ApiWatchEvent;
  ClusterRoleInput: ClusterRoleInput;
  ClusterRoleList: Omit<ClusterRoleList, 'items'> & { items: Array<ResolversParentTypes['ClusterRole']> };
  ClusterRoleWatchEvent: ApiWatchEvent;
  Condition: Condition;
  ConditionInput: ConditionInput;
  ConfigMap: KObject;
  ConfigMapEnvSource: ConfigMapEnvSource;
  ConfigMapEnvSourceInput: ConfigMapEnvSourceInput;
  ConfigMapInput: ConfigMapInput;
  ConfigMapKeySelector: ConfigMapKeySelector;
  ConfigMapKeySelectorInput: ConfigMapKeySelectorInput;
  ConfigMapList: Omit<ConfigMapList, 'items'> & { items: Array<ResolversParentTypes['ConfigMap']> };
  ConfigMapProjection: ConfigMapProjection;
  ConfigMapProjectionInput: ConfigMapProjectionInput;
  ConfigMapVolumeSource: ConfigMapVolumeSource;
  ConfigMapVolumeSourceInput: ConfigMapVolumeSourceInput;
  ConfigMapWatchEvent: ApiWatchEvent;
  Container: Container;
  ContainerInput: ContainerInput;
  ContainerMetrics: ContainerMetrics;
  ContainerPort: ContainerPort;
  ContainerPortInput: ContainerPortInput;
  ContainerState: ContainerState;
  ContainerStateInput: ContainerStateInput;
  ContainerStateRunning: ContainerStateRunning;
  ContainerStateRunningInput: ContainerStateRunningInput;
  ContainerStateTerminated: ContainerStateTerminated;
  ContainerStateTerminatedInput: ContainerStateTerminatedInput;
  ContainerStateWaiting: ContainerStateWaiting;
  ContainerStateWaitingInput: ContainerStateWaitingInput;
  ContainerStatus: ContainerStatus;
  ContainerStatusInput: ContainerStatusInput;
  ContainerUsageInput: ContainerUsageInput;
  CronJob: KObject;
  CronJobInput: CronJobInput;
  CronJobList: Omit<CronJobList, 'items'> & { items: Array<ResolversParentTypes['CronJob']> };
  CronJobSpec: CronJobSpec;
  CronJobSpecInput: CronJobSpecInput;
  CronJobStatus: CronJobStatus;
  CronJobStatusInput: CronJobStatusInput;
  CronJobWatchEvent: ApiWatchEvent;
  DaemonEndpoint: DaemonEndpoint;
  DaemonEndpointInput: DaemonEndpointInput;
  DaemonSet: KObject;
  DaemonSetCondition: DaemonSetCondition;
  DaemonSetConditionInput: DaemonSetConditionInput;
  DaemonSetInput: DaemonSetInput;
  DaemonSetList: Omit<DaemonSetList, 'items'> & { items: Array<ResolversParentTypes['DaemonSet']> };
  DaemonSetSpec: DaemonSetSpec;
  DaemonSetSpecInput: DaemonSetSpecInput;
  DaemonSetStatus: DaemonSetStatus;
  DaemonSetStatusInput: DaemonSetStatusInput;
  DaemonSetUpdateStrategy: DaemonSetUpdateStrategy;
  DaemonSetUpdateStrategyInput: DaemonSetUpdateStrategyInput;
  DaemonSetWatchEvent: ApiWatchEvent;
  Deployment: KObject;
  DeploymentCondition: DeploymentCondition;
  DeploymentConditionInput: DeploymentConditionInput;
  DeploymentInput: DeploymentInput;
  DeploymentList: Omit<DeploymentList, 'items'> & { items: Array<ResolversParentTypes['Deployment']> };
  DeploymentSpec: DeploymentSpec;
  DeploymentSpecInput: DeploymentSpecInput;
  DeploymentStatus: DeploymentStatus;
  DeploymentStatusInput: DeploymentStatusInput;
  DeploymentStrategy: DeploymentStrategy;
  DeploymentStrategyInput: DeploymentStrategyInput;
  DeploymentWatchEvent: ApiWatchEvent;
  DownwardAPIProjection: DownwardApiProjection;
  DownwardAPIProjectionInput: DownwardApiProjectionInput;
  DownwardAPIVolumeFile: DownwardApiVolumeFile;
  DownwardAPIVolumeFileInput: DownwardApiVolumeFileInput;
  DownwardAPIVolumeSource: DownwardApiVolumeSource;
  DownwardAPIVolumeSourceInput: DownwardApiVolumeSourceInput;
  EmptyDirVolumeSource: EmptyDirVolumeSource;
  EmptyDirVolumeSourceInput: EmptyDirVolumeSourceInput;
  EndpointAddress: EndpointAddress;
  EndpointAddressInput: EndpointAddressInput;
  EndpointPort: EndpointPort;
  EndpointPortInput: EndpointPortInput;
  EndpointSubset: EndpointSubset;
  EndpointSubsetInput: EndpointSubsetInput;
  Endpoints: KObject;
  EndpointsInput: EndpointsInput;
  EndpointsList: Omit<EndpointsList, 'items'> & { items: Array<ResolversParentTypes['Endpoints']> };
  EndpointsWatchEvent: ApiWatchEvent;
  EnvFromSource: EnvFromSource;
  EnvFromSourceInput: EnvFromSourceInput;
  EnvVar: EnvVar;
  EnvVarInput: EnvVarInput;
  EnvVarSource: EnvVarSource;
  EnvVarSourceInput: EnvVarSourceInput;
  Event: KObject;
  EventInput: EventInput;
  EventList: Omit<EventList, 'items'> & { items: Array<ResolversParentTypes['Event']> };
  EventSource: EventSource;
  EventSourceInput: EventSourceInput;
  EventWatchEvent: ApiWatchEvent;
  ExecAction: ExecAction;
  ExecActionInput: ExecActionInput;
  Float: Scalars['Float']['output'];
  HTTPGetAction: HttpGetAction;
  HTTPGetActionInput: HttpGetActionInput;
  HTTPHeader: HttpHeader;
  HTTPHeaderInput: HttpHeaderInput;
  HistoryEntry: ApiHistoryEntry;
  HostAlias: HostAlias;
  HostAliasInput: HostAliasInput;
  HostPathVolumeSource: HostPathVolumeSource;
  HostPathVolumeSourceInput: HostPathVolumeSourceInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  IntOrString: Scalars['IntOrString']['output'];
  JSON: Scalars['JSON']['output'];
  Job: KObject;
  JobCondition: JobCondition;
  JobConditionInput: JobConditionInput;
  JobInput: JobInput;
  JobList: Omit<JobList, 'items'> & { items: Array<ResolversParentTypes['Job']> };
  JobSpec: JobSpec;
  JobSpecInput: JobSpecInput;
  JobStatus: JobStatus;
  JobStatusInput: JobStatusInput;
  JobTemplateSpec: JobTemplateSpec;
  JobTemplateSpecInput: JobTemplateSpecInput;
  JobWatchEvent: ApiWatchEvent;
  KeyToPath: KeyToPath;
  KeyToPathInput: KeyToPathInput;
  LabelSelector: LabelSelector;
  LabelSelectorInput: LabelSelectorInput;
  LabelSelectorRequirement: LabelSelectorRequirement;
  LabelSelectorRequirementInput: LabelSelectorRequirementInput;
  Lease: KObject;
  LeaseInput: LeaseInput;
  LeaseList: Omit<LeaseList, 'items'> & { items: Array<ResolversParentTypes['Lease']> };
  LeaseSpec: LeaseSpec;
  LeaseSpecInput: LeaseSpecInput;
  LeaseWatchEvent: ApiWatchEvent;
  Lifecycle: Lifecycle;
  LifecycleHandler: LifecycleHandler;
  LifecycleHandlerInput: LifecycleHandlerInput;
  LifecycleInput: LifecycleInput;
  LimitRange: KObject;
  LimitRangeInput: LimitRangeInput;
  LimitRangeItem: LimitRangeItem;
  LimitRangeItemInput: LimitRangeItemInput;
  LimitRangeList: Omit<LimitRangeList, 'items'> & { items: Array<ResolversParentTypes['LimitRange']> };
  LimitRangeSpec: LimitRangeSpec;
  LimitRangeSpecInput: LimitRangeSpecInput;
  LimitRangeWatchEvent: ApiWatchEvent;
  ListMeta: ListMeta;
  LoadBalancerIngress: LoadBalancerIngress;
  LoadBalancerIngressInput: LoadBalancerIngressInput;
  LoadBalancerStatus: LoadBalancerStatus;
  LoadBalancerStatusInput: LoadBalancerStatusInput;
  LocalObjectReference: LocalObjectReference;
  LocalObjectReferenceInput: LocalObjectReferenceInput;
  LocalVolumeSource: LocalVolumeSource;
  LocalVolumeSourceInput: LocalVolumeSourceInput;
  Mutation: Record<PropertyKey, never>;
  Namespace: KObject;
  NamespaceCondition: NamespaceCondition;
  NamespaceConditionInput: NamespaceConditionInput;
  NamespaceInput: NamespaceInput;
  NamespaceList: Omit<NamespaceList, 'items'> & { items: Array<ResolversParentTypes['Namespace']> };
  NamespaceSpec: NamespaceSpec;
  NamespaceSpecInput: NamespaceSpecInput;
  NamespaceStatus: NamespaceStatus;
  NamespaceStatusInput: NamespaceStatusInput;
  NamespaceWatchEvent: ApiWatchEvent;
  Node: KObject;
  NodeAddress: NodeAddress;
  NodeAddressInput: NodeAddressInput;
  NodeAffinity: NodeAffinity;
  NodeAffinityInput: NodeAffinityInput;
  NodeCondition: NodeCondition;
  NodeConditionInput: NodeConditionInput;
  NodeCredential: NodeCredential;
  NodeDaemonEndpoints: NodeDaemonEndpoints;
  NodeDaemonEndpointsInput: NodeDaemonEndpointsInput;
  NodeInput: NodeInput;
  NodeList: Omit<NodeList, 'items'> & { items: Array<ResolversParentTypes['Node']> };
  NodeMetrics: NodeMetrics;
  NodeSchedulingResult: NodeSchedulingResult;
  NodeSelector: NodeSelector;
  NodeSelectorInput: NodeSelectorInput;
  NodeSelectorRequirement: NodeSelectorRequirement;
  NodeSelectorRequirementInput: NodeSelectorRequirementInput;
  NodeSelectorTerm: NodeSelectorTerm;
  NodeSelectorTermInput: NodeSelectorTermInput;
  NodeSpec: NodeSpec;
  NodeSpecInput: NodeSpecInput;
  NodeStatus: NodeStatus;
  NodeStatusInput: NodeStatusInput;
  NodeSystemInfo: NodeSystemInfo;
  NodeSystemInfoInput: NodeSystemInfoInput;
  NodeUsageInput: NodeUsageInput;
  NodeWatchEvent: ApiWatchEvent;
  ObjectFieldSelector: ObjectFieldSelector;
  ObjectFieldSelectorInput: ObjectFieldSelectorInput;
  ObjectMeta: ObjectMeta;
  ObjectMetaInput: ObjectMetaInput;
  ObjectReference: ObjectReference;
  ObjectReferenceInput: ObjectReferenceInput;
  OwnerReference: OwnerReference;
  OwnerReferenceInput: OwnerReferenceInput;
  PersistentVolume: KObject;
  PersistentVolumeClaim: KObject;
  PersistentVolumeClaimCondition: PersistentVolumeClaimCondition;
  PersistentVolumeClaimConditionInput: PersistentVolumeClaimConditionInput;
  PersistentVolumeClaimInput: PersistentVolumeClaimInput;
  PersistentVolumeClaimList: Omit<PersistentVolumeClaimList, 'items'> & { items: Array<ResolversParentTypes['PersistentVolumeClaim']> };
  PersistentVolumeClaimSpec: PersistentVolumeClaimSpec;
  PersistentVolumeClaimSpecInput: PersistentVolumeClaimSpecInput;
  PersistentVolumeClaimStatus: PersistentVolumeClaimStatus;
  PersistentVolumeClaimStatusInput: PersistentVolumeClaimStatusInput;
  PersistentVolumeClaimVolumeSource: PersistentVolumeClaimVolumeSource;
  PersistentVolumeClaimVolumeSourceInput: PersistentVolumeClaimVolumeSourceInput;
  PersistentVolumeClaimWatchEvent: ApiWatchEvent;
  PersistentVolumeInput: PersistentVolumeInput;
  PersistentVolumeList: Omit<PersistentVolumeList, 'items'> & { items: Array<ResolversParentTypes['PersistentVolume']> };
  PersistentVolumeSpec: PersistentVolumeSpec;
  PersistentVolumeSpecInput: PersistentVolumeSpecInput;
  PersistentVolumeStatus: PersistentVolumeStatus;
  PersistentVolumeStatusInput: PersistentVolumeStatusInput;
  PersistentVolumeWatchEvent: ApiWatchEvent;
  Pod: KObject;
  PodAffinity: PodAffinity;
  PodAffinityInput: PodAffinityInput;
  PodAffinityTerm: PodAffinityTerm;
  PodAffinityTermInput: PodAffinityTermInput;
  PodAntiAffinity: PodAntiAffinity;
  PodAntiAffinityInput: PodAntiAffinityInput;
  PodCondition: PodCondition;
  PodConditionInput: PodConditionInput;
  PodDNSConfig: PodDnsConfig;
  PodDNSConfigInput: PodDnsConfigInput;
  PodDNSConfigOption: PodDnsConfigOption;
  PodDNSConfigOptionInput: PodDnsConfigOptionInput;
  PodExecEvent: PodExecEvent;
  PodIP: PodIp;
  PodIPInput: PodIpInput;
  PodInput: PodInput;
  PodList: Omit<PodList, 'items'> & { items: Array<ResolversParentTypes['Pod']> };
  PodLogChunk: PodLogChunk;
  PodMetrics: PodMetrics;
  PodSecurityContext: PodSecurityContext;
  PodSecurityContextInput: PodSecurityContextInput;
  PodSpec: PodSpec;
  PodSpecInput: PodSpecInput;
  PodStatus: PodStatus;
  PodStatusInput: PodStatusInput;
  PodTemplateSpec: PodTemplateSpec;
  PodTemplateSpecInput: PodTemplateSpecInput;
  PodUsageInput: PodUsageInput;
  PodWatchEvent: ApiWatchEvent;
  PolicyRule: PolicyRule;
  PolicyRuleInput: PolicyRuleInput;
  PreferredSchedulingTerm: PreferredSchedulingTerm;
  PreferredSchedulingTermInput: PreferredSchedulingTermInput;
  PriorityClass: KObject;
  PriorityClassInput: PriorityClassInput;
  PriorityClassList: Omit<PriorityClassList, 'items'> & { items: Array<ResolversParentTypes['PriorityClass']> };
  PriorityClassWatchEvent: ApiWatchEvent;
  Probe: Probe;
  ProbeInput: ProbeInput;
  ProjectedVolumeSource: ProjectedVolumeSource;
  ProjectedVolumeSourceInput: ProjectedVolumeSourceInput;
  Query: Record<PropertyKey, never>;
  ReplicaSet: KObject;
  ReplicaSetCondition: ReplicaSetCondition;
  ReplicaSetConditionInput: ReplicaSetConditionInput;
  ReplicaSetInput: ReplicaSetInput;
  ReplicaSetList: Omit<ReplicaSetList, 'items'> & { items: Array<ResolversParentTypes['ReplicaSet']> };
  ReplicaSetSpec: ReplicaSetSpec;
  ReplicaSetSpecInput: ReplicaSetSpecInput;
  ReplicaSetStatus: ReplicaSetStatus;
  ReplicaSetStatusInput: ReplicaSetStatusInput;
  ReplicaSetWatchEvent: ApiWatchEvent;
  ReplicationController: KObject;
  ReplicationControllerCondition: ReplicationControllerCondition;
  ReplicationControllerConditionInput: ReplicationControllerConditionInput;
  ReplicationControllerInput: ReplicationControllerInput;
  ReplicationControllerList: Omit<ReplicationControllerList, 'items'> & { items: Array<ResolversParentTypes['ReplicationController']> };
  ReplicationControllerSpec: ReplicationControllerSpec;
  ReplicationControllerSpecInput: ReplicationControllerSpecInput;
  ReplicationControllerStatus: ReplicationControllerStatus;
  ReplicationControllerStatusInput: ReplicationControllerStatusInput;
  ReplicationControllerWatchEvent: ApiWatchEvent;
  ResourceFieldSelector: ResourceFieldSelector;
  ResourceFieldSelectorInput: ResourceFieldSelectorInput;
  ResourceQuota: KObject;
  ResourceQuotaInput: ResourceQuotaInput;
  ResourceQuotaList: Omit<ResourceQuotaList, 'items'> & { items: Array<ResolversParentTypes['ResourceQuota']> };
  ResourceQuotaSpec: ResourceQuotaSpec;
  ResourceQuotaSpecInput: ResourceQuotaSpecInput;
  ResourceQuotaStatus: ResourceQuotaStatus;
  ResourceQuotaStatusInput: ResourceQuotaStatusInput;
  ResourceQuotaWatchEvent: ApiWatchEvent;
  ResourceRequirements: ResourceRequirements;
  ResourceRequirementsInput: ResourceRequirementsInput;
  Role: KObject;
  RoleBinding: KObject;
  RoleBindingInput: RoleBindingInput;
  RoleBindingList: Omit<RoleBindingList, 'items'> & { items: Array<ResolversParentTypes['RoleBinding']> };
  RoleBindingWatchEvent: ApiWatchEvent;
  RoleInput: RoleInput;
  RoleList: Omit<RoleList, 'items'> & { items: Array<ResolversParentTypes['Role']> };
  RoleRef: RoleRef;
  RoleRefInput: RoleRefInput;
  RoleWatchEvent: ApiWatchEvent;
  RollingUpdateDaemonSet: RollingUpdateDaemonSet;
  RollingUpdateDaemonSetInput: RollingUpdateDaemonSetInput;
  RollingUpdateDeployment: RollingUpdateDeployment;
  RollingUpdateDeploymentInput: RollingUpdateDeploymentInput;
  RollingUpdateStatefulSetStrategy: RollingUpdateStatefulSetStrategy;
  RollingUpdateStatefulSetStrategyInput: RollingUpdateStatefulSetStrategyInput;
  Scale: ApiScale;
  ScaleSpec: ScaleSpec;
  ScaleStatus: ScaleStatus;
  SchedulingExplanation: SchedulingExplanation;
  ScopeSelector: ScopeSelector;
  ScopeSelectorInput: ScopeSelectorInput;
  ScopedResourceSelectorRequirement: ScopedResourceSelectorRequirement;
  ScopedResourceSelectorRequirementInput: ScopedResourceSelectorRequirementInput;
  Secret: KObject;
  SecretEnvSource: SecretEnvSource;
  SecretEnvSourceInput: SecretEnvSourceInput;
  SecretInput: SecretInput;
  SecretKeySelector: SecretKeySelector;
  SecretKeySelectorInput: SecretKeySelectorInput;
  SecretList: Omit<SecretList, 'items'> & { items: Array<ResolversParentTypes['Secret']> };
  SecretProjection: SecretProjection;
  SecretProjectionInput: SecretProjectionInput;
  SecretVolumeSource: SecretVolumeSource;
  SecretVolumeSourceInput: SecretVolumeSourceInput;
  SecretWatchEvent: ApiWatchEvent;
  SecurityContext: SecurityContext;
  SecurityContextInput: SecurityContextInput;
  Service: KObject;
  ServiceAccount: KObject;
  ServiceAccountInput: ServiceAccountInput;
  ServiceAccountList: Omit<ServiceAccountList, 'items'> & { items: Array<ResolversParentTypes['ServiceAccount']> };
  ServiceAccountToken: ServiceAccountToken;
  ServiceAccountTokenProjection: ServiceAccountTokenProjection;
  ServiceAccountTokenProjectionInput: ServiceAccountTokenProjectionInput;
  ServiceAccountWatchEvent: ApiWatchEvent;
  ServiceInput: ServiceInput;
  ServiceList: Omit<ServiceList, 'items'> & { items: Array<ResolversParentTypes['Service']> };
  ServicePort: ServicePort;
  ServicePortInput: ServicePortInput;
  ServiceSpec: ServiceSpec;
  ServiceSpecInput: ServiceSpecInput;
  ServiceStatus: ServiceStatus;
  ServiceStatusInput: ServiceStatusInput;
  ServiceWatchEvent: ApiWatchEvent;
  SessionAffinityConfig: SessionAffinityConfig;
  SessionAffinityConfigInput: SessionAffinityConfigInput;
  SleepAction: SleepAction;
  SleepActionInput: SleepActionInput;
  StatefulSet: KObject;
  StatefulSetCondition: StatefulSetCondition;
  StatefulSetConditionInput: StatefulSetConditionInput;
  StatefulSetInput: StatefulSetInput;
  StatefulSetList: Omit<StatefulSetList, 'items'> & { items: Array<ResolversParentTypes['StatefulSet']> };
  StatefulSetPersistentVolumeClaimRetentionPolicy: StatefulSetPersistentVolumeClaimRetentionPolicy;
  StatefulSetPersistentVolumeClaimRetentionPolicyInput: StatefulSetPersistentVolumeClaimRetentionPolicyInput;
  StatefulSetSpec: StatefulSetSpec;
  StatefulSetSpecInput: StatefulSetSpecInput;
  StatefulSetStatus: StatefulSetStatus;
  StatefulSetStatusInput: StatefulSetStatusInput;
  StatefulSetUpdateStrategy: StatefulSetUpdateStrategy;
  StatefulSetUpdateStrategyInput: StatefulSetUpdateStrategyInput;
  StatefulSetVolumeClaimSpec: StatefulSetVolumeClaimSpec;
  StatefulSetVolumeClaimSpecInput: StatefulSetVolumeClaimSpecInput;
  StatefulSetVolumeClaimTemplate: StatefulSetVolumeClaimTemplate;
  StatefulSetVolumeClaimTemplateInput: StatefulSetVolumeClaimTemplateInput;
  StatefulSetWatchEvent: ApiWatchEvent;
  StorageClass: KObject;
  StorageClassInput: StorageClassInput;
  StorageClassList: Omit<StorageClassList, 'items'> & { items: Array<ResolversParentTypes['StorageClass']> };
  StorageClassWatchEvent: ApiWatchEvent;
  String: Scalars['String']['output'];
  Subject: Subject;
  SubjectInput: SubjectInput;
  Subscription: Record<PropertyKey, never>;
  TCPSocketAction: TcpSocketAction;
  TCPSocketActionInput: TcpSocketActionInput;
  Taint: Taint;
  TaintInput: TaintInput;
  Toleration: Toleration;
  TolerationInput: TolerationInput;
  TopologySelectorLabelRequirement: TopologySelectorLabelRequirement;
  TopologySelectorLabelRequirementInput: TopologySelectorLabelRequirementInput;
  TopologySelectorTerm: TopologySelectorTerm;
  TopologySelectorTermInput: TopologySelectorTermInput;
  UsageReportInput: UsageReportInput;
  UserToken: UserToken;
  Volume: Volume;
  VolumeInput: VolumeInput;
  VolumeMount: VolumeMount;
  VolumeMountInput: VolumeMountInput;
  VolumeNodeAffinity: VolumeNodeAffinity;
  VolumeNodeAffinityInput: VolumeNodeAffinityInput;
  VolumeProjection: VolumeProjection;
  VolumeProjectionInput: VolumeProjectionInput;
  WeightedPodAffinityTerm: WeightedPodAffinityTerm;
  WeightedPodAffinityTermInput: WeightedPodAffinityTermInput;
};

export type AffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Affinity'] = ResolversParentTypes['Affinity']> = {
  nodeAffinity?: Resolver<Maybe<ResolversTypes['NodeAffinity']>, ParentType, ContextType>;
  podAffinity?: Resolver<Maybe<ResolversTypes['PodAffinity']>, ParentType, ContextType>;
  podAntiAffinity?: Resolver<Maybe<ResolversTypes['PodAntiAffinity']>, ParentType, ContextType>;
};

export type AgentLogRequestResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgentLogRequest'] = ResolversParentTypes['AgentLogRequest']> = {
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  follow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  podUid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sinceSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tailLines?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AgentLogRequestType'], ParentType, ContextType>;
};

export type AgentStreamRequestResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgentStreamRequest'] = ResolversParentTypes['AgentStreamRequest']> = {
  command?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eof?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['PodStreamKind']>, ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podUid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stdin?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  tty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AgentStreamRequestType'], ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AggregationRuleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AggregationRule'] = ResolversParentTypes['AggregationRule']> = {
  clusterRoleSelectors?: Resolver<Maybe<Array<ResolversTypes['LabelSelector']>>, ParentType, ContextType>;
};

export type ApplyResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ApplyResult'] = ResolversParentTypes['ApplyResult']> = {
  action?: Resolver<ResolversTypes['ApplyAction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuthorizedActionsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuthorizedActions'] = ResolversParentTypes['AuthorizedActions']> = {
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  incomplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nonResourceRules?: Resolver<Array<ResolversTypes['PolicyRule']>, ParentType, ContextType>;
  resourceRules?: Resolver<Array<ResolversTypes['PolicyRule']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BootstrapTokenResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BootstrapToken'] = ResolversParentTypes['BootstrapToken']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BootstrapTokenInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BootstrapTokenInfo'] = ResolversParentTypes['BootstrapTokenInfo']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CapabilitiesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Capabilities'] = ResolversParentTypes['Capabilities']> = {
  add?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  drop?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ClientIpConfigResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClientIPConfig'] = ResolversParentTypes['ClientIPConfig']> = {
  timeoutSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ClusterRoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRole'] = ResolversParentTypes['ClusterRole']> = {
  aggregationRule?: Resolver<Maybe<ResolversTypes['AggregationRule']>, ParentType, ContextType>;
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  rules?: Resolver<Maybe<Array<ResolversTypes['PolicyRule']>>, ParentType, ContextType>;
};

export type ClusterRoleBindingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleBinding'] = ResolversParentTypes['ClusterRoleBinding']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  roleRef?: Resolver<ResolversTypes['RoleRef'], ParentType, ContextType>;
  subjects?: Resolver<Maybe<Array<ResolversTypes['Subject']>>, ParentType, ContextType>;
};

export type ClusterRoleBindingListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleBindingList'] = ResolversParentTypes['ClusterRoleBindingList']> = {
  items?: Resolver<Array<ResolversTypes['ClusterRoleBinding']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ClusterRoleBindingWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleBindingWatchEvent'] = ResolversParentTypes['ClusterRoleBindingWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['ClusterRoleBinding']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ClusterRoleListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleList'] = ResolversParentTypes['ClusterRoleList']> = {
  items?: Resolver<Array<ResolversTypes['ClusterRole']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ClusterRoleWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClusterRoleWatchEvent'] = ResolversParentTypes['ClusterRoleWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['ClusterRole']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition']> = {
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConfigMapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMap'] = ResolversParentTypes['ConfigMap']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  binaryData?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  immutable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
};

export type ConfigMapEnvSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapEnvSource'] = ResolversParentTypes['ConfigMapEnvSource']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ConfigMapKeySelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapKeySelector'] = ResolversParentTypes['ConfigMapKeySelector']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ConfigMapListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapList'] = ResolversParentTypes['ConfigMapList']> = {
  items?: Resolver<Array<ResolversTypes['ConfigMap']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ConfigMapProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapProjection'] = ResolversParentTypes['ConfigMapProjection']> = {
  items?: Resolver<Maybe<Array<ResolversTypes['KeyToPath']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ConfigMapVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapVolumeSource'] = ResolversParentTypes['ConfigMapVolumeSource']> = {
  defaultMode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['KeyToPath']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ConfigMapWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ConfigMapWatchEvent'] = ResolversParentTypes['ConfigMapWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['ConfigMap']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ContainerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Container'] = ResolversParentTypes['Container']> = {
  args?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  command?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  env?: Resolver<Maybe<Array<ResolversTypes['EnvVar']>>, ParentType, ContextType>;
  envFrom?: Resolver<Maybe<Array<ResolversTypes['EnvFromSource']>>, ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imagePullPolicy?: Resolver<Maybe<ResolversTypes['PullPolicy']>, ParentType, ContextType>;
  lifecycle?: Resolver<Maybe<ResolversTypes['Lifecycle']>, ParentType, ContextType>;
  livenessProbe?: Resolver<Maybe<ResolversTypes['Probe']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ports?: Resolver<Maybe<Array<ResolversTypes['ContainerPort']>>, ParentType, ContextType>;
  readinessProbe?: Resolver<Maybe<ResolversTypes['Probe']>, ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceRequirements']>, ParentType, ContextType>;
  restartPolicy?: Resolver<Maybe<ResolversTypes['ContainerRestartPolicy']>, ParentType, ContextType>;
  securityContext?: Resolver<Maybe<ResolversTypes['SecurityContext']>, ParentType, ContextType>;
  startupProbe?: Resolver<Maybe<ResolversTypes['Probe']>, ParentType, ContextType>;
  stdin?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  stdinOnce?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  terminationMessagePath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terminationMessagePolicy?: Resolver<Maybe<ResolversTypes['TerminationMessagePolicy']>, ParentType, ContextType>;
  tty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  volumeMounts?: Resolver<Maybe<Array<ResolversTypes['VolumeMount']>>, ParentType, ContextType>;
  workingDir?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContainerMetricsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerMetrics'] = ResolversParentTypes['ContainerMetrics']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type ContainerPortResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerPort'] = ResolversParentTypes['ContainerPort']> = {
  containerPort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hostIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostPort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['Protocol']>, ParentType, ContextType>;
};

export type ContainerStateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerState'] = ResolversParentTypes['ContainerState']> = {
  running?: Resolver<Maybe<ResolversTypes['ContainerStateRunning']>, ParentType, ContextType>;
  terminated?: Resolver<Maybe<ResolversTypes['ContainerStateTerminated']>, ParentType, ContextType>;
  waiting?: Resolver<Maybe<ResolversTypes['ContainerStateWaiting']>, ParentType, ContextType>;
};

export type ContainerStateRunningResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerStateRunning'] = ResolversParentTypes['ContainerStateRunning']> = {
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContainerStateTerminatedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerStateTerminated'] = ResolversParentTypes['ContainerStateTerminated']> = {
  containerID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContainerStateWaitingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerStateWaiting'] = ResolversParentTypes['ContainerStateWaiting']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContainerStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContainerStatus'] = ResolversParentTypes['ContainerStatus']> = {
  containerID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastState?: Resolver<Maybe<ResolversTypes['ContainerState']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  restartCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  started?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['ContainerState']>, ParentType, ContextType>;
};

export type CronJobResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJob'] = ResolversParentTypes['CronJob']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['CronJobSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CronJobStatus']>, ParentType, ContextType>;
};

export type CronJobListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJobList'] = ResolversParentTypes['CronJobList']> = {
  items?: Resolver<Array<ResolversTypes['CronJob']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type CronJobSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJobSpec'] = ResolversParentTypes['CronJobSpec']> = {
  concurrencyPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failedJobsHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  jobTemplate?: Resolver<ResolversTypes['JobTemplateSpec'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startingDeadlineSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  successfulJobsHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suspend?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CronJobStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJobStatus'] = ResolversParentTypes['CronJobStatus']> = {
  active?: Resolver<Maybe<Array<ResolversTypes['ObjectReference']>>, ParentType, ContextType>;
  lastScheduleTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSuccessfulTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CronJobWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CronJobWatchEvent'] = ResolversParentTypes['CronJobWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['CronJob']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type DaemonEndpointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonEndpoint'] = ResolversParentTypes['DaemonEndpoint']> = {
  Port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DaemonSetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSet'] = ResolversParentTypes['DaemonSet']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['DaemonSetSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DaemonSetStatus']>, ParentType, ContextType>;
};

export type DaemonSetConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetCondition'] = ResolversParentTypes['DaemonSetCondition']> = {
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DaemonSetListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetList'] = ResolversParentTypes['DaemonSetList']> = {
  items?: Resolver<Array<ResolversTypes['DaemonSet']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type DaemonSetSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetSpec'] = ResolversParentTypes['DaemonSetSpec']> = {
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revisionHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['LabelSelector'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['PodTemplateSpec'], ParentType, ContextType>;
  updateStrategy?: Resolver<Maybe<ResolversTypes['DaemonSetUpdateStrategy']>, ParentType, ContextType>;
};

export type DaemonSetStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetStatus'] = ResolversParentTypes['DaemonSetStatus']> = {
  collisionCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['DaemonSetCondition']>>, ParentType, ContextType>;
  currentNumberScheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  desiredNumberScheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numberAvailable?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numberMisscheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numberReady?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numberUnavailable?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedNumberScheduled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DaemonSetUpdateStrategyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetUpdateStrategy'] = ResolversParentTypes['DaemonSetUpdateStrategy']> = {
  rollingUpdate?: Resolver<Maybe<ResolversTypes['RollingUpdateDaemonSet']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['DaemonSetUpdateStrategyType']>, ParentType, ContextType>;
};

export type DaemonSetWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DaemonSetWatchEvent'] = ResolversParentTypes['DaemonSetWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['DaemonSet']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type DeploymentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Deployment'] = ResolversParentTypes['Deployment']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['DeploymentSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DeploymentStatus']>, ParentType, ContextType>;
};

export type DeploymentConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentCondition'] = ResolversParentTypes['DeploymentCondition']> = {
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUpdateTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeploymentListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentList'] = ResolversParentTypes['DeploymentList']> = {
  items?: Resolver<Array<ResolversTypes['Deployment']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type DeploymentSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentSpec'] = ResolversParentTypes['DeploymentSpec']> = {
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paused?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  progressDeadlineSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revisionHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['LabelSelector'], ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['DeploymentStrategy']>, ParentType, ContextType>;
  template?: Resolver<ResolversTypes['PodTemplateSpec'], ParentType, ContextType>;
};

export type DeploymentStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentStatus'] = ResolversParentTypes['DeploymentStatus']> = {
  availableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  collisionCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['DeploymentCondition']>>, ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unavailableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DeploymentStrategyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentStrategy'] = ResolversParentTypes['DeploymentStrategy']> = {
  rollingUpdate?: Resolver<Maybe<ResolversTypes['RollingUpdateDeployment']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['DeploymentStrategyType']>, ParentType, ContextType>;
};

export type DeploymentWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeploymentWatchEvent'] = ResolversParentTypes['DeploymentWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type DownwardApiProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DownwardAPIProjection'] = ResolversParentTypes['DownwardAPIProjection']> = {
  items?: Resolver<Maybe<Array<ResolversTypes['DownwardAPIVolumeFile']>>, ParentType, ContextType>;
};

export type DownwardApiVolumeFileResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DownwardAPIVolumeFile'] = ResolversParentTypes['DownwardAPIVolumeFile']> = {
  fieldRef?: Resolver<Maybe<ResolversTypes['ObjectFieldSelector']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resourceFieldRef?: Resolver<Maybe<ResolversTypes['ResourceFieldSelector']>, ParentType, ContextType>;
};

export type DownwardApiVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DownwardAPIVolumeSource'] = ResolversParentTypes['DownwardAPIVolumeSource']> = {
  defaultMode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['DownwardAPIVolumeFile']>>, ParentType, ContextType>;
};

export type EmptyDirVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EmptyDirVolumeSource'] = ResolversParentTypes['EmptyDirVolumeSource']> = {
  medium?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sizeLimit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EndpointAddressResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointAddress'] = ResolversParentTypes['EndpointAddress']> = {
  hostname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetRef?: Resolver<Maybe<ResolversTypes['ObjectReference']>, ParentType, ContextType>;
};

export type EndpointPortResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointPort'] = ResolversParentTypes['EndpointPort']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['Protocol']>, ParentType, ContextType>;
};

export type EndpointSubsetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointSubset'] = ResolversParentTypes['EndpointSubset']> = {
  addresses?: Resolver<Maybe<Array<ResolversTypes['EndpointAddress']>>, ParentType, ContextType>;
  notReadyAddresses?: Resolver<Maybe<Array<ResolversTypes['EndpointAddress']>>, ParentType, ContextType>;
  ports?: Resolver<Maybe<Array<ResolversTypes['EndpointPort']>>, ParentType, ContextType>;
};

export type EndpointsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Endpoints'] = ResolversParentTypes['Endpoints']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  subsets?: Resolver<Maybe<Array<ResolversTypes['EndpointSubset']>>, ParentType, ContextType>;
};

export type EndpointsListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointsList'] = ResolversParentTypes['EndpointsList']> = {
  items?: Resolver<Array<ResolversTypes['Endpoints']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type EndpointsWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointsWatchEvent'] = ResolversParentTypes['EndpointsWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Endpoints']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type EnvFromSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EnvFromSource'] = ResolversParentTypes['EnvFromSource']> = {
  configMapRef?: Resolver<Maybe<ResolversTypes['ConfigMapEnvSource']>, ParentType, ContextType>;
  prefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secretRef?: Resolver<Maybe<ResolversTypes['SecretEnvSource']>, ParentType, ContextType>;
};

export type EnvVarResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EnvVar'] = ResolversParentTypes['EnvVar']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueFrom?: Resolver<Maybe<ResolversTypes['EnvVarSource']>, ParentType, ContextType>;
};

export type EnvVarSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EnvVarSource'] = ResolversParentTypes['EnvVarSource']> = {
  configMapKeyRef?: Resolver<Maybe<ResolversTypes['ConfigMapKeySelector']>, ParentType, ContextType>;
  fieldRef?: Resolver<Maybe<ResolversTypes['ObjectFieldSelector']>, ParentType, ContextType>;
  resourceFieldRef?: Resolver<Maybe<ResolversTypes['ResourceFieldSelector']>, ParentType, ContextType>;
  secretKeyRef?: Resolver<Maybe<ResolversTypes['SecretKeySelector']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eventTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstTimestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  involvedObject?: Resolver<ResolversTypes['ObjectReference'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastTimestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  related?: Resolver<Maybe<ResolversTypes['ObjectReference']>, ParentType, ContextType>;
  reportingComponent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportingInstance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['EventSource']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventList'] = ResolversParentTypes['EventList']> = {
  items?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type EventSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventSource'] = ResolversParentTypes['EventSource']> = {
  component?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventWatchEvent'] = ResolversParentTypes['EventWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ExecActionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExecAction'] = ResolversParentTypes['ExecAction']> = {
  command?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type HttpGetActionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HTTPGetAction'] = ResolversParentTypes['HTTPGetAction']> = {
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  httpHeaders?: Resolver<Maybe<Array<ResolversTypes['HTTPHeader']>>, ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['IntOrString'], ParentType, ContextType>;
  scheme?: Resolver<Maybe<ResolversTypes['URIScheme']>, ParentType, ContextType>;
};

export type HttpHeaderResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HTTPHeader'] = ResolversParentTypes['HTTPHeader']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HistoryEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = {
  object?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type HostAliasResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HostAlias'] = ResolversParentTypes['HostAlias']> = {
  hostnames?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  ip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HostPathVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HostPathVolumeSource'] = ResolversParentTypes['HostPathVolumeSource']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface IntOrStringScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IntOrString'], any> {
  name: 'IntOrString';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['JobSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['JobStatus']>, ParentType, ContextType>;
};

export type JobConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobCondition'] = ResolversParentTypes['JobCondition']> = {
  lastProbeTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JobListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobList'] = ResolversParentTypes['JobList']> = {
  items?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type JobSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobSpec'] = ResolversParentTypes['JobSpec']> = {
  activeDeadlineSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  backoffLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completionMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  manualSelector?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  parallelism?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  podReplacementPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
  suspend?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  template?: Resolver<ResolversTypes['PodTemplateSpec'], ParentType, ContextType>;
  ttlSecondsAfterFinished?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type JobStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobStatus'] = ResolversParentTypes['JobStatus']> = {
  active?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completedIndexes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['JobCondition']>>, ParentType, ContextType>;
  failed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ready?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  succeeded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  terminating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type JobTemplateSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobTemplateSpec'] = ResolversParentTypes['JobTemplateSpec']> = {
  metadata?: Resolver<Maybe<ResolversTypes['ObjectMeta']>, ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['JobSpec']>, ParentType, ContextType>;
};

export type JobWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['JobWatchEvent'] = ResolversParentTypes['JobWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type KeyToPathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['KeyToPath'] = ResolversParentTypes['KeyToPath']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LabelSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LabelSelector'] = ResolversParentTypes['LabelSelector']> = {
  matchExpressions?: Resolver<Maybe<Array<ResolversTypes['LabelSelectorRequirement']>>, ParentType, ContextType>;
  matchLabels?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type LabelSelectorRequirementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LabelSelectorRequirement'] = ResolversParentTypes['LabelSelectorRequirement']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['LabelSelectorOperator'], ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type LeaseResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Lease'] = ResolversParentTypes['Lease']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['LeaseSpec']>, ParentType, ContextType>;
};

export type LeaseListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeaseList'] = ResolversParentTypes['LeaseList']> = {
  items?: Resolver<Array<ResolversTypes['Lease']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type LeaseSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeaseSpec'] = ResolversParentTypes['LeaseSpec']> = {
  acquireTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holderIdentity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leaseDurationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  leaseTransitions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  renewTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LeaseWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeaseWatchEvent'] = ResolversParentTypes['LeaseWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Lease']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
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

export type LimitRangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRange'] = ResolversParentTypes['LimitRange']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['LimitRangeSpec']>, ParentType, ContextType>;
};

export type LimitRangeItemResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRangeItem'] = ResolversParentTypes['LimitRangeItem']> = {
  default?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  defaultRequest?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  maxLimitRequestRatio?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LimitRangeListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRangeList'] = ResolversParentTypes['LimitRangeList']> = {
  items?: Resolver<Array<ResolversTypes['LimitRange']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type LimitRangeSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRangeSpec'] = ResolversParentTypes['LimitRangeSpec']> = {
  limits?: Resolver<Array<ResolversTypes['LimitRangeItem']>, ParentType, ContextType>;
};

export type LimitRangeWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LimitRangeWatchEvent'] = ResolversParentTypes['LimitRangeWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['LimitRange']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ListMetaResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ListMeta'] = ResolversParentTypes['ListMeta']> = {
  continue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoadBalancerIngressResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LoadBalancerIngress'] = ResolversParentTypes['LoadBalancerIngress']> = {
  hostname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LoadBalancerStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LoadBalancerStatus'] = ResolversParentTypes['LoadBalancerStatus']> = {
  ingress?: Resolver<Maybe<Array<ResolversTypes['LoadBalancerIngress']>>, ParentType, ContextType>;
};

export type LocalObjectReferenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LocalObjectReference'] = ResolversParentTypes['LocalObjectReference']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LocalVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LocalVolumeSource'] = ResolversParentTypes['LocalVolumeSource']> = {
  fsType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  apply?: Resolver<Array<ResolversTypes['ApplyResult']>, ParentType, ContextType, RequireFields<MutationApplyArgs, 'manifests'>>;
  createBootstrapToken?: Resolver<ResolversTypes['BootstrapToken'], ParentType, ContextType, Partial<MutationCreateBootstrapTokenArgs>>;
  createClusterRole?: Resolver<ResolversTypes['ClusterRole'], ParentType, ContextType, RequireFields<MutationCreateClusterRoleArgs, 'clusterRole'>>;
  createClusterRoleBinding?: Resolver<ResolversTypes['ClusterRoleBinding'], ParentType, ContextType, RequireFields<MutationCreateClusterRoleBindingArgs, 'clusterRoleBinding'>>;
  createConfigMap?: Resolver<ResolversTypes['ConfigMap'], ParentType, ContextType, RequireFields<MutationCreateConfigMapArgs, 'configMap' | 'namespace'>>;
  createCronJob?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationCreateCronJobArgs, 'cronJob' | 'namespace'>>;
  createDaemonSet?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType, RequireFields<MutationCreateDaemonSetArgs, 'daemonSet' | 'namespace'>>;
  createDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationCreateDeploymentArgs, 'deployment' | 'namespace'>>;
  createEndpoints?: Resolver<ResolversTypes['Endpoints'], ParentType, ContextType, RequireFields<MutationCreateEndpointsArgs, 'endpoints' | 'namespace'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'event' | 'namespace'>>;
  createJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationCreateJobArgs, 'job' | 'namespace'>>;
  createLease?: Resolver<ResolversTypes['Lease'], ParentType, ContextType, RequireFields<MutationCreateLeaseArgs, 'lease' | 'namespace'>>;
  createLimitRange?: Resolver<ResolversTypes['LimitRange'], ParentType, ContextType, RequireFields<MutationCreateLimitRangeArgs, 'limitRange' | 'namespace'>>;
  createNamespace?: Resolver<ResolversTypes['Namespace'], ParentType, ContextType, RequireFields<MutationCreateNamespaceArgs, 'namespace'>>;
  createNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationCreateNodeArgs, 'node'>>;
  createPersistentVolume?: Resolver<ResolversTypes['PersistentVolume'], ParentType, ContextType, RequireFields<MutationCreatePersistentVolumeArgs, 'persistentVolume'>>;
  createPersistentVolumeClaim?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType, RequireFields<MutationCreatePersistentVolumeClaimArgs, 'namespace' | 'persistentVolumeClaim'>>;
  createPod?: Resolver<ResolversTypes['Pod'], ParentType, ContextType, RequireFields<MutationCreatePodArgs, 'namespace' | 'pod'>>;
  createPriorityClass?: Resolver<ResolversTypes['PriorityClass'], ParentType, ContextType, RequireFields<MutationCreatePriorityClassArgs, 'priorityClass'>>;
  createReplicaSet?: Resolver<ResolversTypes['ReplicaSet'], ParentType, ContextType, RequireFields<MutationCreateReplicaSetArgs, 'namespace' | 'replicaSet'>>;
  createReplicationController?: Resolver<ResolversTypes['ReplicationController'], ParentType, ContextType, RequireFields<MutationCreateReplicationControllerArgs, 'namespace' | 'replicationController'>>;
  createResourceQuota?: Resolver<ResolversTypes['ResourceQuota'], ParentType, ContextType, RequireFields<MutationCreateResourceQuotaArgs, 'namespace' | 'resourceQuota'>>;
  createRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'namespace' | 'role'>>;
  createRoleBinding?: Resolver<ResolversTypes['RoleBinding'], ParentType, ContextType, RequireFields<MutationCreateRoleBindingArgs, 'namespace' | 'roleBinding'>>;
  createSecret?: Resolver<ResolversTypes['Secret'], ParentType, ContextType, RequireFields<MutationCreateSecretArgs, 'namespace' | 'secret'>>;
  createService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationCreateServiceArgs, 'namespace' | 'service'>>;
  createServiceAccount?: Resolver<ResolversTypes['ServiceAccount'], ParentType, ContextType, RequireFields<MutationCreateServiceAccountArgs, 'namespace' | 'serviceAccount'>>;
  createServiceAccountToken?: Resolver<ResolversTypes['ServiceAccountToken'], ParentType, ContextType, RequireFields<MutationCreateServiceAccountTokenArgs, 'name' | 'namespace'>>;
  createStatefulSet?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType, RequireFields<MutationCreateStatefulSetArgs, 'namespace' | 'statefulSet'>>;
  createStorageClass?: Resolver<ResolversTypes['StorageClass'], ParentType, ContextType, RequireFields<MutationCreateStorageClassArgs, 'storageClass'>>;
  createUserToken?: Resolver<ResolversTypes['UserToken'], ParentType, ContextType, RequireFields<MutationCreateUserTokenArgs, 'user'>>;
  deleteClusterRole?: Resolver<Maybe<ResolversTypes['ClusterRole']>, ParentType, ContextType, RequireFields<MutationDeleteClusterRoleArgs, 'name'>>;
  deleteClusterRoleBinding?: Resolver<Maybe<ResolversTypes['ClusterRoleBinding']>, ParentType, ContextType, RequireFields<MutationDeleteClusterRoleBindingArgs, 'name'>>;
  deleteConfigMap?: Resolver<Maybe<ResolversTypes['ConfigMap']>, ParentType, ContextType, RequireFields<MutationDeleteConfigMapArgs, 'name' | 'namespace'>>;
  deleteCronJob?: Resolver<Maybe<ResolversTypes['CronJob']>, ParentType, ContextType, RequireFields<MutationDeleteCronJobArgs, 'name' | 'namespace'>>;
  deleteDaemonSet?: Resolver<Maybe<ResolversTypes['DaemonSet']>, ParentType, ContextType, RequireFields<MutationDeleteDaemonSetArgs, 'name' | 'namespace'>>;
  deleteDeployment?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType, RequireFields<MutationDeleteDeploymentArgs, 'name' | 'namespace'>>;
  deleteEndpoints?: Resolver<Maybe<ResolversTypes['Endpoints']>, ParentType, ContextType, RequireFields<MutationDeleteEndpointsArgs, 'name' | 'namespace'>>;
  deleteEvent?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<MutationDeleteEventArgs, 'name' | 'namespace'>>;
  deleteJob?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<MutationDeleteJobArgs, 'name' | 'namespace'>>;
  deleteLease?: Resolver<Maybe<ResolversTypes['Lease']>, ParentType, ContextType, RequireFields<MutationDeleteLeaseArgs, 'name' | 'namespace'>>;
  deleteLimitRange?: Resolver<Maybe<ResolversTypes['LimitRange']>, ParentType, ContextType, RequireFields<MutationDeleteLimitRangeArgs, 'name' | 'namespace'>>;
  deleteNamespace?: Resolver<Maybe<ResolversTypes['Namespace']>, ParentType, ContextType, RequireFields<MutationDeleteNamespaceArgs, 'name'>>;
  deleteNode?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<MutationDeleteNodeArgs, 'name'>>;
  deletePersistentVolume?: Resolver<Maybe<ResolversTypes['PersistentVolume']>, ParentType, ContextType, RequireFields<MutationDeletePersistentVolumeArgs, 'name'>>;
  deletePersistentVolumeClaim?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaim']>, ParentType, ContextType, RequireFields<MutationDeletePersistentVolumeClaimArgs, 'name' | 'namespace'>>;
  deletePod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType, RequireFields<MutationDeletePodArgs, 'name' | 'namespace'>>;
  deletePriorityClass?: Resolver<Maybe<ResolversTypes['PriorityClass']>, ParentType, ContextType, RequireFields<MutationDeletePriorityClassArgs, 'name'>>;
  deleteReplicaSet?: Resolver<Maybe<ResolversTypes['ReplicaSet']>, ParentType, ContextType, RequireFields<MutationDeleteReplicaSetArgs, 'name' | 'namespace'>>;
  deleteReplicationController?: Resolver<Maybe<ResolversTypes['ReplicationController']>, ParentType, ContextType, RequireFields<MutationDeleteReplicationControllerArgs, 'name' | 'namespace'>>;
  deleteResourceQuota?: Resolver<Maybe<ResolversTypes['ResourceQuota']>, ParentType, ContextType, RequireFields<MutationDeleteResourceQuotaArgs, 'name' | 'namespace'>>;
  deleteRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<MutationDeleteRoleArgs, 'name' | 'namespace'>>;
  deleteRoleBinding?: Resolver<Maybe<ResolversTypes['RoleBinding']>, ParentType, ContextType, RequireFields<MutationDeleteRoleBindingArgs, 'name' | 'namespace'>>;
  deleteSecret?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType, RequireFields<MutationDeleteSecretArgs, 'name' | 'namespace'>>;
  deleteService?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<MutationDeleteServiceArgs, 'name' | 'namespace'>>;
  deleteServiceAccount?: Resolver<Maybe<ResolversTypes['ServiceAccount']>, ParentType, ContextType, RequireFields<MutationDeleteServiceAccountArgs, 'name' | 'namespace'>>;
  deleteStatefulSet?: Resolver<Maybe<ResolversTypes['StatefulSet']>, ParentType, ContextType, RequireFields<MutationDeleteStatefulSetArgs, 'name' | 'namespace'>>;
  deleteStorageClass?: Resolver<Maybe<ResolversTypes['StorageClass']>, ParentType, ContextType, RequireFields<MutationDeleteStorageClassArgs, 'name'>>;
  joinNode?: Resolver<ResolversTypes['NodeCredential'], ParentType, ContextType, RequireFields<MutationJoinNodeArgs, 'nodeName'>>;
  patchClusterRole?: Resolver<ResolversTypes['ClusterRole'], ParentType, ContextType, RequireFields<MutationPatchClusterRoleArgs, 'name' | 'patch'>>;
  patchClusterRoleBinding?: Resolver<ResolversTypes['ClusterRoleBinding'], ParentType, ContextType, RequireFields<MutationPatchClusterRoleBindingArgs, 'name' | 'patch'>>;
  patchConfigMap?: Resolver<ResolversTypes['ConfigMap'], ParentType, ContextType, RequireFields<MutationPatchConfigMapArgs, 'name' | 'namespace' | 'patch'>>;
  patchCronJob?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationPatchCronJobArgs, 'name' | 'namespace' | 'patch'>>;
  patchDaemonSet?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType, RequireFields<MutationPatchDaemonSetArgs, 'name' | 'namespace' | 'patch'>>;
  patchDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationPatchDeploymentArgs, 'name' | 'namespace' | 'patch'>>;
  patchEndpoints?: Resolver<ResolversTypes['Endpoints'], ParentType, ContextType, RequireFields<MutationPatchEndpointsArgs, 'name' | 'namespace' | 'patch'>>;
  patchEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationPatchEventArgs, 'name' | 'namespace' | 'patch'>>;
  patchJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationPatchJobArgs, 'name' | 'namespace' | 'patch'>>;
  patchLease?: Resolver<ResolversTypes['Lease'], ParentType, ContextType, RequireFields<MutationPatchLeaseArgs, 'name' | 'namespace' | 'patch'>>;
  patchLimitRange?: Resolver<ResolversTypes['LimitRange'], ParentType, ContextType, RequireFields<MutationPatchLimitRangeArgs, 'name' | 'namespace' | 'patch'>>;
  patchNamespace?: Resolver<ResolversTypes['Namespace'], ParentType, ContextType, RequireFields<MutationPatchNamespaceArgs, 'name' | 'patch'>>;
  patchNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationPatchNodeArgs, 'name' | 'patch'>>;
  patchPersistentVolume?: Resolver<ResolversTypes['PersistentVolume'], ParentType, ContextType, RequireFields<MutationPatchPersistentVolumeArgs, 'name' | 'patch'>>;
  patchPersistentVolumeClaim?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType, RequireFields<MutationPatchPersistentVolumeClaimArgs, 'name' | 'namespace' | 'patch'>>;
  patchPod?: Resolver<ResolversTypes['Pod'], ParentType, ContextType, RequireFields<MutationPatchPodArgs, 'name' | 'namespace' | 'patch'>>;
  patchPriorityClass?: Resolver<ResolversTypes['PriorityClass'], ParentType, ContextType, RequireFields<MutationPatchPriorityClassArgs, 'name' | 'patch'>>;
  patchReplicaSet?: Resolver<ResolversTypes['ReplicaSet'], ParentType, ContextType, RequireFields<MutationPatchReplicaSetArgs, 'name' | 'namespace' | 'patch'>>;
  patchReplicationController?: Resolver<ResolversTypes['ReplicationController'], ParentType, ContextType, RequireFields<MutationPatchReplicationControllerArgs, 'name' | 'namespace' | 'patch'>>;
  patchResourceQuota?: Resolver<ResolversTypes['ResourceQuota'], ParentType, ContextType, RequireFields<MutationPatchResourceQuotaArgs, 'name' | 'namespace' | 'patch'>>;
  patchRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationPatchRoleArgs, 'name' | 'namespace' | 'patch'>>;
  patchRoleBinding?: Resolver<ResolversTypes['RoleBinding'], ParentType, ContextType, RequireFields<MutationPatchRoleBindingArgs, 'name' | 'namespace' | 'patch'>>;
  patchSecret?: Resolver<ResolversTypes['Secret'], ParentType, ContextType, RequireFields<MutationPatchSecretArgs, 'name' | 'namespace' | 'patch'>>;
  patchService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationPatchServiceArgs, 'name' | 'namespace' | 'patch'>>;
  patchServiceAccount?: Resolver<ResolversTypes['ServiceAccount'], ParentType, ContextType, RequireFields<MutationPatchServiceAccountArgs, 'name' | 'namespace' | 'patch'>>;
  patchStatefulSet?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType, RequireFields<MutationPatchStatefulSetArgs, 'name' | 'namespace' | 'patch'>>;
  patchStorageClass?: Resolver<ResolversTypes['StorageClass'], ParentType, ContextType, RequireFields<MutationPatchStorageClassArgs, 'name' | 'patch'>>;
  replaceClusterRole?: Resolver<ResolversTypes['ClusterRole'], ParentType, ContextType, RequireFields<MutationReplaceClusterRoleArgs, 'clusterRole' | 'name'>>;
  replaceClusterRoleBinding?: Resolver<ResolversTypes['ClusterRoleBinding'], ParentType, ContextType, RequireFields<MutationReplaceClusterRoleBindingArgs, 'clusterRoleBinding' | 'name'>>;
  replaceConfigMap?: Resolver<ResolversTypes['ConfigMap'], ParentType, ContextType, RequireFields<MutationReplaceConfigMapArgs, 'configMap' | 'name' | 'namespace'>>;
  replaceCronJob?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationReplaceCronJobArgs, 'cronJob' | 'name' | 'namespace'>>;
  replaceDaemonSet?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType, RequireFields<MutationReplaceDaemonSetArgs, 'daemonSet' | 'name' | 'namespace'>>;
  replaceDeployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationReplaceDeploymentArgs, 'deployment' | 'name' | 'namespace'>>;
  replaceEndpoints?: Resolver<ResolversTypes['Endpoints'], ParentType, ContextType, RequireFields<MutationReplaceEndpointsArgs, 'endpoints' | 'name' | 'namespace'>>;
  replaceEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationReplaceEventArgs, 'event' | 'name' | 'namespace'>>;
  replaceJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationReplaceJobArgs, 'job' | 'name' | 'namespace'>>;
  replaceLease?: Resolver<ResolversTypes['Lease'], ParentType, ContextType, RequireFields<MutationReplaceLeaseArgs, 'lease' | 'name' | 'namespace'>>;
  replaceLimitRange?: Resolver<ResolversTypes['LimitRange'], ParentType, ContextType, RequireFields<MutationReplaceLimitRangeArgs, 'limitRange' | 'name' | 'namespace'>>;
  replaceNamespace?: Resolver<ResolversTypes['Namespace'], ParentType, ContextType, RequireFields<MutationReplaceNamespaceArgs, 'name' | 'namespace'>>;
  replaceNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationReplaceNodeArgs, 'name' | 'node'>>;
  replacePersistentVolume?: Resolver<ResolversTypes['PersistentVolume'], ParentType, ContextType, RequireFields<MutationReplacePersistentVolumeArgs, 'name' | 'persistentVolume'>>;
  replacePersistentVolumeClaim?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType, RequireFields<MutationReplacePersistentVolumeClaimArgs, 'name' | 'namespace' | 'persistentVolumeClaim'>>;
  replacePod?: Resolver<ResolversTypes['Pod'], ParentType, ContextType, RequireFields<MutationReplacePodArgs, 'name' | 'namespace' | 'pod'>>;
  replacePriorityClass?: Resolver<ResolversTypes['PriorityClass'], ParentType, ContextType, RequireFields<MutationReplacePriorityClassArgs, 'name' | 'priorityClass'>>;
  replaceReplicaSet?: Resolver<ResolversTypes['ReplicaSet'], ParentType, ContextType, RequireFields<MutationReplaceReplicaSetArgs, 'name' | 'namespace' | 'replicaSet'>>;
  replaceReplicationController?: Resolver<ResolversTypes['ReplicationController'], ParentType, ContextType, RequireFields<MutationReplaceReplicationControllerArgs, 'name' | 'namespace' | 'replicationController'>>;
  replaceResourceQuota?: Resolver<ResolversTypes['ResourceQuota'], ParentType, ContextType, RequireFields<MutationReplaceResourceQuotaArgs, 'name' | 'namespace' | 'resourceQuota'>>;
  replaceRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationReplaceRoleArgs, 'name' | 'namespace' | 'role'>>;
  replaceRoleBinding?: Resolver<ResolversTypes['RoleBinding'], ParentType, ContextType, RequireFields<MutationReplaceRoleBindingArgs, 'name' | 'namespace' | 'roleBinding'>>;
  replaceSecret?: Resolver<ResolversTypes['Secret'], ParentType, ContextType, RequireFields<MutationReplaceSecretArgs, 'name' | 'namespace' | 'secret'>>;
  replaceService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationReplaceServiceArgs, 'name' | 'namespace' | 'service'>>;
  replaceServiceAccount?: Resolver<ResolversTypes['ServiceAccount'], ParentType, ContextType, RequireFields<MutationReplaceServiceAccountArgs, 'name' | 'namespace' | 'serviceAccount'>>;
  replaceStatefulSet?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType, RequireFields<MutationReplaceStatefulSetArgs, 'name' | 'namespace' | 'statefulSet'>>;
  replaceStorageClass?: Resolver<ResolversTypes['StorageClass'], ParentType, ContextType, RequireFields<MutationReplaceStorageClassArgs, 'name' | 'storageClass'>>;
  reportUsage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportUsageArgs, 'report'>>;
  revokeBootstrapToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeBootstrapTokenArgs, 'id'>>;
  rolloutUndo?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationRolloutUndoArgs, 'name' | 'namespace'>>;
  scale?: Resolver<ResolversTypes['Scale'], ParentType, ContextType, RequireFields<MutationScaleArgs, 'kind' | 'name' | 'namespace' | 'replicas'>>;
  sendPodExecInput?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendPodExecInputArgs, 'sessionId'>>;
  sendPodLogChunk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendPodLogChunkArgs, 'requestId'>>;
  sendPodStreamChunk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendPodStreamChunkArgs, 'requestId'>>;
  updateCronJobStatus?: Resolver<ResolversTypes['CronJob'], ParentType, ContextType, RequireFields<MutationUpdateCronJobStatusArgs, 'name' | 'namespace' | 'status'>>;
  updateDaemonSetStatus?: Resolver<ResolversTypes['DaemonSet'], ParentType, ContextType, RequireFields<MutationUpdateDaemonSetStatusArgs, 'name' | 'namespace' | 'status'>>;
  updateDeploymentStatus?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType, RequireFields<MutationUpdateDeploymentStatusArgs, 'name' | 'namespace' | 'status'>>;
  updateJobStatus?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationUpdateJobStatusArgs, 'name' | 'namespace' | 'status'>>;
  updateNamespaceStatus?: Resolver<ResolversTypes['Namespace'], ParentType, ContextType, RequireFields<MutationUpdateNamespaceStatusArgs, 'name' | 'status'>>;
  updateNodeStatus?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationUpdateNodeStatusArgs, 'name' | 'status'>>;
  updatePersistentVolumeClaimStatus?: Resolver<ResolversTypes['PersistentVolumeClaim'], ParentType, ContextType, RequireFields<MutationUpdatePersistentVolumeClaimStatusArgs, 'name' | 'namespace' | 'status'>>;
  updatePersistentVolumeStatus?: Resolver<ResolversTypes['PersistentVolume'], ParentType, ContextType, RequireFields<MutationUpdatePersistentVolumeStatusArgs, 'name' | 'status'>>;
  updatePodStatus?: Resolver<ResolversTypes['Pod'], ParentType, ContextType, RequireFields<MutationUpdatePodStatusArgs, 'name' | 'namespace' | 'status'>>;
  updateReplicaSetStatus?: Resolver<ResolversTypes['ReplicaSet'], ParentType, ContextType, RequireFields<MutationUpdateReplicaSetStatusArgs, 'name' | 'namespace' | 'status'>>;
  updateReplicationControllerStatus?: Resolver<ResolversTypes['ReplicationController'], ParentType, ContextType, RequireFields<MutationUpdateReplicationControllerStatusArgs, 'name' | 'namespace' | 'status'>>;
  updateResourceQuotaStatus?: Resolver<ResolversTypes['ResourceQuota'], ParentType, ContextType, RequireFields<MutationUpdateResourceQuotaStatusArgs, 'name' | 'namespace' | 'status'>>;
  updateServiceStatus?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationUpdateServiceStatusArgs, 'name' | 'namespace' | 'status'>>;
  updateStatefulSetStatus?: Resolver<ResolversTypes['StatefulSet'], ParentType, ContextType, RequireFields<MutationUpdateStatefulSetStatusArgs, 'name' | 'namespace' | 'status'>>;
};

export type NamespaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Namespace'] = ResolversParentTypes['Namespace']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['NamespaceSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['NamespaceStatus']>, ParentType, ContextType>;
};

export type NamespaceConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceCondition'] = ResolversParentTypes['NamespaceCondition']> = {
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NamespaceListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceList'] = ResolversParentTypes['NamespaceList']> = {
  items?: Resolver<Array<ResolversTypes['Namespace']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type NamespaceSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceSpec'] = ResolversParentTypes['NamespaceSpec']> = {
  finalizers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type NamespaceStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceStatus'] = ResolversParentTypes['NamespaceStatus']> = {
  conditions?: Resolver<Maybe<Array<ResolversTypes['NamespaceCondition']>>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['NamespacePhase']>, ParentType, ContextType>;
};

export type NamespaceWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NamespaceWatchEvent'] = ResolversParentTypes['NamespaceWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Namespace']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['NodeSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['NodeStatus']>, ParentType, ContextType>;
};

export type NodeAddressResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeAddress'] = ResolversParentTypes['NodeAddress']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeAffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeAffinity'] = ResolversParentTypes['NodeAffinity']> = {
  preferredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['PreferredSchedulingTerm']>>, ParentType, ContextType>;
  requiredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<ResolversTypes['NodeSelector']>, ParentType, ContextType>;
};

export type NodeConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeCondition'] = ResolversParentTypes['NodeCondition']> = {
  lastHeartbeatTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeCredentialResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeCredential'] = ResolversParentTypes['NodeCredential']> = {
  nodeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeDaemonEndpointsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeDaemonEndpoints'] = ResolversParentTypes['NodeDaemonEndpoints']> = {
  kubeletEndpoint?: Resolver<Maybe<ResolversTypes['DaemonEndpoint']>, ParentType, ContextType>;
};

export type NodeListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeList'] = ResolversParentTypes['NodeList']> = {
  items?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type NodeMetricsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeMetrics'] = ResolversParentTypes['NodeMetrics']> = {
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeSchedulingResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSchedulingResult'] = ResolversParentTypes['NodeSchedulingResult']> = {
  failedPlugin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feasible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  scores?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  totalScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type NodeSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSelector'] = ResolversParentTypes['NodeSelector']> = {
  nodeSelectorTerms?: Resolver<Array<ResolversTypes['NodeSelectorTerm']>, ParentType, ContextType>;
};

export type NodeSelectorRequirementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSelectorRequirement'] = ResolversParentTypes['NodeSelectorRequirement']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['NodeSelectorOperator'], ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type NodeSelectorTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSelectorTerm'] = ResolversParentTypes['NodeSelectorTerm']> = {
  matchExpressions?: Resolver<Maybe<Array<ResolversTypes['NodeSelectorRequirement']>>, ParentType, ContextType>;
  matchFields?: Resolver<Maybe<Array<ResolversTypes['NodeSelectorRequirement']>>, ParentType, ContextType>;
};

export type NodeSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSpec'] = ResolversParentTypes['NodeSpec']> = {
  podCIDR?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podCIDRs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  providerID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taints?: Resolver<Maybe<Array<ResolversTypes['Taint']>>, ParentType, ContextType>;
  unschedulable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type NodeStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeStatus'] = ResolversParentTypes['NodeStatus']> = {
  addresses?: Resolver<Maybe<Array<ResolversTypes['NodeAddress']>>, ParentType, ContextType>;
  allocatable?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['NodeCondition']>>, ParentType, ContextType>;
  daemonEndpoints?: Resolver<Maybe<ResolversTypes['NodeDaemonEndpoints']>, ParentType, ContextType>;
  nodeInfo?: Resolver<Maybe<ResolversTypes['NodeSystemInfo']>, ParentType, ContextType>;
};

export type NodeSystemInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeSystemInfo'] = ResolversParentTypes['NodeSystemInfo']> = {
  architecture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bootID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  containerRuntimeVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kernelVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kubeProxyVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kubeletVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  machineID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operatingSystem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  osImage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemUUID?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeWatchEvent'] = ResolversParentTypes['NodeWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ObjectFieldSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ObjectFieldSelector'] = ResolversParentTypes['ObjectFieldSelector']> = {
  apiVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ObjectMetaResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ObjectMeta'] = ResolversParentTypes['ObjectMeta']> = {
  annotations?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  creationTimestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deletionGracePeriodSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deletionTimestamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finalizers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  generateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  generation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  labels?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerReferences?: Resolver<Maybe<Array<ResolversTypes['OwnerReference']>>, ParentType, ContextType>;
  resourceVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ObjectReferenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ObjectReference'] = ResolversParentTypes['ObjectReference']> = {
  apiVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OwnerReferenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OwnerReference'] = ResolversParentTypes['OwnerReference']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  blockOwnerDeletion?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  controller?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersistentVolumeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolume'] = ResolversParentTypes['PersistentVolume']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['PersistentVolumeSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PersistentVolumeStatus']>, ParentType, ContextType>;
};

export type PersistentVolumeClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaim'] = ResolversParentTypes['PersistentVolumeClaim']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaimSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaimStatus']>, ParentType, ContextType>;
};

export type PersistentVolumeClaimConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimCondition'] = ResolversParentTypes['PersistentVolumeClaimCondition']> = {
  lastProbeTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersistentVolumeClaimListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimList'] = ResolversParentTypes['PersistentVolumeClaimList']> = {
  items?: Resolver<Array<ResolversTypes['PersistentVolumeClaim']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type PersistentVolumeClaimSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimSpec'] = ResolversParentTypes['PersistentVolumeClaimSpec']> = {
  accessModes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceRequirements']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
  storageClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersistentVolumeClaimStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimStatus'] = ResolversParentTypes['PersistentVolumeClaimStatus']> = {
  accessModes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['PersistentVolumeClaimCondition']>>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaimPhase']>, ParentType, ContextType>;
};

export type PersistentVolumeClaimVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimVolumeSource'] = ResolversParentTypes['PersistentVolumeClaimVolumeSource']> = {
  claimName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readOnly?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PersistentVolumeClaimWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeClaimWatchEvent'] = ResolversParentTypes['PersistentVolumeClaimWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaim']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type PersistentVolumeListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeList'] = ResolversParentTypes['PersistentVolumeList']> = {
  items?: Resolver<Array<ResolversTypes['PersistentVolume']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type PersistentVolumeSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeSpec'] = ResolversParentTypes['PersistentVolumeSpec']> = {
  accessModes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  claimRef?: Resolver<Maybe<ResolversTypes['ObjectReference']>, ParentType, ContextType>;
  hostPath?: Resolver<Maybe<ResolversTypes['HostPathVolumeSource']>, ParentType, ContextType>;
  local?: Resolver<Maybe<ResolversTypes['LocalVolumeSource']>, ParentType, ContextType>;
  mountOptions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  nodeAffinity?: Resolver<Maybe<ResolversTypes['VolumeNodeAffinity']>, ParentType, ContextType>;
  persistentVolumeReclaimPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storageClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersistentVolumeStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeStatus'] = ResolversParentTypes['PersistentVolumeStatus']> = {
  lastPhaseTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['PersistentVolumePhase']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersistentVolumeWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersistentVolumeWatchEvent'] = ResolversParentTypes['PersistentVolumeWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['PersistentVolume']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type PodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  schedulingExplanation?: Resolver<Maybe<ResolversTypes['SchedulingExplanation']>, ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['PodSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PodStatus']>, ParentType, ContextType>;
};

export type PodAffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodAffinity'] = ResolversParentTypes['PodAffinity']> = {
  preferredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['WeightedPodAffinityTerm']>>, ParentType, ContextType>;
  requiredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['PodAffinityTerm']>>, ParentType, ContextType>;
};

export type PodAffinityTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodAffinityTerm'] = ResolversParentTypes['PodAffinityTerm']> = {
  labelSelector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
  namespaceSelector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
  namespaces?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  topologyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PodAntiAffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodAntiAffinity'] = ResolversParentTypes['PodAntiAffinity']> = {
  preferredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['WeightedPodAffinityTerm']>>, ParentType, ContextType>;
  requiredDuringSchedulingIgnoredDuringExecution?: Resolver<Maybe<Array<ResolversTypes['PodAffinityTerm']>>, ParentType, ContextType>;
};

export type PodConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodCondition'] = ResolversParentTypes['PodCondition']> = {
  lastProbeTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PodDnsConfigResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodDNSConfig'] = ResolversParentTypes['PodDNSConfig']> = {
  nameservers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  options?: Resolver<Maybe<Array<ResolversTypes['PodDNSConfigOption']>>, ParentType, ContextType>;
  searches?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type PodDnsConfigOptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodDNSConfigOption'] = ResolversParentTypes['PodDNSConfigOption']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PodExecEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodExecEvent'] = ResolversParentTypes['PodExecEvent']> = {
  data?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stream?: Resolver<Maybe<ResolversTypes['PodStreamName']>, ParentType, ContextType>;
};

export type PodIpResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodIP'] = ResolversParentTypes['PodIP']> = {
  ip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PodListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodList'] = ResolversParentTypes['PodList']> = {
  items?: Resolver<Array<ResolversTypes['Pod']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type PodLogChunkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodLogChunk'] = ResolversParentTypes['PodLogChunk']> = {
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PodMetricsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodMetrics'] = ResolversParentTypes['PodMetrics']> = {
  containers?: Resolver<Array<ResolversTypes['ContainerMetrics']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PodSecurityContextResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodSecurityContext'] = ResolversParentTypes['PodSecurityContext']> = {
  fsGroup?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runAsGroup?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runAsNonRoot?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  runAsUser?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  supplementalGroups?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
};

export type PodSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodSpec'] = ResolversParentTypes['PodSpec']> = {
  activeDeadlineSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  affinity?: Resolver<Maybe<ResolversTypes['Affinity']>, ParentType, ContextType>;
  automountServiceAccountToken?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  containers?: Resolver<Array<ResolversTypes['Container']>, ParentType, ContextType>;
  dnsConfig?: Resolver<Maybe<ResolversTypes['PodDNSConfig']>, ParentType, ContextType>;
  dnsPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enableServiceLinks?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hostAliases?: Resolver<Maybe<Array<ResolversTypes['HostAlias']>>, ParentType, ContextType>;
  hostNetwork?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hostname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  initContainers?: Resolver<Maybe<Array<ResolversTypes['Container']>>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeSelector?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priorityClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  restartPolicy?: Resolver<Maybe<ResolversTypes['RestartPolicy']>, ParentType, ContextType>;
  schedulerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  securityContext?: Resolver<Maybe<ResolversTypes['PodSecurityContext']>, ParentType, ContextType>;
  serviceAccountName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subdomain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terminationGracePeriodSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tolerations?: Resolver<Maybe<Array<ResolversTypes['Toleration']>>, ParentType, ContextType>;
  volumes?: Resolver<Maybe<Array<ResolversTypes['Volume']>>, ParentType, ContextType>;
};

export type PodStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodStatus'] = ResolversParentTypes['PodStatus']> = {
  conditions?: Resolver<Maybe<Array<ResolversTypes['PodCondition']>>, ParentType, ContextType>;
  containerStatuses?: Resolver<Maybe<Array<ResolversTypes['ContainerStatus']>>, ParentType, ContextType>;
  hostIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  initContainerStatuses?: Resolver<Maybe<Array<ResolversTypes['ContainerStatus']>>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nominatedNodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['PodPhase']>, ParentType, ContextType>;
  podIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  podIPs?: Resolver<Maybe<Array<ResolversTypes['PodIP']>>, ParentType, ContextType>;
  qosClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PodTemplateSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodTemplateSpec'] = ResolversParentTypes['PodTemplateSpec']> = {
  metadata?: Resolver<Maybe<ResolversTypes['ObjectMeta']>, ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['PodSpec']>, ParentType, ContextType>;
};

export type PodWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PodWatchEvent'] = ResolversParentTypes['PodWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type PolicyRuleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PolicyRule'] = ResolversParentTypes['PolicyRule']> = {
  apiGroups?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  nonResourceURLs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  resourceNames?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  resources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  verbs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PreferredSchedulingTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PreferredSchedulingTerm'] = ResolversParentTypes['PreferredSchedulingTerm']> = {
  preference?: Resolver<ResolversTypes['NodeSelectorTerm'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriorityClassResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PriorityClass'] = ResolversParentTypes['PriorityClass']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  globalDefault?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  preemptionPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriorityClassListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PriorityClassList'] = ResolversParentTypes['PriorityClassList']> = {
  items?: Resolver<Array<ResolversTypes['PriorityClass']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type PriorityClassWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PriorityClassWatchEvent'] = ResolversParentTypes['PriorityClassWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['PriorityClass']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ProbeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Probe'] = ResolversParentTypes['Probe']> = {
  exec?: Resolver<Maybe<ResolversTypes['ExecAction']>, ParentType, ContextType>;
  failureThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  httpGet?: Resolver<Maybe<ResolversTypes['HTTPGetAction']>, ParentType, ContextType>;
  initialDelaySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  successThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tcpSocket?: Resolver<Maybe<ResolversTypes['TCPSocketAction']>, ParentType, ContextType>;
  terminationGracePeriodSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timeoutSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProjectedVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProjectedVolumeSource'] = ResolversParentTypes['ProjectedVolumeSource']> = {
  defaultMode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<ResolversTypes['VolumeProjection']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  authorizedActions?: Resolver<ResolversTypes['AuthorizedActions'], ParentType, ContextType, Partial<QueryAuthorizedActionsArgs>>;
  bootstrapTokens?: Resolver<Array<ResolversTypes['BootstrapTokenInfo']>, ParentType, ContextType>;
  canI?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryCanIArgs, 'resource' | 'verb'>>;
  clusterRole?: Resolver<Maybe<ResolversTypes['ClusterRole']>, ParentType, ContextType, RequireFields<QueryClusterRoleArgs, 'name'>>;
  clusterRoleBinding?: Resolver<Maybe<ResolversTypes['ClusterRoleBinding']>, ParentType, ContextType, RequireFields<QueryClusterRoleBindingArgs, 'name'>>;
  clusterRoleBindings?: Resolver<ResolversTypes['ClusterRoleBindingList'], ParentType, ContextType, Partial<QueryClusterRoleBindingsArgs>>;
  clusterRoles?: Resolver<ResolversTypes['ClusterRoleList'], ParentType, ContextType, Partial<QueryClusterRolesArgs>>;
  configMap?: Resolver<Maybe<ResolversTypes['ConfigMap']>, ParentType, ContextType, RequireFields<QueryConfigMapArgs, 'name' | 'namespace'>>;
  configMaps?: Resolver<ResolversTypes['ConfigMapList'], ParentType, ContextType, Partial<QueryConfigMapsArgs>>;
  cronJob?: Resolver<Maybe<ResolversTypes['CronJob']>, ParentType, ContextType, RequireFields<QueryCronJobArgs, 'name' | 'namespace'>>;
  cronJobs?: Resolver<ResolversTypes['CronJobList'], ParentType, ContextType, Partial<QueryCronJobsArgs>>;
  daemonSet?: Resolver<Maybe<ResolversTypes['DaemonSet']>, ParentType, ContextType, RequireFields<QueryDaemonSetArgs, 'name' | 'namespace'>>;
  daemonSets?: Resolver<ResolversTypes['DaemonSetList'], ParentType, ContextType, Partial<QueryDaemonSetsArgs>>;
  deployment?: Resolver<Maybe<ResolversTypes['Deployment']>, ParentType, ContextType, RequireFields<QueryDeploymentArgs, 'name' | 'namespace'>>;
  deployments?: Resolver<ResolversTypes['DeploymentList'], ParentType, ContextType, Partial<QueryDeploymentsArgs>>;
  endpoints?: Resolver<Maybe<ResolversTypes['Endpoints']>, ParentType, ContextType, RequireFields<QueryEndpointsArgs, 'name' | 'namespace'>>;
  endpointsList?: Resolver<ResolversTypes['EndpointsList'], ParentType, ContextType, Partial<QueryEndpointsListArgs>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'name' | 'namespace'>>;
  events?: Resolver<ResolversTypes['EventList'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'kind' | 'name'>>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryJobArgs, 'name' | 'namespace'>>;
  jobs?: Resolver<ResolversTypes['JobList'], ParentType, ContextType, Partial<QueryJobsArgs>>;
  lease?: Resolver<Maybe<ResolversTypes['Lease']>, ParentType, ContextType, RequireFields<QueryLeaseArgs, 'name' | 'namespace'>>;
  leases?: Resolver<ResolversTypes['LeaseList'], ParentType, ContextType, Partial<QueryLeasesArgs>>;
  limitRange?: Resolver<Maybe<ResolversTypes['LimitRange']>, ParentType, ContextType, RequireFields<QueryLimitRangeArgs, 'name' | 'namespace'>>;
  limitRanges?: Resolver<ResolversTypes['LimitRangeList'], ParentType, ContextType, Partial<QueryLimitRangesArgs>>;
  namespace?: Resolver<Maybe<ResolversTypes['Namespace']>, ParentType, ContextType, RequireFields<QueryNamespaceArgs, 'name'>>;
  namespaces?: Resolver<ResolversTypes['NamespaceList'], ParentType, ContextType, Partial<QueryNamespacesArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'name'>>;
  nodeMetrics?: Resolver<Array<ResolversTypes['NodeMetrics']>, ParentType, ContextType, Partial<QueryNodeMetricsArgs>>;
  nodes?: Resolver<ResolversTypes['NodeList'], ParentType, ContextType, Partial<QueryNodesArgs>>;
  persistentVolume?: Resolver<Maybe<ResolversTypes['PersistentVolume']>, ParentType, ContextType, RequireFields<QueryPersistentVolumeArgs, 'name'>>;
  persistentVolumeClaim?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaim']>, ParentType, ContextType, RequireFields<QueryPersistentVolumeClaimArgs, 'name' | 'namespace'>>;
  persistentVolumeClaims?: Resolver<ResolversTypes['PersistentVolumeClaimList'], ParentType, ContextType, Partial<QueryPersistentVolumeClaimsArgs>>;
  persistentVolumes?: Resolver<ResolversTypes['PersistentVolumeList'], ParentType, ContextType, Partial<QueryPersistentVolumesArgs>>;
  pod?: Resolver<Maybe<ResolversTypes['Pod']>, ParentType, ContextType, RequireFields<QueryPodArgs, 'name' | 'namespace'>>;
  podMetrics?: Resolver<Array<ResolversTypes['PodMetrics']>, ParentType, ContextType, Partial<QueryPodMetricsArgs>>;
  pods?: Resolver<ResolversTypes['PodList'], ParentType, ContextType, Partial<QueryPodsArgs>>;
  priorityClass?: Resolver<Maybe<ResolversTypes['PriorityClass']>, ParentType, ContextType, RequireFields<QueryPriorityClassArgs, 'name'>>;
  priorityClasses?: Resolver<ResolversTypes['PriorityClassList'], ParentType, ContextType, Partial<QueryPriorityClassesArgs>>;
  replicaSet?: Resolver<Maybe<ResolversTypes['ReplicaSet']>, ParentType, ContextType, RequireFields<QueryReplicaSetArgs, 'name' | 'namespace'>>;
  replicaSets?: Resolver<ResolversTypes['ReplicaSetList'], ParentType, ContextType, Partial<QueryReplicaSetsArgs>>;
  replicationController?: Resolver<Maybe<ResolversTypes['ReplicationController']>, ParentType, ContextType, RequireFields<QueryReplicationControllerArgs, 'name' | 'namespace'>>;
  replicationControllers?: Resolver<ResolversTypes['ReplicationControllerList'], ParentType, ContextType, Partial<QueryReplicationControllersArgs>>;
  resourceQuota?: Resolver<Maybe<ResolversTypes['ResourceQuota']>, ParentType, ContextType, RequireFields<QueryResourceQuotaArgs, 'name' | 'namespace'>>;
  resourceQuotas?: Resolver<ResolversTypes['ResourceQuotaList'], ParentType, ContextType, Partial<QueryResourceQuotasArgs>>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<QueryRoleArgs, 'name' | 'namespace'>>;
  roleBinding?: Resolver<Maybe<ResolversTypes['RoleBinding']>, ParentType, ContextType, RequireFields<QueryRoleBindingArgs, 'name' | 'namespace'>>;
  roleBindings?: Resolver<ResolversTypes['RoleBindingList'], ParentType, ContextType, Partial<QueryRoleBindingsArgs>>;
  roles?: Resolver<ResolversTypes['RoleList'], ParentType, ContextType, Partial<QueryRolesArgs>>;
  secret?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType, RequireFields<QuerySecretArgs, 'name' | 'namespace'>>;
  secrets?: Resolver<ResolversTypes['SecretList'], ParentType, ContextType, Partial<QuerySecretsArgs>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'name' | 'namespace'>>;
  serviceAccount?: Resolver<Maybe<ResolversTypes['ServiceAccount']>, ParentType, ContextType, RequireFields<QueryServiceAccountArgs, 'name' | 'namespace'>>;
  serviceAccounts?: Resolver<ResolversTypes['ServiceAccountList'], ParentType, ContextType, Partial<QueryServiceAccountsArgs>>;
  services?: Resolver<ResolversTypes['ServiceList'], ParentType, ContextType, Partial<QueryServicesArgs>>;
  statefulSet?: Resolver<Maybe<ResolversTypes['StatefulSet']>, ParentType, ContextType, RequireFields<QueryStatefulSetArgs, 'name' | 'namespace'>>;
  statefulSets?: Resolver<ResolversTypes['StatefulSetList'], ParentType, ContextType, Partial<QueryStatefulSetsArgs>>;
  storageClass?: Resolver<Maybe<ResolversTypes['StorageClass']>, ParentType, ContextType, RequireFields<QueryStorageClassArgs, 'name'>>;
  storageClasses?: Resolver<ResolversTypes['StorageClassList'], ParentType, ContextType, Partial<QueryStorageClassesArgs>>;
};

export type ReplicaSetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSet'] = ResolversParentTypes['ReplicaSet']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['ReplicaSetSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReplicaSetStatus']>, ParentType, ContextType>;
};

export type ReplicaSetConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetCondition'] = ResolversParentTypes['ReplicaSetCondition']> = {
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReplicaSetListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetList'] = ResolversParentTypes['ReplicaSetList']> = {
  items?: Resolver<Array<ResolversTypes['ReplicaSet']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ReplicaSetSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetSpec'] = ResolversParentTypes['ReplicaSetSpec']> = {
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['LabelSelector'], ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['PodTemplateSpec']>, ParentType, ContextType>;
};

export type ReplicaSetStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetStatus'] = ResolversParentTypes['ReplicaSetStatus']> = {
  availableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['ReplicaSetCondition']>>, ParentType, ContextType>;
  fullyLabeledReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReplicaSetWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicaSetWatchEvent'] = ResolversParentTypes['ReplicaSetWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['ReplicaSet']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ReplicationControllerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationController'] = ResolversParentTypes['ReplicationController']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['ReplicationControllerSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReplicationControllerStatus']>, ParentType, ContextType>;
};

export type ReplicationControllerConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerCondition'] = ResolversParentTypes['ReplicationControllerCondition']> = {
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReplicationControllerListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerList'] = ResolversParentTypes['ReplicationControllerList']> = {
  items?: Resolver<Array<ResolversTypes['ReplicationController']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ReplicationControllerSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerSpec'] = ResolversParentTypes['ReplicationControllerSpec']> = {
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['PodTemplateSpec']>, ParentType, ContextType>;
};

export type ReplicationControllerStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerStatus'] = ResolversParentTypes['ReplicationControllerStatus']> = {
  availableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['ReplicationControllerCondition']>>, ParentType, ContextType>;
  fullyLabeledReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReplicationControllerWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplicationControllerWatchEvent'] = ResolversParentTypes['ReplicationControllerWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['ReplicationController']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ResourceFieldSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceFieldSelector'] = ResolversParentTypes['ResourceFieldSelector']> = {
  containerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  divisor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResourceQuotaResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuota'] = ResolversParentTypes['ResourceQuota']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['ResourceQuotaSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ResourceQuotaStatus']>, ParentType, ContextType>;
};

export type ResourceQuotaListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuotaList'] = ResolversParentTypes['ResourceQuotaList']> = {
  items?: Resolver<Array<ResolversTypes['ResourceQuota']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ResourceQuotaSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuotaSpec'] = ResolversParentTypes['ResourceQuotaSpec']> = {
  hard?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  scopeSelector?: Resolver<Maybe<ResolversTypes['ScopeSelector']>, ParentType, ContextType>;
  scopes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ResourceQuotaStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuotaStatus'] = ResolversParentTypes['ResourceQuotaStatus']> = {
  hard?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  used?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type ResourceQuotaWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceQuotaWatchEvent'] = ResolversParentTypes['ResourceQuotaWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['ResourceQuota']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ResourceRequirementsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResourceRequirements'] = ResolversParentTypes['ResourceRequirements']> = {
  limits?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  requests?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type RoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  rules?: Resolver<Maybe<Array<ResolversTypes['PolicyRule']>>, ParentType, ContextType>;
};

export type RoleBindingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleBinding'] = ResolversParentTypes['RoleBinding']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  roleRef?: Resolver<ResolversTypes['RoleRef'], ParentType, ContextType>;
  subjects?: Resolver<Maybe<Array<ResolversTypes['Subject']>>, ParentType, ContextType>;
};

export type RoleBindingListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleBindingList'] = ResolversParentTypes['RoleBindingList']> = {
  items?: Resolver<Array<ResolversTypes['RoleBinding']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type RoleBindingWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleBindingWatchEvent'] = ResolversParentTypes['RoleBindingWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['RoleBinding']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type RoleListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleList'] = ResolversParentTypes['RoleList']> = {
  items?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type RoleRefResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleRef'] = ResolversParentTypes['RoleRef']> = {
  apiGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleWatchEvent'] = ResolversParentTypes['RoleWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type RollingUpdateDaemonSetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RollingUpdateDaemonSet'] = ResolversParentTypes['RollingUpdateDaemonSet']> = {
  maxSurge?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
  maxUnavailable?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
};

export type RollingUpdateDeploymentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RollingUpdateDeployment'] = ResolversParentTypes['RollingUpdateDeployment']> = {
  maxSurge?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
  maxUnavailable?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
};

export type RollingUpdateStatefulSetStrategyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RollingUpdateStatefulSetStrategy'] = ResolversParentTypes['RollingUpdateStatefulSetStrategy']> = {
  partition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SchedulingExplanationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SchedulingExplanation'] = ResolversParentTypes['SchedulingExplanation']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NodeSchedulingResult']>, ParentType, ContextType>;
};

export type ScopeSelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScopeSelector'] = ResolversParentTypes['ScopeSelector']> = {
  matchExpressions?: Resolver<Maybe<Array<ResolversTypes['ScopedResourceSelectorRequirement']>>, ParentType, ContextType>;
};

export type ScopedResourceSelectorRequirementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScopedResourceSelectorRequirement'] = ResolversParentTypes['ScopedResourceSelectorRequirement']> = {
  operator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type SecretResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Secret'] = ResolversParentTypes['Secret']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  immutable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  stringData?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SecretEnvSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretEnvSource'] = ResolversParentTypes['SecretEnvSource']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SecretKeySelectorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretKeySelector'] = ResolversParentTypes['SecretKeySelector']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SecretListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretList'] = ResolversParentTypes['SecretList']> = {
  items?: Resolver<Array<ResolversTypes['Secret']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type SecretProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretProjection'] = ResolversParentTypes['SecretProjection']> = {
  items?: Resolver<Maybe<Array<ResolversTypes['KeyToPath']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SecretVolumeSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretVolumeSource'] = ResolversParentTypes['SecretVolumeSource']> = {
  defaultMode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['KeyToPath']>>, ParentType, ContextType>;
  optional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  secretName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SecretWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecretWatchEvent'] = ResolversParentTypes['SecretWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Secret']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type SecurityContextResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SecurityContext'] = ResolversParentTypes['SecurityContext']> = {
  allowPrivilegeEscalation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  capabilities?: Resolver<Maybe<ResolversTypes['Capabilities']>, ParentType, ContextType>;
  privileged?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  readOnlyRootFilesystem?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  runAsGroup?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runAsNonRoot?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  runAsUser?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['ServiceSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ServiceStatus']>, ParentType, ContextType>;
};

export type ServiceAccountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccount'] = ResolversParentTypes['ServiceAccount']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  automountServiceAccountToken?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  imagePullSecrets?: Resolver<Maybe<Array<ResolversTypes['LocalObjectReference']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  secrets?: Resolver<Maybe<Array<ResolversTypes['ObjectReference']>>, ParentType, ContextType>;
};

export type ServiceAccountListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccountList'] = ResolversParentTypes['ServiceAccountList']> = {
  items?: Resolver<Array<ResolversTypes['ServiceAccount']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ServiceAccountTokenResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccountToken'] = ResolversParentTypes['ServiceAccountToken']> = {
  audiences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  expirationSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expirationTimestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceAccountTokenProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccountTokenProjection'] = ResolversParentTypes['ServiceAccountTokenProjection']> = {
  audience?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expirationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceAccountWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceAccountWatchEvent'] = ResolversParentTypes['ServiceAccountWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['ServiceAccount']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type ServiceListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceList'] = ResolversParentTypes['ServiceList']> = {
  items?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type ServicePortResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServicePort'] = ResolversParentTypes['ServicePort']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodePort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['Protocol']>, ParentType, ContextType>;
  targetPort?: Resolver<Maybe<ResolversTypes['IntOrString']>, ParentType, ContextType>;
};

export type ServiceSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceSpec'] = ResolversParentTypes['ServiceSpec']> = {
  clusterIP?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clusterIPs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  externalIPs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  externalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalTrafficPolicy?: Resolver<Maybe<ResolversTypes['ServiceTrafficPolicy']>, ParentType, ContextType>;
  internalTrafficPolicy?: Resolver<Maybe<ResolversTypes['ServiceTrafficPolicy']>, ParentType, ContextType>;
  ports?: Resolver<Maybe<Array<ResolversTypes['ServicePort']>>, ParentType, ContextType>;
  publishNotReadyAddresses?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  sessionAffinity?: Resolver<Maybe<ResolversTypes['ServiceAffinity']>, ParentType, ContextType>;
  sessionAffinityConfig?: Resolver<Maybe<ResolversTypes['SessionAffinityConfig']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ServiceType']>, ParentType, ContextType>;
};

export type ServiceStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceStatus'] = ResolversParentTypes['ServiceStatus']> = {
  conditions?: Resolver<Maybe<Array<ResolversTypes['Condition']>>, ParentType, ContextType>;
  loadBalancer?: Resolver<Maybe<ResolversTypes['LoadBalancerStatus']>, ParentType, ContextType>;
};

export type ServiceWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceWatchEvent'] = ResolversParentTypes['ServiceWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type SessionAffinityConfigResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionAffinityConfig'] = ResolversParentTypes['SessionAffinityConfig']> = {
  clientIP?: Resolver<Maybe<ResolversTypes['ClientIPConfig']>, ParentType, ContextType>;
};

export type SleepActionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SleepAction'] = ResolversParentTypes['SleepAction']> = {
  seconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatefulSetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSet'] = ResolversParentTypes['StatefulSet']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<Maybe<ResolversTypes['StatefulSetSpec']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['StatefulSetStatus']>, ParentType, ContextType>;
};

export type StatefulSetConditionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetCondition'] = ResolversParentTypes['StatefulSetCondition']> = {
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConditionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatefulSetListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetList'] = ResolversParentTypes['StatefulSetList']> = {
  items?: Resolver<Array<ResolversTypes['StatefulSet']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type StatefulSetPersistentVolumeClaimRetentionPolicyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetPersistentVolumeClaimRetentionPolicy'] = ResolversParentTypes['StatefulSetPersistentVolumeClaimRetentionPolicy']> = {
  whenDeleted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  whenScaled?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatefulSetSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetSpec'] = ResolversParentTypes['StatefulSetSpec']> = {
  minReadySeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  persistentVolumeClaimRetentionPolicy?: Resolver<Maybe<ResolversTypes['StatefulSetPersistentVolumeClaimRetentionPolicy']>, ParentType, ContextType>;
  podManagementPolicy?: Resolver<Maybe<ResolversTypes['PodManagementPolicyType']>, ParentType, ContextType>;
  replicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revisionHistoryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['LabelSelector'], ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  template?: Resolver<ResolversTypes['PodTemplateSpec'], ParentType, ContextType>;
  updateStrategy?: Resolver<Maybe<ResolversTypes['StatefulSetUpdateStrategy']>, ParentType, ContextType>;
  volumeClaimTemplates?: Resolver<Maybe<Array<ResolversTypes['StatefulSetVolumeClaimTemplate']>>, ParentType, ContextType>;
};

export type StatefulSetStatusResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetStatus'] = ResolversParentTypes['StatefulSetStatus']> = {
  availableReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  collisionCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['StatefulSetCondition']>>, ParentType, ContextType>;
  currentReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observedGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readyReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updateRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedReplicas?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StatefulSetUpdateStrategyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetUpdateStrategy'] = ResolversParentTypes['StatefulSetUpdateStrategy']> = {
  rollingUpdate?: Resolver<Maybe<ResolversTypes['RollingUpdateStatefulSetStrategy']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['StatefulSetUpdateStrategyType']>, ParentType, ContextType>;
};

export type StatefulSetVolumeClaimSpecResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetVolumeClaimSpec'] = ResolversParentTypes['StatefulSetVolumeClaimSpec']> = {
  accessModes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceRequirements']>, ParentType, ContextType>;
  selector?: Resolver<Maybe<ResolversTypes['LabelSelector']>, ParentType, ContextType>;
  storageClassName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatefulSetVolumeClaimTemplateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetVolumeClaimTemplate'] = ResolversParentTypes['StatefulSetVolumeClaimTemplate']> = {
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['StatefulSetVolumeClaimSpec'], ParentType, ContextType>;
};

export type StatefulSetWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatefulSetWatchEvent'] = ResolversParentTypes['StatefulSetWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['StatefulSet']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type StorageClassResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StorageClass'] = ResolversParentTypes['StorageClass']> = {
  allowVolumeExpansion?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  allowedTopologies?: Resolver<Maybe<Array<ResolversTypes['TopologySelectorTerm']>>, ParentType, ContextType>;
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ObjectMeta'], ParentType, ContextType>;
  mountOptions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  parameters?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  provisioner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reclaimPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volumeBindingMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StorageClassListResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StorageClassList'] = ResolversParentTypes['StorageClassList']> = {
  items?: Resolver<Array<ResolversTypes['StorageClass']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['ListMeta'], ParentType, ContextType>;
};

export type StorageClassWatchEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StorageClassWatchEvent'] = ResolversParentTypes['StorageClassWatchEvent']> = {
  object?: Resolver<Maybe<ResolversTypes['StorageClass']>, ParentType, ContextType>;
  resourceVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WatchEventType'], ParentType, ContextType>;
};

export type SubjectResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject']> = {
  apiGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  agentLogRequests?: SubscriptionResolver<ResolversTypes['AgentLogRequest'], "agentLogRequests", ParentType, ContextType>;
  agentStreamRequests?: SubscriptionResolver<ResolversTypes['AgentStreamRequest'], "agentStreamRequests", ParentType, ContextType>;
  execPod?: SubscriptionResolver<ResolversTypes['PodExecEvent'], "execPod", ParentType, ContextType, RequireFields<SubscriptionExecPodArgs, 'command' | 'name' | 'namespace'>>;
  podLogs?: SubscriptionResolver<ResolversTypes['PodLogChunk'], "podLogs", ParentType, ContextType, RequireFields<SubscriptionPodLogsArgs, 'name' | 'namespace'>>;
  watchClusterRoleBindings?: SubscriptionResolver<ResolversTypes['ClusterRoleBindingWatchEvent'], "watchClusterRoleBindings", ParentType, ContextType, Partial<SubscriptionWatchClusterRoleBindingsArgs>>;
  watchClusterRoles?: SubscriptionResolver<ResolversTypes['ClusterRoleWatchEvent'], "watchClusterRoles", ParentType, ContextType, Partial<SubscriptionWatchClusterRolesArgs>>;
  watchConfigMaps?: SubscriptionResolver<ResolversTypes['ConfigMapWatchEvent'], "watchConfigMaps", ParentType, ContextType, Partial<SubscriptionWatchConfigMapsArgs>>;
  watchCronJobs?: SubscriptionResolver<ResolversTypes['CronJobWatchEvent'], "watchCronJobs", ParentType, ContextType, Partial<SubscriptionWatchCronJobsArgs>>;
  watchDaemonSets?: SubscriptionResolver<ResolversTypes['DaemonSetWatchEvent'], "watchDaemonSets", ParentType, ContextType, Partial<SubscriptionWatchDaemonSetsArgs>>;
  watchDeployments?: SubscriptionResolver<ResolversTypes['DeploymentWatchEvent'], "watchDeployments", ParentType, ContextType, Partial<SubscriptionWatchDeploymentsArgs>>;
  watchEndpoints?: SubscriptionResolver<ResolversTypes['EndpointsWatchEvent'], "watchEndpoints", ParentType, ContextType, Partial<SubscriptionWatchEndpointsArgs>>;
  watchEvents?: SubscriptionResolver<ResolversTypes['EventWatchEvent'], "watchEvents", ParentType, ContextType, Partial<SubscriptionWatchEventsArgs>>;
  watchJobs?: SubscriptionResolver<ResolversTypes['JobWatchEvent'], "watchJobs", ParentType, ContextType, Partial<SubscriptionWatchJobsArgs>>;
  watchLeases?: SubscriptionResolver<ResolversTypes['LeaseWatchEvent'], "watchLeases", ParentType, ContextType, Partial<SubscriptionWatchLeasesArgs>>;
  watchLimitRanges?: SubscriptionResolver<ResolversTypes['LimitRangeWatchEvent'], "watchLimitRanges", ParentType, ContextType, Partial<SubscriptionWatchLimitRangesArgs>>;
  watchNamespaces?: SubscriptionResolver<ResolversTypes['NamespaceWatchEvent'], "watchNamespaces", ParentType, ContextType, Partial<SubscriptionWatchNamespacesArgs>>;
  watchNodes?: SubscriptionResolver<ResolversTypes['NodeWatchEvent'], "watchNodes", ParentType, ContextType, Partial<SubscriptionWatchNodesArgs>>;
  watchPersistentVolumeClaims?: SubscriptionResolver<ResolversTypes['PersistentVolumeClaimWatchEvent'], "watchPersistentVolumeClaims", ParentType, ContextType, Partial<SubscriptionWatchPersistentVolumeClaimsArgs>>;
  watchPersistentVolumes?: SubscriptionResolver<ResolversTypes['PersistentVolumeWatchEvent'], "watchPersistentVolumes", ParentType, ContextType, Partial<SubscriptionWatchPersistentVolumesArgs>>;
  watchPods?: SubscriptionResolver<ResolversTypes['PodWatchEvent'], "watchPods", ParentType, ContextType, Partial<SubscriptionWatchPodsArgs>>;
  watchPriorityClasses?: SubscriptionResolver<ResolversTypes['PriorityClassWatchEvent'], "watchPriorityClasses", ParentType, ContextType, Partial<SubscriptionWatchPriorityClassesArgs>>;
  watchReplicaSets?: SubscriptionResolver<ResolversTypes['ReplicaSetWatchEvent'], "watchReplicaSets", ParentType, ContextType, Partial<SubscriptionWatchReplicaSetsArgs>>;
  watchReplicationControllers?: SubscriptionResolver<ResolversTypes['ReplicationControllerWatchEvent'], "watchReplicationControllers", ParentType, ContextType, Partial<SubscriptionWatchReplicationControllersArgs>>;
  watchResourceQuotas?: SubscriptionResolver<ResolversTypes['ResourceQuotaWatchEvent'], "watchResourceQuotas", ParentType, ContextType, Partial<SubscriptionWatchResourceQuotasArgs>>;
  watchRoleBindings?: SubscriptionResolver<ResolversTypes['RoleBindingWatchEvent'], "watchRoleBindings", ParentType, ContextType, Partial<SubscriptionWatchRoleBindingsArgs>>;
  watchRoles?: SubscriptionResolver<ResolversTypes['RoleWatchEvent'], "watchRoles", ParentType, ContextType, Partial<SubscriptionWatchRolesArgs>>;
  watchSecrets?: SubscriptionResolver<ResolversTypes['SecretWatchEvent'], "watchSecrets", ParentType, ContextType, Partial<SubscriptionWatchSecretsArgs>>;
  watchServiceAccounts?: SubscriptionResolver<ResolversTypes['ServiceAccountWatchEvent'], "watchServiceAccounts", ParentType, ContextType, Partial<SubscriptionWatchServiceAccountsArgs>>;
  watchServices?: SubscriptionResolver<ResolversTypes['ServiceWatchEvent'], "watchServices", ParentType, ContextType, Partial<SubscriptionWatchServicesArgs>>;
  watchStatefulSets?: SubscriptionResolver<ResolversTypes['StatefulSetWatchEvent'], "watchStatefulSets", ParentType, ContextType, Partial<SubscriptionWatchStatefulSetsArgs>>;
  watchStorageClasses?: SubscriptionResolver<ResolversTypes['StorageClassWatchEvent'], "watchStorageClasses", ParentType, ContextType, Partial<SubscriptionWatchStorageClassesArgs>>;
};

export type TcpSocketActionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TCPSocketAction'] = ResolversParentTypes['TCPSocketAction']> = {
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['IntOrString'], ParentType, ContextType>;
};

export type TaintResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Taint'] = ResolversParentTypes['Taint']> = {
  effect?: Resolver<ResolversTypes['TaintEffect'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeAdded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TolerationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Toleration'] = ResolversParentTypes['Toleration']> = {
  effect?: Resolver<Maybe<ResolversTypes['TaintEffect']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['TolerationOperator']>, ParentType, ContextType>;
  tolerationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TopologySelectorLabelRequirementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TopologySelectorLabelRequirement'] = ResolversParentTypes['TopologySelectorLabelRequirement']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TopologySelectorTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TopologySelectorTerm'] = ResolversParentTypes['TopologySelectorTerm']> = {
  matchLabelExpressions?: Resolver<Maybe<Array<ResolversTypes['TopologySelectorLabelRequirement']>>, ParentType, ContextType>;
};

export type UserTokenResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UserToken'] = ResolversParentTypes['UserToken']> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VolumeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Volume'] = ResolversParentTypes['Volume']> = {
  configMap?: Resolver<Maybe<ResolversTypes['ConfigMapVolumeSource']>, ParentType, ContextType>;
  downwardAPI?: Resolver<Maybe<ResolversTypes['DownwardAPIVolumeSource']>, ParentType, ContextType>;
  emptyDir?: Resolver<Maybe<ResolversTypes['EmptyDirVolumeSource']>, ParentType, ContextType>;
  hostPath?: Resolver<Maybe<ResolversTypes['HostPathVolumeSource']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persistentVolumeClaim?: Resolver<Maybe<ResolversTypes['PersistentVolumeClaimVolumeSource']>, ParentType, ContextType>;
  projected?: Resolver<Maybe<ResolversTypes['ProjectedVolumeSource']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['SecretVolumeSource']>, ParentType, ContextType>;
};

export type VolumeMountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VolumeMount'] = ResolversParentTypes['VolumeMount']> = {
  mountPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mountPropagation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readOnly?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  subPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subPathExpr?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VolumeNodeAffinityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VolumeNodeAffinity'] = ResolversParentTypes['VolumeNodeAffinity']> = {
  required?: Resolver<Maybe<ResolversTypes['NodeSelector']>, ParentType, ContextType>;
};

export type VolumeProjectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VolumeProjection'] = ResolversParentTypes['VolumeProjection']> = {
  configMap?: Resolver<Maybe<ResolversTypes['ConfigMapProjection']>, ParentType, ContextType>;
  downwardAPI?: Resolver<Maybe<ResolversTypes['DownwardAPIProjection']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['SecretProjection']>, ParentType, ContextType>;
  serviceAccountToken?: Resolver<Maybe<ResolversTypes['ServiceAccountTokenProjection']>, ParentType, ContextType>;
};

export type WeightedPodAffinityTermResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WeightedPodAffinityTerm'] = ResolversParentTypes['WeightedPodAffinityTerm']> = {
  podAffinityTerm?: Resolver<ResolversTypes['PodAffinityTerm'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Affinity?: AffinityResolvers<ContextType>;
  AgentLogRequest?: AgentLogRequestResolvers<ContextType>;
  AgentStreamRequest?: AgentStreamRequestResolvers<ContextType>;
  AggregationRule?: AggregationRuleResolvers<ContextType>;
  ApplyResult?: ApplyResultResolvers<ContextType>;
  AuthorizedActions?: AuthorizedActionsResolvers<ContextType>;
  BootstrapToken?: BootstrapTokenResolvers<ContextType>;
  BootstrapTokenInfo?: BootstrapTokenInfoResolvers<ContextType>;
  Capabilities?: CapabilitiesResolvers<ContextType>;
  ClientIPConfig?: ClientIpConfigResolvers<ContextType>;
  ClusterRole?: ClusterRoleResolvers<ContextType>;
  ClusterRoleBinding?: ClusterRoleBindingResolvers<ContextType>;
  ClusterRoleBindingList?: ClusterRoleBindingListResolvers<ContextType>;
  ClusterRoleBindingWatchEvent?: ClusterRoleBindingWatchEventResolvers<ContextType>;
  ClusterRoleList?: ClusterRoleListResolvers<ContextType>;
  ClusterRoleWatchEvent?: ClusterRoleWatchEventResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  ConfigMap?: ConfigMapResolvers<ContextType>;
  ConfigMapEnvSource?: ConfigMapEnvSourceResolvers<ContextType>;
  ConfigMapKeySelector?: ConfigMapKeySelectorResolvers<ContextType>;
  ConfigMapList?: ConfigMapListResolvers<ContextType>;
  ConfigMapProjection?: ConfigMapProjectionResolvers<ContextType>;
  ConfigMapVolumeSource?: ConfigMapVolumeSourceResolvers<ContextType>;
  ConfigMapWatchEvent?: ConfigMapWatchEventResolvers<ContextType>;
  Container?: ContainerResolvers<ContextType>;
  ContainerMetrics?: ContainerMetricsResolvers<ContextType>;
  ContainerPort?: ContainerPortResolvers<ContextType>;
  ContainerState?: ContainerStateResolvers<ContextType>;
  ContainerStateRunning?: ContainerStateRunningResolvers<ContextType>;
  ContainerStateTerminated?: ContainerStateTerminatedResolvers<ContextType>;
  ContainerStateWaiting?: ContainerStateWaitingResolvers<ContextType>;
  ContainerStatus?: ContainerStatusResolvers<ContextType>;
  CronJob?: CronJobResolvers<ContextType>;
  CronJobList?: CronJobListResolvers<ContextType>;
  CronJobSpec?: CronJobSpecResolvers<ContextType>;
  CronJobStatus?: CronJobStatusResolvers<ContextType>;
  CronJobWatchEvent?: CronJobWatchEventResolvers<ContextType>;
  DaemonEndpoint?: DaemonEndpointResolvers<ContextType>;
  DaemonSet?: DaemonSetResolvers<ContextType>;
  DaemonSetCondition?: DaemonSetConditionResolvers<ContextType>;
  DaemonSetList?: DaemonSetListResolvers<ContextType>;
  DaemonSetSpec?: DaemonSetSpecResolvers<ContextType>;
  DaemonSetStatus?: DaemonSetStatusResolvers<ContextType>;
  DaemonSetUpdateStrategy?: DaemonSetUpdateStrategyResolvers<ContextType>;
  DaemonSetWatchEvent?: DaemonSetWatchEventResolvers<ContextType>;
  Deployment?: DeploymentResolvers<ContextType>;
  DeploymentCondition?: DeploymentConditionResolvers<ContextType>;
  DeploymentList?: DeploymentListResolvers<ContextType>;
  DeploymentSpec?: DeploymentSpecResolvers<ContextType>;
  DeploymentStatus?: DeploymentStatusResolvers<ContextType>;
  DeploymentStrategy?: DeploymentStrategyResolvers<ContextType>;
  DeploymentWatchEvent?: DeploymentWatchEventResolvers<ContextType>;
  DownwardAPIProjection?: DownwardApiProjectionResolvers<ContextType>;
  DownwardAPIVolumeFile?: DownwardApiVolumeFileResolvers<ContextType>;
  DownwardAPIVolumeSource?: DownwardApiVolumeSourceResolvers<ContextType>;
  EmptyDirVolumeSource?: EmptyDirVolumeSourceResolvers<ContextType>;
  EndpointAddress?: EndpointAddressResolvers<ContextType>;
  EndpointPort?: EndpointPortResolvers<ContextType>;
  EndpointSubset?: EndpointSubsetResolvers<ContextType>;
  Endpoints?: EndpointsResolvers<ContextType>;
  EndpointsList?: EndpointsListResolvers<ContextType>;
  EndpointsWatchEvent?: EndpointsWatchEventResolvers<ContextType>;
  EnvFromSource?: EnvFromSourceResolvers<ContextType>;
  EnvVar?: EnvVarResolvers<ContextType>;
  EnvVarSource?: EnvVarSourceResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventList?: EventListResolvers<ContextType>;
  EventSource?: EventSourceResolvers<ContextType>;
  EventWatchEvent?: EventWatchEventResolvers<ContextType>;
  ExecAction?: ExecActionResolvers<ContextType>;
  HTTPGetAction?: HttpGetActionResolvers<ContextType>;
  HTTPHeader?: HttpHeaderResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  HostAlias?: HostAliasResolvers<ContextType>;
  HostPathVolumeSource?: HostPathVolumeSourceResolvers<ContextType>;
  IntOrString?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Job?: JobResolvers<ContextType>;
  JobCondition?: JobConditionResolvers<ContextType>;
  JobList?: JobListResolvers<ContextType>;
  JobSpec?: JobSpecResolvers<ContextType>;
  JobStatus?: JobStatusResolvers<ContextType>;
  JobTemplateSpec?: JobTemplateSpecResolvers<ContextType>;
  JobWatchEvent?: JobWatchEventResolvers<ContextType>;
  KeyToPath?: KeyToPathResolvers<ContextType>;
  LabelSelector?: LabelSelectorResolvers<ContextType>;
  LabelSelectorRequirement?: LabelSelectorRequirementResolvers<ContextType>;
  Lease?: LeaseResolvers<ContextType>;
  LeaseList?: LeaseListResolvers<ContextType>;
  LeaseSpec?: LeaseSpecResolvers<ContextType>;
  LeaseWatchEvent?: LeaseWatchEventResolvers<ContextType>;
  Lifecycle?: LifecycleResolvers<ContextType>;
  LifecycleHandler?: LifecycleHandlerResolvers<ContextType>;
  LimitRange?: LimitRangeResolvers<ContextType>;
  LimitRangeItem?: LimitRangeItemResolvers<ContextType>;
  LimitRangeList?: LimitRangeListResolvers<ContextType>;
  LimitRangeSpec?: LimitRangeSpecResolvers<ContextType>;
  LimitRangeWatchEvent?: LimitRangeWatchEventResolvers<ContextType>;
  ListMeta?: ListMetaResolvers<ContextType>;
  LoadBalancerIngress?: LoadBalancerIngressResolvers<ContextType>;
  LoadBalancerStatus?: LoadBalancerStatusResolvers<ContextType>;
  LocalObjectReference?: LocalObjectReferenceResolvers<ContextType>;
  LocalVolumeSource?: LocalVolumeSourceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Namespace?: NamespaceResolvers<ContextType>;
  NamespaceCondition?: NamespaceConditionResolvers<ContextType>;
  NamespaceList?: NamespaceListResolvers<ContextType>;
  NamespaceSpec?: NamespaceSpecResolvers<ContextType>;
  NamespaceStatus?: NamespaceStatusResolvers<ContextType>;
  NamespaceWatchEvent?: NamespaceWatchEventResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeAddress?: NodeAddressResolvers<ContextType>;
  NodeAffinity?: NodeAffinityResolvers<ContextType>;
  NodeCondition?: NodeConditionResolvers<ContextType>;
  NodeCredential?: NodeCredentialResolvers<ContextType>;
  NodeDaemonEndpoints?: NodeDaemonEndpointsResolvers<ContextType>;
  NodeList?: NodeListResolvers<ContextType>;
  NodeMetrics?: NodeMetricsResolvers<ContextType>;
  NodeSchedulingResult?: NodeSchedulingResultResolvers<ContextType>;
  NodeSelector?: NodeSelectorResolvers<ContextType>;
  NodeSelectorRequirement?: NodeSelectorRequirementResolvers<ContextType>;
  NodeSelectorTerm?: NodeSelectorTermResolvers<ContextType>;
  NodeSpec?: NodeSpecResolvers<ContextType>;
  NodeStatus?: NodeStatusResolvers<ContextType>;
  NodeSystemInfo?: NodeSystemInfoResolvers<ContextType>;
  NodeWatchEvent?: NodeWatchEventResolvers<ContextType>;
  ObjectFieldSelector?: ObjectFieldSelectorResolvers<ContextType>;
  ObjectMeta?: ObjectMetaResolvers<ContextType>;
  ObjectReference?: ObjectReferenceResolvers<ContextType>;
  OwnerReference?: OwnerReferenceResolvers<ContextType>;
  PersistentVolume?: PersistentVolumeResolvers<ContextType>;
  PersistentVolumeClaim?: PersistentVolumeClaimResolvers<ContextType>;
  PersistentVolumeClaimCondition?: PersistentVolumeClaimConditionResolvers<ContextType>;
  PersistentVolumeClaimList?: PersistentVolumeClaimListResolvers<ContextType>;
  PersistentVolumeClaimSpec?: PersistentVolumeClaimSpecResolvers<ContextType>;
  PersistentVolumeClaimStatus?: PersistentVolumeClaimStatusResolvers<ContextType>;
  PersistentVolumeClaimVolumeSource?: PersistentVolumeClaimVolumeSourceResolvers<ContextType>;
  PersistentVolumeClaimWatchEvent?: PersistentVolumeClaimWatchEventResolvers<ContextType>;
  PersistentVolumeList?: PersistentVolumeListResolvers<ContextType>;
  PersistentVolumeSpec?: PersistentVolumeSpecResolvers<ContextType>;
  PersistentVolumeStatus?: PersistentVolumeStatusResolvers<ContextType>;
  PersistentVolumeWatchEvent?: PersistentVolumeWatchEventResolvers<ContextType>;
  Pod?: PodResolvers<ContextType>;
  PodAffinity?: PodAffinityResolvers<ContextType>;
  PodAffinityTerm?: PodAffinityTermResolvers<ContextType>;
  PodAntiAffinity?: PodAntiAffinityResolvers<ContextType>;
  PodCondition?: PodConditionResolvers<ContextType>;
  PodDNSConfig?: PodDnsConfigResolvers<ContextType>;
  PodDNSConfigOption?: PodDnsConfigOptionResolvers<ContextType>;
  PodExecEvent?: PodExecEventResolvers<ContextType>;
  PodIP?: PodIpResolvers<ContextType>;
  PodList?: PodListResolvers<ContextType>;
  PodLogChunk?: PodLogChunkResolvers<ContextType>;
  PodMetrics?: PodMetricsResolvers<ContextType>;
  PodSecurityContext?: PodSecurityContextResolvers<ContextType>;
  PodSpec?: PodSpecResolvers<ContextType>;
  PodStatus?: PodStatusResolvers<ContextType>;
  PodTemplateSpec?: PodTemplateSpecResolvers<ContextType>;
  PodWatchEvent?: PodWatchEventResolvers<ContextType>;
  PolicyRule?: PolicyRuleResolvers<ContextType>;
  PreferredSchedulingTerm?: PreferredSchedulingTermResolvers<ContextType>;
  PriorityClass?: PriorityClassResolvers<ContextType>;
  PriorityClassList?: PriorityClassListResolvers<ContextType>;
  PriorityClassWatchEvent?: PriorityClassWatchEventResolvers<ContextType>;
  Probe?: ProbeResolvers<ContextType>;
  ProjectedVolumeSource?: ProjectedVolumeSourceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReplicaSet?: ReplicaSetResolvers<ContextType>;
  ReplicaSetCondition?: ReplicaSetConditionResolvers<ContextType>;
  ReplicaSetList?: ReplicaSetListResolvers<ContextType>;
  ReplicaSetSpec?: ReplicaSetSpecResolvers<ContextType>;
  ReplicaSetStatus?: ReplicaSetStatusResolvers<ContextType>;
  ReplicaSetWatchEvent?: ReplicaSetWatchEventResolvers<ContextType>;
  ReplicationController?: ReplicationControllerResolvers<ContextType>;
  ReplicationControllerCondition?: ReplicationControllerConditionResolvers<ContextType>;
  ReplicationControllerList?: ReplicationControllerListResolvers<ContextType>;
  ReplicationControllerSpec?: ReplicationControllerSpecResolvers<ContextType>;
  ReplicationControllerStatus?: ReplicationControllerStatusResolvers<ContextType>;
  ReplicationControllerWatchEvent?: ReplicationControllerWatchEventResolvers<ContextType>;
  ResourceFieldSelector?: ResourceFieldSelectorResolvers<ContextType>;
  ResourceQuota?: ResourceQuotaResolvers<ContextType>;
  ResourceQuotaList?: ResourceQuotaListResolvers<ContextType>;
  ResourceQuotaSpec?: ResourceQuotaSpecResolvers<ContextType>;
  ResourceQuotaStatus?: ResourceQuotaStatusResolvers<ContextType>;
  ResourceQuotaWatchEvent?: ResourceQuotaWatchEventResolvers<ContextType>;
  ResourceRequirements?: ResourceRequirementsResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleBinding?: RoleBindingResolvers<ContextType>;
  RoleBindingList?: RoleBindingListResolvers<ContextType>;
  RoleBindingWatchEvent?: RoleBindingWatchEventResolvers<ContextType>;
  RoleList?: RoleListResolvers<ContextType>;
  RoleRef?: RoleRefResolvers<ContextType>;
  RoleWatchEvent?: RoleWatchEventResolvers<ContextType>;
  RollingUpdateDaemonSet?: RollingUpdateDaemonSetResolvers<ContextType>;
  RollingUpdateDeployment?: RollingUpdateDeploymentResolvers<ContextType>;
  RollingUpdateStatefulSetStrategy?: RollingUpdateStatefulSetStrategyResolvers<ContextType>;
  Scale?: ScaleResolvers<ContextType>;
  ScaleSpec?: ScaleSpecResolvers<ContextType>;
  ScaleStatus?: ScaleStatusResolvers<ContextType>;
  SchedulingExplanation?: SchedulingExplanationResolvers<ContextType>;
  ScopeSelector?: ScopeSelectorResolvers<ContextType>;
  ScopedResourceSelectorRequirement?: ScopedResourceSelectorRequirementResolvers<ContextType>;
  Secret?: SecretResolvers<ContextType>;
  SecretEnvSource?: SecretEnvSourceResolvers<ContextType>;
  SecretKeySelector?: SecretKeySelectorResolvers<ContextType>;
  SecretList?: SecretListResolvers<ContextType>;
  SecretProjection?: SecretProjectionResolvers<ContextType>;
  SecretVolumeSource?: SecretVolumeSourceResolvers<ContextType>;
  SecretWatchEvent?: SecretWatchEventResolvers<ContextType>;
  SecurityContext?: SecurityContextResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceAccount?: ServiceAccountResolvers<ContextType>;
  ServiceAccountList?: ServiceAccountListResolvers<ContextType>;
  ServiceAccountToken?: ServiceAccountTokenResolvers<ContextType>;
  ServiceAccountTokenProjection?: ServiceAccountTokenProjectionResolvers<ContextType>;
  ServiceAccountWatchEvent?: ServiceAccountWatchEventResolvers<ContextType>;
  ServiceList?: ServiceListResolvers<ContextType>;
  ServicePort?: ServicePortResolvers<ContextType>;
  ServiceSpec?: ServiceSpecResolvers<ContextType>;
  ServiceStatus?: ServiceStatusResolvers<ContextType>;
  ServiceWatchEvent?: ServiceWatchEventResolvers<ContextType>;
  SessionAffinityConfig?: SessionAffinityConfigResolvers<ContextType>;
  SleepAction?: SleepActionResolvers<ContextType>;
  StatefulSet?: StatefulSetResolvers<ContextType>;
  StatefulSetCondition?: StatefulSetConditionResolvers<ContextType>;
  StatefulSetList?: StatefulSetListResolvers<ContextType>;
  StatefulSetPersistentVolumeClaimRetentionPolicy?: StatefulSetPersistentVolumeClaimRetentionPolicyResolvers<ContextType>;
  StatefulSetSpec?: StatefulSetSpecResolvers<ContextType>;
  StatefulSetStatus?: StatefulSetStatusResolvers<ContextType>;
  StatefulSetUpdateStrategy?: StatefulSetUpdateStrategyResolvers<ContextType>;
  StatefulSetVolumeClaimSpec?: StatefulSetVolumeClaimSpecResolvers<ContextType>;
  StatefulSetVolumeClaimTemplate?: StatefulSetVolumeClaimTemplateResolvers<ContextType>;
  StatefulSetWatchEvent?: StatefulSetWatchEventResolvers<ContextType>;
  StorageClass?: StorageClassResolvers<ContextType>;
  StorageClassList?: StorageClassListResolvers<ContextType>;
  StorageClassWatchEvent?: StorageClassWatchEventResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TCPSocketAction?: TcpSocketActionResolvers<ContextType>;
  Taint?: TaintResolvers<ContextType>;
  Toleration?: TolerationResolvers<ContextType>;
  TopologySelectorLabelRequirement?: TopologySelectorLabelRequirementResolvers<ContextType>;
  TopologySelectorTerm?: TopologySelectorTermResolvers<ContextType>;
  UserToken?: UserTokenResolvers<ContextType>;
  Volume?: VolumeResolvers<ContextType>;
  VolumeMount?: VolumeMountResolvers<ContextType>;
  VolumeNodeAffinity?: VolumeNodeAffinityResolvers<ContextType>;
  VolumeProjection?: VolumeProjectionResolvers<ContextType>;
  WeightedPodAffinityTerm?: WeightedPodAffinityTermResolvers<ContextType>;
};

