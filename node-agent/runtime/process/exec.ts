/**
 * `exec` for probes: a command run with the container's env, working folder and cgroups, in a
 * process group of its own so a timeout kills everything it started. Output (stdout and stderr
 * interleaved) is kept up to a bound, as Kubernetes keeps only the start of a probe's output.
 */
import { constants } from 'node:os';
import { signalGroup } from './proc.ts';
import { spawnExec } from './wrapper.ts';

export interface ExecOptions {
  /** Absolute path of the program, then its arguments. */
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  cgroupProcs: string[];
  timeoutMs: number;
  /** Output kept (default 64 KiB); the rest is dropped. */
  maxOutputBytes?: number;
}

export interface ExecResult {
  exitCode: number;
  output: string;
}

/** Exit code reported when the command ran out of time (as GNU `timeout` does). */
export const EXEC_TIMEOUT_EXIT_CODE = 124;

export function runExec(opts: ExecOptions): Promise<ExecResult> {
  const max = opts.maxOutputBytes ?? 64 * 1024;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let truncated = false;
    let timedOut = false;
    let settled = false;
    const child = spawnExec(opts.argv, opts.env, opts.cwd, opts.cgroupProcs);
    const collect = (b: Buffer) => {
      if (kept >= max) {
        truncated = true;
        return;
      }
      const part = b.subarray(0, max - kept);
      if (part.length < b.length) truncated = true;
      chunks.push(part);
      kept += part.length;
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) signalGroup(child.pid, 'SIGKILL');
    }, opts.timeoutMs);
    const finish = (exitCode: number, note?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Whatever the command left running dies with it; pipes a stray holds open are not awaited.
      if (child.pid) signalGroup(child.pid, 'SIGKILL');
      child.stdout!.destroy();
      child.stderr!.destroy();
      let output = Buffer.concat(chunks).toString('utf8');
      if (truncated) output += '\n[output truncated]';
      if (note) output += (output && !output.endsWith('\n') ? '\n' : '') + note;
      resolve({ exitCode, output });
    };
    child.on('error', (e) => finish(126, `exec failed: ${e.message}`));
    child.on('exit', (code, signal) => {
      const result = () => {
        if (timedOut) finish(EXEC_TIMEOUT_EXIT_CODE, `command timed out after ${opts.timeoutMs} ms`);
        else finish(code ?? 128 + (signal ? signalNumber(signal) : 0));
      };
      // Let the pipes deliver what was written just before the exit, but do not wait for a stray
      // process that keeps them open.
      const grace = setTimeout(result, 200);
      child.on('close', () => {
        clearTimeout(grace);
        result();
      });
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return (constants.signals as Record<string, number>)[signal] ?? 0;
}
