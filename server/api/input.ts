/** Turning GraphQL arguments into what the store takes. */
import { CapstanError } from '../errors.ts';

/**
 * A copy of a GraphQL input value as plain JSON without nulls: an explicit `null` in a typed
 * input means "not set", as an absent field does in a Kubernetes manifest. (Merge patches are
 * passed on untouched: there `null` means "remove".)
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(withoutNulls) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = withoutNulls(v);
    return out as T;
  }
  return value;
}

/** An optional GraphQL argument as the store's optional parameter. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/** A merge patch must be a JSON object (RFC 7386 allows more, Kubernetes does not). */
export function mergePatch(patch: unknown): Record<string, unknown> {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw new CapstanError('INVALID', 'patch: a merge patch must be a JSON object', [{ field: 'patch', message: 'must be a JSON object' }]);
  }
  return patch as Record<string, unknown>;
}
