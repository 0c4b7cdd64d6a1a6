/**
 * The `sizeLimit` of an emptyDir on disk, as the kubelet's eviction manager enforces it
 * (pkg/kubelet/eviction, localStorageEviction): the pod worker measures each such volume's usage
 * now and then, and a pod whose volume holds more than its limit is evicted. A `medium: Memory`
 * emptyDir needs none of this: its tmpfs is made of that size, so writes past it fail (ENOSPC).
 *
 * Usage is what `du` counts (allocated blocks, each hard-linked file once, symlinks not
 * followed), found by a walk bounded in entries so that a volume of millions of files cannot
 * hold the pod worker: past the bound the count so far is a lower bound, which still evicts a
 * pod already over its limit.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Volume } from './pod-types.ts';
import { parseQuantity } from './quantity.ts';

/** How many files and folders one measurement looks at, at most. */
export const DEFAULT_MAX_ENTRIES = 200_000;

export interface DirectoryUsage {
  /** Bytes allocated on disk (512-byte blocks, as `du`). */
  bytes: number;
  entries: number;
  /** The walk stopped at `maxEntries`: `bytes` is a lower bound. */
  truncated: boolean;
}

/** The disk usage of everything under `dir` (0 when it does not exist). */
export async function directoryUsage(dir: string, maxEntries = DEFAULT_MAX_ENTRIES): Promise<DirectoryUsage> {
  const seen = new Set<string>();
  const out: DirectoryUsage = { bytes: 0, entries: 0, truncated: false };
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    let stat;
    try {
      stat = await lstat(current);
    } catch {
      continue; // removed meanwhile
    }
    if (++out.entries > maxEntries) {
      out.truncated = true;
      out.entries = maxEntries;
      break;
    }
    const key = `${stat.dev}:${stat.ino}`;
    if (stat.nlink > 1 && !stat.isDirectory()) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.bytes += stat.blocks * 512;
    if (!stat.isDirectory()) continue;
    let names: string[];
    try {
      names = await readdir(current);
    } catch {
      continue;
    }
    for (const name of names) stack.push(path.join(current, name));
  }
  return out;
}

/** An emptyDir on disk with a sizeLimit, and that limit in bytes. */
export interface LimitedEmptyDir {
  name: string;
  sizeLimit: string;
  limitBytes: number;
}

/** The pod's disk emptyDirs that have a sizeLimit. */
export function limitedEmptyDirs(volumes: Volume[] | undefined): LimitedEmptyDir[] {
  const out: LimitedEmptyDir[] = [];
  for (const v of volumes ?? []) {
    if (!v.emptyDir || v.emptyDir.medium === 'Memory' || !v.emptyDir.sizeLimit) continue;
    const limitBytes = parseQuantity(v.emptyDir.sizeLimit);
    if (limitBytes !== undefined) out.push({ name: v.name, sizeLimit: v.emptyDir.sizeLimit, limitBytes });
  }
  return out;
}

/**
 * The eviction message for the first volume whose usage exceeds its limit, or null. The text is
 * the kubelet's (emptyDirMessageFmt, trailing space included), so tools that match it still do.
 */
export function emptyDirLimitExceeded(volumes: LimitedEmptyDir[], usage: ReadonlyMap<string, number>): string | null {
  for (const v of volumes) {
    const used = usage.get(v.name);
    if (used !== undefined && used > v.limitBytes) return `Usage of EmptyDir volume "${v.name}" exceeds the limit "${v.sizeLimit}". `;
  }
  return null;
}
