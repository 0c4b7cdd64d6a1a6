import { describe, expect, it } from 'vitest';
import { RedisUrlError, sentinelOptions } from './redis-connection.ts';

describe('sentinelOptions', () => {
  it('reads the sentinels, the master name, the database and both passwords of a redis+sentinel URL', () => {
    const o = sentinelOptions('redis+sentinel://:s3cret@10.0.0.1:26379,10.0.0.2,[::1]:26380/mymaster/2?sentinelPassword=x');
    expect(o).toMatchObject({
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26379 },
        { host: '::1', port: 26380 },
      ],
      name: 'mymaster',
      db: 2,
      password: 's3cret',
      sentinelPassword: 'x',
      failoverDetector: true,
    });
  });

  it('reconnects on a READONLY reply (a demoted master) and on nothing else', () => {
    const o = sentinelOptions('redis+sentinel://a:1/m')!;
    const reconnect = o.reconnectOnError as (e: Error) => unknown;
    expect(reconnect(new Error("READONLY You can't write against a read only replica."))).toBe(2);
    expect(reconnect(new Error('ERR unknown command'))).toBe(false);
  });

  it('leaves a plain redis URL alone', () => {
    expect(sentinelOptions('redis://127.0.0.1:6379')).toBeNull();
  });

  it('refuses a sentinel URL without a master name, without echoing the password', () => {
    expect(() => sentinelOptions('redis+sentinel://:pw@a:26379')).toThrow(RedisUrlError);
    expect(() => sentinelOptions('redis+sentinel://:pw@a:26379')).not.toThrow(/pw/);
  });
});
