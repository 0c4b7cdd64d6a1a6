/**
 * `capstan up` as on a fresh machine: no DATABASE_URL or REDIS_URL, and nothing answers where
 * the local PostgreSQL and Redis would be (CAPSTAN_LOCAL_POSTGRES and CAPSTAN_LOCAL_REDIS point
 * at closed ports). It runs an embedded PostgreSQL and a redis-server from PATH, with their
 * files in the data folder, as part of the cluster; Ctrl-C stops them with the rest, and the
 * next `capstan up` finds the Deployment again. Without a redis-server it says how to get one
 * and leaves nothing running.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podProcesses } from '../cli/cluster/pod-processes.ts';
import { tcpAnswers } from '../cli/cluster/network-probes.ts';
import { findExecutable } from '../cli/cluster/redis.ts';
import { isRunning } from '../cli/cluster/stop-process.ts';
import { freePort } from './harness.ts';
import { capstan, ClusterApi, foregroundUp, sleeperDeployment, stepLine } from './up-support.ts';

let scratch: string;
let closedPort: number;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'capstan-up-embedded-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through here.
  await chmod(scratch, 0o711);
  closedPort = await freePort();
  env = {
    CAPSTAN_LOCAL_POSTGRES: `127.0.0.1:${closedPort}`,
    CAPSTAN_LOCAL_REDIS: `127.0.0.1:${closedPort}`,
    CAPSTAN_BUILD_DASHBOARD: '0',
    CAPSTAN_LEASE_RENEW_MS: '1000',
  };
});

afterAll(async () => {
  // Whatever a failed test left running goes with the data folders.
  for (const entry of scratch ? await readdir(scratch) : []) await capstan(['down', '--data-dir', path.join(scratch, entry)], env);
  if (scratch) await rm(scratch, { recursive: true, force: true });
}, 60_000);

describe.skipIf(!findExecutable('redis-server', process.env.PATH ?? ''))('capstan up with no PostgreSQL or Redis answering', () => {
  let dataDir: string;
  let port: number;
  let api: ClusterApi;

  beforeAll(async () => {
    dataDir = path.join(scratch, 'cluster');
    port = await freePort();
    api = new ClusterApi(dataDir, port);
  });

  it('runs an embedded PostgreSQL and a redis-server in the data folder, and the cluster with a Ready node; Ctrl-C stops them all', async () => {
    const first = foregroundUp(['--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], env);
    try {
      await expect.poll(first.output, { timeout: 100_000, interval: 200 }).toMatch(/Press Ctrl-C to stop it\.|capstan up: /);
      const output = first.output();
      expect(output).toMatch(stepLine('postgres', new RegExp(`127\\.0\\.0\\.1:\\d+/capstan \\(embedded PostgreSQL 18[.\\d]*, initialised in ${dataDir}/postgres, pid \\d+\\)`)));
      expect(output).toMatch(stepLine('redis', /127\.0\.0\.1:\d+ \(started redis-server, pid \d+\)/));
      expect(output).toMatch(stepLine('nodes', 'node-1 Ready'));
      expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

      const since = Date.now();
      const manifest = path.join(scratch, 'sleeper.yaml');
      await writeFile(manifest, sleeperDeployment('sleeper', 1));
      const applied = await capstan(['apply', '-f', manifest, '--data-dir', dataDir], env);
      expect(applied.stdout).toBe('deployment.apps/sleeper created\n');
      await api.waitForRunningPods('sleeper', 1, 'node-1', since);

      const { processes } = JSON.parse(await readFile(path.join(dataDir, 'pids.json'), 'utf8')) as { processes: { name: string; pid: number }[] };
      expect(processes.map((p) => p.name)).toEqual(['postgres', 'redis', 'server', 'workers', 'agent-node-1']);
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      // Stopped in reverse start order, the pods after their agent, PostgreSQL last.
      expect(first.output()).toMatch(
        /Stopping \(SIGINT\)\n✔ agent-node-1 +stopped .*\n✔ pods +stopped 1 container .*\n✔ workers +stopped .*\n✔ server +stopped .*\n✔ redis +stopped .*\n✔ postgres +stopped .*\nCapstan stopped\n$/,
      );
      for (const { pid } of processes) expect(isRunning(pid)).toBe(false);
      expect(podProcesses(path.join(dataDir, 'agents'))).toEqual([]);
      expect(await tcpAnswers('127.0.0.1', port)).toBe(false);
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGINT');
      await first.exited;
    }
  }, 150_000);

  it('capstan up again uses the same embedded PostgreSQL: the Deployment and its pod are back; capstan down stops it', async () => {
    const since = Date.now();
    const run = await capstan(['up', '-d', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(stepLine('postgres', new RegExp(`127\\.0\\.0\\.1:\\d+/capstan \\(embedded PostgreSQL 18[.\\d]*, files in ${dataDir}/postgres, pid \\d+\\)`)));
    expect(run.stdout).toMatch(stepLine('migrations', 'up to date'));
    expect(await api.nodeNames()).toEqual(['node-1']);
    await api.waitForRunningPods('sleeper', 1, 'node-1', since);

    const { processes } = JSON.parse(await readFile(path.join(dataDir, 'pids.json'), 'utf8')) as { processes: { name: string; pid: number }[] };
    const down = await capstan(['down', '--data-dir', dataDir], env);
    expect(down.code).toBe(0);
    expect(down.stdout).toMatch(/^✔ postgres +stopped \(pid \d+\)/m);
    for (const { pid } of processes) expect(isRunning(pid)).toBe(false);
    expect(podProcesses(path.join(dataDir, 'agents'))).toEqual([]);
  }, 120_000);
});

describe('capstan up with no Redis answering and no redis-server on PATH', () => {
  it('fails saying how to install one, and stops the embedded PostgreSQL it had started', async () => {
    const dataDir = path.join(scratch, 'no-redis');
    const emptyBin = await mkdtemp(path.join(scratch, 'bin-'));
    const run = await capstan(['up', '-d', '--data-dir', dataDir, '--listen', `127.0.0.1:${await freePort()}`], { ...env, PATH: emptyBin });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no Redis to use: REDIS_URL is not set, nothing answers at 127\.0\.0\.1:\d+, and there is no redis-server on PATH/);
    expect(run.stderr).toContain('sudo apt-get install redis-server');
    expect(run.stdout).toMatch(/^✔ postgres .*embedded PostgreSQL/m);
    expect(run.stdout).toMatch(/^✘ redis /m);
    const pid = Number(/embedded PostgreSQL [^,]*, initialised in [^,]*, pid (\d+)/.exec(run.stdout)?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
    expect(existsSync(path.join(dataDir, 'pids.json'))).toBe(false);
  }, 60_000);
});
