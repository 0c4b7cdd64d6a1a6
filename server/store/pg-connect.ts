/**
 * Every Postgres connection of Capstan (the store's pool that Prisma's adapter shares, the
 * watch hub's pool, LISTEN clients, migrations) is made here, so that a DATABASE_URL naming
 * several hosts with `target_session_attrs=read-write` reaches the primary, as libpq would:
 *
 * - the hosts are probed in the URL's order (`SELECT pg_is_in_recovery(),
 *   current_setting('transaction_read_only')`) and the first that matches is kept for every
 *   later connection of the process;
 * - each new connection checks the same on itself, so a kept host that became a standby (a
 *   switchover) is noticed at once; a host that refuses connections is dropped too, and the
 *   next connection probes again;
 * - with no matching host the connection fails with NoPrimaryError (SQLSTATE 08001, as libpq's
 *   "could not connect"), which the store reports as UNAVAILABLE: during a failover callers see
 *   UNAVAILABLE until the standby is promoted, then everything reconnects by itself.
 *
 * A one-host URL without target_session_attrs makes plain `pg` pools and clients.
 */
import pg from 'pg';
import { formatHost, parseDatabaseUrl, sessionMatches, sessionMismatch, type PgHost, type PgTarget, type SessionState } from './pg-hosts.ts';

/** SQLSTATE 08001 (sqlclient_unable_to_establish_sqlconnection), so the store maps it to UNAVAILABLE. */
export class NoPrimaryError extends Error {
  readonly code = '08001';
}

/** How long a probe of one host may take before the next is tried. */
const PROBE_TIMEOUT_MS = 3_000;

const SESSION_QUERY = `SELECT pg_is_in_recovery() AS in_recovery, current_setting('transaction_read_only') AS read_only`;

async function readSession(client: pg.Client): Promise<SessionState> {
  const { rows } = await client.query<{ in_recovery: boolean; read_only: string }>(SESSION_QUERY);
  return { inRecovery: rows[0]!.in_recovery, readOnly: rows[0]!.read_only === 'on' };
}

function reason(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e?.code === 'ECONNREFUSED') return 'connection refused';
  return e?.message ?? String(err);
}

/** The host this process uses for one URL; shared by all its pools and clients. */
class HostSelector {
  private chosen: PgHost | null = null;
  private probing: Promise<PgHost> | null = null;
  readonly Client: typeof pg.Client;

  constructor(readonly target: PgTarget) {
    this.Client = selectingClient(this);
  }

  select(): Promise<PgHost> {
    if (this.chosen) return Promise.resolve(this.chosen);
    return (this.probing ??= this.probe().finally(() => (this.probing = null)));
  }

  /** The host failed or no longer matches: the next connection probes again. */
  forget(host: PgHost): void {
    if (this.chosen === host) this.chosen = null;
  }

  private async probe(): Promise<PgHost> {
    const { hosts, targetSessionAttrs: attrs } = this.target;
    const failures: string[] = [];
    for (const host of hosts) {
      const client = new pg.Client({ connectionString: this.target.urlFor(host), connectionTimeoutMillis: PROBE_TIMEOUT_MS });
      client.on('error', () => {}); // reported through connect/query below
      try {
        await client.connect();
        const state = attrs === 'any' ? null : await readSession(client);
        if (!state || sessionMatches(attrs, state)) return (this.chosen = host);
        failures.push(`${formatHost(host)} is ${sessionMismatch(state)}`);
      } catch (err) {
        failures.push(`${formatHost(host)}: ${reason(err)}`);
      } finally {
        await client.end().catch(() => {});
      }
    }
    throw new NoPrimaryError(`no ${attrs === 'any' ? 'reachable' : attrs} PostgreSQL server among ${this.target.display}: ${failures.join('; ')}`);
  }
}

/** A pg.Client that connects to the selector's host and checks the session before use. */
function selectingClient(selector: HostSelector): typeof pg.Client {
  class SelectingClient extends pg.Client {
    override connect(): Promise<pg.Client>;
    override connect(callback: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): void;
    override connect(callback?: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): Promise<pg.Client> | void {
      const done = this.connectToSelected().then(() => this as pg.Client);
      if (!callback) return done;
      done.then(
        (c) => (callback as (err: null, c: pg.Client) => void)(null, c),
        (err: Error) => (callback as (err: Error) => void)(err),
      );
    }

    private async connectToSelected(): Promise<void> {
      const host = await selector.select();
      // pg reads these when it opens the socket (client.js `con.connect(this.port, this.host)`).
      const self = this as unknown as { host: string; port: number; connectionParameters: { host: string; port: number } };
      self.host = self.connectionParameters.host = host.host;
      self.port = self.connectionParameters.port = host.port;
      try {
        await super.connect();
      } catch (err) {
        selector.forget(host);
        throw err;
      }
      const attrs = selector.target.targetSessionAttrs;
      if (attrs === 'any') return;
      let state: SessionState;
      try {
        state = await readSession(this);
      } catch (err) {
        selector.forget(host);
        await this.end().catch(() => {});
        throw err;
      }
      if (!sessionMatches(attrs, state)) {
        selector.forget(host);
        await this.end().catch(() => {});
        throw new NoPrimaryError(`${formatHost(host)} is ${sessionMismatch(state)}, not ${attrs}; looking for another host`);
      }
    }
  }
  return SelectingClient as unknown as typeof pg.Client;
}

const selectors = new Map<string, HostSelector>();

/** The selector of a URL that needs one (several hosts, or a session attribute to check). */
function selectorFor(databaseUrl: string): HostSelector | null {
  let s = selectors.get(databaseUrl);
  if (s) return s;
  const target = parseDatabaseUrl(databaseUrl);
  // No host in the URL (pg's defaults or a socket): nothing to choose between.
  if (target.hosts.length === 0 || (target.hosts.length === 1 && target.targetSessionAttrs === 'any')) return null;
  selectors.set(databaseUrl, (s = new HostSelector(target)));
  return s;
}

/** A pool on DATABASE_URL's primary (see the module comment). */
export function createPool(databaseUrl: string, config: Omit<pg.PoolConfig, 'connectionString' | 'Client'> = {}): pg.Pool {
  const s = selectorFor(databaseUrl);
  if (!s) return new pg.Pool({ ...config, connectionString: databaseUrl });
  return new pg.Pool({ ...config, connectionString: s.target.urlFor(s.target.hosts[0]!), Client: s.Client as unknown as new () => pg.ClientBase });
}

/** One client on DATABASE_URL's primary (LISTEN, migrations); not yet connected. */
export function createClient(databaseUrl: string, config: Omit<pg.ClientConfig, 'connectionString'> = {}): pg.Client {
  const s = selectorFor(databaseUrl);
  if (!s) return new pg.Client({ ...config, connectionString: databaseUrl });
  return new s.Client({ ...config, connectionString: s.target.urlFor(s.target.hosts[0]!) });
}
