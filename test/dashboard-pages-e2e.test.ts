/**
 * The dashboard pages of issue 13 in a real browser (Debian's chromium through playwright-core)
 * against a real API server: the cluster-wide events page and its filters, an object's live YAML
 * edited and saved (and a stale save refused), tab titles, a 420 px wide screen, dark colours.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from './browser.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { ROOT } from './harness.ts';

const UI_TIMEOUT = 30_000;

let cluster: Cluster;
let browser: TestBrowser;

const event = (name: string, type: 'Normal' | 'Warning', object: string, reason: string, message: string) => ({
  metadata: { name },
  involvedObject: { apiVersion: 'v1', kind: 'ConfigMap', name: object, namespace: 'default' },
  type,
  reason,
  message,
  count: 1,
  firstTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  lastTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  source: { component: 'e2e' },
});

beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-dashboard.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the dashboard failed:\n${build.stdout}\n${build.stderr}`);
  cluster = await startCluster({ label: 'dashboard-pages', agents: 0 });
  const create = `mutation($e: EventInput!) { createEvent(namespace: "default", event: $e) { metadata { name } } }`;
  await cluster.gql(create, { e: event('alpha.1', 'Warning', 'alpha', 'BackOff', 'alpha keeps failing') });
  await cluster.gql(create, { e: event('beta.1', 'Normal', 'beta', 'Pulled', 'beta image pulled') });
  await cluster.gql(`mutation { createConfigMap(namespace: "default", configMap: { metadata: { name: "settings" }, data: { mode: "one" } }) { metadata { name } } }`);
  browser = await launchChromium(UI_TIMEOUT);
  browser.page.on('pageerror', (err) => console.error(`browser page error: ${err.message}`));
  const { page } = browser;
  await page.goto(`${cluster.server.baseUrl}/`);
  await page.getByLabel('Token').fill(cluster.server.token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
}, 60_000);

describe('the dashboard', () => {
  it('lists events cluster-wide and narrows them by type and by object name', async () => {
    const { page } = browser;
    await page.goto(`${cluster.server.baseUrl}/events`);
    const table = page.getByRole('table', { name: 'Events' });
    await table.getByText('alpha keeps failing').waitFor();
    await table.getByText('beta image pulled').waitFor();
    expect(await page.title()).toMatch(/^Events/);

    await page.getByLabel('Type', { exact: true }).selectOption('Warning');
    await expect.poll(() => table.getByText('beta image pulled').count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await table.getByText('alpha keeps failing').count()).toBe(1);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Object name').fill('beta');
    await expect.poll(() => table.getByText('alpha keeps failing').count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await table.getByText('beta image pulled').count()).toBe(1);
  }, 60_000);

  it("saves an edit of an object's live YAML, and refuses a save based on a version someone else replaced", async () => {
    const { page } = browser;
    await page.goto(`${cluster.server.baseUrl}/yaml/ConfigMap/default/settings`);
    await page.getByRole('heading', { name: /settings/ }).waitFor();
    expect(await page.title()).toMatch(/^settings · ConfigMap YAML/);
    const editor = page.getByLabel('YAML');
    await expect.poll(async () => (await editor.inputValue()).includes('mode: one'), { timeout: UI_TIMEOUT }).toBe(true);

    await page.getByRole('button', { name: 'Edit' }).click();
    await editor.fill((await editor.inputValue()).replace('mode: one', 'mode: two'));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^Saved: the object is now at resourceVersion/).waitFor();
    const saved = await cluster.gql(`{ configMap(namespace: "default", name: "settings") { data } }`);
    expect(saved.configMap.data).toEqual({ mode: 'two' });

    await page.getByRole('button', { name: 'Edit' }).click();
    await editor.fill((await editor.inputValue()).replace('mode: two', 'mode: mine'));
    await cluster.gql(`mutation { patchConfigMap(namespace: "default", name: "settings", patch: { data: { mode: "theirs" } }) { metadata { name } } }`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('conflict').waitFor();
    const after = await cluster.gql(`{ configMap(namespace: "default", name: "settings") { data } }`);
    expect(after.configMap.data).toEqual({ mode: 'theirs' });
  }, 60_000);

  it('fits a 420 px wide screen without scrolling sideways', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 420, height: 800 });
    try {
      for (const route of ['/', '/events', '/pods', '/workloads']) {
        await page.goto(`${cluster.server.baseUrl}${route}`);
        await page.getByRole('heading').first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${route} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }, 60_000);

  it('shows dark colours when the system prefers them', async () => {
    const { page } = browser;
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${cluster.server.baseUrl}/events`);
    await page.getByRole('heading', { name: /Events/ }).waitFor();
    expect(luminance(await background())).toBeGreaterThan(0.6);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.getByRole('heading', { name: /Events/ }).waitFor();
    await expect.poll(async () => luminance(await background()), { timeout: UI_TIMEOUT }).toBeLessThan(0.3);
  }, 60_000);
});
