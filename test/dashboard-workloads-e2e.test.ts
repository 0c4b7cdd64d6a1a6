/**
 * The Workloads, Storage and Access pages in a real browser (Debian's chromium through
 * playwright-core) against a real cluster of processes: `capstan server`, `capstan workers` and
 * one process-runtime `capstan agent`. A StatefulSet, a DaemonSet, a Job, a CronJob, a claim
 * with its volume and a Role with its binding are applied from the Apply page; everything after
 * that arrives through the page's watches.
 *
 * CAPSTAN_SCREENSHOTS=1 also saves these pages to docs/screenshots/ (for docs/dashboard.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from './browser.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { ROOT } from './harness.ts';

const SCREENSHOTS = process.env.CAPSTAN_SCREENSHOTS === '1' ? path.join(ROOT, 'docs/screenshots') : null;
const UI_TIMEOUT = 30_000;

const MANIFEST = `apiVersion: v1
kind: Namespace
metadata:
  name: store
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: store
spec:
  clusterIP: None
  selector: { app: web }
  ports: [{ port: 80 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
  namespace: store
spec:
  serviceName: web
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: busybox
          command: ["sh", "-c", "while true; do sleep 5; done"]
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: logger
  namespace: store
spec:
  selector:
    matchLabels: { app: logger }
  template:
    metadata:
      labels: { app: logger }
    spec:
      containers:
        - name: logger
          image: busybox
          command: ["sh", "-c", "while true; do sleep 5; done"]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: once
  namespace: store
spec:
  completions: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: once
          image: busybox
          command: ["sh", "-c", "echo done"]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
  namespace: store
spec:
  # Leap days only: it never fires while the test runs, so its columns are known.
  schedule: "0 0 29 2 *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: nightly
              image: busybox
              command: ["sh", "-c", "echo nightly"]
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: store-disk
spec:
  capacity: { storage: 1Gi }
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: manual
  hostPath: { path: /tmp/capstan-store-disk }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: store
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: manual
  resources:
    requests: { storage: 1Gi }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: store
rules:
  - apiGroups: [""]
    resources: [pods, pods/log]
    verbs: [get, list, watch]
  - apiGroups: [apps]
    resources: [statefulsets]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: reader-alice
  namespace: store
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
subjects:
  - { kind: User, apiGroup: rbac.authorization.k8s.io, name: alice }
  - { kind: ServiceAccount, name: default, namespace: store }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: batch-high
value: 1000
preemptionPolicy: Never
description: Jobs that should not wait.
---
apiVersion: v1
kind: ResourceQuota
metadata:
  name: claims
  namespace: store
spec:
  hard:
    persistentvolumeclaims: "4"
    requests.storage: 10Gi
---
apiVersion: v1
kind: LimitRange
metadata:
  name: claim-sizes
  namespace: store
spec:
  limits:
    - type: PersistentVolumeClaim
      min: { storage: 500Mi }
      max: { storage: 5Gi }
`;

let cluster: Cluster;
let page: Page;
let browser: TestBrowser;

const nav = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });

/** The text of the cells of the row whose name cell is `store/<name>`, joined by `|`. */
async function rowOf(table: string, name: string): Promise<string> {
  const row = page.getByRole('table', { name: table, exact: true }).getByRole('row').filter({ hasText: `store/${name}` });
  if ((await row.count()) !== 1) return '';
  return (await row.getByRole('cell').allTextContents()).join('|');
}

async function shot(name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-dashboard.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the dashboard failed:\n${build.stdout}\n${build.stderr}`);
  cluster = await startCluster({ label: 'dashboard-workloads', agents: 1 });
  browser = await launchChromium(UI_TIMEOUT);
  ({ page } = browser);
  page.on('pageerror', (err) => console.error(`browser page error: ${err.message}`));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
}, 60_000);

describe('workloads, storage and access in a browser', () => {
  it('applies a StatefulSet, a DaemonSet, a Job, a CronJob, a claim and a Role from the Apply page', async () => {
    await page.goto(`${cluster.server.baseUrl}/`);
    await page.getByLabel('Token').fill(cluster.server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await nav('Apply').click();
    await page.getByLabel('Manifests').fill(MANIFEST);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const results = page.getByRole('table', { name: 'Apply results' });
    await expect.poll(() => results.textContent(), { timeout: UI_TIMEOUT }).toMatch(/StatefulSet.*store\/web.*created.*DaemonSet.*created.*Job.*created.*CronJob.*created.*PersistentVolumeClaim.*created.*RoleBinding.*created/);
  }, 60_000);

  it("lists every kind on the Workloads page with kubectl's columns, live", async () => {
    await nav('Workloads').click();
    await page.getByRole('heading', { name: 'Workloads', exact: true }).waitFor();
    expect(await page.title()).toBe('Workloads · Capstan');
    // StatefulSet: READY 2/2, 2 up to date.
    await expect.poll(() => rowOf('StatefulSets', 'web'), { timeout: 90_000 }).toMatch(/^store\/web\|2\/2\|2\|busybox\|/);
    // DaemonSet on the one node: desired 1, current 1, ready 1/1, up to date 1, available 1.
    await expect.poll(() => rowOf('DaemonSets', 'logger'), { timeout: 60_000 }).toMatch(/^store\/logger\|1\|1\|1\/1\|1\|1\|/);
    // Job: Complete, 1/1, a duration.
    await expect.poll(() => rowOf('Jobs', 'once'), { timeout: 60_000 }).toMatch(/^store\/once\|Complete\|1\/1\|[\dhms]+\|/);
    // CronJob: its schedule, no zone, not suspended, nothing active, never scheduled yet.
    await expect.poll(() => rowOf('CronJobs', 'nightly'), { timeout: UI_TIMEOUT }).toMatch(/^store\/nightly\|0 0 29 2 \*\|<none>\|False\|0\|<none>\|/);
    await shot('workloads-kinds');

    // One kind alone, by a tab kept in the URL.
    await page.getByRole('navigation', { name: 'Workload kinds' }).getByRole('link', { name: 'StatefulSets' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('statefulsets');
    await expect.poll(() => page.getByRole('table', { name: 'Jobs', exact: true }).count()).toBe(0);
    expect(await rowOf('StatefulSets', 'web')).toContain('2/2');
  }, 150_000);

  it('opens the StatefulSet: its ordinal pods Running, then scaled to 3 from its page', async () => {
    await page.getByRole('link', { name: 'store/web' }).click();
    await page.getByRole('heading', { name: /^web/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/workloads/statefulsets/store/web');
    await expect.poll(() => page.title()).toBe('web · StatefulSet · Capstan');
    const pods = page.getByRole('table', { name: 'Pods of web' });
    const podRows = async () => (await pods.getByRole('row').allTextContents()).slice(1);
    await expect.poll(async () => (await podRows()).map((r) => /^(web-\d+)Running/.exec(r)?.[1] ?? r), { timeout: 60_000 }).toEqual(['web-0', 'web-1']);
    await expect.poll(() => page.getByTestId('replicas').textContent(), { timeout: UI_TIMEOUT }).toContain('2 ready');

    await page.getByRole('button', { name: 'Scale' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scale web' });
    await dialog.getByLabel('Replicas').fill('3');
    await dialog.getByRole('button', { name: 'Scale' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('replicas').textContent(), { timeout: UI_TIMEOUT }).toContain('3 desired');
    await expect.poll(async () => (await podRows()).map((r) => /^(web-\d+)Running/.exec(r)?.[1] ?? r), { timeout: 90_000 }).toEqual(['web-0', 'web-1', 'web-2']);
    const { statefulSet } = await cluster.gql(`{ statefulSet(namespace: "store", name: "web") { spec { replicas } } }`);
    expect(statefulSet.spec.replicas).toBe(3);
    await shot('workload-statefulset');
  }, 180_000);

  it('suspends the CronJob from its page after confirming, and resumes it', async () => {
    await page.goto(`${cluster.server.baseUrl}/workloads/cronjobs/store/nightly`);
    await page.getByRole('heading', { name: /^nightly/ }).waitFor();
    await expect.poll(() => page.getByTestId('suspend').textContent(), { timeout: UI_TIMEOUT }).toBe('False');
    await page.getByRole('button', { name: 'Suspend', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspend nightly' });
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('suspend').textContent(), { timeout: UI_TIMEOUT }).toBe('True');
    const { cronJob } = await cluster.gql(`{ cronJob(namespace: "store", name: "nightly") { spec { suspend } } }`);
    expect(cronJob.spec.suspend).toBe(true);
    // The list says so too, and the button now offers the way back.
    await nav('Workloads').click();
    await expect.poll(() => rowOf('CronJobs', 'nightly'), { timeout: UI_TIMEOUT }).toMatch(/\|True\|/);
    await page.getByRole('link', { name: 'store/nightly' }).click();
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.getByRole('dialog', { name: 'Resume nightly' }).getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => page.getByTestId('suspend').textContent(), { timeout: UI_TIMEOUT }).toBe('False');
  }, 90_000);

  it('runs the CronJob now from its page: a Job from its template, owned by it, that completes', async () => {
    await page.getByRole('button', { name: 'Run now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Run nightly now' });
    await dialog.getByLabel('Job name').fill('nightly-by-hand');
    await dialog.getByRole('button', { name: 'Run' }).click();
    await page.getByRole('heading', { name: /^nightly-by-hand/ }).waitFor();
    await expect.poll(() => page.getByTestId('completions').textContent(), { timeout: 60_000 }).toMatch(/^1\/1/);
    const { job } = await cluster.gql(`{ job(namespace: "store", name: "nightly-by-hand") { metadata { annotations ownerReferences { kind name controller } } spec { template { spec { restartPolicy containers { command } } } } } }`);
    expect(job.metadata.ownerReferences).toEqual([{ kind: 'CronJob', name: 'nightly', controller: true }]);
    expect(job.metadata.annotations['cronjob.kubernetes.io/instantiate']).toBe('manual');
    expect(job.spec.template.spec).toEqual({ restartPolicy: 'OnFailure', containers: [{ command: ['sh', '-c', 'echo nightly'] }] });
    // The CronJob's page lists it among its Jobs, with its pod.
    await page.goto(`${cluster.server.baseUrl}/workloads/cronjobs/store/nightly`);
    await expect.poll(async () => (await page.getByRole('table', { name: 'Jobs of nightly' }).getByRole('row').allTextContents()).slice(1).join(), { timeout: UI_TIMEOUT }).toMatch(/^nightly-by-handComplete1\/1/);
    await expect.poll(() => page.getByRole('table', { name: 'Pods of nightly' }).getByText('Succeeded').count(), { timeout: UI_TIMEOUT }).toBe(1);
    await shot('workload-cronjob');
  }, 90_000);

  it('deletes the Job from its page after confirming; its pods go with it', async () => {
    await page.goto(`${cluster.server.baseUrl}/workloads/jobs/store/once`);
    await page.getByRole('heading', { name: /^once/ }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Pods of once' }).getByText('Succeeded').count(), { timeout: UI_TIMEOUT }).toBe(1);
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete once' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'Workloads', exact: true }).waitFor();
    await expect.poll(() => rowOf('Jobs', 'once'), { timeout: UI_TIMEOUT }).toBe('');
    await expect
      .poll(async () => (await cluster.gql(`{ pods(namespace: "store", labelSelector: "batch.kubernetes.io/job-name=once") { items { metadata { name } } } }`)).pods.items.length, { timeout: 60_000 })
      .toBe(0);
  }, 90_000);

  it('shows the claim bound to its volume on the Storage page', async () => {
    await nav('Storage').click();
    await page.getByRole('heading', { name: 'Storage', exact: true }).waitFor();
    expect(await page.title()).toBe('Storage · Capstan');
    // NAME | STATUS | VOLUME | CAPACITY | ACCESS MODES | STORAGE CLASS
    await expect.poll(() => rowOf('PersistentVolumeClaims', 'data'), { timeout: 60_000 }).toMatch(/^store\/data\|Bound\|store-disk\|1Gi\|RWO\|manual\|/);
    const pv = page.getByRole('table', { name: 'PersistentVolumes' }).getByRole('row').filter({ hasText: 'store-disk' });
    await expect.poll(async () => (await pv.getByRole('cell').allTextContents()).join('|'), { timeout: UI_TIMEOUT }).toMatch(/^store-disk\|1Gi\|RWO\|Retain\|Bound\|store\/data\|manual\|/);
    // The server's built-in default StorageClass is marked as the default.
    const classes = () => page.getByRole('table', { name: 'StorageClasses' }).getByRole('row').allTextContents();
    await expect.poll(async () => (await classes()).filter((r) => /^local-path ?default/.test(r)).length, { timeout: UI_TIMEOUT }).toBe(1);
    // The namespace filter narrows the claims (volumes are cluster-scoped).
    await page.getByLabel('Namespace').selectOption('default');
    await expect.poll(() => page.getByRole('table', { name: 'PersistentVolumeClaims' }).count()).toBe(0);
    await page.getByLabel('Namespace').selectOption('');
    await expect.poll(() => rowOf('PersistentVolumeClaims', 'data')).toContain('Bound');
    await shot('storage');
  }, 90_000);

  it('shows the Role with its rules and the binding with its subjects on the Access page', async () => {
    await nav('Access').click();
    await page.getByRole('heading', { name: 'Access', exact: true }).waitFor();
    await page.getByLabel('Namespace').selectOption('store');
    const rules = page.getByRole('table', { name: 'Rules of reader' });
    await expect.poll(async () => (await rules.getByRole('row').allTextContents()).slice(1), { timeout: UI_TIMEOUT }).toEqual(['pods, pods/logget, list, watch', 'statefulsets.appsget']);
    await page.getByRole('navigation', { name: 'RBAC' }).getByRole('link', { name: 'Bindings' }).click();
    await expect.poll(() => rowOf('RoleBindings', 'reader-alice'), { timeout: UI_TIMEOUT }).toMatch(/^store\/reader-alice\|Role reader\|User aliceServiceAccount store\/default\|/);
    expect(new URL(page.url()).searchParams.get('show')).toBe('bindings');
    await page.getByLabel('Namespace').selectOption('');
    await expect.poll(() => page.getByRole('table', { name: 'ClusterRoleBindings' }).getByRole('row').count(), { timeout: UI_TIMEOUT }).toBeGreaterThan(1);
    await shot('access');
  }, 60_000);

  it('lists quotas with their use, limit ranges, and the PriorityClasses (highest value first) on the Policies page', async () => {
    await nav('Policies').click();
    await page.getByRole('heading', { name: 'Policies', exact: true }).waitFor();
    expect(await page.title()).toBe('Policies · Capstan');
    // The one claim counts against the quota: 1 of 4 claims, 1Gi of 10Gi.
    const quota = async () => (await page.getByRole('table', { name: 'Quota claims' }).getByRole('row').allTextContents()).slice(1);
    await expect.poll(quota, { timeout: 60_000 }).toEqual(['persistentvolumeclaims14', 'requests.storage1Gi10Gi']);
    const limits = async () => (await page.getByRole('table', { name: 'Limits claim-sizes' }).getByRole('row').allTextContents()).slice(1);
    await expect.poll(limits, { timeout: UI_TIMEOUT }).toEqual(['PersistentVolumeClaimstorage500Mi5Gi---']);
    const rows = async () => (await page.getByRole('table', { name: 'PriorityClasses' }).getByRole('row').allTextContents()).slice(1);
    await expect
      .poll(async () => (await rows()).map((r) => /^[a-z-]+/.exec(r)?.[0]), { timeout: UI_TIMEOUT })
      .toEqual(['system-node-critical', 'system-cluster-critical', 'batch-high']);
    const cells = await page.getByRole('table', { name: 'PriorityClasses' }).getByRole('row').filter({ hasText: 'batch-high' }).getByRole('cell').allTextContents();
    expect(cells.slice(0, 5).map((c) => c.trim())).toEqual(['batch-high', '1000', 'false', 'Never', 'Jobs that should not wait.']);
    await page.getByRole('heading', { name: /^ResourceQuotas/ }).evaluate('(el) => window.scrollTo(0, 0)');
    await shot('policies');
  });
});
