/**
 * The real kubectl (1.32) against Capstan's OpenAPI documents:
 * - against a Capstan API server: `kubectl explain` of every served kind (OpenAPI v3) and in the
 *   v2 form, client-side validation of a List (v2 in protobuf), `kubectl apply`'s strategic
 *   merge patches computed from the v3 patch extensions;
 * - against a recording stand-in (handleOpenApi plus pod discovery): what kubectl sends once the
 *   documents say the server validates fields (`fieldValidation=Strict`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { KINDS } from '../server/kinds/registry.ts';
import { handleOpenApi } from '../server/rest/openapi/index.ts';
import { startServerProcess, type ClusterServer } from './cluster.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';
import { KUBECTL, kubectlFor, kubectlInstalled, type Kubectl, type KubectlResult } from './kubectl.ts';

const pod = (name: string, image: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: default
spec:
  containers:
  - name: web
    image: ${image}${extra}
`;

/** A `kind: List` manifest of the given manifests. */
const list = (...items: string[]) =>
  `apiVersion: v1\nkind: List\nitems:\n${items.map((m) => m.trimEnd().replace(/^/gm, '  ').replace(/^ {2}apiVersion/, '- apiVersion')).join('\n')}\n`;

const deployment = (env: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - containerPort: 80${env}
      - name: log
        image: busybox
`;

describe.runIf(kubectlInstalled())('kubectl 1.32 against a Capstan API server', () => {
  let db: TestDatabase;
  let server: ClusterServer;
  let kubectl: Kubectl;
  const k = (...args: string[]) => kubectl.run(args);
  const file = (name: string, text: string) => {
    const f = path.join(kubectl.dir, name);
    writeFileSync(f, text);
    return f;
  };

  beforeAll(async () => {
    db = await createTestDatabase('rest_openapi');
    server = await startServerProcess({ databaseUrl: db.url });
    kubectl = await kubectlFor(server);
  }, 120_000);

  afterAll(async () => {
    kubectl?.cleanup();
    await server?.stop();
    await db?.drop();
  });

  describe('kubectl explain', () => {
    it('prints a field path with its Kubernetes description', async () => {
      const out = await k('explain', 'pods.spec.containers');
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(out.stdout).toContain('FIELD: containers <[]Container>');
      expect(out.stdout).toMatch(/List of containers belonging to the pod\.\s+Containers cannot\s+currently be/);
      expect(out.stdout).toMatch(/image\s+<string>\s+Container image name/);
    });

    it('explains every served kind by its resource name', async () => {
      for (const def of Object.values(KINDS)) {
        const group = def.apiVersion.includes('/') ? `.${def.apiVersion.split('/')[0]}` : '';
        const out = await k('explain', `${def.plural}${group}`);
        expect(out.code, `${def.plural}${group}: ${out.stderr}`).toBe(0);
        expect(out.stdout).toContain(`KIND:       ${def.kind}\n`);
        expect(out.stdout).toMatch(/DESCRIPTION:\n\s+\S/);
      }
    });

    it('prints descriptions of object fields and of fields newer than Kubernetes 1.27', async () => {
      const spec = await k('explain', 'deployments.spec');
      expect(spec.stdout).toMatch(/FIELD: spec <DeploymentSpec>\s+DESCRIPTION:\s+Specification of the desired behavior of the Deployment/);
      const sidecar = await k('explain', 'pods.spec.initContainers.restartPolicy');
      expect(sidecar.code).toBe(0);
      expect(sidecar.stdout).toContain('RestartPolicy defines the restart behavior of individual containers');
    });

    it('reads the v2 document in protobuf for --output plaintext-openapiv2', async () => {
      const out = await k('explain', 'pods.spec.containers.ports', '--output', 'plaintext-openapiv2');
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(/containerPort\s+<integer> -required-\s+Number of port to expose/);
    });
  });

  describe('kubectl create --validate=strict of a List', () => {
    it('refuses an item with an unknown field before sending anything', async () => {
      const out = await k('create', '--validate=strict', '-f', file('list-bad.yaml', list(pod('listed-bad', 'nginx', '\n    bogus: 1'))));
      expect(out.code).toBe(1);
      expect(out.stderr).toContain('unknown field "bogus" in io.k8s.api.core.v1.Container');
      expect((await k('get', 'pod', 'listed-bad')).stderr).toContain('NotFound');
    });

    it('creates the items of a valid List', async () => {
      const out = await k('create', '--validate=strict', '-f', file('list.yaml', list(pod('listed-1', 'nginx'), pod('listed-2', 'nginx'))));
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect((await k('get', 'pods', '-o', 'name')).stdout).toMatch(/pod\/listed-1\npod\/listed-2/);
    });
  });

  it("validates what kubectl get -o yaml prints for every served kind, fed back as a List", async () => {
    const manifests = [
      deployment('').replace('name: web', 'name: listed'),
      'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: default}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n',
      'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: tick, namespace: default}\nspec: {schedule: "*/5 * * * *", jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}}}}}\n',
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: reader, namespace: default}\nrules: [{apiGroups: [""], resources: [pods], verbs: [get]}]\n',
    ];
    const created = await k('apply', '-f', file('objects.yaml', manifests.join('---\n')));
    expect(created.code, created.stderr).toBe(0);
    const got = await k('get', Object.values(KINDS).map((d) => `${d.plural}${d.apiVersion.includes('/') ? `.${d.apiVersion.split('/')[0]}` : ''}`).join(','), '-A', '-o', 'yaml');
    expect(got.code, got.stderr).toBe(0);
    const items = (YAML.parse(got.stdout) as { items: { kind: string }[] }).items;
    expect(items.map((i) => i.kind)).toEqual(expect.arrayContaining(['Deployment', 'Service', 'CronJob', 'Role', 'Namespace', 'ClusterRole']));
    const fine = await k('create', '--dry-run=client', '--validate=strict', '-o', 'name', '-f', file('got.yaml', got.stdout));
    expect(fine.stderr).toBe('');
    expect(fine.code).toBe(0);
    // The same List with one unknown field is refused: validation did run.
    const bad = YAML.parse(got.stdout) as { items: Record<string, unknown>[] };
    bad.items[0]!.bogus = 1;
    const refused = await k('create', '--dry-run=client', '--validate=strict', '-o', 'name', '-f', file('got-bad.yaml', YAML.stringify(bad)));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/unknown field "bogus" in io\.k8s\./);
  });

  it('kubectl apply merges containers by name with the patch keys of the OpenAPI v3 document', async () => {
    const first = await k('apply', '-f', file('deploy.yaml', deployment('')));
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('deployment.apps/web created\n');
    // Someone else adds a container port; apply must keep it (merge by containerPort), not replace the list.
    const patched = await k('patch', 'deployment', 'web', '--type', 'strategic', '-p', '{"spec":{"template":{"spec":{"containers":[{"name":"web","ports":[{"containerPort":9090}]}]}}}}');
    expect(patched.code, patched.stderr).toBe(0);
    const second = await k('apply', '-f', file('deploy.yaml', deployment('\n        env:\n        - name: MODE\n          value: blue')));
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe('deployment.apps/web configured\n');
    const got = await k('get', 'deployment', 'web', '-o', 'json');
    const containers = JSON.parse(got.stdout).spec.template.spec.containers as { name: string; env?: unknown[]; ports?: { containerPort: number }[] }[];
    expect(containers.map((c) => c.name)).toEqual(['web', 'log']);
    expect(containers[0]!.env).toEqual([{ name: 'MODE', value: 'blue' }]);
    expect(containers[0]!.ports!.map((p) => p.containerPort).sort()).toEqual([80, 9090]);
  });
});

/** A stand-in API server that records requests: handleOpenApi, pod discovery, an in-memory pod store. */
describe.runIf(kubectlInstalled())('what kubectl 1.32 sends once the documents advertise field validation', () => {
  let server: http.Server;
  let base: string;
  let dir: string;
  const requests: { method: string; query: URLSearchParams; body: string }[] = [];

  const sendJson = (res: http.ServerResponse, code: number, body: unknown) => res.writeHead(code, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  const serve = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => {
    if (handleOpenApi(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://capstan');
    requests.push({ method: req.method!, query: url.searchParams, body });
    if (url.pathname === '/api') return sendJson(res, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: req.headers.host }] });
    if (url.pathname === '/apis') return sendJson(res, 200, { kind: 'APIGroupList', apiVersion: 'v1', groups: [] });
    if (url.pathname === '/api/v1') {
      return sendJson(res, 200, {
        kind: 'APIResourceList',
        groupVersion: 'v1',
        resources: [{ name: 'pods', singularName: 'pod', namespaced: true, kind: 'Pod', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] }],
      });
    }
    if (req.method === 'POST' && url.pathname === '/api/v1/namespaces/default/pods') return sendJson(res, 201, JSON.parse(body));
    sendJson(res, 404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'not found' });
  };
  const kubectl = (args: string[]) =>
    new Promise<KubectlResult>((resolve) => {
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, KUBECONFIG: path.join(dir, 'kubeconfig'), KUBECACHEDIR: path.join(dir, 'cache') };
      execFile(KUBECTL, ['--server', base, '--token', 'x', ...args], { env, timeout: 20_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-openapi-'));
    writeFileSync(path.join(dir, 'kubeconfig'), 'apiVersion: v1\nkind: Config\n');
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => serve(req, res, body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves a single object to the server with fieldValidation=Strict, its unknown field included', async () => {
    const manifest = path.join(dir, 'strict.yaml');
    writeFileSync(manifest, pod('strict', 'nginx', '\n    bogus: 1'));
    const out = await kubectl(['create', '--validate=strict', '-f', manifest]);
    expect(out.code, out.stderr).toBe(0);
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.query.get('fieldValidation')).toBe('Strict');
    expect(JSON.parse(post.body).spec.containers[0].bogus).toBe(1);
  });
});
