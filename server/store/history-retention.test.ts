import { describe, expect, it } from 'vitest';
import { keepsHistory, resolveHistoryRetention } from './history-retention.ts';

describe('resolveHistoryRetention', () => {
  it('keeps the last 10 revisions for a day, Leases and Events excluded, by default', () => {
    expect(resolveHistoryRetention()).toEqual({ revisions: 10, maxAgeMs: 86_400_000, excludedKinds: ['Lease', 'Event'] });
  });

  it('refuses a negative or fractional revision count and a negative age', () => {
    expect(() => resolveHistoryRetention({ revisions: -1 })).toThrow(/whole number/);
    expect(() => resolveHistoryRetention({ revisions: 1.5 })).toThrow(/whole number/);
    expect(() => resolveHistoryRetention({ maxAgeMs: -5 })).toThrow(/max age/);
  });
});

describe('keepsHistory', () => {
  it('keeps a Deployment but not a Lease', () => {
    const r = resolveHistoryRetention();
    expect(keepsHistory(r, 'Deployment')).toBe(true);
    expect(keepsHistory(r, 'Lease')).toBe(false);
  });

  it('keeps nothing when no revisions or no time are kept', () => {
    expect(keepsHistory(resolveHistoryRetention({ revisions: 0 }), 'Deployment')).toBe(false);
    expect(keepsHistory(resolveHistoryRetention({ maxAgeMs: 0 }), 'Deployment')).toBe(false);
  });
});
