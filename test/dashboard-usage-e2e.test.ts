/**
 * The dashboard shows measured usage, in a real browser (Debian's chromium through
 * playwright-core), from a real agent (process runtime, 1 s usage window) running a pod that
 * spins: its CPU and memory on the pod's page, the node's on the nodes list and the node's page.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from './browser.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { ROOT, waitFor } from './harness.ts';

const UI_TIMEOUT = 30_000;
const BURNER = `
apiVersion: v1
kind: Pod
metadata: { name: burner, namespace: default }
spec:
  terminationGracePeriodSeconds: 0
  containers:
  - { name: spin, image: busybox, command: ["sh", "-c", "while :; do :; done"] }
`;

let cluster: Cluster;
let browser: TestBrowser;

beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-dashboard.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the dashboard failed:\n${build.stdout}\n${build.stderr}`);
  cluster = await startCluster({ label: 'dashboard-usage', agents: 1, agentArgs: ['--usage-report-ms', '1000'] });
  await cluster.gql(`mutation($m: String!) { apply(manifests: $m) { name } }`, { m: BURNER });
  // The dashboard polls every 15 s: open the pages once there is usage to show.
  await waitFor(
    'usage of the pod and the node to be reported',
    async () => {
      const r = await cluster.gql(`{ podMetrics(namespace: "default", name: "burner") { timestamp } nodeMetrics { timestamp } }`).catch(() => null);
      return r && r.podMetrics.length > 0 && r.nodeMetrics.length > 0;
    },
    60_000,
    250,
  );
  browser = await launchChromium(UI_TIMEOUT);
  browser.page.on('pageerror', (err) => console.error(`browser page error: ${err.message}`));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
}, 60_000);

describe('the dashboard', () => {
  it("shows a busy pod's CPU and memory on its page, per container too", async () => {
    const { page } = browser;
    await page.goto(`${cluster.server.baseUrl}/`);
    await page.getByLabel('Token').fill(cluster.server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.goto(`${cluster.server.baseUrl}/pods/default/burner`);
    await page.getByRole('heading', { name: /burner/ }).waitFor();
    await expect.poll(() => page.getByText(/CPU (\d+m|\d+(\.\d+)?) · memory \d/).count(), { timeout: UI_TIMEOUT }).toBe(1);
    const usage = (await page.getByText(/CPU (\d+m|\d+(\.\d+)?) · memory/).textContent()) ?? '';
    const m = /CPU (\d+)m/.exec(usage);
    // A spinning shell uses most of a core: above 100m (or shown in whole cores).
    expect(m ? Number(m[1]) > 100 : /CPU \d/.test(usage)).toBe(true);
    const row = page.getByRole('table', { name: 'Containers' }).getByRole('row', { name: /spin/ });
    await expect.poll(() => row.textContent(), { timeout: UI_TIMEOUT }).toMatch(/\d+m|\d+(\.\d+)?(Ki|Mi)/);
  }, 60_000);

  it("shows each node's measured CPU and memory with its share of allocatable, on the list and the node's page", async () => {
    const { page } = browser;
    const node = cluster.agents[0]!.name;
    await page.goto(`${cluster.server.baseUrl}/nodes`);
    const row = page.getByRole('row', { name: new RegExp(node) });
    await expect.poll(() => row.textContent(), { timeout: UI_TIMEOUT }).toMatch(/\(\d+%\).*\(\d+%\)/);
    await page.goto(`${cluster.server.baseUrl}/nodes/${node}`);
    await expect.poll(() => page.getByText(/over \d+(\.\d+)?s, \d+s ago/).count(), { timeout: UI_TIMEOUT }).toBe(1);
  }, 60_000);
});
