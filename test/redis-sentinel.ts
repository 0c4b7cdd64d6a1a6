/**
 * A Redis master, one replica and three Sentinels of its own, for failover tests: Debian's
 * redis-server and redis-sentinel on free loopback ports, files in a temporary folder (the
 * shared Redis on 6379 is never touched). Quorum 2, down-after 1 s, so a failover is quick.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort, waitFor } from './harness.ts';

export const MASTER_NAME = 'capstan';

export interface SentinelGroup {
  /** redis+sentinel://127.0.0.1:a,127.0.0.1:b,127.0.0.1:c/capstan */
  url: string;
  /** The port of the current master, as the sentinels say. */
  masterPort(): Promise<number>;
  /** SENTINEL FAILOVER, and waits until the sentinels name another master. */
  failover(): Promise<number>;
  stop(): Promise<void>;
}

export async function startSentinelGroup(label: string): Promise<SentinelGroup> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `capstan-redis-${label}-`));
  const children: ChildProcess[] = [];
  const launch = (cmd: string, args: string[]) => {
    const c = spawn(cmd, args, { cwd: dir, stdio: 'ignore' });
    children.push(c);
  };
  const [m, r, ...s] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const base = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  launch('redis-server', ['--port', String(m), ...base]);
  launch('redis-server', ['--port', String(r), '--replicaof', '127.0.0.1', String(m), ...base]);
  await waitFor('the replica to sync', async () => {
    const c = new Redis(r!, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    c.on('error', () => {});
    try {
      await c.connect();
      return /master_link_status:up/.test(await c.info('replication'));
    } catch {
      return false;
    } finally {
      c.disconnect();
    }
  }, 20_000, 100);
  for (const port of s) {
    const conf = path.join(dir, `sentinel-${port}.conf`);
    writeFileSync(
      conf,
      [`port ${port}`, 'bind 127.0.0.1', `dir ${dir}`, `sentinel monitor ${MASTER_NAME} 127.0.0.1 ${m} 2`, `sentinel down-after-milliseconds ${MASTER_NAME} 1000`, `sentinel failover-timeout ${MASTER_NAME} 5000`, ''].join('\n'),
    );
    launch('redis-sentinel', [conf]);
  }
  const sentinel = new Redis(s[0]!, '127.0.0.1', { maxRetriesPerRequest: 3 });
  sentinel.on('error', () => {});
  const masterPort = async () => Number(((await sentinel.call('SENTINEL', 'get-master-addr-by-name', MASTER_NAME)) as string[])[1]);
  await waitFor('the sentinels to see the replica and each other', async () => {
    const info = (await sentinel.call('SENTINEL', 'master', MASTER_NAME).catch(() => [])) as string[];
    const field = (k: string) => Number(info[info.indexOf(k) + 1]);
    return field('num-slaves') >= 1 && field('num-other-sentinels') >= 2;
  }, 30_000, 200);
  return {
    url: `redis+sentinel://${s.map((p) => `127.0.0.1:${p}`).join(',')}/${MASTER_NAME}`,
    masterPort,
    async failover() {
      const before = await masterPort();
      await sentinel.call('SENTINEL', 'failover', MASTER_NAME);
      const after = await waitFor('the sentinels to name a new master', async () => {
        const now = await masterPort();
        return now !== before && now;
      }, 30_000, 100);
      // Sentinel promotes the replica first and demotes the old master a moment later; writes
      // that reach the old master in between are lost (Redis replication is asynchronous).
      const old = new Redis(before, '127.0.0.1', { maxRetriesPerRequest: 3 });
      old.on('error', () => {});
      try {
        await waitFor('the old master to be demoted', async () => /role:slave/.test(await old.info('replication').catch(() => '')), 30_000, 100);
      } finally {
        old.disconnect();
      }
      return after;
    },
    async stop() {
      sentinel.disconnect();
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
