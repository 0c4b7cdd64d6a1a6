/**
 * The root resolvers of schema.graphql, typed by the generated `Resolvers`. Every kind gets the
 * same generic resolvers (object-resolvers.ts); this file only names them after the schema.
 */
import { CapstanError } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import { replicationControllerSelector } from '../kinds/replicationcontroller.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import { labelSelectorObjectToString } from '../selectors/label-selector-object.ts';
import { apply } from './apply.ts';
import type { Resolvers } from './generated/graphql.ts';
import { optional } from './input.ts';
import { agentLogRequests, podLogs, sendPodLogChunk } from './logs/log-resolvers.ts';
import { agentStreamRequests, execPod, sendPodExecInput, sendPodStreamChunk } from './streams/stream-resolvers.ts';
import { bootstrapTokensResolver, createBootstrapTokenResolver, joinNodeResolver, revokeBootstrapTokenResolver } from './node-join.ts';
import { kindResolvers } from './object-resolvers.ts';
import { authorizedActionsResolver, canIResolver, createServiceAccountTokenResolver, createUserTokenResolver } from './rbac-resolvers.ts';
import { rolloutUndoResolver } from './rollout.ts';
import { schedulingExplanation } from './scheduling-explanation.ts';
import { IntOrStringScalar, JSONScalar } from './scalars.ts';
import type { ApiScale } from './types.ts';
import { nodeMetricsResolver, podMetricsResolver, reportUsageResolver } from '../usage/usage-resolvers.ts';

const namespace = kindResolvers('Namespace');
const node = kindResolvers('Node');
const pod = kindResolvers('Pod');
const replicaSet = kindResolvers('ReplicaSet');
const replicationController = kindResolvers('ReplicationController');
const daemonSet = kindResolvers('DaemonSet');
const statefulSet = kindResolvers('StatefulSet');
const deployment = kindResolvers('Deployment');
const service = kindResolvers('Service');
const endpoints = kindResolvers('Endpoints');
const serviceAccount = kindResolvers('ServiceAccount');
const role = kindResolvers('Role');
const clusterRole = kindResolvers('ClusterRole');
const roleBinding = kindResolvers('RoleBinding');
const clusterRoleBinding = kindResolvers('ClusterRoleBinding');
const secret = kindResolvers('Secret');
const configMap = kindResolvers('ConfigMap');
const lease = kindResolvers('Lease');
const event = kindResolvers('Event');
const job = kindResolvers('Job');
const cronJob = kindResolvers('CronJob');
const persistentVolume = kindResolvers('PersistentVolume');
const persistentVolumeClaim = kindResolvers('PersistentVolumeClaim');
const storageClass = kindResolvers('StorageClass');
const priorityClass = kindResolvers('PriorityClass');
const resourceQuota = kindResolvers('ResourceQuota');
const limitRange = kindResolvers('LimitRange');

function toScale(kind: ApiScale['kind'], obj: KObject): ApiScale {
  return {
    kind,
    metadata: obj.metadata,
    spec: { replicas: obj.spec?.replicas ?? 1 },
    status: {
      replicas: obj.status?.replicas ?? 0,
      readyReplicas: obj.status?.readyReplicas ?? null,
      // A ReplicationController's selector is a plain label map, the others' a structured selector.
      selector: (kind === 'ReplicationController' ? replicationControllerSelector(obj).toString() : labelSelectorObjectToString(obj.spec?.selector)) || null,
    },
  };
}

function kindNamed(kind: string): KindName {
  if (!Object.hasOwn(KINDS, kind)) {
    throw new CapstanError('INVALID', `kind: unknown kind "${kind}" (known kinds: ${Object.keys(KINDS).join(', ')})`, [
      { field: 'kind', message: `unknown kind "${kind}"` },
    ]);
  }
  return kind as KindName;
}

export const resolvers: Resolvers = {
  JSON: JSONScalar,
  IntOrString: IntOrStringScalar,
  Pod: { schedulingExplanation },

  Query: {
    namespace: namespace.get,
    namespaces: namespace.list,
    node: node.get,
    nodes: node.list,
    pod: pod.get,
    pods: pod.list,
    replicaSet: replicaSet.get,
    replicaSets: replicaSet.list,
    replicationController: replicationController.get,
    replicationControllers: replicationController.list,
    daemonSet: daemonSet.get,
    daemonSets: daemonSet.list,
    statefulSet: statefulSet.get,
    statefulSets: statefulSet.list,
    deployment: deployment.get,
    deployments: deployment.list,
    service: service.get,
    services: service.list,
    endpoints: endpoints.get,
    endpointsList: endpoints.list,
    serviceAccount: serviceAccount.get,
    serviceAccounts: serviceAccount.list,
    role: role.get,
    roles: role.list,
    clusterRole: clusterRole.get,
    clusterRoles: clusterRole.list,
    roleBinding: roleBinding.get,
    roleBindings: roleBinding.list,
    clusterRoleBinding: clusterRoleBinding.get,
    clusterRoleBindings: clusterRoleBinding.list,
    canI: canIResolver,
    authorizedActions: authorizedActionsResolver,
    bootstrapTokens: bootstrapTokensResolver,
    podMetrics: podMetricsResolver,
    nodeMetrics: nodeMetricsResolver,
    secret: secret.get,
    secrets: secret.list,
    configMap: configMap.get,
    configMaps: configMap.list,
    lease: lease.get,
    leases: lease.list,
    event: event.get,
    events: event.list,
    job: job.get,
    jobs: job.list,
    cronJob: cronJob.get,
    cronJobs: cronJob.list,
    persistentVolume: persistentVolume.get,
    persistentVolumes: persistentVolume.list,
    persistentVolumeClaim: persistentVolumeClaim.get,
    persistentVolumeClaims: persistentVolumeClaim.list,
    storageClass: storageClass.get,
    storageClasses: storageClass.list,
    priorityClass: priorityClass.get,
    priorityClasses: priorityClass.list,
    resourceQuota: resourceQuota.get,
    resourceQuotas: resourceQuota.list,
    limitRange: limitRange.get,
    limitRanges: limitRange.list,

    async history(_, args, ctx) {
      const kind = kindNamed(args.kind);
      const ns = KINDS[kind].namespaced ? optional(args.namespace) || 'default' : undefined;
      await ctx.authorize('get', kind, ns, args.name);
      const entries = await ctx.store.history(kind, ns, args.name);
      return entries.map((e) => ({ revision: e.revision.toString(), type: e.type, timestamp: e.createdAt.toISOString(), object: e.object }));
    },
  },

  Mutation: {
    createNamespace: namespace.create,
    replaceNamespace: namespace.replace,
    patchNamespace: namespace.patch,
    deleteNamespace: namespace.delete,
    updateNamespaceStatus: namespace.updateStatus,

    createNode: node.create,
    replaceNode: node.replace,
    patchNode: node.patch,
    deleteNode: node.delete,
    updateNodeStatus: node.updateStatus,

    createPod: pod.create,
    replacePod: pod.replace,
    patchPod: pod.patch,
    deletePod: pod.delete,
    updatePodStatus: pod.updateStatus,

    createReplicaSet: replicaSet.create,
    replaceReplicaSet: replicaSet.replace,
    patchReplicaSet: replicaSet.patch,
    deleteReplicaSet: replicaSet.delete,
    updateReplicaSetStatus: replicaSet.updateStatus,

    createReplicationController: replicationController.create,
    replaceReplicationController: replicationController.replace,
    patchReplicationController: replicationController.patch,
    deleteReplicationController: replicationController.delete,
    updateReplicationControllerStatus: replicationController.updateStatus,

    createDaemonSet: daemonSet.create,
    replaceDaemonSet: daemonSet.replace,
    patchDaemonSet: daemonSet.patch,
    deleteDaemonSet: daemonSet.delete,
    updateDaemonSetStatus: daemonSet.updateStatus,

    createStatefulSet: statefulSet.create,
    replaceStatefulSet: statefulSet.replace,
    patchStatefulSet: statefulSet.patch,
    deleteStatefulSet: statefulSet.delete,
    updateStatefulSetStatus: statefulSet.updateStatus,

    createPersistentVolume: persistentVolume.create,
    replacePersistentVolume: persistentVolume.replace,
    patchPersistentVolume: persistentVolume.patch,
    deletePersistentVolume: persistentVolume.delete,
    updatePersistentVolumeStatus: persistentVolume.updateStatus,

    createPersistentVolumeClaim: persistentVolumeClaim.create,
    replacePersistentVolumeClaim: persistentVolumeClaim.replace,
    patchPersistentVolumeClaim: persistentVolumeClaim.patch,
    deletePersistentVolumeClaim: persistentVolumeClaim.delete,
    updatePersistentVolumeClaimStatus: persistentVolumeClaim.updateStatus,

    createStorageClass: storageClass.create,
    replaceStorageClass: storageClass.replace,
    patchStorageClass: storageClass.patch,
    deleteStorageClass: storageClass.delete,
    createPriorityClass: priorityClass.create,
    replacePriorityClass: priorityClass.replace,
    patchPriorityClass: priorityClass.patch,
    deletePriorityClass: priorityClass.delete,
    createResourceQuota: resourceQuota.create,
    replaceResourceQuota: resourceQuota.replace,
    patchResourceQuota: resourceQuota.patch,
    deleteResourceQuota: resourceQuota.delete,
    updateResourceQuotaStatus: resourceQuota.updateStatus,
    createLimitRange: limitRange.create,
    replaceLimitRange: limitRange.replace,
    patchLimitRange: limitRange.patch,
    deleteLimitRange: limitRange.delete,

    createDeployment: deployment.create,
    replaceDeployment: deployment.replace,
    patchDeployment: deployment.patch,
    deleteDeployment: deployment.delete,
    updateDeploymentStatus: deployment.updateStatus,

    createService: service.create,
    replaceService: service.replace,
    patchService: service.patch,
    deleteService: service.delete,
    updateServiceStatus: service.updateStatus,

    createEndpoints: endpoints.create,
    replaceEndpoints: endpoints.replace,
    patchEndpoints: endpoints.patch,
    deleteEndpoints: endpoints.delete,

    createServiceAccount: serviceAccount.create,
    replaceServiceAccount: serviceAccount.replace,
    patchServiceAccount: serviceAccount.patch,
    deleteServiceAccount: serviceAccount.delete,

    createRole: role.create,
    replaceRole: role.replace,
    patchRole: role.patch,
    deleteRole: role.delete,

    createClusterRole: clusterRole.create,
    replaceClusterRole: clusterRole.replace,
    patchClusterRole: clusterRole.patch,
    deleteClusterRole: clusterRole.delete,

    createRoleBinding: roleBinding.create,
    replaceRoleBinding: roleBinding.replace,
    patchRoleBinding: roleBinding.patch,
    deleteRoleBinding: roleBinding.delete,

    createClusterRoleBinding: clusterRoleBinding.create,
    replaceClusterRoleBinding: clusterRoleBinding.replace,
    patchClusterRoleBinding: clusterRoleBinding.patch,
    deleteClusterRoleBinding: clusterRoleBinding.delete,

    createSecret: secret.create,
    replaceSecret: secret.replace,
    patchSecret: secret.patch,
    deleteSecret: secret.delete,

    createConfigMap: configMap.create,
    replaceConfigMap: configMap.replace,
    patchConfigMap: configMap.patch,
    deleteConfigMap: configMap.delete,

    createLease: lease.create,
    replaceLease: lease.replace,
    patchLease: lease.patch,
    deleteLease: lease.delete,

    createEvent: event.create,
    replaceEvent: event.replace,
    patchEvent: event.patch,
    deleteEvent: event.delete,

    createJob: job.create,
    replaceJob: job.replace,
    patchJob: job.patch,
    deleteJob: job.delete,
    updateJobStatus: job.updateStatus,

    createCronJob: cronJob.create,
    replaceCronJob: cronJob.replace,
    patchCronJob: cronJob.patch,
    deleteCronJob: cronJob.delete,
    updateCronJobStatus: cronJob.updateStatus,

    apply: (_, args, ctx) => apply(ctx, args.manifests, optional(args.namespace), args.dryRun ?? false),

    async scale(_, args, ctx) {
      await ctx.authorize('update', `${args.kind}/scale`, args.namespace, args.name);
      if (!Number.isInteger(args.replicas) || args.replicas < 0) {
        throw new CapstanError('INVALID', `replicas: must be a non-negative integer, not ${args.replicas}`, [{ field: 'replicas', message: 'must be a non-negative integer' }]);
      }
      const obj = await ctx.store.patch(args.kind, args.namespace, args.name, { spec: { replicas: args.replicas } }, { resourceVersion: optional(args.resourceVersion) });
      return toScale(args.kind, obj);
    },

    rolloutUndo: (_, args, ctx) => rolloutUndoResolver(ctx, args.namespace, args.name, args.toRevision),

    createBootstrapToken: createBootstrapTokenResolver,
    revokeBootstrapToken: revokeBootstrapTokenResolver,
    createUserToken: createUserTokenResolver,
    createServiceAccountToken: createServiceAccountTokenResolver,
    joinNode: joinNodeResolver,
    sendPodLogChunk,
    sendPodStreamChunk,
    sendPodExecInput,
    reportUsage: reportUsageResolver,
  },

  Subscription: {
    watchNamespaces: namespace.watch,
    watchNodes: node.watch,
    watchPods: pod.watch,
    watchReplicaSets: replicaSet.watch,
    watchReplicationControllers: replicationController.watch,
    watchDaemonSets: daemonSet.watch,
    watchStatefulSets: statefulSet.watch,
    watchDeployments: deployment.watch,
    watchServices: service.watch,
    watchEndpoints: endpoints.watch,
    watchServiceAccounts: serviceAccount.watch,
    watchRoles: role.watch,
    watchClusterRoles: clusterRole.watch,
    watchRoleBindings: roleBinding.watch,
    watchClusterRoleBindings: clusterRoleBinding.watch,
    watchSecrets: secret.watch,
    watchConfigMaps: configMap.watch,
    watchLeases: lease.watch,
    watchEvents: event.watch,
    watchJobs: job.watch,
    watchCronJobs: cronJob.watch,
    watchPersistentVolumes: persistentVolume.watch,
    watchPersistentVolumeClaims: persistentVolumeClaim.watch,
    watchStorageClasses: storageClass.watch,
    watchPriorityClasses: priorityClass.watch,
    watchResourceQuotas: resourceQuota.watch,
    watchLimitRanges: limitRange.watch,
    podLogs,
    agentLogRequests,
    execPod,
    agentStreamRequests,
  },
};
