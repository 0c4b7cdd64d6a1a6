/**
 * Volumes for host-process containers: each container with mounts runs in a mount namespace of
 * its own (`unshare --mount --propagation slave`), where a small script binds the pod's prepared
 * volume folders onto the requested paths before the wrapper starts the command. The container
 * sees its volumes at the paths it asked for, and no other process sees them: a mount at
 * `/etc/app` hides the node's own `/etc/app` from the container only.
 *
 * - `unshare` execs (no fork: no `--pid`/`--fork`), so the wrapper keeps the pid the runtime
 *   records, and re-adoption after an agent restart works as before.
 * - Propagation `slave`: the node's later mounts and unmounts (a pod's tmpfs going away) still
 *   reach the container; nothing mounted inside reaches the node.
 * - Mount points are made inside the namespace, after their parents are mounted, with `mkdir -p`
 *   (folders) or `: >` (files). A mount point outside every volume is made on the node's own
 *   filesystem (an empty folder or file), as there is no container image root to make it in.
 * - `readOnly` is a read-only bind remount of that mount.
 * - `exec` (probes, `kubectl exec`) enters the namespace with `nsenter --mount`.
 * Needs root (CAP_SYS_ADMIN) and util-linux's `unshare`, `nsenter` and `mount`.
 */
import { accessSync, constants, lstatSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContainerMount } from '../types.ts';

/** Exit status of a container whose volumes could not be mounted (the reason is in its log). */
export const MOUNT_FAILED = 122;

const MOUNT_SCRIPT = `IFS='	'
m=$1; w=$2; mnt=$3; mk=$4; shift 4
while read -r k src dst ro; do
  if [ "$k" = d ]; then
    [ -d "$dst" ] || "$mk" -p "$dst" || exit ${MOUNT_FAILED}
  else
    d=\${dst%/*}
    [ -z "$d" ] || [ -d "$d" ] || "$mk" -p "$d" || exit ${MOUNT_FAILED}
    [ -e "$dst" ] || : > "$dst" || exit ${MOUNT_FAILED}
  fi
  "$mnt" --rbind "$src" "$dst" || exit ${MOUNT_FAILED}
  if [ "$ro" = ro ]; then "$mnt" -o remount,bind,ro "$dst" || exit ${MOUNT_FAILED}; fi
done < "$m"
cd "$w" 2>/dev/null || cd /
exec "$@"`;

const tools = new Map<string, string | null>();

/** The absolute path of a util-linux/coreutils tool, looked up once. */
function tool(name: string): string | null {
  if (!tools.has(name)) {
    let found: string | null = null;
    for (const dir of ['/usr/bin', '/bin', '/usr/sbin', '/sbin']) {
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        found = path.join(dir, name);
        break;
      } catch {
        // next
      }
    }
    tools.set(name, found);
  }
  return tools.get(name)!;
}

/** Why this host cannot give containers their own mounts, or null. */
export function mountNamespaceUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'volume mounts need the agent to run as root (the process runtime binds them in a mount namespace)';
  const missing = ['unshare', 'nsenter', 'mount', 'mkdir'].filter((t) => !tool(t));
  return missing.length ? `volume mounts need ${missing.join(', ')} (util-linux, coreutils)` : null;
}

/** The mounts as the script reads them: `kind src dst ro`, tab-separated, one a line. */
export function mountsFileText(mounts: ContainerMount[], isDirectory: (p: string) => boolean): string {
  return mounts
    .map((m) => {
      for (const p of [m.hostPath, m.containerPath]) {
        if (/[\t\n]/.test(p)) throw new Error(`cannot mount a path with a tab or newline: ${JSON.stringify(p)}`);
        if (!path.isAbsolute(p)) throw new Error(`mount paths must be absolute: ${p}`);
      }
      return [isDirectory(m.hostPath) ? 'd' : 'f', m.hostPath, m.containerPath, m.readOnly ? 'ro' : 'rw'].join('\t') + '\n';
    })
    .join('');
}

/**
 * Writes the mounts file into the container's state folder and returns the command line the
 * wrapper runs under: unshare, then the mount script, which execs the rest.
 */
export function mountNamespacePrefix(stateDir: string, mounts: ContainerMount[], workingDir: string, isDirectory: (p: string) => boolean): string[] {
  const file = path.join(stateDir, 'mounts');
  writeFileSync(file, mountsFileText(mounts, isDirectory), { mode: 0o600 });
  return [tool('unshare')!, '--mount', '--propagation', 'slave', '/bin/sh', '-c', MOUNT_SCRIPT, 'capstan-mounts', file, workingDir, tool('mount')!, tool('mkdir')!];
}

/** `argv` run inside the mount namespace of the process `pid` (for exec), in `cwd` as seen there. */
export function inMountNamespace(pid: number, cwd: string, argv: string[]): string[] {
  return [tool('nsenter')!, `--mount=/proc/${pid}/ns/mnt`, `--wd=${cwd}`, '--', ...argv];
}

/**
 * The mount points the mount script will make on the node's own filesystem: paths missing now
 * and not inside another mount of the container, deepest first. The runtime removes them (when
 * empty and no other running container mounts there) once the container is removed.
 */
export function nodeMountPoints(mounts: ContainerMount[], exists: (p: string) => boolean): string[] {
  const out = new Set<string>();
  const targets = mounts.map((m) => path.resolve(m.containerPath));
  for (const target of targets) {
    const nested = targets.some((other) => {
      const rel = path.relative(other, target);
      return rel !== '' && rel !== '..' && !rel.startsWith('../');
    });
    if (nested) continue;
    for (let p = target; p !== '/' && !exists(p); p = path.dirname(p)) out.add(p);
  }
  return [...out].sort((a, b) => b.split('/').length - a.split('/').length);
}

/** Removes mount points made by `nodeMountPoints` that are empty and not in `inUse` (paths other running containers mount at, with their parents). */
export function removeNodeMountPoints(paths: string[], inUse: Set<string>): void {
  for (const p of paths) {
    if (inUse.has(p)) continue;
    try {
      const stat = lstatSync(p);
      if (stat.isDirectory()) rmdirSync(p);
      else if (stat.isFile() && stat.size === 0) unlinkSync(p);
    } catch {
      // not empty, gone already, or in use
    }
  }
}
