/**
 * The CLI's apply and get against a real API server process: kubectl's output forms, the
 * example manifests, `-o yaml` round-tripping through apply as unchanged, and `get -w`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capstan, startCapstan, type CliTarget } from './cli-run.ts';
import { createTestDatabase, gql, ROOT, startServerProcess, type ServerProcess, type TestDatabase } from './harness.ts';

const MANIFESTS = path.join(ROOT, 'test/manifests/web');

let db: TestDatabase;
let server: ServerProcess;
let target: CliTarget;

beforeAll(async () => {
  db = await createTestDatabase('cli-apply-get');
  server = await startServerProcess(db.url);
  target = { server: server.url.replace(/\/graphql$/, ''), token: server.token };
}, 90_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('capstan apply', () => {
  it('creates every object of a directory of manifests, then reports them unchanged, then configured after an edit', { timeout: 90_000 }, async () => {
    const first = await capstan(target, ['apply', '-f', MANIFESTS]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      [
        'namespace/capstan-demo created',
        'configmap/web-config created',
        'secret/web-secret created',
        'deployment.apps/web created',
        'service/web created',
        'service/web-nodeport created',
        '',
      ].join('\n'),
    );

    const again = await capstan(target, ['apply', '-f', MANIFESTS]);
    expect(again.code).toBe(0);
    expect(again.stdout.trim().split('\n').every((l) => l.endsWith(' unchanged'))).toBe(true);

    const edited = readFileSync(path.join(MANIFESTS, '10-config.yaml'), 'utf8').replace('GREETING: Hello', 'GREETING: Bonjour');
    const fromStdin = await capstan(target, ['apply', '-f', '-'], { stdin: edited });
    expect(fromStdin.stdout).toBe('configmap/web-config configured\nsecret/web-secret unchanged\n');
    const { configMap } = await gql(server.url, server.token, 'query { configMap(namespace: "capstan-demo", name: "web-config") { data } }');
    expect(configMap.data.GREETING).toBe('Bonjour');
  });

  it('with --dry-run=server reports what would happen and writes nothing', async () => {
    const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dry\ndata:\n  a: "1"\n';
    const r = await capstan(target, ['apply', '-f', '-', '--dry-run=server'], { stdin: yaml });
    expect(r.stdout).toBe('configmap/dry created (server dry run)\n');
    const { configMap } = await gql(server.url, server.token, 'query { configMap(namespace: "default", name: "dry") { metadata { name } } }');
    expect(configMap).toBeNull();
  });
});

describe('capstan get', () => {
  it("prints kubectl's columns for each kind, by plural, singular and short name", { timeout: 90_000 }, async () => {
    const [deploy, svc, cm, ns, secret] = await Promise.all([
      capstan(target, ['get', 'deploy', '-n', 'capstan-demo']),
      capstan(target, ['get', 'services', '--namespace=capstan-demo']),
      capstan(target, ['get', 'configmap', '-ncapstan-demo']),
      capstan(target, ['get', 'ns']),
      capstan(target, ['get', 'secrets', 'web-secret', '-n', 'capstan-demo']),
    ]);
    expect(deploy.stdout).toMatch(/^NAME\s{3,}READY\s{3,}UP-TO-DATE\s{3,}AVAILABLE\s{3,}AGE\nweb\s{3,}0\/3\s{3,}0\s{3,}0\s{3,}\d+s\n$/);
    const svcLines = svc.stdout.trim().split('\n');
    expect(svcLines[0]).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE$/);
    expect(svcLines[1]).toMatch(/^web\s+ClusterIP\s+\S+\s+<none>\s+80\/TCP\s+\d+s$/);
    expect(svcLines[2]).toMatch(/^web-nodeport\s+NodePort\s+\S+\s+<none>\s+80(:\d+)?\/TCP\s+\d+s$/);
    expect(cm.stdout).toMatch(/^NAME\s+DATA\s+AGE\nweb-config\s+2\s+\d+s\n$/);
    expect(ns.stdout).toMatch(/^NAME\s+STATUS\s+AGE\n/);
    expect(ns.stdout).toMatch(/\ncapstan-demo\s+Active\s+\d+s\n/);
    expect(secret.stdout).toMatch(/^NAME\s+TYPE\s+DATA\s+AGE\nweb-secret\s+Opaque\s+1\s+\d+s\n$/);
  });

  it('prints several kinds with kind/name, -o name, labels, -A and label selectors', { timeout: 90_000 }, async () => {
    const [several, names, labels, all, selected, none] = await Promise.all([
      capstan(target, ['get', 'deploy,svc', '-n', 'capstan-demo']),
      capstan(target, ['get', 'svc', '-n', 'capstan-demo', '-o', 'name']),
      capstan(target, ['get', 'deployments.apps', 'web', '-n', 'capstan-demo', '--show-labels']),
      capstan(target, ['get', 'cm', '-A']),
      capstan(target, ['get', 'svc', '-n', 'capstan-demo', '--field-selector', 'metadata.name=web', '-o', 'name']),
      capstan(target, ['get', 'deploy', '-n', 'capstan-demo', '-l', 'app=nothing']),
    ]);
    expect(several.stdout).toContain('deployment.apps/web');
    expect(several.stdout).toContain('\n\nNAME');
    expect(several.stdout).toContain('service/web-nodeport');
    expect(names.stdout).toBe('service/web\nservice/web-nodeport\n');
    expect(labels.stdout.split('\n')[0]).toMatch(/LABELS$/);
    expect(labels.stdout).toMatch(/app=web\n$/);
    expect(all.stdout).toMatch(/^NAMESPACE\s+NAME\s+DATA\s+AGE\n/);
    expect(all.stdout).toMatch(/\ncapstan-demo\s+web-config\s+2\s+/);
    expect(selected.stdout).toBe('service/web\n');
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe('No resources found in capstan-demo namespace.\n');
    expect(none.code).toBe(0);
  });

  it('prints a List with items for -o json without a name, and the object itself for one name', async () => {
    const list = await capstan(target, ['get', 'svc', '-n', 'capstan-demo', '-o', 'json']);
    const parsed = JSON.parse(list.stdout);
    expect(parsed.apiVersion).toBe('v1');
    expect(parsed.kind).toBe('List');
    expect(parsed.items.map((s: any) => s.metadata.name)).toEqual(['web', 'web-nodeport']);
    expect(parsed.items[0].kind).toBe('Service');

    const one = JSON.parse((await capstan(target, ['get', 'svc', 'web', '-n', 'capstan-demo', '-o', 'json'])).stdout);
    expect(one.kind).toBe('Service');
    expect(one.metadata.name).toBe('web');
    expect(one.spec.ports[0]).toMatchObject({ name: 'http', port: 80, targetPort: 'http' });
    // Absent fields are left out, not printed as null.
    expect(JSON.stringify(one)).not.toContain('null');
  });

  it('prints YAML that applies back as unchanged, one object or a whole List', { timeout: 120_000 }, async () => {
    const one = await capstan(target, ['get', 'deployment', 'web', '-n', 'capstan-demo', '-o', 'yaml']);
    expect(parseYaml(one.stdout).kind).toBe('Deployment');
    const applied = await capstan(target, ['apply', '-f', '-'], { stdin: one.stdout });
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toBe('deployment.apps/web unchanged\n');

    const list = await capstan(target, ['get', 'deploy,svc,cm,secret', '-n', 'capstan-demo', '-o', 'yaml']);
    const all = await capstan(target, ['apply', '-f', '-'], { stdin: list.stdout });
    expect(all.stdout).toBe(
      ['deployment.apps/web unchanged', 'service/web unchanged', 'service/web-nodeport unchanged', 'configmap/web-config unchanged', 'secret/web-secret unchanged', ''].join('\n'),
    );

    // An edited export is applied as a change.
    const edited = one.stdout.replace(/\n {2}replicas: 3\n/, '\n  replicas: 2\n');
    expect(edited).not.toBe(one.stdout);
    expect((await capstan(target, ['apply', '-f', '-'], { stdin: edited })).stdout).toBe('deployment.apps/web configured\n');
    expect((await capstan(target, ['apply', '-f', MANIFESTS])).stdout).toContain('deployment.apps/web configured\n');
  });

  it('with -w prints the list, then a row for every change, and exits cleanly on Ctrl-C', { timeout: 90_000 }, async () => {
    const watch = startCapstan(target, ['get', 'deploy', 'web', '-n', 'capstan-demo', '-w']);
    try {
      await watch.waitForOutput(/web\s+0\/3\s/);
      const scaled = await capstan(target, ['scale', 'deployment', 'web', '--replicas=5', '-n', 'capstan-demo']);
      expect(scaled.stdout).toBe('deployment.apps/web scaled\n');
      await watch.waitForOutput(/web\s+0\/5\s/);
      const done = await watch.interrupt();
      expect(done.code).toBe(0);
      expect(done.stderr).toBe('');
      // One header, then the rows.
      expect(done.stdout.match(/^NAME/gm)).toHaveLength(1);
    } finally {
      watch.kill();
    }
  });
});
