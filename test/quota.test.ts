/**
 * ResourceQuota, LimitRange and cluster-IP admission against a real API server process (and,
 * for the controller and the cross-process concurrency proof, Stores on the same database):
 * refusals in Kubernetes' words, LimitRange defaults, and no two creates both taking a quota's
 * last place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { reconcileResourceQuotas } from '../workers/controllers/resourcequota.ts';
import { startServerProcess, startWorkersProcess, type ClusterServer } from './cluster.ts';
import { createTestDatabase, gql, redisPrefix, waitFor, type TestDatabase } from './harness.ts';

const POD = 'mutation($ns: String!, $p: PodInput!) { createPod(namespace: $ns, pod: $p) { metadata { name annotations } spec { containers { name resources { requests limits } } } } }';
const podInput = (name: string, resources?: Record<string, unknown>) => ({ metadata: { name }, spec: { containers: [{ name: 'c', image: 'busybox', ...(resources ? { resources } : {}) }] } });

async function failure(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return { code: (err as { code?: string }).code, message: (err as Error).message };
  }
  throw new Error('expected a refusal');
}

describe('quotas, limit ranges and cluster IPs through the API server', () => {
  let db: TestDatabase;
  let server: ClusterServer;
  let store: Store;
  const q = (query: string, variables?: Record<string, unknown>) => gql<any>(server.url, server.token, query, variables);
  const createNamespace = (name: string) => q('mutation($n: NamespaceInput!) { createNamespace(namespace: $n) { metadata { name } } }', { n: { metadata: { name } } });

  beforeAll(async () => {
    db = await createTestDatabase('quota');
    server = await startServerProcess({ databaseUrl: db.url });
    store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await server?.stop();
    await db?.drop();
  });

  it('refuses the pod past count/pods with FORBIDDEN and Kubernetes\' message, and frees the place on delete', async () => {
    await createNamespace('counted');
    await q('mutation($q: ResourceQuotaInput!) { createResourceQuota(namespace: "counted", resourceQuota: $q) { metadata { name } } }', {
      q: { metadata: { name: 'q' }, spec: { hard: { pods: '2', 'count/configmaps': '1' } } },
    });
    await q(POD, { ns: 'counted', p: podInput('p1') });
    await q(POD, { ns: 'counted', p: podInput('p2') });
    const refused = await failure(q(POD, { ns: 'counted', p: podInput('p3') }));
    expect(refused).toEqual({ code: 'FORBIDDEN', message: 'pods "p3" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2' });
    expect(await store.get('Pod', 'counted', 'p3')).toBeNull();

    await q('mutation { createConfigMap(namespace: "counted", configMap: { metadata: { name: "a" } }) { metadata { name } } }');
    const cm = await failure(q('mutation { createConfigMap(namespace: "counted", configMap: { metadata: { name: "b" } }) { metadata { name } } }'));
    expect(cm).toEqual({ code: 'FORBIDDEN', message: 'configmaps "b" is forbidden: exceeded quota: q, requested: count/configmaps=1, used: count/configmaps=1, limited: count/configmaps=1' });

    await store.delete('Pod', 'counted', 'p1', { gracePeriodSeconds: 0 });
    await q(POD, { ns: 'counted', p: podInput('p3') });
  });

  it('makes pods under a compute quota declare their resources, and sums what they ask for', async () => {
    await createNamespace('compute');
    await store.create('ResourceQuota', 'compute', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'compute' }, spec: { hard: { 'requests.cpu': '1', 'limits.memory': '1Gi' } } });
    const bare = await failure(q(POD, { ns: 'compute', p: podInput('bare') }));
    expect(bare).toEqual({ code: 'FORBIDDEN', message: 'pods "bare" is forbidden: failed quota: compute: must specify limits.memory for: c; requests.cpu for: c' });
    await q(POD, { ns: 'compute', p: podInput('a', { requests: { cpu: '600m' }, limits: { memory: '512Mi' } }) });
    const big = await failure(q(POD, { ns: 'compute', p: podInput('b', { requests: { cpu: '500m' }, limits: { memory: '256Mi' } }) }));
    expect(big.message).toBe('pods "b" is forbidden: exceeded quota: compute, requested: requests.cpu=500m, used: requests.cpu=600m, limited: requests.cpu=1');
    await q(POD, { ns: 'compute', p: podInput('c', { requests: { cpu: '400m' }, limits: { memory: '512Mi' } }) });
  });

  it('lets exactly 5 of 20 concurrent pod creates through a quota of 5, through the API and through two stores', async () => {
    await createNamespace('race');
    await store.create('ResourceQuota', 'race', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'five' }, spec: { hard: { 'count/pods': '5' } } });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => q(POD, { ns: 'race', p: podInput(`p${i}`) })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code] : []));
    expect(reasons).toEqual(Array(15).fill('FORBIDDEN'));
    expect((await store.list('Pod', { namespace: 'race' })).items).toHaveLength(5);

    // Two stores, as two API server processes: the lock lives in Postgres, not in a process.
    await createNamespace('race2');
    await store.create('ResourceQuota', 'race2', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'five' }, spec: { hard: { pods: '5' } } });
    const other = await Store.open({ databaseUrl: db.url, poolSize: 4 });
    try {
      const pod = (i: number): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `s${i}` }, spec: { containers: [{ name: 'c', image: 'x' }] } });
      const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? other : store).create('Pod', 'race2', pod(i))));
      expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
      expect((await store.list('Pod', { namespace: 'race2' })).items).toHaveLength(5);
    } finally {
      await other.close();
    }
  });

  it('admits a create against the policies another process wrote after this one last read them: a new quota refuses, a new LimitRange defaults, a deleted quota no longer counts', async () => {
    await createNamespace('stamped');
    const pod = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'x' }] } });
    // This store reads (and keeps) the namespace's policies: none yet.
    await store.create('Pod', 'stamped', pod('before'));
    const other = await Store.open({ databaseUrl: db.url, poolSize: 2 });
    try {
      await other.create('ResourceQuota', 'stamped', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'one' }, spec: { hard: { pods: '1' } } });
      await expect(store.create('Pod', 'stamped', pod('over'))).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('exceeded quota: one') });
      await other.delete('ResourceQuota', 'stamped', 'one');
      await store.create('Pod', 'stamped', pod('after-quota'));
      await other.create('LimitRange', 'stamped', { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr' }, spec: { limits: [{ type: 'Container', defaultRequest: { cpu: '100m' }, default: { cpu: '200m' } }] } });
      const defaulted = await store.create('Pod', 'stamped', pod('defaulted'));
      expect(defaulted.spec.containers[0].resources).toEqual({ requests: { cpu: '100m' }, limits: { cpu: '200m' } });
      // An update of a policy changes the stamp too.
      await other.patch('LimitRange', 'stamped', 'lr', { spec: { limits: [{ type: 'Container', defaultRequest: { cpu: '150m' }, default: { cpu: '300m' } }] } });
      const again = await store.create('Pod', 'stamped', pod('defaulted-again'));
      expect(again.spec.containers[0].resources).toEqual({ requests: { cpu: '150m' }, limits: { cpu: '300m' } });
    } finally {
      await other.close();
    }
  });

  it('refuses an update that grows usage past a cap: a Service turned NodePort', async () => {
    await createNamespace('ports');
    await store.create('ResourceQuota', 'ports', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'np' }, spec: { hard: { 'services.nodeports': '1' } } });
    const svc = (name: string, type: string): KObject => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { type, selector: { app: name }, ports: [{ port: 80 }] } });
    await store.create('Service', 'ports', svc('np1', 'NodePort'));
    await store.create('Service', 'ports', svc('plain', 'ClusterIP'));
    const grown = await failure(q('mutation { patchService(namespace: "ports", name: "plain", patch: { spec: { type: "NodePort" } }) { spec { type } } }'));
    expect(grown).toEqual({ code: 'FORBIDDEN', message: 'services "plain" is forbidden: exceeded quota: np, requested: services.nodeports=1, used: services.nodeports=1, limited: services.nodeports=1' });
    expect((await store.get('Service', 'ports', 'plain'))!.spec.type).toBe('ClusterIP');
    // An update that grows nothing the quota caps goes through.
    await q('mutation { patchService(namespace: "ports", name: "np1", patch: { metadata: { labels: { a: "b" } } }) { spec { type } } }');
  });

  it('keeps status.hard and status.used with the quota controller', async () => {
    await reconcileResourceQuotas('race', { store, signal: new AbortController().signal });
    const got = await q('{ resourceQuota(namespace: "race", name: "five") { status { hard used } } }');
    expect(got.resourceQuota.status).toEqual({ hard: { 'count/pods': '5' }, used: { 'count/pods': '5' } });
    const { items } = await store.list('Pod', { namespace: 'race' });
    await store.delete('Pod', 'race', items[0]!.metadata.name, { gracePeriodSeconds: 0 });
    await reconcileResourceQuotas('race', { store, signal: new AbortController().signal });
    expect((await store.get('ResourceQuota', 'race', 'five'))!.status.used).toEqual({ 'count/pods': '4' });
    const listed = await q('{ resourceQuotas(namespace: "race") { items { metadata { name } } } }');
    expect(listed.resourceQuotas.items.map((x: any) => x.metadata.name)).toEqual(['five']);
  });

  it('has the workers keep status.used as objects come and go, and stops a ReplicaSet at the cap with a FailedCreate event', async () => {
    const workers = await startWorkersProcess(db.url, redisPrefix('quota'));
    try {
      await createNamespace('watched');
      // Every namespace gets the kube-root-ca.crt ConfigMap from the root CA publisher: it counts.
      await waitFor('the namespace’s kube-root-ca.crt', async () => (await store.get('ConfigMap', 'watched', 'kube-root-ca.crt')) !== null, 60_000);
      await store.create('ResourceQuota', 'watched', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'cm' }, spec: { hard: { 'count/configmaps': '4' } } });
      const used = async () => (await store.get('ResourceQuota', 'watched', 'cm'))?.status?.used?.['count/configmaps'];
      await waitFor('status.used of a new quota', async () => (await used()) === '1', 60_000);
      await store.create('ConfigMap', 'watched', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } });
      await store.create('ConfigMap', 'watched', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } });
      await waitFor('status.used after two creates', async () => (await used()) === '3', 60_000);
      await store.delete('ConfigMap', 'watched', 'a');
      await waitFor('status.used after a delete', async () => (await used()) === '2', 60_000);

      // A controller's creates are admitted like a user's: the ReplicaSet stops at the cap and says why.
      await createNamespace('capped');
      await store.create('ResourceQuota', 'capped', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'two' }, spec: { hard: { pods: '2' } } });
      await store.create('ReplicaSet', 'capped', {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name: 'web' },
        spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'x' }] } } },
      });
      const event = await waitFor(
        'a FailedCreate event naming the quota',
        async () => (await store.list('Event', { namespace: 'capped' })).items.find((e) => e.reason === 'FailedCreate'),
        60_000,
      );
      expect(event.message).toMatch(/^Error creating: pods "web-[a-z0-9]+" is forbidden: exceeded quota: two, requested: pods=1, used: pods=2, limited: pods=2$/);
      expect((await store.list('Pod', { namespace: 'capped' })).items).toHaveLength(2);
    } finally {
      await workers.stop();
    }
  }, 180_000);

  it('fills container defaults from a LimitRange and refuses what breaks its bounds', async () => {
    await createNamespace('limited');
    await q('mutation($l: LimitRangeInput!) { createLimitRange(namespace: "limited", limitRange: $l) { spec { limits { type default defaultRequest } } } }', {
      l: { metadata: { name: 'lr' }, spec: { limits: [{ type: 'Container', max: { cpu: '1' }, min: { cpu: '50m' }, default: { cpu: '500m', memory: '256Mi' }, defaultRequest: { cpu: '100m', memory: '128Mi' } }, { type: 'PersistentVolumeClaim', max: { storage: '2Gi' } }] } },
    });
    const made = await q(POD, { ns: 'limited', p: podInput('dflt') });
    expect(made.createPod.spec.containers[0].resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } });
    expect(made.createPod.metadata.annotations['kubernetes.io/limit-ranger']).toMatch(/^LimitRanger plugin set: cpu, memory request for container c; cpu, memory limit for container c$/);
    const tooBig = await failure(q(POD, { ns: 'limited', p: podInput('big', { limits: { cpu: '2' } }) }));
    expect(tooBig).toEqual({ code: 'FORBIDDEN', message: 'pods "big" is forbidden: maximum cpu usage per Container is 1, but limit is 2' });
    const claim = await failure(
      q('mutation { createPersistentVolumeClaim(namespace: "limited", persistentVolumeClaim: { metadata: { name: "huge" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "5Gi" } } } }) { metadata { name } } }'),
    );
    expect(claim).toEqual({ code: 'FORBIDDEN', message: 'persistentvolumeclaims "huge" is forbidden: maximum storage usage per PersistentVolumeClaim is 2Gi, but limit is 5Gi' });
    const bad = await failure(q('mutation { createLimitRange(namespace: "limited", limitRange: { metadata: { name: "x" }, spec: { limits: [{ type: "Container", min: { cpu: "2" }, max: { cpu: "1" } }] } }) { metadata { name } } }'));
    expect(bad.code).toBe('INVALID');
    expect(bad.message).toContain('spec.limits[0].min[cpu]');
  });

  it('serves both kinds over the REST API under their Kubernetes paths', async () => {
    const r = await fetch(`${server.baseUrl}/api/v1/namespaces/limited/limitranges/lr`, { headers: { authorization: `Bearer ${server.token}` } });
    expect(r.status).toBe(200);
    expect(((await r.json()) as KObject).kind).toBe('LimitRange');
    const quotas = await fetch(`${server.baseUrl}/api/v1/namespaces/race/resourcequotas`, { headers: { authorization: `Bearer ${server.token}` } });
    expect(((await quotas.json()) as { items: KObject[] }).items.map((x) => x.metadata.name)).toEqual(['five']);
  });

  it('refuses a cluster IP outside the service range or already taken, and keeps headless services valid', async () => {
    const svc = (name: string, clusterIP: string) => ({ metadata: { name }, spec: { clusterIP, selector: { app: 'x' }, ports: [{ port: 80 }] } });
    const mk = (s: unknown) => q('mutation($s: ServiceInput!) { createService(namespace: "default", service: $s) { spec { clusterIP } } }', { s });
    const outside = await failure(mk(svc('outside', '10.96.0.10')));
    expect(outside.code).toBe('INVALID');
    expect(outside.message).toContain('spec.clusterIP');
    expect(outside.message).toContain('The range of valid IPs is 127.32.0.0/12');
    expect((await mk(svc('first', '127.32.9.9'))).createService.spec.clusterIP).toBe('127.32.9.9');
    const taken = await failure(mk(svc('second', '127.32.9.9')));
    expect(taken.code).toBe('INVALID');
    expect(taken.message).toContain('spec.clusterIP');
    expect(taken.message).toContain('provided IP is already allocated');
    expect((await mk(svc('headless', 'None'))).createService.spec.clusterIP).toBe('None');
  });
});
