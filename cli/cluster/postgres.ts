/**
 * Which PostgreSQL a local cluster uses: DATABASE_URL when set; else the one the data folder
 * chose on its first start (so `capstan up` resumes the same cluster); else, on a first start,
 * the `capstan` database on a server answering at 127.0.0.1:5432 (created if missing), else an
 * embedded PostgreSQL with its files in the data folder, started with the cluster.
 *
 * Environment: CAPSTAN_LOCAL_POSTGRES=host:port moves the local probe (a closed port makes the
 * local server "unreachable"); CAPSTAN_DATABASE_NAME names the database of a new cluster.
 */
import { ensureDatabase } from '../../server/store/migrate.ts';
import { parseDatabaseUrl, type PgTarget } from '../../server/store/pg-hosts.ts';
import { CommandError } from '../command.ts';
import type { ClusterPaths } from './cluster-paths.ts';
import { readClusterState, writeClusterState, type EmbeddedPostgresChoice } from './cluster-state.ts';
import { newEmbeddedChoice, startEmbeddedPostgres } from './embedded-postgres.ts';
import type { ManagedProcess } from './managed-process.ts';
import { tcpAnswers } from './network-probes.ts';

export const DEFAULT_LOCAL_POSTGRES = '127.0.0.1:5432';
export const DEFAULT_DATABASE_NAME = 'capstan';

export interface PostgresOptions {
  env: NodeJS.ProcessEnv;
  paths: ClusterPaths;
  /** The embedded PostgreSQL's log. */
  logFile: string;
  /** Leave an embedded PostgreSQL running when `capstan up` exits. */
  detach: boolean;
  signal?: AbortSignal;
  probeTimeoutMs?: number;
}

export interface ResolvedPostgres {
  url: string;
  /** `127.0.0.1:5432/capstan`, for progress lines: no user, no password. */
  display: string;
  source: 'DATABASE_URL' | 'local' | 'embedded';
  /** The embedded PostgreSQL started for this cluster; stopped with it. */
  process?: ManagedProcess;
  /** For an embedded one: `initialised in DIR` or `files in DIR`, and its version. */
  note?: string;
}

export async function resolvePostgres(opts: PostgresOptions): Promise<ResolvedPostgres> {
  const { env, paths } = opts;
  const fromEnv = env.DATABASE_URL;
  if (fromEnv) {
    // libpq's multi-host form (primary and standbys, target_session_attrs) is kept as it is.
    let target: PgTarget;
    try {
      target = parseDatabaseUrl(fromEnv);
    } catch (err) {
      throw new CommandError(`DATABASE_URL: ${(err as Error).message}`);
    }
    await ensureOrExplain(fromEnv, target.display, 'DATABASE_URL');
    return { url: fromEnv, display: target.display, source: 'DATABASE_URL' };
  }

  const state = await readClusterState(paths.stateFile);
  const chosen = state.postgres;
  if (chosen?.source === 'local') {
    const url = parseUrl(chosen.url, paths.stateFile);
    if (!(await tcpAnswers(url.hostname, Number(url.port || 5432), opts.probeTimeoutMs))) {
      throw new CommandError(
        `this cluster's state is in the PostgreSQL at ${url.host} (database ${url.pathname.slice(1)}), which does not answer: ` +
          `start it and run \`capstan up\` again (or use another --data-dir for a new cluster)`,
      );
    }
    await ensureOrExplain(url, display(url), `the PostgreSQL at ${url.host}`);
    return { url: url.toString(), display: display(url), source: 'local' };
  }
  if (chosen?.source === 'embedded') return startEmbedded(chosen, opts);

  const database = databaseName(env);
  const local = localAddress(env);
  const localUrl = new URL(`postgresql://postgres@${local.host}:${local.port}/${database}`);
  if (await tcpAnswers(local.host, local.port, opts.probeTimeoutMs)) {
    await ensureOrExplain(localUrl, display(localUrl), `the PostgreSQL at ${localUrl.host}`);
    await writeClusterState(paths.stateFile, { ...state, postgres: { source: 'local', url: localUrl.toString() } });
    return { url: localUrl.toString(), display: display(localUrl), source: 'local' };
  }
  return startEmbedded(newEmbeddedChoice(paths.postgresDir, database), opts);
}

async function startEmbedded(choice: EmbeddedPostgresChoice, opts: PostgresOptions): Promise<ResolvedPostgres> {
  const started = await startEmbeddedPostgres({ choice, logFile: opts.logFile, detach: opts.detach, env: opts.env, signal: opts.signal });
  try {
    const state = await readClusterState(opts.paths.stateFile);
    await writeClusterState(opts.paths.stateFile, { ...state, postgres: started.choice });
  } catch (err) {
    await started.process.stop();
    throw err;
  }
  const { dir, port, database } = started.choice;
  return {
    url: started.url,
    display: `127.0.0.1:${port}/${database}`,
    source: 'embedded',
    process: started.process,
    note: `embedded PostgreSQL ${started.version}, ${started.initialised ? 'initialised in' : 'files in'} ${dir}`,
  };
}

/** CAPSTAN_LOCAL_POSTGRES (host:port) or 127.0.0.1:5432. */
export function localAddress(env: NodeJS.ProcessEnv): { host: string; port: number } {
  const text = env.CAPSTAN_LOCAL_POSTGRES || DEFAULT_LOCAL_POSTGRES;
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(text);
  if (!match) throw new CommandError(`CAPSTAN_LOCAL_POSTGRES: "${text}" is not host:port (e.g. ${DEFAULT_LOCAL_POSTGRES})`);
  return { host: match[1] ?? match[2]!, port: Number(match[3]) };
}

function databaseName(env: NodeJS.ProcessEnv): string {
  const name = env.CAPSTAN_DATABASE_NAME || DEFAULT_DATABASE_NAME;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new CommandError(`CAPSTAN_DATABASE_NAME: "${name}" is not a database name (lower-case letters, digits and _, up to 63)`);
  }
  return name;
}

async function ensureOrExplain(url: URL | string, shown: string, what: string): Promise<void> {
  try {
    await ensureDatabase(url.toString());
  } catch (err) {
    const e = err as Error & { code?: string };
    const reason = e.code === 'ECONNREFUSED' ? 'connection refused' : e.message;
    throw new CommandError(
      `cannot use ${what} (${shown}): ${reason}` +
        (what === 'DATABASE_URL' ? '' : '\n  Set DATABASE_URL to a database capstan may use (postgresql://user:password@host:5432/capstan).'),
    );
  }
}

function parseUrl(text: string, what: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === 'postgresql:' || url.protocol === 'postgres:') return url;
  } catch {
    // Reported below.
  }
  throw new CommandError(`${what}: not a postgresql:// URL: "${text.replace(/:[^:@/]*@/, ':***@')}"`);
}

function display(url: URL): string {
  return `${url.host}${url.pathname}`;
}
