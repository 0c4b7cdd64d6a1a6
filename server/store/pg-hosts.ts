/**
 * libpq's multi-host connection URLs, which node-postgres does not parse (its URL parser throws
 * "Invalid URL" on `host1:5432,host2:5433`; brianc/node-postgres#2781 is open):
 *
 *   postgresql://user:pw@db1:5432,db2:5432/capstan?target_session_attrs=read-write
 *
 * This module only reads such a URL: the hosts in order, the session attribute the connection
 * must have, and a one-host URL per host that `pg` accepts. Choosing the host is pg-connect.ts'.
 */

/**
 * The values of libpq's `target_session_attrs` that make sense for a process that writes:
 * `any` (the first host that accepts a connection), `read-write` (not in recovery and
 * `transaction_read_only` off) and `primary` (not in recovery).
 */
export const TARGET_SESSION_ATTRS = ['any', 'read-write', 'primary'] as const;
export type TargetSessionAttrs = (typeof TARGET_SESSION_ATTRS)[number];

export interface PgHost {
  host: string;
  port: number;
}

export interface PgTarget {
  /** In the URL's order, which is the order they are tried in (as libpq does). */
  hosts: PgHost[];
  targetSessionAttrs: TargetSessionAttrs;
  /** A one-host URL for `pg`, with everything else of the original (user, database, options). */
  urlFor(host: PgHost): string;
  /** `db1:5432,db2:5432/capstan`: no user, no password, for messages. */
  display: string;
}

export class DatabaseUrlError extends Error {}

const URL_PARTS = /^(postgres(?:ql)?:\/\/)([^@/?#]*@)?([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;
const DEFAULT_PORT = 5432;

/** Reads a (possibly multi-host) PostgreSQL URL; throws DatabaseUrlError with the reason. */
export function parseDatabaseUrl(text: string): PgTarget {
  const m = URL_PARTS.exec(text);
  if (!m) throw new DatabaseUrlError(`not a postgresql:// URL: "${redact(text)}"`);
  const [, scheme, userinfo = '', hostList, path, query = ''] = m as unknown as [string, string, string | undefined, string, string, string | undefined];
  const params = new URLSearchParams(query.slice(1));
  const attrs = params.get('target_session_attrs') ?? 'any';
  if (!(TARGET_SESSION_ATTRS as readonly string[]).includes(attrs)) {
    throw new DatabaseUrlError(
      `target_session_attrs=${attrs} is not supported: Capstan writes, so use read-write (or primary, or any) in DATABASE_URL`,
    );
  }
  params.delete('target_session_attrs');
  const rest = params.toString();
  const tail = `${path}${rest ? `?${rest}` : ''}`;
  const hosts = hostList === '' ? [] : hostList.split(',').map((h) => parseHost(h, text));
  // No host (a Unix socket through ?host=, or pg's defaults): leave it all to pg.
  const single = `${scheme}${userinfo}${hostList}${tail}`;
  return {
    hosts,
    targetSessionAttrs: attrs as TargetSessionAttrs,
    urlFor: (h) => (hosts.length === 0 ? single : `${scheme}${userinfo}${formatHost(h)}${tail}`),
    display: `${hosts.map(formatHost).join(',')}${path}`,
  };
}

/** The same URL naming another database (every host kept). */
export function withDatabase(text: string, database: string): string {
  const m = URL_PARTS.exec(text);
  if (!m) throw new DatabaseUrlError(`not a postgresql:// URL: "${redact(text)}"`);
  const [, scheme, userinfo = '', hostList, , query = '', hash = ''] = m;
  return `${scheme}${userinfo}${hostList}/${encodeURIComponent(database)}${query}${hash}`;
}

/** The database a URL names (its path), or '' when it names none. */
export function databaseName(text: string): string {
  const m = URL_PARTS.exec(text);
  if (!m) throw new DatabaseUrlError(`not a postgresql:// URL: "${redact(text)}"`);
  return decodeURIComponent((m[4] ?? '').replace(/^\//, ''));
}

export function formatHost(h: PgHost): string {
  return `${h.host.includes(':') ? `[${h.host}]` : h.host}:${h.port}`;
}

function parseHost(text: string, url: string): PgHost {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(text);
  if (!m) throw new DatabaseUrlError(`"${text}" in "${redact(url)}" is not host or host:port`);
  const port = m[3] ? Number(m[3]) : DEFAULT_PORT;
  if (port < 1 || port > 65535) throw new DatabaseUrlError(`port ${port} in "${redact(url)}" is out of range`);
  return { host: m[1] ?? m[2]!, port };
}

/** The URL without its password, for error messages. */
function redact(text: string): string {
  return text.replace(/(\/\/[^:@/]*:)[^@/]*@/, '$1***@');
}

/** What a server says of a fresh session: `pg_is_in_recovery()` and `transaction_read_only`. */
export interface SessionState {
  inRecovery: boolean;
  readOnly: boolean;
}

/** Whether a session satisfies `target_session_attrs`, by libpq's definitions. */
export function sessionMatches(attrs: TargetSessionAttrs, s: SessionState): boolean {
  if (attrs === 'read-write') return !s.inRecovery && !s.readOnly;
  if (attrs === 'primary') return !s.inRecovery;
  return true;
}

/** Why a session does not satisfy `attrs`, in a few words. */
export function sessionMismatch(s: SessionState): string {
  return s.inRecovery ? 'a standby (in recovery)' : 'read-only (default_transaction_read_only is on)';
}
