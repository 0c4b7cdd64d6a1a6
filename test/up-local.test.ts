/**
 * `capstan up` on a fresh data folder with no DATABASE_URL or REDIS_URL, using the PostgreSQL
 * and Redis that answer on this machine (its own database, named uniquely per run through
 * CAPSTAN_DATABASE_NAME): the whole cluster comes up with one node, a Deployment applied with
 * the CLI runs, and after `capstan down` and `capstan up` the Deployment and its pods are back.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podProcesses } from '../cli/cluster/pod-processes.ts';
import { tcpAnswers } from '../cli/cluster/network-probes.ts';
import { isRunning } from '../cli/cluster/stop-process.ts';
import { freePort, PG_BASE_URL } from './harness.ts';
import { capstan, ClusterApi, deleteClusterKeys, sleeperDeployment, stepLine } from './up-support.ts';

const database = `capstan_t_up_local_${randomBytes(4).toString('hex')}`;
let scratch: string;
let dataDir: string;
let port: number;
let env: NodeJS.ProcessEnv;
let api: ClusterApi;
const up = () => capstan(['up', '-d', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], env);
const down = () => capstan(['down', '--data-dir', dataDir], env);
const recordedPids = async () => (JSON.parse(await readFile(path.join(dataDir, 'pids.json'), 'utf8')) as { processes: { name: string; pid: number }[] }).processes;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'capstan-up-local-'));
  dataDir = path.join(scratch, 'cluster');
  port = await freePort();
  // Fast leases, so the node is Ready and its pods report soon; the dashboard is the dashboard tests' business.
  env = { CAPSTAN_DATABASE_NAME: database, CAPSTAN_BUILD_DASHBOARD: '0', CAPSTAN_LEASE_RENEW_MS: '1000' };
  api = new ClusterApi(dataDir, port);
}, 30_000);

afterAll(async () => {
  if (dataDir) await down();
  const admin = new pg.Client({ connectionString: `${PG_BASE_URL}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await deleteClusterKeys(database);
  if (scratch) await rm(scratch, { recursive: true, force: true });
}, 60_000);

describe('capstan up with the local PostgreSQL and Redis', () => {
  it('brings up the whole cluster on a fresh data folder: its own database, the workers and a Ready node', async () => {
    const run = await up();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(stepLine('postgres', `127.0.0.1:5432/${database}`));
    expect(run.stdout).toMatch(stepLine('redis', '127.0.0.1:6379'));
    expect(run.stdout).toMatch(stepLine('migrations', /applied \d+ migrations/));
    expect(run.stdout).toMatch(stepLine('server', `http://127.0.0.1:${port}`));
    expect(run.stdout).toMatch(stepLine('workers', /scheduler and controllers; metrics on http:\/\/127\.0\.0\.1:\d+\/metrics/));
    expect(run.stdout).toMatch(stepLine('agent-node-1', 'node node-1, process runtime'));
    expect(run.stdout).toMatch(stepLine('nodes', 'node-1 Ready'));
    expect(run.stdout).toContain(`Admin token ${path.join(dataDir, 'admin-token')}\n`);
    expect(run.stdout).toContain(`capstan get nodes --data-dir ${dataDir}`);
    expect(await api.nodeNames()).toEqual(['node-1']);
    // The token nodes join with is kept for the next start, readable by its owner only.
    expect((await stat(path.join(dataDir, 'bootstrap-token'))).mode & 0o777).toBe(0o600);
  }, 120_000);

  it('runs a Deployment applied with the CLI', async () => {
    const since = Date.now();
    const manifest = path.join(scratch, 'sleeper.yaml');
    await writeFile(manifest, sleeperDeployment('sleeper', 2));
    const applied = await capstan(['apply', '-f', manifest, '--data-dir', dataDir], env);
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toBe('deployment.apps/sleeper created\n');
    await api.waitForRunningPods('sleeper', 2, 'node-1', since);
  }, 90_000);

  it('capstan down stops every process, the pods included', async () => {
    const pids = await recordedPids();
    expect(pids.map((p) => p.name)).toEqual(['server', 'workers', 'agent-node-1']);
    const run = await down();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ agent-node-1 +stopped \(pid \d+\)/m);
    expect(run.stdout).toMatch(/^✔ pods +stopped 2 containers/m);
    expect(await tcpAnswers('127.0.0.1', port)).toBe(false);
    for (const { pid } of pids) expect(isRunning(pid)).toBe(false);
    expect(podProcesses(path.join(dataDir, 'agents'))).toEqual([]);
    expect(existsSync(path.join(dataDir, 'pids.json'))).toBe(false);
  }, 60_000);

  it('capstan up again resumes the same cluster: same database and node, and the Deployment runs again', async () => {
    const since = Date.now();
    const run = await up();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(stepLine('migrations', 'up to date'));
    expect(run.stdout).toMatch(stepLine('nodes', 'node-1 Ready'));
    expect(await api.nodeNames()).toEqual(['node-1']);
    const deployment = await api.query<{ deployment: { spec: { replicas: number } } | null }>('{ deployment(namespace: "default", name: "sleeper") { spec { replicas } } }');
    expect(deployment.deployment?.spec.replicas).toBe(2);
    await api.waitForRunningPods('sleeper', 2, 'node-1', since);
  }, 120_000);
});
