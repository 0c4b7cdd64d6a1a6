import { describe, expect, it } from 'vitest';
import { dispatcherFromEnv, jobLockFromEnv } from './timings-from-env.ts';

describe('worker timings from the environment', () => {
  it('keeps every default when nothing is set', () => {
    expect(dispatcherFromEnv({})).toEqual({});
    expect(jobLockFromEnv({})).toEqual({});
  });

  it('reads the dispatcher Lease in whole seconds and the resync period in seconds', () => {
    expect(dispatcherFromEnv({ CAPSTAN_DISPATCHER_LEASE_DURATION: '2', CAPSTAN_RESYNC_PERIOD: '0.5' })).toEqual({ leaseDurationSeconds: 2, resyncIntervalMs: 500 });
  });

  it('checks jobs of a killed worker every third of the job lock duration', () => {
    expect(jobLockFromEnv({ CAPSTAN_JOB_LOCK_DURATION: '3' })).toEqual({ lockDurationMs: 3000, stalledIntervalMs: 1000 });
  });

  it('refuses a fractional or zero Lease, a zero resync period and a zero job lock', () => {
    expect(() => dispatcherFromEnv({ CAPSTAN_DISPATCHER_LEASE_DURATION: '1.5' })).toThrow(/whole number/);
    expect(() => dispatcherFromEnv({ CAPSTAN_DISPATCHER_LEASE_DURATION: '0' })).toThrow(/whole number/);
    expect(() => dispatcherFromEnv({ CAPSTAN_RESYNC_PERIOD: '0' })).toThrow(/more than 0/);
    expect(() => jobLockFromEnv({ CAPSTAN_JOB_LOCK_DURATION: '0' })).toThrow(/more than 0/);
    expect(() => jobLockFromEnv({ CAPSTAN_JOB_LOCK_DURATION: 'soon' })).toThrow(/number of seconds/);
  });
});
