/**
 * Per-pod and per-container cgroups for the process runtime: memory and pids limits, OOM-kill
 * detection, and a reliable list of a container's processes (even those that left its process
 * group). Layout: `<parent>/capstan/<pod uid>/<container id>` in each controller, where `parent`
 * is the agent's own cgroup (cgroup v1, so containers stay inside whatever holds the agent) or the
 * root of the unified hierarchy (cgroup v2, whose "no internal processes" rule forbids children of
 * a cgroup that has processes). Pod limits go on the pod's cgroup, container limits on the
 * container's. Without a writable memory controller the runtime runs without limits.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync, accessSync, constants } from 'node:fs';
import path from 'node:path';

export type CgroupMode = 'v1' | 'v2' | 'none';

export interface CgroupLimits {
  memoryBytes?: number;
  pids?: number;
}

export interface CgroupsOptions {
  /** Mount point of the cgroup file systems (default /sys/fs/cgroup). */
  root?: string;
  /** Name of the folder that holds Capstan's cgroups (default `capstan`). */
  name?: string;
}

/** Where a container's cgroups are: one folder per controller (v1) or one folder (v2). */
export interface CgroupSet {
  dirs: string[];
  /** The folder whose memory files tell about OOM kills. */
  memoryDir?: string;
}

function ownCgroupPath(controller: string | null): string {
  // v1 lines: `4:memory:/a/b`; the v2 line: `0::/a/b`.
  for (const line of readFileSync('/proc/self/cgroup', 'utf8').split('\n')) {
    const [, controllers, p] = line.split(':');
    if (controllers === undefined || p === undefined) continue;
    if (controller === null ? controllers === '' && line.startsWith('0:') : controllers.split(',').includes(controller)) return p;
  }
  return '/';
}

function writable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(path.join(dir, 'cgroup.procs'), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function readNumberField(file: string, key: string): number {
  try {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [k, v] = line.split(/\s+/);
      if (k === key) return Number(v);
    }
  } catch {
    // gone
  }
  return 0;
}

export class Cgroups {
  readonly mode: CgroupMode;
  /** Why limits are not enforced, when `mode` is `none`. */
  readonly reason: string;
  /** v1: controller → Capstan's folder; v2: '' → Capstan's folder. */
  private readonly bases: Map<string, string>;

  private constructor(mode: CgroupMode, bases: Map<string, string>, reason: string) {
    this.mode = mode;
    this.bases = bases;
    this.reason = reason;
  }

  /** Finds usable controllers; never throws. */
  static detect(opts: CgroupsOptions = {}): Cgroups {
    const root = opts.root ?? '/sys/fs/cgroup';
    const name = opts.name ?? 'capstan';
    try {
      if (existsSync(path.join(root, 'memory', 'memory.limit_in_bytes')) || existsSync(path.join(root, 'memory', 'cgroup.procs'))) {
        const bases = new Map<string, string>();
        for (const controller of ['memory', 'pids']) {
          const mount = path.join(root, controller);
          if (!existsSync(path.join(mount, 'cgroup.procs'))) continue;
          const base = path.join(mount, ownCgroupPath(controller), name);
          if (writable(base)) bases.set(controller, base);
        }
        if (bases.has('memory')) return new Cgroups('v1', bases, '');
        return new Cgroups('none', new Map(), `cgroup v1 memory controller under ${root}/memory is not writable`);
      }
      for (const unified of [root, path.join(root, 'unified')]) {
        const controllersFile = path.join(unified, 'cgroup.controllers');
        if (!existsSync(controllersFile)) continue;
        const available = readFileSync(controllersFile, 'utf8').trim().split(/\s+/);
        if (!available.includes('memory')) continue;
        const enable = ['memory', 'pids'].filter((c) => available.includes(c));
        const base = path.join(unified, name);
        writeFileSync(path.join(unified, 'cgroup.subtree_control'), enable.map((c) => `+${c}`).join(' '));
        if (!writable(base)) continue;
        writeFileSync(path.join(base, 'cgroup.subtree_control'), enable.map((c) => `+${c}`).join(' '));
        return new Cgroups('v2', new Map([['', base]]), '');
      }
      return new Cgroups('none', new Map(), `no writable memory cgroup controller under ${root}`);
    } catch (e) {
      return new Cgroups('none', new Map(), `cgroups unusable: ${(e as Error).message}`);
    }
  }

  /** The pod's cgroups with its limits (idempotent). */
  ensurePod(podUid: string, limits: CgroupLimits): CgroupSet {
    return this.make([podUid], limits, true);
  }

  /** A container's cgroups, inside its pod's. */
  createContainer(podUid: string, containerId: string, limits: CgroupLimits): CgroupSet {
    return this.make([podUid, containerId], limits, false);
  }

  /** Where a container's cgroup folders are (whether or not they exist). */
  pathsFor(podUid: string, containerId: string): string[] {
    return [...this.bases.values()].map((base) => path.join(base, podUid, containerId));
  }

  /** `cgroup.procs` files a process writes its pid into to join the set. */
  procsFiles(set: CgroupSet): string[] {
    return set.dirs.map((d) => path.join(d, 'cgroup.procs'));
  }

  /** Whether the kernel's OOM killer killed a process of this set. */
  oomKilled(set: CgroupSet): boolean {
    if (!set.memoryDir) return false;
    if (this.mode === 'v1') return readNumberField(path.join(set.memoryDir, 'memory.oom_control'), 'oom_kill') > 0;
    return readNumberField(path.join(set.memoryDir, 'memory.events'), 'oom_kill') > 0;
  }

  /** Every process in the set (deduplicated across controllers). */
  pids(set: CgroupSet): number[] {
    const pids = new Set<number>();
    for (const dir of set.dirs) {
      try {
        for (const line of readFileSync(path.join(dir, 'cgroup.procs'), 'utf8').split('\n')) {
          if (line) pids.add(Number(line));
        }
      } catch {
        // gone
      }
    }
    return [...pids];
  }

  /**
   * Removes every empty pod and container cgroup under Capstan's folder: what agents that were
   * killed (and never came back with their state) left behind. A cgroup with a process or a
   * child is never removed (the kernel refuses), and a live pod's cgroup that happened to be empty
   * is recreated with its limits when its next container starts. Only folders older than
   * `minAgeMs` go, so a container's cgroup made a moment before its process joins is left alone.
   * Returns how many went.
   */
  removeEmpty(minAgeMs = 60_000): number {
    let removed = 0;
    const oldEnough = (dir: string) => {
      try {
        return statSync(dir).ctimeMs < Date.now() - minAgeMs;
      } catch {
        return false;
      }
    };
    const subdirs = (dir: string) => {
      try {
        return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(dir, d.name));
      } catch {
        return [];
      }
    };
    for (const base of this.bases.values()) {
      for (const pod of subdirs(base)) {
        for (const container of subdirs(pod)) {
          if (!oldEnough(container)) continue;
          try {
            rmdirSync(container);
            removed++;
          } catch {
            // in use
          }
        }
        if (!oldEnough(pod)) continue;
        try {
          rmdirSync(pod);
          removed++;
        } catch {
          // in use
        }
      }
    }
    return removed;
  }

  /** SIGKILLs what is left and removes the folders (children first). */
  async remove(set: CgroupSet): Promise<void> {
    for (let attempt = 0; attempt < 40; attempt++) {
      for (const pid of this.pids(set)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      let busy = false;
      for (const dir of set.dirs) {
        try {
          rmdirSync(dir);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'ENOENT') busy = true;
        }
      }
      if (!busy) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private make(parts: string[], limits: CgroupLimits, isPod: boolean): CgroupSet {
    const set: CgroupSet = { dirs: [] };
    for (const [controller, base] of this.bases) {
      const dir = path.join(base, ...parts);
      mkdirSync(dir, { recursive: true });
      if (this.mode === 'v2' && isPod) {
        // Children of the pod's cgroup need the controllers delegated to them.
        const available = readFileSync(path.join(dir, 'cgroup.controllers'), 'utf8').trim().split(/\s+/);
        const enable = ['memory', 'pids'].filter((c) => available.includes(c)).map((c) => `+${c}`);
        if (enable.length) writeFileSync(path.join(dir, 'cgroup.subtree_control'), enable.join(' '));
      }
      const memory = this.mode === 'v2' ? 'memory.max' : controller === 'memory' ? 'memory.limit_in_bytes' : null;
      const pids = this.mode === 'v2' || controller === 'pids' ? 'pids.max' : null;
      if (memory && limits.memoryBytes !== undefined) {
        writeFileSync(path.join(dir, memory), String(limits.memoryBytes));
        // No swapping past the limit either (as on a Kubernetes node, where swap is off).
        const swap = this.mode === 'v2' ? 'memory.swap.max' : 'memory.memsw.limit_in_bytes';
        const swapValue = this.mode === 'v2' ? '0' : String(limits.memoryBytes);
        if (existsSync(path.join(dir, swap))) writeFileSync(path.join(dir, swap), swapValue);
      }
      if (pids && limits.pids !== undefined && existsSync(path.join(dir, pids))) writeFileSync(path.join(dir, pids), String(limits.pids));
      set.dirs.push(dir);
      if (this.mode === 'v2' || controller === 'memory') set.memoryDir = dir;
    }
    return set;
  }
}
