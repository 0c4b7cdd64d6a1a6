/**
 * Real manifests are accepted whole, and strictly: a Pod that sets every PodSpec and Container
 * field of the Kubernetes API goes in through GraphQL `apply` and through the REST API (the real
 * kubectl, `create -f --validate=strict`) and comes back with every field it had; an unknown
 * field, or annotations given as a list, is INVALID naming the field and nothing is stored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ClusterServer } from './cluster.ts';
import { createTestDatabase, gql, ROOT, type TestDatabase } from './harness.ts';
import { kubectlFor, kubectlInstalled, type Kubectl } from './kubectl.ts';

const FULL_POD = readFileSync(path.join(ROOT, 'test/fixtures/full-pod.yaml'), 'utf8');

/** `expected`'s every field is in `actual` with the same value (defaults may add more). */
function expectSubset(actual: unknown, expected: unknown, at = ''): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, at).toBeTypeOf('object');
    for (const [k, v] of Object.entries(expected)) expectSubset((actual as Record<string, unknown>)[k], v, `${at}.${k}`);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), at).toBe(true);
    expect((actual as unknown[]).length, at).toBe(expected.length);
    expected.forEach((v, i) => expectSubset((actual as unknown[])[i], v, `${at}[${i}]`));
  } else {
    expect(actual, at).toEqual(expected);
  }
}

const APPLY = 'mutation($m: String!, $ns: String) { apply(manifests: $m, namespace: $ns) { kind name action } }';

describe.runIf(kubectlInstalled())('strict fields, end to end', () => {
  let db: TestDatabase;
  let server: ClusterServer;
  let kubectl: Kubectl;

  const rest = async (urlPath: string) => {
    const r = await fetch(`${server.baseUrl}${urlPath}`, { headers: { authorization: `Bearer ${server.token}` } });
    return { status: r.status, body: (await r.json()) as any };
  };
  const applyError = async (manifests: string) => {
    try {
      await gql(server.url, server.token, APPLY, { m: manifests });
    } catch (err) {
      return err as Error & { errors?: any[] };
    }
    throw new Error('apply succeeded');
  };

  beforeAll(async () => {
    db = await createTestDatabase('strict_fields');
    server = await startServerProcess({ databaseUrl: db.url });
    kubectl = await kubectlFor(server);
  }, 120_000);

  afterAll(async () => {
    kubectl?.cleanup();
    await server?.stop();
    await db?.drop();
  });

  it('applies a Pod with every PodSpec field through GraphQL and reads every field back', async () => {
    const r = await gql<{ apply: { action: string }[] }>(server.url, server.token, APPLY, { m: FULL_POD });
    expect(r.apply).toEqual([{ kind: 'Pod', name: 'every-field', action: 'CREATED' }]);
    const got = await rest('/api/v1/namespaces/default/pods/every-field');
    expect(got.status).toBe(200);
    const want = parse(FULL_POD, { version: '1.1' });
    expectSubset(got.body.spec, want.spec, 'spec');
    expectSubset(got.body.metadata.labels, want.metadata.labels, 'metadata.labels');
    expect(got.body.metadata.annotations['example.com/note']).toBe('every PodSpec field');
  });

  it('creates the same Pod with kubectl create -f --validate=strict and reads it back equal', async () => {
    const file = path.join(kubectl.dir, 'full-pod.yaml');
    writeFileSync(file, FULL_POD.replace('name: every-field', 'name: every-field-rest'));
    const created = await kubectl.run(['create', '-f', file, '--validate=strict']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const out = await kubectl.run(['get', 'pod', 'every-field-rest', '-o', 'json']);
    expect(out.code).toBe(0);
    expectSubset(JSON.parse(out.stdout).spec, parse(FULL_POD, { version: '1.1' }).spec, 'spec');
  });

  it('refuses a misspelt field through kubectl and through apply, naming its path, and stores nothing', async () => {
    const bad = FULL_POD.replace('name: every-field', 'name: misspelt').replace('imagePullPolicy: IfNotPresent', 'imagePullPolcy: IfNotPresent');
    const file = path.join(kubectl.dir, 'misspelt.yaml');
    writeFileSync(file, bad);
    const created = await kubectl.run(['create', '-f', file, '--validate=strict']);
    expect(created.code).not.toBe(0);
    expect(created.stderr).toContain('spec.containers[0].imagePullPolcy');
    const err = await applyError(bad);
    expect(err.message).toContain('spec.containers[0].imagePullPolcy: unknown field');
    expect((await rest('/api/v1/namespaces/default/pods/misspelt')).status).toBe(404);
  });

  it('refuses an unknown field in GraphQL typed input before any resolver runs, and stores nothing', async () => {
    const err = await gql(server.url, server.token, 'mutation { createPod(namespace: "default", pod: { metadata: { name: "typed" }, spec: { containers: [{ name: "c", image: "nginx", imagePullPolcy: "Always" }] } }) { metadata { name } } }').then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toContain('imagePullPolcy');
    expect((await rest('/api/v1/namespaces/default/pods/typed')).status).toBe(404);
  });

  it('refuses annotations or labels given as a list through apply, naming the field', async () => {
    for (const field of ['annotations', 'labels']) {
      const manifest = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: listed-${field}\n  namespace: default\n  ${field}:\n  - a=b\ndata:\n  k: v\n`;
      const err = await applyError(manifest);
      expect(err.message).toContain(`metadata.${field}`);
      expect((await rest(`/api/v1/namespaces/default/configmaps/listed-${field}`)).status).toBe(404);
    }
  });
});
