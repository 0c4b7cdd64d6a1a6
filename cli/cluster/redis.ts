/**
 * Which Redis a local cluster uses: REDIS_URL when set, else one answering at 127.0.0.1:6379
 * (CAPSTAN_LOCAL_REDIS=host:port moves that probe), else a `redis-server` from PATH started as a
 * child of `capstan up`, with its files in the data folder and nothing persisted (the queues it
 * holds are rebuilt from the cluster's state in PostgreSQL).
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRedis, sentinelOptions } from '../../workers/queue/redis-connection.ts';
import { CommandError } from '../command.ts';
import { exitReport, startManagedProcess, type ManagedProcess } from './managed-process.ts';
import { freePort, pollUntil, tcpAnswers } from './network-probes.ts';

export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

export interface RedisOptions {
  env: NodeJS.ProcessEnv;
  /** redis-server's working directory (`--dir`). */
  dir: string;
  logFile: string;
  /** Leave a started redis-server running when `capstan up` exits. */
  detach: boolean;
  /** Tried when REDIS_URL is not set. */
  localUrl?: string;
  probeTimeoutMs?: number;
  /** How long a started redis-server has to answer PING. */
  startTimeoutMs?: number;
}

export interface ResolvedRedis {
  url: string;
  /** `127.0.0.1:6379`, for progress lines. */
  display: string;
  source: 'REDIS_URL' | 'local' | 'started';
  /** The redis-server started for this cluster; stopped with it. */
  process?: ManagedProcess;
}

export async function resolveRedis(opts: RedisOptions): Promise<ResolvedRedis> {
  const timeoutMs = opts.probeTimeoutMs ?? 500;
  const fromEnv = opts.env.REDIS_URL;
  if (fromEnv) {
    // A redis+sentinel:// URL is passed on as it is: every component asks the sentinels.
    const shown = fromEnv.startsWith('redis+sentinel:') ? fromEnv.replace(/^redis\+sentinel:\/\/(?:[^@/]*@)?/, 'sentinel ') : parseRedisUrl(fromEnv, 'REDIS_URL').host;
    if (!(await redisAnswers(fromEnv, timeoutMs))) {
      throw new CommandError(`REDIS_URL is set, but no Redis answers PING at ${shown}; start it, or unset REDIS_URL to let \`capstan up\` find or start one`);
    }
    return { url: fromEnv, display: shown, source: 'REDIS_URL' };
  }
  const localUrl = opts.localUrl ?? localRedisUrl(opts.env);
  if (await redisAnswers(localUrl, timeoutMs)) return { url: localUrl, display: parseRedisUrl(localUrl, 'local').host, source: 'local' };

  const executable = findExecutable('redis-server', opts.env.PATH ?? '');
  if (!executable) throw new CommandError(noRedisMessage(localUrl));
  return startRedisServer(executable, opts);
}

/** CAPSTAN_LOCAL_REDIS (host:port) as a URL, or redis://127.0.0.1:6379. */
export function localRedisUrl(env: NodeJS.ProcessEnv): string {
  const text = env.CAPSTAN_LOCAL_REDIS;
  if (!text) return LOCAL_REDIS_URL;
  if (!/^(?:\[[^\]]+\]|[^:/]+):\d{1,5}$/.test(text)) throw new CommandError(`CAPSTAN_LOCAL_REDIS: "${text}" is not host:port (e.g. 127.0.0.1:6379)`);
  return `redis://${text}`;
}

export function noRedisMessage(localUrl: string): string {
  return (
    `no Redis to use: REDIS_URL is not set, nothing answers at ${parseRedisUrl(localUrl, 'local').host}, and there is no redis-server on PATH.\n` +
    '  Install one and run `capstan up` again; it starts redis-server itself:\n' +
    '    Debian/Ubuntu: sudo apt-get install redis-server\n' +
    '    macOS:         brew install redis\n' +
    '  or point REDIS_URL at a running Redis: REDIS_URL=redis://host:6379 capstan up'
  );
}

/** Whether a Redis answers PING at the URL: a plain TCP connect first, so a closed port fails fast. */
export async function redisAnswers(url: string, timeoutMs = 500): Promise<boolean> {
  let sentinel: ReturnType<typeof sentinelOptions>;
  try {
    sentinel = sentinelOptions(url);
  } catch (err) {
    throw new CommandError((err as Error).message);
  }
  if (!sentinel) {
    const parsed = parseRedisUrl(url, 'Redis URL');
    if (!(await tcpAnswers(parsed.hostname.replace(/^\[|\]$/g, ''), Number(parsed.port || 6379), timeoutMs))) return false;
  }
  const client = createRedis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => {}); // reported through the rejected promises below
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** The first executable file called `name` in a PATH-style list. */
export function findExecutable(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

async function startRedisServer(executable: string, opts: RedisOptions): Promise<ResolvedRedis> {
  mkdirSync(opts.dir, { recursive: true });
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const child = await startManagedProcess({
    name: 'redis',
    command: executable,
    args: ['--dir', opts.dir, '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    env: opts.env,
    cwd: opts.dir,
    logFile: opts.logFile,
    detach: opts.detach,
    marker: 'redis-server',
  });
  try {
    await pollUntil(
      async () => {
        if (child.hasExited()) throw new Error(await exitReport(child, 10));
        return redisAnswers(url, 500);
      },
      `redis-server did not answer PING within ${(opts.startTimeoutMs ?? 10_000) / 1000} s (log: ${opts.logFile})`,
      { timeoutMs: opts.startTimeoutMs ?? 10_000 },
    );
  } catch (err) {
    await child.stop();
    throw new CommandError((err as Error).message);
  }
  return { url, display: `127.0.0.1:${port}`, source: 'started', process: child };
}

function parseRedisUrl(text: string, what: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === 'redis:' || url.protocol === 'rediss:') return url;
  } catch {
    // Reported below.
  }
  throw new CommandError(`${what} is not a redis:// URL: "${text}"`);
}
