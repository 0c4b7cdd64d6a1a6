/**
 * Finding out whether a recorded process still runs, and stopping it the way every part of a
 * local cluster is stopped: SIGTERM (SIGINT for PostgreSQL), up to 10 s to finish, then SIGKILL.
 */
import { readFileSync } from 'node:fs';

export const STOP_GRACE_MS = 10_000;

export interface StopOptions {
  /** How long SIGTERM is given before SIGKILL. */
  graceMs?: number;
  /**
   * Signal the process group the process leads (the children `capstan up` starts lead their
   * own), so anything they started goes too. Off for a process that shares its group with
   * others (a `capstan up` started from a shell).
   */
  group?: boolean;
  /** See {@link isRunning}. */
  marker?: string;
  /** The polite signal (default SIGTERM; PostgreSQL takes SIGINT, its fast shutdown). */
  signal?: NodeJS.Signals;
}

export type StopResult = 'not-running' | 'stopped' | 'killed';

/**
 * Whether `pid` is a live process. With a marker, also whether its command line contains the
 * marker, so that a pid recorded before a reboot and reused since is not taken for ours (checked
 * where /proc exists). A zombie counts as stopped: nothing may reap it where PID 1 does not.
 */
export function isRunning(pid: number, marker?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = readProc(pid, 'stat');
  if (stat !== undefined) {
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
  }
  if (marker !== undefined) {
    const cmdline = readProc(pid, 'cmdline');
    if (cmdline !== undefined && !cmdline.replaceAll('\0', ' ').trim().includes(marker)) return false;
  }
  return true;
}

export async function stopProcess(pid: number, opts: StopOptions = {}): Promise<StopResult> {
  const running = () => isRunning(pid, opts.marker);
  if (!running()) return 'not-running';
  signal(pid, opts.signal ?? 'SIGTERM', opts.group ?? false);
  if (await waitUntilStopped(running, opts.graceMs ?? STOP_GRACE_MS)) return 'stopped';
  signal(pid, 'SIGKILL', opts.group ?? false);
  await waitUntilStopped(running, 2_000);
  return 'killed';
}

/** For a progress line: `stopped`, `killed (…)`. */
export function describeStopResult(result: StopResult): string {
  if (result === 'killed') return 'killed (still running 10 s after SIGTERM)';
  return result === 'stopped' ? 'stopped' : 'had already stopped';
}

/** The command line of a process, as {@link isRunning} compares markers with (empty without /proc). */
export function commandLineOf(pid: number): string {
  return readProc(pid, 'cmdline')?.replaceAll('\0', ' ').trim() ?? '';
}

function signal(pid: number, name: NodeJS.Signals, group: boolean): void {
  if (group) {
    try {
      process.kill(-pid, name);
      return;
    } catch {
      // Not a group leader after all: signal the process alone.
    }
  }
  try {
    process.kill(pid, name);
  } catch {
    // Gone meanwhile.
  }
}

async function waitUntilStopped(running: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (running()) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}
