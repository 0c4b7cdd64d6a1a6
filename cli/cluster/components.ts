/**
 * The Capstan processes a local cluster runs, in start order (stopped in reverse): the API
 * server, the workers, then one node agent per node. Adding one is one entry in
 * {@link clusterComponents}.
 */
import path from 'node:path';
import { UP_BOOTSTRAP_TOKEN_TTL_SECONDS } from './bootstrap-token.ts';
import type { ClusterPaths } from './cluster-paths.ts';
import type { ListenAddress } from './listen-address.ts';
import { httpOk, pollUntil } from './network-probes.ts';

/** What a component is started with. */
export interface ComponentContext {
  paths: ClusterPaths;
  listen: ListenAddress;
  /** The token node agents join with (see bootstrap-token.ts). */
  bootstrapToken: string;
}

export interface ClusterComponent {
  /** Also the name of its log file, `<data>/logs/<name>.log`. */
  name: string;
  /** The `capstan` command line that runs it: `['server', '--listen', …]`. */
  args(ctx: ComponentContext): string[];
  /**
   * Its environment, from the cluster's (which has DATABASE_URL, REDIS_URL and the queues'
   * prefix). Default: the cluster's as it is.
   */
  env?(clusterEnv: NodeJS.ProcessEnv, ctx: ComponentContext): NodeJS.ProcessEnv;
  /** Resolves once it is ready. Without one, it is ready once it has run for STARTUP_GRACE_MS. */
  waitReady?(ctx: ComponentContext, signal: AbortSignal): Promise<void>;
  /** What its progress line shows once it is ready: where it serves. */
  describe?(ctx: ComponentContext): string;
  /** The node an agent runs: its readiness is the cluster's last step. */
  nodeName?: string;
}

/** How long a component has to become ready. */
export const READY_TIMEOUT_MS = 60_000;

/** How long a component without a readiness check must keep running to count as started. */
export const STARTUP_GRACE_MS = 1_000;

export const serverComponent: ClusterComponent = {
  name: 'server',
  args: ({ paths, listen }) => ['server', '--listen', listen.text, '--data-dir', paths.dataDir, '--admin-token-file', paths.tokenFile],
  // Made a bootstrap token (stored hashed) at start if it is new, so the agents can join; this
  // run's token (bootstrap-token.ts) expires 24 h after the server first stores it.
  env: (clusterEnv, { bootstrapToken }) => ({ ...clusterEnv, CAPSTAN_BOOTSTRAP_TOKEN: bootstrapToken, CAPSTAN_BOOTSTRAP_TOKEN_TTL: String(UP_BOOTSTRAP_TOKEN_TTL_SECONDS) }),
  waitReady: ({ listen }, signal) =>
    pollUntil(() => httpOk(`${listen.baseUrl}/readyz`, 1_000), `the API server did not answer ${listen.baseUrl}/readyz within ${READY_TIMEOUT_MS / 1000} s`, {
      timeoutMs: READY_TIMEOUT_MS,
      intervalMs: 150,
      signal,
    }),
  describe: ({ listen }) => listen.baseUrl,
};

/** Where the workers serve /metrics in a local cluster: the API server's port + 1, same host. */
export function workersMetricsListen(listen: ListenAddress): string {
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return `${host}:${listen.port + 1}`;
}

/** The controllers (scheduler, replicaset, deployment, …) on the cluster's Redis, with /metrics on. */
export const workersComponent: ClusterComponent = {
  name: 'workers',
  args: ({ listen }) => ['workers', '--metrics-listen', workersMetricsListen(listen)],
  describe: ({ listen }) => `scheduler and controllers; metrics on http://${workersMetricsListen(listen)}/metrics`,
};

/**
 * The node agent of node `nodeName`, with the process runtime. It talks only to the API server:
 * it gets no database or Redis address, and its bootstrap token through the environment (not
 * its command line, which every user can read).
 */
const AGENT_HIDDEN_ENV = ['DATABASE_URL', 'REDIS_URL', 'CAPSTAN_REDIS_PREFIX', 'CAPSTAN_ADMIN_TOKEN', 'CAPSTAN_TOKEN', 'CAPSTAN_SERVER', 'CAPSTAN_NODE_NAME', 'CAPSTAN_AGENT_DATA_DIR', 'CAPSTAN_RUNTIME'];

export function agentComponent(nodeName: string): ClusterComponent {
  return {
    name: `agent-${nodeName}`,
    nodeName,
    args: ({ paths, listen }) => ['agent', '--server', listen.baseUrl, '--name', nodeName, '--data-dir', agentDataDir(paths, nodeName), '--runtime', 'process'],
    env: (clusterEnv, { bootstrapToken }) => {
      const env: NodeJS.ProcessEnv = { ...clusterEnv };
      // Nothing of the control plane's, nor a CLI token the user exported, reaches the agent.
      for (const name of AGENT_HIDDEN_ENV) delete env[name];
      return { ...env, CAPSTAN_BOOTSTRAP_TOKEN: bootstrapToken };
    },
    // Started is enough here: the last step waits for every node to be Ready.
    waitReady: async () => {},
    describe: () => `node ${nodeName}, process runtime`,
  };
}

/** Whether a recorded process is a node agent (by its name, `agent-<node>`). */
export function isAgent(processName: string): boolean {
  return processName.startsWith('agent-');
}

/** Node names stay the same from one `capstan up` to the next: node-1, node-2, … */
export function nodeNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `node-${i + 1}`);
}

export function agentDataDir(paths: ClusterPaths, nodeName: string): string {
  return path.join(paths.agentsDir, nodeName);
}

export function clusterComponents(nodes: number): ClusterComponent[] {
  return [serverComponent, workersComponent, ...nodeNames(nodes).map(agentComponent)];
}
