/**
 * `capstan server` configuration: flags, then environment variables, then defaults, all turned
 * into the ServerOptions that startServer takes (tests build ServerOptions directly).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Authenticator } from './auth/authenticator.ts';
import type { Authorizer } from './auth/authorize.ts';
import { AUDIT_LEVELS, type AuditLevel, type AuditOptions } from './api/audit.ts';
import type { ApiLimits } from './api/limits.ts';
import type { LogRelayOptions } from './api/logs/log-relay.ts';
import type { Logger } from './logger.ts';
import type { WatchHubOptions } from './watch/hub.ts';

export const DEFAULT_LISTEN = '127.0.0.1:6443';
export const DEFAULT_DATA_DIR = '.capstan';

export interface ServerOptions {
  /** Postgres, e.g. postgresql://user@127.0.0.1:5432/capstan. */
  databaseUrl: string;
  /** host:port to listen on (default 127.0.0.1:6443; port 0 picks a free one). */
  listen?: string;
  /** Where the server keeps its files, e.g. the generated admin token (default ./.capstan). */
  dataDir?: string;
  /** Make this the admin token (CAPSTAN_ADMIN_TOKEN). */
  adminToken?: string;
  /** Where a generated admin token is written (default <dataDir>/admin-token). */
  adminTokenFile?: string;
  /** Make this a bootstrap token that never expires (CAPSTAN_BOOTSTRAP_TOKEN), for agents configured ahead of time. */
  bootstrapToken?: string;
  /**
   * When set, `bootstrapToken` expires this many seconds after the server first stores it
   * (CAPSTAN_BOOTSTRAP_TOKEN_TTL; `capstan up` gives 86400 with a fresh token per run); a later
   * start with the same token does not extend it. Unset or 0: it never expires.
   */
  bootstrapTokenTtlSeconds?: number;
  /** How often open WebSockets have their credential checked again (CAPSTAN_CREDENTIAL_RECHECK_MS, default 1000; for tests and tuning). */
  credentialRecheckMs?: number;
  /** Apply pending migrations at start (default true). */
  migrate?: boolean;
  /** Connections of the store's pool (default 10). */
  poolSize?: number;
  logger?: Logger;
  /** Used when no logger is given (default info). */
  logLevel?: string;
  limits?: Partial<ApiLimits>;
  watch?: Omit<WatchHubOptions, 'databaseUrl' | 'onError'>;
  /** Authenticators asked after the stored tokens (node credentials, service-account JWTs). */
  authenticators?: Authenticator[];
  /** Replaces the default policy (admins everything, nodes the node rules, nobody else anything). */
  authorizer?: Authorizer;
  /** The pod-log relay's buffer bounds. */
  logRelay?: LogRelayOptions;
  /** Include process metrics (CPU, memory, event loop) in /metrics (default true). */
  processMetrics?: boolean;
  /** The serving certificate and key (PEM files); default: the cluster's own, kept in the store. */
  tlsCertFile?: string;
  tlsKeyFile?: string;
  /** More names (DNS or IP) for the cluster's own serving certificate. */
  tlsSans?: string[];
  /** The audit log: a file (or `-`, stdout) and a level (default: no audit log). */
  audit?: AuditOptions;
  /** Serve HTTPS beside HTTP on the port (default true). */
  tls?: boolean;
}

export const SERVER_USAGE = `Usage: capstan server [flags]

Runs the API server: GraphQL over HTTP and WebSocket (graphql-ws) at /graphql, /healthz,
/readyz and /metrics, all on one port.

Flags (each also read from the environment variable shown):
  --listen HOST:PORT        where to listen (CAPSTAN_LISTEN, default ${DEFAULT_LISTEN})
  --database-url URL        Postgres (DATABASE_URL, required)
  --data-dir DIR            the server's files (CAPSTAN_DATA_DIR, default ./${DEFAULT_DATA_DIR})
  --admin-token-file FILE   where a generated admin token is written
                            (CAPSTAN_ADMIN_TOKEN_FILE, default <data dir>/admin-token)
  --bootstrap-token TOKEN   make TOKEN a bootstrap token that never expires, for node agents
                            configured ahead of time (CAPSTAN_BOOTSTRAP_TOKEN; prefer the
                            variable: flags show in the process list)
  --bootstrap-token-ttl SECONDS  make that token expire SECONDS after it is first stored
                            (CAPSTAN_BOOTSTRAP_TOKEN_TTL; default 0: never; a restart does not
                            extend it)
  --tls-cert-file FILE      the HTTPS certificate (PEM; CAPSTAN_TLS_CERT_FILE); default: the
                            cluster's own, made once from its own CA and kept in the database
  --tls-private-key-file F  its key (CAPSTAN_TLS_PRIVATE_KEY_FILE)
  --tls-san NAMES           more DNS names or IPs for the cluster's certificate, comma-separated
                            (CAPSTAN_TLS_SANS); 127.0.0.1, ::1, localhost and the host name are in it
  --log-level LEVEL         trace, debug, info, warn, error (CAPSTAN_LOG_LEVEL or LOG_LEVEL, default info)
  --audit-log PATH|-        append one JSON line per request (who, verb, resource, namespace, name,
                            response code, latency, request id) to PATH, or write them to stdout
                            with - (CAPSTAN_AUDIT_LOG; default: no audit log)
  --audit-level LEVEL       Metadata (default) or Request: also the request itself, with Secret
                            data redacted (CAPSTAN_AUDIT_LEVEL)
  --log-retention DURATION  keep every event-log revision at least this long; watches from
                            older revisions get EXPIRED (CAPSTAN_LOG_RETENTION, default 5m,
                            at least 5m; e.g. 90s, 10m, 2h)
  --log-min-revisions N     and keep at least the last N revisions (CAPSTAN_LOG_MIN_REVISIONS,
                            default 1000)
  --history-revisions N     below that horizon, each object still keeps its last N revisions
                            for its history (CAPSTAN_HISTORY_REVISIONS, default 10; 0: none)
  --history-retention DURATION
                            for this long (CAPSTAN_HISTORY_RETENTION, default 24h)
  --history-excluded-kinds K,K
                            kinds that keep no history (CAPSTAN_HISTORY_EXCLUDED_KINDS,
                            default Lease,Event)
  -h, --help                show this help

CAPSTAN_ADMIN_TOKEN, when set, is the admin token. Otherwise the first server to start on an
empty database generates one and writes it to the admin token file (named in its log).
Node agents join with a bootstrap token: CAPSTAN_BOOTSTRAP_TOKEN, or one an admin makes with
the createBootstrapToken mutation (it expires after 24 h unless asked otherwise).
`;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Flags > environment > defaults. Returns 'help' for --help. Throws ConfigError on bad usage. */
export function serverOptionsFromArgs(argv: string[], env: NodeJS.ProcessEnv): ServerOptions | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        listen: { type: 'string' },
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        'admin-token-file': { type: 'string' },
        'bootstrap-token': { type: 'string' },
        'bootstrap-token-ttl': { type: 'string' },
        'log-level': { type: 'string' },
        'audit-log': { type: 'string' },
        'audit-level': { type: 'string' },
        'log-retention': { type: 'string' },
        'log-min-revisions': { type: 'string' },
        'history-revisions': { type: 'string' },
        'history-retention': { type: 'string' },
        'history-excluded-kinds': { type: 'string' },
        'tls-cert-file': { type: 'string' },
        'tls-private-key-file': { type: 'string' },
        'tls-san': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  if (values.help) return 'help';
  const str = (flag: string, ...vars: string[]): string | undefined => {
    const v = values[flag];
    if (typeof v === 'string' && v !== '') return v;
    for (const name of vars) if (env[name]) return env[name];
    return undefined;
  };
  const databaseUrl = str('database-url', 'DATABASE_URL');
  if (!databaseUrl) throw new ConfigError('a database is required: set DATABASE_URL or pass --database-url');
  const listen = str('listen', 'CAPSTAN_LISTEN') ?? DEFAULT_LISTEN;
  parseListen(listen);
  const auditLevel = str('audit-level', 'CAPSTAN_AUDIT_LEVEL');
  if (auditLevel !== undefined && !AUDIT_LEVELS.includes(auditLevel as AuditLevel)) {
    throw new ConfigError(`--audit-level: "${auditLevel}" is not one of ${AUDIT_LEVELS.join(', ')}`);
  }
  const auditLog = str('audit-log', 'CAPSTAN_AUDIT_LOG');
  if (auditLevel !== undefined && auditLog === undefined) throw new ConfigError('--audit-level needs --audit-log PATH (or - for stdout)');
  return {
    databaseUrl,
    listen,
    dataDir: str('data-dir', 'CAPSTAN_DATA_DIR'),
    adminToken: env.CAPSTAN_ADMIN_TOKEN || undefined,
    adminTokenFile: str('admin-token-file', 'CAPSTAN_ADMIN_TOKEN_FILE'),
    bootstrapToken: str('bootstrap-token', 'CAPSTAN_BOOTSTRAP_TOKEN'),
    bootstrapTokenTtlSeconds: parseCount('--bootstrap-token-ttl', str('bootstrap-token-ttl', 'CAPSTAN_BOOTSTRAP_TOKEN_TTL') ?? '0'),
    credentialRecheckMs: env.CAPSTAN_CREDENTIAL_RECHECK_MS ? parseCount('CAPSTAN_CREDENTIAL_RECHECK_MS', env.CAPSTAN_CREDENTIAL_RECHECK_MS) || undefined : undefined,
    logLevel: str('log-level', 'CAPSTAN_LOG_LEVEL', 'LOG_LEVEL'),
    ...(auditLog ? { audit: { path: auditLog, level: (auditLevel as AuditLevel | undefined) ?? 'Metadata' } } : {}),
    tlsCertFile: tlsPair(str('tls-cert-file', 'CAPSTAN_TLS_CERT_FILE'), str('tls-private-key-file', 'CAPSTAN_TLS_PRIVATE_KEY_FILE'))?.[0],
    tlsKeyFile: tlsPair(str('tls-cert-file', 'CAPSTAN_TLS_CERT_FILE'), str('tls-private-key-file', 'CAPSTAN_TLS_PRIVATE_KEY_FILE'))?.[1],
    tlsSans: (str('tls-san', 'CAPSTAN_TLS_SANS') ?? '').split(',').map((x) => x.trim()).filter(Boolean),
    watch: {
      compaction: {
        minAgeMs: parseRetention(str('log-retention', 'CAPSTAN_LOG_RETENTION') ?? '5m'),
        minRevisions: parseCount('--log-min-revisions', str('log-min-revisions', 'CAPSTAN_LOG_MIN_REVISIONS') ?? '1000'),
        history: {
          revisions: parseCount('--history-revisions', str('history-revisions', 'CAPSTAN_HISTORY_REVISIONS') ?? '10'),
          maxAgeMs: parseDuration('--history-retention', str('history-retention', 'CAPSTAN_HISTORY_RETENTION') ?? '24h'),
          excludedKinds: (str('history-excluded-kinds', 'CAPSTAN_HISTORY_EXCLUDED_KINDS') ?? 'Lease,Event').split(',').map((k) => k.trim()).filter(Boolean),
        },
      },
    },
  };
}

/** Both files or neither. */
function tlsPair(cert: string | undefined, key: string | undefined): [string, string] | undefined {
  if (!cert && !key) return undefined;
  if (!cert || !key) throw new ConfigError('--tls-cert-file and --tls-private-key-file go together: give both or neither');
  return [cert, key];
}

/** The log keeps at least five minutes of history: clients resume watches within that window. */
export const MIN_LOG_RETENTION_MS = 5 * 60_000;

/** `90s`, `10m`, `2h`, `1500ms` → milliseconds; below five minutes is refused. */
export function parseRetention(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!m) throw new ConfigError(`--log-retention: "${text}" is not a duration like 90s, 10m or 2h`);
  const ms = Number(m[1]) * { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  if (ms < MIN_LOG_RETENTION_MS) throw new ConfigError(`--log-retention: ${text} is less than the minimum of 5m`);
  return ms;
}

/** `90s`, `10m`, `2h`, `7d`, `1500ms` → milliseconds. */
export function parseDuration(flag: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!m) throw new ConfigError(`${flag}: "${text}" is not a duration like 90s, 10m, 2h or 7d`);
  return Number(m[1]) * { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
}

function parseCount(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${flag}: "${text}" is not a non-negative integer`);
  return n;
}

/** `127.0.0.1:6443`, `[::1]:6443`, `:6443` (every interface), `6443`. */
export function parseListen(listen: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(listen) ?? /^()()(\d+)$/.exec(listen);
  const port = m ? Number(m[3]) : NaN;
  if (!m || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`--listen: "${listen}" is not HOST:PORT (e.g. ${DEFAULT_LISTEN})`);
  }
  return { host: m[1] || m[2] || '0.0.0.0', port };
}

export function resolveDataDir(opts: Pick<ServerOptions, 'dataDir'>): string {
  return path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
}

export function resolveAdminTokenFile(opts: Pick<ServerOptions, 'dataDir' | 'adminTokenFile'>): string {
  return path.resolve(opts.adminTokenFile ?? path.join(resolveDataDir(opts), 'admin-token'));
}
