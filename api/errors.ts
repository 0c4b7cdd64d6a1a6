/**
 * The one error type of Capstan's API, shared by the server (which throws it; `server/errors.ts`
 * names it CapstanError) and every client (which rebuild it from a GraphQL response with
 * `ApiError.fromGraphQL`). Codes are a closed set, checked with `code`, never by message text;
 * `server/api/errors.ts` is the single place that maps them to GraphQL `extensions.code`.
 *
 * No imports: the browser and the node agent load it as it is.
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

export function isErrorCode(s: unknown): s is ErrorCode {
  return typeof s === 'string' && (ERROR_CODES as readonly string[]).includes(s);
}

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

/** One entry of a GraphQL response's `errors`, as the server formats it. */
export interface GraphQLErrorBody {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: unknown; field?: unknown; fields?: unknown; [k: string]: unknown };
}

export class ApiError extends Error {
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
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
    if (subject) this.subject = subject;
  }

  /** The path of the first invalid field, if any. */
  get field(): string | undefined {
    return this.fields[0]?.field;
  }

  /**
   * The error a GraphQL response's `errors` stand for: the first one's message and code, and the
   * field errors of all of them. A code outside the closed set (a proxy's, an older server's)
   * reads as UNAVAILABLE.
   */
  static fromGraphQL(errors: readonly GraphQLErrorBody[]): ApiError {
    const first = errors[0] ?? { message: 'the server answered with an empty error list' };
    const code = isErrorCode(first.extensions?.code) ? first.extensions.code : 'UNAVAILABLE';
    const seen = new Set<string>();
    const fields = errors.flatMap(graphQLFieldErrors).filter((f) => !seen.has(f.field) && (seen.add(f.field), true));
    return new ApiError(code, first.message, fields);
  }
}

/** The field errors of one GraphQL error: `extensions.fields`, or the lone `extensions.field`. */
export function graphQLFieldErrors(e: GraphQLErrorBody): FieldError[] {
  const ext = e.extensions;
  const list: FieldError[] = [];
  if (Array.isArray(ext?.fields)) {
    for (const f of ext.fields) {
      if (typeof f === 'string') list.push({ field: f, message: '' });
      else if (f && typeof f === 'object' && typeof (f as FieldError).field === 'string') {
        const m = (f as FieldError).message;
        list.push({ field: (f as FieldError).field, message: typeof m === 'string' ? m : '' });
      }
    }
  }
  if (list.length === 0 && typeof ext?.field === 'string') list.push({ field: ext.field, message: '' });
  return list;
}

export function isApiError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
