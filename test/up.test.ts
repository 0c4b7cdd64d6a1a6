/**
 * `capstan up` / `capstan down` with real processes: a detached control plane (no nodes) on a
 * fresh database and data folder, stopped and resumed; and how PostgreSQL and Redis are found or
 * started, and what is left running when a start fails. The whole cluster with nodes and pods:
 * up-local.test.ts and up-embedded.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterPaths } from '../cli/cluster/cluster-paths.ts';
import { serverComponent } from '../cli/cluster/components.ts';
import { parseListen } from '../cli/cluster/listen-address.ts';
import { resolvePostgres } from '../cli/cluster/postgres.ts';
import { tcpAnswers } from '../cli/cluster/network-probes.ts';
import { Progress } from '../cli/cluster/progress.ts';
import { findExecutable, redisAnswers, resolveRedis } from '../cli/cluster/redis.ts';
import { startCluster } from '../cli/cluster/start-cluster.ts';
import { isRunning } from '../cli/cluster/stop-process.ts';
import { CommandError } from '../cli/command.ts';
import { createTestDatabase, freePort, gql, PG_BASE_URL, REDIS_URL, ROOT, waitFor, type TestDatabase } from './harness.ts';
import { BIN, capstan, cleanEnv, deleteClusterKeys } from './up-support.ts';

let db: TestDatabase;
let scratch: string;

beforeAll(async () => {
  db = await createTestDatabase('up');
  scratch = await mkdtemp(path.join(os.tmpdir(), 'capstan-up-test-'));
});

afterAll(async () => {
  await db?.drop();
  if (db) await deleteClusterKeys(db.name);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('capstan up --detach', () => {
  let dataDir: string;
  let port: number;
  let env: NodeJS.ProcessEnv;
  const readToken = async () => (await readFile(path.join(dataDir, 'admin-token'), 'utf8')).trim();
  const graphqlUrl = () => `http://127.0.0.1:${port}/graphql`;
  const up = () => capstan(['up', '-d', '--nodes', '0', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], env);
  const down = () => capstan(['down', '--data-dir', dataDir], env);

  beforeAll(async () => {
    dataDir = path.join(scratch, 'cluster');
    port = await freePort();
    env = { DATABASE_URL: db.url, REDIS_URL, CAPSTAN_BUILD_DASHBOARD: '0' };
  });

  afterAll(async () => {
    if (dataDir) await down();
  });

  it('starts the cluster, showing each step, and prints the API URL and where the admin token is', async () => {
    const run = await up();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ postgres +127\.0\.0\.1:5432\/capstan_t_up_\w+ \(DATABASE_URL\) +\((?:\d+ ms|\d+\.\d s)\)$/m);
    expect(run.stdout).toMatch(/^✔ redis +127\.0\.0\.1:6379 \(REDIS_URL\) +\((?:\d+ ms|\d+\.\d s)\)$/m);
    expect(run.stdout).toMatch(/^✔ server +http:\/\/127\.0\.0\.1:\d+ +\((?:\d+ ms|\d+\.\d s)\)$/m);
    expect(run.stdout).toContain(graphqlUrl());
    expect(run.stdout).toContain(`Admin token ${path.join(dataDir, 'admin-token')}\n`);
    expect(run.stdout).toContain(`capstan down --data-dir ${dataDir}`);
  });

  it('serves /readyz, and GraphQL to the admin token from the token file', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const token = await readToken();
    const data = await gql<{ namespaces: { items: { metadata: { name: string } }[] } }>(graphqlUrl(), token, '{ namespaces { items { metadata { name } } } }');
    expect(data.namespaces.items.map((n) => n.metadata.name)).toContain('default');
    await gql(graphqlUrl(), token, 'mutation { createConfigMap(namespace: "default", configMap: { metadata: { name: "keep" } }) { metadata { name } } }');
  });

  it('writes where the server and its credentials are for the CLI', async () => {
    const config = JSON.parse(await readFile(path.join(dataDir, 'config'), 'utf8')) as unknown;
    expect(config).toEqual({ server: `http://127.0.0.1:${port}`, tokenFile: path.join(dataDir, 'admin-token') });
  });

  it('writes a kubeconfig that the real kubectl uses over HTTPS, and capstan kubeconfig prints it', async () => {
    const kubeconfig = path.join(dataDir, 'kubeconfig');
    const r = spawnSync('kubectl', ['get', 'configmap', 'keep', '-o', 'name'], { env: { PATH: process.env.PATH, HOME: scratch, KUBECONFIG: kubeconfig }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('configmap/keep');
    const printed = await capstan(['kubeconfig', '--data-dir', dataDir, '--embed-token'], env);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain(`server: https://127.0.0.1:${port}`);
    expect(printed.stdout).toContain(`token: ${await readToken()}`);
    expect(printed.stdout).toContain('certificate-authority-data: ');
  });

  it('says the cluster is already running, and exits 0, when started again', async () => {
    const run = await up();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Capstan is already running from ${dataDir}`);
    expect(run.stdout).toContain(graphqlUrl());
  });

  it('restarts the components that died, with the same command line, and the cluster works again', async () => {
    type Pids = { processes: { name: string; pid: number; restart?: { args: string[] } }[] };
    const readPids = async () => JSON.parse(await readFile(path.join(dataDir, 'pids.json'), 'utf8')) as Pids;
    const before = (await readPids()).processes.find((p) => p.name === 'workers')!;
    process.kill(before.pid, 'SIGKILL');
    await waitFor('the workers process to end', () => !isRunning(before.pid), 10_000);

    const run = await up();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Capstan from ${dataDir} is partly running; restarting workers\n`);
    expect(run.stdout).toMatch(/^✔ workers +restarted \(pid \d+\) +\((?:\d+ ms|\d+\.\d s)\)$/m);
    expect(run.stdout).not.toMatch(/^✔ server/m);
    const after = (await readPids()).processes.find((p) => p.name === 'workers')!;
    expect(after.pid).not.toBe(before.pid);
    expect(isRunning(after.pid)).toBe(true);
    expect(after.restart!.args).toEqual(before.restart!.args);
    // It records each component's environment (database URL, bootstrap token): for its owner only.
    expect((await stat(path.join(dataDir, 'pids.json'))).mode & 0o777).toBe(0o600);

    // The workers are back: the deployment and replicaset controllers make a Deployment's pods.
    const token = await readToken();
    await gql(graphqlUrl(), token, `mutation($d: DeploymentInput!) { createDeployment(namespace: "default", deployment: $d) { metadata { name } } }`, {
      d: { metadata: { name: 'after-restart' }, spec: { replicas: 2, selector: { matchLabels: { app: 'after-restart' } }, template: { metadata: { labels: { app: 'after-restart' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } },
    });
    await waitFor('the Deployment’s 2 pods', async () => {
      const data = await gql<{ pods: { items: unknown[] } }>(graphqlUrl(), token, '{ pods(namespace: "default", labelSelector: "app=after-restart") { items { metadata { name } } } }');
      return data.pods.items.length === 2;
    }, 30_000, 200);
  }, 90_000);

  it('refuses an address another program listens on', async () => {
    const other = path.join(scratch, 'other');
    const run = await capstan(['up', '-d', '--nodes', '0', '--data-dir', other, '--listen', `127.0.0.1:${port}`], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`127.0.0.1:${port} is already in use, and not by a Capstan cluster from ${other}`);
  });

  it('is stopped by capstan down: the port closes and pids.json goes', async () => {
    const pids = JSON.parse(await readFile(path.join(dataDir, 'pids.json'), 'utf8')) as { processes: { pid: number }[] };
    const run = await down();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ server +stopped \(pid \d+\)/m);
    expect(await tcpAnswers('127.0.0.1', port)).toBe(false);
    expect(existsSync(path.join(dataDir, 'pids.json'))).toBe(false);
    for (const { pid } of pids.processes) expect(isRunning(pid)).toBe(false);
  });

  it('capstan down says so when no cluster is running', async () => {
    const run = await down();
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`no cluster is running from ${dataDir}\n`);
  });

  it('resumes the same cluster when started again', async () => {
    const run = await up();
    expect(run.code).toBe(0);
    const data = await gql<{ configMap: { metadata: { name: string } } | null }>(
      graphqlUrl(),
      await readToken(),
      '{ configMap(namespace: "default", name: "keep") { metadata { name } } }',
    );
    expect(data.configMap?.metadata.name).toBe('keep');
  });
});

describe('capstan up in the foreground', () => {
  it('stops every process on Ctrl-C and exits 0', async () => {
    const dataDir = path.join(scratch, 'foreground');
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'up', '--nodes', '0', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], {
      cwd: ROOT,
      env: { ...cleanEnv(), DATABASE_URL: db.url, REDIS_URL, CAPSTAN_BUILD_DASHBOARD: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await expect.poll(() => stdout, { timeout: 30_000, interval: 100 }).toContain('Press Ctrl-C to stop it.');
    const { processes } = JSON.parse(await readFile(path.join(dataDir, 'pids.json'), 'utf8')) as { processes: { pid: number }[] };
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    // Stopped in reverse start order: the workers, then the server.
    expect(stdout).toMatch(/Stopping \(SIGINT\)\n✔ workers +stopped +\((?:\d+ ms|\d+\.\d s)\)\n✔ server +stopped +\((?:\d+ ms|\d+\.\d s)\)\nCapstan stopped\n$/);
    expect(await tcpAnswers('127.0.0.1', port)).toBe(false);
    for (const { pid } of processes) expect(isRunning(pid)).toBe(false);
    expect(existsSync(path.join(dataDir, 'pids.json'))).toBe(false);
  });
});

describe('finding PostgreSQL', () => {
  const options = (env: NodeJS.ProcessEnv, dataDir: string) => ({ env, paths: clusterPaths(dataDir), logFile: path.join(dataDir, 'logs', 'postgres.log'), detach: false });

  it('when DATABASE_URL is set › uses only that, and says so when it cannot', async () => {
    const folder = path.join(scratch, 'pg-env');
    await expect(resolvePostgres(options({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/capstan' }, folder))).rejects.toThrow(
      'cannot use DATABASE_URL (127.0.0.1:1/capstan): connection refused',
    );
    expect(await resolvePostgres(options({ DATABASE_URL: db.url }, folder))).toMatchObject({ url: db.url, source: 'DATABASE_URL' });
    expect(existsSync(folder)).toBe(false);
  });

  it('when the local server answers › uses its database, and the data folder keeps using it', async () => {
    const folder = path.join(scratch, 'pg-local');
    const local = new URL(PG_BASE_URL);
    const found = await resolvePostgres(options({ CAPSTAN_LOCAL_POSTGRES: local.host, CAPSTAN_DATABASE_NAME: db.name }, folder));
    expect(found).toMatchObject({ source: 'local', display: `${local.host}/${db.name}` });
    // Later starts stay with it, whatever the environment says about new clusters.
    const again = await resolvePostgres(options({ CAPSTAN_LOCAL_POSTGRES: `127.0.0.1:${await freePort()}`, CAPSTAN_DATABASE_NAME: 'another' }, folder));
    expect(again).toMatchObject({ source: 'local', display: `${local.host}/${db.name}` });
  });

  it('when the server the data folder chose stops answering › says so rather than starting an empty cluster', async () => {
    const folder = path.join(scratch, 'pg-gone');
    const closed = `127.0.0.1:${await freePort()}`;
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'cluster.json'), JSON.stringify({ postgres: { source: 'local', url: `postgresql://postgres@${closed}/capstan` } }));
    await expect(resolvePostgres(options({}, folder))).rejects.toThrow(
      `this cluster's state is in the PostgreSQL at ${closed} (database capstan), which does not answer`,
    );
  });

  it('refuses a CAPSTAN_LOCAL_POSTGRES that is not host:port, and a database name PostgreSQL would need quoting for', async () => {
    const folder = path.join(scratch, 'pg-bad');
    await expect(resolvePostgres(options({ CAPSTAN_LOCAL_POSTGRES: 'localhost' }, folder))).rejects.toThrow('CAPSTAN_LOCAL_POSTGRES: "localhost" is not host:port');
    await expect(resolvePostgres(options({ CAPSTAN_DATABASE_NAME: 'My-DB' }, folder))).rejects.toThrow('CAPSTAN_DATABASE_NAME: "My-DB" is not a database name');
  });
});

describe('finding Redis', () => {
  let closedUrl: string;
  let folder: string;
  const options = (env: NodeJS.ProcessEnv) => ({
    env,
    dir: path.join(folder, 'redis'),
    logFile: path.join(folder, 'logs', 'redis.log'),
    detach: false,
    localUrl: closedUrl,
  });

  beforeAll(async () => {
    closedUrl = `redis://127.0.0.1:${await freePort()}`;
  });

  it('when none answers and no redis-server is on PATH › fails saying how to install one, and starts nothing', async () => {
    folder = await mkdtemp(path.join(scratch, 'no-redis-'));
    const emptyBin = await mkdtemp(path.join(scratch, 'bin-'));
    const attempt = resolveRedis(options({ PATH: emptyBin }));
    await expect(attempt).rejects.toBeInstanceOf(CommandError);
    await expect(attempt).rejects.toThrow(/no Redis to use: REDIS_URL is not set, nothing answers at 127\.0\.0\.1:\d+, and there is no redis-server on PATH/);
    await expect(attempt).rejects.toThrow('sudo apt-get install redis-server');
    expect(await readdir(folder)).toEqual([]);
  });

  it('when REDIS_URL is set › uses only that, and says so when it does not answer', async () => {
    folder = await mkdtemp(path.join(scratch, 'env-redis-'));
    await expect(resolveRedis(options({ ...process.env, REDIS_URL: closedUrl }))).rejects.toThrow(/REDIS_URL is set, but no Redis answers PING at 127\.0\.0\.1:\d+/);
    expect(await resolveRedis(options({ REDIS_URL }))).toEqual({ url: REDIS_URL, display: new URL(REDIS_URL).host, source: 'REDIS_URL' });
    expect(await readdir(folder)).toEqual([]);
  });

  it.skipIf(!findExecutable('redis-server', process.env.PATH ?? ''))(
    'when none answers › starts redis-server from PATH with its files in the data folder, until stopped',
    async () => {
      folder = await mkdtemp(path.join(scratch, 'own-redis-'));
      const redis = await resolveRedis({ ...options({ PATH: process.env.PATH, CAPSTAN_LOCAL_REDIS: new URL(closedUrl).host }), localUrl: undefined });
      expect(redis.source).toBe('started');
      expect(await redisAnswers(redis.url)).toBe(true);
      expect(await readdir(path.join(folder, 'logs'))).toEqual(['redis.log']);
      await redis.process!.stop();
      expect(isRunning(redis.process!.pid)).toBe(false);
      expect(await redisAnswers(redis.url)).toBe(false);
    },
  );
});

describe('startCluster', () => {
  describe('when a component ends while starting', () => {
    it.skipIf(!findExecutable('redis-server', process.env.PATH ?? ''))(
      'fails with its log, and stops the redis-server it started and forgets the cluster',
      async () => {
        const paths = clusterPaths(path.join(scratch, 'failing'));
        let out = '';
        const attempt = startCluster({
          paths,
          listen: parseListen(`127.0.0.1:${await freePort()}`),
          detach: false,
          env: { ...cleanEnv(), DATABASE_URL: db.url },
          progress: new Progress((text) => (out += text)),
          signal: new AbortController().signal,
          components: [{ ...serverComponent, args: () => ['no-such-command'] }],
          buildDashboard: false,
          localRedisUrl: `redis://127.0.0.1:${await freePort()}`,
        });
        await expect(attempt).rejects.toThrow(/^server exited with code 2; last lines of .*server\.log:\n {4}capstan: unknown command "no-such-command"/);
        const redisPid = Number(/started redis-server, pid (\d+)/.exec(out)?.[1]);
        expect(redisPid).toBeGreaterThan(0);
        expect(isRunning(redisPid)).toBe(false);
        expect(out).toMatch(/^✘ server +\((?:\d+ ms|\d+\.\d s)\)$/m);
        expect(existsSync(paths.pidsFile)).toBe(false);
      },
    );
  });
});
