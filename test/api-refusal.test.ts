/**
 * A request refused before its body is read (an unknown token, over its quota) is answered, not
 * reset: a small body is read and dropped first, so the client reads the answer and keeps its
 * connection; a large one still closes the connection without being taken in.
 */
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUSED_BODY_DRAIN_BYTES } from '../server/api/graphql-http.ts';
import { startServer, type RunningServer } from '../server/main.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let dir: string;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase('api_refusal');
  dir = await mkdtemp(path.join(tmpdir(), 'capstan-refusal-'));
  server = await startServer({ databaseUrl: db.url, listen: '127.0.0.1:0', dataDir: dir, logLevel: 'silent', processMetrics: false });
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** POSTs `bodyBytes` of JSON with an unknown token over `agent`; resolves with the status, the Connection header and the socket used. */
function postUnknownToken(agent: http.Agent, bodyBytes: number): Promise<{ status: number; connection: string | undefined; body: string; socket: unknown }> {
  const padding = 'x'.repeat(Math.max(0, bodyBytes - 40));
  const body = JSON.stringify({ query: '{ __typename }', variables: { padding } });
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: 'Bearer not-a-known-token' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body: text, socket: req.socket }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('a request refused before its body is read', () => {
  it('is answered UNAUTHENTICATED on a connection the client keeps, when its body is small', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await postUnknownToken(agent, 64 * 1024);
      expect(first.status).toBe(401);
      expect(JSON.parse(first.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(first.connection).not.toBe('close');
      const second = await postUnknownToken(agent, 1_000);
      expect(second.status).toBe(401);
      expect(second.socket).toBe(first.socket);
    } finally {
      agent.destroy();
    }
  });

  it('closes the connection after the answer when its body is larger than the server reads for nothing', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const r = await postUnknownToken(agent, REFUSED_BODY_DRAIN_BYTES + 1_024).catch((err: Error) => ({ status: 0, connection: 'reset', body: err.message, socket: null }));
      // Answered and closed, or (the client still writing when the server hung up) reset:
      // either way the server did not take the body in and did not keep the connection.
      expect(['close', 'reset']).toContain(r.connection);
    } finally {
      agent.destroy();
    }
  });
});
