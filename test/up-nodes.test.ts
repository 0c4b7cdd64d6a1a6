/**
 * The last step of `capstan up`: waiting until every node is Ready, and what it says when a node
 * never is (its agent ends, or runs without its node ever becoming Ready): the agent's log, and
 * nothing left running.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterPaths } from '../cli/cluster/cluster-paths.ts';
import { agentComponent, serverComponent, type ClusterComponent } from '../cli/cluster/components.ts';
import { parseListen } from '../cli/cluster/listen-address.ts';
import { Progress } from '../cli/cluster/progress.ts';
import { startCluster } from '../cli/cluster/start-cluster.ts';
import { tcpAnswers } from '../cli/cluster/network-probes.ts';
import { createTestDatabase, freePort, REDIS_URL, redisPrefix, type TestDatabase } from './harness.ts';
import { cleanEnv } from './up-support.ts';

let db: TestDatabase;
let scratch: string;
const prefix = redisPrefix('up-nodes');

beforeAll(async () => {
  db = await createTestDatabase('up_nodes');
  scratch = await mkdtemp(path.join(os.tmpdir(), 'capstan-up-nodes-'));
});

afterAll(async () => {
  await db?.drop();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** startCluster with the server and one "agent" for node-1; resolves to its error and progress. */
async function startWithAgent(folder: string, agent: ClusterComponent, nodeReadyTimeoutMs = 60_000) {
  const paths = clusterPaths(path.join(scratch, folder));
  let out = '';
  const port = await freePort();
  const error = await startCluster({
    paths,
    listen: parseListen(`127.0.0.1:${port}`),
    detach: false,
    // Both tests share the database: only the first server would write a generated admin token.
    env: { ...cleanEnv(), DATABASE_URL: db.url, REDIS_URL, CAPSTAN_REDIS_PREFIX: prefix, CAPSTAN_ADMIN_TOKEN: 'up-nodes-admin-token' },
    progress: new Progress((text) => (out += text)),
    signal: new AbortController().signal,
    components: [serverComponent, agent],
    buildDashboard: false,
    nodeReadyTimeoutMs,
  }).then(
    // Started after all (the test fails on the missing error): leave nothing running.
    async (cluster) => void (await cluster.stop()),
    (err: Error) => err,
  );
  return { error, out, paths, port };
}

describe('capstan up › waiting for the nodes', () => {
  it('when an agent ends (a bootstrap token the server does not know) › fails with its log, and stops the server', async () => {
    const node = agentComponent('node-1');
    const agent: ClusterComponent = { ...node, env: (env, ctx) => ({ ...node.env!(env, ctx), CAPSTAN_BOOTSTRAP_TOKEN: 'zzzzzz.zzzzzzzzzzzzzzzz' }) };
    const { error, out, paths, port } = await startWithAgent('agent-ends', agent);
    expect(error?.message).toMatch(/^node node-1: agent-node-1 exited with code \d+; last lines of .*\/logs\/agent-node-1\.log:\n/);
    expect(out).toMatch(/^✘ nodes +\(/m);
    expect(existsSync(paths.pidsFile)).toBe(false);
    expect(await tcpAnswers('127.0.0.1', port)).toBe(false);
  }, 120_000);

  it('when a node is not Ready in time › names the node and its agent log, and stops everything', async () => {
    // A process that runs as the agent of node-1 but never registers it.
    const silent: ClusterComponent = { ...agentComponent('node-1'), args: () => ['workers', '--controllers', 'gc'], env: (env) => env };
    const started = Date.now();
    const { error, out, paths, port } = await startWithAgent('not-ready', silent, 3_000);
    expect(error?.message).toContain('not every node became Ready within 3 s (not Ready: node-1)');
    expect(error?.message).toContain(`node node-1: see its agent's log, ${path.join(paths.logsDir, 'agent-node-1.log')}`);
    expect(out).toMatch(/^✔ agent-node-1 /m);
    expect(out).toMatch(/^✘ nodes +\(/m);
    expect(Date.now() - started).toBeLessThan(100_000);
    expect(existsSync(paths.pidsFile)).toBe(false);
    expect(await tcpAnswers('127.0.0.1', port)).toBe(false);
  }, 120_000);
});

