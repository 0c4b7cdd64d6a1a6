/**
 * The dashboard's pure parts (label selectors, quantities, the revision diff) and the server's
 * static serving, without a browser or a database: an express app with `serveDashboard` over a
 * folder made by the test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffLines, foldUnchanged } from '../dashboard/src/lib/diff.ts';
import { decodeBase64, formatBytes, formatCpu, parseQuantity } from '../dashboard/src/lib/format.ts';
import { matches, parseSelector, SelectorError } from '../dashboard/src/lib/labels.ts';
import { serveDashboard } from '../server/api/static.ts';

describe('label selectors in the browser', () => {
  const labels = { app: 'web', tier: 'front', env: 'prod' };
  it.each([
    ['app=web', true],
    ['app==web,tier=front', true],
    ['app!=web', false],
    ['env in (prod, staging)', true],
    ['env notin (prod)', false],
    ['tier', true],
    ['!canary', true],
    ['!app', false],
    ['app=web,env in (dev)', false],
    ['', true],
  ])('matches %j as Kubernetes does: %s', (selector, expected) => {
    expect(matches(parseSelector(selector), labels)).toBe(expected);
  });

  it('refuses what it cannot read, saying which term', () => {
    expect(() => parseSelector('app=web,==x')).toThrow(SelectorError);
    expect(() => parseSelector('app=web,==x')).toThrow(/"==x"/);
  });
});

describe('quantities', () => {
  it.each([
    ['500m', 0.5],
    ['2', 2],
    ['1.5', 1.5],
    ['128Mi', 128 * 2 ** 20],
    ['1G', 1e9],
    ['1Ki', 1024],
  ])('parses %s as Kubernetes does', (q, n) => {
    expect(parseQuantity(q)).toBeCloseTo(n);
  });

  it('formats cores and bytes for people', () => {
    expect(formatCpu(0.25)).toBe('250m');
    expect(formatCpu(2)).toBe('2');
    expect(formatBytes(96 * 2 ** 20)).toBe('96Mi');
    expect(formatBytes(24 * 2 ** 30)).toBe('24Gi');
  });

  it('decodes Secret values, and names binary ones instead of printing them', () => {
    expect(decodeBase64(Buffer.from('s3cret').toString('base64'))).toBe('s3cret');
    expect(decodeBase64(Buffer.from([0xff, 0xfe, 0x00]).toString('base64'))).toMatch(/^\(binary, 3 bytes\)$/);
  });
});

describe('the revision diff', () => {
  it('marks removed and added lines and keeps the common ones', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { op: ' ', text: 'a' },
      { op: '-', text: 'b' },
      { op: '+', text: 'B' },
      { op: ' ', text: 'c' },
      { op: '+', text: 'd' },
    ]);
  });

  it('folds long unchanged stretches around the changes', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 10', 'line ten');
    const folded = foldUnchanged(diffLines(before, after), 2);
    expect(folded.map((l) => `${l.op}${l.text}`)).toEqual(['…8 unchanged lines', ' line 8', ' line 9', '-line 10', '+line ten', ' line 11', ' line 12', '…7 unchanged lines']);
  });
});

/** What a browser sends when it navigates to a page. */
const NAVIGATE = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('serving the dashboard', () => {
  let dir: string;
  let base: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-dist-'));
    const app = express();
    app.use(serveDashboard({ dir }));
    // Stands for the API's own routes, which come after the dashboard in the real server.
    app.use((req, res) => {
      res.status(418).type('text/plain').send(`api ${req.method} ${req.path}`);
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((r) => server.close(() => r()));
  });

  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how to build it when there is no build yet', async () => {
    const r = await fetch(`${base}/`, { headers: NAVIGATE });
    expect(r.status).toBe(503);
    expect(await r.text()).toContain('node scripts/build-dashboard.mjs');
  });

  it('serves a build made while it runs: pages revalidated, hashed assets cached for a year', async () => {
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(path.join(dir, 'playground.html'), '<!doctype html><title>playground</title>');
    writeFileSync(path.join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'assets', 'main-abc123.css'), 'body{}');

    for (const route of ['/', '/pods/default/web-1', '/nodes/n1?ns=x', '/history']) {
      const r = await fetch(`${base}${route}`, { headers: NAVIGATE });
      expect(r.status, route).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      expect(r.headers.get('cache-control')).toBe('no-cache');
      expect(await r.text()).toContain('<title>dashboard</title>');
    }
    const pg = await fetch(`${base}/playground`);
    expect(await pg.text()).toContain('<title>playground</title>');

    const js = await fetch(`${base}/assets/main-abc123.js`);
    expect(js.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/assets/main-abc123.css`)).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await fetch(`${base}/assets/gone.js`)).status).toBe(404);
    expect((await fetch(`${base}/favicon.ico`, { headers: NAVIGATE })).status).toBe(404);
  });

  it('leaves the API paths, non-GET requests and requests of API clients to the API', async () => {
    for (const p of ['/graphql', '/graphql/x', '/healthz', '/readyz', '/metrics']) {
      const r = await fetch(`${base}${p}`, { headers: NAVIGATE });
      expect(await r.text(), p).toBe(`api GET ${p}`);
    }
    const post = await fetch(`${base}/pods`, { method: 'POST', headers: NAVIGATE });
    expect(await post.text()).toBe('api POST /pods');
    // Not a browser navigating: the API answers (with its NOT_FOUND in the real server).
    const json = await fetch(`${base}/no/such/endpoint`, { headers: { accept: 'application/json' } });
    expect(await json.text()).toBe('api GET /no/such/endpoint');
  });
});
