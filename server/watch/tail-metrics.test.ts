import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { LogTail } from '../store/log-tail.ts';
import { registerTailMetrics } from './tail-metrics.ts';

describe('registerTailMetrics', () => {
  it('exposes what woke the tail and each stage as a cumulative histogram', async () => {
    const stats = new LogTail({ log: {} as never }).stats();
    stats.wakeups.notify = 7;
    stats.wakeups.poll = 2;
    stats.eventsBy.poll = 40;
    stats.stages.notify = { count: 3, totalMs: 1_200, maxMs: 1_000, buckets: [1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0] };
    const registry = new Registry();
    registerTailMetrics(registry, () => stats);
    const text = await registry.metrics();
    expect(text).toContain('capstan_watch_tail_wakeups_total{source="notify"} 7');
    expect(text).toContain('capstan_watch_tail_wakeups_total{source="poll"} 2');
    expect(text).toContain('capstan_watch_tail_events_total{wakeup="poll"} 40');
    expect(text).toContain('capstan_watch_tail_stage_seconds_bucket{stage="notify",le="0.001"} 1');
    expect(text).toContain('capstan_watch_tail_stage_seconds_bucket{stage="notify",le="0.025"} 2');
    expect(text).toContain('capstan_watch_tail_stage_seconds_bucket{stage="notify",le="1"} 3');
    expect(text).toContain('capstan_watch_tail_stage_seconds_bucket{stage="notify",le="+Inf"} 3');
    expect(text).toContain('capstan_watch_tail_stage_seconds_sum{stage="notify"} 1.2');
  });

  it('shows no values while there is no tail', async () => {
    const registry = new Registry();
    registerTailMetrics(registry, () => undefined);
    expect(await registry.metrics()).not.toMatch(/^capstan_watch_tail_wakeups_total\{/m);
  });
});
