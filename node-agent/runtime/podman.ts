/**
 * The `podman` runtime: real OCI containers through podman's API socket (`podman system service`,
 * started by `init`). One Capstan pod is one podman pod: its infra container holds the network
 * namespace the pod's containers share, and the pod's container ports are published on the pod's
 * own loopback IP (POD_IP:port → port), so traffic to POD_IP:containerPort reaches the container.
 *
 * Pods are created through the libpod API (the Docker-compatible API has no pods); everything else
 * (inspect, stop, logs, exec, events) through dockerode. Labels on every pod and container carry
 * the pod uid, container name, attempt and log path, so a new agent re-adopts what it finds.
 */
import Docker from 'dockerode';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { mkdir, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import type { AttachOptions, ContainerConfig, ContainerStatus, ExecStreamOptions, LogOptions, Runtime, SandboxConfig, SandboxStatus, StreamSession } from './types.ts';
import { LABEL, containerNameFor, podNameFor, toContainerStatus, userLabels, type InspectLike } from './podman/container-status.ts';
import { execInContainer } from './podman/exec.ts';
import { attachToContainer, execStreamInContainer } from './podman/exec-stream.ts';
import { LIBPOD, LibpodClient, PodmanApiError, filtersQuery } from './podman/libpod-client.ts';
import { demuxedLines } from './podman/log-lines.ts';
import { ensureNetwork, podNetworkFor, routeLoopbackToHost } from './podman/pod-network.ts';
import { ExitWatcher } from './podman/exit-watcher.ts';
import { OomLog } from './podman/oom-log.ts';
import { podmanPodUsage } from './podman/usage.ts';
import type { PodUsage } from './pod-usage.ts';
import { checkPodmanHost, startPodmanService, type PodmanLogger, type PodmanService } from './podman/service.ts';

export type { PodmanLogger } from './podman/service.ts';

export interface PodmanRuntimeOptions {
  /** Where the runtime keeps its socket, containers.conf and pid file. */
  stateDir: string;
  logger?: PodmanLogger;
  /** Default `<stateDir>/podman.sock` (a path in /tmp when that is too long for a unix socket). */
  socketPath?: string;
  /** podman `--root` (image and container storage); default CAPSTAN_PODMAN_ROOT, else podman's own default. */
  root?: string;
  /** podman `--runroot`; default CAPSTAN_PODMAN_RUNROOT, else podman's own default. */
  runroot?: string;
}

interface PodListEntry {
  Id: string;
  Name: string;
  Status: string;
  InfraId?: string;
  Labels?: Record<string, string> | null;
  Containers?: { Id: string; Status: string }[] | null;
}

const isNotFound = (err: unknown): boolean => err instanceof PodmanApiError && err.status === 404;
const dockerStatus = (err: unknown): number | undefined => (err as { statusCode?: number }).statusCode;

class PodmanRuntime implements Runtime {
  readonly name = 'podman' as const;
  private readonly socketPath: string;
  private readonly root?: string;
  private readonly runroot?: string;
  private service: PodmanService | null = null;
  private docker!: Docker;
  private libpod!: LibpodClient;
  private exits: ExitWatcher | null = null;
  private readonly oomLog = new OomLog();
  private readonly exitListeners: ((status: ContainerStatus) => void)[] = [];

  constructor(private readonly opts: PodmanRuntimeOptions) {
    this.socketPath = opts.socketPath ?? defaultSocketPath(opts.stateDir);
    this.root = opts.root ?? process.env.CAPSTAN_PODMAN_ROOT ?? undefined;
    this.runroot = opts.runroot ?? process.env.CAPSTAN_PODMAN_RUNROOT ?? undefined;
  }

  async init(): Promise<void> {
    const version = await checkPodmanHost();
    this.service = await startPodmanService({
      stateDir: this.opts.stateDir,
      socketPath: this.socketPath,
      root: this.root,
      runroot: this.runroot,
      logger: this.opts.logger,
    });
    if (!this.oomLog.open()) this.opts.logger?.warn({}, 'cannot read /dev/kmsg: containers killed by their memory limit will show reason Error, not OOMKilled');
    this.docker = new Docker({ socketPath: this.socketPath });
    this.libpod = new LibpodClient(this.socketPath);
    this.exits = new ExitWatcher(this.docker, this.opts.logger, async (id) => {
      // The event can come a moment before podman has saved the exited state.
      for (let i = 0; i < 20; i++) {
        const status = await this.containerStatus(id);
        if (!status) return;
        if (status.state === 'exited') {
          for (const listener of this.exitListeners) listener(status);
          return;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await this.exits.start();
    this.opts.logger?.info({ version, root: this.root ?? '(podman default)' }, 'podman runtime ready');
  }

  private get api(): LibpodClient {
    if (!this.libpod) throw new Error('podman runtime: init() was not called');
    return this.libpod;
  }

  // ─── sandboxes (podman pods) ───────────────────────────────────────────────────────────────

  async runSandbox(config: SandboxConfig): Promise<void> {
    const podName = podNameFor(config.uid);
    const net = podNetworkFor(config.ip);
    const bridge = await ensureNetwork(this.api, net);
    const existing = await this.api.request<{ State?: string }>('GET', `${LIBPOD}/pods/${podName}/json`).catch((err) => {
      if (isNotFound(err)) return null;
      throw err;
    });
    if (!existing) {
      await this.api.request('POST', `${LIBPOD}/pods/create`, {
        body: {
          name: podName,
          hostname: config.name.slice(0, 63),
          labels: {
            ...config.labels,
            [LABEL.POD_UID]: config.uid,
            [LABEL.POD_IP]: config.ip,
            [LABEL.POD_NAMESPACE]: config.namespace,
            [LABEL.POD_NAME]: config.name,
          },
          ...podResourceLimits(config),
          netns: { nsmode: 'bridge' },
          Networks: { [net.network]: { static_ips: [net.address] } },
          portmappings: portMappings(config),
        },
      });
    }
    // Starting the pod starts its infra container: the network namespace and the published ports.
    await this.api.request('POST', `${LIBPOD}/pods/${podName}/start`, { okStatuses: [304] });
    try {
      await routeLoopbackToHost(await this.infraPid(podName), config.ip, net, bridge);
    } catch (err) {
      // The pod still serves on its IP; only its way out to other pods and Services is missing.
      this.opts.logger?.warn({ err: (err as Error).message, pod: `${config.namespace}/${config.name}` }, 'cannot route 127.0.0.0/8 from the pod to the host (needs root and nsenter): its containers will not reach other pods or Services');
    }
  }

  /** The host PID of the pod's infra container (a process in the pod's network namespace). */
  private async infraPid(podName: string): Promise<number> {
    const pod = await this.api.request<{ InfraContainerID?: string }>('GET', `${LIBPOD}/pods/${podName}/json`);
    if (!pod.InfraContainerID) throw new Error(`podman pod ${podName} has no infra container`);
    const info = await this.docker.getContainer(pod.InfraContainerID).inspect();
    if (!info.State.Pid) throw new Error(`the infra container of podman pod ${podName} is not running`);
    return info.State.Pid;
  }

  async stopSandbox(uid: string, graceSeconds: number): Promise<void> {
    const containers = await this.listContainers(uid);
    await Promise.all(containers.filter((c) => c.state === 'running').map((c) => this.stopContainer(c.id, graceSeconds)));
    await this.api
      .request('POST', `${LIBPOD}/pods/${podNameFor(uid)}/stop?t=${Math.max(0, Math.round(graceSeconds))}`, {
        okStatuses: [304],
        timeoutMs: (graceSeconds + 60) * 1000,
      })
      .catch((err) => {
        if (!isNotFound(err)) throw err;
      });
  }

  async removeSandbox(uid: string): Promise<void> {
    await this.api.request('DELETE', `${LIBPOD}/pods/${podNameFor(uid)}?force=true`, { timeoutMs: 120_000 }).catch((err) => {
      if (!isNotFound(err)) throw err;
    });
  }

  /** CPU seconds and memory of every running pod, per container (podman's stats). */
  podUsage(): Promise<PodUsage[]> {
    return podmanPodUsage(this.api);
  }

  async listSandboxes(): Promise<SandboxStatus[]> {
    const pods = await this.api.request<PodListEntry[]>('GET', `${LIBPOD}/pods/json?${filtersQuery({ label: [LABEL.POD_UID] })}`);
    return (pods ?? []).map((p) => {
      const infra = p.Containers?.find((c) => c.Id === p.InfraId);
      return {
        uid: p.Labels?.[LABEL.POD_UID] ?? '',
        ip: p.Labels?.[LABEL.POD_IP] ?? '',
        ready: infra?.Status === 'running',
        labels: userLabels(p.Labels),
      };
    });
  }

  // ─── containers ────────────────────────────────────────────────────────────────────────────

  async createContainer(podUid: string, config: ContainerConfig): Promise<string> {
    await mkdir(path.dirname(config.logPath), { recursive: true });
    const mounts = [];
    for (const file of config.files ?? []) {
      await mkdir(path.dirname(file.path), { recursive: true });
      await writeFile(file.path, file.contents, { mode: file.mode ?? 0o644 });
      await chmod(file.path, file.mode ?? 0o644);
      mounts.push({ type: 'bind', source: file.path, destination: file.mountPath ?? file.path, options: ['ro', 'rbind'] });
    }
    // The pod's volumes: folders the agent prepared on the node (a tmpfs for medium Memory is
    // mounted there already, so the pod's containers share it).
    for (const m of config.mounts ?? []) {
      mounts.push({ type: 'bind', source: m.hostPath, destination: m.containerPath, options: ['rbind', m.readOnly ? 'ro' : 'rw'] });
    }
    const name = containerNameFor(podUid, config.name, config.attempt);
    const memory = config.memoryLimitBytes;
    const spec = {
      name,
      pod: podNameFor(podUid),
      image: config.image,
      // Kubernetes' rule: `command` replaces the image's entrypoint, `args` its CMD.
      ...(config.command.length ? { entrypoint: config.command, command: config.args } : config.args.length ? { command: config.args } : {}),
      env: config.env,
      ...(config.workingDir ? { work_dir: config.workingDir } : {}),
      // spec `stdin: true`: an open stdin that attach -i writes to.
      ...(config.stdin ? { stdin: true } : {}),
      // An init as PID 1 passes SIGTERM on: a plain process as PID 1 ignores it.
      init: true,
      // securityContext: user and groups (unset uid: the image's user), read-only root, privileges.
      ...(config.user?.uid !== undefined ? { user: config.user.gid !== undefined ? `${config.user.uid}:${config.user.gid}` : String(config.user.uid) } : {}),
      ...(config.user?.groups.length ? { groups: config.user.groups.map(String) } : {}),
      ...(config.readOnlyRootFilesystem ? { read_only_filesystem: true } : {}),
      ...(config.privileged ? { privileged: true } : {}),
      ...(config.capabilities?.add?.length ? { cap_add: config.capabilities.add } : {}),
      ...(config.capabilities?.drop?.length ? { cap_drop: config.capabilities.drop } : {}),
      ...(config.noNewPrivileges ? { no_new_privileges: true } : {}),
      labels: {
        [LABEL.POD_UID]: podUid,
        [LABEL.CONTAINER_NAME]: config.name,
        [LABEL.ATTEMPT]: String(config.attempt),
        [LABEL.LOG_PATH]: config.logPath,
      },
      ...(memory ? { resource_limits: { memory: { limit: memory, swap: memory } } } : {}),
      mounts,
      log_configuration: {
        driver: 'k8s-file',
        path: config.logPath,
        ...(config.logMaxBytes ? { size: config.logMaxBytes } : {}),
      },
    };
    const create = () => this.api.request<{ Id: string }>('POST', `${LIBPOD}/containers/create`, { body: spec, timeoutMs: 120_000 });
    try {
      return (await create()).Id;
    } catch (err) {
      if (err instanceof PodmanApiError && err.status === 409) {
        // The agent asks for this attempt again: the one already there is a leftover.
        await this.api.request('DELETE', `${LIBPOD}/containers/${name}?force=true`).catch(() => {});
        return (await create()).Id;
      }
      if (err instanceof PodmanApiError && /image not known|no such image/i.test(err.message)) {
        throw new Error(`image ${config.image} is not in podman's local storage (no registry is reachable: make it with \`podman import\`, e.g. scripts/make-busybox-image.ts)`);
      }
      throw err;
    }
  }

  async startContainer(id: string): Promise<void> {
    await this.api.request('POST', `${LIBPOD}/containers/${id}/start`, { okStatuses: [304], timeoutMs: 120_000 });
  }

  async stopContainer(id: string, graceSeconds: number): Promise<void> {
    const t = Math.max(0, Math.round(graceSeconds));
    try {
      // podman sends SIGTERM, then SIGKILL after t seconds; it answers once the container exited.
      await this.api.request('POST', `/v1.41/containers/${id}/stop?t=${t}`, { okStatuses: [304], timeoutMs: (t + 60) * 1000 });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  async removeContainer(id: string): Promise<void> {
    await this.api.request('DELETE', `${LIBPOD}/containers/${id}?force=true`, { timeoutMs: 120_000 }).catch((err) => {
      if (!isNotFound(err)) throw err;
    });
  }

  async containerStatus(id: string): Promise<ContainerStatus | null> {
    try {
      const info = (await this.docker.getContainer(id).inspect()) as unknown as InspectLike;
      const status = toContainerStatus(info);
      // podman's own OOMKilled flag stays false here: ask the kernel log (see oom-log.ts).
      if (status.reason === 'Error' && status.exitCode === 137 && this.oomLog.wasOomKilled(info.Id)) status.reason = 'OOMKilled';
      return status;
    } catch (err) {
      if (dockerStatus(err) === 404) return null;
      throw err;
    }
  }

  async listContainers(podUid?: string): Promise<ContainerStatus[]> {
    // Pod labels are copied onto the pod's infra container: only ours carry a container name.
    const labels = [podUid ? `${LABEL.POD_UID}=${podUid}` : LABEL.POD_UID, LABEL.CONTAINER_NAME];
    const list = await this.docker.listContainers({ all: true, filters: { label: labels } });
    const statuses = await Promise.all(list.map((c) => this.containerStatus(c.Id)));
    return statuses.filter((s): s is ContainerStatus => s !== null);
  }

  exec(id: string, command: string[], timeoutMs: number): Promise<{ exitCode: number; output: string }> {
    return execInContainer(this.docker, id, command, timeoutMs);
  }

  execStream(id: string, opts: ExecStreamOptions): Promise<StreamSession> {
    return execStreamInContainer(this.docker, id, opts);
  }

  attach(id: string, opts: AttachOptions): Promise<StreamSession> {
    return attachToContainer(this.docker, id, opts);
  }

  async *logs(id: string, opts: LogOptions): AsyncIterable<string> {
    const container = this.docker.getContainer(id);
    const base = {
      stdout: true,
      stderr: true,
      ...(opts.tailLines !== undefined ? { tail: opts.tailLines } : {}),
      ...(opts.sinceSeconds !== undefined ? { since: Math.floor(Date.now() / 1000 - opts.sinceSeconds) } : {}),
    };
    let stream: NodeJS.ReadableStream;
    try {
      stream = opts.follow
        ? await container.logs({ ...base, follow: true, abortSignal: opts.signal })
        : await logsAsStream(container, base, opts.signal);
    } catch (err) {
      if (opts.signal.aborted) return;
      if (dockerStatus(err) === 404) throw new Error(`container ${id} not found`);
      throw err;
    }
    yield* demuxedLines(stream, opts.signal);
  }

  onExit(listener: (status: ContainerStatus) => void): void {
    this.exitListeners.push(listener);
  }

  async close(): Promise<void> {
    this.exits?.stop();
    this.exits = null;
    this.oomLog.close();
    await this.service?.stop();
    this.service = null;
  }
}

/**
 * `<stateDir>/podman.sock`, unless that is too long for a unix socket (108 bytes with the NUL):
 * then a name in /tmp derived from stateDir.
 */
function defaultSocketPath(stateDir: string): string {
  const inState = path.join(path.resolve(stateDir), 'podman.sock');
  if (Buffer.byteLength(inState) < 100) return inState;
  return path.join(os.tmpdir(), `capstan-podman-${createHash('sha256').update(path.resolve(stateDir)).digest('hex').slice(0, 16)}.sock`);
}

/**
 * Every container port on the pod IP, and each `hostPort` on the node's IP (the first address of
 * the pod's /24, DESIGN §6). Each mapping once: two containers may declare the same port.
 */
function portMappings(config: SandboxConfig): { host_ip: string; host_port: number; container_port: number; protocol: string }[] {
  const nodeIp = config.ip.replace(/\.\d+$/, '.1');
  const all = config.ports.flatMap((p) => {
    const protocol = p.protocol.toLowerCase();
    const onPodIp = { host_ip: config.ip, host_port: p.containerPort, container_port: p.containerPort, protocol };
    return p.hostPort ? [onPodIp, { host_ip: nodeIp, host_port: p.hostPort, container_port: p.containerPort, protocol }] : [onPodIp];
  });
  const seen = new Set<string>();
  return all.filter((m) => {
    const key = `${m.host_ip}:${m.host_port}/${m.protocol}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The pod cgroup's limits (the sum of its containers' limits, as the agent computes them). */
function podResourceLimits(config: SandboxConfig): { resource_limits?: object } {
  const limits: { memory?: object; pids?: object } = {};
  if (config.memoryLimitBytes) limits.memory = { limit: config.memoryLimitBytes, swap: config.memoryLimitBytes };
  if (config.pidsLimit) limits.pids = { limit: config.pidsLimit };
  return Object.keys(limits).length ? { resource_limits: limits } : {};
}

/** Non-follow logs come back as one Buffer: serve them as a stream too. */
async function logsAsStream(container: Docker.Container, options: Docker.ContainerLogsOptions, signal: AbortSignal): Promise<NodeJS.ReadableStream> {
  const { Readable } = await import('node:stream');
  const buffer = await container.logs({ ...options, follow: false, abortSignal: signal });
  return Readable.from([Buffer.isBuffer(buffer) ? buffer : Buffer.from(String(buffer))]);
}

/** A runtime that runs pods as podman pods of OCI containers (see the file comment). */
export function createPodmanRuntime(opts: PodmanRuntimeOptions): Runtime {
  return new PodmanRuntime(opts);
}
