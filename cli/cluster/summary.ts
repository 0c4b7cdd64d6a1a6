/**
 * What `capstan up` tells the user once the cluster runs (where the API, dashboard, playground
 * and admin credentials are), and `<data>/config`, the same facts for the `capstan` CLI.
 */
import { access, writeFile } from 'node:fs/promises';
import { clusterPaths, DEFAULT_DATA_DIR, type ClusterPaths } from './cluster-paths.ts';
import { kubeconfigYaml } from './kubeconfig.ts';
import { httpOk } from './network-probes.ts';

export interface ClusterConfig {
  /** The API server's base URL. */
  server: string;
  /** The admin token's file. */
  tokenFile: string;
}

export async function writeClusterConfig(paths: ClusterPaths, server: string): Promise<void> {
  const config: ClusterConfig = { server, tokenFile: paths.tokenFile };
  await writeFile(paths.configFile, `${JSON.stringify(config, null, 2)}\n`);
  // A token file rather than the token: the kubeconfig holds no secret of its own.
  await writeFile(paths.kubeconfigFile, kubeconfigYaml({ server, tokenFile: paths.tokenFile, certificateAuthority: paths.caFile }), { mode: 0o600 });
}

export interface SummaryOptions {
  paths: ClusterPaths;
  /** The API server's base URL. */
  server: string;
  env: NodeJS.ProcessEnv;
}

/** The lines printed once the cluster is ready. Asks the server which pages it serves yet. */
export async function clusterSummary({ paths, server, env }: SummaryOptions): Promise<string> {
  const [dashboard, playground] = await Promise.all([page(`${server}/`), page(`${server}/playground`)]);
  const rows: [string, string][] = [
    ['API', `${server}/graphql`],
    ['Dashboard', dashboard],
    ['Playground', playground],
    ['Admin token', await tokenLocation(paths, env)],
    ['Node token', `${paths.bootstrapTokenFile}  (for \`capstan agent --token\` on other machines)`],
    ['Logs', `${paths.logsDir}/`],
    ['CLI', `${cliCommand(paths, 'get nodes')}   (also: apply -f FILE, get pods, logs POD; capstan --help)`],
    ['kubectl', `KUBECONFIG=${paths.kubeconfigFile} kubectl get nodes`],
  ];
  return rows.map(([label, value]) => `  ${label.padEnd(12)}${value}\n`).join('');
}

/** `capstan get nodes`, with `--data-dir` when the cluster's folder is not the default one. */
export function cliCommand(paths: ClusterPaths, command: string): string {
  return paths.dataDir === clusterPaths(DEFAULT_DATA_DIR).dataDir ? `capstan ${command}` : `capstan ${command} --data-dir ${paths.dataDir}`;
}

/** The URL of a page the server serves to browsers (it answers API clients at `/` otherwise). */
async function page(url: string): Promise<string> {
  return (await httpOk(url, 5_000, { accept: 'text/html' })) ? url : `${url}  (not served: no dashboard build; see the dashboard step)`;
}

async function tokenLocation(paths: ClusterPaths, env: NodeJS.ProcessEnv): Promise<string> {
  if (env.CAPSTAN_ADMIN_TOKEN) return 'the value of CAPSTAN_ADMIN_TOKEN';
  try {
    await access(paths.tokenFile);
    return paths.tokenFile;
  } catch {
    // The database had an admin token before this data folder did (another folder, same database).
    return (
      `${paths.tokenFile}  (not written: this database already had an admin token; ` +
      'it is in the data folder that first used this database, or set CAPSTAN_ADMIN_TOKEN to add one)'
    );
  }
}
