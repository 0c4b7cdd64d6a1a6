/**
 * The kinds the dashboard watches and the fields it reads of each (GraphQL asks for fields by
 * name). One place, so a page never asks for fields another page's watch did not fetch.
 */
export type Kind = 'Namespace' | 'Node' | 'Pod' | 'ReplicaSet' | 'Deployment' | 'Service' | 'Endpoints' | 'ServiceAccount' | 'Secret' | 'ConfigMap' | 'Lease' | 'Event' | 'ReplicationController' | 'DaemonSet' | 'StatefulSet' | 'Job' | 'CronJob' | 'PersistentVolume' | 'PersistentVolumeClaim' | 'StorageClass' | 'Role' | 'ClusterRole' | 'RoleBinding' | 'ClusterRoleBinding' | 'PriorityClass' | 'ResourceQuota' | 'LimitRange';

const META = `metadata { name namespace uid resourceVersion generation labels annotations creationTimestamp deletionTimestamp ownerReferences { kind name uid controller } }`;
const CONDITION = `type status reason message lastTransitionTime`;
const CONTAINER_STATE = `waiting { reason message } running { startedAt } terminated { exitCode signal reason message startedAt finishedAt }`;
const CONTAINER = `name image command args workingDir ports { name containerPort protocol } resources { requests limits }`;
const RULE = `verbs apiGroups resources resourceNames nonResourceURLs`;
const TEMPLATE = `template { metadata { labels annotations } spec { containers { ${CONTAINER} } } }`;

export const FIELDS: Record<Kind, string> = {
  Namespace: `${META} status { phase }`,
  Node: `${META} spec { podCIDR unschedulable taints { key value effect timeAdded } } status { capacity allocatable conditions { ${CONDITION} lastHeartbeatTime } addresses { type address } nodeInfo { kubeletVersion osImage architecture operatingSystem containerRuntimeVersion } }`,
  Pod: `${META} spec { nodeName restartPolicy containers { ${CONTAINER} } initContainers { name image } } status { phase reason message podIP hostIP startTime conditions { ${CONDITION} } containerStatuses { name ready restartCount started image state { ${CONTAINER_STATE} } lastState { ${CONTAINER_STATE} } } }`,
  ReplicaSet: `${META} spec { replicas selector { matchLabels } ${TEMPLATE} } status { replicas readyReplicas availableReplicas observedGeneration }`,
  ReplicationController: `${META} spec { replicas selector ${TEMPLATE} } status { replicas readyReplicas availableReplicas observedGeneration }`,
  DaemonSet: `${META} spec { selector { matchLabels } updateStrategy { type rollingUpdate { maxUnavailable maxSurge } } ${TEMPLATE} } status { desiredNumberScheduled currentNumberScheduled numberReady updatedNumberScheduled numberAvailable numberMisscheduled observedGeneration }`,
  StatefulSet: `${META} spec { replicas serviceName podManagementPolicy selector { matchLabels } updateStrategy { type rollingUpdate { partition } } ${TEMPLATE} } status { replicas readyReplicas currentReplicas updatedReplicas availableReplicas currentRevision updateRevision observedGeneration }`,
  Deployment: `${META} spec { replicas paused selector { matchLabels } strategy { type rollingUpdate { maxSurge maxUnavailable } } ${TEMPLATE} } status { observedGeneration replicas updatedReplicas readyReplicas availableReplicas unavailableReplicas conditions { ${CONDITION} } }`,
  Service: `${META} spec { type selector clusterIP ports { name protocol port targetPort nodePort } }`,
  Endpoints: `${META} subsets { addresses { ip nodeName targetRef { kind name namespace } } notReadyAddresses { ip nodeName targetRef { kind name namespace } } ports { name port protocol } }`,
  ServiceAccount: `${META} secrets { name namespace } imagePullSecrets { name } automountServiceAccountToken`,
  Secret: `${META} type data immutable`,
  ConfigMap: `${META} data binaryData immutable`,
  Lease: `${META} spec { holderIdentity leaseDurationSeconds renewTime acquireTime }`,
  Job: `${META} spec { completions parallelism backoffLimit activeDeadlineSeconds completionMode suspend selector { matchLabels } ${TEMPLATE} } status { active succeeded failed ready startTime completionTime completedIndexes conditions { ${CONDITION} } }`,
  CronJob: `${META} spec { schedule timeZone suspend concurrencyPolicy startingDeadlineSeconds successfulJobsHistoryLimit failedJobsHistoryLimit jobTemplate { spec { completions parallelism ${TEMPLATE} } } } status { lastScheduleTime lastSuccessfulTime active { name uid } }`,
  PersistentVolume: `${META} spec { capacity accessModes claimRef { kind namespace name uid } persistentVolumeReclaimPolicy storageClassName volumeMode nodeAffinity { required { nodeSelectorTerms { matchExpressions { key operator values } matchFields { key operator values } } } } hostPath { path } local { path } } status { phase reason message }`,
  PersistentVolumeClaim: `${META} spec { accessModes volumeName storageClassName volumeMode resources { requests } } status { phase accessModes capacity conditions { type status reason message lastTransitionTime } }`,
  StorageClass: `${META} provisioner parameters reclaimPolicy volumeBindingMode allowVolumeExpansion`,
  Role: `${META} rules { ${RULE} }`,
  ClusterRole: `${META} rules { ${RULE} } aggregationRule { clusterRoleSelectors { matchLabels } }`,
  RoleBinding: `${META} subjects { kind name namespace } roleRef { kind name }`,
  ClusterRoleBinding: `${META} subjects { kind name namespace } roleRef { kind name }`,
  PriorityClass: `${META} value globalDefault preemptionPolicy description`,
  ResourceQuota: `${META} spec { hard scopes scopeSelector { matchExpressions { scopeName operator values } } } status { hard used }`,
  LimitRange: `${META} spec { limits { type max min default defaultRequest maxLimitRequestRatio } }`,
  Event: `${META} involvedObject { kind namespace name uid fieldPath } reason message type count firstTimestamp lastTimestamp eventTime source { component host } reportingComponent`,
};

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
  ${WATCH_FIELD[kind]}(resourceVersion: $resourceVersion) { type resourceVersion object { ${FIELDS[kind]} } }
}`;
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
  ${LIST_FIELD[kind]}(limit: $limit, continue: $continue) { metadata { resourceVersion continue } items { ${FIELDS[kind]} } }
}`;
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
export const KINDS = Object.keys(FIELDS) as Kind[];

export function isKind(s: string): s is Kind {
  return Object.prototype.hasOwnProperty.call(FIELDS, s);
}

export function isNamespaced(kind: Kind): boolean {
  return !CLUSTER_SCOPED.has(kind);
}
