/** Shared pieces of the benchmarks; databases and server processes come from the test harness. */
import { createTestDatabase } from '../test/harness.ts';

export { freePort, gql, startServerProcess, type ServerProcess } from '../test/harness.ts';

/** A throwaway, migrated database for one benchmark run. */
export function benchDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  return createTestDatabase(`bench_${label}`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
