/**
 * Writes a volume's payload so that a reader never sees half an update (the kubelet's
 * AtomicWriter): the files go into a fresh hidden folder `..<time>`, a symlink `..data` points
 * at it and is swapped with one rename, and each visible top-level name is a symlink through
 * `..data` (`config.yaml → ..data/config.yaml`). A container that has the volume's folder mounted
 * sees every file change at the same moment. All links are relative, so they resolve inside the
 * container's mount as well as on the host.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { samePayload, volumePathError, type Payload } from './volume-payload.ts';

const DATA_LINK = '..data';
const DATA_LINK_TMP = '..data_tmp';

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** The payload now visible in `dir` (through `..data`), or null when nothing was written yet. */
export function readPayload(dir: string): Payload | null {
  let target: string;
  try {
    target = readlinkSync(path.join(dir, DATA_LINK));
  } catch {
    return null;
  }
  const root = path.join(dir, target);
  const payload: Payload = new Map();
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(p);
      else payload.set(p, { data: readFileSync(path.join(root, p)), mode: statSync(path.join(root, p)).mode & 0o7777 });
    }
  };
  walk('');
  return payload;
}

/**
 * Makes `dir` show exactly `payload`; returns false when it already did (nothing is written).
 * Throws on a path that would leave the folder.
 */
export function writePayload(dir: string, payload: Payload): boolean {
  for (const p of payload.keys()) {
    const problem = volumePathError(p);
    if (problem) throw new Error(`volume file "${p}" ${problem}`);
  }
  mkdirSync(dir, { recursive: true });
  const current = readPayload(dir);
  if (current && samePayload(current, payload)) return false;
  const oldTarget = current ? readlinkSync(path.join(dir, DATA_LINK)) : undefined;

  const stamp = `..${new Date().toISOString().replace(/[-:]/g, '_').replace('.', '_')}.${randomBytes(4).toString('hex')}`;
  const tsDir = path.join(dir, stamp);
  mkdirSync(tsDir, { mode: 0o755 });
  chmodSync(tsDir, 0o755);
  for (const [p, file] of payload) {
    const full = path.join(tsDir, p);
    mkdirSync(path.dirname(full), { recursive: true, mode: 0o755 });
    writeFileSync(full, file.data, { mode: file.mode });
    chmodSync(full, file.mode); // the umask may have narrowed it
  }

  const tmpLink = path.join(dir, DATA_LINK_TMP);
  rmSync(tmpLink, { force: true });
  symlinkSync(stamp, tmpLink);
  renameSync(tmpLink, path.join(dir, DATA_LINK));

  const visible = new Set([...payload.keys()].map((p) => p.split('/')[0]!));
  for (const name of visible) {
    const link = path.join(dir, name);
    if (!exists(link)) symlinkSync(path.join(DATA_LINK, name), link);
  }
  if (current) {
    for (const name of new Set([...current.keys()].map((p) => p.split('/')[0]!))) {
      if (!visible.has(name)) rmSync(path.join(dir, name), { force: true });
    }
  }
  if (oldTarget && oldTarget !== stamp) rmSync(path.join(dir, oldTarget), { recursive: true, force: true });
  return true;
}
