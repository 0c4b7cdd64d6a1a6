/**
 * The edge where database failures become Capstan errors (kine's pattern: translate codes once).
 * Nothing of the database's own text reaches a client.
 */
import { CapstanError, type ErrorSubject } from '../errors.ts';

/** SQLSTATEs raised by the write functions in prisma/migrations. */
export const SQLSTATE_NOT_FOUND = 'CP404';
export const SQLSTATE_CONFLICT = 'CP409';
const UNIQUE_VIOLATION = '23505';

/** Connection-level failures: the database is down, restarting or unreachable. */
// 25006: a write reached a standby (a switchover under way); the next connection finds the primary.
const UNAVAILABLE_CODES = new Set(['25006', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006', '08P01', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

export type { ErrorSubject };

function describe(s: ErrorSubject): string {
  return `${s.kind} "${s.name}"${s.namespace ? ` in namespace "${s.namespace}"` : ''}`;
}

export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (e?.code && UNAVAILABLE_CODES.has(e.code)) return true;
  const msg = e?.message ?? '';
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/.test(msg);
}

/** Turns any error from a database call into a CapstanError (CapstanErrors pass through). */
export function translatePgError(err: unknown, subject?: ErrorSubject): CapstanError {
  if (err instanceof CapstanError) return err;
  const code = (err as { code?: string })?.code;
  if (subject && code === SQLSTATE_NOT_FOUND) return new CapstanError('NOT_FOUND', `${describe(subject)} not found`, [], subject);
  if (subject && code === SQLSTATE_CONFLICT) {
    return new CapstanError(
      'CONFLICT',
      `Operation cannot be fulfilled on ${describe(subject)}: the object has been modified; please apply your changes to the latest version and try again`,
      [],
      subject,
    );
  }
  if (subject && code === UNIQUE_VIOLATION) return new CapstanError('ALREADY_EXISTS', `${describe(subject)} already exists`, [], subject);
  if (isUnavailable(err)) return new CapstanError('UNAVAILABLE', 'the cluster state store is unavailable; retry shortly');
  const wrapped = new CapstanError('UNAVAILABLE', 'internal error while accessing the cluster state store');
  (wrapped as { cause?: unknown }).cause = err;
  return wrapped;
}
