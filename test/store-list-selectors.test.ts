/**
 * What a list asks Postgres for: the label selector as SQL (server/store/label-selector-sql.ts)
 * selects exactly what `LabelSelector.matches` selects, and `controllerUid` lists exactly the
 * objects one owner controls. Against a real database, as the store runs.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject, OwnerReference } from '../server/kinds/types.ts';
import { parseLabelSelector } from '../server/selectors/label-selector.ts';
import { labelSelectorConditions } from '../server/store/label-selector-sql.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase('store_list_selectors');
  store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await store?.close();
  await db?.drop();
});

const configMap = (name: string, labels?: Record<string, string>, ownerReferences?: OwnerReference[]): KObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, ...(labels ? { labels } : {}), ...(ownerReferences ? { ownerReferences } : {}) },
  data: {},
});

describe('label selectors in SQL', () => {
  const labelled: Record<string, Record<string, string> | undefined> = {
    'no-labels': undefined,
    'empty-labels': {},
    'web': { app: 'web' },
    'web-prod': { app: 'web', env: 'prod' },
    'web-dev': { app: 'web', env: 'dev' },
    'web-blank-env': { app: 'web', env: '' },
    'db-prod': { app: 'db', env: 'prod', 'example.com/tier': 'backend' },
    'count-7': { count: '7' },
  };
  const selectors = [
    '',
    'app=web',
    'app==web',
    'app!=web',
    'app in (web,db)',
    'app in (web)',
    'env notin (prod)',
    'env notin (prod,)',
    'env in ()',
    'env',
    '!env',
    'example.com/tier',
    '!example.com/tier,app',
    'app=web,env in (dev,prod)',
    'app=web,app=db',
    'app in (web,db),!env',
    'count>5',
    'count<5,app',
  ];

  beforeAll(async () => {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'sel' } });
    for (const [name, labels] of Object.entries(labelled)) await store.create('ConfigMap', 'sel', configMap(name, labels));
  });

  it.each(selectors)('selects in SQL exactly what %j matches (gt and lt only narrowed by the list)', async (s) => {
    const selector = parseLabelSelector(s);
    const params: unknown[] = ['ConfigMap', 'sel'];
    const where = ['kind = $1', 'namespace = $2', ...labelSelectorConditions(selector, params)];
    const { rows } = await pool.query<{ name: string }>(`SELECT name FROM objects WHERE ${where.join(' AND ')} ORDER BY name`, params);
    const matched = Object.keys(labelled).filter((n) => selector.matches(labelled[n])).sort();
    const allPushed = selector.requirements.every((r) => r.operator !== 'gt' && r.operator !== 'lt');
    if (allPushed) expect(rows.map((r) => r.name)).toEqual(matched);
    else expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(matched));
    const listed = (await store.list('ConfigMap', { namespace: 'sel', labelSelector: s })).items.map((o) => o.metadata.name).sort();
    expect(listed).toEqual(matched);
  });

  it('pushes set-based requirements down, not only equalities', () => {
    const params: unknown[] = [];
    expect(labelSelectorConditions(parseLabelSelector('app in (web,db),env notin (prod),tier,!canary'), params)).toHaveLength(4);
    expect(labelSelectorConditions(parseLabelSelector('app=web,env in (prod)'), [])).toHaveLength(1);
  });
});

describe('list by controller uid', () => {
  const owner = (uid: string, controller?: boolean): OwnerReference => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    name: `rs-${uid.slice(0, 4)}`,
    uid,
    ...(controller === undefined ? {} : { controller }),
  });
  const A = '0000aaaa-0000-4000-8000-000000000001';
  const B = '0000bbbb-0000-4000-8000-000000000002';

  beforeAll(async () => {
    for (const ns of ['own', 'own-other']) await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    await store.create('ConfigMap', 'own', configMap('controlled', { app: 'web' }, [owner(A, true)]));
    await store.create('ConfigMap', 'own', configMap('controlled-relabelled', { app: 'other' }, [owner(A, true)]));
    await store.create('ConfigMap', 'own', configMap('controlled-second-ref', {}, [owner(B), owner(A, true)]));
    await store.create('ConfigMap', 'own', configMap('not-controller', { app: 'web' }, [owner(A, false)]));
    await store.create('ConfigMap', 'own', configMap('no-controller-field', { app: 'web' }, [owner(A)]));
    await store.create('ConfigMap', 'own', configMap('other-controller', { app: 'web' }, [owner(B, true), owner(A)]));
    await store.create('ConfigMap', 'own', configMap('orphan', { app: 'web' }));
    await store.create('ConfigMap', 'own-other', configMap('controlled-elsewhere', { app: 'web' }, [owner(A, true)]));
  });

  it('lists exactly the objects whose controller ownerReference has the uid, whatever their labels', async () => {
    const { items } = await store.list('ConfigMap', { namespace: 'own', controllerUid: A });
    expect(items.map((o) => o.metadata.name)).toEqual(['controlled', 'controlled-relabelled', 'controlled-second-ref']);
  });

  it('combines with a label selector and, without a namespace, lists across namespaces', async () => {
    expect((await store.list('ConfigMap', { namespace: 'own', controllerUid: A, labelSelector: 'app=web' })).items.map((o) => o.metadata.name)).toEqual(['controlled']);
    expect((await store.list('ConfigMap', { controllerUid: A })).items.map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      'own/controlled',
      'own/controlled-relabelled',
      'own/controlled-second-ref',
      'own-other/controlled-elsewhere',
    ]);
  });

  it('no longer lists an object once its controller ownerReference names another owner', async () => {
    const before = await store.list('ConfigMap', { namespace: 'own', controllerUid: B });
    expect(before.items.map((o) => o.metadata.name)).toEqual(['other-controller']);
    await store.update('ConfigMap', 'own', 'other-controller', (o) => ({ ...o, metadata: { ...o.metadata, ownerReferences: [owner(A)] } }));
    expect((await store.list('ConfigMap', { namespace: 'own', controllerUid: B })).items).toEqual([]);
  });

  it('refuses an empty uid', async () => {
    await expect(store.list('ConfigMap', { namespace: 'own', controllerUid: '' })).rejects.toMatchObject({ code: 'INVALID' });
  });
});
