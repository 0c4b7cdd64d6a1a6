/**
 * The proxy's TCP listeners, kept equal to a wanted set of `ip:port` addresses.
 *
 * Several agents may run on one host (e.g. `capstan up` with two agents), and every one of them
 * proxies every Service: only one process can bind a given clusterIP:port. The first to bind it
 * serves it for the whole host; the others get EADDRINUSE, note it at debug level and try again
 * every `busyRetryMs`, so that when the serving agent stops, another one takes the address over
 * within that time. (NodePorts do not collide: each agent binds its own node IP.)
 */
import net from 'node:net';
import type { AgentLogger } from './list-watch.ts';

export interface ListenerSetOptions {
  onConnection(address: string, socket: net.Socket): void;
  logger: AgentLogger;
  /** How often an address another process holds is tried again (default 5 s). */
  busyRetryMs?: number;
}

interface Entry {
  server: net.Server | null;
  state: 'starting' | 'listening' | 'busy';
  retry?: NodeJS.Timeout;
}

function parse(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(':');
  return { host: address.slice(0, i), port: Number(address.slice(i + 1)) };
}

export class ListenerSet {
  private readonly entries = new Map<string, Entry>();
  private closed = false;

  constructor(private readonly opts: ListenerSetOptions) {}

  /** Opens the wanted addresses that are not open yet and closes the others. */
  sync(wanted: Iterable<string>): void {
    if (this.closed) return;
    const want = new Set(wanted);
    for (const [address, entry] of this.entries) {
      if (want.has(address)) continue;
      this.entries.delete(address);
      this.release(entry);
      this.opts.logger.debug({ address }, 'proxy stopped listening');
    }
    for (const address of want) if (!this.entries.has(address)) this.open(address);
  }

  /** Addresses this process is listening on now. */
  listening(): string[] {
    return [...this.entries].filter(([, e]) => e.state === 'listening').map(([a]) => a);
  }

  /** Addresses wanted but held by another process. */
  busy(): string[] {
    return [...this.entries].filter(([, e]) => e.state === 'busy').map(([a]) => a);
  }

  async close(): Promise<void> {
    this.closed = true;
    const entries = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(entries.map((e) => this.release(e)));
  }

  private release(entry: Entry): Promise<void> {
    clearTimeout(entry.retry);
    const server = entry.server;
    entry.server = null;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  private open(address: string): void {
    const entry: Entry = { server: null, state: 'starting' };
    this.entries.set(address, entry);
    this.bind(address, entry);
  }

  private bind(address: string, entry: Entry): void {
    const { host, port } = parse(address);
    const server = net.createServer({ allowHalfOpen: true, noDelay: true });
    entry.server = server;
    server.on('connection', (socket) => this.opts.onConnection(address, socket));
    server.once('listening', () => {
      if (this.entries.get(address) !== entry || entry.server !== server) {
        server.close();
        return;
      }
      entry.state = 'listening';
      this.opts.logger.debug({ address }, 'proxy listening');
    });
    server.on('error', (err: NodeJS.ErrnoException) => {
      if (entry.server !== server) return;
      server.close();
      entry.server = null;
      if (this.entries.get(address) !== entry) return;
      if (err.code === 'EADDRINUSE') {
        if (entry.state !== 'busy') this.opts.logger.debug({ address }, 'address served by another process on this host; will retry');
      } else {
        this.opts.logger.warn({ address, err: err.message }, 'proxy cannot listen; will retry');
      }
      entry.state = 'busy';
      entry.retry = setTimeout(() => {
        if (this.entries.get(address) === entry && !this.closed) this.bind(address, entry);
      }, this.opts.busyRetryMs ?? 5_000);
      entry.retry.unref();
    });
    server.listen({ host, port });
  }
}
