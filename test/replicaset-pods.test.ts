/** The pure pod helpers of the workload controllers: slow-start batches and deletion ranking. */
import { describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { isPodAvailable, podsToDelete, slowStartBatch } from '../workers/controllers/pod-control.ts';

describe('slowStartBatch', () => {
  it('runs batches of 1, 2, 4, … up to the count', async () => {
    const batches: number[] = [];
    let inFlight = 0;
    let current = 0;
    const r = await slowStartBatch(10, 1, async () => {
      inFlight++;
      current++;
      await new Promise((res) => setImmediate(res));
      if (inFlight === current) batches.push(current);
      inFlight--;
      if (inFlight === 0) current = 0;
    });
    expect(r).toEqual({ succeeded: 10 });
    expect(batches).toEqual([1, 2, 4, 3]);
  });

  it('stops after the first batch with a failure', async () => {
    let calls = 0;
    const r = await slowStartBatch(100, 1, async () => {
      calls++;
      if (calls === 3) throw new Error('quota');
    });
    // Batches 1 and 2 ran (3 calls), the second failed once: nothing more was tried.
    expect(calls).toBe(3);
    expect(r.succeeded).toBe(2);
    expect((r.error as Error).message).toBe('quota');
  });
});

function pod(name: string, opts: { node?: string; phase?: string; readySince?: string; created?: string } = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, creationTimestamp: opts.created ?? '2030-01-01T00:00:00Z' },
    spec: opts.node ? { nodeName: opts.node } : {},
    status: {
      phase: opts.phase ?? 'Pending',
      ...(opts.readySince ? { conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: opts.readySince }] } : {}),
    },
  };
}

describe('podsToDelete', () => {
  it('ranks unscheduled, then Pending, then not ready, then recently ready, then newest', () => {
    const pods = [
      pod('old-ready', { node: 'n', phase: 'Running', readySince: '2030-01-01T00:00:00Z', created: '2030-01-01T00:00:00Z' }),
      pod('new-ready', { node: 'n', phase: 'Running', readySince: '2030-01-01T00:00:00Z', created: '2030-01-01T00:05:00Z' }),
      pod('recently-ready', { node: 'n', phase: 'Running', readySince: '2030-01-01T00:10:00Z' }),
      pod('running-not-ready', { node: 'n', phase: 'Running' }),
      pod('pending', { node: 'n' }),
      pod('unscheduled'),
    ];
    expect(podsToDelete(pods, 6).map((p) => p.metadata.name)).toEqual([
      'unscheduled',
      'pending',
      'running-not-ready',
      'recently-ready',
      'new-ready',
      'old-ready',
    ]);
    expect(podsToDelete(pods, 0)).toEqual([]);
  });
});

describe('isPodAvailable', () => {
  it('needs the Ready condition for minReadySeconds', () => {
    const p = pod('p', { readySince: '2030-01-01T00:00:00Z' });
    const t0 = Date.parse('2030-01-01T00:00:00Z');
    expect(isPodAvailable(p, 0, t0)).toBe(true);
    expect(isPodAvailable(p, 10, t0 + 9_999)).toBe(false);
    expect(isPodAvailable(p, 10, t0 + 10_000)).toBe(true);
    expect(isPodAvailable(pod('q'), 0, t0)).toBe(false);
  });
});
