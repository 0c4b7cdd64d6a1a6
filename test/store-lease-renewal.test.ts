/**
 * Lease renewals write from the version the store last wrote (no read first), and stay exact
 * when that version is stale: two stores (two API servers) on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapstanError } from '../server/errors.ts';
import type { KObject } from '../server/kinds/types.ts';
import { timeQueries } from '../server/store/query-timing.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let a: Store;
let b: Store;
let queriesOfA = 0;

beforeAll(async () => {
  db = await createTestDatabase('store-lease-renewal');
  a = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  b = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  timeQueries(a.pool, () => void queriesOfA++);
  await a.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-node-lease' } }).catch(() => {});
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.drop();
});

const NS = 'kube-node-lease';
const lease = (name: string): KObject => ({
  apiVersion: 'coordination.k8s.io/v1',
  kind: 'Lease',
  metadata: { name },
  spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: new Date().toISOString() },
});
const renew = (store: Store, name: string, at: string) => store.patch('Lease', NS, name, { spec: { renewTime: at } });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (err) {
    if (err instanceof CapstanError) return err.code;
    throw err;
  }
}

describe('Lease renewals', () => {
  it('take one statement when this store wrote the current version', async () => {
    await a.create('Lease', NS, lease('n1'));
    await renew(a, 'n1', '2026-01-01T00:00:01.000000Z');
    const before = queriesOfA;
    const renewed = await renew(a, 'n1', '2026-01-01T00:00:02.000000Z');
    expect(queriesOfA - before).toBe(1);
    expect(renewed.spec.renewTime).toBe('2026-01-01T00:00:02.000000Z');
    expect((await b.get('Lease', NS, 'n1'))!.metadata.resourceVersion).toBe(renewed.metadata.resourceVersion);
  });

  it('keep what another server wrote since: a stale copy costs a read, never a lost update', async () => {
    await a.create('Lease', NS, lease('n2'));
    await renew(a, 'n2', '2026-01-01T00:00:01.000000Z');
    const other = await b.patch('Lease', NS, 'n2', { spec: { holderIdentity: 'someone-else' } });
    const renewed = await renew(a, 'n2', '2026-01-01T00:00:03.000000Z');
    expect(renewed.spec).toMatchObject({ holderIdentity: 'someone-else', renewTime: '2026-01-01T00:00:03.000000Z' });
    expect(BigInt(renewed.metadata.resourceVersion!)).toBeGreaterThan(BigInt(other.metadata.resourceVersion!));
  });

  it('check a resourceVersion precondition against the stored version, not the remembered one', async () => {
    await a.create('Lease', NS, lease('n3'));
    const mine = await renew(a, 'n3', '2026-01-01T00:00:01.000000Z');
    const theirs = await renew(b, 'n3', '2026-01-01T00:00:02.000000Z');
    expect(await codeOf(a.patch('Lease', NS, 'n3', { spec: { renewTime: '2026-01-01T00:00:03.000000Z' } }, { resourceVersion: mine.metadata.resourceVersion! }))).toBe('CONFLICT');
    const ok = await a.patch('Lease', NS, 'n3', { spec: { renewTime: '2026-01-01T00:00:04.000000Z' } }, { resourceVersion: theirs.metadata.resourceVersion! });
    expect(ok.spec.renewTime).toBe('2026-01-01T00:00:04.000000Z');
  });

  it('write nothing for a patch that changes nothing, judged against the stored version', async () => {
    await a.create('Lease', NS, lease('n4'));
    await renew(a, 'n4', '2026-01-01T00:00:01.000000Z');
    await renew(b, 'n4', '2026-01-01T00:00:02.000000Z');
    // Equal to a's stale copy, not to what is stored: it must be written.
    const back = await renew(a, 'n4', '2026-01-01T00:00:01.000000Z');
    expect((await b.get('Lease', NS, 'n4'))!.spec.renewTime).toBe('2026-01-01T00:00:01.000000Z');
    expect(back.spec.renewTime).toBe('2026-01-01T00:00:01.000000Z');
  });

  it('of a deleted Lease answer NOT_FOUND', async () => {
    await a.create('Lease', NS, lease('n5'));
    await renew(a, 'n5', '2026-01-01T00:00:01.000000Z');
    await b.delete('Lease', NS, 'n5');
    expect(await codeOf(renew(a, 'n5', '2026-01-01T00:00:02.000000Z'))).toBe('NOT_FOUND');
  });
});
