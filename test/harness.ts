/**
 * The one shared harness of integration tests: every test file gets its own database (created,
 * migrated, dropped at the end) and its own Redis key prefix, so files run in parallel and no
 * two runs share state.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureDatabase, migrate } from '../server/store/migrate.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PG_BASE_URL = process.env.CAPSTAN_TEST_PG ?? 'postgresql://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.CAPSTAN_TEST_REDIS ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database named after the test file. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `capstan_t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const url = `${PG_BASE_URL}/${name}`;
  await ensureDatabase(url);
  await migrate(url);
  return {
    url,
    name,
    async drop() {
      const admin = new pg.Client({ connectionString: `${PG_BASE_URL}/postgres` });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** Prefixes handed out in this test file, deleted after it (test/redis-cleanup.ts). */
const prefixesMade = new Set<string>();

/** A Redis key prefix no other file or run uses; its keys are deleted once the file is done. */
export function redisPrefix(label: string): string {
  const prefix = `capstan-test:${label}:${randomBytes(4).toString('hex')}`;
  prefixesMade.add(prefix);
  return prefix;
}

/** Deletes every key under `prefix` on `redisUrl` (SCAN, not KEYS: Redis stays responsive). */
export async function deleteRedisPrefix(prefix: string, redisUrl = REDIS_URL): Promise<void> {
  // Imported here: most test files never touch Redis and need not load ioredis.
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Deletes the keys of every prefix `redisPrefix` handed out so far, and forgets them. */
export async function deleteRedisPrefixesMade(): Promise<void> {
  const prefixes = [...prefixesMade];
  prefixesMade.clear();
  for (const prefix of prefixes) await deleteRedisPrefix(prefix);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface ServerProcess {
  url: string;
  wsUrl: string;
  token: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `capstan server` as its own process (as in production) and waits until it is ready. */
export async function startServerProcess(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const token = `bench-${randomBytes(8).toString('hex')}`;
  // The `capstan` executable, compiled in dist/ (built by the tests' global setup, test/build-dist.ts).
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/capstan.js'), 'server', '--listen', `127.0.0.1:${port}`], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, CAPSTAN_ADMIN_TOKEN: token, LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error('server did not become ready in 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `${url}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    token,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export async function gql<T = any>(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const e = new Error(body.errors[0]!.message) as Error & { code?: string };
    e.code = body.errors[0]!.extensions?.code;
    throw e;
  }
  return body.data as T;
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/**
 * Polls `probe` until it returns something truthy and returns that, or fails naming `what`
 * after `timeoutMs`. For state that is not announced by an event the test can await.
 */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 20_000, intervalMs = 50): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v as Truthy<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Whether podman is installed. Tests of the podman runtime skip (saying why) only without it;
 * CI installs it (.ci/run).
 */
export function podmanInstalled(suite: string): boolean {
  try {
    execFileSync('podman', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn(`${suite} tests skipped: \`podman\` is not on PATH (apt-get install podman crun busybox-static)`);
    return false;
  }
}
