/** Shared pieces of the benchmarks: a throwaway database, a server child process, statistics. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureDatabase, migrate } from '../server/store/migrate.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PG_BASE = process.env.CAPSTAN_BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432';

export async function benchDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `capstan_bench_${label}_${randomBytes(3).toString('hex')}`;
  const url = `${PG_BASE}/${name}`;
  await ensureDatabase(url);
  await migrate(url);
  return {
    url,
    async drop() {
      const c = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
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
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli/main.ts'), 'server', '--listen', `127.0.0.1:${port}`], {
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

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

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
