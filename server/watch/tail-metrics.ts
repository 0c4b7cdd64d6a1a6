/**
 * The watch hub's log tail on /metrics: what woke it (notifications against fallback polls is
 * the first thing to look at when watches are late) and how long each stage took, as
 * Prometheus histograms built from the tail's own counters (read when scraped).
 */
import type { Registry } from 'prom-client';
import { STAGE_BUCKETS_MS, STAGES, type LogTailStats } from '../store/log-tail.ts';

type Value = { value: number; labels?: Record<string, string | number>; metricName?: string };

/** A metric whose values are computed at scrape time (prom-client's registry calls get()). */
function collected(name: string, help: string, type: 'counter' | 'gauge' | 'histogram', values: () => Value[]) {
  return {
    name,
    help,
    type,
    aggregator: 'sum',
    get: () => ({ name, help, type, aggregator: 'sum', values: values() }),
    reset: () => {},
  };
}

/** Registers the tail's metrics; `stats` returns undefined while there is no tail. */
export function registerTailMetrics(registry: Registry, stats: () => LogTailStats | undefined): void {
  const metrics = [
    collected('capstan_watch_tail_wakeups_total', 'Passes of the watch hub over the event log, by what started them (notify, write of this process, call, poll)', 'counter', () => {
      const s = stats();
      return s ? Object.entries(s.wakeups).map(([source, value]) => ({ labels: { source }, value })) : [];
    }),
    collected('capstan_watch_tail_events_total', 'Events the watch hub read from the log, by what started the pass (those found by a poll came late)', 'counter', () => {
      const s = stats();
      return s ? Object.entries(s.eventsBy).map(([wakeup, value]) => ({ labels: { wakeup }, value })) : [];
    }),
    collected('capstan_watch_tail_notifications_total', 'Log notifications (NOTIFY) the watch hub received', 'counter', () => {
      const s = stats();
      return s ? [{ value: s.notifications }] : [];
    }),
    collected('capstan_watch_tail_ignored_wakeups_total', 'Notifications and local writes that did not wake the watch hub: they wrote only kinds nobody watches', 'counter', () => {
      const s = stats();
      return s ? [{ value: s.ignoredWakeups }] : [];
    }),
    collected('capstan_watch_tail_listen_connects_total', 'LISTEN connections the watch hub opened (more than one: it lost one)', 'counter', () => {
      const s = stats();
      return s ? [{ value: s.listenConnects }] : [];
    }),
    collected(
      'capstan_watch_tail_stage_seconds',
      'Stages of the watch hub tail: notify (commit to notification received), safeRevision and read (queries), handle (fan-out of one page)',
      'histogram',
      () => {
        const s = stats();
        if (!s) return [];
        const name = 'capstan_watch_tail_stage_seconds';
        const out: Value[] = [];
        for (const stage of STAGES) {
          const t = s.stages[stage];
          let cumulative = 0;
          STAGE_BUCKETS_MS.forEach((le, i) => {
            cumulative += t.buckets[i]!;
            out.push({ metricName: `${name}_bucket`, labels: { stage, le: le / 1000 }, value: cumulative });
          });
          out.push({ metricName: `${name}_bucket`, labels: { stage, le: '+Inf' }, value: t.count });
          out.push({ metricName: `${name}_sum`, labels: { stage }, value: t.totalMs / 1000 });
          out.push({ metricName: `${name}_count`, labels: { stage }, value: t.count });
        }
        return out;
      },
    ),
  ];
  for (const m of metrics) registry.registerMetric(m as unknown as Parameters<Registry['registerMetric']>[0]);
}
