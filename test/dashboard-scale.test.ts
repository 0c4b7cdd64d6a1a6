/**
 * The dashboard with 10,000 pods, in a real browser: the pod list arrives (listed in pages, then
 * watched), only the rows in view are in the page, a selector filters all of them, and the page
 * keeps drawing frames while a writer changes pods as fast as it can.
 *
 * Only an API server runs (no workers, no agents), so the only changes are the test's own. The
 * test writes its pods through the store (as the workers do) to spend its time in the browser
 * rather than in 10,000 HTTP requests; the browser reads everything through the API.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type TestBrowser } from './browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ClusterServer } from './cluster.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, gql, ROOT, type TestDatabase } from './harness.ts';

const PODS = 10_000;
const TIMEOUT = 60_000;

let db: TestDatabase;
let server: ClusterServer;
let store: Store;
let context: BrowserContext;
let page: Page;
let browser: TestBrowser;

const podName = (i: number) => `load-${String(i).padStart(5, '0')}`;

function pod(i: number) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: podName(i), labels: { app: 'load', batch: `b${i % 10}` } },
    spec: { containers: [{ name: 'c', image: 'busybox', command: ['sleep', '3600'], resources: { requests: { cpu: '10m', memory: '8Mi' } } }] },
  };
}

const request = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(server.url, server.token, query, variables);

/** Runs `fn` over `items` with `concurrency` at a time. */
async function inParallel<T>(items: T[], concurrency: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** The Pods heading as one line: `Pods 10000` or `Pods 2000 of 10000`. */
const podsHeading = async () => ((await page.getByRole('heading', { name: /^Pods/ }).textContent()) ?? '').replace(/\s+/g, ' ').trim();

const statsOf = async () => (await page.evaluate('({ ...window.__capstan.watches.stats })')) as { events: number; lists: number; expired: number };

beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-dashboard.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the dashboard failed:\n${build.stdout}\n${build.stderr}`);
  db = await createTestDatabase('dashboard_scale');
  server = await startServerProcess({ databaseUrl: db.url });
  await request(`mutation { createNamespace(namespace: { metadata: { name: "load" } }) { metadata { name } } }`);
  const started = Date.now();
  store = await Store.open({ databaseUrl: db.url, poolSize: 8 });
  await inParallel(
    Array.from({ length: PODS }, (_, i) => i),
    32,
    (i) => store.create('Pod', 'load', pod(i)),
  );
  console.log(`created ${PODS} pods in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  browser = await launchChromium(TIMEOUT);
  ({ context, page } = browser);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await store?.close();
  await db?.drop();
}, 60_000);

describe('the dashboard with 10,000 pods', () => {
  it('lists them all but puts only the rows in view into the page', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByLabel('Token').fill(server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const started = Date.now();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Pods', exact: true }).click();
    await expect.poll(() => podsHeading(), { timeout: TIMEOUT }).toBe(`Pods ${PODS}`);
    console.log(`10,000 pods listed and shown in ${Date.now() - started} ms`);
    const rows = await page.locator('.vt-row').count();
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(80);
    // The last pod is one scroll away.
    await page.locator('.vt-body').evaluate((el: HTMLElement) => el.scrollTo(0, el.scrollHeight));
    await page.getByRole('link', { name: podName(PODS - 1) }).waitFor();
    // Listed in pages over HTTP, then one watch: no event per existing pod.
    const stats = await statsOf();
    expect(stats.expired).toBe(0);
    expect(stats.events).toBeLessThan(1_000);
  }, 90_000);

  it('filters all of them by a label selector, kept in the URL', async () => {
    await page.getByLabel('Label selector').fill('batch in (b3,b4)');
    await expect.poll(() => podsHeading(), { timeout: TIMEOUT }).toBe(`Pods ${PODS / 5} of ${PODS}`);
    expect(new URL(page.url()).searchParams.get('label')).toBe('batch in (b3,b4)');
    // The same URL opened afresh shows the same list.
    await page.goto(page.url());
    await expect.poll(() => podsHeading(), { timeout: TIMEOUT }).toBe(`Pods ${PODS / 5} of ${PODS}`);
  }, 90_000);

  it('keeps drawing frames while pods change as fast as a writer can change them', async () => {
    await page.getByLabel('Label selector').fill('touched=yes');
    await expect.poll(() => podsHeading(), { timeout: TIMEOUT }).toBe(`Pods 0 of ${PODS}`);
    // Frame gaps, measured in the page while the changes arrive.
    await page.evaluate(`window.__gaps = []; (() => { let last = performance.now(); const tick = (t) => { window.__gaps.push(t - last); last = t; if (!window.__stopGaps) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`);
    const before = await statsOf();
    const changed = 2_000;
    const started = Date.now();
    await inParallel(
      Array.from({ length: changed }, (_, i) => i * (PODS / changed)),
      16,
      (i) => store.patch('Pod', 'load', podName(i), { metadata: { labels: { touched: 'yes' } } }),
    );
    const writeSeconds = (Date.now() - started) / 1000;
    await expect.poll(() => podsHeading(), { timeout: TIMEOUT }).toBe(`Pods ${changed} of ${PODS}`);
    const gaps = (await page.evaluate('window.__stopGaps = true, window.__gaps')) as number[];
    const after = await statsOf();
    const sorted = [...gaps].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
    const max = sorted[sorted.length - 1]!;
    console.log(
      `${changed} pod changes in ${writeSeconds.toFixed(1)} s (${Math.round(changed / writeSeconds)}/s): ${after.events - before.events} watch events, ` +
        `${gaps.length} frames, frame gap p95 ${p95.toFixed(0)} ms, max ${max.toFixed(0)} ms`,
    );
    expect(after.events - before.events).toBeGreaterThanOrEqual(changed);
    expect(after.lists).toBe(before.lists);
    // Batched per frame: far fewer frames than events, and no long freeze.
    expect(gaps.length).toBeGreaterThan(10);
    expect(max).toBeLessThan(1_500);
  }, 120_000);
});
