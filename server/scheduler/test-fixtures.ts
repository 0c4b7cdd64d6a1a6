/** Small builders of nodes and pods for the scheduler's unit tests and bench-core. */
import type { KObject } from '../kinds/types.ts';
import type { Taint, Toleration } from './framework.ts';

export interface NodeOptions {
  cpu?: string;
  memory?: string;
  pods?: string;
  labels?: Record<string, string>;
  taints?: Taint[];
  unschedulable?: boolean;
  /** Put the resources in status.capacity instead of status.allocatable. */
  capacityOnly?: boolean;
}

export function makeNode(name: string, o: NodeOptions = {}): KObject {
  const resources: Record<string, string> = { cpu: o.cpu ?? '4', memory: o.memory ?? '8Gi' };
  if (o.pods !== undefined) resources.pods = o.pods;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, uid: `uid-${name}`, labels: { 'kubernetes.io/hostname': name, ...o.labels } },
    spec: { taints: o.taints, unschedulable: o.unschedulable },
    status: o.capacityOnly ? { capacity: resources } : { allocatable: resources, capacity: resources },
  };
}

export interface PodOptions {
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  cpu?: string;
  memory?: string;
  /** Full containers, overriding cpu/memory. */
  containers?: any[];
  initContainers?: any[];
  overhead?: Record<string, string>;
  nodeName?: string;
  phase?: string;
  tolerations?: Toleration[];
  nodeSelector?: Record<string, string>;
  affinity?: any;
  ports?: any[];
  ownerUid?: string;
  priority?: number;
  created?: string;
  deleting?: boolean;
}

export function makePod(name: string, o: PodOptions = {}): KObject {
  const requests: Record<string, string> = {};
  if (o.cpu !== undefined) requests.cpu = o.cpu;
  if (o.memory !== undefined) requests.memory = o.memory;
  const containers = o.containers ?? [{ name: 'main', image: 'app', resources: { requests }, ports: o.ports }];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: o.namespace ?? 'default',
      uid: o.uid ?? `uid-${name}`,
      labels: o.labels,
      creationTimestamp: o.created ?? '2024-01-01T00:00:00Z',
      deletionTimestamp: o.deleting ? '2024-01-02T00:00:00Z' : undefined,
      ownerReferences: o.ownerUid
        ? [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: o.ownerUid, controller: true }]
        : undefined,
    },
    spec: {
      containers,
      initContainers: o.initContainers,
      overhead: o.overhead,
      nodeName: o.nodeName,
      tolerations: o.tolerations,
      nodeSelector: o.nodeSelector,
      affinity: o.affinity,
      priority: o.priority,
    },
    status: { phase: o.phase ?? (o.nodeName ? 'Running' : 'Pending') },
  };
}

/** A required anti-affinity against pods labelled `labels`, per `topologyKey`. */
export function antiAffinity(labels: Record<string, string>, topologyKey = 'kubernetes.io/hostname', extra: object = {}) {
  return {
    podAntiAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: labels }, topologyKey, ...extra }],
    },
  };
}
