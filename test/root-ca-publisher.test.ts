/**
 * The root CA publisher against a real store: every namespace gets `kube-root-ca.crt` holding
 * the CA of the API servers' certificate (what a pod's service-account volume shows as ca.crt),
 * put back when edited or deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServingCert } from '../server/auth/serving-cert.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import { reconcileRootCa, rootCaPublisherController } from '../workers/controllers/root-ca-publisher.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const log = createLogger({ level: 'silent' });
let db: TestDatabase;
let store: Store;
const ctx = () => ({ store, log, signal: new AbortController().signal });
const published = async (ns: string) => (await store.get('ConfigMap', ns, 'kube-root-ca.crt'))?.data as Record<string, string> | undefined;

beforeAll(async () => {
  db = await createTestDatabase('root_ca_publisher');
  store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

describe('reconcileRootCa', () => {
  it('waits while no API server has stored its certificate', async () => {
    expect(await reconcileRootCa('team', ctx())).toEqual({ requeueAfterMs: 5_000 });
    expect(await published('team')).toBeUndefined();
  });

  it('publishes the CA as kube-root-ca.crt, and puts it back when edited or deleted', async () => {
    const { ca } = await ensureServingCert(store, ['127.0.0.1']);
    await reconcileRootCa('team', ctx());
    expect(await published('team')).toEqual({ 'ca.crt': ca });

    const cm = (await store.get('ConfigMap', 'team', 'kube-root-ca.crt'))!;
    await store.replace('ConfigMap', 'team', 'kube-root-ca.crt', { ...cm, data: { 'ca.crt': 'forged' } });
    await reconcileRootCa('team', ctx());
    expect(await published('team')).toEqual({ 'ca.crt': ca });

    await store.delete('ConfigMap', 'team', 'kube-root-ca.crt');
    await reconcileRootCa('team', ctx());
    expect(await published('team')).toEqual({ 'ca.crt': ca });
  });

  it('is woken by namespaces and by changes to the ConfigMap, not by other ConfigMaps', () => {
    const event = (kind: string, type: string, namespace: string, name: string) => ({ kind, type, namespace, name }) as never;
    expect(rootCaPublisherController.keysFor(event('Namespace', 'ADDED', '', 'team'))).toEqual(['team']);
    expect(rootCaPublisherController.keysFor(event('ConfigMap', 'DELETED', 'team', 'kube-root-ca.crt'))).toEqual(['team']);
    expect(rootCaPublisherController.keysFor(event('ConfigMap', 'MODIFIED', 'team', 'settings'))).toEqual([]);
  });
});
