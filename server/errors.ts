/**
 * The one error type of Capstan. Every failure a client can see carries one of a closed set of
 * codes; `server/api/errors.ts` is the single place that maps it to GraphQL `extensions.code`,
 * and anything that is not a CapstanError reaches clients only as a generic UNAVAILABLE.
 */
export const ERROR_CODES = [
  'INVALID',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'CONFLICT',
  'EXPIRED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of an input, Kubernetes-style path (`spec.containers[0].name`). */
export interface FieldError {
  field: string;
  message: string;
}

/** The object an error is about: a kind name (`Pod`), its namespace and name. */
export interface ErrorSubject {
  kind: string;
  namespace?: string;
  name: string;
}

export class CapstanError extends Error {
  readonly code: ErrorCode;
  /** For INVALID: every field that failed, so a client can show them all at once. */
  readonly fields: FieldError[];
  /**
   * The object the error is about, when there is one (NOT_FOUND, ALREADY_EXISTS, CONFLICT), so
   * that an edge (the REST API) can word it its own way without reading the message.
   */
  readonly subject?: ErrorSubject;

  constructor(code: ErrorCode, message: string, fields: FieldError[] = [], subject?: ErrorSubject) {
    super(message);
    this.name = 'CapstanError';
    this.code = code;
    this.fields = fields;
    if (subject) this.subject = subject;
  }

  /** The path of the first invalid field, if any. */
  get field(): string | undefined {
    return this.fields[0]?.field;
  }
}

export function invalid(field: string, message: string): CapstanError {
  return new CapstanError('INVALID', `${field}: ${message}`, [{ field, message }]);
}

/** Throws one INVALID error listing every field error, or returns when there are none. */
export function throwIfInvalid(what: string, errors: FieldError[]): void {
  if (errors.length === 0) return;
  const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  throw new CapstanError('INVALID', `${what} is invalid: ${summary}`, errors);
}

export function notFound(kind: string, namespace: string | undefined, name: string): CapstanError {
  const where = namespace ? ` in namespace "${namespace}"` : '';
  return new CapstanError('NOT_FOUND', `${kind} "${name}" not found${where}`, [], { kind, namespace, name });
}

export function isCapstanError(e: unknown, code?: ErrorCode): e is CapstanError {
  return e instanceof CapstanError && (code === undefined || e.code === code);
}
