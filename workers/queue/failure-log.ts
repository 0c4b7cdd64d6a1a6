/**
 * How a failed reconcile is logged. A CONFLICT (another writer changed the object first) is
 * routine under optimistic concurrency: the job is retried, so it is one info line with the
 * message and no stack. Anything else is a warning with the error (and its stack) for debugging.
 */
import { isCapstanError } from '../../server/errors.ts';

export interface FailureLogLine {
  level: 'info' | 'warn';
  fields: Record<string, unknown>;
  message: string;
}

export function reconcileFailureLog(err: unknown, attempt: number): FailureLogLine {
  if (isCapstanError(err, 'CONFLICT')) {
    return { level: 'info', fields: { code: 'CONFLICT', reason: err.message, attempt }, message: 'reconcile conflicted with another write; retrying' };
  }
  return { level: 'warn', fields: { err, attempt }, message: 'reconcile failed' };
}
