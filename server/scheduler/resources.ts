/**
 * What a pod asks for and what a node offers, in the units the scheduler compares.
 *
 * Kept beside the scheduler until `server/kinds/pod.ts` (`podRequests`) is in; it mirrors
 * Kubernetes' `resource.PodRequests`: the app containers add up, the pod needs at least as much
 * as its largest init container, restartable init containers (sidecars) run beside everything
 * started after them, and `spec.overhead` comes on top. Quantities are parsed by
 * `server/kinds/quantity.ts` only.
 */
import { cpuMillis, memoryBytes, parseQuantity } from '../kinds/quantity.ts';
import type { KObject } from '../kinds/types.ts';

export interface ResourceRequests {
  cpuMillis: bigint;
  memoryBytes: bigint;
}

export interface NodeAllocatable extends ResourceRequests {
  pods: number;
}

/** What scoring assumes a container without a cpu request uses (Kubernetes' DefaultMilliCPURequest). */
export const DEFAULT_MILLI_CPU_REQUEST = 100n;
/** What scoring assumes a container without a memory request uses (Kubernetes' DefaultMemoryRequest). */
export const DEFAULT_MEMORY_REQUEST = 200n * 1024n * 1024n;
/** The kubelet's default --max-pods, used when a node reports no pods capacity. */
export const DEFAULT_MAX_PODS = 110;

type ResourceList = Record<string, string | number> | undefined;

function quantity(list: ResourceList, name: string): string | undefined {
  const v = list?.[name];
  return v === undefined || v === null ? undefined : String(v);
}

/**
 * One container's requests. Requests default to limits as the API server's defaulting does;
 * with `nonZero`, a resource left unset (not one set to zero) counts as Kubernetes' default.
 */
function containerRequests(container: any, nonZero: boolean): ResourceRequests {
  const requests: ResourceList = container?.resources?.requests;
  const limits: ResourceList = container?.resources?.limits;
  const cpu = quantity(requests, 'cpu') ?? quantity(limits, 'cpu');
  const memory = quantity(requests, 'memory') ?? quantity(limits, 'memory');
  return {
    cpuMillis: cpu !== undefined ? cpuMillis(cpu) : nonZero ? DEFAULT_MILLI_CPU_REQUEST : 0n,
    memoryBytes: memory !== undefined ? memoryBytes(memory) : nonZero ? DEFAULT_MEMORY_REQUEST : 0n,
  };
}

const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);

function requestsOf(pod: KObject, nonZero: boolean): ResourceRequests {
  const spec = pod.spec ?? {};
  let cpu = 0n;
  let memory = 0n;
  for (const c of spec.containers ?? []) {
    const r = containerRequests(c, nonZero);
    cpu += r.cpuMillis;
    memory += r.memoryBytes;
  }
  let sidecarCpu = 0n;
  let sidecarMemory = 0n;
  let initCpu = 0n;
  let initMemory = 0n;
  for (const c of spec.initContainers ?? []) {
    const r = containerRequests(c, nonZero);
    if (c?.restartPolicy === 'Always') {
      // A sidecar keeps running next to the app containers and next to later init containers.
      cpu += r.cpuMillis;
      memory += r.memoryBytes;
      sidecarCpu += r.cpuMillis;
      sidecarMemory += r.memoryBytes;
      initCpu = max(initCpu, sidecarCpu);
      initMemory = max(initMemory, sidecarMemory);
    } else {
      initCpu = max(initCpu, r.cpuMillis + sidecarCpu);
      initMemory = max(initMemory, r.memoryBytes + sidecarMemory);
    }
  }
  cpu = max(cpu, initCpu);
  memory = max(memory, initMemory);
  const overheadCpu = quantity(spec.overhead, 'cpu');
  const overheadMemory = quantity(spec.overhead, 'memory');
  if (overheadCpu !== undefined) cpu += cpuMillis(overheadCpu);
  if (overheadMemory !== undefined) memory += memoryBytes(overheadMemory);
  return { cpuMillis: cpu, memoryBytes: memory };
}

/** The cpu and memory a pod reserves on its node; what NodeResourcesFit checks. */
export function podRequests(pod: KObject): ResourceRequests {
  return requestsOf(pod, false);
}

/**
 * The pod's requests with unset container requests counted as the defaults (100m cpu, 200Mi),
 * so that scoring does not pile best-effort pods onto one node.
 */
export function podNonZeroRequests(pod: KObject): ResourceRequests {
  return requestsOf(pod, true);
}

/** What a node offers pods: `status.allocatable`, falling back per resource to `status.capacity`. */
export function nodeAllocatable(node: KObject): NodeAllocatable {
  const allocatable: ResourceList = node.status?.allocatable;
  const capacity: ResourceList = node.status?.capacity;
  const cpu = quantity(allocatable, 'cpu') ?? quantity(capacity, 'cpu');
  const memory = quantity(allocatable, 'memory') ?? quantity(capacity, 'memory');
  const pods = quantity(allocatable, 'pods') ?? quantity(capacity, 'pods');
  return {
    cpuMillis: cpu !== undefined ? cpuMillis(cpu) : 0n,
    memoryBytes: memory !== undefined ? memoryBytes(memory) : 0n,
    pods: pods !== undefined ? Number(parseQuantity(pods).value()) : DEFAULT_MAX_PODS,
  };
}
