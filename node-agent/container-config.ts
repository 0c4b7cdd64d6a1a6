/**
 * What the runtime is told to run for one container of a pod: command line, environment,
 * working directory, memory limit, log path and the service-account token files.
 */
import path from 'node:path';
import { buildContainerEnv, ContainerConfigError, containerCommand, type EnvContext, type EnvSources } from './container-env.ts';
import type { Container, Pod } from './pod-types.ts';
import { parseQuantity } from './quantity.ts';
import type { ContainerConfig, SandboxConfig } from './runtime/types.ts';

/** Where Kubernetes mounts the service-account token in a container. */
export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface ServiceAccountToken {
  token: string;
  namespace: string;
}

export interface ContainerConfigContext extends EnvContext {
  runtimeName: 'process' | 'podman';
  podDir: string;
  sources: EnvSources;
  /** The pod's service-account token, or null when it is not mounted (automountServiceAccountToken: false). */
  serviceAccountToken(): Promise<ServiceAccountToken | null>;
}

/** A pod's directory on the node: `<data dir>/pods/<uid>`. */
export function podDirOf(dataDir: string, uid: string): string {
  return path.join(dataDir, 'pods', uid);
}

export function memoryLimitOf(container: Container): number | undefined {
  const v = parseQuantity(container.resources?.limits?.memory);
  return v === undefined ? undefined : Math.ceil(v);
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
  const files: NonNullable<ContainerConfig['files']> = [];
  const sa = await ctx.serviceAccountToken();
  if (sa) {
    const dir = path.join(ctx.podDir, 'serviceaccount');
    files.push(
      { path: path.join(dir, 'token'), contents: sa.token, mode: 0o600, mountPath: `${SERVICE_ACCOUNT_DIR}/token` },
      { path: path.join(dir, 'namespace'), contents: sa.namespace, mode: 0o644, mountPath: `${SERVICE_ACCOUNT_DIR}/namespace` },
    );
    env.CAPSTAN_SERVICE_ACCOUNT_TOKEN_FILE = ctx.runtimeName === 'podman' ? `${SERVICE_ACCOUNT_DIR}/token` : path.join(dir, 'token');
  }
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
    files,
  };
  if (container.workingDir) config.workingDir = container.workingDir;
  if (container.stdin) config.stdin = true;
  const memory = memoryLimitOf(container);
  if (memory !== undefined) config.memoryLimitBytes = memory;
  return config;
}
