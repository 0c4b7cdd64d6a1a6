/**
 * The real kubectl (/usr/bin/kubectl, 1.32) against Capstan's OpenAPI documents: explain,
 * client-side validation of a List, the field-validation hand-off to the server, and apply.
 *
 * The server here is a small stand-in for the REST API: handleOpenApi, the discovery documents
 * kubectl needs for pods, and an in-memory pod store that records what kubectl sends.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleOpenApi } from '../server/rest/openapi/index.ts';

const KUBECTL = '/usr/bin/kubectl';

interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType?: string;
  body: string;
}

let server: http.Server;
let base: string;
let dir: string;
const requests: Recorded[] = [];
const pods = new Map<string, Record<string, unknown>>();

function sendJson(res: http.ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

const notFound = (name: string) => ({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: `pods "${name}" not found`, details: { name, kind: 'pods' } });

function serve(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
  if (handleOpenApi(req, res)) return;
  const url = new URL(req.url ?? '/', 'http://capstan');
  requests.push({ method: req.method!, path: url.pathname, query: url.searchParams, contentType: req.headers['content-type'], body });
  if (url.pathname === '/api') {
    sendJson(res, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: req.headers.host }] });
  } else if (url.pathname === '/apis') {
    sendJson(res, 200, { kind: 'APIGroupList', apiVersion: 'v1', groups: [] });
  } else if (url.pathname === '/api/v1') {
    sendJson(res, 200, {
      kind: 'APIResourceList',
      groupVersion: 'v1',
      resources: [{ name: 'pods', singularName: 'pod', namespaced: true, kind: 'Pod', shortNames: ['po'], verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] }],
    });
  } else {
    const match = /^\/api\/v1\/namespaces\/default\/pods(?:\/([^/]+))?$/.exec(url.pathname);
    if (!match) return sendJson(res, 404, notFound(url.pathname));
    const name = match[1];
    if (req.method === 'POST' && !name) {
      const obj = JSON.parse(body) as { metadata: { name: string } };
      const stored = { ...obj, metadata: { ...obj.metadata, namespace: 'default', uid: `uid-${obj.metadata.name}`, resourceVersion: '1' } };
      pods.set(obj.metadata.name, stored);
      return sendJson(res, 201, stored);
    }
    const current = name ? pods.get(name) : undefined;
    if (!current) return sendJson(res, 404, notFound(name ?? ''));
    // A patch is recorded, not applied: these tests look at what kubectl computes.
    sendJson(res, 200, current);
  }
}

interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

function kubectl(args: string[]): Promise<KubectlResult> {
  const env = { ...process.env, KUBECONFIG: path.join(dir, 'kubeconfig'), KUBECACHEDIR: path.join(dir, 'cache'), HOME: dir };
  return new Promise((resolve) => {
    execFile(KUBECTL, ['--server', base, '--token', 'x', ...args], { env, timeout: 20_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function manifest(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

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
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(KUBECTL))('kubectl 1.32 against the OpenAPI documents', () => {
  describe('kubectl explain', () => {
    it('prints a field path with its Kubernetes description (OpenAPI v3)', async () => {
      const out = await kubectl(['explain', 'pods.spec.containers']);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(out.stdout).toContain('FIELD: containers <[]Container>');
      expect(out.stdout).toMatch(/List of containers belonging to the pod\.\s+Containers cannot\s+currently be/);
      expect(out.stdout).toMatch(/image\s+<string>\s+Container image name/);
    });

    it('prints a resource by its short name, with descriptions on object fields', async () => {
      const out = await kubectl(['explain', 'po']);
      expect(out.code).toBe(0);
      expect(out.stdout).toContain('KIND:       Pod');
      expect(out.stdout).toMatch(/spec\s+<PodSpec>\s+Specification of the desired behavior of the pod/);
    });

    it('reads the v2 document in protobuf for --output plaintext-openapiv2', async () => {
      const out = await kubectl(['explain', 'pods.spec.containers.ports', '--output', 'plaintext-openapiv2']);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(/containerPort\s+<integer> -required-\s+Number of port to expose/);
    });
  });

  describe('kubectl create --validate=strict', () => {
    it('leaves a single object to the server, asking it for fieldValidation=Strict', async () => {
      const out = await kubectl(['create', '--validate=strict', '-f', manifest('strict.yaml', pod('strict', 'nginx', '\n    bogus: 1'))]);
      expect(out.code).toBe(0);
      const post = requests.find((r) => r.method === 'POST' && r.body.includes('"strict"'))!;
      expect(post.query.get('fieldValidation')).toBe('Strict');
      expect(JSON.parse(post.body).spec.containers[0].bogus).toBe(1);
    });

    it('validates the items of a List itself and refuses an unknown field', async () => {
      const list = `apiVersion: v1\nkind: List\nitems:\n${pod('listed', 'nginx', '\n    bogus: 1').replace(/^/gm, '  ').replace(/^  apiVersion/, '- apiVersion')}`;
      const out = await kubectl(['create', '--validate=strict', '-f', manifest('list-bad.yaml', list)]);
      expect(out.code).toBe(1);
      expect(out.stderr).toContain('unknown field "bogus" in io.k8s.api.core.v1.Container');
      expect(requests.some((r) => r.method === 'POST' && r.body.includes('"listed"'))).toBe(false);
    });

    it('sends the items of a valid List, fields newer than Kubernetes 1.27 included', async () => {
      const sidecar = '\n  initContainers:\n  - name: proxy\n    image: envoy\n    restartPolicy: Always';
      const list = `apiVersion: v1\nkind: List\nitems:\n${pod('listed', 'nginx', sidecar).replace(/^/gm, '  ').replace(/^  apiVersion/, '- apiVersion')}`;
      const out = await kubectl(['create', '--validate=strict', '-f', manifest('list.yaml', list)]);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(requests.some((r) => r.method === 'POST' && r.body.includes('"listed"'))).toBe(true);
    });
  });

  it('kubectl apply computes a strategic merge patch keyed by container name, without warnings', async () => {
    expect((await kubectl(['apply', '-f', manifest('apply.yaml', pod('applied', 'nginx:1'))])).code).toBe(0);
    const out = await kubectl(['apply', '-f', manifest('apply.yaml', pod('applied', 'nginx:2'))]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const patch = requests.find((r) => r.method === 'PATCH' && r.path.endsWith('/pods/applied'))!;
    expect(patch.contentType).toBe('application/strategic-merge-patch+json');
    const body = JSON.parse(patch.body);
    expect(body.spec['$setElementOrder/containers']).toEqual([{ name: 'web' }]);
    expect(body.spec.containers).toEqual([{ image: 'nginx:2', name: 'web' }]);
  });
});
