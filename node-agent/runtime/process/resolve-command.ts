/**
 * execvp's lookup done before spawning, so that a container's command always names a program
 * (never one of `sh`'s builtins such as `exit` or `cd`) and a missing one is reported clearly.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The absolute path of `name` as execvp would find it with `PATH`, or null. */
export function resolveExecutable(name: string, pathEnv: string, cwd: string): string | null {
  if (name === '') return null;
  if (name.includes('/')) {
    const file = path.resolve(cwd, name);
    return isExecutableFile(file) ? file : null;
  }
  for (const dir of pathEnv.split(':')) {
    const file = path.resolve(cwd, dir === '' ? '.' : dir, name);
    if (isExecutableFile(file)) return file;
  }
  return null;
}
