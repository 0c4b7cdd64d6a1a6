/**
 * The `process` runtime: every container is a host process (see `process/wrapper.ts` for how it
 * is started), every pod a sandbox record with its own loopback IP (which the agent hands to the
 * containers through their env) and, where the host allows, its own cgroups.
 *
 * Containers do not depend on the agent process: they run detached, log straight to their files,
 * and the wrapper records their exit status. Their records live in `stateDir`, so a new runtime
 * on the same `stateDir` (the agent restarted) re-adopts them: still running ones are watched
 * through /proc (pid plus start time, so a reused pid is never taken for the container), and
 * ones that ended meanwhile are reported with the exit status the wrapper wrote.
 *
 * Exits are noticed at once for the processes this instance started (the child's `exit` event)
 * and within `exitPollMs` for re-adopted ones; `onExit` also reports re-adopted containers that
 * ended while no agent ran (when `init` finds them).
 *
 * What the agent can count on:
 * - stop: SIGTERM reaches every process of the container's process group once (the wrapper
 *   passes it on, as systemd's KillMode=control-group does); after the grace period SIGKILL
 *   reaches the group and every process in the container's cgroups (even ones that left the
 *   group). When the main process exits, whatever it left running is killed.
 * - a command that cannot be started (missing executable, unwritable files) does not throw:
 *   `startContainer` resolves, and the container is `exited` with exit code 128 and reason
 *   `StartError` (as containerd reports it), announced through `onExit`.
 * - logs: stdout and stderr share one file, without per-line timestamps; `sinceSeconds` is
 *   precise to one `logSampleMs` (over-inclusive, see `logs/log-file.ts`).
 * - volumes: a container with `mounts` runs in a mount namespace of its own where they are bound
 *   (see `process/mount-namespace.ts`); exec enters that namespace.
 * - users: a container with `user` runs (and is exec'd into) as that uid, gid and groups through
 *   setpriv (see `process/run-as.ts`); `readOnlyRootFilesystem`, `privileged` and `capabilities`
 *   are not honoured (there is no root filesystem or capability set of the container's own).
 */
import { randomBytes } from 'node:crypto';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { constants, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type {
  AttachOptions,
  ContainerConfig,
  ExecStreamOptions,
  StreamSession,
  ContainerStatus,
  LogOptions,
  Runtime,
  SandboxConfig,
  SandboxStatus,
} from './types.ts';
import { Cgroups, type CgroupsOptions } from './cgroups.ts';
import { cpuSecondsOf, memoryWorkingSet, pidsUnder, type PodUsage } from './pod-usage.ts';
import { LogFile } from './logs/log-file.ts';
import { readLogLines } from './logs/log-reader.ts';
import { RuntimeError } from './process/errors.ts';
import { runExec } from './process/exec.ts';
import { startExecStream } from './process/exec-stream.ts';
import { isProcessAlive, readProcStat, signalGroup, signalProcess } from './process/proc.ts';
import { containerEnv, prepareLaunch } from './process/launch.ts';
import { inMountNamespace, mountNamespacePrefix, mountNamespaceUnavailable, nodeMountPoints, removeNodeMountPoints } from './process/mount-namespace.ts';
import { resolveExecutable } from './process/resolve-command.ts';
import { runAsPrefix } from './process/run-as.ts';
import { StateStore, containerStatusOf, type ContainerRecord, type SandboxRecord } from './process/state-store.ts';
import { readExitStatus, terminatedReason, type WrapperExit } from './process/exit-status.ts';
import { spawnContainer } from './process/wrapper.ts';

export { RuntimeError, isRuntimeError } from './process/errors.ts';
export { containerEnv } from './process/launch.ts';

export interface RuntimeLogger {
  info(o: object, m?: string): void;
  warn(o: object, m?: string): void;
}

export interface ProcessRuntimeOptions {
  /** Where sandbox and container records live; keep it across agent restarts. */
  stateDir: string;
  logger?: RuntimeLogger;
  /** How often re-adopted containers are checked for an exit (default 250 ms). */
  exitPollMs?: number;
  /** How often running containers' logs are sampled for time marks and rotation (default 1 s). */
  logSampleMs?: number;
  /** Cgroup placement, or `false` to run without limits (default: detect). */
  cgroups?: CgroupsOptions | false;
}

/** Exit code and reason of a container that could not be started (as containerd reports it). */
const START_ERROR_EXIT_CODE = 128;

interface ContainerEntry {
  record: ContainerRecord;
  log: LogFile;
  /** Set when this instance started the process (its `exit` event is the fast path). */
  child?: ChildProcess;
  exited: Promise<void>;
  markExited: () => void;
  /** This runtime sent SIGKILL: an unrecorded exit status is then 137. */
  killed: boolean;
  removed: boolean;
}

const isDirectory = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

export function createProcessRuntime(opts: ProcessRuntimeOptions): Runtime {
  return new ProcessRuntime(opts);
}

class ProcessRuntime implements Runtime {
  readonly name = 'process' as const;
  private readonly opts: ProcessRuntimeOptions;
  private readonly logger: RuntimeLogger | undefined;
  private store!: StateStore;
  private cgroups: Cgroups | null = null;
  private loading: Promise<void> | null = null;
  private readonly sandboxes = new Map<string, SandboxRecord>();
  private readonly containers = new Map<string, ContainerEntry>();
  private readonly listeners: ((status: ContainerStatus) => void)[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly closing = new AbortController();
  private closed = false;

  constructor(opts: ProcessRuntimeOptions) {
    this.opts = opts;
    this.logger = opts.logger;
  }

  init(): Promise<void> {
    this.loading ??= Promise.resolve().then(() => this.load());
    return this.loading;
  }

  // ---- sandboxes -------------------------------------------------------------------------

  async runSandbox(config: SandboxConfig): Promise<void> {
    await this.init();
    if (!config.uid) throw new RuntimeError('INVALID', 'sandbox uid must not be empty');
    if (!path.isAbsolute(config.podDir)) throw new RuntimeError('INVALID', `podDir must be an absolute path, got "${config.podDir}"`);
    mkdirSync(config.podDir, { recursive: true });
    const existing = this.sandboxes.get(config.uid);
    const record: SandboxRecord = { config, cgroups: existing?.cgroups, createdAt: existing?.createdAt ?? new Date().toISOString() };
    if (this.cgroups && !record.cgroups) {
      record.cgroups = this.cgroups.ensurePod(config.uid, { memoryBytes: config.memoryLimitBytes, pids: config.pidsLimit });
    }
    this.store.saveSandbox(record);
    this.sandboxes.set(config.uid, record);
  }

  async stopSandbox(uid: string, graceSeconds: number): Promise<void> {
    await this.init();
    await Promise.all(this.entriesOf(uid).map((e) => this.stopContainer(e.record.id, graceSeconds)));
  }

  async removeSandbox(uid: string): Promise<void> {
    await this.init();
    await Promise.all(this.entriesOf(uid).map((e) => this.removeContainer(e.record.id)));
    const record = this.sandboxes.get(uid);
    if (record?.cgroups && this.cgroups) await this.cgroups.remove(record.cgroups);
    this.store.deleteSandbox(uid);
    this.sandboxes.delete(uid);
  }

  async listSandboxes(): Promise<SandboxStatus[]> {
    await this.init();
    return [...this.sandboxes.values()].map((s) => ({ uid: s.config.uid, ip: s.config.ip, ready: true, labels: s.config.labels }));
  }

  /** CPU and memory of every pod that has cgroups (none without usable cgroups). */
  async podUsage(): Promise<PodUsage[]> {
    await this.init();
    const cg = this.cgroups;
    if (!cg || cg.mode === 'none') return [];
    const out: PodUsage[] = [];
    for (const s of this.sandboxes.values()) {
      const set = s.cgroups;
      if (!set) continue;
      const pids = new Set<number>();
      for (const dir of set.dirs) for (const pid of pidsUnder(dir)) pids.add(pid);
      // Each running container has cgroups of its own below the pod's: measure them apart too.
      const containers = new Map<string, { name: string; cpuSeconds: number; memoryBytes: number }>();
      for (const e of this.entriesOf(s.config.uid)) {
        const own = e.record.cgroups;
        if (!own || e.record.state !== 'running') continue;
        const ownPids = new Set<number>();
        for (const dir of own.dirs) for (const pid of pidsUnder(dir)) ownPids.add(pid);
        const c = containers.get(e.record.config.name) ?? { name: e.record.config.name, cpuSeconds: 0, memoryBytes: 0 };
        c.cpuSeconds += cpuSecondsOf([...ownPids]);
        c.memoryBytes += own.memoryDir ? memoryWorkingSet(own.memoryDir, cg.mode) : 0;
        containers.set(c.name, c);
      }
      out.push({
        uid: s.config.uid,
        cpuSeconds: cpuSecondsOf([...pids]),
        memoryBytes: set.memoryDir ? memoryWorkingSet(set.memoryDir, cg.mode) : 0,
        ...(containers.size > 0 ? { containers: [...containers.values()] } : {}),
      });
    }
    return out;
  }

  // ---- containers ------------------------------------------------------------------------

  async createContainer(podUid: string, config: ContainerConfig): Promise<string> {
    await this.init();
    const sandbox = this.sandboxes.get(podUid);
    if (!sandbox) throw new RuntimeError('NOT_FOUND', `sandbox "${podUid}" not found`);
    if (!config.name) throw new RuntimeError('INVALID', 'container name must not be empty');
    if (config.command.length === 0 && config.args.length === 0) {
      throw new RuntimeError('INVALID', `container "${config.name}": command and args are both empty (the process runtime has no image entrypoint to fall back on)`);
    }
    if (!path.isAbsolute(config.logPath)) throw new RuntimeError('INVALID', `logPath must be an absolute path, got "${config.logPath}"`);
    const id = randomBytes(16).toString('hex');
    const record: ContainerRecord = {
      id,
      podUid,
      config,
      workingDir: path.resolve(sandbox.config.podDir, config.workingDir ?? '.'),
      state: 'created',
    };
    this.store.saveContainer(record);
    this.containers.set(id, this.entryFor(record));
    return id;
  }

  async startContainer(id: string): Promise<void> {
    await this.init();
    const entry = this.entry(id);
    const record = entry.record;
    if (record.state !== 'created') throw new RuntimeError('CONFLICT', `container ${id} was already started (state ${record.state})`);
    const { config } = record;
    try {
      const launch = prepareLaunch(config, record.workingDir);
      if ('error' in launch) {
        this.startFailed(entry, launch.error);
        return;
      }
      const runAs = runAsPrefix(config);
      if ('error' in runAs) {
        this.startFailed(entry, runAs.error);
        return;
      }
      let prefix: string[] | undefined;
      if (config.mounts?.length) {
        const unavailable = mountNamespaceUnavailable();
        if (unavailable) {
          this.startFailed(entry, unavailable);
          return;
        }
        prefix = mountNamespacePrefix(this.store.containerDir(id), config.mounts, record.workingDir, isDirectory);
        record.nodeMountPoints = nodeMountPoints(config.mounts, existsSync);
      }
      if (this.cgroups) {
        // Idempotent: it also brings back a pod cgroup another agent's clean-up took while empty.
        const sandbox = this.sandboxes.get(record.podUid);
        if (sandbox) {
          const hadCgroups = sandbox.cgroups !== undefined;
          sandbox.cgroups = this.cgroups.ensurePod(record.podUid, { memoryBytes: sandbox.config.memoryLimitBytes, pids: sandbox.config.pidsLimit });
          if (!hadCgroups) this.store.saveSandbox(sandbox);
        }
        record.cgroups = this.cgroups.createContainer(record.podUid, id, { memoryBytes: config.memoryLimitBytes });
      }
      rmSync(this.store.exitFile(id), { force: true });
      const stdinPath = config.stdin ? this.stdinFifo(id) : undefined;
      const child = spawnContainer({
        argv: [...runAs, ...launch.argv],
        env: launch.env,
        cwd: record.workingDir,
        logPath: config.logPath,
        exitFile: this.store.exitFile(id),
        cgroupProcs: record.cgroups && this.cgroups ? this.cgroups.procsFiles(record.cgroups) : [],
        prefix,
        stdinPath,
      });
      if (child.pid === undefined) {
        const error = await new Promise<Error>((resolve) => child.once('error', resolve));
        this.startFailed(entry, `could not start: ${error.message}`);
        return;
      }
      const startedAt = new Date();
      record.pid = child.pid;
      record.pidStartTime = readProcStat(child.pid)?.startTime ?? 0;
      record.startedAt = startedAt.toISOString();
      record.state = 'running';
      entry.child = child;
      this.store.saveContainer(record);
      entry.log.sample(startedAt.getTime());
      child.once('exit', (code, signal) => {
        if (!this.closed) this.finish(entry, { code, signal });
      });
    } catch (e) {
      if (record.state === 'running') throw e;
      this.startFailed(entry, (e as Error).message);
    }
  }

  async stopContainer(id: string, graceSeconds: number): Promise<void> {
    await this.init();
    const entry = this.entry(id);
    if (entry.record.state !== 'running') return;
    // A re-adopted process is not our child: watch it closely while it stops. The (referenced)
    // timer also keeps the event loop alive while we wait: children are unref'd.
    const watcher = setInterval(() => this.checkAdopted(entry), 50);
    try {
      if (graceSeconds > 0) {
        this.signal(entry, 'SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await Promise.race([
          entry.exited.then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceSeconds * 1000))),
        ]);
        clearTimeout(timer);
        if (!timedOut) return;
      }
      entry.killed = true;
      this.signal(entry, 'SIGKILL');
      await entry.exited;
    } finally {
      clearInterval(watcher);
    }
  }

  async removeContainer(id: string): Promise<void> {
    await this.init();
    const entry = this.containers.get(id);
    if (!entry) return;
    if (entry.record.state === 'running') await this.stopContainer(id, 0);
    entry.removed = true;
    if (entry.record.nodeMountPoints?.length) removeNodeMountPoints(entry.record.nodeMountPoints, this.mountPathsInUse(id));
    if (entry.record.cgroups && this.cgroups) await this.cgroups.remove(entry.record.cgroups);
    entry.log.remove();
    this.store.deleteContainer(id);
    this.containers.delete(id);
  }

  async containerStatus(id: string): Promise<ContainerStatus | null> {
    await this.init();
    const entry = this.containers.get(id);
    return entry ? containerStatusOf(entry.record) : null;
  }

  async listContainers(podUid?: string): Promise<ContainerStatus[]> {
    await this.init();
    return [...this.containers.values()].filter((e) => podUid === undefined || e.record.podUid === podUid).map((e) => containerStatusOf(e.record));
  }

  async exec(id: string, command: string[], timeoutMs: number): Promise<{ exitCode: number; output: string }> {
    await this.init();
    const entry = this.entry(id);
    const record = entry.record;
    if (record.state !== 'running') throw new RuntimeError('CONFLICT', `container ${id} is not running (state ${record.state})`);
    if (command.length === 0) throw new RuntimeError('INVALID', 'exec command must not be empty');
    const env = containerEnv(record.config.env);
    const exe = resolveExecutable(command[0]!, env.PATH!, record.workingDir);
    if (!exe) return { exitCode: 127, output: `exec: "${command[0]}": executable file not found in $PATH` };
    return runExec({
      argv: this.inContainerMounts(record, [exe, ...command.slice(1)]),
      env,
      cwd: record.workingDir,
      cgroupProcs: record.cgroups && this.cgroups ? this.cgroups.procsFiles(record.cgroups) : [],
      timeoutMs,
    });
  }

  async execStream(id: string, opts: ExecStreamOptions): Promise<StreamSession> {
    await this.init();
    const record = this.entry(id).record;
    if (record.state !== 'running') throw new RuntimeError('CONFLICT', `container "${record.config.name}" is not running (state ${record.state})`);
    if (opts.command.length === 0) throw new RuntimeError('INVALID', 'exec command must not be empty');
    const env = containerEnv(record.config.env);
    const exe = resolveExecutable(opts.command[0]!, env.PATH!, record.workingDir);
    if (!exe) throw new RuntimeError('NOT_FOUND', `exec: "${opts.command[0]}": executable file not found in $PATH`);
    return startExecStream({
      argv: this.inContainerMounts(record, [exe, ...opts.command.slice(1)]),
      env,
      cwd: record.workingDir,
      cgroupProcs: record.cgroups && this.cgroups ? this.cgroups.procsFiles(record.cgroups) : [],
      stdin: opts.stdin,
      tty: opts.tty,
      size: opts.size,
      signal: opts.signal,
    });
  }

  /**
   * A process container writes stdout and stderr straight to its log file (so it outlives the
   * agent), so attaching follows that file from its current end, as whole lines, both streams on
   * stdout. A container with spec `stdin: true` reads a FIFO that attach writes to; the FIFO stays
   * open (the wrapper holds it), so the container never reads an end of file (`stdinOnce` is not
   * honoured).
   */
  async attach(id: string, opts: AttachOptions): Promise<StreamSession> {
    await this.init();
    const entry = this.entry(id);
    const record = entry.record;
    if (record.state !== 'running') throw new RuntimeError('CONFLICT', `container "${record.config.name}" is not running (state ${record.state})`);
    if (opts.stdin && !record.config.stdin) throw new RuntimeError('INVALID', `container "${record.config.name}" was not created with stdin: true, so it has no stdin to attach to (attach without -i)`);
    const stdin = opts.stdin ? this.openStdinWriter(id, opts.signal) : null;
    const stdout = new PassThrough();
    const from = entry.log.end();
    const lines = readLogLines(entry.log, from, {
      follow: true,
      finished: () => entry.removed || entry.record.state === 'exited',
      ended: entry.exited,
      signal: AbortSignal.any([opts.signal, this.closing.signal]),
    });
    const exited = (async () => {
      try {
        for await (const line of lines) {
          if (!stdout.write(line)) await once(stdout, 'drain', { signal: opts.signal });
        }
      } catch {
        // detached, or the log is gone
      }
      stdout.end();
      return entry.record.exitCode ?? 0;
    })();
    return { stdin, stdout, stderr: null, resize() {}, exited };
  }

  /** The container's stdin FIFO (made if missing). */
  private stdinFifo(id: string): string {
    const fifo = path.join(this.store.containerDir(id), 'stdin');
    if (!existsSync(fifo)) {
      const made = spawnSync('mkfifo', ['-m', '600', fifo], { encoding: 'utf8' });
      if (made.status !== 0) throw new RuntimeError('UNAVAILABLE', `could not make the container's stdin FIFO: ${made.stderr || made.error?.message}`);
    }
    return fifo;
  }

  /**
   * A writer to the container's stdin FIFO: opened read-write and non-blocking (never waits for
   * a reader; a container that does not read holds the writer back, as a pipe does). Ending it
   * only closes this writer.
   */
  private openStdinWriter(id: string, signal: AbortSignal): NodeJS.WritableStream {
    const fd = openSync(this.stdinFifo(id), constants.O_RDWR | constants.O_NONBLOCK);
    const socket = new net.Socket({ fd, readable: false, writable: true });
    socket.on('error', () => {});
    signal.addEventListener('abort', () => socket.destroy(), { once: true });
    return socket;
  }

  async *logs(id: string, opts: LogOptions): AsyncIterable<string> {
    await this.init();
    const entry = this.entry(id);
    const log = entry.log;
    let from = log.segments()[0]!.start;
    if (opts.sinceSeconds !== undefined) from = Math.max(from, log.sinceOffset(opts.sinceSeconds));
    if (opts.tailLines !== undefined) from = Math.max(from, log.tailOffset(opts.tailLines));
    yield* readLogLines(log, from, {
      follow: opts.follow,
      finished: () => entry.removed || entry.record.state === 'exited',
      ended: entry.exited,
      signal: AbortSignal.any([opts.signal, this.closing.signal]),
    });
  }

  onExit(listener: (status: ContainerStatus) => void): void {
    this.listeners.push(listener);
  }

  /** Stops watching; containers keep running (a new instance re-adopts them). */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    this.timers.length = 0;
    this.closing.abort();
  }

  // ---- internals -------------------------------------------------------------------------

  private load(): void {
    try {
      this.store = new StateStore(this.opts.stateDir);
    } catch (e) {
      throw new RuntimeError('UNAVAILABLE', `the process runtime cannot use its state folder ${this.opts.stateDir}: ${(e as Error).message}`);
    }
    if (this.opts.cgroups !== false) {
      const cgroups = Cgroups.detect(this.opts.cgroups || {});
      if (cgroups.mode === 'none') {
        this.logger?.warn({ reason: cgroups.reason }, 'memory and pids limits are not enforced: no usable cgroups');
      } else {
        this.cgroups = cgroups;
        const leftovers = cgroups.removeEmpty();
        this.logger?.info({ mode: cgroups.mode, removedEmptyCgroups: leftovers }, 'containers run in their own cgroups');
      }
    } else {
      this.logger?.warn({ reason: 'disabled' }, 'memory and pids limits are not enforced: cgroups disabled');
    }
    for (const sandbox of this.store.loadSandboxes()) this.sandboxes.set(sandbox.config.uid, sandbox);
    let adopted = 0;
    for (const record of this.store.loadContainers()) {
      const entry = this.entryFor(record);
      this.containers.set(record.id, entry);
      if (record.state !== 'running') continue;
      adopted++;
      entry.log.sample();
      this.checkAdopted(entry);
    }
    if (adopted) this.logger?.info({ adopted }, 're-adopted containers left running by a previous agent');
    const poll = setInterval(() => {
      for (const entry of this.containers.values()) if (!entry.child) this.checkAdopted(entry);
    }, this.opts.exitPollMs ?? 250);
    const sample = setInterval(() => {
      const now = Date.now();
      for (const entry of this.containers.values()) {
        if (entry.record.state !== 'running') continue;
        try {
          entry.log.sample(now);
        } catch (e) {
          this.logger?.warn({ container: entry.record.id, err: (e as Error).message }, 'could not sample or rotate a container log');
        }
      }
    }, this.opts.logSampleMs ?? 1000);
    poll.unref();
    sample.unref();
    this.timers.push(poll, sample);
  }

  /** Where other running containers have mounts, with the folders above: mount points not to remove. */
  private mountPathsInUse(except: string): Set<string> {
    const paths = new Set<string>();
    for (const e of this.containers.values()) {
      if (e.record.id === except || e.record.state !== 'running') continue;
      for (const m of e.record.config.mounts ?? []) {
        for (let p = path.resolve(m.containerPath); p !== '/'; p = path.dirname(p)) paths.add(p);
      }
    }
    return paths;
  }

  /** An exec'd command sees the container's volumes: it enters the container's mount namespace. */
  private inContainerMounts(record: ContainerRecord, argv: string[]): string[] {
    // As the container's user: a probe or `kubectl exec` has no more rights than the container.
    const runAs = runAsPrefix(record.config);
    if ('error' in runAs) throw new RuntimeError('UNAVAILABLE', runAs.error);
    const asUser = [...runAs, ...argv];
    return record.config.mounts?.length && record.pid ? inMountNamespace(record.pid, record.workingDir, asUser) : asUser;
  }

  private entryFor(record: ContainerRecord): ContainerEntry {
    let markExited!: () => void;
    const exited = new Promise<void>((resolve) => (markExited = resolve));
    if (record.state === 'exited') markExited();
    return {
      record,
      log: new LogFile({
        path: record.config.logPath,
        maxBytes: record.config.logMaxBytes,
        maxFiles: record.config.logMaxFiles,
        metaDir: this.store.containerDir(record.id),
      }),
      exited,
      markExited,
      killed: false,
      removed: false,
    };
  }

  private entry(id: string): ContainerEntry {
    const entry = this.containers.get(id);
    if (!entry) throw new RuntimeError('NOT_FOUND', `container ${id} not found`);
    return entry;
  }

  private entriesOf(podUid: string): ContainerEntry[] {
    return [...this.containers.values()].filter((e) => e.record.podUid === podUid);
  }

  private checkAdopted(entry: ContainerEntry): void {
    const { record } = entry;
    if (record.state !== 'running' || entry.child) return;
    if (isProcessAlive(record.pid!, record.pidStartTime!)) return;
    this.finish(entry, null);
  }

  /**
   * SIGTERM goes to the wrapper, which passes it on to the whole process group once (like
   * systemd's KillMode=control-group); SIGKILL goes to the group and every process of the
   * container's cgroups.
   */
  private signal(entry: ContainerEntry, signal: NodeJS.Signals): void {
    const { record } = entry;
    const stat = record.pid ? readProcStat(record.pid) : null;
    const wrapperAlive = stat !== null && stat.startTime === record.pidStartTime && stat.state !== 'Z';
    const groupIsOurs = !stat || stat.startTime === record.pidStartTime; // see finish()
    if (signal === 'SIGTERM' && wrapperAlive) signalProcess(record.pid!, signal);
    else if (record.pid && groupIsOurs) signalGroup(record.pid, signal);
    if (signal === 'SIGKILL' && record.cgroups && this.cgroups) {
      for (const pid of this.cgroups.pids(record.cgroups)) signalProcess(pid, 'SIGKILL');
    }
  }

  /**
   * Records a container's end. `wrapper` is the wrapper's own status when this instance saw it
   * exit; the status the wrapper recorded for the command wins over it.
   */
  private finish(entry: ContainerEntry, wrapper: WrapperExit | null): void {
    const { record } = entry;
    if (record.state !== 'running') return;
    const { exitCode, signal, finishedAt, message } = readExitStatus(this.store.exitFile(record.id), wrapper, entry.killed);
    const oom = exitCode !== 0 && record.cgroups && this.cgroups ? this.cgroups.oomKilled(record.cgroups) : false;
    // Processes the container left behind end with it, as in a Kubernetes container (the wrapper
    // does this itself unless it was killed). A pid now held by another process means the group
    // is gone: a live group keeps its leader's pid from being reused.
    const leader = record.pid ? readProcStat(record.pid) : null;
    if (record.pid && (!leader || leader.startTime === record.pidStartTime)) signalGroup(record.pid, 'SIGKILL');
    if (record.cgroups && this.cgroups) for (const pid of this.cgroups.pids(record.cgroups)) signalProcess(pid, 'SIGKILL');
    try {
      entry.log.sample(finishedAt.getTime());
    } catch {
      // the log's folder is gone
    }
    record.state = 'exited';
    record.exitCode = exitCode;
    record.signal = signal;
    record.reason = terminatedReason(exitCode, oom);
    record.message = message;
    record.finishedAt = finishedAt.toISOString();
    this.saveQuietly(record);
    entry.markExited();
    this.emitExit(record);
  }

  private startFailed(entry: ContainerEntry, message: string): void {
    const { record } = entry;
    record.state = 'exited';
    record.exitCode = START_ERROR_EXIT_CODE;
    record.reason = 'StartError';
    record.message = message;
    record.finishedAt = new Date().toISOString();
    this.saveQuietly(record);
    entry.markExited();
    // After startContainer has returned, so the agent knows the id it is told about.
    setImmediate(() => this.emitExit(record));
  }

  private saveQuietly(record: ContainerRecord): void {
    try {
      this.store.saveContainer(record);
    } catch (e) {
      this.logger?.warn({ container: record.id, err: (e as Error).message }, 'could not save a container record');
    }
  }

  private emitExit(record: ContainerRecord): void {
    const status = containerStatusOf(record);
    for (const listener of this.listeners) {
      try {
        listener(status);
      } catch (e) {
        this.logger?.warn({ container: record.id, err: (e as Error).message }, 'an onExit listener threw');
      }
    }
  }
}
