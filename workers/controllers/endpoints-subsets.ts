/**
 * The Endpoints subsets of a Service from its pods, as Kubernetes' endpoints controller computes
 * them (`syncService` + `endpoints.RepackSubsets`): one (address, ports) pair per pod, then
 * addresses with the same set of ports packed into one subset. Pure.
 */
import type { KObject } from '../../server/kinds/types.ts';

export interface EndpointAddress {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef: { kind: 'Pod'; name: string; namespace: string; uid: string };
}

export interface EndpointPort {
  name?: string;
  port: number;
  protocol: string;
}

export interface EndpointSubset {
  addresses?: EndpointAddress[];
  notReadyAddresses?: EndpointAddress[];
  ports?: EndpointPort[];
}

export function podIsReady(pod: KObject): boolean {
  const conditions: any[] = pod.status?.conditions ?? [];
  return conditions.some((c) => c?.type === 'Ready' && c.status === 'True');
}

/** Kubernetes' `ShouldPodBeInEndpoints`: has an IP, is not terminating, has not finished. */
export function podBelongsInEndpoints(pod: KObject): boolean {
  if (!pod.status?.podIP) return false;
  if (pod.metadata.deletionTimestamp) return false;
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

/**
 * Kubernetes' `podutil.FindPort`: a number is the port; a name is looked up among the pod's
 * container ports of the same protocol. Undefined when the pod has no such named port.
 */
export function findPort(pod: KObject, servicePort: { targetPort?: number | string; port: number; protocol?: string }): number | undefined {
  const target = servicePort.targetPort ?? servicePort.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  const protocol = servicePort.protocol ?? 'TCP';
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) {
      if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
    }
  }
  return undefined;
}

function addressOf(pod: KObject, serviceName: string): EndpointAddress {
  const a: EndpointAddress = {
    ip: pod.status.podIP,
    targetRef: { kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace!, uid: pod.metadata.uid! },
  };
  // A pod that names this (headless) Service as its subdomain gets a DNS name under it.
  if (pod.spec?.hostname && pod.spec?.subdomain === serviceName) a.hostname = pod.spec.hostname;
  if (pod.spec?.nodeName) a.nodeName = pod.spec.nodeName;
  return a;
}

const portKey = (p: EndpointPort) => `${p.name ?? ''}\0${p.port}\0${p.protocol}`;

/** The subsets of `service` given the pods its selector matches, in a stable order. */
export function computeSubsets(service: KObject, pods: KObject[]): EndpointSubset[] {
  const servicePorts: any[] = service.spec?.ports ?? [];
  const headless = service.spec?.clusterIP === 'None';
  const publishNotReady = service.spec?.publishNotReadyAddresses === true;
  const groups = new Map<string, { ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }>();

  for (const pod of pods) {
    if (!podBelongsInEndpoints(pod)) continue;
    const ports: EndpointPort[] = [];
    for (const sp of servicePorts) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      ports.push({ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP' });
    }
    // A pod that serves none of the ports is left out, except by a headless Service without ports.
    if (ports.length === 0 && !(servicePorts.length === 0 && headless)) continue;
    ports.sort((a, b) => (portKey(a) < portKey(b) ? -1 : portKey(a) > portKey(b) ? 1 : 0));
    const key = ports.map(portKey).join('\u0001');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, ready: [], notReady: [] }));
    (publishNotReady || podIsReady(pod) ? g.ready : g.notReady).push(addressOf(pod, service.metadata.name));
  }

  const byAddress = (a: EndpointAddress, b: EndpointAddress) =>
    a.ip !== b.ip ? (a.ip < b.ip ? -1 : 1) : a.targetRef.uid < b.targetRef.uid ? -1 : a.targetRef.uid > b.targetRef.uid ? 1 : 0;
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => {
      const s: EndpointSubset = {};
      if (g.ready.length > 0) s.addresses = g.ready.sort(byAddress);
      if (g.notReady.length > 0) s.notReadyAddresses = g.notReady.sort(byAddress);
      if (g.ports.length > 0) s.ports = g.ports;
      return s;
    });
}
