/**
 * `<data>/pids.json`: which processes make up the cluster running from a data folder. Written by
 * `capstan up` as it starts each one (also in the foreground, so that `capstan down` from another
 * terminal and a second `capstan up` know about it), removed when the cluster stops.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isRunning } from './stop-process.ts';

export interface RecordedProcess {
  name: string;
  pid: number;
  /** What its command line contains; tells it from an unrelated process that reused the pid. */
  marker: string;
  /** The signal that stops it politely, when not SIGTERM (PostgreSQL: SIGINT). */
  stopSignal?: NodeJS.Signals;
  /** How it was started, for `capstan up` to start it again the same way should it die. */
  restart?: RestartRecipe;
}

/** A component's exact start: the file is 0600, as its environment may hold credentials. */
export interface RestartRecipe {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface PidsFile {
  /** The API server's base URL. */
  server: string;
  listen: string;
  startedAt: string;
  /** A foreground `capstan up` that supervises the processes; stopping it stops them. */
  supervisor?: RecordedProcess;
  /** In start order. */
  processes: RecordedProcess[];
}

export async function readPidsFile(file: string): Promise<PidsFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const parsed = JSON.parse(text) as Partial<PidsFile>;
    if (!Array.isArray(parsed.processes)) return undefined;
    return {
      server: String(parsed.server ?? ''),
      listen: String(parsed.listen ?? ''),
      startedAt: String(parsed.startedAt ?? ''),
      supervisor: isRecordedProcess(parsed.supervisor) ? parsed.supervisor : undefined,
      processes: parsed.processes.filter(isRecordedProcess),
    };
  } catch {
    // A file cut short by a crash records nothing usable.
    return undefined;
  }
}

export async function writePidsFile(file: string, content: PidsFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, file);
}

export async function removePidsFile(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** The recorded processes (supervisor first) that still run. */
export function liveProcesses(pids: PidsFile): RecordedProcess[] {
  return [...(pids.supervisor ? [pids.supervisor] : []), ...pids.processes].filter((p) => isRunning(p.pid, p.marker));
}

function isRecordedProcess(value: unknown): value is RecordedProcess {
  const p = value as RecordedProcess;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.name === 'string' &&
    Number.isInteger(p.pid) &&
    p.pid > 0 &&
    typeof p.marker === 'string' &&
    (p.stopSignal === undefined || /^SIG[A-Z0-9]+$/.test(p.stopSignal)) &&
    (p.restart === undefined || isRestartRecipe(p.restart))
  );
}

function isRestartRecipe(value: unknown): value is RestartRecipe {
  const r = value as RestartRecipe;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.command === 'string' &&
    Array.isArray(r.args) &&
    r.args.every((a) => typeof a === 'string') &&
    typeof r.env === 'object' &&
    r.env !== null &&
    (r.cwd === undefined || typeof r.cwd === 'string')
  );
}
