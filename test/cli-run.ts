/**
 * Runs the `capstan` CLI as a child process, as a user does, for the CLI tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './harness.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliTarget {
  /** Base URL (http://127.0.0.1:port) or the /graphql URL. */
  server: string;
  token: string;
}

export interface CliOptions {
  stdin?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** The `capstan` executable, compiled in dist/ as users run it (see test/build-dist.ts). */
const CAPSTAN_BIN = path.join(ROOT, 'bin/capstan.js');

function spawnCli(target: CliTarget | undefined, args: string[], opts: CliOptions): ChildProcess {
  return spawn(process.execPath, [CAPSTAN_BIN, ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      CAPSTAN_SERVER: target?.server ?? '',
      CAPSTAN_TOKEN: target?.token ?? '',
      // Never read a developer's ~/.capstan by accident.
      CAPSTAN_DATA_DIR: path.join(ROOT, 'node_modules', '.capstan-cli-test-none'),
      ...opts.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Runs `capstan ARGS…` to the end. */
export function capstan(target: CliTarget | undefined, args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const child = spawnCli(target, args, opts);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin!.end(opts.stdin ?? '');
  const timeoutMs = opts.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`capstan ${args.join(' ')} did not finish in ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      // Let the pipes drain.
      setImmediate(() => resolve({ code, stdout, stderr }));
    });
  });
}

/** A long-running `capstan …` (get -w, logs -f): its output so far, and a way to stop it with SIGINT. */
export interface RunningCli {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stdout contains `text` (or matches it). */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Ctrl-C; resolves to the result. */
  interrupt(): Promise<CliResult>;
  kill(): void;
}

export function startCapstan(target: CliTarget | undefined, args: string[], opts: CliOptions = {}): RunningCli {
  const child = spawnCli(target, args, opts);
  let stdout = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    for (const w of waiters.splice(0)) w();
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin!.end(opts.stdin ?? '');
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    async waitForOutput(text, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      const matches = () => (typeof text === 'string' ? stdout.includes(text) : text.test(stdout));
      while (!matches()) {
        if (child.exitCode !== null) throw new Error(`capstan ${args.join(' ')} exited (${child.exitCode}) before printing ${text}\nstdout: ${stdout}\nstderr: ${stderr}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`capstan ${args.join(' ')} did not print ${text} in ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, Math.min(left, 500));
          waiters.push(() => {
            clearTimeout(t);
            r();
          });
        });
      }
      return stdout;
    },
    async interrupt() {
      if (child.exitCode === null) child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return { code, stdout, stderr };
    },
    kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
