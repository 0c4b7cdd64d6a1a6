/**
 * The endpoints controller against a real database: Services get a cluster IP and NodePorts,
 * Endpoints follow pod readiness, named ports resolve per pod, and Endpoints go with their Service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { KObject } from '../server/kinds/types.ts';
import type { ReconcileContext } from '../workers/controller.ts';
import { computeSubsets } from '../workers/controllers/endpoints-subsets.ts';
import { createEndpointsController } from '../workers/controllers/endpoints.ts';
import { cidrContains, SERVICE_CIDR } from '../workers/controllers/ip-allocator.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
const ctx = (): ReconcileContext => ({ store, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) });
const controller = createEndpointsController();

beforeAll(async () => {
  db = await createTestDatabase('endpoints');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6 });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

function service(name: string, spec: Record<string, unknown>): Promise<KObject> {
  return store.create('Service', 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec });
}

async function pod(name: string, labels: Record<string, string>, opts: { ip?: string; ready?: boolean; ports?: unknown[]; node?: string } = {}): Promise<KObject> {
  await store.create('Pod', 'default', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels },
    spec: { containers: [{ name: 'c', image: 'busybox', ports: opts.ports ?? [] }] },
  });
  if (opts.ip) await setStatus(name, opts.ip, opts.ready ?? false);
  return (await store.get('Pod', 'default', name))!;
}

function setStatus(name: string, ip: string, ready: boolean): Promise<KObject> {
  return store.updateStatus('Pod', 'default', name, {
    phase: 'Running',
    podIP: ip,
    podIPs: [{ ip }],
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
  });
}

const endpoints = (name: string) => store.get('Endpoints', 'default', name);

describe('service addresses', () => {
  it('gives a Service a cluster IP in the service range', async () => {
    await service('web', { selector: { app: 'web' }, ports: [{ port: 80 }] });
    await controller.reconcile('default/web', ctx());
    const svc = (await store.get('Service', 'default', 'web'))!;
    expect(cidrContains(SERVICE_CIDR, svc.spec.clusterIP)).toBe(true);
    expect(svc.spec.clusterIPs).toEqual([svc.spec.clusterIP]);
    expect(svc.metadata.annotations?.['capstan.io/service-ip-claim']).toBeUndefined();
  });

  it('gives NodePort Services a node port per port, keeping one the user chose', async () => {
    await service('np', { type: 'NodePort', selector: { app: 'np' }, ports: [{ name: 'a', port: 80 }, { name: 'b', port: 81, nodePort: 30500 }] });
    await controller.reconcile('default/np', ctx());
    const svc = (await store.get('Service', 'default', 'np'))!;
    const [a, b] = svc.spec.ports;
    expect(a.nodePort).toBeGreaterThanOrEqual(30000);
    expect(a.nodePort).toBeLessThanOrEqual(32767);
    expect(a.nodePort).not.toBe(30500);
    expect(b.nodePort).toBe(30500);
  });

  it('keeps cluster IPs and node ports unique when many Services are allocated at once', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `many-${i}`);
    for (const n of names) await service(n, { type: 'NodePort', selector: { app: n }, ports: [{ port: 80 }] });
    await Promise.all(names.map((n) => controller.reconcile(`default/${n}`, ctx())));
    const all = (await store.list('Service', { namespace: 'default' })).items;
    const ips = all.map((s) => s.spec.clusterIP);
    const ports = all.flatMap((s) => s.spec.ports.map((p: any) => p.nodePort).filter(Boolean));
    expect(ips.every((ip) => typeof ip === 'string' && ip !== '')).toBe(true);
    expect(new Set(ips).size).toBe(ips.length);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('leaves headless and ExternalName Services without an address', async () => {
    await service('headless', { clusterIP: 'None', selector: { app: 'h' }, ports: [{ port: 80 }] });
    await service('ext', { type: 'ExternalName', externalName: 'example.com' });
    await controller.reconcile('default/headless', ctx());
    await controller.reconcile('default/ext', ctx());
    expect((await store.get('Service', 'default', 'headless'))!.spec.clusterIP).toBe('None');
    expect((await store.get('Service', 'default', 'ext'))!.spec.clusterIP).toBeUndefined();
    expect(await endpoints('ext')).toBeNull();
  });
});

describe('endpoints', () => {
  it('lists ready pods in addresses and the others in notReadyAddresses', async () => {
    await service('api', { selector: { app: 'api' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] });
    const p1 = await pod('api-1', { app: 'api' }, { ip: '127.64.0.10', ready: true });
    await pod('api-2', { app: 'api' }, { ip: '127.64.0.11', ready: false });
    await pod('api-3', { app: 'api' }); // no IP yet: not listed at all
    await pod('other', { app: 'other' }, { ip: '127.64.0.12', ready: true });
    await controller.reconcile('default/api', ctx());
    const ep = (await endpoints('api'))!;
    expect(ep.subsets).toEqual([
      {
        addresses: [{ ip: '127.64.0.10', targetRef: { kind: 'Pod', name: 'api-1', namespace: 'default', uid: p1.metadata.uid } }],
        notReadyAddresses: [{ ip: '127.64.0.11', targetRef: expect.objectContaining({ name: 'api-2' }) }],
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
    ]);

    // Readiness flips: api-2 moves to addresses; a terminating pod leaves.
    await setStatus('api-2', '127.64.0.11', true);
    await store.update('Pod', 'default', 'api-1', (p) => ({ ...p, metadata: { ...p.metadata, finalizers: ['test/hold'] } }));
    await store.delete('Pod', 'default', 'api-1');
    await controller.reconcile('default/api', ctx());
    const after = (await endpoints('api'))!;
    expect(after.subsets).toHaveLength(1);
    expect(after.subsets[0].addresses.map((a: any) => a.ip)).toEqual(['127.64.0.11']);
    expect(after.subsets[0].notReadyAddresses).toBeUndefined();

    // Nothing changed: no write.
    await controller.reconcile('default/api', ctx());
    expect((await endpoints('api'))!.metadata.resourceVersion).toBe(after.metadata.resourceVersion);
    await store.update('Pod', 'default', 'api-1', (p) => ({ ...p, metadata: { ...p.metadata, finalizers: [] } }));
  });

  it('resolves named target ports per pod, grouping pods with different numbers into separate subsets', async () => {
    await service('named', { selector: { app: 'named' }, ports: [{ name: 'web', port: 80, targetPort: 'http' }] });
    await pod('named-1', { app: 'named' }, { ip: '127.64.1.1', ready: true, ports: [{ name: 'http', containerPort: 8080 }] });
    await pod('named-2', { app: 'named' }, { ip: '127.64.1.2', ready: true, ports: [{ name: 'http', containerPort: 9090 }] });
    await pod('named-3', { app: 'named' }, { ip: '127.64.1.3', ready: true, ports: [{ name: 'metrics', containerPort: 9100 }] });
    await controller.reconcile('default/named', ctx());
    const ep = (await endpoints('named'))!;
    expect(ep.subsets.map((s: any) => [s.addresses.map((a: any) => a.ip), s.ports])).toEqual([
      [['127.64.1.1'], [{ name: 'web', port: 8080, protocol: 'TCP' }]],
      [['127.64.1.2'], [{ name: 'web', port: 9090, protocol: 'TCP' }]],
    ]);
  });

  it('deletes the Endpoints when the Service is gone and leaves selector-less Services alone', async () => {
    await service('gone', { selector: { app: 'gone' }, ports: [{ port: 80 }] });
    await controller.reconcile('default/gone', ctx());
    expect(await endpoints('gone')).not.toBeNull();
    await store.delete('Service', 'default', 'gone');
    await controller.reconcile('default/gone', ctx());
    expect(await endpoints('gone')).toBeNull();

    await service('manual', { ports: [{ port: 80 }] });
    await store.create('Endpoints', 'default', {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'manual' },
      subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }],
    });
    await controller.reconcile('default/manual', ctx());
    expect((await endpoints('manual'))!.subsets[0].addresses[0].ip).toBe('10.0.0.1');
  });

  it('maps pod changes to the Services selecting the pod now or before', async () => {
    const c = createEndpointsController();
    const base = { revision: 100n, createdAt: new Date(), namespace: 'default', name: 'p' } as const;
    const p = (labels: Record<string, string>, ip?: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', labels }, status: { podIP: ip } });
    // Before any list the namespace is unknown: every Service of it is reconciled.
    expect(c.keysFor({ ...base, type: 'ADDED', kind: 'Pod', object: p({ app: 'a' }) })).toEqual(['default/*']);
    await c.listKeys(store);
    const svc = (name: string, selector: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec: { selector } });
    const rev = BigInt((await store.list('Service')).resourceVersion);
    c.keysFor({ ...base, revision: rev + 1n, name: 'sel-a', type: 'ADDED', kind: 'Service', object: svc('sel-a', { app: 'a' }) });
    c.keysFor({ ...base, revision: rev + 2n, name: 'sel-b', type: 'ADDED', kind: 'Service', object: svc('sel-b', { app: 'b' }) });
    const keys = c.keysFor({ ...base, type: 'MODIFIED', kind: 'Pod', object: p({ app: 'b' }), prevObject: p({ app: 'a' }) });
    expect(keys.sort()).toEqual(['default/sel-a', 'default/sel-b']);
    // Status churn that Endpoints do not show is ignored.
    expect(c.keysFor({ ...base, type: 'MODIFIED', kind: 'Pod', object: p({ app: 'a' }, '1.1.1.1'), prevObject: p({ app: 'a' }, '1.1.1.1') })).toEqual([]);
  });

  it('packs pods with the same ports into one subset (pure)', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] } };
    const mk = (name: string, ip: string, ready: boolean) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'default', uid: name },
      spec: { containers: [] },
      status: { podIP: ip, phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
    });
    const subsets = computeSubsets(svc, [mk('b', '127.64.0.2', true), mk('a', '127.64.0.1', true), mk('c', '127.64.0.3', false)]);
    expect(subsets).toHaveLength(1);
    expect(subsets[0]!.addresses!.map((a) => a.ip)).toEqual(['127.64.0.1', '127.64.0.2']);
    expect(subsets[0]!.notReadyAddresses!.map((a) => a.ip)).toEqual(['127.64.0.3']);
  });
});
