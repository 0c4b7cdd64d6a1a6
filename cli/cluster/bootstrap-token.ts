/**
 * The token a local cluster's node agents join with. Made once per data folder and kept there
 * (mode 0600), so every later `capstan up` hands the API server (CAPSTAN_BOOTSTRAP_TOKEN, which
 * it stores hashed if new) and the agents the same one. Kubernetes' bootstrap token form,
 * `[a-z0-9]{6}.[a-z0-9]{16}`.
 */
import { randomInt } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export async function ensureBootstrapToken(file: string): Promise<string> {
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const token = `${randomText(6)}.${randomText(16)}`;
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${token}\n`, { mode: 0o600 });
  await rename(tmp, file);
  return token;
}

function randomText(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[randomInt(ALPHABET.length)];
  return text;
}
