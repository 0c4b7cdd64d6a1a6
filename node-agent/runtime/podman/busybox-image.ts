/**
 * A `localhost/busybox` image without a registry: a rootfs holding the static busybox of Debian's
 * `busybox-static` with a link per applet, tarred and `podman import`ed. Idempotent.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { storageFlags } from './service.ts';

const execFileAsync = promisify(execFile);

export interface BusyboxImageOptions {
  root?: string;
  runroot?: string;
  /** Default `localhost/busybox`. */
  image?: string;
  /** A statically linked busybox (default /bin/busybox from `busybox-static`). */
  busybox?: string;
}

/** Makes the image unless it exists; returns whether it was built. */
export async function ensureBusyboxImage(opts: BusyboxImageOptions = {}): Promise<boolean> {
  const image = opts.image ?? 'localhost/busybox';
  const flags = storageFlags(opts);
  try {
    await execFileAsync('podman', [...flags, 'image', 'exists', image], { timeout: 60_000 });
    return false;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('podman is not installed: apt-get install podman crun busybox-static');
    }
    // exit status 1: not there yet
  }
  const busybox = opts.busybox ?? '/bin/busybox';
  if (!existsSync(busybox)) throw new Error(`${busybox} not found: apt-get install busybox-static`);
  const { stdout: file } = await execFileAsync(busybox, ['--list-full']).catch(() => ({ stdout: '' }));
  if (file.trim() === '') throw new Error(`${busybox} does not list its applets: is it busybox (busybox-static)?`);

  const work = await mkdtemp(path.join(os.tmpdir(), 'capstan-busybox-'));
  try {
    const rootfs = path.join(work, 'rootfs');
    for (const dir of ['bin', 'sbin', 'usr/bin', 'usr/sbin', 'etc', 'proc', 'sys', 'dev', 'root', 'var/run', 'tmp']) {
      await mkdir(path.join(rootfs, dir), { recursive: true });
    }
    await chmod(path.join(rootfs, 'tmp'), 0o1777);
    await copyFile(busybox, path.join(rootfs, 'bin/busybox'));
    await chmod(path.join(rootfs, 'bin/busybox'), 0o755);
    for (const applet of file.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (applet === 'bin/busybox') continue;
      const target = path.join(rootfs, applet);
      if (existsSync(target)) continue;
      await mkdir(path.dirname(target), { recursive: true });
      await symlink('/bin/busybox', target);
    }
    await writeFile(path.join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n');
    await writeFile(path.join(rootfs, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n');
    const tar = path.join(work, 'rootfs.tar');
    await execFileAsync('tar', ['-C', rootfs, '-cf', tar, '.']);
    await execFileAsync('podman', [...flags, 'import', '--change', 'CMD ["sh"]', tar, image], { timeout: 120_000 });
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
