import { describe, expect, it } from 'vitest';
import { parseTimestamp, rfc3339 } from './time.ts';

describe('rfc3339', () => {
  it('writes whole seconds in UTC, from a Date or from milliseconds', () => {
    expect(rfc3339(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05Z');
    expect(rfc3339(Date.UTC(2026, 0, 2, 3, 4, 5, 999))).toBe('2026-01-02T03:04:05Z');
  });
});

describe('parseTimestamp', () => {
  it('reads what rfc3339 writes', () => {
    const ms = Date.UTC(2026, 0, 2, 3, 4, 5);
    expect(parseTimestamp(rfc3339(ms))).toBe(ms);
  });

  it('gives undefined for absent or unreadable values', () => {
    expect(parseTimestamp(undefined)).toBeUndefined();
    expect(parseTimestamp('')).toBeUndefined();
    expect(parseTimestamp('yesterday')).toBeUndefined();
    expect(parseTimestamp(42)).toBeUndefined();
  });
});
