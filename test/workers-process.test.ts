/** `capstan workers` as a process: it starts every controller and serves its metrics. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminToken } from '../server/auth/admin-token.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, freePort, REDIS_URL, redisPrefix, ROOT, type TestDatabase } from './harness.ts';

const TOKEN = 'workers-process-admin-token';
let db: TestDatabase;
let child: ChildProcess | undefined;

beforeAll(async () => {
  db = await createTestDatabase('workers_process');
  // The API server would have made it; the workers check /metrics tokens against the same table.
  const store = await Store.open({ databaseUrl: db.url });
  await ensureAdminToken({ tokens: store.tokens, token: TOKEN, file: '/dev/null', logger: createLogger({ name: 'test', level: 'silent' }) });
  await store.close();
});

const metrics = (port: number, token: string | null = TOKEN) => fetch(`http://127.0.0.1:${port}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
  }
  await db?.drop();
});

describe('capstan workers', () => {
  it('serves Prometheus metrics of every controller when asked to, and stops on SIGTERM', async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli/main.ts'), 'workers', '--redis-prefix', redisPrefix('workers-process'), '--metrics-listen', `127.0.0.1:${port}`], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, REDIS_URL, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    let text = '';
    await expect
      .poll(
        async () => {
          text = await metrics(port).then((r) => r.text(), () => '');
          return text;
        },
        { timeout: 30_000, interval: 200 },
      )
      .toContain('capstan_queue_depth');
    for (const controller of ['scheduler', 'replicaset', 'deployment', 'node-lifecycle', 'endpoints', 'serviceaccount', 'token', 'namespace', 'gc']) {
      expect(text).toContain(`controller="${controller}"`);
    }
    // The serviceaccount controller has reconciled `default`: counted as a success.
    await expect
      .poll(() => metrics(port).then((r) => r.text()), { timeout: 30_000, interval: 200 })
      .toMatch(/capstan_reconcile_total\{controller="serviceaccount",result="success"\} [1-9]/);
    // Without a token, or with one that is not a token: 401, no metrics.
    for (const token of [null, 'not-a-token']) {
      const r = await metrics(port, token);
      expect(r.status).toBe(401);
      expect(await r.text()).not.toContain('capstan_');
    }
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child!.once('exit', r));
    expect(code).toBe(0);
  }, 60_000);
});
