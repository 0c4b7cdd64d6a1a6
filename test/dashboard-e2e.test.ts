/**
 * The dashboard and the playground in a real browser (Debian's chromium through playwright-core)
 * against a real cluster of processes: `capstan server`, `capstan workers` and one
 * process-runtime `capstan agent`. Everything the browser shows arrives over its one graphql-ws
 * connection: no test reloads a page to see a change.
 *
 * CAPSTAN_SCREENSHOTS=1 also saves the main pages to docs/screenshots/ (for docs/dashboard.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from './browser.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { ROOT, waitFor } from './harness.ts';

const SCREENSHOTS = process.env.CAPSTAN_SCREENSHOTS === '1' ? path.join(ROOT, 'docs/screenshots') : null;
const UI_TIMEOUT = 30_000;

const MANIFEST = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: greeter
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: greeter }
  template:
    metadata:
      labels: { app: greeter }
    spec:
      containers:
        - name: greeter
          image: busybox
          command: ["sh", "-c", "echo greeter says hello from $POD_IP; while true; do sleep 2; echo tick; done"]
          resources:
            requests: { cpu: 100m, memory: 32Mi }
`;

let cluster: Cluster;
let context: BrowserContext;
let page: Page;
let browser: TestBrowser;

interface WatchStats {
  events: number;
  lists: number;
  resumes: number;
  expired: number;
  reconnects: number;
}

/** What the page sees as document.visibilityState (a headless tab is always visible otherwise). */
async function setVisibility(state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate(`Object.defineProperty(document, 'visibilityState', { value: '${state}', configurable: true }); document.dispatchEvent(new Event('visibilitychange'));`);
}

/** A link of the sidebar (pages have breadcrumbs with the same names). */
const nav = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });

async function shot(name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Let the last frame's batch of watch events and the bars' transitions settle.
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-dashboard.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the dashboard failed:\n${build.stdout}\n${build.stderr}`);
  cluster = await startCluster({ label: 'dashboard', agents: 1 });
  browser = await launchChromium(UI_TIMEOUT);
  ({ context, page } = browser);
  page.on('pageerror', (err) => console.error(`browser page error: ${err.message}`));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
}, 60_000);

describe('the dashboard in a browser', () => {
  it('signs in with the admin token and shows the node Ready on the overview', async () => {
    await page.goto(`${cluster.server.baseUrl}/`);
    await page.getByLabel('Token').fill(cluster.server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const node = cluster.agents[0]!.name;
    const row = page.getByRole('table', { name: 'Nodes' }).getByRole('row', { name: new RegExp(node) });
    await expect.poll(() => row.textContent(), { timeout: UI_TIMEOUT }).toContain('Ready');
    // The token lives in localStorage, shared by the browser's tabs of this origin.
    // (The function runs in the page; the test's tsconfig has no DOM types.)
    expect(await page.evaluate('[localStorage.getItem("capstan.token"), sessionStorage.getItem("capstan.token")]')).toEqual([cluster.server.token, null]);
  });

  it('applies a Deployment from the apply page and shows its pods become Running without a reload', async () => {
    await nav('Apply').click();
    await page.getByLabel('Manifests').fill(MANIFEST);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const results = page.getByRole('table', { name: 'Apply results' });
    await expect.poll(() => results.textContent(), { timeout: UI_TIMEOUT }).toMatch(/Namespace.*shop.*created.*Deployment.*shop\/greeter.*created/);
    await shot('apply');

    // No page load from here on: the pods arrive and change state through the watches.
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.getByRole('link', { name: 'shop/greeter' }).click();
    await page.getByRole('heading', { name: /greeter/ }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: /Pods of greeter-/ }).getByText('Running').count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => page.getByTestId('replicas').textContent(), { timeout: UI_TIMEOUT }).toContain('2 ready');
    expect(loads).toEqual([]);
  }, 90_000);

  it('scales the Deployment from its page after confirming, and shows the new count', async () => {
    await page.getByRole('button', { name: 'Scale' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scale greeter' });
    await dialog.getByLabel('Replicas').fill('3');
    await dialog.getByRole('button', { name: 'Scale' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('replicas').textContent(), { timeout: UI_TIMEOUT }).toContain('3 desired');
    await expect.poll(() => page.getByRole('table', { name: /Pods of greeter-/ }).getByText('Running').count(), { timeout: 60_000 }).toBe(3);
    await expect.poll(() => page.getByTestId('replicas').textContent(), { timeout: 60_000 }).toContain('3 ready');
    const { deployment } = await cluster.gql(`{ deployment(namespace: "shop", name: "greeter") { spec { replicas } } }`);
    expect(deployment.spec.replicas).toBe(3);
    await nav('Workloads').click();
    await page.getByRole('heading', { name: 'Workloads' }).waitFor();
    await shot('workloads');
  }, 90_000);

  it("streams a pod's log into its page: a line its container printed", async () => {
    await nav('Pods').click();
    await page.getByRole('link', { name: /^greeter-/ }).first().click();
    const log = page.getByTestId('log');
    // Containers and the log in view (below the sticky top bar).
    await page.getByRole('heading', { name: /^Containers/ }).evaluate('(el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 70)');
    await expect.poll(() => log.textContent(), { timeout: 60_000 }).toMatch(/greeter says hello from 127\.\d+\.\d+\.\d+/);
    // Follow keeps streaming: a later line arrives without any action.
    const ticks = (await log.textContent())!.split('tick').length;
    await expect.poll(async () => (await log.textContent())!.split('tick').length, { timeout: 20_000 }).toBeGreaterThan(ticks);
    await shot('pod-logs');
  }, 90_000);

  it("opens a terminal on the pod: a shell runs in its container and answers a typed command", async () => {
    // From the pod page of the previous test.
    await page.getByRole('link', { name: 'Terminal', exact: true }).click();
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => page.getByTestId('terminal-state').textContent(), { timeout: 30_000 }).toBe('open');
    const input = page.getByLabel('Input');
    await input.fill('echo "sum=$((40 + 2)) pod=$POD_NAME"');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('terminal').textContent(), { timeout: 30_000 }).toMatch(/sum=42 pod=greeter-/);
    await input.fill('exit 3');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('terminal').textContent(), { timeout: 30_000 }).toContain('[exited with code 3]');
    await shot('pod-terminal');
  }, 90_000);

  it('shows the node with its heartbeat and the pods on it', async () => {
    const node = cluster.agents[0]!.name;
    await nav('Nodes').click();
    await page.getByRole('link', { name: node }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Pods on this node' }).getByText('Running').count(), { timeout: UI_TIMEOUT }).toBeGreaterThanOrEqual(3);
    await expect.poll(async () => (await page.locator('.kv-row', { hasText: 'Heartbeat' }).textContent()) ?? '', { timeout: UI_TIMEOUT }).toMatch(/\d+s ago/);
    await shot('nodes');
    // The overview, now with something on it.
    await nav('Overview').click();
    await expect.poll(() => page.getByRole('table', { name: 'Workloads' }).textContent(), { timeout: UI_TIMEOUT }).toContain('3/3');
    await shot('overview');
  });

  it('pauses its watches while the tab is hidden and resumes them from where they were when shown', async () => {
    await nav('Workloads').click();
    await page.getByRole('link', { name: 'shop/greeter' }).click();
    await expect.poll(() => page.getByTestId('replicas').textContent(), { timeout: UI_TIMEOUT }).toContain('3 desired');
    const before = (await page.evaluate('({ ...window.__capstan.watches.stats })')) as WatchStats;
    await setVisibility('hidden');
    await expect.poll(() => page.locator('.conn').textContent(), { timeout: UI_TIMEOUT }).toContain('paused');
    await cluster.gql(`mutation { scale(kind: Deployment, namespace: "shop", name: "greeter", replicas: 2) { spec { replicas } } }`);
    await setVisibility('visible');
    await expect.poll(() => page.getByTestId('replicas').textContent(), { timeout: UI_TIMEOUT }).toContain('2 desired');
    const after = (await page.evaluate('({ ...window.__capstan.watches.stats })')) as WatchStats;
    // Every watch came back from its last resourceVersion: nothing was listed again.
    expect(after.lists).toBe(before.lists);
    expect(after.resumes).toBeGreaterThan(before.resumes);
  });

  it('resumes its watches from the last resourceVersion after the API server restarts', async () => {
    const before = (await page.evaluate('({ ...window.__capstan.watches.stats })')) as WatchStats;
    await cluster.server.restart();
    await cluster.gql(`mutation { scale(kind: Deployment, namespace: "shop", name: "greeter", replicas: 1) { spec { replicas } } }`);
    await expect.poll(() => page.getByTestId('replicas').textContent(), { timeout: 60_000 }).toContain('1 desired');
    await expect.poll(() => page.locator('.conn').textContent(), { timeout: UI_TIMEOUT }).toContain('live');
    const after = (await page.evaluate('({ ...window.__capstan.watches.stats })')) as WatchStats;
    expect(after.reconnects).toBeGreaterThan(before.reconnects);
    expect(after.lists).toBe(before.lists);
    expect(after.expired).toBe(0);
  }, 90_000);

  it('runs a watch subscription in the playground and shows an event that arrives after it started', async () => {
    // Same tab: the playground takes the token from the dashboard's session.
    await page.goto(`${cluster.server.baseUrl}/playground`);
    // A click that lands before GraphiQL has mounted its editor is lost (seen on a busy machine,
    // and then Execute runs the first tab's query): click until the editor shows the subscription.
    const tab = page.getByRole('tab', { name: 'WatchPods' });
    await expect
      .poll(async () => {
        await tab.click();
        return page.locator('.graphiql-query-editor').textContent();
      }, { timeout: UI_TIMEOUT })
      .toContain('watchPods');
    await page.getByRole('button', { name: /Execute query/ }).click();
    if (process.env.CAPSTAN_TEST_VERBOSE === '1') await page.screenshot({ path: path.join(os.tmpdir(), 'capstan-playground-run.png') });
    const response = page.locator('.graphiql-response');
    // The namespace of the example (default) is empty: the list ends with its BOOKMARK.
    await expect.poll(() => response.textContent(), { timeout: UI_TIMEOUT }).toContain('BOOKMARK');
    await cluster.gql(`mutation { createPod(namespace: "default", pod: { metadata: { name: "playground-probe" }, spec: { containers: [{ name: "c", image: "busybox", command: ["sleep", "600"] }] } }) { metadata { name } } }`);
    await expect.poll(() => response.textContent(), { timeout: UI_TIMEOUT }).toContain('playground-probe');
    await shot('playground');
  }, 60_000);
});

describe('the server side of the dashboard', () => {
  it('serves client routes as the app, hashed assets as cacheable, and never shadows the API paths', async () => {
    const base = cluster.server.baseUrl;
    const deep = await fetch(`${base}/pods/shop/some-pod?ns=shop`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-type')).toMatch(/^text\/html/);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    const html = await deep.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const js = await fetch(`${base}${asset}`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${base}/assets/missing-file.js`)).status).toBe(404);
    const playground = await fetch(`${base}/playground`);
    expect(await playground.text()).toContain('playground');
    // The API's own paths answer as before.
    expect((await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status).toBe(401);
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect(await (await fetch(`${base}/healthz`)).text()).toBe('ok');
    await waitFor('readyz', async () => (await fetch(`${base}/readyz`)).ok);
  });
});
