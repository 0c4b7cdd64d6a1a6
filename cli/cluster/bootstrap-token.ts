/**
 * The token a local cluster's node agents join with. A fresh one on every `capstan up`, written
 * to the data folder (mode 0600, replacing the last one) and handed to the API server
 * (CAPSTAN_BOOTSTRAP_TOKEN, stored hashed, with CAPSTAN_BOOTSTRAP_TOKEN_TTL: it expires 24 h
 * later) and the agents. Agents that joined before keep their own node credentials; a token
 * that leaked from an older run is useless a day later. Kubernetes' bootstrap token form,
 * `[a-z0-9]{6}.[a-z0-9]{16}`.
 */
import { randomInt } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** How long the token of one `capstan up` joins nodes (Kubernetes' default for bootstrap tokens). */
export const UP_BOOTSTRAP_TOKEN_TTL_SECONDS = 24 * 60 * 60;

/** Writes a new bootstrap token to `file` and returns it. */
export async function renewBootstrapToken(file: string): Promise<string> {
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
