/**
 * Every Redis connection of Capstan is made here, from one URL (REDIS_URL):
 *
 *   redis://[:password@]host:6379[/db]                        one Redis, as before
 *   redis+sentinel://[:password@]s1:26379,s2:26379/mymaster[/db][?sentinelPassword=…]
 *
 * The second form asks Redis Sentinel for the current master of `mymaster` (ioredis' Sentinel
 * mode): after a failover ioredis reconnects to the promoted replica, the failover detector
 * (sentinels' `+switch-master`) drops connections to a demoted master at once, and a READONLY
 * reply (a write that reached a demoted master) reconnects and resends the command.
 */
import { Redis, type RedisOptions } from 'ioredis';

export class RedisUrlError extends Error {}

const SENTINEL = /^redis\+sentinel:\/\/(?:([^@/]*)@)?([^/?#]+)\/([^/?#]+)(?:\/(\d+))?\/?(?:\?([^#]*))?$/;

/** ioredis options for a `redis+sentinel://` URL; null for a plain redis:// URL. */
export function sentinelOptions(url: string): RedisOptions | null {
  if (!url.startsWith('redis+sentinel:')) return null;
  const m = SENTINEL.exec(url);
  if (!m) throw new RedisUrlError(`REDIS_URL: "${url.replace(/\/\/[^@/]*@/, '//***@')}" is not redis+sentinel://[:password@]host:port,…/master-name[/db]`);
  const [, userinfo, list, name, db, query] = m;
  const sentinels = list!.split(',').map((hp) => {
    const h = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d{1,5}))?$/.exec(hp);
    if (!h) throw new RedisUrlError(`REDIS_URL: sentinel "${hp}" is not host:port`);
    return { host: h[1] ?? h[2]!, port: h[3] ? Number(h[3]) : 26379 };
  });
  const params = new URLSearchParams(query ?? '');
  const password = userinfo ? decodeURIComponent(userinfo.slice(userinfo.indexOf(':') + 1)) : undefined;
  return {
    sentinels,
    name: decodeURIComponent(name!),
    ...(db ? { db: Number(db) } : {}),
    ...(password ? { password } : {}),
    ...(params.get('sentinelPassword') ? { sentinelPassword: params.get('sentinelPassword')! } : {}),
    failoverDetector: true,
    reconnectOnError: (err) => (err.message.startsWith('READONLY') ? 2 : false),
  };
}

/** A connection on REDIS_URL (either form) with the caller's options on top. */
export function createRedis(url: string, opts: RedisOptions = {}): Redis {
  const sentinel = sentinelOptions(url);
  return sentinel ? new Redis({ ...sentinel, ...opts }) : new Redis(url, opts);
}
