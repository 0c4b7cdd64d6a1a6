/**
 * Resource versions as clients send them back: the decimal revision numbers this server hands
 * out. Anything else (`abc`, `-1`, `1e3`) is a malformed request, INVALID, wherever it appears:
 * a list, a watch, or the precondition of a write or a delete. Never a CONFLICT, which would tell
 * the client to re-read and retry a request that can never succeed.
 */
import { invalid } from '../errors.ts';

const REVISION = /^\d{1,19}$/;

/** Throws INVALID naming `field` unless `rv` is absent or a resource version this server could have issued. */
export function assertResourceVersion(rv: unknown, field = 'resourceVersion'): void {
  if (rv === undefined || rv === null || rv === '') return;
  if (typeof rv !== 'string' || !REVISION.test(rv) || BigInt(rv) > 9_223_372_036_854_775_807n) {
    throw invalid(field, `${JSON.stringify(rv)} is not a resource version returned by this server`);
  }
}
