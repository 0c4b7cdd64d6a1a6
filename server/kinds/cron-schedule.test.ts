import { describe, expect, it } from 'vitest';
import { CronSyntaxError, isValidTimeZone, mostRecentScheduleTime, parseCronSchedule } from './cron-schedule.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** The first `n` fire times after `from` in UTC. */
function fires(schedule: string, from: string, n: number, tz = 'UTC'): string[] {
  const s = parseCronSchedule(schedule, tz);
  const out: string[] = [];
  let t = at(from);
  for (let i = 0; i < n; i++) {
    t = s.next(t)!;
    out.push(iso(t)!);
  }
  return out;
}

describe('parseCronSchedule', () => {
  it('fires every minute for * * * * *, strictly after the given time', () => {
    expect(fires('* * * * *', '2030-01-01T00:00:00Z', 3)).toEqual(['2030-01-01T00:01:00.000Z', '2030-01-01T00:02:00.000Z', '2030-01-01T00:03:00.000Z']);
    expect(fires('* * * * *', '2030-01-01T00:00:30Z', 1)).toEqual(['2030-01-01T00:01:00.000Z']);
  });

  it('reads lists, ranges and steps', () => {
    expect(fires('*/15 * * * *', '2030-01-01T00:00:00Z', 3)).toEqual(['2030-01-01T00:15:00.000Z', '2030-01-01T00:30:00.000Z', '2030-01-01T00:45:00.000Z']);
    expect(fires('5,10-12 3 * * *', '2030-01-01T00:00:00Z', 5)).toEqual([
      '2030-01-01T03:05:00.000Z',
      '2030-01-01T03:10:00.000Z',
      '2030-01-01T03:11:00.000Z',
      '2030-01-01T03:12:00.000Z',
      '2030-01-02T03:05:00.000Z',
    ]);
    // `N/step` means from N to the field's maximum.
    expect(fires('50/5 * * * *', '2030-01-01T00:00:00Z', 3)).toEqual(['2030-01-01T00:50:00.000Z', '2030-01-01T00:55:00.000Z', '2030-01-01T01:50:00.000Z']);
    expect(fires('0 0-12/6 * * *', '2030-01-01T00:00:00Z', 3)).toEqual(['2030-01-01T06:00:00.000Z', '2030-01-01T12:00:00.000Z', '2030-01-02T00:00:00.000Z']);
  });

  it('reads month and weekday names in any case', () => {
    // 2030-01-01 is a Tuesday.
    expect(fires('0 9 * * MON-wed', '2030-01-01T00:00:00Z', 3)).toEqual(['2030-01-01T09:00:00.000Z', '2030-01-02T09:00:00.000Z', '2030-01-07T09:00:00.000Z']);
    expect(fires('0 0 1 Feb,dec *', '2030-01-01T00:00:00Z', 2)).toEqual(['2030-02-01T00:00:00.000Z', '2030-12-01T00:00:00.000Z']);
  });

  it('matches either day field when both are restricted, both when one is *', () => {
    // The 13th, or any Friday (2030-09-06 is a Friday).
    expect(fires('0 0 13 * 5', '2030-09-01T00:00:00Z', 3)).toEqual(['2030-09-06T00:00:00.000Z', '2030-09-13T00:00:00.000Z', '2030-09-20T00:00:00.000Z']);
    // `?` is `*`: only Mondays.
    expect(fires('0 0 ? * 1', '2030-09-01T00:00:00Z', 2)).toEqual(['2030-09-02T00:00:00.000Z', '2030-09-09T00:00:00.000Z']);
  });

  it('expands the @ descriptors', () => {
    expect(fires('@hourly', '2030-01-01T00:10:00Z', 1)).toEqual(['2030-01-01T01:00:00.000Z']);
    expect(fires('@daily', '2030-01-01T00:10:00Z', 1)).toEqual(['2030-01-02T00:00:00.000Z']);
    expect(fires('@midnight', '2030-01-01T00:10:00Z', 1)).toEqual(['2030-01-02T00:00:00.000Z']);
    expect(fires('@weekly', '2030-01-01T00:10:00Z', 1)).toEqual(['2030-01-06T00:00:00.000Z']);
    expect(fires('@monthly', '2030-01-01T00:10:00Z', 1)).toEqual(['2030-02-01T00:00:00.000Z']);
    expect(fires('@yearly', '2030-01-01T00:10:00Z', 1)).toEqual(['2031-01-01T00:00:00.000Z']);
    expect(fires('@annually', '2030-01-01T00:10:00Z', 1)).toEqual(['2031-01-01T00:00:00.000Z']);
  });

  it('finds Feb 29 years ahead and gives up on dates that never come', () => {
    expect(fires('0 0 29 2 *', '2030-01-01T00:00:00Z', 1)).toEqual(['2032-02-29T00:00:00.000Z']);
    expect(parseCronSchedule('0 0 30 2 *', 'UTC').next(at('2030-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('computes wall-clock times in a time zone, across daylight saving changes', () => {
    // New York: EST (UTC-5) in January, EDT (UTC-4) in July.
    expect(fires('0 2 * * *', '2030-01-01T00:00:00Z', 1, 'America/New_York')).toEqual(['2030-01-01T07:00:00.000Z']);
    expect(fires('0 2 * * *', '2030-07-01T00:00:00Z', 1, 'America/New_York')).toEqual(['2030-07-01T06:00:00.000Z']);
    // 2030-03-10 02:30 does not exist in New York; it runs at 03:30 EDT, once.
    expect(fires('30 2 * * *', '2030-03-09T12:00:00Z', 2, 'America/New_York')).toEqual(['2030-03-10T07:30:00.000Z', '2030-03-11T06:30:00.000Z']);
    // Kolkata is UTC+5:30: 05:30 there is midnight UTC, and "after" is strict.
    expect(fires('30 5 * * *', '2030-01-01T00:00:00Z', 1, 'Asia/Kolkata')).toEqual(['2030-01-02T00:00:00.000Z']);
  });

  it.each([
    ['', 'empty spec string'],
    ['* * * *', 'expected exactly 5 fields, found 4'],
    ['* * * * * *', 'expected exactly 5 fields, found 6'],
    ['60 * * * *', 'end of range (60) above maximum (59)'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1)'],
    ['* * * * 7', 'end of range (7) above maximum (6)'],
    ['5-1 * * * *', 'beginning of range (5) beyond end of range (1)'],
    ['*/0 * * * *', 'step of range should be a positive number'],
    ['x * * * *', 'failed to parse int from x'],
    ['@often', 'unrecognized descriptor: @often'],
  ])('refuses %j: %s', (schedule, message) => {
    expect(() => parseCronSchedule(schedule, 'UTC')).toThrow(CronSyntaxError);
    expect(() => parseCronSchedule(schedule, 'UTC')).toThrow(message);
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA names and refuses others', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('mostRecentScheduleTime', () => {
  const every5 = parseCronSchedule('*/5 * * * *', 'UTC');

  it('finds nothing before the first fire time', () => {
    expect(mostRecentScheduleTime(every5, at('2030-01-01T00:00:00Z'), at('2030-01-01T00:04:59Z'))).toEqual({ missed: 0 });
  });

  it('gives the latest fire time at or before now and counts the ones in between', () => {
    const r = mostRecentScheduleTime(every5, at('2030-01-01T00:00:00Z'), at('2030-01-01T00:17:00Z'));
    expect(iso(r.mostRecentMs)).toBe('2030-01-01T00:15:00.000Z');
    expect(r.missed).toBe(3);
    expect(iso(mostRecentScheduleTime(every5, at('2030-01-01T00:00:00Z'), at('2030-01-01T00:05:00Z')).mostRecentMs)).toBe('2030-01-01T00:05:00.000Z');
  });

  it('stops counting at the cap and still finds the latest after a long gap', () => {
    const r = mostRecentScheduleTime(parseCronSchedule('* * * * *', 'UTC'), at('2030-01-01T00:00:00Z'), at('2030-03-01T10:07:30Z'));
    expect(r.missed).toBe(101);
    expect(iso(r.mostRecentMs)).toBe('2030-03-01T10:07:00.000Z');
  });
});
