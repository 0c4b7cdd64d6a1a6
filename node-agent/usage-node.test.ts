import { describe, expect, it } from 'vitest';
import { busyCpuSeconds, memoryWorkingSet, readNodeUsage } from './usage-node.ts';

describe('busyCpuSeconds', () => {
  it('adds every state of the aggregate cpu line but idle and iowait, in seconds', () => {
    const stat = 'cpu  100 20 30 5000 70 4 6 10 0 0\ncpu0 50 10 15 2500 35 2 3 5 0 0\nintr 1\n';
    expect(busyCpuSeconds(stat)).toBeCloseTo((100 + 20 + 30 + 4 + 6 + 10) / 100);
  });

  it('is undefined without a cpu line', () => {
    expect(busyCpuSeconds('intr 1\n')).toBeUndefined();
  });
});

describe('memoryWorkingSet', () => {
  it('is MemTotal minus MemAvailable, in bytes', () => {
    expect(memoryWorkingSet('MemTotal:        8000 kB\nMemFree:  100 kB\nMemAvailable:    6000 kB\n')).toBe(2000 * 1024);
  });

  it('is undefined when MemAvailable is missing', () => {
    expect(memoryWorkingSet('MemTotal:        8000 kB\n')).toBeUndefined();
  });
});

describe('readNodeUsage', () => {
  it('reads this machine: some busy CPU time and some memory in use', () => {
    const u = readNodeUsage();
    expect(u?.cpuSeconds).toBeGreaterThan(0);
    expect(u?.memoryWorkingSetBytes).toBeGreaterThan(0);
  });
});
