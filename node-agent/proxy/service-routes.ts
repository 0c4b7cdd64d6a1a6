/**
 * What the proxy should serve, from the Services and Endpoints it watches: one route per TCP
 * service port, the addresses it listens on (clusterIP:port, and nodeIP:nodePort for NodePort
 * and LoadBalancer Services) and the ready backends behind it. Pure.
 *
 * A service port's backends are the ready addresses of the Endpoints subsets that carry a port
 * of the same name (Kubernetes matches Endpoints ports to service ports by name; the endpoints
 * controller has already resolved named and numeric targetPorts into the port number).
 */

export interface ProxyServicePort {
  name?: string | null;
  protocol?: string | null;
  port: number;
  targetPort?: number | string | null;
  nodePort?: number | null;
}

export interface ProxyService {
  metadata: { name: string; namespace?: string | null };
  spec?: {
    type?: string | null;
    clusterIP?: string | null;
    ports?: ProxyServicePort[] | null;
    sessionAffinity?: string | null;
    sessionAffinityConfig?: { clientIP?: { timeoutSeconds?: number | null } | null } | null;
  } | null;
}

export interface ProxyEndpoints {
  metadata: { name: string; namespace?: string | null };
  subsets?:
    | {
        addresses?: { ip: string }[] | null;
        ports?: { name?: string | null; port: number; protocol?: string | null }[] | null;
      }[]
    | null;
}

/** The GraphQL selections the proxy needs of each kind. */
export const SERVICE_SELECTION = `metadata { name namespace resourceVersion } spec { type clusterIP ports { name protocol port targetPort nodePort } sessionAffinity sessionAffinityConfig { clientIP { timeoutSeconds } } }`;
export const ENDPOINTS_SELECTION = `metadata { name namespace resourceVersion } subsets { addresses { ip } ports { name port protocol } }`;

/** Kubernetes' default ClientIP affinity timeout (3 hours). */
export const DEFAULT_AFFINITY_TIMEOUT_SECONDS = 10_800;

export interface Backend {
  host: string;
  port: number;
}

export interface RouteSpec {
  /** `namespace/name:portName-or-number`: stable while the Service keeps that port. */
  id: string;
  /** Client IP affinity timeout, or null without affinity. */
  affinityTimeoutMs: number | null;
  backends: Backend[];
}

export interface RouteTable {
  routes: Map<string, RouteSpec>;
  /** `ip:port` → route id. */
  listeners: Map<string, string>;
}

export const objectKey = (o: { metadata: { name: string; namespace?: string | null } }) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

export const listenKey = (host: string, port: number) => `${host}:${port}`;

/** Whether a clusterIP is one the proxy serves (set, and not a headless Service's `None`). */
function servesClusterIP(ip: string | null | undefined): ip is string {
  return typeof ip === 'string' && ip !== '' && ip !== 'None';
}

export function backendsFor(port: ProxyServicePort, endpoints: ProxyEndpoints | undefined): Backend[] {
  const name = port.name ?? '';
  const out: Backend[] = [];
  for (const subset of endpoints?.subsets ?? []) {
    const match = (subset.ports ?? []).find((p) => (p.name ?? '') === name && (p.protocol ?? 'TCP') === 'TCP');
    if (!match) continue;
    for (const a of subset.addresses ?? []) out.push({ host: a.ip, port: match.port });
  }
  return out;
}

export function computeRoutes(services: Iterable<ProxyService>, endpoints: ReadonlyMap<string, ProxyEndpoints>, nodeIP: string | null): RouteTable {
  const routes = new Map<string, RouteSpec>();
  const listeners = new Map<string, string>();
  for (const svc of services) {
    const spec = svc.spec ?? {};
    if (spec.type === 'ExternalName' || !servesClusterIP(spec.clusterIP)) continue;
    const key = objectKey(svc);
    const eps = endpoints.get(key);
    const affinityTimeoutMs =
      spec.sessionAffinity === 'ClientIP' ? (spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_TIMEOUT_SECONDS) * 1000 : null;
    const withNodePorts = spec.type === 'NodePort' || spec.type === 'LoadBalancer';
    for (const port of spec.ports ?? []) {
      if ((port.protocol ?? 'TCP') !== 'TCP') continue; // UDP and SCTP are not proxied
      const id = `${key}:${port.name || port.port}`;
      routes.set(id, { id, affinityTimeoutMs, backends: backendsFor(port, eps) });
      listeners.set(listenKey(spec.clusterIP, port.port), id);
      if (withNodePorts && nodeIP && port.nodePort) listeners.set(listenKey(nodeIP, port.nodePort), id);
    }
  }
  return { routes, listeners };
}
