/**
 * A step of `capstan up` before the API server starts: `scripts/build-dashboard.mjs` builds the
 * dashboard and playground (dashboard/dist) when the build is missing or older than its
 * sources, and does nothing otherwise. Its output goes to `<data>/logs/dashboard-build.log`.
 * A failed build does not stop the cluster: the API works without the dashboard.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { exitReport, startManagedProcess } from './managed-process.ts';

export type DashboardBuild =
  /** What the script said last: `dashboard built in 4.1 s: …` or `dashboard build is up to date`. */
  | { outcome: 'done'; summary: string }
  | { outcome: 'failed'; report: string }
  | { outcome: 'no-script' };

export async function buildDashboard(repoRoot: string, logFile: string, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<DashboardBuild> {
  const script = path.join(repoRoot, 'scripts', 'build-dashboard.mjs');
  if (!existsSync(script)) return { outcome: 'no-script' };
  const child = await startManagedProcess({
    name: 'dashboard-build',
    command: process.execPath,
    args: [script],
    env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    cwd: repoRoot,
    logFile,
    detach: false,
    marker: script,
  });
  const stopOnAbort = () => void child.stop(2_000);
  signal.addEventListener('abort', stopOnAbort, { once: true });
  try {
    const exit = await child.exit;
    signal.throwIfAborted();
    if (exit.code !== 0) return { outcome: 'failed', report: await exitReport(child, 5) };
    const [last] = (await child.logTail(1)).slice(-1);
    return { outcome: 'done', summary: last?.trim() ?? 'done' };
  } finally {
    signal.removeEventListener('abort', stopOnAbort);
  }
}
