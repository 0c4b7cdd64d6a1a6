/**
 * A PostgreSQL primary and a streaming standby of its own, for failover tests: initdb with
 * Debian's binaries (/usr/lib/postgresql/<v>/bin, PG_BIN to override), pg_basebackup -R for the
 * standby, both on free loopback ports with their files in a temporary folder. Replication is
 * synchronous (synchronous_standby_names = '*', synchronous_commit = on): a commit is
 * acknowledged once the standby has flushed it, so a promoted standby has every acknowledged
 * write. The shared server on 5432 is never touched.
 *
 * PostgreSQL refuses to run as root: as root, every command runs as the `postgres` user.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort, waitFor } from './harness.ts';

const run = promisify(execFile);

function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)) return `/usr/lib/postgresql/${v}/bin`;
  throw new Error('no PostgreSQL server binaries: install postgresql (Debian: /usr/lib/postgresql/<version>/bin) or set PG_BIN');
}

export interface PgNode {
  name: 'primary' | 'standby';
  port: number;
  dataDir: string;
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
}

export interface ReplicatedPostgres {
  primary: PgNode;
  standby: PgNode;
  /** postgresql://postgres@127.0.0.1:<primary>,127.0.0.1:<standby>/<database>?target_session_attrs=read-write */
  url(database: string): string;
  /** Stops a node: `immediate` is a crash (no checkpoint, connections cut), `fast` a clean shutdown. */
  stop(node: PgNode, mode?: 'immediate' | 'fast'): Promise<void>;
  /** `pg_ctl promote`, and waits until the node accepts writes. */
  promote(node: PgNode): Promise<void>;
  /** Stops both and removes their files. */
  destroy(): Promise<void>;
}

export async function startReplicatedPostgres(label: string): Promise<ReplicatedPostgres> {
  const bin = pgBin();
  const asRoot = process.getuid?.() === 0;
  const root = mkdtempSync(path.join(os.tmpdir(), `capstan-pg-${label}-`));
  if (asRoot) chownSync(root, ...postgresIds());
  const exec = async (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
    try {
      return await run(file, argv, { cwd: root, timeout: 120_000 });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`${cmd} ${args.join(' ')} failed: ${e.stderr || e.message}`);
    }
  };
  const node = (name: PgNode['name'], port: number): PgNode => ({
    name,
    port,
    dataDir: path.join(root, name),
    url: (db = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${db}`,
  });
  const primary = node('primary', await freePort());
  const standby = node('standby', await freePort());
  const started = new Set<PgNode>();
  const start = async (n: PgNode) => {
    await exec('pg_ctl', ['-D', n.dataDir, '-l', path.join(root, `${n.name}.log`), '-o', `-p ${n.port}`, '-w', '-t', '60', 'start']);
    started.add(n);
  };
  const stop = async (n: PgNode, mode: 'immediate' | 'fast' = 'fast') => {
    if (!started.has(n)) return;
    await exec('pg_ctl', ['-D', n.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
    started.delete(n);
  };
  const destroy = async () => {
    for (const n of [...started]) await stop(n, 'immediate').catch(() => {});
    rmSync(root, { recursive: true, force: true });
  };

  try {
    await exec('initdb', ['-D', primary.dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
    appendFileSync(
      path.join(primary.dataDir, 'postgresql.conf'),
      [
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${root}'`,
        'wal_level = replica',
        'max_wal_senders = 5',
        'hot_standby = on',
        "synchronous_standby_names = '*'",
        'synchronous_commit = on',
        'fsync = off', // a process crash (stop -m immediate) loses nothing without it; the OS does not crash here
        'max_connections = 100',
        '',
      ].join('\n'),
    );
    await start(primary);
    await exec('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', standby.dataDir, '-R', '-X', 'stream', '--no-sync']);
    // The promoted standby has no standby of its own: waiting for one would block every commit.
    appendFileSync(path.join(standby.dataDir, 'postgresql.auto.conf'), "synchronous_standby_names = ''\n");
    await start(standby);
    await waitFor('the standby to stream synchronously', () => syncState(primary.url()).then((s) => s === 'sync'), 60_000, 100);
  } catch (err) {
    await destroy();
    throw err;
  }

  return {
    primary,
    standby,
    url: (db) => `postgresql://postgres@127.0.0.1:${primary.port},127.0.0.1:${standby.port}/${db}?target_session_attrs=read-write`,
    stop,
    async promote(n) {
      await exec('pg_ctl', ['-D', n.dataDir, '-w', '-t', '60', 'promote']);
      await waitFor(`${n.name} to accept writes`, () => inRecovery(n.url()).then((r) => r === false), 60_000, 100);
    },
    destroy,
  };
}

function postgresIds(): [number, number] {
  const passwd = execFileSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' }).split(':');
  if (passwd.length < 4) throw new Error('running as root, but there is no postgres user to run PostgreSQL as');
  return [Number(passwd[2]), Number(passwd[3])];
}

async function query<T>(url: string, sql: string): Promise<T | null> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  c.on('error', () => {});
  try {
    await c.connect();
    const { rows } = await c.query(sql);
    return (rows[0] ? Object.values(rows[0])[0] : null) as T | null;
  } catch {
    return null;
  } finally {
    await c.end().catch(() => {});
  }
}

const syncState = (url: string) => query<string>(url, 'SELECT sync_state FROM pg_stat_replication LIMIT 1');
const inRecovery = (url: string) => query<boolean>(url, 'SELECT pg_is_in_recovery()');
