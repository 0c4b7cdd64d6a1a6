import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.ts';

const stats = { hubStats: () => ({ subscriptions: 0, tailLagSeconds: 0 }), activeSubscriptions: () => 0, processMetrics: false };

async function operationLabels(m: ReturnType<typeof createMetrics>): Promise<Set<string>> {
  const metric = await m.registry.getSingleMetric('capstan_api_request_duration_seconds')!.get();
  return new Set(metric.values.map((v) => String(v.labels.operation)));
}

describe('createMetrics', () => {
  it('keeps at most the cap of operation-name series when 1,000 distinct names arrive, counting the rest as other', async () => {
    const m = createMetrics({ ...stats, maxOperationNames: 50 });
    for (let i = 0; i < 1000; i++) m.observeRequest(`op${i}`, 'query', 0.001);
    const labels = await operationLabels(m);
    expect(labels.size).toBe(51);
    expect(labels.has('other')).toBe(true);
    expect(labels.has('op0')).toBe(true);
    expect(labels.has('op999')).toBe(false);
  });

  it('keeps 200 operation names by default', async () => {
    const m = createMetrics(stats);
    for (let i = 0; i < 1000; i++) m.observeRequest(`op${i}`, 'query', 0.001);
    expect((await operationLabels(m)).size).toBe(201);
  });

  it('cleans a client\'s operation name into a short label and names a missing one anonymous', async () => {
    const m = createMetrics(stats);
    m.observeRequest('a-b{c}'.padEnd(100, 'x'), 'query', 0.001);
    m.observeRequest(undefined, 'query', 0.001);
    const labels = [...(await operationLabels(m))];
    expect(labels).toContain('anonymous');
    const cleaned = labels.find((l) => l.startsWith('a_b'))!;
    expect(cleaned).toMatch(/^[A-Za-z0-9_]{64}$/);
  });

  it('labels REST requests with a bounded method set', async () => {
    const m = createMetrics(stats);
    m.observeRestRequest('BREW', 418, 0.001);
    const metric = await m.registry.getSingleMetric('capstan_rest_request_duration_seconds')!.get();
    expect(metric.values.some((v) => v.labels.method === 'other')).toBe(true);
  });
});
