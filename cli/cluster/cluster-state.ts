/**
 * `<data>/cluster.json`: what a local cluster chose on its first start and must choose again on
 * every later one, so that `capstan up` resumes the same cluster: which PostgreSQL holds its
 * state (a local server's database, or the embedded one with its port and password). Mode 0600:
 * it holds the embedded PostgreSQL's password.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The PostgreSQL server on this machine (127.0.0.1:5432 unless overridden). */
export interface LocalPostgresChoice {
  source: 'local';
  /** postgresql://user@host:port/database, without a password. */
  url: string;
}

/** The embedded PostgreSQL `capstan up` runs from the data folder. */
export interface EmbeddedPostgresChoice {
  source: 'embedded';
  /** Its data directory (PGDATA): `<data>/postgres`, or elsewhere when root's folder is closed to it. */
  dir: string;
  /** The port it listened on last; used again when still free. */
  port: number;
  password: string;
  database: string;
}

export interface ClusterState {
  postgres?: LocalPostgresChoice | EmbeddedPostgresChoice;
}

export async function readClusterState(file: string): Promise<ClusterState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
  const parsed = JSON.parse(text) as ClusterState;
  return typeof parsed === 'object' && parsed !== null ? parsed : {};
}

export async function writeClusterState(file: string, state: ClusterState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, file);
}
