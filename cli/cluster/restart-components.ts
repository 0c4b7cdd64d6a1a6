/**
 * `capstan up` on a cluster that is partly running: the Capstan components that died (API
 * server, workers, node agents) are started again exactly as before (pids.json keeps each
 * one's command line and environment), in start order, each waited for as at the first start,
 * and restarted agents until their nodes are Ready again. PostgreSQL and Redis are not
 * restarted here: when one of those died, the cluster has to go down and up again.
 */
import { CommandError } from '../command.ts';
import { logFile, type ClusterPaths } from './cluster-paths.ts';
import { agentComponent, serverComponent, workersComponent, type ClusterComponent, type ComponentContext } from './components.ts';
import type { ListenAddress } from './listen-address.ts';
import { startManagedProcess, type ManagedProcess } from './managed-process.ts';
import { adminTokenFor, waitForNodesReady } from './node-readiness.ts';
import { writePidsFile, type PidsFile, type RecordedProcess } from './pids-file.ts';
import type { Progress } from './progress.ts';
import { NODE_READY_TIMEOUT_MS, untilReady } from './start-cluster.ts';
import { isRunning } from './stop-process.ts';

export interface RestartOptions {
  paths: ClusterPaths;
  listen: ListenAddress;
  /** The cluster's record; updated in place (and on disk) with each new pid. */
  pids: PidsFile;
  env: NodeJS.ProcessEnv;
  progress: Progress;
  signal: AbortSignal;
  nodeReadyTimeoutMs?: number;
}

/** The recorded processes that no longer run. */
export function stoppedProcesses(pids: PidsFile): RecordedProcess[] {
  return pids.processes.filter((p) => !isRunning(p.pid, p.marker));
}

/** Those of `stopped` that cannot be restarted: not a Capstan component, or recorded without how it started. */
export function unrestartable(stopped: RecordedProcess[]): RecordedProcess[] {
  return stopped.filter((p) => !p.restart || !componentNamed(p.name));
}

function componentNamed(name: string): ClusterComponent | undefined {
  if (name === serverComponent.name) return serverComponent;
  if (name === workersComponent.name) return workersComponent;
  if (name.startsWith('agent-') && name.length > 'agent-'.length) return agentComponent(name.slice('agent-'.length));
  return undefined;
}

/** Starts every stopped component again; returns their names. */
export async function restartStopped(opts: RestartOptions): Promise<string[]> {
  const { paths, pids, progress, signal } = opts;
  const stopped = stoppedProcesses(pids);
  const cannot = unrestartable(stopped);
  if (cannot.length > 0) throw new CommandError(`cannot restart ${cannot.map((p) => p.name).join(', ')}`);
  // Only what waitReady reads: the agents' bootstrap token travels in their recorded environment.
  const ctx: ComponentContext = { paths, listen: opts.listen, bootstrapToken: '' };
  const agents: { nodeName: string; process: ManagedProcess }[] = [];
  const since = Date.now();
  for (const old of stopped) {
    signal.throwIfAborted();
    const component = componentNamed(old.name)!;
    await progress.step(
      old.name,
      async () => {
        const child = await startManagedProcess({
          ...old.restart!,
          name: old.name,
          logFile: logFile(paths, old.name),
          detach: true,
          marker: old.marker,
          stopSignal: old.stopSignal,
        });
        pids.processes[pids.processes.indexOf(old)] = { ...old, pid: child.pid };
        await writePidsFile(paths.pidsFile, pids);
        if (component.nodeName) agents.push({ nodeName: component.nodeName, process: child });
        await untilReady(component, ctx, child, signal);
        return child.pid;
      },
      (pid) => `restarted (pid ${pid})`,
    );
  }
  if (agents.length > 0) {
    const adminToken = await adminTokenFor(opts.env, paths.tokenFile);
    if (adminToken) {
      await progress.step(
        'nodes',
        () => waitForNodesReady({ server: opts.listen.baseUrl, adminToken, agents, since, timeoutMs: opts.nodeReadyTimeoutMs ?? NODE_READY_TIMEOUT_MS, signal }),
        () => `${agents.map((a) => a.nodeName).join(', ')} Ready`,
      );
    }
  }
  return stopped.map((p) => p.name);
}
