/**
 * How a container ended, from what the wrapper recorded (the exit-status file) and, when this
 * runtime started the wrapper, the wrapper's own status. Kubernetes' conventions: 128+n for a
 * process killed by signal n; reasons `Completed` (0), `Error`, `OOMKilled`.
 */
import { readFileSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { MOUNT_FAILED } from './mount-namespace.ts';
import { CGROUP_JOIN_FAILED } from './wrapper.ts';

export interface WrapperExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ExitStatus {
  exitCode: number;
  /** The signal that ended the command (an exit code of 129–192 is read as one). */
  signal?: number;
  finishedAt: Date;
  message?: string;
}

/**
 * `wrapper` is null for a re-adopted container (its status is not ours to read): the file's
 * time then dates the end, which may have come while no agent ran. `killed`: this runtime sent
 * SIGKILL, so an unrecorded status is that kill's.
 */
export function readExitStatus(exitFile: string, wrapper: WrapperExit | null, killed: boolean, now = new Date()): ExitStatus {
  let exitCode: number | undefined;
  let finishedAt = now;
  let message: string | undefined;
  try {
    const text = readFileSync(exitFile, 'utf8').trim();
    if (/^\d+$/.test(text)) {
      exitCode = Number(text);
      if (!wrapper) finishedAt = statSync(exitFile).mtime;
    }
  } catch {
    // not recorded: the wrapper itself was killed
  }
  if (exitCode === undefined) {
    if (wrapper?.signal) exitCode = 128 + ((constants.signals as Record<string, number>)[wrapper.signal] ?? 9);
    else if (wrapper && wrapper.code !== null) exitCode = wrapper.code;
    else {
      exitCode = 137;
      if (!killed) message = 'the container ended without recording its exit status';
    }
    if (exitCode === CGROUP_JOIN_FAILED) message = 'the container could not join its cgroups';
    if (exitCode === MOUNT_FAILED) message = "the container's volumes could not be mounted (the reason is in its log)";
  }
  const signal = exitCode > 128 && exitCode <= 128 + 64 ? exitCode - 128 : undefined;
  return { exitCode, signal, finishedAt, message };
}

export function terminatedReason(exitCode: number, oomKilled: boolean): string {
  if (oomKilled) return 'OOMKilled';
  return exitCode === 0 ? 'Completed' : 'Error';
}
