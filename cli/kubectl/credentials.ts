/**
 * Where the CLI finds the API server and its token: `--server`/`--token`, else CAPSTAN_SERVER /
 * CAPSTAN_TOKEN, else the `<data-dir>/config` that `capstan up` writes (`{ server, tokenFile }`,
 * data dir from `--data-dir`, CAPSTAN_DATA_DIR or ~/.capstan).
 */
import { readFileSync } from 'node:fs';
import { CommandError } from '../command.ts';
import { clusterPaths, DEFAULT_DATA_DIR } from '../cluster/cluster-paths.ts';
import type { ClusterConfig } from '../cluster/summary.ts';

export interface Credentials {
  /** Base URL without `/graphql`, e.g. http://127.0.0.1:6443. */
  server: string;
  token: string;
}

export interface CredentialSources {
  server?: string;
  token?: string;
  dataDir?: string;
  env: NodeJS.ProcessEnv;
}

export function resolveCredentials(src: CredentialSources): Credentials {
  let server = src.server || src.env.CAPSTAN_SERVER || undefined;
  let token = src.token || src.env.CAPSTAN_TOKEN || undefined;
  if (server && token) return { server: normalizeServer(server), token };

  const paths = clusterPaths(src.dataDir || src.env.CAPSTAN_DATA_DIR || DEFAULT_DATA_DIR);
  let config: Partial<ClusterConfig> | undefined;
  try {
    config = JSON.parse(readFileSync(paths.configFile, 'utf8')) as Partial<ClusterConfig>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new CommandError(`error: cannot read ${paths.configFile}: ${(err as Error).message}`);
    }
  }
  if (!config) {
    throw new CommandError(
      `error: no cluster configured: ${paths.configFile} does not exist.\n` +
        `Start a local cluster with 'capstan up', or pass --server and --token (or set CAPSTAN_SERVER and CAPSTAN_TOKEN).`,
    );
  }
  server ??= typeof config.server === 'string' ? config.server : undefined;
  if (!server) throw new CommandError(`error: ${paths.configFile} names no server; pass --server or set CAPSTAN_SERVER`);
  if (!token) {
    const file = config.tokenFile;
    if (typeof file !== 'string') throw new CommandError(`error: ${paths.configFile} names no tokenFile; pass --token or set CAPSTAN_TOKEN`);
    try {
      token = readFileSync(file, 'utf8').trim();
    } catch (err) {
      throw new CommandError(
        `error: cannot read the admin token from ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); pass --token or set CAPSTAN_TOKEN`,
      );
    }
  }
  return { server: normalizeServer(server), token };
}

function normalizeServer(server: string): string {
  const withScheme = /^[a-z]+:\/\//i.test(server) ? server : `http://${server}`;
  return withScheme.replace(/\/+$/, '').replace(/\/graphql$/, '');
}
