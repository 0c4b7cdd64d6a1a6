/**
 * A child process of a local cluster: its own process group (so a Ctrl-C at the terminal reaches
 * only `capstan up`, which then stops the children in order), its output appended to a log file,
 * and, when detached, not keeping `capstan up` alive.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { CommandError } from '../command.ts';
import { stopProcess, type StopResult } from './stop-process.ts';

export interface ManagedProcessOptions {
  /** The component name: `server`, `redis`. */
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  logFile: string;
  /** Leave it running when `capstan up` exits. */
  detach: boolean;
  /** A string its command line contains, to recognise it later by pid (see stop-process.ts). */
  marker: string;
  /** The signal that stops it politely (default SIGTERM). */
  stopSignal?: NodeJS.Signals;
  /** Run as this user and group (PostgreSQL refuses to run as root). */
  uid?: number;
  gid?: number;
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  name: string;
  pid: number;
  marker: string;
  stopSignal?: NodeJS.Signals;
  logFile: string;
  /** Resolves when the process ends. */
  exit: Promise<ProcessExit>;
  hasExited(): boolean;
  stop(graceMs?: number): Promise<StopResult>;
  /** The last lines this run wrote to its log. */
  logTail(lines?: number): Promise<string[]>;
}

export async function startManagedProcess(opts: ManagedProcessOptions): Promise<ManagedProcess> {
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const logStart = sizeOf(opts.logFile);
  const fd = openSync(opts.logFile, 'a');
  let child;
  try {
    child = spawn(opts.command, opts.args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', fd, fd], detached: true, uid: opts.uid, gid: opts.gid });
  } finally {
    closeSync(fd);
  }
  let exited: ProcessExit | undefined;
  const exit = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => resolve((exited = { code, signal })));
    child.once('error', () => resolve((exited ??= { code: null, signal: null })));
  });
  const pid = child.pid;
  if (pid === undefined) {
    const err = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new CommandError(`cannot start ${opts.name} (${opts.command}): ${err.message}`);
  }
  if (opts.detach) child.unref();
  return {
    name: opts.name,
    pid,
    marker: opts.marker,
    stopSignal: opts.stopSignal,
    logFile: opts.logFile,
    exit,
    hasExited: () => exited !== undefined,
    async stop(graceMs) {
      if (exited) return 'not-running';
      const result = await stopProcess(pid, { graceMs, group: true, signal: opts.stopSignal });
      // Node reaps its own children soon after they end; wait for that so that `exit` has
      // settled when this returns (bounded: a process stuck in the kernel survives SIGKILL).
      // The timer is ref'd on purpose: a detached child is unref'd, so with an unref'd timer
      // nothing would keep the event loop alive while we wait, and Node would end the process
      // with exit code 13 (an unsettled top-level await), as `up -d` once did on a failed start.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exit, new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
      clearTimeout(timer);
      return result;
    },
    logTail: (lines) => readLogTail(opts.logFile, logStart, lines),
  };
}

/** Describes how a process ended: `exited with code 1`, `was killed by SIGKILL`. */
export function describeExit(exit: ProcessExit): string {
  if (exit.signal) return `was killed by ${exit.signal}`;
  if (exit.code === null) return 'could not be started';
  return `exited with code ${exit.code}`;
}

/** `server exited with code 1; last lines of <log>:` and those lines, for an unexpected end. */
export async function exitReport(child: ManagedProcess, lines = 20): Promise<string> {
  const exit = await child.exit;
  const tail = await child.logTail(lines);
  const head = `${child.name} ${describeExit(exit)}`;
  if (!tail.length) return `${head} (its log, ${child.logFile}, is empty)`;
  return `${head}; last lines of ${child.logFile}:\n${tail.map((line) => `    ${line}`).join('\n')}`;
}

/** The last `lines` lines written to `file` since byte `from` (at most the last 64 KiB). */
export async function readLogTail(file: string, from = 0, lines = 20): Promise<string[]> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return [];
  }
  try {
    const { size } = await handle.stat();
    const start = Math.max(from, size - 64 * 1024);
    const buffer = Buffer.alloc(Math.max(0, size - start));
    await handle.read(buffer, 0, buffer.length, start);
    return buffer.toString('utf8').split('\n').filter((line) => line.trim() !== '').slice(-lines);
  } finally {
    await handle.close();
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
