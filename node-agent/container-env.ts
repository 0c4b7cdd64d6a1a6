/**
 * A container's environment, built as the kubelet builds it (makeEnvironmentVariables):
 * HOSTNAME (the pod's hostname, as a container runtime sets it) and Capstan's pod variables
 * (POD_IP, POD_NAME, POD_NAMESPACE, NODE_NAME), then the Kubernetes
 * service variables of the Services in the pod's namespace, then `envFrom`, then `env` (later
 * ones win), with `$(VAR)` references expanded against what is defined before them.
 * Secrets and ConfigMaps come through `EnvSources`, so this stays testable without a server.
 */
import type { Container, EnvVar, Pod, Service } from './pod-types.ts';
import { parseQuantity } from './quantity.ts';

export interface EnvSources {
  /** The ConfigMap's data, or null when it does not exist. */
  configMap(namespace: string, name: string): Promise<Record<string, string> | null>;
  /** The Secret's data, decoded from base64, or null when it does not exist. */
  secret(namespace: string, name: string): Promise<Record<string, string> | null>;
  /** The Services of the namespace (for the service variables). */
  services(namespace: string): Promise<Service[]>;
}

export interface EnvContext {
  nodeName: string;
  podIP: string;
  hostIP: string;
  /** The node's capacity, for resourceFieldRef of a resource the container does not limit. */
  nodeCpu: number;
  nodeMemoryBytes: number;
}

/** Why a container cannot be configured (Kubernetes' CreateContainerConfigError). */
export class ContainerConfigError extends Error {
  override name = 'ContainerConfigError';
}

/**
 * Expands `$(NAME)` with `lookup`; `$$` is an escaped `$`; unknown references stay as they are
 * (Kubernetes' third_party/forked/golang/expansion).
 */
export function expandVars(input: string, lookup: (name: string) => string | undefined): string {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c !== '$' || i + 1 >= input.length) {
      out += c;
      continue;
    }
    const next = input[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '(') {
      const close = input.indexOf(')', i + 2);
      if (close === -1) {
        out += input.slice(i);
        break;
      }
      const name = input.slice(i + 2, close);
      const value = lookup(name);
      out += value ?? `$(${name})`;
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

/** `my-svc` → `MY_SVC` (Kubernetes' service env name). */
export function serviceEnvName(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/** `<SVC>_SERVICE_HOST`, `<SVC>_SERVICE_PORT[_<NAME>]` and the Docker-link variables, for Services with a cluster IP. */
export function serviceEnv(services: Service[]): Record<string, string> {
  const env: Record<string, string> = {};
  const sorted = [...services].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  for (const svc of sorted) {
    const ip = svc.spec?.clusterIP;
    const ports = svc.spec?.ports ?? [];
    if (!ip || ip === 'None' || ports.length === 0) continue;
    const name = serviceEnvName(svc.metadata.name);
    env[`${name}_SERVICE_HOST`] = ip;
    env[`${name}_SERVICE_PORT`] = String(ports[0]!.port);
    for (const p of ports) if (p.name) env[`${name}_SERVICE_PORT_${serviceEnvName(p.name)}`] = String(p.port);
    const proto0 = (ports[0]!.protocol ?? 'TCP').toLowerCase();
    env[`${name}_PORT`] = `${proto0}://${ip}:${ports[0]!.port}`;
    for (const p of ports) {
      const proto = (p.protocol ?? 'TCP').toLowerCase();
      const prefix = `${name}_PORT_${p.port}_${proto.toUpperCase()}`;
      env[prefix] = `${proto}://${ip}:${p.port}`;
      env[`${prefix}_PROTO`] = proto;
      env[`${prefix}_PORT`] = String(p.port);
      env[`${prefix}_ADDR`] = ip;
    }
  }
  return env;
}

/** The value of a `fieldRef` (the paths Kubernetes allows in env). */
export function fieldRefValue(pod: Pod, fieldPath: string, ctx: EnvContext): string {
  const labelOrAnnotation = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(fieldPath);
  if (labelOrAnnotation) {
    const map = labelOrAnnotation[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations;
    return map?.[labelOrAnnotation[2]!] ?? '';
  }
  switch (fieldPath) {
    case 'metadata.name':
      return pod.metadata.name;
    case 'metadata.namespace':
      return pod.metadata.namespace;
    case 'metadata.uid':
      return pod.metadata.uid;
    case 'spec.nodeName':
      return pod.spec.nodeName ?? ctx.nodeName;
    case 'spec.serviceAccountName':
      return pod.spec.serviceAccountName ?? 'default';
    case 'status.podIP':
    case 'status.podIPs':
      return ctx.podIP;
    case 'status.hostIP':
    case 'status.hostIPs':
      return ctx.hostIP;
    default:
      throw new ContainerConfigError(`unsupported fieldRef fieldPath "${fieldPath}"`);
  }
}

/** The value of a `resourceFieldRef`: limits fall back to the node's capacity, as in Kubernetes; cpu rounds up. */
export function resourceFieldValue(pod: Pod, container: Container, ref: NonNullable<EnvVar['valueFrom']>['resourceFieldRef'] & {}, ctx: EnvContext): string {
  const target = ref.containerName ? pod.spec.containers.find((c) => c.name === ref.containerName) : container;
  if (!target) throw new ContainerConfigError(`resourceFieldRef: no container named "${ref.containerName}"`);
  const [kind, resource] = ref.resource.split('.') as ['limits' | 'requests', string];
  if ((kind !== 'limits' && kind !== 'requests') || (resource !== 'cpu' && resource !== 'memory' && resource !== 'ephemeral-storage')) {
    throw new ContainerConfigError(`unsupported resourceFieldRef resource "${ref.resource}"`);
  }
  let value = parseQuantity(target.resources?.[kind]?.[resource]);
  if (value === undefined) {
    if (kind === 'requests') value = 0;
    else value = resource === 'cpu' ? ctx.nodeCpu : resource === 'memory' ? ctx.nodeMemoryBytes : 0;
  }
  const divisor = parseQuantity(ref.divisor) || 1;
  return String(Math.ceil(value / divisor));
}

/** The environment of `container` in `pod`. Throws ContainerConfigError for a missing required Secret, ConfigMap or key. */
export async function buildContainerEnv(pod: Pod, container: Container, ctx: EnvContext, sources: EnvSources): Promise<Record<string, string>> {
  const ns = pod.metadata.namespace;
  const env: Record<string, string> = {
    // spec.hostname when set, else the pod's name (Kubernetes truncates it to 63 characters).
    HOSTNAME: (pod.spec as { hostname?: string }).hostname || pod.metadata.name.slice(0, 63),
    POD_IP: ctx.podIP,
    POD_NAME: pod.metadata.name,
    POD_NAMESPACE: ns,
    NODE_NAME: ctx.nodeName,
  };
  if (pod.spec.enableServiceLinks !== false) Object.assign(env, serviceEnv(await sources.services(ns)));

  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const name = from.configMapRef.name ?? '';
      const data = await sources.configMap(ns, name);
      if (data === null) {
        if (from.configMapRef.optional) continue;
        throw new ContainerConfigError(`configmap "${name}" not found`);
      }
      for (const [k, v] of Object.entries(data)) env[prefix + k] = v;
    } else if (from.secretRef) {
      const name = from.secretRef.name ?? '';
      const data = await sources.secret(ns, name);
      if (data === null) {
        if (from.secretRef.optional) continue;
        throw new ContainerConfigError(`secret "${name}" not found`);
      }
      for (const [k, v] of Object.entries(data)) env[prefix + k] = v;
    }
  }

  for (const v of container.env ?? []) {
    const lookup = (name: string) => env[name];
    if (v.valueFrom === undefined) {
      env[v.name] = expandVars(v.value ?? '', lookup);
      continue;
    }
    const from = v.valueFrom;
    if (from.fieldRef) env[v.name] = fieldRefValue(pod, from.fieldRef.fieldPath, ctx);
    else if (from.resourceFieldRef) env[v.name] = resourceFieldValue(pod, container, from.resourceFieldRef, ctx);
    else if (from.configMapKeyRef) {
      const ref = from.configMapKeyRef;
      const data = await sources.configMap(ns, ref.name ?? '');
      if (data === null) {
        if (ref.optional) continue;
        throw new ContainerConfigError(`configmap "${ref.name}" not found`);
      }
      if (!(ref.key in data)) {
        if (ref.optional) continue;
        throw new ContainerConfigError(`couldn't find key ${ref.key} in ConfigMap ${ns}/${ref.name}`);
      }
      env[v.name] = data[ref.key]!;
    } else if (from.secretKeyRef) {
      const ref = from.secretKeyRef;
      const data = await sources.secret(ns, ref.name ?? '');
      if (data === null) {
        if (ref.optional) continue;
        throw new ContainerConfigError(`secret "${ref.name}" not found`);
      }
      if (!(ref.key in data)) {
        if (ref.optional) continue;
        throw new ContainerConfigError(`couldn't find key ${ref.key} in Secret ${ns}/${ref.name}`);
      }
      env[v.name] = data[ref.key]!;
    }
  }
  return env;
}

/** The container's command line with `$(VAR)` expanded from its env: [command..., args...]. */
export function containerCommand(container: Container, env: Record<string, string>): { command: string[]; args: string[] } {
  const lookup = (name: string) => env[name];
  return {
    command: (container.command ?? []).map((s) => expandVars(s, lookup)),
    args: (container.args ?? []).map((s) => expandVars(s, lookup)),
  };
}
