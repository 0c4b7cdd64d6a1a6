/**
 * CPU usage as a rate: the kernel gives cumulative CPU seconds; metrics.k8s.io wants cores over
 * a window. Each observation is kept until the next one of the same key; the rate is the CPU time
 * gained over the wall time between them (the cAdvisor/metrics-server way). Pure: the caller
 * passes the time, so tests drive it with their own clock.
 */

export interface CpuRateOptions {
  /**
   * A gap shorter than this gives no rate (two reads a few ms apart say nothing but noise);
   * default 100 ms.
   */
  minIntervalMs?: number;
}

interface Sample {
  cpuSeconds: number;
  atMs: number;
}

export class CpuRates {
  private readonly last = new Map<string, Sample>();
  private readonly minIntervalMs: number;

  constructor(opts: CpuRateOptions = {}) {
    this.minIntervalMs = opts.minIntervalMs ?? 100;
  }

  /**
   * Records that `key` had used `cpuSeconds` in all at `atMs` and returns its usage in cores since
   * the previous observation, or undefined: the first observation, a gap under the minimum
   * (the previous sample is kept), or a counter that went back (a busy process exited, so the
   * pod's total dropped: no honest rate for this window; the new value is the next baseline).
   */
  observe(key: string, cpuSeconds: number, atMs: number): number | undefined {
    const prev = this.last.get(key);
    if (prev && atMs - prev.atMs < this.minIntervalMs) return undefined;
    this.last.set(key, { cpuSeconds, atMs });
    if (!prev || cpuSeconds < prev.cpuSeconds) return undefined;
    return (cpuSeconds - prev.cpuSeconds) / ((atMs - prev.atMs) / 1000);
  }

  /** Forgets every key not in `keep` (pods that are gone), so the map does not grow. */
  retain(keep: ReadonlySet<string>): void {
    for (const k of this.last.keys()) if (!keep.has(k)) this.last.delete(k);
  }
}

/** Cores to nanocores, as reported (whole numbers). */
export function nanocores(cores: number): number {
  return Math.round(cores * 1e9);
}
