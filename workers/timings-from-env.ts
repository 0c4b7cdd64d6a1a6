/**
 * The timings of `capstan workers` that operators (and availability tests) shorten through the
 * environment: the dispatcher's Lease, the periodic resync, and how long a killed worker's jobs
 * stay claimed. Unset variables keep the defaults of DispatcherOptions and WorkerOptions.
 */
import { secondsFromEnv } from './controllers/index.ts';
import type { DispatcherOptions } from './dispatcher/dispatcher.ts';
import type { WorkerOptions } from './queue/options.ts';

/** The dispatcher's Lease and resync timings from the environment (unset: the defaults). */
export function dispatcherFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<DispatcherOptions, 'leaseDurationSeconds' | 'resyncIntervalMs'> {
  const lease = secondsFromEnv('CAPSTAN_DISPATCHER_LEASE_DURATION', env);
  if (lease !== undefined && !(Number.isInteger(lease) && lease >= 1)) throw new Error('CAPSTAN_DISPATCHER_LEASE_DURATION must be a whole number of seconds ≥ 1');
  const resync = secondsFromEnv('CAPSTAN_RESYNC_PERIOD', env);
  if (resync === 0) throw new Error('CAPSTAN_RESYNC_PERIOD must be more than 0 seconds');
  return {
    ...(lease !== undefined ? { leaseDurationSeconds: lease } : {}),
    ...(resync !== undefined ? { resyncIntervalMs: resync * 1000 } : {}),
  };
}

/**
 * How long a job stays claimed by a worker that stopped renewing it (killed), and how often
 * the others look for such jobs (a third of it): BullMQ's lock and stalled-job check, and the
 * per-key lock, which must not outlive them.
 */
export function jobLockFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<WorkerOptions, 'lockDurationMs' | 'stalledIntervalMs'> {
  const secs = secondsFromEnv('CAPSTAN_JOB_LOCK_DURATION', env);
  if (secs === undefined) return {};
  if (secs === 0) throw new Error('CAPSTAN_JOB_LOCK_DURATION must be more than 0 seconds');
  return { lockDurationMs: secs * 1000, stalledIntervalMs: Math.max(100, Math.floor((secs * 1000) / 3)) };
}
