/**
 * The watch benchmark's analysis: where each delivery's time went (from the server's
 * `extensions.watchTiming` stamps, see server/watch/delivery-timing.ts), what the hub's tail and
 * each process's event loop did during the run (from /metrics and from the processes' own
 * monitors, server/event-loop-metrics.ts), and the machine's CPU.
 */
import { readFileSync } from 'node:fs';
import { LOOP_BUCKETS_MS, type LoopHealth, type MsHistogram } from '../server/event-loop-metrics.ts';
import { percentile, round } from './support.ts';

/** One delivery as the subscriber saw it: revision, arrival, and the server's stamps (NaN when absent). */
export type Delivery = [rv: string, arrivedAt: number, wokeAt: number, startedAt: number, readAt: number, sentAt: number];

export const SEGMENTS = ['wake', 'passWait', 'read', 'fanOut', 'socket'] as const;

/**
 * A delivery's latency (commit → arrival) in consecutive segments, each clamped at zero so that
 * they add up: commit → tail woken (the writer's NOTIFY, or a wake-up that came first), woken →
 * pass started (the previous pass still running), started → read returned (the queries), read
 * → handed to graphql-ws for this subscriber (the hub's fan-out, the iterators, execution, and
 * anything else the server's loop ran meanwhile), handed over → arrival (serialisation, socket
 * write, kernel, and the subscriber's loop until it parsed the message).
 */
export function segments(committedAt: number, d: Delivery): number[] {
  const chain = [committedAt, d[2], d[3], d[4], d[5], d[1]];
  const out: number[] = [];
  let t = chain[0]!;
  for (let i = 1; i < chain.length; i++) {
    const next = Number.isNaN(chain[i]!) ? t : Math.max(t, chain[i]!);
    out.push(next - t);
    t = next;
  }
  return out;
}

/** Mean segments of the deliveries in [lo, hi] of latency, and how many. */
function band(rows: { latency: number; parts: number[] }[], lo: number, hi: number) {
  const inBand = rows.filter((r) => r.latency >= lo && r.latency <= hi);
  const mean = SEGMENTS.map((_, i) => (inBand.length ? inBand.reduce((s, r) => s + r.parts[i]!, 0) / inBand.length : 0));
  return { n: inBand.length, ...Object.fromEntries(SEGMENTS.map((s, i) => [s, round(mean[i]!, 2)])) };
}

/**
 * Latency percentiles of deliveries and the mean segments around the median (p45–p55) and in
 * the tail (at or above p99), so that the tail's cause is named by its largest segment.
 */
export function breakdown(committedAt: Map<string, number>, deliveries: Delivery[]) {
  const rows: { latency: number; parts: number[] }[] = [];
  for (const d of deliveries) {
    const c = committedAt.get(d[0]);
    if (c === undefined) continue;
    rows.push({ latency: Math.max(0, d[1] - c), parts: segments(c, d) });
  }
  const sorted = rows.map((r) => r.latency).sort((a, b) => a - b);
  const p = (q: number) => percentile(sorted, q);
  return {
    count: rows.length,
    p50: round(p(50), 2),
    p99: round(p(99), 2),
    max: round(sorted.at(-1) ?? NaN, 2),
    median: band(rows, p(45), p(55)),
    tail: band(rows, p(99), Infinity),
    sorted,
  };
}

/** Counts of loop stalls (or GC pauses) longer than 10, 25 and 50 ms, and their total, from per-bucket counts. */
export function stalls(buckets: number[], count: number, totalMs: number) {
  const over = (ms: number) => {
    const i = LOOP_BUCKETS_MS.indexOf(ms as (typeof LOOP_BUCKETS_MS)[number]);
    return buckets.slice(i + 1).reduce((a, b) => a + b, 0);
  };
  return { count, totalMs: round(totalMs, 1), over10ms: over(10), over25ms: over(25), over50ms: over(50) };
}

/** A snapshot of an in-process LoopHealth, to diff against later. */
export function snapshotLoop(h: LoopHealth) {
  const copy = (m: MsHistogram) => ({ count: m.count, totalMs: m.totalMs, buckets: [...m.buckets] });
  return { activeMs: h.activeMs(), delay: copy(h.delay), gc: Object.fromEntries(Object.entries(h.gc).map(([k, g]) => [k, copy(g)])), cpu: process.cpuUsage(), at: performance.now() };
}
export type LoopSnapshot = ReturnType<typeof snapshotLoop>;

/** What a process's loop did between two snapshots: CPU, busy share, stalls, GC. */
export function loopReport(a: LoopSnapshot, b: LoopSnapshot) {
  const diff = (x: { count: number; totalMs: number; buckets: number[] } | undefined, y: { count: number; totalMs: number; buckets: number[] }) =>
    stalls(
      y.buckets.map((v, i) => v - (x?.buckets[i] ?? 0)),
      y.count - (x?.count ?? 0),
      y.totalMs - (x?.totalMs ?? 0),
    );
  const gcAll = Object.entries(b.gc).map(([k, g]) => [k, diff(a.gc[k], g)] as const);
  const wallMs = b.at - a.at;
  return {
    cpuSeconds: round((b.cpu.user - a.cpu.user + b.cpu.system - a.cpu.system) / 1e6, 2),
    loopBusyPct: round((100 * (b.activeMs - a.activeMs)) / wallMs, 1),
    stalls: diff(a.delay, b.delay),
    gc: summariseGc(gcAll),
  };
}

/** GC by kind → total pauses, their time, and the major ones. */
export function summariseGc(byKind: (readonly [string, ReturnType<typeof stalls>])[]) {
  const count = byKind.reduce((s, [, g]) => s + g.count, 0);
  const totalMs = byKind.reduce((s, [, g]) => s + g.totalMs, 0);
  const over10ms = byKind.reduce((s, [, g]) => s + g.over10ms, 0);
  const major = byKind.find(([k]) => k === 'major')?.[1];
  return { count, totalMs: round(totalMs, 1), over10ms, major: major ? { count: major.count, totalMs: major.totalMs } : { count: 0, totalMs: 0 } };
}

/** Busy share of the machine's CPUs from /proc/stat (Linux), to diff; undefined elsewhere. */
export function machineCpu(): { busy: number; total: number } | undefined {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3]! + f[4]!;
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** Metrics of the server's /metrics as name{labels} → value, for the given name prefixes. */
export async function scrape(url: string, token: string, prefixes: string[]): Promise<Map<string, number>> {
  const r = await fetch(url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${token}` } });
  const out = new Map<string, number>();
  for (const line of (await r.text()).split('\n')) {
    if (!prefixes.some((p) => line.startsWith(p))) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

/** The server's loop, from capstan_event_loop_* and capstan_gc_pause_seconds diffed over the run. */
export function serverLoopReport(before: Map<string, number>, after: Map<string, number>, wallSeconds: number) {
  const d = (k: string) => (after.get(k) ?? 0) - (before.get(k) ?? 0);
  const hist = (name: string, labels: string) => {
    const pre = labels ? `${labels},` : '';
    const cumulative = [...LOOP_BUCKETS_MS.map((le) => d(`${name}_bucket{${pre}le="${le / 1000}"}`)), d(`${name}_count${labels ? `{${labels}}` : ''}`)];
    const buckets = cumulative.map((v, i) => v - (i ? cumulative[i - 1]! : 0));
    return stalls(buckets, cumulative.at(-1)!, d(`${name}_sum${labels ? `{${labels}}` : ''}`) * 1000);
  };
  const kinds = [...after.keys()].flatMap((k) => /^capstan_gc_pause_seconds_count\{kind="(\w+)"\}$/.exec(k)?.[1] ?? []);
  return {
    cpuSeconds: round(d('process_cpu_seconds_total'), 2),
    loopBusyPct: round((100 * d('capstan_event_loop_active_seconds_total')) / wallSeconds, 1),
    stalls: hist('capstan_event_loop_delay_seconds', ''),
    gc: summariseGc(kinds.map((k) => [k, hist('capstan_gc_pause_seconds', `kind="${k}"`)] as const)),
  };
}
