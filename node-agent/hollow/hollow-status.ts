/**
 * The objects a hollow node reports: its Node (capacity, labels, conditions, addresses) and the
 * status of a pod it pretends to run. Pure.
 */
import { HollowPodFragmentDocument, type HollowPodFragment } from '../../api/generated/operations.ts';

/** What a hollow node reads of its pods: the HollowPod fragment of node-agent/queries.graphql. */
export type HollowPod = HollowPodFragment;

/** The selection of the pods' list and watch, and the fragment it spreads. */
export const POD_SELECTION = '...HollowPod';
export const POD_FRAGMENT: string = HollowPodFragmentDocument;

export const HOLLOW_LABEL = 'capstan.io/hollow';

export const HOLLOW_CAPACITY = { cpu: '4', memory: '16Gi', pods: '110' };

/** The first address of a /24 (or any IPv4 CIDR): the node's InternalIP (DESIGN §6). */
export function firstAddress(cidr: string): string {
  const base = cidr.split('/')[0]!.split('.').map(Number);
  base[3] = base[3]! + 1;
  return base.join('.');
}

/** Pod addresses of a node: `.2` to `.254` of its /24 pod CIDR. */
export class PodIPPool {
  private readonly used = new Set<number>();
  private prefix: string | null = null;

  setCIDR(cidr: string): void {
    this.prefix = cidr.split('/')[0]!.split('.').slice(0, 3).join('.');
  }

  get ready(): boolean {
    return this.prefix !== null;
  }

  /** Marks an address a pod already has (after a restart of the hollow process). */
  adopt(ip: string): void {
    if (this.prefix && ip.startsWith(`${this.prefix}.`)) this.used.add(Number(ip.slice(this.prefix.length + 1)));
  }

  allocate(): string | null {
    if (!this.prefix) return null;
    for (let host = 2; host <= 254; host++) {
      if (!this.used.has(host)) {
        this.used.add(host);
        return `${this.prefix}.${host}`;
      }
    }
    return null;
  }

  release(ip: string | null | undefined): void {
    if (this.prefix && ip?.startsWith(`${this.prefix}.`)) this.used.delete(Number(ip.slice(this.prefix.length + 1)));
  }
}

export function nodeConditions(now: string, lastTransition: string): Record<string, unknown>[] {
  const ok = (type: string, reason: string, message: string) => ({ type, status: 'False', reason, message, lastHeartbeatTime: now, lastTransitionTime: lastTransition });
  return [
    { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'hollow node is posting ready status', lastHeartbeatTime: now, lastTransitionTime: lastTransition },
    ok('MemoryPressure', 'KubeletHasSufficientMemory', 'hollow node has sufficient memory available'),
    ok('DiskPressure', 'KubeletHasNoDiskPressure', 'hollow node has no disk pressure'),
    ok('PIDPressure', 'KubeletHasSufficientPID', 'hollow node has sufficient PID available'),
  ];
}

export function nodeStatus(nodeName: string, internalIP: string | null, now: string, lastTransition: string): Record<string, unknown> {
  return {
    capacity: HOLLOW_CAPACITY,
    allocatable: HOLLOW_CAPACITY,
    conditions: nodeConditions(now, lastTransition),
    addresses: [...(internalIP ? [{ type: 'InternalIP', address: internalIP }] : []), { type: 'Hostname', address: nodeName }],
    nodeInfo: {
      kubeletVersion: 'capstan-hollow',
      kubeProxyVersion: 'capstan-hollow',
      containerRuntimeVersion: 'hollow://0',
      operatingSystem: 'linux',
      architecture: 'amd64',
      osImage: 'hollow',
      kernelVersion: 'hollow',
    },
  };
}

export function nodeObject(nodeName: string, labels: Record<string, string>, now: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: nodeName,
      labels: { 'kubernetes.io/hostname': nodeName, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', ...labels, [HOLLOW_LABEL]: 'true' },
    },
    status: nodeStatus(nodeName, null, now, now),
  };
}

/** The status of a pod the hollow node "runs": Running and Ready, every container started. */
export function runningPodStatus(pod: HollowPod, podIP: string, hostIP: string, now: string): Record<string, unknown> {
  const previous = pod.status?.conditions ?? [];
  const scheduled = previous.find((c) => c.type === 'PodScheduled');
  const cond = (type: string) => ({ type, status: 'True', lastTransitionTime: now });
  const containerStatus = (c: { name: string; image?: string | null }) => ({
    name: c.name,
    image: c.image ?? '',
    imageID: '',
    containerID: `hollow://${pod.metadata.uid ?? pod.metadata.name}/${c.name}`,
    ready: true,
    started: true,
    restartCount: 0,
    state: { running: { startedAt: now } },
  });
  const terminated = (c: { name: string; image?: string | null }) => ({
    name: c.name,
    image: c.image ?? '',
    imageID: '',
    containerID: `hollow://${pod.metadata.uid ?? pod.metadata.name}/${c.name}`,
    ready: true,
    restartCount: 0,
    state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: now, finishedAt: now } },
  });
  const init = pod.spec?.initContainers ?? [];
  return {
    phase: 'Running',
    hostIP,
    podIP,
    podIPs: [{ ip: podIP }],
    startTime: now,
    conditions: [
      scheduled ? { type: 'PodScheduled', status: scheduled.status, lastTransitionTime: scheduled.lastTransitionTime ?? now } : cond('PodScheduled'),
      cond('Initialized'),
      cond('ContainersReady'),
      cond('Ready'),
    ],
    ...(init.length > 0 ? { initContainerStatuses: init.map(terminated) } : {}),
    containerStatuses: (pod.spec?.containers ?? []).map(containerStatus),
    ...(pod.status?.qosClass ? { qosClass: pod.status.qosClass } : {}),
  };
}
