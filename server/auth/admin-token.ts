/**
 * The admin credential at bootstrap. CAPSTAN_ADMIN_TOKEN, when given, is made an admin token
 * (stored hashed). Otherwise, the first server to start on an empty database makes one and
 * writes it to a file only its user can read, naming the file (never the token) in its log.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Identity } from '../store/types.ts';

export interface AdminTokenStore {
  create(input: { type: Identity['type']; subject: string; groups?: string[]; description?: string; token?: string }): Promise<{ id: string; token: string }>;
  authenticate(token: string): Promise<Identity | null>;
  exists(type: Identity['type']): Promise<boolean>;
}

export interface AdminTokenOptions {
  tokens: AdminTokenStore;
  /** A token chosen by the operator (CAPSTAN_ADMIN_TOKEN). */
  token?: string;
  /** Where a generated token is written (and read back on later starts). */
  file: string;
  logger: Logger;
}

const ADMIN = { type: 'admin' as const, subject: 'admin', groups: ['system:masters'] };

/** Makes sure an admin token exists; returns it when this process knows it. */
export async function ensureAdminToken(opts: AdminTokenOptions): Promise<string | undefined> {
  const { tokens, logger } = opts;
  if (opts.token) {
    const known = await tokens.authenticate(opts.token);
    if (known?.type !== 'admin') {
      try {
        await tokens.create({ ...ADMIN, description: 'CAPSTAN_ADMIN_TOKEN', token: opts.token });
      } catch (err) {
        // Another server starting at the same time stored the same token first.
        if ((await tokens.authenticate(opts.token))?.type !== 'admin') throw err;
      }
    }
    logger.info('admin token from CAPSTAN_ADMIN_TOKEN is in effect');
    return opts.token;
  }
  if (await tokens.exists('admin')) {
    const fromFile = await readTokenFile(opts.file);
    logger.info({ file: fromFile ? opts.file : undefined }, 'an admin token exists already; none generated');
    return fromFile;
  }
  // The file first: a token stored but never written down would lock everyone out.
  const token = `cst_admin_${randomBytes(32).toString('base64url')}`;
  await writeTokenFile(opts.file, token);
  await tokens.create({ ...ADMIN, description: 'generated at first start', token });
  logger.info({ file: opts.file }, `generated an admin token and wrote it to ${opts.file}`);
  return token;
}

async function readTokenFile(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function writeTokenFile(file: string, token: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${token}\n`, { mode: 0o600 });
  await rename(tmp, file);
}
