/**
 * The Kubernetes REST API, served beside GraphQL on the same port over the same store,
 * authorizer and watch hub, so that kubectl and Kubernetes client libraries drive Capstan:
 *
 *   /version, /api, /apis, /api/v1, /apis/<group>/<version>      discovery
 *   /openapi/v2, /openapi/v3[/...]                                schemas (openapi/)
 *   /api/v1/[namespaces/<ns>/]<resource>[/<name>[/<sub>]]         core objects
 *   /apis/<group>/<version>/[namespaces/<ns>/]<resource>[/...]    named groups
 *   /apis/metrics.k8s.io/v1beta1/...                              usage (metrics-api.ts)
 *
 * Every request but /version carries a bearer token; errors are `Status` objects
 * (status.ts). Upgrades (exec, attach, portforward) are routed by api-server.ts.
 */
import type http from 'node:http';
import type { Logger } from 'pino';
import type { Authenticator } from '../auth/authenticator.ts';
import { authenticateBearer } from '../auth/bearer.ts';
import type { Identity } from '../store/types.ts';
import type { ApiContext } from '../api/context.ts';
import { TooManyRequestsError, type FairnessGate, type Release } from '../api/fairness.ts';
import { restLevel, type PriorityGate } from '../api/priority.ts';
import type { AuditLog } from '../api/audit.ts';
import { randomUUID } from 'node:crypto';
import { apiGroupList, apiGroupOf, apiResourceList, apiVersions, resourceAt, type RestResource } from './api-resources.ts';
import { bodyRead, boolParam, mediaType, parseDocument, readBody, sendJson } from './http-io.ts';
import { createObject, deleteCollection, deleteObject, getObject, listObjects, patchObject, replaceObject, type RestCall } from './objects.ts';
import { serveMetrics } from './metrics-api.ts';
import { handleOpenApi } from './openapi/index.ts';
import { selfSubjectAccessReview, selfSubjectReview } from './reviews.ts';
import { RestRequestError, statusFromError } from './status.ts';
import { serveBinding, serveLog, serveScale, serveTokenRequest } from './subresources.ts';
import { acceptedFormat } from './table.ts';
import { serveWatch } from './watch.ts';
import { capstanVersion } from './version.ts';

export interface RestOptions {
  authenticator: Authenticator;
  maxBodyBytes: number;
  logger: Logger;
  /** Per-identity rate, in-flight and watch limits, shared with GraphQL (api/fairness.ts). */
  gate?: FairnessGate;
  /** Seats by priority level, shared with GraphQL (api/priority.ts); none: no limit. */
  priority?: PriorityGate;
  /** Where each answered request is recorded (api/audit.ts); none when auditing is off. */
  audit?: AuditLog;
  context(identity: Identity): ApiContext;
  /** Called once per answered request (for metrics). */
  onResponse?: (method: string, status: number, seconds: number) => void;
}

/** What a resource URL names. */
export interface RestPath {
  resource: RestResource;
  namespace?: string;
  name?: string;
  subresource?: string;
}

const PREFIXES = ['/api', '/apis', '/version', '/openapi'];

/** Whether a path belongs to the REST API. */
export function isRestPath(pathname: string): boolean {
  return PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * Parses `/api/v1/...` or `/apis/<g>/<v>/...` below the group version. Returns undefined for a
 * path that names no served resource.
 */
export function parseResourcePath(pathname: string): RestPath | undefined {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    group = '';
    version = parts[1]!;
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    group = parts[1]!;
    version = parts[2]!;
    rest = parts.slice(3);
  } else return undefined;

  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const namespaced = resourceAt(group, version, rest[2]!);
    if (namespaced?.def.namespaced) {
      if (rest.length > 5) return undefined;
      return { resource: namespaced, namespace: rest[1], name: rest[3], subresource: rest[4] };
    }
  }
  const resource = resourceAt(group, version, rest[0]!);
  if (!resource || rest.length > 3) return undefined;
  return { resource, name: rest[1], subresource: rest[2] };
}

/** Kubernetes' verb for a request: get, list, watch, create, update, patch, delete, deletecollection. */
function restVerb(method: string, target: RestPath | undefined, url: URL): string {
  const watching = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
  switch (method) {
    case 'GET':
    case 'HEAD':
      return watching ? 'watch' : target?.name === undefined && target ? 'list' : 'get';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return target?.name === undefined ? 'deletecollection' : 'delete';
    default:
      return method.toLowerCase();
  }
}

/** The request body as the audit log records it: JSON or YAML as an object, anything else by its size. */
function auditBody(req: http.IncomingMessage): unknown {
  const raw = bodyRead(req);
  if (!raw || raw.length === 0) return undefined;
  try {
    return parseDocument(raw, mediaType(req));
  } catch {
    return `<${raw.length} bytes>`;
  }
}

function isStreaming(query: URLSearchParams): boolean {
  return ['watch', 'follow'].some((p) => query.get(p) === 'true' || query.get(p) === '1');
}

export class RestApi {
  constructor(private readonly opts: RestOptions) {}

  /** Serves one request; never throws (errors become Status answers). */
  async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://capstan');
    let phase: 'request' | 'object' = 'request';
    let target: RestPath | undefined;
    let release: Release | undefined;
    let seat: Release | undefined;
    let identity: Identity | undefined;
    let reason = 'OK';
    const requestId = randomUUID();
    try {
      if (url.pathname === '/version' || url.pathname === '/version/') {
        if (req.method !== 'GET') throw new RestRequestError(405, 'the server does not allow this method on /version', 'MethodNotAllowed');
        sendJson(res, 200, capstanVersion());
        return;
      }
      identity = await authenticateBearer(this.opts.authenticator, req.headers.authorization);
      if (this.opts.audit) res.setHeader('Audit-ID', requestId);
      release = this.admit(identity, url.searchParams);
      seat = await this.seat(identity, url);
      const ctx = this.opts.context(identity);
      if (url.pathname.startsWith('/openapi')) {
        if (!handleOpenApi(req, res)) throw new RestRequestError(404, `the server could not find the requested resource (${url.pathname})`, 'NotFound');
        return;
      }
      if (this.serveDiscovery(req, res, url.pathname)) return;
      if (await this.serveReview(req, res, url.pathname, ctx)) return;
      if (await serveMetrics(req, res, url, ctx)) return;
      target = parseResourcePath(url.pathname);
      if (!target) throw new RestRequestError(404, `the server could not find the requested resource (${req.method} ${url.pathname})`, 'NotFound');
      phase = 'object';
      await this.serveResource(req, res, url.searchParams, ctx, target);
    } catch (err) {
      const status = statusFromError(err, { resource: target?.resource.plural, group: target?.resource.group, name: target?.name }, phase);
      reason = status.reason;
      if (status.code >= 500 && !(err instanceof RestRequestError)) this.opts.logger.error({ err, method: req.method, path: url.pathname }, 'REST request failed');
      if (res.headersSent) {
        res.end();
        return;
      }
      if (status.code === 401) res.setHeader('WWW-Authenticate', 'Bearer');
      if (err instanceof TooManyRequestsError) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      // Refused before the body was read (401, 429): do not read it, close the connection.
      if (status.code === 401 || status.code === 429) res.setHeader('Connection', 'close');
      sendJson(res, status.code, status);
    } finally {
      seat?.();
      release?.();
      this.opts.onResponse?.(req.method ?? 'GET', res.statusCode, (performance.now() - started) / 1000);
      if (this.opts.audit && identity) {
        this.opts.audit.recordRest({
          identity,
          requestId,
          verb: restVerb(req.method ?? 'GET', target, url),
          resource: target ? `${target.resource.plural}${target.subresource ? `/${target.subresource}` : ''}` : url.pathname,
          namespace: target?.namespace,
          name: target?.name,
          status: res.statusCode,
          reason,
          started,
          body: this.opts.audit.withRequest ? auditBody(req) : undefined,
        });
      }
    }
  }

  /** A seat at the request's priority level; watches and followed logs take none (they are held for minutes). */
  private async seat(identity: Identity, url: URL): Promise<Release | undefined> {
    if (!this.opts.priority || isStreaming(url.searchParams)) return undefined;
    return this.opts.priority.acquire(restLevel(identity, url.pathname));
  }

  /** A watch or followed log holds one of the identity's watches; anything else is a request in flight. */
  private admit(identity: Identity, query: URLSearchParams): Release | undefined {
    const gate = this.opts.gate;
    if (!gate) return undefined;
    if (!isStreaming(query)) return gate.admit(identity);
    gate.take(identity);
    return gate.subscribe(identity);
  }

  private serveDiscovery(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
    const parts = pathname.split('/').filter(Boolean);
    let doc: Record<string, unknown> | undefined;
    if (parts.length === 1 && parts[0] === 'api') doc = apiVersions(req.headers.host ?? '127.0.0.1');
    else if (parts.length === 1 && parts[0] === 'apis') doc = apiGroupList();
    else if (parts.length === 2 && parts[0] === 'api') doc = apiResourceList('', parts[1]!);
    else if (parts.length === 2 && parts[0] === 'apis') doc = apiGroupOf(parts[1]!);
    else if (parts.length === 3 && parts[0] === 'apis') doc = apiResourceList(parts[1]!, parts[2]!);
    else return false;
    if (!doc) throw new RestRequestError(404, `the server could not find the requested resource (${pathname})`, 'NotFound');
    if (req.method !== 'GET') throw new RestRequestError(405, `the server does not allow this method on ${pathname}`, 'MethodNotAllowed');
    sendJson(res, 200, doc);
    return true;
  }

  private async serveReview(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, ctx: ApiContext): Promise<boolean> {
    const review =
      pathname === '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews' ? 'access' : pathname === '/apis/authentication.k8s.io/v1/selfsubjectreviews' ? 'self' : undefined;
    if (!review) return false;
    if (req.method !== 'POST') throw new RestRequestError(405, `only POST is allowed on ${pathname}`, 'MethodNotAllowed');
    const body = parseDocument(await readBody(req, this.opts.maxBodyBytes), mediaType(req));
    sendJson(res, 201, review === 'access' ? await selfSubjectAccessReview(ctx, body) : selfSubjectReview(ctx));
    return true;
  }

  private async serveResource(req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams, ctx: ApiContext, target: RestPath): Promise<void> {
    const { resource, namespace, name, subresource } = target;
    const call: RestCall = { req, res, ctx, resource, namespace: resource.def.namespaced ? namespace : undefined, name, query, maxBodyBytes: this.opts.maxBodyBytes };
    const method = req.method ?? 'GET';
    const notAllowed = () => new RestRequestError(405, `the server does not allow this method on the requested resource (${method} ${resource.plural}${subresource ? `/${subresource}` : ''})`, 'MethodNotAllowed');

    if (subresource !== undefined) {
      if (name === undefined) throw notAllowed();
      const sub = resource.subresources.get(subresource);
      if (!sub) throw new RestRequestError(404, `the server could not find the requested resource (${resource.plural}/${subresource})`, 'NotFound');
      switch (subresource) {
        case 'status':
          if (method === 'GET') return getObject(call);
          if (method === 'PUT') return replaceObject(call, 'status');
          if (method === 'PATCH') return patchObject(call, 'status');
          throw notAllowed();
        case 'scale':
          if (method === 'GET' || method === 'PUT' || method === 'PATCH') return serveScale(call);
          throw notAllowed();
        case 'binding':
          if (method === 'POST') return serveBinding(call);
          throw notAllowed();
        case 'log':
          if (method === 'GET') return serveLog(call);
          throw notAllowed();
        case 'token':
          if (method === 'POST') return serveTokenRequest(call);
          throw notAllowed();
        default:
          throw new RestRequestError(400, `${resource.plural}/${subresource} needs a WebSocket upgrade (kubectl ${subresource} makes one)`, 'BadRequest');
      }
    }

    if (resource.def.namespaced && namespace === undefined && name !== undefined) throw new RestRequestError(404, 'a namespaced object needs a namespace in its URL', 'NotFound');
    if (name === undefined) {
      if (method === 'GET') {
        if (boolParam(query, 'watch')) {
          const accept = acceptedFormat(req.headers.accept);
          const include = (query.get('includeObject') || 'Metadata') as 'None' | 'Metadata' | 'Object';
          return serveWatch({ req, res, ctx, resource, namespace: call.namespace, query, table: accept.table ? { include } : undefined });
        }
        return listObjects(call);
      }
      if (method === 'POST') return createObject(call);
      if (method === 'DELETE') return deleteCollection(call);
      throw notAllowed();
    }
    switch (method) {
      case 'GET':
        if (boolParam(query, 'watch')) {
          // A watch of one object: the collection's watch narrowed to its name.
          query.set('fieldSelector', [query.get('fieldSelector'), `metadata.name=${name}`].filter(Boolean).join(','));
          return serveWatch({ req, res, ctx, resource, namespace: call.namespace, query });
        }
        return getObject(call);
      case 'PUT':
        return replaceObject(call);
      case 'PATCH':
        return patchObject(call);
      case 'DELETE':
        return deleteObject(call);
      default:
        throw notAllowed();
    }
  }
}
