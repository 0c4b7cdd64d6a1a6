/**
 * `npm run bench -- cli [--quick] [--runs N]`: cold start of the `capstan` executable, as a user
 * (or a shell completion) pays it: each run is a new `node bin/capstan.js …` process, timed
 * from spawn to exit, against a running API server with 20 pods in the namespace.
 *
 * - `get pods` (goal: p50 ≤ 250 ms on an idle machine) and `version` (no server call), compiled
 *   from dist/ as installed;
 * - for comparison, `node -e 0` (node's own start) and `get pods` through tsx
 *   (`node --import tsx cli/main.ts`), how capstan ran before the build step.
 *
 * 20 runs of each compiled command (5 with --quick), 5 through tsx (2), after 2 unmeasured runs.
 * The load average is printed with the figures: on a busy machine every process starts slower,
 * so each command's CPU time (user + system, which waiting for a core does not add to) is shown too.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../scripts/build.mjs';
import { distFreshness } from '../scripts/build-freshness.mjs';
import { ROOT } from '../test/harness.ts';
import { benchDatabase, gql, percentile, round, startServerProcess } from './support.ts';

const BIN = path.join(ROOT, 'bin/capstan.js');
const GOAL_MS = 250;

interface Figures {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  minMs: number;
  /** CPU time (user + system) of the process: what a busy machine does not inflate. */
  cpuP50Ms: number;
}

/** Loaded into each measured process (NODE_OPTIONS=--import): prints its CPU time at exit. */
const CPU_REPORTER = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\n__cpu_us=' + (u.user + u.system) + '\\n'); });",
)}`;

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Runs the command to its end; resolves to its wall and CPU times, or fails with its output. */
function timedRun(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      const cpu = /__cpu_us=(\d+)/.exec(out);
      if (code === 0) resolve({ ms, cpuMs: cpu ? Number(cpu[1]) / 1000 : NaN });
      else reject(new Error(`${args.join(' ')} exited with ${code}: ${out.slice(-500)}`));
    });
  });
}

async function measure(label: string, args: string[], env: NodeJS.ProcessEnv, runs: number): Promise<Figures> {
  for (let i = 0; i < 2; i++) await timedRun(args, env);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = await timedRun(args, env);
    times.push(t.ms);
    cpu.push(t.cpuMs);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const f = { runs, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), minMs: round(times[0]!), cpuP50Ms: round(percentile(cpu, 50)) };
  console.log(
    `  ${label.padEnd(34)} p50 ${String(f.p50Ms).padStart(6)} ms   p95 ${String(f.p95Ms).padStart(6)} ms   min ${String(f.minMs).padStart(6)} ms   cpu p50 ${String(f.cpuP50Ms).padStart(6)} ms   (${runs} runs)`,
  );
  return f;
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean' }, runs: { type: 'string' } } });
  const runs = values.runs ? Number(values.runs) : values.quick ? 5 : 20;
  const tsxRuns = values.quick ? 2 : 5;

  const state = distFreshness(ROOT);
  if (!state.fresh) {
    console.log(`${state.reason}: building dist/ first (not timed)`);
    await build({ root: ROOT, quiet: true });
  }
  const db = await benchDatabase('cli');
  const server = await startServerProcess(db.url);
  try {
    for (let i = 0; i < 20; i++) {
      await gql(server.url, server.token, `mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
        p: { metadata: { name: `web-${i}`, labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'busybox', command: ['sleep', '3600'] }] } },
      });
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CAPSTAN_SERVER: server.url.replace(/\/graphql$/, ''),
      CAPSTAN_TOKEN: server.token,
      CAPSTAN_AUTO_BUILD: '0',
      NODE_OPTIONS: `--import=${CPU_REPORTER}`,
    };
    console.log(`cold start of capstan, each run a new process; load average ${loadavg()} (2 cores)`);
    const node = await measure('node -e 0 (node alone)', ['-e', '0'], env, runs);
    const version = await measure('capstan version', [BIN, 'version'], env, runs);
    const getPods = await measure('capstan get pods (20 pods)', [BIN, 'get', 'pods'], env, runs);
    const getPodsTsx = await measure('capstan get pods, through tsx', ['--import', 'tsx', path.join(ROOT, 'cli/main.ts'), 'get', 'pods'], env, tsxRuns);
    const met = getPods.p50Ms <= GOAL_MS;
    console.log(`goal: get pods p50 ≤ ${GOAL_MS} ms on an idle machine: ${met ? 'met' : 'not met'} here (load ${loadavg()})`);
    console.log(JSON.stringify({ bench: 'cli', goalMs: GOAL_MS, getPods, version, nodeAlone: node, getPodsTsx, loadavg: loadavg() }));
  } finally {
    await server.stop();
    await db.drop();
  }
}
