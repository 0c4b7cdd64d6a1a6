/**
 * The mounts of one container: each `volumeMount` as a node path (the volume's folder, or a
 * subPath inside it) bound at `mountPath`, read-only when the mount or the volume says so.
 * `mountPropagation` is ignored: every mount is private to the container (docs/operations.md).
 */
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ContainerConfigError } from '../container-env.ts';
import type { Container } from '../pod-types.ts';
import type { ContainerMount } from '../runtime/types.ts';
import type { PreparedVolume } from './pod-volumes.ts';
import { mountSubPath } from './volume-payload.ts';

/** Whether `inner` is `outer` or inside it (both already resolved). */
export function isWithin(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  // Not startsWith('..'): the AtomicWriter's own `..<time>` folders are inside.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * The container's mounts, parents before children. A subPath that does not exist is made as a
 * folder (as the kubelet does); one that leads out of its volume through a symlink is refused.
 */
export function containerMounts(container: Container, volumes: Map<string, PreparedVolume>, env: Record<string, string>): ContainerMount[] {
  const mounts: ContainerMount[] = [];
  for (const m of container.volumeMounts ?? []) {
    const volume = volumes.get(m.name);
    if (!volume) throw new ContainerConfigError(`volumeMount "${m.name}": the pod has no such volume`);
    if (!path.isAbsolute(m.mountPath)) throw new ContainerConfigError(`volumeMount "${m.name}": mountPath "${m.mountPath}" must be absolute`);
    const subPath = mountSubPath(m, env);
    let hostPath = volume.hostPath;
    if (subPath !== '') {
      hostPath = path.join(volume.hostPath, subPath);
      if (!existsSync(hostPath)) mkdirSync(hostPath, { recursive: true, mode: 0o755 });
      const resolved = realpathSync(hostPath);
      if (!isWithin(realpathSync(volume.hostPath), resolved)) {
        throw new ContainerConfigError(`volumeMount "${m.name}": subPath "${subPath}" leads outside the volume`);
      }
      hostPath = resolved;
    }
    mounts.push({ hostPath, containerPath: path.normalize(m.mountPath), readOnly: volume.readOnly || m.readOnly === true });
  }
  return mounts.sort((a, b) => a.containerPath.split('/').length - b.containerPath.split('/').length);
}
