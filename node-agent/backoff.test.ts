import { describe, expect, it } from 'vitest';
import { backoffMessage, backoffWait, goDuration, recordRestart, type BackoffState } from './backoff.ts';

const policy = { baseMs: 10_000, maxMs: 300_000, resetMs: 600_000 };

/** Crashes a container that runs 1 s each time; returns the waits before each restart. */
function crashLoop(times: number): number[] {
  const state: BackoffState = {};
  let now = 0;
  const waits: number[] = [];
  for (let i = 0; i < times; i++) {
    const run = { startedAt: now, finishedAt: now + 1_000 };
    now = run.finishedAt;
    const wait = backoffWait(state, run, now, policy);
    waits.push(wait);
    now += wait;
    recordRestart(state, policy);
  }
  return waits;
}

describe('restart back-off', () => {
  it('restarts a first crash at once, then waits 10 s doubling up to 5 min', () => {
    expect(crashLoop(9)).toEqual([0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it('counts the wait from when the container finished, so time already spent counts', () => {
    const state: BackoffState = {};
    recordRestart(state, policy);
    expect(backoffWait(state, { startedAt: 0, finishedAt: 1_000 }, 4_000, policy)).toBe(7_000);
    expect(backoffWait(state, { startedAt: 0, finishedAt: 1_000 }, 12_000, policy)).toBe(0);
  });

  it('starts again from nothing after a container ran cleanly for the reset period', () => {
    const state: BackoffState = {};
    recordRestart(state, policy);
    recordRestart(state, policy);
    expect(backoffWait(state, { startedAt: 0, finishedAt: 1_000 }, 1_000, policy)).toBe(20_000);
    expect(backoffWait(state, { startedAt: 0, finishedAt: 600_000 }, 600_000, policy)).toBe(0);
    recordRestart(state, policy);
    expect(state.delayMs).toBe(10_000);
  });

  it('prints delays as Go durations, as Kubernetes messages do', () => {
    expect(goDuration(300)).toBe('300ms');
    expect(goDuration(1_200)).toBe('1.2s');
    expect(goDuration(20_000)).toBe('20s');
    expect(goDuration(160_000)).toBe('2m40s');
    expect(goDuration(300_000)).toBe('5m0s');
    expect(backoffMessage(20_000, 'web', { namespace: 'default', name: 'web-1', uid: 'u1' })).toBe(
      'back-off 20s restarting failed container=web pod=web-1_default(u1)',
    );
  });
});
