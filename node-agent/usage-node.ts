/**
 * The node's own usage, as the kubelet reports it for NodeMetrics: CPU time of the whole machine
 * from /proc/stat (every state but idle and iowait) and the memory working set from
 * /proc/meminfo (MemTotal − MemAvailable: what is in use and cannot simply be dropped, the
 * closest host-wide figure to the root cgroup's working set that needs no cgroup).
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux everywhere). */
const USER_HZ = 100;

export interface NodeUsageSample {
  /** CPU seconds the machine spent busy since boot, all cores together. */
  cpuSeconds: number;
  memoryWorkingSetBytes: number;
}

/** Busy CPU seconds from the text of /proc/stat (its aggregate `cpu` line). */
export function busyCpuSeconds(procStat: string): number | undefined {
  const line = procStat.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return undefined;
  // user nice system idle iowait irq softirq steal (guest and guest_nice are already in user and nice)
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>((s, v) => s + (Number.isFinite(v) ? v! : 0), 0);
  return busy / USER_HZ;
}

/** MemTotal − MemAvailable, in bytes, from the text of /proc/meminfo. */
export function memoryWorkingSet(meminfo: string): number | undefined {
  const kb = (key: string) => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(meminfo);
    return m ? Number(m[1]) : undefined;
  };
  const total = kb('MemTotal');
  const available = kb('MemAvailable');
  if (total === undefined || available === undefined) return undefined;
  return Math.max(0, total - available) * 1024;
}

/** This machine's usage now, or undefined where /proc cannot be read (not Linux). */
export function readNodeUsage(): NodeUsageSample | undefined {
  try {
    const cpuSeconds = busyCpuSeconds(readFileSync('/proc/stat', 'utf8'));
    const memoryWorkingSetBytes = memoryWorkingSet(readFileSync('/proc/meminfo', 'utf8'));
    if (cpuSeconds === undefined || memoryWorkingSetBytes === undefined) return undefined;
    return { cpuSeconds, memoryWorkingSetBytes };
  } catch {
    return undefined;
  }
}
