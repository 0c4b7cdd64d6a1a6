/**
 * Picks the backend of each new connection of one route: round-robin over its ready backends,
 * or, with ClientIP session affinity, the backend a client IP used last while that backend stays
 * ready and the client was seen within the timeout (measured from its last connection, as
 * kube-proxy's iptables `recent` match does).
 */
import type { Backend, RouteSpec } from './service-routes.ts';

const backendKey = (b: Backend) => `${b.host}:${b.port}`;

export class Balancer {
  private backends: Backend[] = [];
  private ready = new Set<string>();
  private next = 0;
  private affinityTimeoutMs: number | null = null;
  private readonly clients = new Map<string, { backend: Backend; lastSeen: number }>();

  constructor(
    spec: RouteSpec,
    private readonly now: () => number = Date.now,
  ) {
    this.update(spec);
  }

  update(spec: RouteSpec): void {
    this.backends = spec.backends;
    this.ready = new Set(spec.backends.map(backendKey));
    if (spec.affinityTimeoutMs !== this.affinityTimeoutMs) this.clients.clear();
    this.affinityTimeoutMs = spec.affinityTimeoutMs;
    for (const [ip, entry] of this.clients) if (!this.ready.has(backendKey(entry.backend))) this.clients.delete(ip);
  }

  get size(): number {
    return this.backends.length;
  }

  /**
   * The backends to try for a connection from `clientIP`, first choice first: the affine or
   * next round-robin backend, then the others in round-robin order (a failed connect moves on).
   */
  candidates(clientIP: string): Backend[] {
    const n = this.backends.length;
    if (n === 0) return [];
    let first: Backend | undefined;
    if (this.affinityTimeoutMs !== null) {
      const entry = this.clients.get(clientIP);
      if (entry && this.now() - entry.lastSeen < this.affinityTimeoutMs && this.ready.has(backendKey(entry.backend))) first = entry.backend;
    }
    const start = this.next % n;
    if (!first) this.next = (start + 1) % n;
    const order: Backend[] = first ? [first] : [];
    for (let i = 0; i < n; i++) {
      const b = this.backends[(start + i) % n]!;
      if (b !== first) order.push(b);
    }
    return order;
  }

  /** Records the backend a client's connection was made to (for ClientIP affinity). */
  connected(clientIP: string, backend: Backend): void {
    if (this.affinityTimeoutMs === null) return;
    this.clients.set(clientIP, { backend, lastSeen: this.now() });
  }

  /** Forgets clients not seen within the timeout (the proxy calls it periodically). */
  sweep(): void {
    if (this.affinityTimeoutMs === null) return;
    const cutoff = this.now() - this.affinityTimeoutMs;
    for (const [ip, entry] of this.clients) if (entry.lastSeen <= cutoff) this.clients.delete(ip);
  }
}
