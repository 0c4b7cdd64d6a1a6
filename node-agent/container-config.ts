/**
 * What the runtime is told to run for one container of a pod: command line, environment,
 * working directory, memory limit and log path. (The service-account token is a volume:
 * volumes/api-access-volume.ts.)
 */
import { chmod, chown, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildContainerEnv, ContainerConfigError, containerCommand, type EnvContext, type EnvSources } from './container-env.ts';
import type { Container, Pod } from './pod-types.ts';
import { checkRunAsNonRoot, containerRunAs } from './pod-identity.ts';
import { parseQuantity } from './quantity.ts';
import type { ContainerConfig, ContainerMount, SandboxConfig } from './runtime/types.ts';

/** Where Kubernetes mounts the service-account token in a container. */
export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface ContainerConfigContext extends EnvContext {
  runtimeName: 'process' | 'podman';
  podDir: string;
  sources: EnvSources;
  /** Run the pod as its own unprivileged identity when its spec names none (the process runtime on a root agent: pod-identity.ts). */
  isolate?: boolean;
  /**
   * Where this container reads its service-account token (in `CAPSTAN_SERVICE_ACCOUNT_TOKEN_FILE`):
   * the mounted path, or the node's file where the runtime cannot mount; none when not mounted.
   */
  serviceAccountTokenFile?: string;
}

/** A pod's directory on the node: `<data dir>/pods/<uid>`. */
export function podDirOf(dataDir: string, uid: string): string {
  return path.join(dataDir, 'pods', uid);
}

export function memoryLimitOf(container: Container): number | undefined {
  const v = parseQuantity(container.resources?.limits?.memory);
  return v === undefined ? undefined : Math.ceil(v);
}

/** Where Kubernetes shows a container its termination-message file by default. */
export const DEFAULT_TERMINATION_MESSAGE_PATH = '/dev/termination-log';

/** The node file behind attempt `attempt` of `container`'s terminationMessagePath. */
export function terminationFileOf(podDir: string, container: string, attempt: number): string {
  return path.join(podDir, 'termination', `${container}_${attempt}`);
}

/**
 * Makes the empty termination-message file of this attempt and returns its mount at the
 * container's terminationMessagePath. The process runtime binds it in a mount namespace, which
 * needs a root agent: without root there is none (the message then comes from logs only).
 */
export async function terminationMount(container: Container, attempt: number, podDir: string, runtimeName: 'process' | 'podman', gid?: number): Promise<ContainerMount | null> {
  if (runtimeName === 'process' && process.getuid?.() !== 0) return null;
  const file = terminationFileOf(podDir, container.name, attempt);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o755 });
  await writeFile(file, '', { mode: 0o600 });
  // Writable by the pod's group only (its folder is not: the agent reads the file back as root).
  if (gid !== undefined && process.getuid?.() === 0) {
    await chown(file, 0, gid);
    await chmod(file, 0o660);
  } else await chmod(file, 0o666);
  return { hostPath: file, containerPath: container.terminationMessagePath || DEFAULT_TERMINATION_MESSAGE_PATH, readOnly: false };
}

/** The sandbox of a pod: its IP, its ports, its labels (for re-adoption) and the sum of its memory limits. */
export function sandboxConfig(pod: Pod, ip: string, podDir: string): SandboxConfig {
  const limits = pod.spec.containers.map(memoryLimitOf);
  const config: SandboxConfig = {
    uid: pod.metadata.uid,
    namespace: pod.metadata.namespace,
    name: pod.metadata.name,
    ip,
    ports: pod.spec.containers.flatMap((c) =>
      (c.ports ?? []).map((p) => ({ containerPort: p.containerPort, protocol: p.protocol === 'UDP' ? ('UDP' as const) : ('TCP' as const), ...(p.hostPort ? { hostPort: p.hostPort } : {}) })),
    ),
    labels: { 'capstan.io/pod-namespace': pod.metadata.namespace, 'capstan.io/pod-name': pod.metadata.name, 'capstan.io/pod-uid': pod.metadata.uid },
    podDir,
  };
  if (limits.length > 0 && limits.every((l) => l !== undefined)) config.memoryLimitBytes = (limits as number[]).reduce((a, b) => a + b, 0);
  return config;
}

/** The runtime's configuration of attempt `attempt` of `container`. Throws ContainerConfigError when it cannot be built. */
export async function buildContainerConfig(pod: Pod, container: Container, attempt: number, ctx: ContainerConfigContext): Promise<ContainerConfig> {
  const env = await buildContainerEnv(pod, container, ctx, ctx.sources);
  const runAs = containerRunAs(pod, container, ctx.isolate === true);
  checkRunAsNonRoot(pod, container, runAs);
  if (ctx.serviceAccountTokenFile) env.CAPSTAN_SERVICE_ACCOUNT_TOKEN_FILE = ctx.serviceAccountTokenFile;
  const { command, args } = containerCommand(container, env);
  if (ctx.runtimeName === 'process' && command.length === 0 && args.length === 0) {
    throw new ContainerConfigError(`container ${container.name} has no command: the process runtime runs command and args as a host process`);
  }
  const config: ContainerConfig = {
    name: container.name,
    attempt,
    image: container.image ?? '',
    command,
    args,
    env,
    logPath: path.join(ctx.podDir, 'logs', `${container.name}_${attempt}.log`),
  };
  if (container.workingDir) config.workingDir = container.workingDir;
  if (runAs.uid !== undefined || runAs.gid !== undefined || runAs.groups.length > 0) config.user = runAs;
  const sc = container.securityContext;
  if (sc?.readOnlyRootFilesystem) config.readOnlyRootFilesystem = true;
  if (sc?.privileged) config.privileged = true;
  if (sc?.capabilities?.add?.length || sc?.capabilities?.drop?.length) config.capabilities = sc.capabilities;
  if (sc?.allowPrivilegeEscalation === false) config.noNewPrivileges = true;
  if (container.stdin) config.stdin = true;
  const memory = memoryLimitOf(container);
  if (memory !== undefined) config.memoryLimitBytes = memory;
  return config;
}
