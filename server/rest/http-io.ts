/**
 * Reading REST requests and writing their answers: bodies with a size limit, JSON or YAML
 * objects, query parameters with Kubernetes' spellings, JSON responses.
 */
import type http from 'node:http';
import YAML from 'yaml';
import { assertInputDepth, DEFAULT_LIMITS } from '../api/limits.ts';
import { decodeKubernetesProtobuf } from './protobuf/decode.ts';
import { RestRequestError } from './status.ts';

/** The bodies read so far, for the audit log (api/audit.ts) to record at level Request. */
const bodies = new WeakMap<http.IncomingMessage, Buffer>();

/** The body of `req`, if a handler has read it. */
export function bodyRead(req: http.IncomingMessage): Buffer | undefined {
  return bodies.get(req);
}

export function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const tooLarge = () => new RestRequestError(413, `the request body is larger than the limit of ${limit} bytes`, 'RequestEntityTooLarge');
    if (declared > limit) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      bodies.set(req, body);
      resolve(body);
    });
    req.on('error', reject);
  });
}

/** The media type of a request body, without parameters, lower-cased. */
export function mediaType(req: http.IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * A JSON, Kubernetes protobuf or (apply patches) YAML document; refuses anything else with
 * 400/415, and one nested deeper than `maxDepth` with INVALID.
 */
export function parseDocument(raw: Buffer, type: string, maxDepth = DEFAULT_LIMITS.maxInputDepth): unknown {
  const doc = parseAnyDocument(raw, type);
  assertInputDepth(doc, { maxInputDepth: maxDepth }, 'the request body');
  return doc;
}

function parseAnyDocument(raw: Buffer, type: string): unknown {
  if (type === 'application/vnd.kubernetes.protobuf') return decodeKubernetesProtobuf(raw);
  const text = raw.toString('utf8');
  if (text.trim() === '') throw new RestRequestError(400, 'the request body is empty');
  if (type === 'application/apply-patch+yaml' || type === 'application/yaml') {
    try {
      return YAML.parse(text, { maxAliasCount: 100 });
    } catch (err) {
      throw new RestRequestError(400, `the request body is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  if (type !== '' && !type.endsWith('json')) {
    throw new RestRequestError(415, `unsupported media type "${type}": send application/json`, 'UnsupportedMediaType');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new RestRequestError(400, 'the request body is not valid JSON');
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-cache, private' });
  res.end(text);
}

/** A query parameter, or undefined when absent or empty. */
export function param(q: URLSearchParams, name: string): string | undefined {
  const v = q.get(name);
  return v === null || v === '' ? undefined : v;
}

export function boolParam(q: URLSearchParams, name: string): boolean | undefined {
  const v = param(q, name);
  if (v === undefined) return undefined;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new RestRequestError(400, `${name}: must be true or false, not ${JSON.stringify(v)}`);
}

export function intParam(q: URLSearchParams, name: string, min = 0): number | undefined {
  const v = param(q, name);
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v) || Number(v) < min) throw new RestRequestError(400, `${name}: must be an integer of at least ${min}, not ${JSON.stringify(v)}`);
  return Number(v);
}

/** `dryRun=All` (the only value Kubernetes accepts). */
export function dryRunParam(q: URLSearchParams): boolean {
  const values = q.getAll('dryRun').filter((v) => v !== '');
  for (const v of values) if (v !== 'All') throw new RestRequestError(400, `dryRun: unsupported value "${v}": supported values: "All"`);
  return values.length > 0;
}
