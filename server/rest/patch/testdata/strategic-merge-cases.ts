/**
 * Strategic merge cases checked against kubectl's own implementation (record-kubectl.ts):
 * one or more per merge rule of patch-meta.ts and per directive, shaped like what kubectl
 * apply, edit, patch, set image and rollout restart send.
 */
import type { KObject } from '../../../kinds/types.ts';

export interface StrategicMergeCase {
  name: string;
  original: KObject;
  patch: unknown;
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function deployment(): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels: { app: 'web' }, finalizers: ['a.io/x', 'b.io/y'], ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'x', uid: 'u1' }] },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: {
        metadata: { labels: { app: 'web' }, annotations: { a: 'b' } },
        spec: {
          containers: [
            {
              name: 'web',
              image: 'nginx:1.25',
              ports: [{ containerPort: 80, protocol: 'TCP', name: 'http' }, { containerPort: 443, protocol: 'TCP' }],
              env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }, { name: 'C', value: '3' }],
              volumeMounts: [{ name: 'data', mountPath: '/data' }, { name: 'cfg', mountPath: '/etc/cfg', readOnly: true }],
              args: ['--a', '--b'],
              resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '100m' } },
            },
            { name: 'sidecar', image: 'busybox', command: ['sleep', '3600'] },
            { name: 'proxy', image: 'envoy' },
          ],
          initContainers: [{ name: 'init', image: 'busybox' }],
          volumes: [{ name: 'data', emptyDir: {} }, { name: 'cfg', configMap: { name: 'cfg' } }],
          tolerations: [{ key: 'a', operator: 'Exists' }],
          imagePullSecrets: [{ name: 'reg1' }],
          hostAliases: [{ ip: '10.0.0.1', hostnames: ['a'] }],
          topologySpreadConstraints: [{ topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', maxSkew: 1 }],
          nodeSelector: { disk: 'ssd' },
        },
      },
    },
    status: { replicas: 2, conditions: [{ type: 'Available', status: 'True' }, { type: 'Progressing', status: 'True' }] },
  };
}

const pod = (): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'default' },
  spec: { containers: [{ name: 'a', image: 'a', ports: [{ containerPort: 80 }] }], tolerations: [{ key: 'x', operator: 'Exists' }] },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], podIPs: [{ ip: '10.1.0.1' }] },
});

const service = (): KObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 's', namespace: 'default' },
  spec: { clusterIP: '10.96.0.10', selector: { app: 'web', tier: 'x' }, ports: [{ name: 'http', port: 80, targetPort: 8080, nodePort: 30080, protocol: 'TCP' }, { name: 'https', port: 443 }] },
});

const node = (): KObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name: 'n1' },
  spec: { podCIDRs: ['10.1.0.0/24'], taints: [{ key: 'a', effect: 'NoSchedule' }] },
  status: { addresses: [{ type: 'InternalIP', address: '10.0.0.1' }, { type: 'Hostname', address: 'n1' }], conditions: [{ type: 'Ready', status: 'True' }] },
});

const containersPatch = (containers: unknown[], extra: Record<string, unknown> = {}) => ({ spec: { template: { spec: { containers, ...extra } } } });

export const CASES: StrategicMergeCase[] = [
  { name: 'kubectl set image: one container by name', original: deployment(), patch: containersPatch([{ name: 'sidecar', image: 'busybox:2' }]) },
  { name: 'a new container goes ahead of the existing ones', original: deployment(), patch: containersPatch([{ name: 'log', image: 'fluent' }]) },
  { name: 'new and existing containers in the patch order', original: deployment(), patch: containersPatch([{ name: 'log', image: 'fluent' }, { name: 'web', image: 'w' }, { name: 'new2', image: 'n' }]) },
  { name: 'a patch naming the last container first', original: deployment(), patch: containersPatch([{ name: 'proxy', image: 'p2' }, { name: 'web', image: 'w2' }]) },
  {
    name: 'kubectl apply: three-way patch with $setElementOrder, a deleted container and a deleted env var',
    original: deployment(),
    patch: {
      metadata: { annotations: { [LAST_APPLIED]: '{}\n' } },
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'web' }, { name: 'proxy' }],
            containers: [
              { '$setElementOrder/env': [{ name: 'A' }, { name: 'C' }, { name: 'D' }], env: [{ name: 'D', value: '4' }, { $patch: 'delete', name: 'B' }], image: 'nginx:1.26', name: 'web' },
              { $patch: 'delete', name: 'sidecar' },
            ],
          },
        },
      },
    },
  },
  {
    name: '$setElementOrder reordering with a server-only container in the middle',
    original: deployment(),
    patch: containersPatch([{ name: 'web', image: 'w2' }], { '$setElementOrder/containers': [{ name: 'proxy' }, { name: 'web' }] }),
  },
  { name: '$setElementOrder without a patch list', original: deployment(), patch: { spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'proxy' }, { name: 'sidecar' }, { name: 'web' }] } } } } },
  { name: '$setElementOrder for a list the object lacks', original: pod(), patch: { spec: { '$setElementOrder/initContainers': [{ name: 'i' }], initContainers: [{ name: 'i', image: 'busybox' }] } } },
  { name: 'container ports by containerPort, volumeMounts by mountPath', original: deployment(), patch: containersPatch([{ name: 'web', ports: [{ containerPort: 8080 }, { containerPort: 80, name: 'web' }], volumeMounts: [{ mountPath: '/data', readOnly: true }] }]) },
  { name: 'deleting a container port and a volume mount', original: deployment(), patch: containersPatch([{ name: 'web', ports: [{ $patch: 'delete', containerPort: 443 }], volumeMounts: [{ $patch: 'delete', mountPath: '/data' }] }]) },
  { name: 'container args and command replace whole', original: deployment(), patch: containersPatch([{ name: 'web', args: ['--c'] }, { name: 'sidecar', command: ['true'] }]) },
  { name: 'resources merge as maps, null deletes a limit', original: deployment(), patch: containersPatch([{ name: 'web', resources: { limits: { cpu: null, memory: '2Gi' } } }]) },
  { name: 'tolerations replace whole', original: deployment(), patch: { spec: { template: { spec: { tolerations: [{ key: 'b', operator: 'Exists' }] } } } } },
  { name: 'imagePullSecrets by name, hostAliases by ip', original: deployment(), patch: { spec: { template: { spec: { imagePullSecrets: [{ name: 'reg2' }], hostAliases: [{ ip: '10.0.0.1', hostnames: ['b'] }, { ip: '10.0.0.2', hostnames: ['c'] }] } } } } },
  { name: 'topologySpreadConstraints by topologyKey', original: deployment(), patch: { spec: { template: { spec: { topologySpreadConstraints: [{ topologyKey: 'zone', maxSkew: 2, whenUnsatisfiable: 'DoNotSchedule' }] } } } } },
  { name: 'initContainers by name', original: deployment(), patch: { spec: { template: { spec: { initContainers: [{ name: 'init', image: 'busybox:2' }, { name: 'init2', image: 'x' }] } } } } },
  { name: 'a volume changing source with $retainKeys', original: deployment(), patch: { spec: { template: { spec: { volumes: [{ $retainKeys: ['name', 'secret'], name: 'cfg', secret: { secretName: 's' } }] } } } } },
  { name: 'a volume changing source without $retainKeys keeps both', original: deployment(), patch: { spec: { template: { spec: { volumes: [{ name: 'cfg', secret: { secretName: 's' } }] } } } } },
  { name: 'Deployment strategy to Recreate with $retainKeys', original: deployment(), patch: { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate', rollingUpdate: null } } } },
  { name: 'kubectl rollout restart', original: deployment(), patch: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-12-06T03:00:00Z' } } } } } },
  { name: 'labels: add, change and delete', original: deployment(), patch: { metadata: { labels: { app: null, tier: 'front', env: 'prod' } } } },
  { name: 'null for keys the object lacks', original: deployment(), patch: { metadata: { annotations: { gone: null } }, spec: { paused: null, minReadySeconds: 5 } } },
  { name: 'nulls inside a new map are dropped', original: deployment(), patch: { spec: { template: { spec: { securityContext: { runAsUser: 1000, runAsGroup: null } } } } } },
  { name: 'finalizers merge as a set in the order of the patch', original: deployment(), patch: { metadata: { finalizers: ['c.io/z', 'a.io/x'] } } },
  { name: 'finalizers removed with $deleteFromPrimitiveList', original: deployment(), patch: { metadata: { '$deleteFromPrimitiveList/finalizers': ['a.io/x'] } } },
  { name: 'finalizers reordered with $setElementOrder', original: deployment(), patch: { metadata: { '$setElementOrder/finalizers': ['b.io/y', 'c.io/z', 'a.io/x'], finalizers: ['c.io/z'] } } },
  { name: 'ownerReferences by uid', original: deployment(), patch: { metadata: { ownerReferences: [{ uid: 'u1', controller: true }, { uid: 'u2', apiVersion: 'v1', kind: 'Y', name: 'y' }] } } },
  { name: 'a map replaced with $patch: replace', original: deployment(), patch: { spec: { template: { spec: { nodeSelector: { $patch: 'replace', zone: 'a' } } } } } },
  { name: 'a map emptied with $patch: delete', original: deployment(), patch: { spec: { strategy: { $patch: 'delete' } } } },
  { name: 'a list replaced with a $patch: replace element', original: deployment(), patch: containersPatch([{ name: 'only', image: 'x' }, { $patch: 'replace' }]) },
  { name: 'status conditions by type', original: deployment(), patch: { status: { conditions: [{ type: 'Progressing', status: 'False', reason: 'Stuck' }, { type: 'ReplicaFailure', status: 'True' }] } } },
  { name: 'type change takes the patch value', original: deployment(), patch: { spec: { replicas: '3', template: { spec: { containers: { weird: true } } } } } },
  { name: 'Pod spec containers and tolerations', original: pod(), patch: { spec: { containers: [{ name: 'b', image: 'b' }], tolerations: [{ key: 'y', operator: 'Exists' }] } } },
  { name: 'Pod status conditions and podIPs', original: pod(), patch: { status: { conditions: [{ type: 'Ready', status: 'False' }], podIPs: [{ ip: 'fd00::1' }] } } },
  { name: 'Service ports by port, selector as a map', original: service(), patch: { spec: { ports: [{ port: 80, targetPort: 9090 }, { port: 8443, name: 'alt' }], selector: { tier: null } } } },
  { name: 'Service port deleted', original: service(), patch: { spec: { ports: [{ $patch: 'delete', port: 443 }] } } },
  { name: 'Node addresses and conditions by type, podCIDRs as a set, taints replaced', original: node(), patch: { spec: { podCIDRs: ['fd00::/64'], taints: [] }, status: { addresses: [{ type: 'InternalIP', address: '10.0.0.2' }], conditions: [{ type: 'MemoryPressure', status: 'False' }] } } },
  {
    name: 'Endpoints subsets replace whole',
    original: { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'e' }, subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }] },
    patch: { subsets: [{ addresses: [{ ip: '10.0.0.2' }], ports: [{ port: 80 }] }] },
  },
  {
    name: 'ServiceAccount secrets by name',
    original: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'sa' }, secrets: [{ name: 's1' }], imagePullSecrets: [{ name: 'r1' }] },
    patch: { secrets: [{ name: 's2' }], imagePullSecrets: [{ name: 'r2' }] },
  },
  {
    name: 'ConfigMap data merges key by key',
    original: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1', b: '2' } },
    patch: { data: { a: null, c: '3' } },
  },
  {
    name: 'Job template containers and status conditions',
    original: {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'j' },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'a', image: 'a' }] } } },
      status: { conditions: [{ type: 'Complete', status: 'True' }] },
    },
    patch: { spec: { template: { spec: { containers: [{ name: 'b', image: 'b' }] } } }, status: { conditions: [{ type: 'Failed', status: 'False' }] } },
  },
  {
    name: 'CronJob jobTemplate containers',
    original: { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' }, spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: { containers: [{ name: 'a', image: 'a', env: [{ name: 'X', value: '1' }] }] } } } } } },
    patch: { spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'a', env: [{ name: 'Y', value: '2' }] }] } } } } } },
  },
  {
    name: 'StatefulSet and its volumeClaimTemplates',
    original: { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's' }, spec: { serviceName: 's', template: { spec: { containers: [{ name: 'a', image: 'a' }] } }, volumeClaimTemplates: [{ metadata: { name: 'd' } }] } },
    patch: { spec: { template: { spec: { containers: [{ name: 'a', image: 'a2' }] } }, volumeClaimTemplates: [{ metadata: { name: 'e' } }] } },
  },
  {
    name: 'DaemonSet template volumes',
    original: { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd' }, spec: { template: { spec: { containers: [{ name: 'a', image: 'a' }], volumes: [{ name: 'v', hostPath: { path: '/x' } }] } } } },
    patch: { spec: { template: { spec: { volumes: [{ name: 'w', emptyDir: {} }] } } } },
  },
  {
    name: 'ReplicaSet status conditions',
    original: { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'r' }, status: { replicas: 1, conditions: [{ type: 'ReplicaFailure', status: 'True' }] } },
    patch: { status: { conditions: [{ type: 'ReplicaFailure', status: 'False' }] } },
  },
  {
    name: 'Lease spec fields',
    original: { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'l' }, spec: { holderIdentity: 'a', leaseDurationSeconds: 10 } },
    patch: { spec: { holderIdentity: 'b', renewTime: '2026-12-06T03:00:00.000000Z' } },
  },
  {
    name: 'Role rules replace whole',
    original: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'r' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] },
    patch: { rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }] },
  },
  {
    name: 'RoleBinding subjects replace whole',
    original: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'rb' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'r' }, subjects: [{ kind: 'User', name: 'a' }] },
    patch: { subjects: [{ kind: 'User', name: 'b' }] },
  },
  {
    name: 'Namespace status conditions',
    original: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active', conditions: [{ type: 'A', status: 'True' }] } },
    patch: { spec: { finalizers: ['other'] }, status: { conditions: [{ type: 'B', status: 'True' }] } },
  },
  // Patches Kubernetes rejects
  { name: 'rejected: a container without its merge key', original: deployment(), patch: containersPatch([{ image: 'x' }]) },
  { name: 'rejected: $patch: merge in a map', original: deployment(), patch: { metadata: { labels: { $patch: 'merge', x: 'y' } } } },
  { name: 'rejected: $patch: merge in a list', original: deployment(), patch: containersPatch([{ $patch: 'merge' }]) },
  { name: 'rejected: an unknown $patch', original: deployment(), patch: { spec: { strategy: { $patch: 'explode' } } } },
  { name: 'rejected: a field outside $retainKeys', original: deployment(), patch: { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate', rollingUpdate: { maxSurge: 1 } } } } },
  { name: 'rejected: a patch list out of $setElementOrder order', original: deployment(), patch: containersPatch([{ name: 'proxy' }, { name: 'web' }], { '$setElementOrder/containers': [{ name: 'web' }, { name: 'proxy' }] }) },
];
