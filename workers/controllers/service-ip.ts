/**
 * Cluster IPs (127.32.0.0/12, DESIGN §6) and NodePorts (30000–32767) for Services, as
 * Kubernetes' API server allocates them on create; here the endpoints controller does it on the
 * Service's first reconcile, unique across the cluster by the claim protocol of
 * ip-allocator-claim.ts.
 *
 * A clusterIP the user chose is checked by the store's create (in the range, and not already
 * allocated: server/store/admitted-create.ts). Differences from Kubernetes: a nodePort the user
 * chose is kept even if another Service already uses it (a controller can only report, not
 * refuse); NodePorts are unique by number regardless of protocol.
 */
import type { ControllerStore } from '../controller-store.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { claimUnique, type UniqueClaim } from './ip-allocator-claim.ts';
import { allocateIP, allocateNodePort, SERVICE_CIDR } from './ip-allocator.ts';

export { SERVICE_IP_CLAIM_ANNOTATION } from '../../server/kinds/service.ts';
import { SERVICE_IP_CLAIM_ANNOTATION } from '../../server/kinds/service.ts';

export interface ServiceIPOptions {
  /** Default SERVICE_CIDR. */
  serviceCIDR?: string;
}

const IP = 'ip:';
const NODE_PORT = 'nodePort:';

/** Whether the Service should have a cluster IP it lacks. */
export function needsClusterIP(svc: KObject): boolean {
  const spec = svc.spec ?? {};
  return spec.type !== 'ExternalName' && (spec.clusterIP === undefined || spec.clusterIP === null || spec.clusterIP === '');
}

function wantsNodePorts(svc: KObject): boolean {
  return svc.spec?.type === 'NodePort' || svc.spec?.type === 'LoadBalancer';
}

function portsLackingNodePort(svc: KObject): number[] {
  if (!wantsNodePorts(svc)) return [];
  const ports: any[] = Array.isArray(svc.spec?.ports) ? svc.spec.ports : [];
  return ports.flatMap((p, i) => (p && (p.nodePort === undefined || p.nodePort === null || p.nodePort === 0) ? [i] : []));
}

export function needsAllocation(svc: KObject): boolean {
  return needsClusterIP(svc) || portsLackingNodePort(svc).length > 0;
}

function committedTokens(svc: KObject): string[] {
  const spec = svc.spec ?? {};
  const out: string[] = [];
  if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '' && spec.clusterIP !== 'None') out.push(IP + spec.clusterIP);
  for (const p of Array.isArray(spec.ports) ? spec.ports : []) if (p && typeof p.nodePort === 'number' && p.nodePort > 0) out.push(NODE_PORT + p.nodePort);
  return out;
}

function serviceClaim(opts: ServiceIPOptions): UniqueClaim {
  const cidr = opts.serviceCIDR ?? SERVICE_CIDR;
  return {
    kind: 'Service',
    annotation: SERVICE_IP_CLAIM_ANNOTATION,
    // Every Service of the cluster: O(services) per allocation, once per Service in its life.
    listAll: (store: ControllerStore) => store.listSkeletons('Service', SERVICE_IP_CLAIM_ANNOTATION),
    committed: committedTokens,
    choose(svc, used) {
      const tokens: string[] = [];
      if (needsClusterIP(svc)) {
        const ips = new Set([...used].filter((t) => t.startsWith(IP)).map((t) => t.slice(IP.length)));
        const ip = allocateIP(cidr, ips);
        if (!ip) throw new Error(`the service range ${cidr} is full`);
        tokens.push(IP + ip);
      }
      const ports = new Set([...used].filter((t) => t.startsWith(NODE_PORT)).map((t) => Number(t.slice(NODE_PORT.length))));
      for (const _ of portsLackingNodePort(svc)) {
        const port = allocateNodePort(ports);
        if (port === undefined) throw new Error('every NodePort in 30000-32767 is allocated');
        ports.add(port);
        tokens.push(NODE_PORT + port);
      }
      return tokens;
    },
    commit(svc, tokens) {
      const next = structuredClone(svc);
      next.spec ??= {};
      const ip = tokens.find((t) => t.startsWith(IP));
      if (ip && needsClusterIP(next)) next.spec.clusterIP = ip.slice(IP.length);
      const ports = tokens.filter((t) => t.startsWith(NODE_PORT)).map((t) => Number(t.slice(NODE_PORT.length)));
      for (const i of portsLackingNodePort(next)) {
        const port = ports.shift();
        if (port === undefined) break;
        next.spec.ports[i].nodePort = port;
      }
      if (next.spec.clusterIP && next.spec.clusterIP !== 'None') next.spec.clusterIPs = [next.spec.clusterIP];
      return next;
    },
  };
}

/** Allocates what the Service lacks and returns the stored Service. */
export async function allocateServiceAddresses(store: ControllerStore, svc: KObject, opts: ServiceIPOptions = {}): Promise<KObject> {
  if (!needsAllocation(svc)) return svc;
  return claimUnique(store, svc, serviceClaim(opts));
}
