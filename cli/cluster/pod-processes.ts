/**
 * The pods' processes of a local cluster. The process runtime starts every container detached,
 * so that it outlives a restarting agent (which re-adopts it), as a kubelet's containers do. When
 * the whole cluster stops, its pods stop too: after the agents, each container's process group
 * gets SIGTERM, then SIGKILL. A container is known by its wrapper's command line
 * (`sh -c … capstan-container <exit file> …`, see node-agent/runtime/process/wrapper.ts), whose
 * exit file lies in its agent's data folder, under `<data>/agents/`: so only this cluster's pods.
 * Pods come back when `capstan up` starts the agents again (restartPolicy).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isRunning, STOP_GRACE_MS } from './stop-process.ts';

const WRAPPER_MARK = 'capstan-container';

/** The pids of the container wrappers (each its group's leader) whose files are under `agentsDir`. */
export function podProcesses(agentsDir: string): number[] {
  const prefix = `${path.resolve(agentsDir)}${path.sep}`;
  const pids: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return pids; // no /proc: nothing to find this way
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    // sh -c SCRIPT capstan-container EXIT_FILE CGROUPS ARGV…
    const mark = argv.indexOf(WRAPPER_MARK);
    if (mark < 0 || mark > 4) continue;
    const exitFile = argv[mark + 1] ?? '';
    if (exitFile.startsWith(prefix) && isRunning(Number(entry))) pids.push(Number(entry));
  }
  return pids;
}

/** Stops every pod process of the cluster: SIGTERM to each container's group, then SIGKILL. Resolves to how many there were. */
export async function stopPodProcesses(agentsDir: string, graceMs = STOP_GRACE_MS): Promise<number> {
  const pids = podProcesses(agentsDir);
  if (pids.length === 0) return 0;
  for (const pid of pids) signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pids.some((pid) => isRunning(pid)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  // A wrapper that ends kills what is left of its group itself.
  for (const pid of pids) if (isRunning(pid)) signalGroup(pid, 'SIGKILL');
  return pids.length;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Gone.
    }
  }
}

/** For a progress line: `stopped 3 containers`, `none running`. */
export function describePodsStopped(count: number): string {
  return count === 0 ? 'no containers running' : `stopped ${count} container${count === 1 ? '' : 's'}`;
}
