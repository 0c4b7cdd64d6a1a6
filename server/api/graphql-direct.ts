/**
 * GraphQL over HTTP without Apollo's request pipeline, for the requests that make up nearly all
 * of the traffic: a POST of a JSON object whose query this server has parsed and validated
 * before, from a client that takes `application/json`. Apollo's pipeline (plugin hooks, a SHA-256
 * of the query per request, content negotiation, its request and response objects) cost about a
 * fifth of the server's CPU per mutation; here a request is a map lookup and graphql-js' execute,
 * with the same error formatting, metrics and audit record.
 *
 * Everything else goes to Apollo as before (`accept` says no): a query that does not parse or
 * validate, several operations without a name to choose one, subscriptions, persisted queries,
 * batches, other Accept headers, malformed bodies. So answers about a bad request keep Apollo's
 * wording and status codes, and Apollo stays the one implementation of the protocol's corners.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { DocumentNode, ExecutionResult, GraphQLError as GraphQLErrorType, GraphQLSchema, OperationDefinitionNode, ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import type { ServerMetrics } from '../metrics.ts';
import { auditOperationLabel, auditRequestId, auditResultCode, type AuditLog } from './audit.ts';
import type { ApiContext } from './context.ts';
import type { ErrorFormatter } from './errors.ts';
import { execute, getOperationAST, GraphQLError, Kind, parse, specifiedRules, validate } from './graphql-js.ts';

export interface DirectGraphqlOptions {
  schema: GraphQLSchema;
  /** Validation rules beside graphql-js' own (limits.ts), as Apollo is given them. */
  rules: readonly ValidationRule[];
  /** parse()'s token limit, as Apollo's parseOptions. */
  maxQueryTokens: number;
  format: ErrorFormatter;
  metrics: Pick<ServerMetrics, 'observeRequest'>;
  logger: Logger;
  audit?: AuditLog;
  /** How many query texts are remembered, valid or not (default 1,000). */
  maxDocuments?: number;
  /** Longer query texts are not remembered: Apollo serves them (default 64 KiB). */
  maxRememberedQueryLength?: number;
}

/** A request this module serves. */
export interface DirectRequest {
  query: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

export interface DirectResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether an Accept header gets `application/json` from Apollo's negotiation: absent, or only JSON and wildcards without parameters. */
function acceptsPlainJson(accept: string | undefined): boolean {
  if (accept === undefined) return true;
  for (const part of accept.split(',')) {
    const type = part.trim();
    if (type !== 'application/json' && type !== '*/*' && type !== 'application/*') return false;
  }
  return true;
}

/** Apollo's test for a variable coercion error (requestPipeline.ts), which it answers with BAD_USER_INPUT and 400. */
function isBadUserInput(error: GraphQLErrorType): boolean {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  if (node?.kind !== Kind.VARIABLE_DEFINITION) return false;
  const v = `Variable "$${node.variable.name.value}" `;
  return ['has invalid value', 'got invalid value ', 'of required type ', 'of non-null type '].some((tail) => error.message.startsWith(v + tail));
}

export class DirectGraphql {
  /** Query text → its validated document, or null when Apollo answers it (it does not parse or validate). */
  private readonly documents = new Map<string, DocumentNode | null>();
  private readonly maxDocuments: number;
  private readonly maxQueryLength: number;
  private readonly rules: readonly ValidationRule[];

  constructor(private readonly opts: DirectGraphqlOptions) {
    this.maxDocuments = opts.maxDocuments ?? 1_000;
    this.maxQueryLength = opts.maxRememberedQueryLength ?? 64 * 1024;
    this.rules = [...specifiedRules, ...opts.rules];
  }

  /** The request when it is served here; undefined when Apollo must answer it. */
  accept(body: unknown, headers: IncomingHttpHeaders): DirectRequest | undefined {
    if (!isRecord(body) || !acceptsPlainJson(headers.accept)) return undefined;
    const { query, variables, operationName, extensions } = body;
    if (typeof query !== 'string' || query === '' || query.length > this.maxQueryLength) return undefined;
    if (extensions !== undefined && extensions !== null) return undefined;
    if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    const document = this.document(query);
    if (!document) return undefined;
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation || operation.operation === 'subscription') return undefined;
    return { query, document, operation, variables: variables ?? undefined, operationName: operationName ?? undefined };
  }

  /** Executes an accepted request as `ctx`'s identity and says what to answer. */
  async execute(request: DirectRequest, ctx: ApiContext, headers: IncomingHttpHeaders): Promise<DirectResponse> {
    const { audit, format, logger, metrics, schema } = this.opts;
    const started = performance.now();
    const responseHeaders: [string, string][] = [['content-type', JSON_CONTENT_TYPE]];
    let finishAudit: ReturnType<AuditLog['beginGraphql']> | undefined;
    if (audit) {
      const requestId = auditRequestId(headers['x-request-id']);
      responseHeaders.push(['audit-id', requestId]);
      finishAudit = audit.beginGraphql(ctx, { query: request.query, variables: request.variables, requestId });
    }
    let result: ExecutionResult;
    let status = 200;
    try {
      result = await execute({ schema, document: request.document, contextValue: ctx, variableValues: request.variables, operationName: request.operationName });
      // No data: the variables did not coerce and nothing ran.
      if (result.data === undefined && result.errors?.length) status = 400;
    } catch (err) {
      result = { errors: [err instanceof GraphQLError ? err : new GraphQLError(err instanceof Error ? err.message : String(err), { originalError: err instanceof Error ? err : undefined })] };
      status = 500;
    }
    // The code Apollo gives an error before our formatter sees it (errorNormalize.ts).
    const errors = result.errors?.map((e) => format(e, status === 400 && isBadUserInput(e) && e.extensions?.code == null ? 'BAD_USER_INPUT' : (e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')));
    const body = `${JSON.stringify({ errors, data: result.data, extensions: result.extensions })}\n`;

    const seconds = (performance.now() - started) / 1000;
    const op = request.operation;
    const operationName = op.name?.value || request.operationName;
    metrics.observeRequest(operationName, op.operation, seconds);
    if (logger.isLevelEnabled('debug')) {
      logger.debug({ operation: operationName, type: op.operation, user: ctx.identity?.user, ms: Math.round(seconds * 1000), errors: errors?.length ?? 0 }, 'graphql request');
    }
    finishAudit?.({ code: auditResultCode(errors), status, operation: auditOperationLabel(op) });
    return { status, headers: responseHeaders, body };
  }

  /** The validated document of a query text, parsed once; null when it does not parse or validate. */
  private document(query: string): DocumentNode | null {
    const known = this.documents.get(query);
    if (known !== undefined) return known;
    let document: DocumentNode | null = null;
    try {
      const parsed = parse(query, { maxTokens: this.opts.maxQueryTokens });
      if (validate(this.opts.schema, parsed, this.rules).length === 0) document = parsed;
    } catch {
      /* Apollo answers it, with the syntax error */
    }
    // A bound, not an LRU: past it the oldest text is forgotten (and parsed again if it returns).
    if (this.documents.size >= this.maxDocuments) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(query, document);
    return document;
  }
}
