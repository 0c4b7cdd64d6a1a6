/**
 * The garbage collector against a real database: background, foreground and orphan cascades
 * over ownerReferences, reconciled directly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { KObject, OwnerReference } from '../server/kinds/types.ts';
import type { ReconcileContext } from '../workers/controller.ts';
import { createGCController, gcKey } from '../workers/controllers/gc.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
const ctx = (): ReconcileContext => ({ store, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) });
const gc = createGCController({ recheckAfterMs: 50 });

beforeAll(async () => {
  db = await createTestDatabase('gc');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6 });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const owner = (name: string) => store.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });

function ref(o: KObject, extra: Partial<OwnerReference> = {}): OwnerReference {
  return { apiVersion: 'v1', kind: o.kind, name: o.metadata.name, uid: o.metadata.uid!, ...extra };
}

function dependent(name: string, refs: OwnerReference[], finalizers?: string[]): Promise<KObject> {
  return store.create('Secret', 'default', {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, ownerReferences: refs, ...(finalizers ? { finalizers } : {}) },
    data: {},
  });
}

const secret = (name: string) => store.get('Secret', 'default', name);
const cm = (name: string) => store.get('ConfigMap', 'default', name);

describe('gc', () => {
  it('background: deletes dependents whose owners are all gone', async () => {
    const o = await owner('bg-owner');
    await dependent('bg-dep', [ref(o)]);
    await gc.reconcile(gcKey('Secret', 'default', 'bg-dep'), ctx());
    expect(await secret('bg-dep')).not.toBeNull();

    await store.delete('ConfigMap', 'default', 'bg-owner');
    await gc.reconcile(gcKey('ConfigMap', 'default', 'bg-owner'), ctx());
    expect(await secret('bg-dep')).toBeNull();
  });

  it('background: an owner recreated under the same name (new uid) does not keep old dependents', async () => {
    const o = await owner('reborn');
    await dependent('reborn-dep', [ref(o)]);
    await store.delete('ConfigMap', 'default', 'reborn');
    await owner('reborn');
    await gc.reconcile(gcKey('Secret', 'default', 'reborn-dep'), ctx());
    expect(await secret('reborn-dep')).toBeNull();
  });

  it('background: a dependent with another live owner only loses the reference to the gone one', async () => {
    const a = await owner('two-a');
    const b = await owner('two-b');
    await dependent('two-dep', [ref(a), ref(b)]);
    await store.delete('ConfigMap', 'default', 'two-a');
    await gc.reconcile(gcKey('ConfigMap', 'default', 'two-a'), ctx());
    const dep = (await secret('two-dep'))!;
    expect(dep.metadata.ownerReferences!.map((r) => r.name)).toEqual(['two-b']);
  });

  it('foreground: deletes dependents first and removes the finalizer when no blocking one remains', async () => {
    const o = await owner('fg-owner');
    await dependent('fg-block', [ref(o, { blockOwnerDeletion: true })], ['test/hold']);
    await dependent('fg-free', [ref(o)]);
    await store.delete('ConfigMap', 'default', 'fg-owner', { propagationPolicy: 'Foreground' });

    const r = await gc.reconcile(gcKey('ConfigMap', 'default', 'fg-owner'), ctx());
    expect(r).toEqual({ requeueAfterMs: 50 });
    expect(await secret('fg-free')).toBeNull();
    const blocking = (await secret('fg-block'))!;
    expect(blocking.metadata.deletionTimestamp).toBeDefined();
    // The blocking dependent is deleted with foreground propagation itself.
    expect(blocking.metadata.finalizers).toEqual(['test/hold', 'foregroundDeletion']);
    expect((await cm('fg-owner'))!.metadata.finalizers).toEqual(['foregroundDeletion']);

    // The dependent's own cascade ends (no dependents of its own), then its other finalizer goes.
    await gc.reconcile(gcKey('Secret', 'default', 'fg-block'), ctx());
    await store.update('Secret', 'default', 'fg-block', (s) => ({ ...s, metadata: { ...s.metadata, finalizers: [] } }));
    expect(await secret('fg-block')).toBeNull();
    expect(gc.keysFor({
      revision: 1n, type: 'DELETED', kind: 'Secret', namespace: 'default', name: 'fg-block', createdAt: new Date(),
      object: blocking, prevObject: blocking,
    })).toContain(gcKey('ConfigMap', 'default', 'fg-owner'));

    expect(await gc.reconcile(gcKey('ConfigMap', 'default', 'fg-owner'), ctx())).toBeUndefined();
    expect(await cm('fg-owner')).toBeNull();
  });

  it('orphan: removes the owner reference from dependents, then the finalizer', async () => {
    const o = await owner('orph-owner');
    await dependent('orph-dep', [ref(o, { controller: true, blockOwnerDeletion: true })]);
    await store.delete('ConfigMap', 'default', 'orph-owner', { propagationPolicy: 'Orphan' });
    expect((await cm('orph-owner'))!.metadata.finalizers).toEqual(['orphan']);
    await gc.reconcile(gcKey('ConfigMap', 'default', 'orph-owner'), ctx());
    expect(await cm('orph-owner')).toBeNull();
    const dep = (await secret('orph-dep'))!;
    expect(dep.metadata.ownerReferences ?? []).toEqual([]);
  });

  it('wakes for new dependents and for owners that start or finish being deleted', () => {
    const base = { revision: 1n, createdAt: new Date(), namespace: 'default' } as const;
    const obj = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', ...extra } });
    const refs = [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'o', uid: 'u' }];
    expect(gc.keysFor({ ...base, name: 'd', type: 'ADDED', kind: 'ConfigMap', object: obj('d', { ownerReferences: refs }) })).toEqual(['ConfigMap/default/d']);
    expect(gc.keysFor({ ...base, name: 'x', type: 'MODIFIED', kind: 'ConfigMap', object: obj('x'), prevObject: obj('x') })).toEqual([]);
    expect(gc.keysFor({ ...base, name: 'x', type: 'DELETED', kind: 'ConfigMap', object: obj('x'), prevObject: obj('x') })).toEqual(['ConfigMap/default/x']);
  });
});

describe('gc › many dependents', () => {
  const pod = (name: string, refs: OwnerReference[], extra: { nodeName?: string; finalizers?: string[] } = {}) =>
    store.create('Pod', 'default', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, ownerReferences: refs, ...(extra.finalizers ? { finalizers: extra.finalizers } : {}) },
      spec: { containers: [{ name: 'c', image: 'nginx' }], ...(extra.nodeName ? { nodeName: extra.nodeName } : {}) },
    });

  it('collects more dependents than one batch, by the rules of the single delete', async () => {
    const o = await owner('many-owner');
    const count = 1_100; // more than two batches of DELETE_BATCH
    await Promise.all(Array.from({ length: count }, (_, i) => pod(`many-${i}`, [ref(o)])));
    await pod('many-bound', [ref(o)], { nodeName: 'n1' });
    await pod('many-held', [ref(o)], { finalizers: ['test/hold'] });
    const other = await owner('many-other');
    await pod('many-unrelated', [ref(other)]);

    expect(await store.listDependents({ kind: 'ConfigMap', name: 'many-owner', uid: o.metadata.uid, namespace: 'default' })).toHaveLength(count + 2);
    const since = await store.log.safeRevision();
    await store.delete('ConfigMap', 'default', 'many-owner');
    // Gone owners are found by kind and name too: the key of a DELETED event carries no uid.
    expect(await store.listDependents({ kind: 'ConfigMap', name: 'many-owner', namespace: 'default' })).toHaveLength(count + 2);
    await gc.reconcile(gcKey('ConfigMap', 'default', 'many-owner'), ctx());

    expect((await store.list('Pod', { namespace: 'default', labelSelector: '' })).items.filter((p) => p.metadata.name.startsWith('many-')).map((p) => p.metadata.name).sort())
      .toEqual(['many-bound', 'many-held', 'many-unrelated']);
    // A pod bound to a node waits for its node, with its grace period; a finalizer holds the other.
    const bound = (await store.get('Pod', 'default', 'many-bound'))!;
    expect(bound.metadata.deletionTimestamp).toBeDefined();
    expect(bound.metadata.deletionGracePeriodSeconds).toBe(30);
    const held = (await store.get('Pod', 'default', 'many-held'))!;
    expect(held.metadata.deletionTimestamp).toBeDefined();
    expect(held.metadata.finalizers).toEqual(['test/hold']);
    expect((await store.get('Pod', 'default', 'many-unrelated'))!.metadata.deletionTimestamp).toBeUndefined();

    // Every deletion has its log row: DELETED for the unbound pods, MODIFIED for the two that wait.
    const events = await store.log.readAfter(since, await store.log.safeRevision(), 10_000, { kind: 'Pod' });
    expect(events.filter((e) => e.type === 'DELETED').length).toBe(count);
    expect(events.filter((e) => e.type === 'MODIFIED').map((e) => e.name).sort()).toEqual(['many-bound', 'many-held']);
  });

  it('foreground: a blocking dependent that owns nothing goes at once; one with dependents of its own cascades in the foreground', async () => {
    const o = await owner('fgm-owner');
    const leaves = await Promise.all(Array.from({ length: 600 }, (_, i) => pod(`fgm-leaf-${i}`, [ref(o, { blockOwnerDeletion: true })])));
    const middle = await dependent('fgm-middle', [ref(o, { blockOwnerDeletion: true })]);
    await pod('fgm-grandchild', [ref(middle, { blockOwnerDeletion: true })]);
    await store.delete('ConfigMap', 'default', 'fgm-owner', { propagationPolicy: 'Foreground' });

    expect(await gc.reconcile(gcKey('ConfigMap', 'default', 'fgm-owner'), ctx())).toEqual({ requeueAfterMs: 50 });
    for (const leaf of leaves.slice(0, 5)) expect(await store.get('Pod', 'default', leaf.metadata.name)).toBeNull();
    expect((await store.list('Pod', { namespace: 'default' })).items.filter((p) => p.metadata.name.startsWith('fgm-leaf-'))).toEqual([]);
    expect((await secret('fgm-middle'))!.metadata.finalizers).toEqual(['foregroundDeletion']);

    // The middle one's own cascade: its dependent goes, then it, then the owner is let go.
    await gc.reconcile(gcKey('Secret', 'default', 'fgm-middle'), ctx());
    expect(await store.get('Pod', 'default', 'fgm-grandchild')).toBeNull();
    await gc.reconcile(gcKey('Secret', 'default', 'fgm-middle'), ctx());
    expect(await secret('fgm-middle')).toBeNull();
    expect(await gc.reconcile(gcKey('ConfigMap', 'default', 'fgm-owner'), ctx())).toBeUndefined();
    expect(await cm('fgm-owner')).toBeNull();
  });

  it('deleteMany reports each item alone: a stale resourceVersion is a CONFLICT, a missing object NOT_FOUND', async () => {
    const a = await pod('dm-a', []);
    await pod('dm-b', []);
    await store.patch('Pod', 'default', 'dm-a', { metadata: { labels: { changed: 'yes' } } });
    const results = await store.deleteMany([
      { kind: 'Pod', namespace: 'default', name: 'dm-a', resourceVersion: a.metadata.resourceVersion },
      { kind: 'Pod', namespace: 'default', name: 'dm-b' },
      { kind: 'Pod', namespace: 'default', name: 'dm-missing' },
      { kind: 'Namespace', name: 'default' },
    ]);
    expect(results.map((r) => ('error' in r ? r.error.code : r.deleted))).toEqual(['CONFLICT', true, 'NOT_FOUND', 'FORBIDDEN']);
    expect(await store.get('Pod', 'default', 'dm-a')).not.toBeNull();
    expect(await store.get('Pod', 'default', 'dm-b')).toBeNull();
  });

  it('the dispatcher gets no key for a deleted object that owns nothing, and its owners’ keys still', async () => {
    const o = await owner('keys-owner');
    const dep = await pod('keys-dep', [ref(o)]);
    const base = { revision: 1n, createdAt: new Date(), namespace: 'default' } as const;
    const ownerGone = { ...base, type: 'DELETED' as const, kind: 'ConfigMap' as const, name: 'keys-owner', object: o, prevObject: o };
    const depGone = { ...base, type: 'DELETED' as const, kind: 'Pod' as const, name: 'keys-dep', object: dep, prevObject: dep };
    const keys = [...(await gc.keysForEvents!([ownerGone, depGone], store))].sort();
    // The owner has a dependent: its key stays. The pod owns nothing: only its owner's key.
    expect(keys).toEqual(['ConfigMap/default/keys-owner']);
    expect(gc.keysFor(depGone)).toContain('Pod/default/keys-dep');
  });

  it('the dispatcher gets a new dependent’s key only when one of its owners is gone or going', async () => {
    const o = await owner('added-owner');
    const fg = await owner('added-fg');
    await dependent('added-fg-dep', [ref(fg)]);
    await store.delete('ConfigMap', 'default', 'added-fg', { propagationPolicy: 'Foreground' });
    const base = { revision: 1n, createdAt: new Date(), namespace: 'default', type: 'ADDED' as const, kind: 'Pod' as const };
    const added = (name: string, refs: OwnerReference[]) => ({ ...base, name, object: { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}`, ownerReferences: refs } } });
    const keys = [
      ...(await gc.keysForEvents!(
        [
          added('stands', [ref(o)]),
          added('stale-uid', [ref(o, { uid: '00000000-0000-0000-0000-000000000000' })]),
          added('no-owner', [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'never-was', uid: 'x' }]),
          added('going', [ref(fg)]),
        ],
        store,
      )),
    ].sort();
    expect(keys).toEqual(['Pod/default/going', 'Pod/default/no-owner', 'Pod/default/stale-uid']);
  });
});
