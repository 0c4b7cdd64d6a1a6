import { describe, expect, it } from 'vitest';
import { CpuRates, nanocores } from './usage-rate.ts';

describe('CpuRates', () => {
  it('gives no rate for the first observation of a key', () => {
    expect(new CpuRates().observe('a', 12, 1_000)).toBeUndefined();
  });

  it('gives the CPU seconds gained per second of wall time since the previous observation', () => {
    const rates = new CpuRates();
    rates.observe('a', 10, 0);
    expect(rates.observe('a', 11.5, 15_000)).toBeCloseTo(0.1);
    expect(rates.observe('a', 41.5, 30_000)).toBeCloseTo(2);
  });

  it('keeps keys apart', () => {
    const rates = new CpuRates();
    rates.observe('a', 0, 0);
    rates.observe('b', 100, 0);
    expect(rates.observe('a', 1, 1_000)).toBeCloseTo(1);
    expect(rates.observe('b', 100, 1_000)).toBe(0);
  });

  it('gives no rate when the counter went back, and measures from the new value next time', () => {
    const rates = new CpuRates();
    rates.observe('a', 50, 0);
    expect(rates.observe('a', 3, 1_000)).toBeUndefined();
    expect(rates.observe('a', 3.5, 2_000)).toBeCloseTo(0.5);
  });

  it('ignores an observation too soon after the previous one and keeps measuring from the earlier one', () => {
    const rates = new CpuRates({ minIntervalMs: 100 });
    rates.observe('a', 0, 0);
    expect(rates.observe('a', 0.01, 50)).toBeUndefined();
    expect(rates.observe('a', 0.2, 200)).toBeCloseTo(1);
  });

  it('forgets keys that are not retained', () => {
    const rates = new CpuRates();
    rates.observe('a', 1, 0);
    rates.observe('b', 1, 0);
    rates.retain(new Set(['b']));
    expect(rates.observe('a', 2, 1_000)).toBeUndefined();
    expect(rates.observe('b', 2, 1_000)).toBeCloseTo(1);
  });
});

describe('nanocores', () => {
  it('turns cores into whole nanocores', () => {
    expect(nanocores(0.25)).toBe(250_000_000);
    expect(nanocores(1e-10)).toBe(0);
  });
});
