/**
 * What a container needs on disk and on its command line before its process starts: its files
 * (with their modes), its working and log folders, its environment, and the program resolved
 * the way execvp would resolve it with the container's own PATH.
 */
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContainerConfig } from '../types.ts';
import { resolveExecutable } from './resolve-command.ts';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The environment a container sees: exactly its own, plus PATH and HOME when it has none. */
export function containerEnv(env: Record<string, string>): Record<string, string> {
  const out = { ...env };
  if (out.PATH === undefined) out.PATH = process.env.PATH ?? DEFAULT_PATH;
  if (out.HOME === undefined) out.HOME = '/';
  return out;
}

export type Launch = { argv: string[]; env: Record<string, string> } | { error: string };

/** Places the files and folders; returns the resolved command line, or why it cannot run. */
export function prepareLaunch(config: ContainerConfig, workingDir: string): Launch {
  for (const file of config.files ?? []) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents, { mode: file.mode ?? 0o644 });
    chmodSync(file.path, file.mode ?? 0o644); // the umask may have narrowed it, or the file existed
    if (file.gid !== undefined && process.getuid?.() === 0) chownSync(file.path, 0, file.gid);
  }
  mkdirSync(workingDir, { recursive: true });
  mkdirSync(path.dirname(config.logPath), { recursive: true });
  const env = containerEnv(config.env);
  const argv = config.command.length > 0 ? [...config.command, ...config.args] : [...config.args];
  const exe = resolveExecutable(argv[0]!, env.PATH!, workingDir);
  if (!exe) return { error: `exec: "${argv[0]}": executable file not found in $PATH` };
  return { argv: [exe, ...argv.slice(1)], env };
}
