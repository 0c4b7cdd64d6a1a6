/**
 * Serves /openapi/v2, /openapi/v3 and /openapi/v3/<group version> for the kinds in KINDS, as
 * kube-apiserver does, so that `kubectl explain`, kubectl's strategic merge patches and its
 * field-validation check work against Capstan. Documents are built on first use and kept.
 */
import type http from 'node:http';
import { KINDS } from '../../kinds/registry.ts';
import { kubernetesDefinitions } from './definitions.ts';
import { buildOpenApiDocuments, type OpenApiDocuments, type SerializedDocument } from './documents.ts';
import { OPENAPI_V2_PROTOBUF, OPENAPI_V2_PROTOBUF_RESPONSE } from './openapi-v2-protobuf.ts';

export { buildOpenApiDocuments, groupVersionPath, type OpenApiDocuments } from './documents.ts';
export { fieldValidationOutcome, unknownFields, type FieldValidation, type FieldValidationOutcome } from './unknown-fields.ts';

let documents: OpenApiDocuments | undefined;

/** The documents for the kinds in KINDS, built once. */
export function openApiDocuments(): OpenApiDocuments {
  documents ??= buildOpenApiDocuments(Object.values(KINDS), kubernetesDefinitions());
  return documents;
}

/**
 * Answers GET (or HEAD) /openapi/v2, /openapi/v3 and /openapi/v3/<group version>; returns false,
 * having written nothing, for any other path. Authentication is the caller's business.
 */
export function handleOpenApi(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://capstan');
  const path = url.pathname.replace(/\/+$/, '');
  let doc: SerializedDocument | undefined;
  let contentType = 'application/json';
  let responseType = contentType;
  if (path === '/openapi/v2') {
    // client-go asks for protobuf alone; browsers and curl get JSON.
    if (accepts(req.headers.accept, OPENAPI_V2_PROTOBUF) && !accepts(req.headers.accept, 'application/json', true)) {
      doc = openApiDocuments().v2Protobuf;
      contentType = OPENAPI_V2_PROTOBUF;
      responseType = OPENAPI_V2_PROTOBUF_RESPONSE;
    } else doc = openApiDocuments().v2;
  } else if (path === '/openapi/v3') doc = openApiDocuments().v3Index;
  else if (path.startsWith('/openapi/v3/')) {
    doc = openApiDocuments().v3.get(path.slice('/openapi/v3/'.length));
    if (!doc) return false;
  } else return false;

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendStatus(res, 405, 'MethodNotAllowed', `the server does not allow this method on ${path}`, { Allow: 'GET, HEAD' });
    return true;
  }
  // A group-version document named by its hash (as the v3 index links it) never changes.
  const hash = path.startsWith('/openapi/v3/') ? url.searchParams.get('hash') : null;
  if (hash !== null && hash !== doc.hash) {
    // A client holding an older index asks for an older document: send it to the current one.
    res.writeHead(301, { Location: `${path}?hash=${doc.hash}`, 'Cache-Control': 'no-cache, private' });
    res.end();
    return true;
  }
  if (!accepts(req.headers.accept, contentType)) {
    // kubectl reads v3 documents in JSON; their protobuf form is not served.
    sendStatus(res, 406, 'NotAcceptable', `the server can only answer ${path} with ${contentType}, not ${req.headers.accept}`);
    return true;
  }
  sendDocument(req, res, doc, responseType, hash !== null);
  return true;
}

function sendDocument(req: http.IncomingMessage, res: http.ServerResponse, doc: SerializedDocument, contentType: string, immutable: boolean): void {
  const etag = `"${doc.hash}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Accept, Accept-Encoding');
  if (immutable) {
    // The URL names the content by its hash, so it never changes (what kube-apiserver answers).
    res.setHeader('Cache-Control', 'public, immutable');
    res.setHeader('Expires', new Date(Date.now() + 365 * 24 * 3600 * 1000).toUTCString());
  } else res.setHeader('Cache-Control', 'no-cache, private');
  if (ifNoneMatch(req.headers['if-none-match'], etag)) {
    res.writeHead(304);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? doc.gzip : doc.json;
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': body.length,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === etag || tag === '*';
  });
}

/**
 * Whether an Accept header admits `mediaType` (no header admits anything); with `exact`,
 * only when it names the type itself, not through `*\/*`.
 */
export function accepts(accept: string | undefined, mediaType: string, exact = false): boolean {
  if (accept === undefined || accept.trim() === '') return !exact;
  const [major] = mediaType.split('/');
  return accept.split(',').some((range) => {
    const [type, ...params] = range.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) === 0) return false;
    return type === mediaType || (!exact && (type === `${major}/*` || type === '*/*'));
  });
}

function sendStatus(res: http.ServerResponse, code: number, reason: string, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}
