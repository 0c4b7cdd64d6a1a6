import { describe, expect, it } from 'vitest';
import { ConfigError, parseRetention, serverOptionsFromArgs } from './config.ts';

describe('serverOptionsFromArgs', () => {
  const env = { DATABASE_URL: 'postgresql://x@127.0.0.1/capstan' };

  it('keeps five minutes and 1,000 revisions of the event log by default', () => {
    const o = serverOptionsFromArgs([], env);
    expect(o !== 'help' && o.watch?.compaction).toMatchObject({ minAgeMs: 300_000, minRevisions: 1000 });
  });

  it('keeps each object\'s last 10 revisions for a day below the horizon, Leases and Events excluded, by default', () => {
    const o = serverOptionsFromArgs([], env);
    expect(o !== 'help' && o.watch?.compaction?.history).toEqual({ revisions: 10, maxAgeMs: 86_400_000, excludedKinds: ['Lease', 'Event'] });
  });

  it('takes the history retention from flags and the environment', () => {
    const o = serverOptionsFromArgs(['--history-revisions', '3', '--history-retention', '2d'], { ...env, CAPSTAN_HISTORY_EXCLUDED_KINDS: 'Lease, Pod' });
    expect(o !== 'help' && o.watch?.compaction?.history).toEqual({ revisions: 3, maxAgeMs: 172_800_000, excludedKinds: ['Lease', 'Pod'] });
    expect(() => serverOptionsFromArgs(['--history-retention', 'a week'], env)).toThrow(/--history-retention: "a week" is not a duration/);
  });

  it('takes the log retention from a flag before the environment', () => {
    const o = serverOptionsFromArgs(['--log-retention', '2h', '--log-min-revisions', '50'], { ...env, CAPSTAN_LOG_RETENTION: '10m' });
    expect(o !== 'help' && o.watch?.compaction).toMatchObject({ minAgeMs: 7_200_000, minRevisions: 50 });
  });

  it('refuses a retention under five minutes and malformed durations', () => {
    expect(() => parseRetention('4m')).toThrow(ConfigError);
    expect(() => parseRetention('ten minutes')).toThrow(/not a duration/);
    expect(parseRetention('300s')).toBe(300_000);
  });
});
