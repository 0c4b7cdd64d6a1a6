/**
 * The process's event loop on /metrics, as cumulative counters that a scraper can diff over a
 * window (prom-client's own lag gauges reset on every scrape, and its GC histogram counts only
 * the first entry of each batch the observer gets): how long the loop was busy, how late a
 * 5 ms timer fired (each late firing is a stall of about that length: GC, a long synchronous
 * pass, or the process waiting for a CPU), and every GC pause by kind. Watch latency is taken
 * apart with these (bench/watch.ts).
 *
 * One monitor per process, started by the first registry that registers these metrics.
 */
import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { Registry } from 'prom-client';

/** Upper bounds (ms) of the delay and pause buckets; the last bucket is everything above. */
export const LOOP_BUCKETS_MS = [1, 2.5, 5, 10, 25, 50, 100, 250, 1000] as const;

/** A histogram as plain counters: per-bucket counts (not cumulative), sum and max. */
export class MsHistogram {
  count = 0;
  totalMs = 0;
  maxMs = 0;
  readonly buckets = new Array<number>(LOOP_BUCKETS_MS.length + 1).fill(0);

  observe(ms: number): void {
    this.count++;
    this.totalMs += ms;
    if (ms > this.maxMs) this.maxMs = ms;
    let i = 0;
    while (i < LOOP_BUCKETS_MS.length && ms > LOOP_BUCKETS_MS[i]!) i++;
    this.buckets[i]!++;
  }
}

const TICK_MS = 5;
const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

export interface LoopHealth {
  /** How late each 5 ms tick fired, in ms. */
  delay: MsHistogram;
  /** GC pauses by kind (major, minor, incremental, weakcb). */
  gc: Record<string, MsHistogram>;
  /** Time the loop spent running callbacks since the monitor started (ms). */
  activeMs(): number;
}

let health: LoopHealth | undefined;

/** Starts the process's monitor once; later calls return the same one. */
export function loopHealth(): LoopHealth {
  if (health) return health;
  const delay = new MsHistogram();
  const gc: Record<string, MsHistogram> = {};
  let due = performance.now() + TICK_MS;
  setInterval(() => {
    const now = performance.now();
    delay.observe(Math.max(0, now - due));
    due = now + TICK_MS;
  }, TICK_MS).unref();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) {
      const kind = GC_KINDS[e.detail?.kind ?? -1] ?? 'other';
      (gc[kind] ??= new MsHistogram()).observe(e.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  const start = performance.eventLoopUtilization();
  health = { delay, gc, activeMs: () => performance.eventLoopUtilization(start).active };
  return health;
}

type Value = { value: number; labels?: Record<string, string | number>; metricName?: string };

function histogramValues(name: string, h: MsHistogram, labels: Record<string, string> = {}): Value[] {
  const out: Value[] = [];
  let cumulative = 0;
  LOOP_BUCKETS_MS.forEach((le, i) => {
    cumulative += h.buckets[i]!;
    out.push({ metricName: `${name}_bucket`, labels: { ...labels, le: le / 1000 }, value: cumulative });
  });
  out.push({ metricName: `${name}_bucket`, labels: { ...labels, le: '+Inf' }, value: h.count });
  out.push({ metricName: `${name}_sum`, labels, value: h.totalMs / 1000 });
  out.push({ metricName: `${name}_count`, labels, value: h.count });
  return out;
}

function collected(name: string, help: string, type: 'counter' | 'histogram', values: () => Value[]) {
  return { name, help, type, aggregator: 'sum', get: () => ({ name, help, type, aggregator: 'sum', values: values() }), reset: () => {} };
}

/** Registers the event loop's metrics (capstan_event_loop_*, capstan_gc_pause_seconds). */
export function registerEventLoopMetrics(registry: Registry): void {
  const h = loopHealth();
  const metrics = [
    collected('capstan_event_loop_active_seconds_total', 'Time the event loop spent running callbacks (busy), since the process started measuring', 'counter', () => [
      { value: h.activeMs() / 1000 },
    ]),
    collected('capstan_event_loop_delay_seconds', `How late a ${TICK_MS} ms timer fired: each late firing is a stall of the loop of about that length`, 'histogram', () =>
      histogramValues('capstan_event_loop_delay_seconds', h.delay),
    ),
    collected('capstan_gc_pause_seconds', 'Garbage collection pauses, by kind (major, minor, incremental, weakcb)', 'histogram', () =>
      Object.entries(h.gc).flatMap(([kind, g]) => histogramValues('capstan_gc_pause_seconds', g, { kind })),
    ),
  ];
  for (const m of metrics) registry.registerMetric(m as unknown as Parameters<Registry['registerMetric']>[0]);
}
