/**
 * The Node object this agent reports: capacity, allocatable, addresses, labels, system info and
 * conditions (Ready and the pressure conditions, computed cheaply from the host).
 */
import { readFileSync, statfsSync } from 'node:fs';
import os from 'node:os';

export interface NodeFacts {
  nodeName: string;
  cpu: number;
  memoryBytes: number;
  maxPods: number;
  /** The node's address: the first address of its pod CIDR (empty until it has one). */
  internalIP: string;
  runtimeName: string;
  runtimeVersion: string;
  agentVersion: string;
  dataDir: string;
}

export interface NodeCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  lastHeartbeatTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x' };

export function goArch(arch = process.arch): string {
  return ARCH[arch] ?? arch;
}

function readTrimmed(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function osImage(): string {
  const m = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readTrimmed('/etc/os-release'));
  return m?.[1] ?? `${os.type()} ${os.release()}`;
}

/** Labels every node has (Kubernetes' well-known labels) plus the ones given with --labels. */
export function nodeLabels(nodeName: string, extra: Record<string, string>): Record<string, string> {
  return { 'kubernetes.io/hostname': nodeName, 'kubernetes.io/os': process.platform, 'kubernetes.io/arch': goArch(), ...extra };
}

export interface HostPressure {
  memory: boolean;
  disk: boolean;
  pids: boolean;
}

/** Pressure as the kubelet's default eviction thresholds see it: memory.available < 100Mi, nodefs.available < 10%, pids > 90% of pid_max. */
export function hostPressure(dataDir: string): HostPressure {
  let disk = false;
  try {
    const fs = statfsSync(dataDir);
    disk = fs.blocks > 0 && fs.bavail / fs.blocks < 0.1;
  } catch {
    /* the data dir's file system cannot be read: report no pressure rather than guess */
  }
  let pids = false;
  const pidMax = Number(readTrimmed('/proc/sys/kernel/pid_max'));
  const loadavg = readTrimmed('/proc/loadavg').split(' ')[3]; // running/total
  const total = Number(loadavg?.split('/')[1]);
  if (pidMax > 0 && total > 0) pids = total / pidMax > 0.9;
  return { memory: os.freemem() < 100 * 2 ** 20, disk, pids };
}

function cond(type: string, pressure: boolean, reasons: [string, string], messages: [string, string]): NodeCondition {
  return pressure
    ? { type, status: 'True', reason: reasons[0], message: messages[0] }
    : { type, status: 'False', reason: reasons[1], message: messages[1] };
}

/** The conditions now; lastTransitionTime kept from `old` when a status did not change. */
export function nodeConditions(pressure: HostPressure, old: NodeCondition[], now: string): NodeCondition[] {
  const next: NodeCondition[] = [
    { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'capstan agent is posting ready status' },
    cond('MemoryPressure', pressure.memory, ['KubeletHasInsufficientMemory', 'KubeletHasSufficientMemory'], ['kubelet has insufficient memory available', 'kubelet has sufficient memory available']),
    cond('DiskPressure', pressure.disk, ['KubeletHasDiskPressure', 'KubeletHasNoDiskPressure'], ['kubelet has disk pressure', 'kubelet has no disk pressure']),
    cond('PIDPressure', pressure.pids, ['KubeletHasInsufficientPID', 'KubeletHasSufficientPID'], ['kubelet has insufficient PID available', 'kubelet has sufficient PID available']),
  ];
  return next.map((c) => {
    const before = old.find((o) => o.type === c.type);
    return { ...c, lastHeartbeatTime: now, lastTransitionTime: before && before.status === c.status && before.lastTransitionTime ? before.lastTransitionTime : now };
  });
}

/** The whole status the agent writes with updateNodeStatus. */
export function nodeStatus(f: NodeFacts, conditions: NodeCondition[]): Record<string, unknown> {
  const memoryKi = `${Math.floor(f.memoryBytes / 1024)}Ki`;
  const capacity = { cpu: String(f.cpu), memory: memoryKi, pods: String(f.maxPods), 'ephemeral-storage': '0' };
  const addresses = [...(f.internalIP ? [{ type: 'InternalIP', address: f.internalIP }] : []), { type: 'Hostname', address: f.nodeName }];
  return {
    capacity: { cpu: capacity.cpu, memory: capacity.memory, pods: capacity.pods },
    allocatable: { cpu: capacity.cpu, memory: capacity.memory, pods: capacity.pods },
    conditions,
    addresses,
    daemonEndpoints: { kubeletEndpoint: { Port: 0 } },
    nodeInfo: {
      machineID: readTrimmed('/etc/machine-id'),
      systemUUID: readTrimmed('/sys/class/dmi/id/product_uuid'),
      bootID: readTrimmed('/proc/sys/kernel/random/boot_id'),
      kernelVersion: os.release(),
      osImage: osImage(),
      containerRuntimeVersion: `${f.runtimeName}://${f.runtimeVersion}`,
      kubeletVersion: `capstan-${f.agentVersion}`,
      kubeProxyVersion: `capstan-${f.agentVersion}`,
      operatingSystem: process.platform,
      architecture: goArch(),
    },
  };
}
