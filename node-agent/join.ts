/**
 * Joining: a bootstrap token buys the node its own credential (joinNode), which is saved in the
 * data dir so that a restarted agent needs no bootstrap token. A saved credential that the
 * server no longer accepts (the node joined again elsewhere, or the cluster was rebuilt) is
 * replaced by joining again when a bootstrap token is at hand. So is one revoked while the agent
 * runs (`rejoinNode`): the server refuses joinNode (CONFLICT) while the node still looks alive,
 * so the agent waits for its old Lease to lapse; without a bootstrap token that still works, it
 * gives up with `CredentialLostError` (exit code `CREDENTIAL_LOST_EXIT_CODE`).
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

/** The node credential was revoked and cannot be replaced: the agent stops (exit code 3). */
export class CredentialLostError extends JoinError {
  override name = 'CredentialLostError';
}

/** `capstan agent`'s exit code when its node credential was revoked and it cannot join again. */
export const CREDENTIAL_LOST_EXIT_CODE = 3;

/** How long a join refused because the node still looks alive (CONFLICT) is retried: its Lease (40 s) must lapse first. */
export const DEFAULT_JOIN_CONFLICT_TIMEOUT_MS = 3 * 60_000;

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

/**
 * Retries `fn` while joinNode answers CONFLICT (the node's name is held by a node that still
 * looks alive: its Lease has not lapsed yet), for at most `timeoutMs`.
 */
async function whileConflict<T>(fn: () => Promise<T>, log: Logger, signal?: AbortSignal, timeoutMs = DEFAULT_JOIN_CONFLICT_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let logged = false;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'CONFLICT') || signal?.aborted || Date.now() >= deadline) throw err;
      if (!logged) log.warn({ err: err.message }, 'the server will not let this node join yet (the node still looks alive); waiting for its Lease to lapse');
      logged = true;
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}

/**
 * Replaces a node credential the server no longer accepts (revoked, or replaced by an admin) by
 * joining again with the bootstrap token `token`. Throws CredentialLostError, saying why, when
 * there is no bootstrap token or the server refuses it (expired, revoked, or the name is held).
 */
export async function rejoinNode(opts: { server: string; token: string; nodeName: string; dataDir: string; log: Logger; signal?: AbortSignal; conflictTimeoutMs?: number }): Promise<string> {
  const { server, token, nodeName, dataDir, log } = opts;
  if (!token) {
    throw new CredentialLostError(`the node credential of ${nodeName} was revoked and the agent has no bootstrap token to join again with: give one with --token (or CAPSTAN_BOOTSTRAP_TOKEN) and restart the agent`);
  }
  const bootstrap = new ApiClient({ server, token });
  try {
    const request = () => bootstrap.request(JOIN_NODE, { nodeName });
    const { joinNode } = await whileConflict(() => whileUnavailable(request, log, opts.signal), log, opts.signal, opts.conflictTimeoutMs);
    saveCredential(dataDir, { server, nodeName, token: joinNode.token });
    log.info({ node: nodeName }, 'joined the cluster again with the bootstrap token; new node credential saved in the data dir');
    return joinNode.token;
  } catch (err) {
    if (!(err instanceof ApiError) || err.code === 'UNAVAILABLE') throw err;
    const why =
      err.code === 'UNAUTHENTICATED'
        ? 'the bootstrap token is no longer valid (expired or revoked)'
        : err.code === 'CONFLICT'
          ? 'another live node holds its name'
          : `joinNode was refused`;
    throw new CredentialLostError(`the node credential of ${nodeName} was revoked and the agent cannot join again: ${why} (${err.code}: ${err.message}); give a new bootstrap token with --token and restart the agent`);
  } finally {
    await bootstrap.close();
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
    const { joinNode } = await whileConflict(() => whileUnavailable(() => bootstrap.request(JOIN_NODE, { nodeName }), log, opts.signal), log, opts.signal);
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
