/**
 * The container runtime interface (CRI-like) the agent drives. Two implementations:
 * `process.ts` (host processes, the default) and `podman.ts` (OCI containers through podman's
 * Docker-compatible API). The agent owns pod lifecycle (restart policy, back-off, probes, status);
 * a runtime only does what it is told and reports what it sees.
 *
 * Names: a sandbox is one pod (`uid` is the pod's uid); a container id is runtime-defined and
 * stable until `removeContainer`.
 */

export interface SandboxConfig {
  /** The pod's uid: the sandbox's identity. */
  uid: string;
  namespace: string;
  name: string;
  /** The pod's own loopback IP (127.64.0.0/10, a /24 per node). */
  ip: string;
  /** Container ports to publish on `ip` (podman); informative for `process`. */
  ports: { containerPort: number; protocol: 'TCP' | 'UDP'; hostPort?: number }[];
  /** Labels/annotations to keep with the sandbox so the agent can re-adopt it after a restart. */
  labels: Record<string, string>;
  /** Where this pod's files live on the node (logs, token files, …). */
  podDir: string;
  /** Pod-level cgroup limits: sum of containers' limits, when set. */
  memoryLimitBytes?: number;
  pidsLimit?: number;
}

/** A node path (a volume's folder, or a file or folder inside it) shown at `containerPath`. */
export interface ContainerMount {
  hostPath: string;
  /** Absolute. */
  containerPath: string;
  readOnly: boolean;
}

export interface ContainerConfig {
  /** The container's name in the pod spec. */
  name: string;
  /** Which attempt this is (0 for the first run); part of the log file name. */
  attempt: number;
  image: string;
  /** spec `command` (entrypoint) and `args`; the process runtime runs command[0] with the rest. */
  command: string[];
  args: string[];
  env: Record<string, string>;
  workingDir?: string;
  memoryLimitBytes?: number;
  /**
   * Files to place before start, e.g. the service-account token: host path → contents.
   * `mountPath`: where a container runtime (podman) shows it inside the container, read-only
   * (default: the same path as on the host). `gid`: the file's group (a root agent gives it
   * the pod's group, so that a container running as the pod's own user can read it).
   */
  files?: { path: string; contents: string; mode?: number; mountPath?: string; gid?: number }[];
  /**
   * The pod's volumes as this container mounts them, parents first. The process runtime binds
   * them in a mount namespace of the container's own; podman as bind mounts.
   */
  mounts?: ContainerMount[];
  /**
   * spec `stdin`: keep a stdin open for the container that `attach -i` writes to (the process
   * runtime: a FIFO in the container's state folder; podman: the container's open stdin).
   */
  stdin?: boolean;
  /**
   * Who the processes run as (securityContext, or the pod's own identity: see
   * node-agent/pod-identity.ts). The process runtime switches with setpriv (needs a root agent);
   * podman sets the container's user and groups. Unset `uid`: the runtime's default (podman: the
   * image's user; process: the agent's).
   */
  user?: { uid?: number; gid?: number; groups: number[] };
  /** securityContext fields honoured by podman only (the process runtime has no root filesystem or capability set of the container's own). */
  readOnlyRootFilesystem?: boolean;
  privileged?: boolean;
  capabilities?: { add?: string[]; drop?: string[] };
  /** allowPrivilegeEscalation: false (both runtimes: no_new_privs). */
  noNewPrivileges?: boolean;
  /** Where stdout/stderr go (the runtime writes, rotates at `logMaxBytes`, keeps `logMaxFiles`). */
  logPath: string;
  logMaxBytes?: number;
  logMaxFiles?: number;
}

export type ContainerRuntimeState = 'created' | 'running' | 'exited' | 'unknown';

export interface ContainerStatus {
  id: string;
  /** Pod uid and container name, so re-adopted containers can be matched to the spec. */
  podUid: string;
  name: string;
  attempt: number;
  state: ContainerRuntimeState;
  pid?: number;
  startedAt?: Date;
  finishedAt?: Date;
  exitCode?: number;
  /** Signal that ended it, when one did. */
  signal?: number;
  /** `OOMKilled`, `Error`, `Completed`, … (Kubernetes' terminated reasons). */
  reason?: string;
  message?: string;
  logPath: string;
}

export interface SandboxStatus {
  uid: string;
  ip: string;
  ready: boolean;
  labels: Record<string, string>;
}

export interface LogOptions {
  follow: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  signal: AbortSignal;
}

/** What an interactive `kubectl exec` asks for. */
export interface ExecStreamOptions {
  command: string[];
  /** Give the command a stdin the caller writes to (else it reads /dev/null). */
  stdin: boolean;
  /** Run it on a terminal (stderr is then merged into stdout, as with Kubernetes). */
  tty: boolean;
  /** With a tty: the terminal's size from the start (columns, rows), before the command runs. */
  size?: { width: number; height: number };
  /** Aborting kills the command (its whole process group). */
  signal: AbortSignal;
}

/** What an attach asks for. */
export interface AttachOptions {
  /** Write to the container's stdin (only for containers created with `stdin: true`). */
  stdin: boolean;
  /** Aborting detaches (the container keeps running). */
  signal: AbortSignal;
}

/**
 * A running exec or attach: byte streams in and out, and how it ended. `stdout` and `stderr` end
 * when the command (or the attached container) has exited and its output is drained.
 */
export interface StreamSession {
  /** null when stdin was not asked for. Ending it closes the command's stdin (EOF). */
  stdin: NodeJS.WritableStream | null;
  stdout: NodeJS.ReadableStream;
  /** null with a tty (merged into stdout). */
  stderr: NodeJS.ReadableStream | null;
  /** The terminal's new size (columns, rows); ignored without a tty. */
  resize(width: number, height: number): void;
  /** The exit code once the command (or, for attach, the container) has exited and its output is read. */
  exited: Promise<number>;
}

export interface Runtime {
  readonly name: 'process' | 'podman';
  /** Prepares the runtime (e.g. starts podman's API service); throws a clear error when it cannot run here. */
  init(): Promise<void>;
  runSandbox(config: SandboxConfig): Promise<void>;
  /** Stops every container of the sandbox (SIGTERM, then SIGKILL after `graceSeconds`). */
  stopSandbox(uid: string, graceSeconds: number): Promise<void>;
  removeSandbox(uid: string): Promise<void>;
  listSandboxes(): Promise<SandboxStatus[]>;

  createContainer(podUid: string, config: ContainerConfig): Promise<string>;
  startContainer(id: string): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceSeconds`; resolves when the container has exited. */
  stopContainer(id: string, graceSeconds: number): Promise<void>;
  removeContainer(id: string): Promise<void>;
  containerStatus(id: string): Promise<ContainerStatus | null>;
  listContainers(podUid?: string): Promise<ContainerStatus[]>;
  /** Runs `command` inside the container (exec probes); `timeoutMs` kills it. */
  exec(id: string, command: string[], timeoutMs: number): Promise<{ exitCode: number; output: string }>;
  /** Runs `command` in the container with streams (`kubectl exec`); rejects when it cannot start. */
  execStream(id: string, opts: ExecStreamOptions): Promise<StreamSession>;
  /** Attaches to the running container's output (from now on) and, if it has one, its stdin. */
  attach(id: string, opts: AttachOptions): Promise<StreamSession>;
  /** The container's log as lines (with newlines); `follow` keeps going until `signal` aborts or the container is gone. */
  logs(id: string, opts: LogOptions): AsyncIterable<string>;
  /** CPU seconds and working-set memory of each pod (optional: the process runtime has it, from cgroups). */
  podUsage?(): Promise<import('./pod-usage.ts').PodUsage[]>;
  /** Fired when a container exits (so the agent need not poll). */
  onExit(listener: (status: ContainerStatus) => void): void;
  close(): Promise<void>;
}
