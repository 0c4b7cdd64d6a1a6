/**
 * `capstan down`: stops the local cluster `capstan up` started from a data folder, by the pids it
 * recorded in `<data>/pids.json`: SIGTERM (SIGINT for PostgreSQL), up to 10 s, then SIGKILL, in
 * reverse start order; and the pods' processes after the agents.
 */
import { clusterPaths, DEFAULT_DATA_DIR } from '../cluster/cluster-paths.ts';
import { dataDirFlag } from '../cluster/data-dir-flag.ts';
import { isAgent } from '../cluster/components.ts';
import { liveProcesses, readPidsFile, removePidsFile, type RecordedProcess } from '../cluster/pids-file.ts';
import { describePodsStopped, podProcesses, stopPodProcesses } from '../cluster/pod-processes.ts';
import { Progress } from '../cluster/progress.ts';
import { describeStopResult, isRunning, STOP_GRACE_MS, stopProcess } from '../cluster/stop-process.ts';
import { stringFlag, type Command } from '../command.ts';

export const downCommand: Command = {
  name: 'down',
  summary: 'Stop the local cluster that `capstan up` started',
  description:
    'Stops the processes `capstan up` recorded in <data dir>/pids.json (a foreground `capstan up`\n' +
    'stops its own), each with SIGTERM and, after 10 s, SIGKILL. The data stays: `capstan up`\n' +
    'resumes the same cluster.',
  flags: [dataDirFlag],
  async run({ values }, ctx) {
    const paths = clusterPaths(stringFlag(values, 'data-dir') ?? DEFAULT_DATA_DIR);
    const pids = await readPidsFile(paths.pidsFile);
    if (!pids || liveProcesses(pids).length === 0) {
      if (pids) await removePidsFile(paths.pidsFile);
      ctx.stdout(`no cluster is running from ${paths.dataDir}\n`);
      return 0;
    }
    const progress = new Progress(ctx.stdout);
    const { supervisor } = pids;
    if (supervisor && isRunning(supervisor.pid, supervisor.marker)) {
      // A foreground `capstan up` stops its children itself, each within its own grace period.
      await progress.step(
        'capstan up',
        () => stopProcess(supervisor.pid, { marker: supervisor.marker, graceMs: STOP_GRACE_MS * (pids.processes.length + 1) }),
        (result) => `${describeStopResult(result)} (pid ${supervisor.pid})`,
      );
    }
    const stopRecorded = async (recorded: RecordedProcess) => {
      if (!isRunning(recorded.pid, recorded.marker)) return;
      await progress.step(
        recorded.name,
        () => stopProcess(recorded.pid, { marker: recorded.marker, group: true, signal: recorded.stopSignal }),
        (result) => `${describeStopResult(result)} (pid ${recorded.pid})`,
      );
    };
    // In reverse start order, as `capstan up` stops them: the agents, their pods (which outlive an
    // agent), then the control plane, Redis and PostgreSQL.
    const reversed = [...pids.processes].reverse();
    for (const recorded of reversed.filter((p) => isAgent(p.name))) await stopRecorded(recorded);
    if (podProcesses(paths.agentsDir).length > 0) await progress.step('pods', () => stopPodProcesses(paths.agentsDir), describePodsStopped);
    for (const recorded of reversed.filter((p) => !isAgent(p.name))) await stopRecorded(recorded);
    await removePidsFile(paths.pidsFile);
    ctx.stdout('Capstan stopped\n');
    return 0;
  },
};
