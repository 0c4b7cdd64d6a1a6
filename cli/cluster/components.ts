/**
 * The Capstan processes a local cluster runs, in start order (stopped in reverse). Adding one
 * (`workers`, `agent`) is one entry in {@link COMPONENTS}.
 */
import type { ClusterPaths } from './cluster-paths.ts';
import type { ListenAddress } from './listen-address.ts';
import { httpOk, pollUntil } from './network-probes.ts';

/** What a component is started with. */
export interface ComponentContext {
  paths: ClusterPaths;
  listen: ListenAddress;
}

export interface ClusterComponent {
  /** Also the name of its log file, `<data>/logs/<name>.log`. */
  name: string;
  /** The `capstan` command line that runs it: `['server', '--listen', …]`. */
  args(ctx: ComponentContext): string[];
  /** Resolves once it is ready. Without one, it is ready once it has run for STARTUP_GRACE_MS. */
  waitReady?(ctx: ComponentContext, signal: AbortSignal): Promise<void>;
  /** What its progress line shows once it is ready: where it serves. */
  describe?(ctx: ComponentContext): string;
}

/** How long a component has to become ready. */
export const READY_TIMEOUT_MS = 60_000;

/** How long a component without a readiness check must keep running to count as started. */
export const STARTUP_GRACE_MS = 1_000;

export const serverComponent: ClusterComponent = {
  name: 'server',
  args: ({ paths, listen }) => ['server', '--listen', listen.text, '--data-dir', paths.dataDir, '--admin-token-file', paths.tokenFile],
  waitReady: ({ listen }, signal) =>
    pollUntil(() => httpOk(`${listen.baseUrl}/readyz`, 1_000), `the API server did not answer ${listen.baseUrl}/readyz within ${READY_TIMEOUT_MS / 1000} s`, {
      timeoutMs: READY_TIMEOUT_MS,
      intervalMs: 150,
      signal,
    }),
  describe: ({ listen }) => listen.baseUrl,
};

/** The controllers (scheduler, replicaset, deployment, …) on the cluster's Redis. */
export const workersComponent: ClusterComponent = {
  name: 'workers',
  args: () => ['workers'],
  describe: () => 'scheduler and controllers',
};

export const COMPONENTS: readonly ClusterComponent[] = [serverComponent, workersComponent];
