/**
 * The service proxy (kube-proxy in userspace mode, DESIGN §6): watches every Service and
 * Endpoints over the agent's graphql-ws connection and, for each TCP service port, listens on
 * clusterIP:port (and nodeIP:nodePort for NodePort and LoadBalancer Services). Each accepted
 * connection goes to one ready endpoint, round-robin or by ClientIP affinity, and the two
 * sockets are piped together: after the connect no JavaScript runs per chunk.
 *
 * - Changes apply live: a new connection uses the endpoints as of now; listeners open and close
 *   as Services come and go (open connections are left to finish, as conntrack does).
 * - A service with no ready endpoint resets a new connection at once; a backend that refuses
 *   (or does not answer within `connectTimeoutMs`) is skipped for the next one.
 * - Several agents on one host: see listeners.ts (the first binds, the others retry).
 * - UDP and SCTP ports are not proxied.
 */
import net from 'node:net';
import type { ApiClient } from '../api-client.ts';
import { Balancer } from './balancer.ts';
import { listWatch, silentLogger, type AgentLogger, type ListWatch, type WatchEventType } from './list-watch.ts';
import { ListenerSet } from './listeners.ts';
import {
  computeRoutes,
  ENDPOINTS_SELECTION,
  objectKey,
  SERVICE_SELECTION,
  type Backend,
  type ProxyEndpoints,
  type ProxyService,
  type RouteTable,
} from './service-routes.ts';

export interface ServiceProxyOptions {
  client: ApiClient;
  nodeName: string;
  /** This node's address for NodePorts; empty while the node has no pod CIDR yet (see setNodeIP). */
  nodeIP: string;
  logger?: AgentLogger;
  /** How often an address held by another agent on this host is tried again (default 5 s). */
  busyRetryMs?: number;
  /** A backend that has not accepted within this is skipped (default 3 s). */
  connectTimeoutMs?: number;
}

export interface ServiceProxy {
  /** Settles once Services and Endpoints have both been listed and the listeners opened. */
  readonly synced: Promise<void>;
  /** Moves the NodePort listeners to a new node address. */
  setNodeIP(ip: string): void;
  /** `ip:port` addresses this proxy is listening on. */
  listening(): string[];
  /** Stops watching, closes every listener and every proxied connection. */
  close(): Promise<void>;
}

export async function startServiceProxy(opts: ServiceProxyOptions): Promise<ServiceProxy> {
  const logger = opts.logger ?? silentLogger;
  const connectTimeoutMs = opts.connectTimeoutMs ?? 3_000;
  const services = new Map<string, ProxyService>();
  const endpoints = new Map<string, ProxyEndpoints>();
  const balancers = new Map<string, Balancer>();
  const sockets = new Set<net.Socket>();
  let nodeIP = opts.nodeIP || null;
  let table: RouteTable = { routes: new Map(), listeners: new Map() };
  let pending: NodeJS.Immediate | null = null;
  let closed = false;

  const listeners = new ListenerSet({ logger, busyRetryMs: opts.busyRetryMs, onConnection: (address, socket) => accept(address, socket) });

  function recompute(): void {
    pending = null;
    if (closed) return;
    table = computeRoutes(services.values(), endpoints, nodeIP);
    for (const [id, spec] of table.routes) {
      const b = balancers.get(id);
      if (b) b.update(spec);
      else balancers.set(id, new Balancer(spec));
    }
    for (const id of balancers.keys()) if (!table.routes.has(id)) balancers.delete(id);
    listeners.sync(table.listeners.keys());
  }
  const schedule = () => {
    pending ??= setImmediate(recompute);
  };

  function track(socket: net.Socket): void {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  }

  function accept(address: string, client: net.Socket): void {
    track(client);
    client.on('error', () => {});
    const routeId = table.listeners.get(address);
    const balancer = routeId === undefined ? undefined : balancers.get(routeId);
    const clientIP = client.remoteAddress ?? '';
    const candidates = balancer?.candidates(clientIP) ?? [];
    if (!balancer || candidates.length === 0) {
      client.resetAndDestroy();
      return;
    }
    let upstream: net.Socket | null = null;
    let piped = false;
    client.once('close', () => {
      if (!piped) upstream?.destroy();
    });
    const tryBackend = (i: number): void => {
      if (client.destroyed || closed) return;
      if (i >= candidates.length) {
        logger.debug({ route: routeId }, 'no endpoint accepted the connection');
        client.resetAndDestroy();
        return;
      }
      const backend: Backend = candidates[i]!;
      const up = net.connect({ host: backend.host, port: backend.port, allowHalfOpen: true, noDelay: true });
      upstream = up;
      track(up);
      const fail = (err?: Error) => {
        up.removeAllListeners('connect');
        up.on('error', () => {});
        up.destroy();
        logger.debug({ route: routeId, backend: `${backend.host}:${backend.port}`, err: err?.message ?? 'timeout' }, 'endpoint connect failed; trying the next');
        tryBackend(i + 1);
      };
      up.once('error', fail);
      up.setTimeout(connectTimeoutMs, () => fail());
      up.once('connect', () => {
        up.off('error', fail);
        up.setTimeout(0);
        piped = true;
        balancer.connected(clientIP, backend);
        // A reset on one side resets the other; a FIN is passed on by pipe (half-open allowed).
        up.on('error', () => client.resetAndDestroy());
        client.on('error', () => up.resetAndDestroy());
        client.pipe(up);
        up.pipe(client);
      });
    };
    tryBackend(0);
  }

  const handlers = <T extends { metadata: { name: string; namespace?: string | null } }>(into: Map<string, T>) => ({
    onReplace(items: T[]) {
      into.clear();
      for (const o of items) into.set(objectKey(o), o);
      schedule();
    },
    onEvent(type: WatchEventType, o: T) {
      if (type === 'DELETED') into.delete(objectKey(o));
      else into.set(objectKey(o), o);
      schedule();
    },
  });
  const watches: ListWatch[] = [
    listWatch<ProxyService>({ client: opts.client, listField: 'services', watchField: 'watchServices', selection: SERVICE_SELECTION, logger, ...handlers(services) }),
    listWatch<ProxyEndpoints>({ client: opts.client, listField: 'endpointsList', watchField: 'watchEndpoints', selection: ENDPOINTS_SELECTION, logger, ...handlers(endpoints) }),
  ];
  const sweeper = setInterval(() => {
    for (const b of balancers.values()) b.sweep();
  }, 60_000);
  sweeper.unref();

  const synced = Promise.all(watches.map((w) => w.synced)).then(() => {
    if (pending) {
      clearImmediate(pending);
      recompute();
    }
    logger.info({ node: opts.nodeName, services: services.size }, 'service proxy synced');
  });

  return {
    synced,
    setNodeIP(ip: string) {
      if ((ip || null) === nodeIP) return;
      nodeIP = ip || null;
      schedule();
    },
    listening: () => listeners.listening(),
    async close() {
      closed = true;
      if (pending) clearImmediate(pending);
      clearInterval(sweeper);
      for (const w of watches) w.stop();
      await listeners.close();
      for (const s of sockets) s.destroy();
    },
  };
}
