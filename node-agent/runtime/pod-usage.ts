/**
 * What a pod of the process runtime uses, read from the kernel: memory from its cgroup (the
 * working set, as the kubelet reports it: usage minus inactive file cache; cgroup v1 and v2
 * paths), CPU from its processes' /proc/<pid>/stat (user + system time of the live processes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PodUsage {
  /** The pod's uid. */
  uid: string;
  /** CPU time of its live processes, in seconds (drops when a busy process exits). */
  cpuSeconds: number;
  /** Working set: memory in use minus inactive file cache. */
  memoryBytes: number;
  /** The same per container, when the runtime measures containers apart (podman). */
  containers?: { name: string; cpuSeconds: number; memoryBytes: number }[];
}

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux everywhere). */
const USER_HZ = 100;

function readNumber(file: string): number | undefined {
  try {
    const n = Number(readFileSync(file, 'utf8').trim());
    return Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

function statField(file: string, key: string): number {
  try {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [k, v] = line.split(' ');
      if (k === key) return Number(v) || 0;
    }
  } catch {
    // gone
  }
  return 0;
}

/** The working set of the memory cgroup at `dir` (v1: memory.usage_in_bytes; v2: memory.current). */
export function memoryWorkingSet(dir: string, mode: 'v1' | 'v2'): number {
  const usage = readNumber(path.join(dir, mode === 'v1' ? 'memory.usage_in_bytes' : 'memory.current')) ?? 0;
  const inactive = statField(path.join(dir, 'memory.stat'), mode === 'v1' ? 'total_inactive_file' : 'inactive_file');
  return Math.max(0, usage - inactive);
}

/** User + system CPU seconds of `pids`, from /proc/<pid>/stat (fields 14 and 15). */
export function cpuSecondsOf(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks / USER_HZ;
}

/** Every pid in the cgroup folder `dir` and its children. */
export function pidsUnder(dir: string): number[] {
  const pids: number[] = [];
  const walk = (d: string) => {
    try {
      for (const line of readFileSync(path.join(d, 'cgroup.procs'), 'utf8').split('\n')) if (line) pids.push(Number(line));
      for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) walk(path.join(d, e.name));
    } catch {
      // gone
    }
  };
  walk(dir);
  return pids;
}
