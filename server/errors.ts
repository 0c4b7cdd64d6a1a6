/**
 * The one error type of Capstan, as the server names it: CapstanError is `api/errors.ts`'s
 * ApiError (the same class, so clients and server agree on codes and shape). Every failure a
 * client can see carries one of a closed set of codes; `server/api/errors.ts` is the single
 * place that maps it to GraphQL `extensions.code`, and anything that is not a CapstanError
 * reaches clients only as a generic UNAVAILABLE.
 */
import { ApiError, type ErrorCode, type FieldError } from '../api/errors.ts';

export { ApiError as CapstanError, ERROR_CODES, type ErrorCode, type ErrorSubject, type FieldError } from '../api/errors.ts';

export function invalid(field: string, message: string): ApiError {
  return new ApiError('INVALID', `${field}: ${message}`, [{ field, message }]);
}

/** Throws one INVALID error listing every field error, or returns when there are none. */
export function throwIfInvalid(what: string, errors: FieldError[]): void {
  if (errors.length === 0) return;
  const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  throw new ApiError('INVALID', `${what} is invalid: ${summary}`, errors);
}

export function notFound(kind: string, namespace: string | undefined, name: string): ApiError {
  const where = namespace ? ` in namespace "${namespace}"` : '';
  return new ApiError('NOT_FOUND', `${kind} "${name}" not found${where}`, [], { kind, namespace, name });
}

export function isCapstanError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
