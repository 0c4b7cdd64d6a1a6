/**
 * Joining: a bootstrap token buys the node its own credential (joinNode), which is saved in the
 * data dir so that a restarted agent needs no bootstrap token. A saved credential that the
 * server no longer accepts (the node joined again elsewhere, or the cluster was rebuilt) is
 * replaced by joining again when a bootstrap token is at hand.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { ApiClient, ApiError } from './api-client.ts';
import { GET_NODE, JOIN_NODE } from './queries.ts';

export interface SavedCredential {
  server: string;
  nodeName: string;
  token: string;
}

export class JoinError extends Error {
  override name = 'JoinError';
}

function credentialFile(dataDir: string): string {
  return path.join(dataDir, 'node-credential.json');
}

export function loadCredential(dataDir: string, nodeName: string): SavedCredential | undefined {
  try {
    const c = JSON.parse(readFileSync(credentialFile(dataDir), 'utf8')) as SavedCredential;
    return c.nodeName === nodeName && typeof c.token === 'string' ? c : undefined;
  } catch {
    return undefined;
  }
}

export function saveCredential(dataDir: string, c: SavedCredential): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = credentialFile(dataDir);
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(c), { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/** Whether `token` works as this node's credential (it may read its own Node, present or not). */
async function worksAsNodeCredential(server: string, token: string, nodeName: string): Promise<boolean> {
  const probe = new ApiClient({ server, token });
  try {
    await probe.request(GET_NODE, { name: nodeName });
    return true;
  } catch (err) {
    if (err instanceof ApiError && (err.code === 'UNAUTHENTICATED' || err.code === 'FORBIDDEN')) return false;
    throw err;
  } finally {
    await probe.close();
  }
}

/** Retries `fn` while the server cannot be reached (the agent may start before the server). */
async function whileUnavailable<T>(fn: () => Promise<T>, log: Logger, signal?: AbortSignal): Promise<T> {
  let delay = 500;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'UNAVAILABLE') || signal?.aborted) throw err;
      log.warn({ err: err.message }, `the API server cannot be reached; trying again in ${delay} ms`);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }
}

/** The node's credential: saved, or issued now by joinNode with `token`. */
export async function obtainNodeCredential(opts: { server: string; token: string; nodeName: string; dataDir: string; log: Logger; signal?: AbortSignal }): Promise<string> {
  const { server, token, nodeName, dataDir, log } = opts;
  const saved = loadCredential(dataDir, nodeName);
  if (saved && (await whileUnavailable(() => worksAsNodeCredential(server, saved.token, nodeName), log, opts.signal))) {
    log.info({ node: nodeName }, 'using the node credential saved in the data dir');
    return saved.token;
  }
  if (!token) {
    throw new JoinError(
      saved
        ? `the node credential saved in ${dataDir} is no longer accepted by ${server}; give a bootstrap token with --token to join again`
        : `no node credential in ${dataDir}: give a bootstrap token with --token (or CAPSTAN_BOOTSTRAP_TOKEN) to join`,
    );
  }
  const bootstrap = new ApiClient({ server, token });
  try {
    const { joinNode } = await whileUnavailable(() => bootstrap.request<{ joinNode: { nodeName: string; token: string } }>(JOIN_NODE, { nodeName }), log, opts.signal);
    saveCredential(dataDir, { server, nodeName, token: joinNode.token });
    log.info({ node: nodeName }, 'joined the cluster; node credential saved in the data dir');
    return joinNode.token;
  } catch (err) {
    if (!(err instanceof ApiError) || (err.code !== 'FORBIDDEN' && err.code !== 'UNAUTHENTICATED')) throw err;
    // Not a bootstrap token: perhaps it is already this node's credential.
    if (await worksAsNodeCredential(server, token, nodeName)) {
      saveCredential(dataDir, { server, nodeName, token });
      log.info({ node: nodeName }, 'the token given is a node credential, not a bootstrap token: using it as it is');
      return token;
    }
    throw new JoinError(
      err.code === 'UNAUTHENTICATED'
        ? `${server} does not accept the token given: it is neither a valid bootstrap token nor a credential of node ${nodeName} (${err.message})`
        : `the token given may not join node ${nodeName}, and is not that node's credential either (${err.message})`,
    );
  } finally {
    await bootstrap.close();
  }
}
