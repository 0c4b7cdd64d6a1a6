/**
 * The few mounts the agent itself makes on the node: a tmpfs for each `emptyDir` with
 * `medium: Memory` (mounted on the node, not in a container, so that every container of the pod
 * shares it, as the kubelet does). Needs root; `mount`/`umount` from util-linux.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface HostMounter {
  /** Mounts a tmpfs on `dir` (which exists), of at most `sizeBytes` when given. */
  mountTmpfs(dir: string, sizeBytes?: number): Promise<void>;
  unmount(dir: string): Promise<void>;
  /** Whether something is mounted on `dir`. */
  isMountPoint(dir: string): boolean;
}

/** `/proc/self/mountinfo` escapes space, tab, newline and backslash as octal. */
function unescapeMountPath(p: string): string {
  return p.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

export const hostMounter: HostMounter = {
  async mountTmpfs(dir, sizeBytes) {
    const options = ['mode=0777', ...(sizeBytes ? [`size=${Math.max(4096, Math.ceil(sizeBytes))}`] : [])];
    try {
      await run('mount', ['-t', 'tmpfs', '-o', options.join(','), 'tmpfs', dir]);
    } catch (err) {
      const stderr = (err as { stderr?: string }).stderr?.trim();
      throw new Error(`cannot mount a tmpfs for an emptyDir with medium Memory on ${dir} (the agent needs root): ${stderr || (err as Error).message}`);
    }
  },
  async unmount(dir) {
    // Lazy: a process still inside it must not keep the pod's folder from going away.
    await run('umount', ['-l', dir]);
  },
  isMountPoint(dir) {
    try {
      return readFileSync('/proc/self/mountinfo', 'utf8')
        .split('\n')
        .some((line) => line.split(' ')[4] !== undefined && unescapeMountPath(line.split(' ')[4]!) === dir);
    } catch {
      return false;
    }
  },
};

/** Unmounts everything mounted under `dir`, deepest first (the folder of a pod that is gone). */
export async function unmountUnder(dir: string, mounter: Pick<HostMounter, 'unmount'> = hostMounter): Promise<void> {
  let points: string[];
  try {
    points = readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .map((line) => line.split(' ')[4])
      .filter((p): p is string => p !== undefined)
      .map(unescapeMountPath)
      .filter((p) => p.startsWith(`${dir}/`));
  } catch {
    return;
  }
  for (const p of points.sort((a, b) => b.length - a.length)) await mounter.unmount(p).catch(() => {});
}
