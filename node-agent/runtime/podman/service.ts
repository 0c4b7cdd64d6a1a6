/**
 * `podman system service` as a child of the agent: the API socket the podman runtime talks to.
 * Also the host checks that turn podman's cryptic OCI errors into a message that says what to do.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface PodmanLogger {
  debug?(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface PodmanServiceOptions {
  stateDir: string;
  socketPath: string;
  /** Storage flags passed to every podman invocation (never a storage.conf: it made runs hang). */
  root?: string;
  runroot?: string;
  logger?: PodmanLogger;
  /** How long to wait for the socket to answer (default 30 s: first runs are slow). */
  startTimeoutMs?: number;
}

export interface PodmanService {
  socketPath: string;
  stop(): Promise<void>;
}

/** `--root`/`--runroot` flags for the podman CLI. */
export function storageFlags(opts: { root?: string; runroot?: string }): string[] {
  return [...(opts.root ? ['--root', opts.root] : []), ...(opts.runroot ? ['--runroot', opts.runroot] : [])];
}

/** Throws a clear error when podman is missing or this host needs `scripts/podman-host-setup.sh`. */
export async function checkPodmanHost(): Promise<string> {
  let version: string;
  try {
    version = (await execFileAsync('podman', ['--version'], { timeout: 30_000 })).stdout.trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('the podman runtime needs podman on PATH: install the Debian packages `podman` and `crun` (apt-get install podman crun)');
    }
    throw new Error(`podman --version failed: ${(err as Error).message}`);
  }
  // A hybrid cgroup layout whose v2 hierarchy holds a controller makes crun refuse every
  // container ("cgroups in hybrid mode not supported"): moving it to a v1 mount empties the list.
  const unified = '/sys/fs/cgroup/unified/cgroup.controllers';
  if (existsSync(unified)) {
    const controllers = readFileSync(unified, 'utf8').trim();
    if (controllers !== '') {
      throw new Error(
        `podman cannot run containers on this host: the cgroup v2 hierarchy lists controllers (${controllers}) beside cgroup v1; ` +
          'run `sudo bash scripts/podman-host-setup.sh` (it mounts them as cgroup v1)',
      );
    }
  }
  return version;
}

/** The hard limits of this process: podman may only set container ulimits up to them. */
export function hardLimits(limitsText: string): { nofile?: number; nproc?: number } {
  const hard = (label: string): number | undefined => {
    const line = limitsText.split('\n').find((l) => l.startsWith(label));
    const value = line?.slice(label.length).trim().split(/\s+/)[1];
    return value === undefined || value === 'unlimited' ? undefined : Number(value);
  };
  return { nofile: hard('Max open files'), nproc: hard('Max processes') };
}

/**
 * containers.conf with `default_ulimits` this host can grant: podman's defaults for root
 * (nofile 1048576) exceed the hard limit of these VMs, and crun then fails every start, the pod's
 * infra container included (which per-container HostConfig.Ulimits cannot reach).
 */
export function containersConf(limits: { nofile?: number; nproc?: number }): string {
  const nofile = Math.min(limits.nofile ?? 1_048_576, 1_048_576);
  const nproc = Math.min(limits.nproc ?? 32_768, 32_768);
  return `# Written by Capstan's podman runtime.\n[containers]\ndefault_ulimits = ["nofile=${nofile}:${nofile}", "nproc=${nproc}:${nproc}"]\n`;
}

function ping(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.request({ socketPath, path: '/_ping', timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function killGroup(pid: number, graceMs: number): Promise<void> {
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-pid, sig);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) signal('SIGKILL');
}

/** Starts the API service (replacing one a crashed agent left behind) and waits for its socket. */
export async function startPodmanService(opts: PodmanServiceOptions): Promise<PodmanService> {
  await mkdir(opts.stateDir, { recursive: true });
  const pidFile = path.join(opts.stateDir, 'podman-service.pid');
  const previous = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
  if (previous > 0 && isAlive(previous)) {
    const cmdline = await readFile(`/proc/${previous}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes('podman') && cmdline.includes(opts.socketPath)) {
      opts.logger?.info({ pid: previous }, 'stopping the podman service a previous agent left running');
      await killGroup(previous, 5_000);
    }
  }
  await rm(opts.socketPath, { force: true });

  const confPath = path.join(opts.stateDir, 'containers.conf');
  await writeFile(confPath, containersConf(hardLimits(await readFile('/proc/self/limits', 'utf8'))));

  const args = [...storageFlags(opts), 'system', 'service', '--time=0', `unix://${opts.socketPath}`];
  const child: ChildProcess = spawn('podman', args, {
    env: { ...process.env, CONTAINERS_CONF: confPath },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: a Ctrl-C to the agent must not kill it before close() stops it.
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString('utf8')).slice(-4_000);
  });
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  child.once('error', (err) => {
    stderr += `\n${err.message}`;
  });
  if (child.pid) await writeFile(pidFile, String(child.pid));

  const stop = async (): Promise<void> => {
    if (exited || !child.pid) return;
    await killGroup(child.pid, 5_000);
    await exitPromise;
    await rm(pidFile, { force: true });
    await rm(opts.socketPath, { force: true });
  };

  const deadline = Date.now() + (opts.startTimeoutMs ?? 30_000);
  for (;;) {
    if (exited) {
      throw new Error(`podman system service exited (${JSON.stringify(exited)}): ${stderr.trim() || 'no output'}`);
    }
    if (existsSync(opts.socketPath) && (await ping(opts.socketPath))) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`podman system service did not answer on ${opts.socketPath} within ${opts.startTimeoutMs ?? 30_000} ms: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  opts.logger?.info({ pid: child.pid, socket: opts.socketPath }, 'podman API service started');
  return { socketPath: opts.socketPath, stop };
}
