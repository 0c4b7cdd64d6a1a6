/**
 * The dashboard's pure parts (label selectors, quantities, the revision diff) and the server's
 * static serving, without a browser or a database: an express app with `serveDashboard` over a
 * folder made by the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffLines, foldUnchanged } from '../dashboard/src/lib/diff.ts';
import { decodeBase64, formatBytes, formatCpu, parseQuantity } from '../dashboard/src/lib/format.ts';
import { matches, parseSelector, SelectorError } from '../dashboard/src/lib/labels.ts';
import type { K8sObject } from '../dashboard/src/lib/kinds.ts';
import { inputSelection, jobFromCronJob, typesByName, TYPES_QUERY, withoutNulls } from '../dashboard/src/lib/selection.ts';
import { depthLimitRule } from '../server/api/limits.ts';
import { accessModes, byNameAndOrdinal, byPriority, limitRangeRows, quotaRows, claimCapacity, cronLastSchedule, formatDuration, isDefaultStorageClass, jobCompletions, jobDuration, jobStatus, nodeAffinityText, ownedBy, ruleRow, subjectText, volumeClaim, workloadKindOf, workloadReady } from '../dashboard/src/lib/workloads.ts';
import { runnableRequest } from '../dashboard/src/playground/operation-name.ts';
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

const obj = (name: string, rest: Partial<K8sObject> & { meta?: Partial<K8sObject['metadata']> } = {}): K8sObject => {
  const { meta, ...fields } = rest;
  return { metadata: { name, namespace: 'shop', uid: `uid-${name}`, ...meta }, ...fields };
};

describe('workload columns, as kubectl shows them', () => {
  it('READY is ready/desired; a DaemonSet counts the nodes it should run on; desired replicas default to 1', () => {
    expect(workloadReady('StatefulSet', obj('web', { spec: { replicas: 3 }, status: { replicas: 3, readyReplicas: 2 } })).text).toBe('2/3');
    expect(workloadReady('ReplicaSet', obj('rs', { spec: {}, status: {} })).text).toBe('0/1');
    expect(workloadReady('StatefulSet', obj('zero', { spec: { replicas: 0 }, status: { replicas: 0 } })).text).toBe('0/0');
    expect(workloadReady('DaemonSet', obj('ds', { status: { desiredNumberScheduled: 4, numberReady: 3, currentNumberScheduled: 4 } })).text).toBe('3/4');
  });

  it("a Job's STATUS comes from its conditions, terminating and suspended ones say so", () => {
    const cond = (type: string, status = 'True') => ({ type, status });
    expect(jobStatus(obj('j', { status: { active: 1 } }))).toBe('Running');
    expect(jobStatus(obj('j', { status: { conditions: [cond('SuccessCriteriaMet'), cond('Complete')] } }))).toBe('Complete');
    expect(jobStatus(obj('j', { status: { conditions: [cond('FailureTarget'), cond('Failed')] } }))).toBe('Failed');
    expect(jobStatus(obj('j', { status: { conditions: [cond('Complete', 'False')] } }))).toBe('Running');
    expect(jobStatus(obj('j', { spec: { suspend: true }, status: { conditions: [cond('Suspended')] } }))).toBe('Suspended');
    expect(jobStatus(obj('j', { meta: { deletionTimestamp: '2026-01-01T00:00:00Z' }, status: {} }))).toBe('Terminating');
  });

  it('COMPLETIONS is succeeded/completions, and a work queue (no completions) shows n/1 of its parallelism', () => {
    expect(jobCompletions(obj('j', { spec: { completions: 3, parallelism: 2 }, status: { succeeded: 1 } }))).toBe('1/3');
    expect(jobCompletions(obj('j', { spec: { parallelism: 4 }, status: { succeeded: 2 } }))).toBe('2/1 of 4');
    expect(jobCompletions(obj('j', { spec: { parallelism: 1 }, status: {} }))).toBe('0/1');
  });

  it("DURATION runs from the Job's start to its completion, or to now while it runs", () => {
    const now = Date.parse('2026-01-01T00:10:00Z');
    expect(jobDuration(obj('j', { status: {} }), now)).toBe('');
    expect(jobDuration(obj('j', { status: { startTime: '2026-01-01T00:00:00Z', completionTime: '2026-01-01T00:00:42Z' } }), now)).toBe('42s');
    expect(jobDuration(obj('j', { status: { startTime: '2026-01-01T00:06:40Z' } }), now)).toBe('3m20s');
    expect(formatDuration(2 * 3600_000 + 5 * 60_000)).toBe('2h5m');
  });

  it("a CronJob's LAST SCHEDULE is how long ago, or <none> before its first run", () => {
    const now = Date.parse('2026-01-01T01:00:00Z');
    expect(cronLastSchedule(obj('c', { status: {} }), now)).toBe('<none>');
    expect(cronLastSchedule(obj('c', { status: { lastScheduleTime: '2026-01-01T00:59:30Z' } }), now)).toBe('30s');
    expect(cronLastSchedule(obj('c', { status: { lastScheduleTime: '2026-01-01T00:00:00Z' } }), now)).toBe('1h');
  });

  it('owned objects are those whose controller reference has the owner uid, StatefulSet ordinals in number order', () => {
    const owner = obj('web');
    const ref = (uid: string, controller = true) => ({ meta: { ownerReferences: [{ kind: 'StatefulSet', name: 'web', uid, controller }] } });
    const pods = [obj('web-10', ref('uid-web')), obj('web-2', ref('uid-web')), obj('other-0', ref('uid-other')), obj('web-1', ref('uid-web', false)), obj('lonely')];
    expect(ownedBy(pods, owner).map((p) => p.metadata.name)).toEqual(['web-2', 'web-10']);
    expect([obj('b'), obj('a-1'), obj('a-0')].sort(byNameAndOrdinal).map((p) => p.metadata.name)).toEqual(['a-0', 'a-1', 'b']);
  });

  it('maps the path segments of workload pages to kinds', () => {
    expect(workloadKindOf('statefulsets')).toBe('StatefulSet');
    expect(workloadKindOf('cronjobs')).toBe('CronJob');
    expect(workloadKindOf('shop')).toBeUndefined();
  });
});

describe('storage columns', () => {
  it('abbreviates access modes and shows a claim capacity only once bound', () => {
    expect(accessModes(['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'])).toBe('RWO,ROX,RWX,RWOP');
    expect(accessModes(null)).toBe('');
    expect(claimCapacity(obj('data', { spec: { resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Pending' } }))).toBe('');
    expect(claimCapacity(obj('data', { status: { phase: 'Bound', capacity: { storage: '2Gi' } } }))).toBe('2Gi');
  });

  it("names a volume's claim and its node affinity, and finds the default StorageClass", () => {
    expect(volumeClaim(obj('pv', { spec: { claimRef: { namespace: 'shop', name: 'data' } } }))).toBe('shop/data');
    expect(volumeClaim(obj('pv', { spec: {} }))).toBe('');
    const pv = obj('pv', {
      spec: {
        nodeAffinity: {
          required: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['n1', 'n2'] }, { key: 'ssd', operator: 'Exists' }] }, { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['b'] }] }],
          },
        },
      },
    });
    expect(nodeAffinityText(pv)).toBe('kubernetes.io/hostname in (n1,n2), ssd or zone notin (b)');
    expect(nodeAffinityText(obj('pv', { spec: {} }))).toBe('');
    expect(isDefaultStorageClass(obj('standard', { meta: { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } }))).toBe(true);
    expect(isDefaultStorageClass(obj('slow', { meta: { annotations: { 'storageclass.kubernetes.io/is-default-class': 'false' } } }))).toBe(false);
  });
});

describe('RBAC rows', () => {
  it('qualifies resources by API group as kubectl describe does, and writes subjects with their kind', () => {
    expect(ruleRow({ verbs: ['get', 'list'], apiGroups: ['', 'apps'], resources: ['pods', 'deployments'] })).toEqual({
      resources: 'pods, pods.apps, deployments, deployments.apps',
      nonResourceURLs: '',
      resourceNames: '',
      verbs: 'get, list',
    });
    expect(ruleRow({ verbs: ['get'], nonResourceURLs: ['/metrics'] })).toEqual({ resources: '', nonResourceURLs: '/metrics', resourceNames: '', verbs: 'get' });
    expect(ruleRow({ verbs: ['update'], apiGroups: ['coordination.k8s.io'], resources: ['leases'], resourceNames: ['lock'] }).resources).toBe('leases.coordination.k8s.io');
    expect(subjectText({ kind: 'ServiceAccount', name: 'builder', namespace: 'shop' })).toBe('ServiceAccount shop/builder');
    expect(subjectText({ kind: 'Group', name: 'system:masters' })).toBe('Group system:masters');
  });
});

describe("a CronJob's job template read back as a Job's input", () => {
  // The server's graphql-js instance (see server/api/graphql-js.ts for why not `import 'graphql'`).
  const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
  const schema = graphql.buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const types = typesByName((graphql.graphqlSync({ schema, source: TYPES_QUERY }).data as any).__schema.types);
  const spec = inputSelection(types, 'JobSpec', 'JobSpecInput');
  const query = `query T($namespace: String!, $name: String!) { cronJob(namespace: $namespace, name: $name) { spec { jobTemplate { metadata { labels annotations } spec { ${spec} } } } } }`;

  it('selects the whole template (containers, volumes, affinity) within the server depth limit', () => {
    expect(spec).toMatch(/template \{ metadata \{ .*labels annotations.*\} spec \{ containers \{ name image .*command args/);
    expect(spec).toContain('volumes {');
    expect(spec).toContain('nodeAffinity {');
    expect(spec).not.toMatch(/\bstatus\b/);
    expect(graphql.validate(schema, graphql.parse(query), [...graphql.specifiedRules, depthLimitRule(14)]).map((e) => e.message)).toEqual([]);
  });

  it('what it reads, without its nulls, is a valid JobInput owned by the CronJob', () => {
    const jobTemplate = {
      metadata: { labels: { app: 'nightly' }, annotations: null },
      spec: {
        backoffLimit: 2,
        template: {
          metadata: { labels: { app: 'nightly' } },
          spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'echo hi'], env: [{ name: 'A', value: '1' }], resources: { requests: { cpu: '10m' } } }] },
        },
      },
    };
    const read = graphql.graphqlSync({ schema, source: query, rootValue: { cronJob: { spec: { jobTemplate } } }, variableValues: { namespace: 'store', name: 'nightly' } });
    expect(read.errors).toBeUndefined();
    const template = (read.data as any).cronJob.spec.jobTemplate;
    expect(withoutNulls(template)).toEqual({ metadata: { labels: { app: 'nightly' } }, spec: jobTemplate.spec });
    const cj = { metadata: { name: 'nightly', namespace: 'store', uid: 'cj-uid' } };
    const job = jobFromCronJob(cj, template, 'nightly-manual-1');
    expect(job.metadata).toEqual({
      name: 'nightly-manual-1',
      labels: { app: 'nightly' },
      annotations: { 'cronjob.kubernetes.io/instantiate': 'manual' },
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'nightly', uid: 'cj-uid', controller: true, blockOwnerDeletion: true }],
    });
    // The mutation's variables are checked before any resolver runs: no resolver, so only the
    // missing result is an error, not the input.
    const created = graphql.graphqlSync({
      schema,
      source: 'mutation C($namespace: String!, $job: JobInput!) { createJob(namespace: $namespace, job: $job) { metadata { name } } }',
      variableValues: { namespace: 'store', job: JSON.parse(JSON.stringify(job)) },
    });
    expect(created.errors?.map((e) => e.message)).toEqual(['Cannot return null for non-nullable field Mutation.createJob.']);
  });
});

describe('PriorityClasses', () => {
  it('sort highest value first, equal values by name', () => {
    const pc = (name: string, value: number) => ({ metadata: { name, uid: name }, value });
    expect([pc('low', 10), pc('b', 1000), pc('node', 2000001000), pc('a', 1000)].sort(byPriority).map((p) => p.metadata.name)).toEqual(['node', 'a', 'b', 'low']);
  });
});

describe('quotas and limit ranges', () => {
  it('lists quota resources by name with used against hard, reading quantities', () => {
    const rq = { metadata: { name: 'q', uid: 'q' }, spec: { hard: { pods: '10' } }, status: { hard: { pods: '10', 'requests.cpu': '2', 'requests.memory': '1Gi' }, used: { pods: '5', 'requests.cpu': '500m', 'requests.memory': '1Gi' } } };
    expect(quotaRows(rq)).toEqual([
      { resource: 'pods', used: '5', hard: '10', fraction: 0.5 },
      { resource: 'requests.cpu', used: '500m', hard: '2', fraction: 0.25 },
      { resource: 'requests.memory', used: '1Gi', hard: '1Gi', fraction: 1 },
    ]);
    // Before the controller has counted: spec.hard, nothing used.
    expect(quotaRows({ metadata: { name: 'q', uid: 'q' }, spec: { hard: { 'count/configmaps': '3' } } })).toEqual([{ resource: 'count/configmaps', used: '0', hard: '3', fraction: 0 }]);
  });

  it('lists a limit range as a row per type and resource, - where a value is unset', () => {
    const lr = { metadata: { name: 'l', uid: 'l' }, spec: { limits: [{ type: 'Container', max: { cpu: '1' }, default: { cpu: '200m', memory: '64Mi' }, defaultRequest: { cpu: '100m' } }, { type: 'PersistentVolumeClaim', min: { storage: '1Gi' } }] } };
    expect(limitRangeRows(lr)).toEqual([
      { type: 'Container', resource: 'cpu', min: '-', max: '1', defaultRequest: '100m', defaultLimit: '200m', ratio: '-' },
      { type: 'Container', resource: 'memory', min: '-', max: '-', defaultRequest: '-', defaultLimit: '64Mi', ratio: '-' },
      { type: 'PersistentVolumeClaim', resource: 'storage', min: '1Gi', max: '-', defaultRequest: '-', defaultLimit: '-', ratio: '-' },
    ]);
  });
});

describe('the dashboard kind table', () => {
  it('has every kind the server serves, with its list and watch fields', async () => {
    const { KINDS: SERVER_KINDS } = await import('../server/kinds/registry.ts');
    const { KINDS, listField, watchField } = await import('../dashboard/src/lib/kinds.ts');
    expect([...KINDS].sort()).toEqual(Object.keys(SERVER_KINDS).sort());
    const schema = readFileSync(path.join(import.meta.dirname, '..', 'schema.graphql'), 'utf8');
    for (const k of KINDS) {
      expect(schema, k).toContain(`  ${listField(k)}(`);
      expect(schema, k).toContain(`  ${watchField(k)}(`);
      const arg = k[0]!.toLowerCase() + k.slice(1);
      expect(schema, k).toMatch(new RegExp(`  replace${k}\\([^)]*${arg}: ${k}Input!\\)`));
    }
  });
});

describe("the dashboard's documents", () => {
  it("each kind's list and watch documents (its generated fragment spread) are valid against schema.graphql", async () => {
    const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
    const schema = graphql.buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    const { KINDS, listDocument, watchDocument } = await import('../dashboard/src/lib/kinds.ts');
    for (const k of KINDS) {
      expect(graphql.validate(schema, graphql.parse(listDocument(k))).map((e) => `${k}: ${e.message}`)).toEqual([]);
      expect(graphql.validate(schema, graphql.parse(watchDocument(k))).map((e) => `${k}: ${e.message}`)).toEqual([]);
    }
  });
});

describe('editing YAML', () => {
  const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app.kubernetes.io/name: web\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: c\n          image: busybox\n';
  it('splits field paths with indexes and bracketed keys', async () => {
    const { parseFieldPath } = await import('../dashboard/src/lib/yaml-edit.ts');
    expect(parseFieldPath('spec.template.spec.containers[0].image')).toEqual(['spec', 'template', 'spec', 'containers', 0, 'image']);
    expect(parseFieldPath('metadata.labels[app.kubernetes.io/name]')).toEqual(['metadata', 'labels', 'app.kubernetes.io/name']);
  });
  it('places a field path on its line, and a missing field on its parent', async () => {
    const { lineOfPath } = await import('../dashboard/src/lib/yaml-edit.ts');
    expect(lineOfPath(text, 'spec.replicas')).toBe(8);
    expect(lineOfPath(text, 'spec.template.spec.containers[0].image')).toBe(13);
    expect(lineOfPath(text, 'metadata.labels[app.kubernetes.io/name]')).toBe(6);
    expect(lineOfPath(text, 'spec.template.spec.containers[0].imagePullPolcy')).toBe(12);
  });
  it("turns graphql-js input errors into paths of the object with the unknown field's name", async () => {
    const { replaceFieldErrors } = await import('../dashboard/src/lib/yaml-edit.ts');
    const message = 'Variable "$object" got invalid value { name: "c" } at "object.spec.template.spec.containers[0]"; Field "imagePullPolcy" is not defined by type "ContainerInput".';
    expect(replaceFieldErrors([{ message, extensions: { code: 'INVALID', field: 'object.spec.template.spec.containers[0]' } }])).toEqual([{ field: 'spec.template.spec.containers[0].imagePullPolcy', message: 'unknown field' }]);
    expect(replaceFieldErrors([{ message: 'x', extensions: { code: 'INVALID', fields: [{ field: 'spec.replicas', message: 'must be >= 0' }] } }])).toEqual([{ field: 'spec.replicas', message: 'must be >= 0' }]);
  });
  it('refuses a renamed object or broken YAML with the line, and keeps the loaded resourceVersion as precondition', async () => {
    const { parseEdited } = await import('../dashboard/src/lib/yaml-edit.ts');
    const expected = { kind: 'Deployment' as const, namespace: 'shop', name: 'web', resourceVersion: '42' };
    const ok = parseEdited(text, expected);
    expect(ok.object?.metadata).toMatchObject({ name: 'web', resourceVersion: '42' });
    const renamed = parseEdited(text.replace('name: web', 'name: other'), expected);
    expect(renamed.errors[0]).toMatchObject({ field: 'metadata.name', line: 4 });
    const broken = parseEdited('metadata:\n  name: web\n   bad: [', expected);
    expect(broken.object).toBeNull();
    expect(broken.errors[0]!.line).toBeGreaterThan(1);
  });
});

describe('events, tables, theme and connection helpers', () => {
  const ev = (name: string, o: Record<string, unknown>, type: string, reason: string, message: string, last: string): K8sObject => ({ metadata: { name, namespace: (o.namespace as string) ?? 'default', uid: name }, involvedObject: o, type, reason, message, lastTimestamp: last });
  const events = [
    ev('a', { kind: 'Pod', namespace: 'shop', name: 'web-1' }, 'Warning', 'BackOff', 'Back-off restarting failed container', '2026-01-01T00:00:03Z'),
    ev('b', { kind: 'Pod', namespace: 'shop', name: 'web-2' }, 'Normal', 'Started', 'Started container web', '2026-01-01T00:00:02Z'),
    ev('c', { kind: 'Node', name: 'n1' }, 'Normal', 'NodeReady', 'Node n1 status is now: NodeReady', '2026-01-01T00:00:04Z'),
  ];
  it('filters events by namespace, kind, object, type, reason and every word of the text, newest first', async () => {
    const { filterEvents, NO_EVENT_FILTER } = await import('../dashboard/src/lib/events.ts');
    const names = (f: Partial<typeof NO_EVENT_FILTER>) => filterEvents(events, { ...NO_EVENT_FILTER, ...f }).map((e) => e.metadata.name);
    expect(names({})).toEqual(['c', 'a', 'b']);
    expect(names({ namespace: 'shop' })).toEqual(['a', 'b']);
    expect(names({ kind: 'Node' })).toEqual(['c']);
    expect(names({ object: 'WEB-2' })).toEqual(['b']);
    expect(names({ type: 'Warning' })).toEqual(['a']);
    expect(names({ reason: 'Started' })).toEqual(['b']);
    expect(names({ text: 'failed back-off' })).toEqual(['a']);
  });
  it("links an event's object to its page, or to its YAML when it has none", async () => {
    const { objectPath } = await import('../dashboard/src/lib/events.ts');
    expect(objectPath('Pod', 'shop', 'web-1')).toBe('/pods/shop/web-1');
    expect(objectPath('StatefulSet', 'shop', 'db')).toBe('/workloads/statefulsets/shop/db');
    expect(objectPath('ServiceAccount', 'shop', 'default')).toBe('/yaml/ServiceAccount/shop/default');
    expect(objectPath('ClusterRole', null, 'view')).toBe('/yaml/ClusterRole/view');
    expect(objectPath('Widget', 'x', 'y')).toBeNull();
  });
  it('sums the fixed and minimum widths of a table\'s columns', async () => {
    const { minTableWidth } = await import('../dashboard/src/components/virtual-table.tsx');
    expect(minTableWidth(['minmax(160px, 2fr)', '90px', '2fr', 'minmax(100px,1fr)'])).toBe(350);
  });
  it("follows the system's theme until the user picks one", async () => {
    const { effectiveTheme, storedTheme } = await import('../dashboard/src/lib/theme.ts');
    expect(effectiveTheme(storedTheme(null), true)).toBe('dark');
    expect(effectiveTheme(storedTheme('light'), true)).toBe('light');
    expect(effectiveTheme(storedTheme('bogus'), false)).toBe('light');
  });
  it('calls a lost connection disconnected, but not the first connect or a paused tab', async () => {
    const { isDisconnected, INITIAL_CONNECTION } = await import('../dashboard/src/lib/graphql.ts');
    expect(isDisconnected(INITIAL_CONNECTION)).toBe(false);
    expect(isDisconnected({ ...INITIAL_CONNECTION, state: 'paused' })).toBe(false);
    expect(isDisconnected({ state: 'reconnecting', attempt: 2, retryAt: null, since: 1 })).toBe(true);
    expect(isDisconnected({ ...INITIAL_CONNECTION, attempt: 1 })).toBe(true);
  });
});

describe("the playground's request, read again from the text it sends", () => {
  const watch = 'subscription WatchPods($namespace: String) { watchPods(namespace: $namespace) { type } }';
  it("runs the text's only operation when Execute came with the previous tab's operation name", () => {
    const { params, document } = runnableRequest({ query: watch, operationName: 'ListPods', variables: { namespace: 'default' } });
    expect(params.operationName).toBe('WatchPods');
    expect(params.variables).toEqual({ namespace: 'default' });
    // The toolkit picks the WebSocket from this document and name.
    expect(document?.definitions).toHaveLength(1);
  });
  it('keeps a name the text has, and leaves a document of several operations to the server', () => {
    const two = `query ListPods { pods { metadata { resourceVersion } } }\n${watch}`;
    expect(runnableRequest({ query: two, operationName: 'ListPods' }).params.operationName).toBe('ListPods');
    expect(runnableRequest({ query: two, operationName: 'Gone' }).params.operationName).toBe('Gone');
    expect(runnableRequest({ query: watch }).params.operationName).toBeUndefined();
  });
  it('sends text that does not parse as it is, for the server to report', () => {
    const sent = { query: 'query {', operationName: 'X' };
    expect(runnableRequest(sent)).toEqual({ params: sent, document: undefined });
  });
});
