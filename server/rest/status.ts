/**
 * Errors as Kubernetes `Status` objects (meta/v1), with the HTTP codes and reasons kubectl and
 * client libraries act on: 404 NotFound, 409 AlreadyExists/Conflict, 422 Invalid with causes,
 * 400 BadRequest, 401/403, 410 Expired, 503. The message is worded as Kubernetes words it when
 * the error names its object (`pods "web" not found`); otherwise it is Capstan's own message.
 * Nothing else leaves: unknown errors become a generic 500 without details.
 */
import { CapstanError, type ErrorCode } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import { capstanErrorOf, GENERIC_INTERNAL_MESSAGE } from '../api/errors.ts';
import { TooManyRequestsError } from '../api/fairness.ts';

/** A request the REST layer refuses before any store call (bad query, unreadable body): 400, 405, 406, 413, 415. */
export class RestRequestError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
    readonly reason = 'BadRequest',
  ) {
    super(message);
    this.name = 'RestRequestError';
  }
}

export interface KubeStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  code: number;
  details?: Record<string, unknown>;
}

const REASONS: Record<ErrorCode, [number, string]> = {
  INVALID: [422, 'Invalid'],
  NOT_FOUND: [404, 'NotFound'],
  ALREADY_EXISTS: [409, 'AlreadyExists'],
  CONFLICT: [409, 'Conflict'],
  EXPIRED: [410, 'Expired'],
  UNAUTHENTICATED: [401, 'Unauthorized'],
  FORBIDDEN: [403, 'Forbidden'],
  UNAVAILABLE: [503, 'ServiceUnavailable'],
};

/** What the failing request was about, for Kubernetes' wording and `details`. */
export interface StatusTarget {
  /** `pods`, `deployments` */
  resource?: string;
  group?: string;
  name?: string;
}

function pluralOf(kind: string): string | undefined {
  return (KINDS as Record<string, { plural: string } | undefined>)[kind]?.plural;
}

function kubeMessage(err: CapstanError): string {
  const s = err.subject;
  if (!s) return err.message;
  const resource = pluralOf(s.kind);
  if (!resource) return err.message;
  const what = `${resource} "${s.name}"`;
  switch (err.code) {
    case 'NOT_FOUND':
      return `${what} not found`;
    case 'ALREADY_EXISTS':
      return `${what} already exists`;
    case 'CONFLICT':
      return `Operation cannot be fulfilled on ${what}: the object has been modified; please apply your changes to the latest version and try again`;
    default:
      return err.message;
  }
}

export function statusObject(code: number, reason: string, message: string, details?: Record<string, unknown>): KubeStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code, ...(details ? { details } : {}) };
}

/**
 * The Status for any error. `phase` tells an INVALID from the request itself (a bad selector:
 * 400 BadRequest) from one about the object (422 Invalid, with a cause per field).
 */
export function statusFromError(err: unknown, target: StatusTarget = {}, phase: 'request' | 'object' = 'object'): KubeStatus {
  if (err instanceof RestRequestError) return statusObject(err.httpStatus, err.reason, err.message);
  const capstan = capstanErrorOf(err);
  if (!capstan) return statusObject(500, 'InternalError', GENERIC_INTERNAL_MESSAGE);
  // Over a quota (api/fairness.ts): Kubernetes' 429, which client-go retries after retryAfterSeconds.
  if (capstan instanceof TooManyRequestsError) return statusObject(429, 'TooManyRequests', capstan.message, { retryAfterSeconds: capstan.retryAfterSeconds });
  const [code, reason] = REASONS[capstan.code];
  const subject = capstan.subject;
  const details: Record<string, unknown> = {};
  const name = subject?.name ?? target.name;
  if (name) details.name = name;
  if (target.group) details.group = target.group;
  const resource = subject ? pluralOf(subject.kind) : target.resource;
  if (resource) details.kind = resource;
  if (capstan.code === 'INVALID') {
    if (phase === 'request') return statusObject(400, 'BadRequest', capstan.message);
    details.causes = capstan.fields.map((f) => ({ reason: 'FieldValueInvalid', message: f.message, field: f.field }));
  }
  if (capstan.code === 'UNAUTHENTICATED') return statusObject(401, 'Unauthorized', 'Unauthorized');
  return statusObject(code, reason, kubeMessage(capstan), Object.keys(details).length > 0 ? details : undefined);
}
