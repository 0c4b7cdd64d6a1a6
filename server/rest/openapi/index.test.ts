import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accepts, handleOpenApi, openApiDocuments } from './index.ts';
import { OPENAPI_V2_PROTOBUF, OPENAPI_V2_PROTOBUF_RESPONSE } from './openapi-v2-protobuf.ts';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (handleOpenApi(req, res)) return;
    // What the router does when the handler declines (it fails if the handler wrote anything).
    res.writeHead(418).end('not mine');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers, redirect: 'manual' });

describe('handleOpenApi', () => {
  it('declines paths it does not serve', async () => {
    for (const path of ['/openapi', '/openapi/v3/apis/nope.example.com/v1', '/openapi/v4', '/api/v1', '/openapi/v2x']) {
      const res = await get(path);
      expect(res.status, path).toBe(418);
    }
  });

  it('serves the v3 index, whose URLs serve their documents', async () => {
    const res = await get('/openapi/v3');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const index = (await res.json()) as { paths: Record<string, { serverRelativeURL: string }> };
    const url = index.paths['api/v1']!.serverRelativeURL;
    const doc = await get(url, { Accept: 'application/json' });
    expect(doc.status).toBe(200);
    expect(doc.headers.get('cache-control')).toBe('public, immutable');
    const body = (await doc.json()) as { openapi: string; components: { schemas: Record<string, unknown> } };
    expect(body.openapi).toBe('3.0.0');
    expect(body.components.schemas['io.k8s.api.core.v1.Pod']).toBeDefined();
  });

  it('redirects a stale hash to the current document and answers 304 to its ETag', async () => {
    const current = openApiDocuments().v3.get('apis/apps/v1')!;
    const stale = await get('/openapi/v3/apis/apps/v1?hash=0123');
    expect(stale.status).toBe(301);
    expect(stale.headers.get('location')).toBe(`/openapi/v3/apis/apps/v1?hash=${current.hash}`);
    const fresh = await get('/openapi/v3/apis/apps/v1');
    expect(fresh.headers.get('etag')).toBe(`"${current.hash}"`);
    expect(fresh.headers.get('cache-control')).toBe('no-cache, private');
    expect((await get('/openapi/v3/apis/apps/v1', { 'If-None-Match': `"${current.hash}"` })).status).toBe(304);
  });

  it('serves /openapi/v2 as JSON to JSON clients and as protobuf to client-go', async () => {
    const json = await get('/openapi/v2', { Accept: 'application/json' });
    expect(json.headers.get('content-type')).toBe('application/json');
    expect(((await json.json()) as { swagger: string }).swagger).toBe('2.0');
    const pb = await get('/openapi/v2', { Accept: OPENAPI_V2_PROTOBUF });
    expect(pb.status).toBe(200);
    expect(pb.headers.get('content-type')).toBe(OPENAPI_V2_PROTOBUF_RESPONSE);
    const bytes = Buffer.from(await pb.arrayBuffer());
    // Document.swagger (field 1, length-delimited) comes first.
    expect(bytes.subarray(0, 5)).toEqual(Buffer.from([0x0a, 3, ...Buffer.from('2.0')]));
  });

  it('answers 406 to an Accept it cannot satisfy and 405 to writes', async () => {
    const res = await get('/openapi/v3/api/v1', { Accept: 'application/com.github.proto-openapi.spec.v3@v1.0+protobuf' });
    expect(res.status).toBe(406);
    expect(((await res.json()) as { reason: string }).reason).toBe('NotAcceptable');
    const post = await fetch(`${base}/openapi/v2`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
  });

  it('compresses when the client accepts gzip', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve) => http.get(`${base}/openapi/v3/api/v1`, { headers: { 'Accept-Encoding': 'gzip' } }, resolve));
    res.resume();
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(Number(res.headers['content-length'])).toBe(openApiDocuments().v3.get('api/v1')!.gzip.length);
  });
});

describe('accepts', () => {
  it('reads media ranges and their q values', () => {
    expect(accepts(undefined, 'application/json')).toBe(true);
    expect(accepts(undefined, 'application/json', true)).toBe(false);
    expect(accepts('application/json, */*', 'application/json', true)).toBe(true);
    expect(accepts('*/*', 'application/json', true)).toBe(false);
    expect(accepts('application/*;q=0.5', 'application/json')).toBe(true);
    expect(accepts('application/json;q=0', 'application/json')).toBe(false);
    expect(accepts(OPENAPI_V2_PROTOBUF, 'application/json')).toBe(false);
  });
});
