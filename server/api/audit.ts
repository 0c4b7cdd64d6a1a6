/**
 * The audit log: one JSON line per request saying who did what and how it ended (user, groups,
 * verb, resource, namespace, name, response code, latency, request id), for GraphQL queries and
 * mutations (HTTP and graphql-ws) and REST requests. At level `Request` the line also carries
 * the request (GraphQL: query and variables; REST: the body), with Secret data redacted. Off
 * unless `--audit-log PATH|-` is given.
 *
 * GraphQL requests are described by what their resolvers asked the authorizer (a request may
 * touch several objects: `apply`); REST requests by their URL and method, as Kubernetes does.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ExecutionArgs, ExecutionResult, OperationDefinitionNode } from 'graphql';
import type { Identity } from '../store/types.ts';
import type { ApiContext } from './context.ts';
import { capstanErrorOf } from './errors.ts';
import { getOperationAST, print } from './graphql-js.ts';

export type AuditLevel = 'Metadata' | 'Request';
export const AUDIT_LEVELS: readonly AuditLevel[] = ['Metadata', 'Request'];

export interface AuditOptions {
  /** A file to append to (created 0600), or `-` for stdout. */
  path: string;
  /** `Metadata` (default): who, what, outcome. `Request`: also the request, Secret data redacted. */
  level?: AuditLevel;
}

/** One object a request touched, as the authorizer was asked about it. */
export interface AuditObject {
  verb: string;
  resource: string;
  namespace?: string;
  name?: string;
}

export interface AuditEvent extends Partial<AuditObject> {
  time: string;
  requestId: string;
  api: 'graphql' | 'rest';
  user: string;
  groups: string[];
  /** GraphQL: `query`/`mutation` and the operation's name. */
  operation?: string;
  /** Every object a GraphQL request touched, when more than one. */
  objects?: AuditObject[];
  /** The outcome: an error code (`OK`, `INVALID`, `FORBIDDEN`, …) for GraphQL, the Status reason for REST. */
  code: string;
  /** HTTP status (graphql-ws: none). */
  status?: number;
  latencyMs: number;
  requestObject?: unknown;
}

const REDACTED = '<redacted>';
const SECRET_FIELDS = new Set(['data', 'stringData']);

/** Secret data out of a request: `data` and `stringData` anywhere, JSON patch values, manifests holding a Secret, string literals of a query. */
export function redactSecretData(value: unknown): unknown {
  if (typeof value === 'string') return /^\s*kind:\s*["']?Secret\b/m.test(value) || /"kind"\s*:\s*"Secret"/.test(value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map(redactSecretData);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const isPatchOp = typeof (value as { op?: unknown }).op === 'string' && 'value' in value;
  for (const [k, v] of Object.entries(value)) {
    out[k] = SECRET_FIELDS.has(k) || k === 'patch' || (isPatchOp && k === 'value') ? REDACTED : redactSecretData(v);
  }
  return out;
}

/** A query's text with its string literals blanked (they may hold Secret data written inline). */
function redactLiterals(query: string): string {
  return query.replace(/"""[\s\S]*?"""/g, `"${REDACTED}"`).replace(/"(?:[^"\\]|\\.)*"/g, `"${REDACTED}"`);
}

function isSecret(resource: string | undefined): boolean {
  return resource === 'Secret' || resource === 'secrets' || !!resource?.startsWith('Secret/') || !!resource?.startsWith('secrets/');
}

export class AuditLog {
  readonly level: AuditLevel;
  private readonly out: NodeJS.WritableStream;
  private readonly ownStream: fs.WriteStream | undefined;

  constructor(opts: AuditOptions) {
    this.level = opts.level ?? 'Metadata';
    if (opts.path === '-') {
      this.out = process.stdout;
    } else {
      this.ownStream = fs.createWriteStream(opts.path, { flags: 'a', mode: 0o600 });
      this.out = this.ownStream;
    }
  }

  get withRequest(): boolean {
    return this.level === 'Request';
  }

  record(event: AuditEvent): void {
    this.out.write(`${JSON.stringify(event)}\n`);
  }

  async close(): Promise<void> {
    const s = this.ownStream;
    if (s) await new Promise<void>((resolve) => s.end(resolve));
  }

  /**
   * Starts the record of a GraphQL operation: from now on `ctx.authorize` also notes what the
   * operation touches. The returned function writes the line once the result is known.
   */
  beginGraphql(ctx: ApiContext, args: { query?: string; variables?: Record<string, unknown> | null; operation?: string; requestId?: string }): (result: { code: string; status?: number; operation?: string }) => void {
    const started = performance.now();
    const objects: AuditObject[] = [];
    const authorize = ctx.authorize;
    ctx.authorize = (verb, resource, namespace, name, details) => {
      objects.push({ verb, resource, ...(namespace ? { namespace } : {}), ...(name ? { name } : {}) });
      return authorize(verb, resource, namespace, name, details);
    };
    const requestId = args.requestId ?? randomUUID();
    return ({ code, status, operation }) => {
      const first = objects[0];
      const secret = objects.some((o) => isSecret(o.resource));
      const event: AuditEvent = {
        time: new Date().toISOString(),
        requestId,
        api: 'graphql',
        ...identityOf(ctx.identity),
        ...((operation ?? args.operation) ? { operation: operation ?? args.operation } : {}),
        ...(first ?? {}),
        ...(objects.length > 1 ? { objects } : {}),
        code,
        ...(status !== undefined ? { status } : {}),
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (this.withRequest) {
        const variables = args.variables ?? {};
        event.requestObject = secret
          ? { query: args.query === undefined ? undefined : redactLiterals(args.query), variables: redactSecretData(variables) }
          : { query: args.query, variables };
      }
      this.record(event);
    };
  }

  /** Records a REST request once answered. */
  recordRest(e: { identity: Identity; requestId: string; verb: string; resource?: string; namespace?: string; name?: string; status: number; reason: string; started: number; body?: unknown }): void {
    const event: AuditEvent = {
      time: new Date().toISOString(),
      requestId: e.requestId,
      api: 'rest',
      ...identityOf(e.identity),
      verb: e.verb,
      ...(e.resource ? { resource: e.resource } : {}),
      ...(e.namespace ? { namespace: e.namespace } : {}),
      ...(e.name ? { name: e.name } : {}),
      code: e.reason,
      status: e.status,
      latencyMs: Math.round((performance.now() - e.started) * 10) / 10,
    };
    if (this.withRequest && e.body !== undefined) event.requestObject = isSecret(e.resource) ? redactSecretData(e.body) : e.body;
    this.record(event);
  }
}

function identityOf(identity: Identity): { user: string; groups: string[] } {
  return { user: identity.user, groups: identity.groups };
}

/** The code of a GraphQL result: its first error's, else OK. */
export function auditResultCode(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string {
  const code = errors?.[0]?.extensions?.code;
  return errors && errors.length > 0 ? (typeof code === 'string' ? code : 'UNAVAILABLE') : 'OK';
}

/** An HTTP request's id: its X-Request-Id when that is a sane token, else a new one. */
export function auditRequestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header) ? header : randomUUID();
}

/** How the audit line names a GraphQL operation: `mutation`, `query Pods`. */
export function auditOperationLabel(op: OperationDefinitionNode | null | undefined): string | undefined {
  return op ? `${op.operation}${op.name ? ` ${op.name.value}` : ''}` : undefined;
}

/** GraphQL over HTTP served by Apollo (graphql-direct.ts records the requests it serves itself; subscriptions do not come this way). */
export function auditPlugin(audit: AuditLog): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart(rc) {
      const requestId = auditRequestId(rc.request.http?.headers.get('x-request-id'));
      const finish = audit.beginGraphql(rc.contextValue, { query: rc.request.query, variables: rc.request.variables, requestId });
      return {
        async willSendResponse(rc) {
          const op = rc.operation;
          const body = rc.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          rc.response.http.headers.set('audit-id', requestId);
          finish({ code: auditResultCode(errors), status: rc.response.http.status ?? 200, operation: auditOperationLabel(op) });
        },
      };
    },
  };
}

/**
 * A graphql-ws query or mutation: `run` executes it; the line is written with its result.
 * Subscriptions are not audited per event (their start is authorized like a list).
 */
export async function auditExecution(audit: AuditLog, args: ExecutionArgs, run: () => ExecutionResult | Promise<ExecutionResult>): Promise<ExecutionResult> {
  const op = getOperationAST(args.document, args.operationName);
  const finish = audit.beginGraphql(args.contextValue as ApiContext, {
    query: audit.withRequest ? print(args.document) : undefined,
    variables: args.variableValues as Record<string, unknown> | undefined,
    operation: auditOperationLabel(op),
  });
  const result = await run();
  // Not formatted yet (graphql-ws formats on sending): the code as errors.ts will give it.
  const first = result.errors?.[0];
  finish({ code: first ? (capstanErrorOf(first)?.code ?? (first.path ? 'UNAVAILABLE' : 'INVALID')) : 'OK' });
  return result;
}
