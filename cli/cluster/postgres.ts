/**
 * Which PostgreSQL a local cluster uses: DATABASE_URL when set, else the `capstan` database on a
 * server answering at 127.0.0.1:5432 (created if missing).
 */
import { ensureDatabase } from '../../server/store/migrate.ts';
import { CommandError } from '../command.ts';
import { DEFAULT_DATABASE_URL } from '../commands/migrate.ts';
import { tcpAnswers } from './network-probes.ts';

export interface PostgresOptions {
  env: NodeJS.ProcessEnv;
  /** The database used when DATABASE_URL is not set, if its server answers. */
  localUrl?: string;
  probeTimeoutMs?: number;
}

export interface ResolvedPostgres {
  url: string;
  /** `127.0.0.1:5432/capstan`, for progress lines: no user, no password. */
  display: string;
  source: 'DATABASE_URL' | 'local';
}

export async function resolvePostgres(opts: PostgresOptions): Promise<ResolvedPostgres> {
  const fromEnv = opts.env.DATABASE_URL;
  if (fromEnv) {
    const url = parseUrl(fromEnv);
    await ensureOrExplain(url, 'DATABASE_URL');
    return { url: fromEnv, display: display(url), source: 'DATABASE_URL' };
  }
  const local = parseUrl(opts.localUrl ?? DEFAULT_DATABASE_URL);
  if (!(await tcpAnswers(local.hostname, Number(local.port || 5432), opts.probeTimeoutMs))) {
    throw new CommandError(noPostgresMessage(local));
  }
  await ensureOrExplain(local, `the PostgreSQL at ${local.host}`);
  return { url: local.toString(), display: display(local), source: 'local' };
}

export function noPostgresMessage(local: URL): string {
  return (
    `no PostgreSQL to use: DATABASE_URL is not set and nothing answers at ${local.host}.\n` +
    '  Either start a local PostgreSQL (Debian/Ubuntu: `sudo apt-get install postgresql`; it listens\n' +
    `  on ${local.host}; \`capstan up\` then uses its "capstan" database as user "${decodeURIComponent(local.username)}"),\n` +
    '  or point DATABASE_URL at one: DATABASE_URL=postgresql://user:password@host:5432/capstan capstan up\n' +
    '  (An embedded PostgreSQL that needs nothing installed is coming in a later version of `capstan up`.)'
  );
}

async function ensureOrExplain(url: URL, what: string): Promise<void> {
  try {
    await ensureDatabase(url.toString());
  } catch (err) {
    const e = err as Error & { code?: string };
    const reason = e.code === 'ECONNREFUSED' ? 'connection refused' : e.message;
    throw new CommandError(`cannot use ${what} (${display(url)}): ${reason}`);
  }
}

function parseUrl(text: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === 'postgresql:' || url.protocol === 'postgres:') return url;
  } catch {
    // Reported below.
  }
  throw new CommandError(`DATABASE_URL is not a postgresql:// URL: "${text}"`);
}

function display(url: URL): string {
  return `${url.host}${url.pathname}`;
}
