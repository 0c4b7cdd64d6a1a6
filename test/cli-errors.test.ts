/**
 * The CLI's credentials and its errors against a real API server process: where it finds the
 * server and token, and clear messages with non-zero exit codes for every way a call fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capstan, type CliTarget } from './cli-run.ts';
import { createTestDatabase, freePort, startServerProcess, type ServerProcess, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let server: ServerProcess;
let target: CliTarget;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase('cli-errors');
  server = await startServerProcess(db.url);
  target = { server: server.url.replace(/\/graphql$/, ''), token: server.token };
  dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-cli-errors-'));
}, 90_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n';

describe('capstan credentials', () => {
  it('reads the server and token file from the config that capstan up writes in --data-dir', { timeout: 60_000 }, async () => {
    const dataDir = path.join(dir, 'cluster');
    const tokenFile = path.join(dir, 'admin-token');
    await import('node:fs/promises').then((fs) => fs.mkdir(dataDir, { recursive: true }));
    writeFileSync(tokenFile, `${server.token}\n`);
    writeFileSync(path.join(dataDir, 'config'), JSON.stringify({ server: target.server, tokenFile }));
    const viaFlag = await capstan(undefined, ['get', 'namespaces', '-o', 'name', '--data-dir', dataDir]);
    expect(viaFlag.stderr).toBe('');
    expect(viaFlag.stdout).toContain('namespace/default\n');
    const viaEnv = await capstan(undefined, ['get', 'ns', 'default', '-o', 'name'], { env: { CAPSTAN_DATA_DIR: dataDir } });
    expect(viaEnv.stdout).toBe('namespace/default\n');
    // Flags win over the config.
    const flags = await capstan(undefined, ['get', 'ns', 'default', '-o', 'name', '--server', target.server, '--token', 'wrong', '--data-dir', dataDir]);
    expect(flags.code).toBe(1);
    expect(flags.stderr).toContain('Unauthorized');
  });

  it('says how to start a cluster when there is no config and no --server', async () => {
    const r = await capstan(undefined, ['get', 'pods', '--data-dir', path.join(dir, 'nothing-here')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`no cluster configured: ${path.join(dir, 'nothing-here', 'config')} does not exist`);
    expect(r.stderr).toContain("capstan up");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('capstan errors', () => {
  it('names the URL and how to start a cluster when the server is unreachable', async () => {
    const port = await freePort();
    const r = await capstan({ server: `http://127.0.0.1:${port}`, token: 't' }, ['get', 'pods']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`unable to connect to the server at http://127.0.0.1:${port} (ECONNREFUSED)`);
    expect(r.stderr).toContain("'capstan up'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says the credentials are refused for a bad token', async () => {
    const r = await capstan({ server: target.server, token: 'not-a-token' }, ['get', 'pods']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: You must be logged in to the server \(Unauthorized\): /);
  });

  it('names the file, document and line of invalid YAML, and sends nothing', async () => {
    const file = path.join(dir, 'broken.yaml');
    writeFileSync(file, `${CONFIGMAP}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: second\n data:\n  b: "2"\n`);
    const r = await capstan(target, ['apply', '-f', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^error: error parsing ${file.replace(/[.]/g, '\\.')}: document 2, line 12, column \\d+: `));
    const get = await capstan(target, ['get', 'configmap', 'settings']);
    expect(get.stderr).toBe('Error from server (NotFound): configmaps "settings" not found\n');
    expect(get.code).toBe(1);
  });

  it("names the file and document the server refuses, with kubectl's Invalid reason", async () => {
    const file = path.join(dir, 'invalid.yaml');
    writeFileSync(file, `${CONFIGMAP}---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: Bad_Name\nspec:\n  selector:\n    matchLabels: {app: x}\n  template:\n    metadata:\n      labels: {app: x}\n    spec:\n      containers: [{name: c, image: i}]\n`);
    const r = await capstan(target, ['apply', '-f', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^Error from server \\(Invalid\\): ${file.replace(/[.]/g, '\\.')}: document 2 \\(line 8`));
    expect(r.stderr).toContain('Bad_Name');
  });

  it("reports NotFound, AlreadyExists and Conflict as kubectl does, exit code 1", { timeout: 90_000 }, async () => {
    const [pod, deploy, del] = await Promise.all([
      capstan(target, ['get', 'pod', 'missing']),
      capstan(target, ['describe', 'deployment', 'missing', '-n', 'default']),
      capstan(target, ['delete', 'svc', 'missing']),
    ]);
    expect(pod.stderr).toBe('Error from server (NotFound): pods "missing" not found\n');
    expect(pod.code).toBe(1);
    expect(deploy.stderr).toBe('Error from server (NotFound): deployments.apps "missing" not found\n');
    expect(deploy.code).toBe(1);
    expect(del.stderr).toBe('Error from server (NotFound): services "missing" not found\n');
    expect(del.code).toBe(1);

    expect((await capstan(target, ['create', 'namespace', 'twice'])).stdout).toBe('namespace/twice created\n');
    const again = await capstan(target, ['create', 'namespace', 'twice']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('Error from server (AlreadyExists): namespaces "twice" already exists\n');

    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: c, image: i}]\n';
    expect((await capstan(target, ['apply', '-f', '-'], { stdin: deployment })).stdout).toBe('deployment.apps/web created\n');
    const stale = await capstan(target, ['scale', 'deploy/web', '--replicas=3', '--resource-version=1']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^Error from server \(Conflict\): /);
    const precondition = await capstan(target, ['scale', 'deployment', 'web', '--replicas=3', '--current-replicas=2']);
    expect(precondition.code).toBe(1);
    expect(precondition.stderr).toBe('Error from server (Conflict): Expected replicas to be 2, was 1\n');
  });

  it('exits 2 with a pointer to --help when called wrongly', async () => {
    const [unknownKind, unknownFlag] = await Promise.all([capstan(target, ['get', 'widgets']), capstan(target, ['get', 'pods', '--frobnicate'])]);
    expect(unknownKind.code).toBe(2);
    expect(unknownKind.stderr).toContain(`the server doesn't have a resource type "widgets"`);
    expect(unknownKind.stderr).toContain("Run 'capstan get --help' for usage.");
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain('unknown flag: --frobnicate');
  });
});
