/**
 * Where a local cluster keeps its files. One data folder holds everything `capstan up` writes,
 * so a cluster is resumed, stopped or thrown away by naming its folder.
 */
import os from 'node:os';
import path from 'node:path';

/** Shown in `capstan up --help`; `~` is expanded by {@link clusterPaths}. */
export const DEFAULT_DATA_DIR = '~/.capstan';

export interface ClusterPaths {
  /** Absolute. */
  dataDir: string;
  /** One `<component>.log` per child process. */
  logsDir: string;
  /** The processes of the running cluster (see pids-file.ts). */
  pidsFile: string;
  /** Where the CLI finds the server and its credentials. */
  configFile: string;
  /** The same for kubectl and Kubernetes client libraries (a kubeconfig). */
  kubeconfigFile: string;
  /** The CA of the API server's HTTPS certificate (the server writes it). */
  caFile: string;
  /** Where the API server writes the admin token it generates (absolute). */
  tokenFile: string;
  /** The files of a redis-server that `capstan up` started. */
  redisDir: string;
  /** The embedded PostgreSQL's files (when no other PostgreSQL is used). */
  postgresDir: string;
  /** Which PostgreSQL this cluster's state lives in, and the embedded one's port and password. */
  stateFile: string;
  /** The token node agents join with (mode 0600). */
  bootstrapTokenFile: string;
  /** One `<node name>/` per node agent: its credential and pod files. */
  agentsDir: string;
}

export interface ClusterPathsOptions {
  /** Where the server writes a generated admin token instead (CAPSTAN_ADMIN_TOKEN_FILE). */
  tokenFile?: string;
  home?: string;
}

export function clusterPaths(dataDir: string, opts: ClusterPathsOptions = {}): ClusterPaths {
  const home = opts.home ?? os.homedir();
  const expanded = dataDir === '~' ? home : dataDir.startsWith('~/') ? path.join(home, dataDir.slice(2)) : dataDir;
  const root = path.resolve(expanded);
  return {
    dataDir: root,
    logsDir: path.join(root, 'logs'),
    pidsFile: path.join(root, 'pids.json'),
    configFile: path.join(root, 'config'),
    kubeconfigFile: path.join(root, 'kubeconfig'),
    caFile: path.join(root, 'ca.crt'),
    tokenFile: opts.tokenFile ? path.resolve(opts.tokenFile) : path.join(root, 'admin-token'),
    redisDir: path.join(root, 'redis'),
    postgresDir: path.join(root, 'postgres'),
    stateFile: path.join(root, 'cluster.json'),
    bootstrapTokenFile: path.join(root, 'bootstrap-token'),
    agentsDir: path.join(root, 'agents'),
  };
}

export function logFile(paths: ClusterPaths, component: string): string {
  return path.join(paths.logsDir, `${component}.log`);
}
