/**
 * `kubectl exec` for the process runtime: the command runs with the container's env, working
 * folder and cgroups (so the pod's memory and pids limits hold), in a process group of its own
 * that is killed when the caller aborts or the command ends.
 *
 * Without a tty the command gets plain pipes: stdin (or /dev/null), stdout and stderr apart.
 * With a tty it runs under util-linux `script -q -e -f -c CMD /dev/null`, which gives it a
 * pseudo-terminal (echo, line editing, job control signals as on a real terminal) and merges
 * stderr into stdout as Kubernetes does for a tty. A resize sets the size of that terminal with
 * `stty -F /dev/pts/N`, which makes the kernel send SIGWINCH to the command.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';
import { constants } from 'node:os';
import type { StreamSession } from '../types.ts';
import { RuntimeError } from './errors.ts';
import { signalGroup } from './proc.ts';
import { spawnExecStreams } from './wrapper.ts';

export interface ExecStreamStart {
  /** Absolute path of the program, then its arguments. */
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  cgroupProcs: string[];
  stdin: boolean;
  tty: boolean;
  size?: { width: number; height: number };
  signal: AbortSignal;
}

let scriptPath: string | null | undefined;

/** util-linux `script`, when this host has it (checked once). */
function findScript(): string | null {
  if (scriptPath === undefined) {
    const probe = spawnSync('/bin/sh', ['-c', 'command -v script'], { encoding: 'utf8' });
    scriptPath = probe.status === 0 && probe.stdout.trim() ? probe.stdout.trim() : null;
  }
  return scriptPath;
}

/** Quotes one word for `sh -c`. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function signalNumber(signal: NodeJS.Signals): number {
  return (constants.signals as Record<string, number>)[signal] ?? 0;
}

/** The terminal device the command under `script` (pid `scriptPid`) reads from. */
function ttyOf(scriptPid: number): string | null {
  try {
    const children = readFileSync(`/proc/${scriptPid}/task/${scriptPid}/children`, 'utf8').trim().split(/\s+/);
    for (const child of children) {
      if (!child) continue;
      const dev = readlinkSync(`/proc/${child}/fd/0`);
      if (dev.startsWith('/dev/pts/')) return dev;
    }
  } catch {
    // not started yet, or gone
  }
  return null;
}

export function startExecStream(start: ExecStreamStart): StreamSession {
  let argv = start.argv;
  const env = { ...start.env };
  if (start.tty) {
    const script = findScript();
    if (!script) throw new RuntimeError('UNAVAILABLE', 'a tty needs util-linux `script` on the node, which is not installed: exec without -t');
    // `script -c` runs the command with $SHELL.
    env.SHELL = '/bin/sh';
    // The size is set on the new terminal before the command starts, so its first look is right.
    const size = start.size && start.size.width > 0 && start.size.height > 0 ? `stty cols ${Math.floor(start.size.width)} rows ${Math.floor(start.size.height)} 2>/dev/null; ` : '';
    argv = [script, '-q', '-e', '-f', '-c', `${size}exec ${argv.map(shellQuote).join(' ')}`, '/dev/null'];
  }
  const child = spawnExecStreams(argv, env, start.cwd, start.cgroupProcs, start.stdin);
  const kill = () => {
    if (child.pid) signalGroup(child.pid, 'SIGKILL');
  };
  start.signal.addEventListener('abort', kill, { once: true });
  // A caller that stops reading must not make writes to a dead pipe throw.
  child.stdin?.on('error', () => {});
  // Under `script` everything the command writes comes through the terminal (stdout).
  if (start.tty) child.stderr!.resume();

  let size: { width: number; height: number } | undefined;
  let resizeTimer: NodeJS.Timeout | undefined;
  const applySize = (attempt: number) => {
    if (!size || !child.pid || child.exitCode !== null) return;
    const dev = ttyOf(child.pid);
    if (!dev) {
      // `script` has not forked the command yet: try again shortly (for up to ~2 s).
      if (attempt < 40) resizeTimer = setTimeout(() => applySize(attempt + 1), 50);
      return;
    }
    execFile('stty', ['-F', dev, 'cols', String(size.width), 'rows', String(size.height)], () => {});
  };

  const exited = new Promise<number>((resolve) => {
    let settled = false;
    let code = 0;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(resizeTimer);
      start.signal.removeEventListener('abort', kill);
      // Whatever the command left running dies with it.
      kill();
      resolve(code);
    };
    child.on('error', () => {
      code = 126;
      child.stdout!.destroy();
      child.stderr!.destroy();
      finish();
    });
    child.on('exit', (c, s) => {
      code = c ?? 128 + (s ? signalNumber(s) : 0);
      // Let the pipes deliver what was written just before the exit, but do not wait for a
      // stray process that keeps them open.
      const grace = setTimeout(() => {
        child.stdout!.destroy();
        child.stderr!.destroy();
        finish();
      }, 500);
      child.once('close', () => {
        clearTimeout(grace);
        finish();
      });
    });
  });

  return {
    stdin: child.stdin ?? null,
    stdout: child.stdout!,
    stderr: start.tty ? null : child.stderr!,
    resize(width, height) {
      if (!start.tty || !(width > 0) || !(height > 0)) return;
      size = { width: Math.floor(width), height: Math.floor(height) };
      clearTimeout(resizeTimer);
      applySize(0);
    },
    exited,
  };
}
