/**
 * Pods bound per second, read from the event log's commit stamps (bench scheduler and bench
 * scale): no watch, no sampling, the store's own record of each ADDED and each bind.
 */
import type { Store } from '../server/store/store.ts';
import { percentile, round } from './support.ts';

export interface BindFigures {
  podsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  bound: number;
  seconds: number;
  /** Binds committed before `startAt` (a backlog's release): none, or the hold did not hold. */
  boundBeforeStart: number;
}

/**
 * Tails the log for pod ADDED and bind events until `pods` binds of pods named `prefix…` were
 * seen. Throughput and latency count from each pod's ADDED, or from `startAt` (ms) when given.
 */
export async function observeBinds(store: Store, since: bigint, prefix: string, pods: number, timeoutMs: number, startAt?: number): Promise<BindFigures> {
  const added = new Map<string, number>();
  const boundAt = new Map<string, number>();
  let after = since;
  const deadline = Date.now() + timeoutMs;
  let lastReport = Date.now();
  while (boundAt.size < pods) {
    if (Date.now() > deadline) {
      console.log(`  timed out: ${boundAt.size}/${pods} bound`);
      break;
    }
    const upTo = await store.log.safeRevision();
    // Names, types and node names only: parsing whole pods here would take CPU from the
    // in-process scheduler being measured.
    const { rows: events } = upTo > after
      ? await store.pool.query<{ revision: string; type: string; name: string; created_at: Date; bound: boolean }>(
          `SELECT revision, type, name, created_at,
                  coalesce(object #>> '{spec,nodeName}', '') <> '' AND coalesce(prev_object #>> '{spec,nodeName}', '') = '' AS bound
             FROM event_log WHERE revision > $1 AND revision <= $2 AND kind = 'Pod' AND name LIKE $3 ORDER BY revision LIMIT 5000`,
          [after.toString(), upTo.toString(), `${prefix}%`],
        )
      : { rows: [] };
    if (events.length < 5000) after = upTo;
    for (const e of events) {
      if (events.length === 5000) after = BigInt(e.revision);
      const t = e.created_at.getTime();
      if (e.type === 'ADDED') added.set(e.name, t);
      else if (e.type === 'MODIFIED' && e.bound) boundAt.set(e.name, t);
    }
    if (Date.now() - lastReport > 2000) {
      console.log(`  … ${added.size} created, ${boundAt.size} bound`);
      lastReport = Date.now();
    }
    if (events.length === 0) await new Promise((r) => setTimeout(r, 20));
  }
  const first = startAt ?? Math.min(...added.values());
  const lastBind = Math.max(...boundAt.values());
  const latencies = [...boundAt].map(([name, t]) => t - (startAt ?? added.get(name) ?? t)).sort((a, b) => a - b);
  const seconds = (lastBind - first) / 1000;
  const boundBeforeStart = startAt === undefined ? 0 : [...boundAt.values()].filter((t) => t < startAt).length;
  return { podsPerSec: Math.round(boundAt.size / seconds), p50Ms: Math.round(percentile(latencies, 50)), p99Ms: Math.round(percentile(latencies, 99)), bound: boundAt.size, seconds: round(seconds, 2), boundBeforeStart };
}

