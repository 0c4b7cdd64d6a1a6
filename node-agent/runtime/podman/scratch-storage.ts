/**
 * A throw-away podman storage (its own --root and --runroot under one temporary folder) for tests
 * and trials, so nothing touches the host's podman storage. `remove` deletes every container,
 * pod and image in it, then the folder.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { storageFlags } from './service.ts';

const execFileAsync = promisify(execFile);

export interface ScratchStorage {
  dir: string;
  root: string;
  runroot: string;
  /** A folder for a runtime's socket and files. */
  stateDir: string;
  /** Removes everything in this storage, and the named podman networks (shared host config). */
  remove(opts?: { networks?: string[] }): Promise<void>;
}

export async function createScratchStorage(label: string): Promise<ScratchStorage> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `capstan-podman-${label}-`));
  const storage = {
    dir,
    root: path.join(dir, 'root'),
    runroot: path.join(dir, 'runroot'),
    stateDir: path.join(dir, 'state'),
  };
  return {
    ...storage,
    async remove(opts = {}) {
      // A podman API service a killed agent left behind (it runs in a process group of its own).
      for (const pid of podmanServicesOn(storage.root)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      const podman = (args: string[]) => execFileAsync('podman', [...storageFlags(storage), ...args], { timeout: 120_000 }).catch(() => undefined);
      await podman(['pod', 'rm', '--all', '--force', '--time', '0']);
      await podman(['rm', '--all', '--force', '--time', '0']);
      await podman(['rmi', '--all', '--force']);
      for (const network of opts.networks ?? []) await podman(['network', 'rm', '--force', network]);
      // Whatever is still mounted under it (overlay layers, shm) would make rm fail.
      const mounts = readFileSync('/proc/mounts', 'utf8')
        .split('\n')
        .map((l) => l.split(' ')[1] ?? '')
        .filter((m) => m.startsWith(dir + '/'))
        .sort((a, b) => b.length - a.length);
      for (const m of mounts) await execFileAsync('umount', ['-l', m]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** PIDs of `podman … system service` processes that use this storage root. */
function podmanServicesOn(root: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const at = argv.indexOf('--root');
    if (at !== -1 && argv[at + 1] === root && argv.includes('system') && argv.includes('service')) pids.push(Number(entry));
  }
  return pids;
}
