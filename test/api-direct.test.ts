/**
 * GraphQL over HTTP has two servers behind one URL: known, valid queries are executed directly
 * (server/api/graphql-direct.ts), the rest by Apollo. A client must not be able to tell them
 * apart: the same request gets the same status, body, error codes, metrics and audit line from
 * both. Apollo serves a request when its Accept header asks for application/graphql-response+json,
 * which gives a way to ask both the same question.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../server/api/audit.ts';
import { startServer, type RunningServer } from '../server/main.ts';
import { createTestDatabase, waitFor, type TestDatabase } from './harness.ts';

const TOKEN = 'direct-admin';
let db: TestDatabase;
let server: RunningServer;
let logFile: string;

/** Apollo's answer: it alone serves application/graphql-response+json. */
const APOLLO = { accept: 'application/graphql-response+json' };
/** The direct path's answer (the same as Apollo's for clients that send no Accept header). */
const DIRECT = {};

interface Answer {
  status: number;
  contentType: string | null;
  auditId: string | null;
  body: any;
}

async function post(body: unknown, headers: Record<string, string>): Promise<Answer> {
  const r = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers }, body: JSON.stringify(body) });
  const text = await r.text();
  expect(text.endsWith('\n')).toBe(true);
  return { status: r.status, contentType: r.headers.get('content-type'), auditId: r.headers.get('audit-id'), body: JSON.parse(text) };
}

/** The audit line of a request without what differs between any two requests (time, id, latency). */
async function auditLine(requestId: string | null): Promise<Partial<AuditEvent>> {
  const line = await waitFor(`the audit line of ${requestId}`, () =>
    readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as AuditEvent)
      .find((l) => l.requestId === requestId),
  );
  const { time: _t, requestId: _r, latencyMs: _l, ...rest } = line;
  return rest;
}

async function requestCount(operation: string, type: string): Promise<number> {
  const r = await fetch(server.url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } });
  const m = new RegExp(`^capstan_api_request_duration_seconds_count\\{operation="${operation}",type="${type}"\\} (\\d+)`, 'm').exec(await r.text());
  return m ? Number(m[1]) : 0;
}

/** Sends `body` to Apollo and then to the direct path and checks that the answers (and audit lines) agree; returns the direct one. */
async function sameFromBoth(body: (side: string) => unknown): Promise<Answer> {
  const apollo = await post(body('apollo'), APOLLO);
  const direct = await post(body('direct'), DIRECT);
  expect(apollo.contentType).toBe('application/graphql-response+json; charset=utf-8');
  expect(direct.contentType).toBe('application/json; charset=utf-8');
  const strip = (b: unknown) => JSON.parse(JSON.stringify(b).replaceAll('apollo', 'SIDE').replaceAll('direct', 'SIDE'));
  expect({ status: direct.status, body: strip(direct.body) }).toEqual({ status: apollo.status, body: strip(apollo.body) });
  expect(strip(await auditLine(direct.auditId))).toEqual(strip(await auditLine(apollo.auditId)));
  return direct;
}

beforeAll(async () => {
  db = await createTestDatabase('api_direct');
  logFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'capstan-direct-')), 'audit.log');
  server = await startServer({
    databaseUrl: db.url,
    listen: '127.0.0.1:0',
    adminToken: TOKEN,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    audit: { path: logFile, level: 'Request' },
  });
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

const CREATE = `mutation Create($cm: ConfigMapInput!) { createConfigMap(namespace: "default", configMap: $cm) { metadata { name namespace labels } data } }`;
const GET = `query Get($name: String!) { configMap(namespace: "default", name: $name) { metadata { name } data } }`;

describe('a query served directly and the same query served by Apollo', () => {
  it('create the same object, with the same answer and audit line', async () => {
    const direct = await sameFromBoth((side) => ({ query: CREATE, variables: { cm: { metadata: { name: `cm-${side}`, labels: { a: 'b' } }, data: { k: 'v' } } } }));
    expect(direct.status).toBe(200);
    expect(direct.body).toEqual({ data: { createConfigMap: { metadata: { name: 'cm-direct', namespace: 'default', labels: { a: 'b' } }, data: { k: 'v' } } } });
  });

  it('answer a resolver error (an object that exists) with its code and a path, and status 200', async () => {
    const direct = await sameFromBoth(() => ({ query: CREATE, variables: { cm: { metadata: { name: 'cm-direct' } } } }));
    expect(direct.body.errors[0]).toMatchObject({ extensions: { code: 'ALREADY_EXISTS' }, path: ['createConfigMap'] });
    expect(direct.body.data).toBeNull();
  });

  it('answer variables of the wrong type with 400 INVALID and the input path, executing nothing', async () => {
    const direct = await sameFromBoth(() => ({ query: CREATE, variables: { cm: { metadata: { name: 7, labels: 'x' } } } }));
    expect(direct.status).toBe(400);
    expect(direct.body.errors[0].extensions.code).toBe('INVALID');
    expect(direct.body.data).toBeUndefined();
  });

  it('answer a missing object with null data and a selected operation by its name', async () => {
    const query = `${GET} query Other { namespaces { items { metadata { name } } } }`;
    const direct = await sameFromBoth(() => ({ query, operationName: 'Get', variables: { name: 'nowhere' } }));
    expect(direct.body).toEqual({ data: { configMap: null } });
  });

  it('count the request in the latency histogram under its operation name', async () => {
    const before = await requestCount('Get', 'query');
    await post({ query: GET, variables: { name: 'cm-direct' } }, DIRECT);
    await post({ query: GET, variables: { name: 'cm-direct' } }, APOLLO);
    expect(await requestCount('Get', 'query')).toBe(before + 2);
  });

  it('leave invalid queries to Apollo, which answers them as before', async () => {
    for (const body of [{ query: '{ nope' }, { query: '{ noSuchField }' }, { query: `${GET} ${GET.replace('Get', 'Again')}` }, { query: GET, variables: 'not an object' }]) {
      const direct = await post(body, DIRECT);
      expect(direct.status).toBe(400);
      expect(direct.body.errors[0].extensions.code).toBe('INVALID');
    }
  });
});
