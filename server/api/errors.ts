/**
 * The single place where errors become what a client sees. A CapstanError keeps its code and
 * message (INVALID adds the field paths); GraphQL's own parse, validation and input-coercion
 * errors are INVALID; anything else is logged here and reaches the client only as a generic
 * UNAVAILABLE, so no stack trace, SQL or Prisma text ever leaves the server.
 */
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from './graphql-js.ts';
import type { Logger } from 'pino';
import { CapstanError, type ErrorCode, type FieldError } from '../errors.ts';

/** Apollo's codes for requests that were wrong before anything executed. */
const APOLLO_REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const GENERIC_INTERNAL_MESSAGE = 'internal error: the request could not be completed (details are in the server log); retry shortly';

export interface ErrorFormatterOptions {
  logger: Logger;
  /** Called once per formatted error (the error counter of /metrics). */
  onError?: (code: ErrorCode) => void;
}

export type ErrorFormatter = (error: unknown, apolloCode?: unknown) => GraphQLFormattedError;

/** The CapstanError behind an error, through GraphQL's and Apollo's wrapping. */
export function capstanErrorOf(error: unknown): CapstanError | undefined {
  for (let e = error, depth = 0; e && depth < 10; depth++) {
    if (e instanceof CapstanError) return e;
    const next = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    if (next === e) break;
    e = next;
  }
  return undefined;
}

/** A GraphQL error about the request itself: no path (nothing executed), nothing but GraphQL errors inside. */
function isRequestError(error: GraphQLError): boolean {
  if (error.path) return false;
  for (let e: unknown = error.originalError; e; e = (e as GraphQLError).originalError) {
    if (!(e instanceof GraphQLError)) return false;
  }
  return true;
}

/** The input path graphql-js names in variable coercion errors: `… at "pod.metadata.name"; …`. */
function fieldFromMessage(message: string): string | undefined {
  return / at "([^"]+)"/.exec(message)?.[1];
}

function invalidExtensions(fields: FieldError[]): Record<string, unknown> {
  return fields.length > 0 ? { field: fields[0]!.field, fields } : {};
}

export function createErrorFormatter(opts: ErrorFormatterOptions): ErrorFormatter {
  return (error, apolloCode) => {
    const gql = error instanceof GraphQLError ? error : undefined;
    const capstan = capstanErrorOf(error);
    let code: ErrorCode;
    let message: string;
    let extensions: Record<string, unknown> = {};
    if (capstan) {
      code = capstan.code;
      message = capstan.message;
      if (code === 'INVALID') extensions = invalidExtensions(capstan.fields);
      // Refusals for being over a quota (fairness.ts) say when to come back.
      const retry = (capstan as { retryAfterSeconds?: unknown }).retryAfterSeconds;
      if (typeof retry === 'number') extensions = { retryAfterSeconds: retry };
    } else if (gql && ((typeof apolloCode === 'string' && APOLLO_REQUEST_ERRORS.has(apolloCode)) || isRequestError(gql))) {
      code = 'INVALID';
      message = gql.message;
      const field = fieldFromMessage(message);
      if (field) extensions = invalidExtensions([{ field, message }]);
    } else {
      code = 'UNAVAILABLE';
      message = GENERIC_INTERNAL_MESSAGE;
      opts.logger.error({ err: gql?.originalError ?? error, path: gql?.path }, 'unexpected error while serving a request');
    }
    opts.onError?.(code);
    return {
      message,
      ...(gql?.locations ? { locations: gql.locations } : {}),
      ...(gql?.path ? { path: gql.path } : {}),
      extensions: { code, ...extensions },
    };
  };
}

/** A GraphQL-shaped error body for failures outside GraphQL execution (authentication, body size). */
export function errorBody(code: ErrorCode, message: string): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/** HTTP status for errors answered outside GraphQL. */
export function httpStatus(code: ErrorCode): number {
  switch (code) {
    case 'INVALID':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'ALREADY_EXISTS':
    case 'CONFLICT':
      return 409;
    case 'EXPIRED':
      return 410;
    case 'UNAVAILABLE':
      return 503;
  }
}
