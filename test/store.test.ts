import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapstanError } from '../server/errors.ts';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;

beforeAll(async () => {
  db = await createTestDatabase('store');
  store = await Store.open({ databaseUrl: db.url, poolSize: 24 });
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const configMap = (name: string, data: Record<string, string> = {}, labels?: Record<string, string>): KObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, ...(labels ? { labels } : {}) },
  data,
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (err) {
    if (err instanceof CapstanError) return err.code;
    throw err;
  }
}

describe('store writes', () => {
  it('sets uid, creationTimestamp, generation and a resourceVersion on create', async () => {
    const d = await store.create('Deployment', 'default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } },
      },
    });
    expect(d.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(d.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(d.metadata.generation).toBe(1);
    expect(d.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(d.spec.replicas).toBe(1);
    expect(d.spec.strategy.rollingUpdate.maxSurge).toBe('25%');
  });

  it('bumps generation on spec changes only', async () => {
    const a = await store.patch('Deployment', 'default', 'web', { metadata: { labels: { x: 'y' } } });
    expect(a.metadata.generation).toBe(1);
    const b = await store.patch('Deployment', 'default', 'web', { spec: { replicas: 3 } });
    expect(b.metadata.generation).toBe(2);
    const c = await store.updateStatus('Deployment', 'default', 'web', { replicas: 3 });
    expect(c.metadata.generation).toBe(2);
    expect(c.status).toEqual({ replicas: 3 });
  });

  it('ignores status in writes to the main resource of kinds with a status sub-resource', async () => {
    const d = await store.patch('Deployment', 'default', 'web', { status: { replicas: 99 } });
    expect(d.status).toEqual({ replicas: 3 });
  });

  it('refuses a duplicate create with ALREADY_EXISTS', async () => {
    await store.create('ConfigMap', 'default', configMap('dup'));
    expect(await codeOf(store.create('ConfigMap', 'default', configMap('dup')))).toBe('ALREADY_EXISTS');
  });

  it('refuses creates in a namespace that does not exist', async () => {
    expect(await codeOf(store.create('ConfigMap', 'nowhere', configMap('x')))).toBe('NOT_FOUND');
  });

  it('writes nothing on a dry run', async () => {
    const before = await store.log.safeRevision();
    await store.create('ConfigMap', 'default', configMap('dry'), { dryRun: true });
    expect(await store.get('ConfigMap', 'default', 'dry')).toBeNull();
    expect(await store.log.safeRevision()).toBe(before);
  });

  it('makes a no-op update write nothing and keep its resourceVersion', async () => {
    const cm = await store.create('ConfigMap', 'default', configMap('noop', { a: '1' }));
    const again = await store.replace('ConfigMap', 'default', 'noop', configMap('noop', { a: '1' }));
    expect(again.metadata.resourceVersion).toBe(cm.metadata.resourceVersion);
  });

  it('lets exactly one of 50 concurrent replaces with the same resourceVersion win', async () => {
    const cm = await store.create('ConfigMap', 'default', configMap('race', { n: '0' }));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        codeOf(store.replace('ConfigMap', 'default', 'race', { ...configMap('race', { n: String(i + 1) }), metadata: { name: 'race', resourceVersion: cm.metadata.resourceVersion } })),
      ),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(49);
    const history = await store.history('ConfigMap', 'default', 'race');
    expect(history.map((h) => h.type)).toEqual(['ADDED', 'MODIFIED']);
  });

  it('counts to exactly 1,000 with 20 clients doing read-modify-write with retry on conflict', async () => {
    await store.create('ConfigMap', 'default', configMap('counter', { n: '0' }));
    let conflicts = 0;
    const client = async (increments: number) => {
      for (let i = 0; i < increments; i++) {
        for (;;) {
          const cur = (await store.get('ConfigMap', 'default', 'counter'))!;
          const next = { ...cur, data: { n: String(Number(cur.data.n) + 1) } };
          try {
            await store.replace('ConfigMap', 'default', 'counter', next);
            break;
          } catch (err) {
            if (!(err instanceof CapstanError && err.code === 'CONFLICT')) throw err;
            conflicts++;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, () => client(50)));
    const final = await store.get('ConfigMap', 'default', 'counter');
    expect(final!.data.n).toBe('1000');
    expect(conflicts).toBeGreaterThan(0);
  }, 120_000);

  it('retries a patch without resourceVersion on conflict so no concurrent change is lost', async () => {
    await store.create('ConfigMap', 'default', configMap('patches'));
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.patch('ConfigMap', 'default', 'patches', { data: { [`k${i}`]: 'v' } })));
    const cm = await store.get('ConfigMap', 'default', 'patches');
    expect(Object.keys(cm!.data)).toHaveLength(30);
  });

  it('fails a patch with a stale resourceVersion with CONFLICT and changes nothing', async () => {
    const cm = await store.create('ConfigMap', 'default', configMap('stale', { a: '1' }));
    await store.patch('ConfigMap', 'default', 'stale', { data: { a: '2' } });
    expect(await codeOf(store.patch('ConfigMap', 'default', 'stale', { data: { a: '3' } }, { resourceVersion: cm.metadata.resourceVersion }))).toBe('CONFLICT');
    expect((await store.get('ConfigMap', 'default', 'stale'))!.data.a).toBe('2');
  });
});

describe('deletion', () => {
  it('keeps an object with finalizers until they are removed, then deletes it', async () => {
    await store.create('ConfigMap', 'default', { ...configMap('fin'), metadata: { name: 'fin', finalizers: ['example.com/hold'] } });
    const deleting = await store.delete('ConfigMap', 'default', 'fin');
    expect(deleting.metadata.deletionTimestamp).toBeDefined();
    expect(await store.get('ConfigMap', 'default', 'fin')).not.toBeNull();
    expect(await codeOf(store.patch('ConfigMap', 'default', 'fin', { metadata: { finalizers: ['example.com/hold', 'example.com/more'] } }))).toBe('FORBIDDEN');
    await store.patch('ConfigMap', 'default', 'fin', { metadata: { finalizers: null } });
    expect(await store.get('ConfigMap', 'default', 'fin')).toBeNull();
    const history = await store.history('ConfigMap', 'default', 'fin');
    expect(history.map((h) => h.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
  });

  it('adds the foregroundDeletion finalizer for foreground propagation', async () => {
    await store.create('ConfigMap', 'default', configMap('fg'));
    const d = await store.delete('ConfigMap', 'default', 'fg', { propagationPolicy: 'Foreground' });
    expect(d.metadata.finalizers).toEqual(['foregroundDeletion']);
  });

  it('keeps a pod bound to a node until its grace period is confirmed with a zero grace delete', async () => {
    const pod: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { nodeName: 'n1', containers: [{ name: 'c', image: 'x' }] } };
    await store.create('Pod', 'default', pod);
    const d = await store.delete('Pod', 'default', 'p');
    expect(d.metadata.deletionGracePeriodSeconds).toBe(30);
    expect(await store.get('Pod', 'default', 'p')).not.toBeNull();
    await store.delete('Pod', 'default', 'p', { gracePeriodSeconds: 0 });
    expect(await store.get('Pod', 'default', 'p')).toBeNull();
  });

  it('refuses to delete the namespaces the system lives in', async () => {
    expect(await codeOf(store.delete('Namespace', undefined, 'default'))).toBe('FORBIDDEN');
    expect((await store.get('Namespace', undefined, 'default'))!.metadata.deletionTimestamp).toBeUndefined();
  });

  it('fails a delete with a stale resourceVersion with CONFLICT', async () => {
    const cm = await store.create('ConfigMap', 'default', configMap('del-stale'));
    await store.patch('ConfigMap', 'default', 'del-stale', { data: { a: 'b' } });
    expect(await codeOf(store.delete('ConfigMap', 'default', 'del-stale', { resourceVersion: cm.metadata.resourceVersion }))).toBe('CONFLICT');
    expect(await codeOf(store.delete('ConfigMap', 'default', 'nope'))).toBe('NOT_FOUND');
  });
});

describe('binding pods', () => {
  it('binds a batch in one write per pod, each with PodScheduled=True, and reports each failure alone', async () => {
    const pod = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'x' }] } });
    const a = await store.create('Pod', 'default', pod('bind-a'));
    await store.create('Pod', 'default', pod('bind-b'));
    const stale = a.metadata.resourceVersion;
    await store.patch('Pod', 'default', 'bind-a', { metadata: { labels: { moved: 'yes' } } });
    const results = await store.bindPods([
      { namespace: 'default', name: 'bind-b', nodeName: 'n1' },
      { namespace: 'default', name: 'bind-a', nodeName: 'n1', resourceVersion: stale },
      { namespace: 'default', name: 'bind-missing', nodeName: 'n1' },
    ]);
    const b = 'pod' in results[0]! ? results[0].pod : undefined;
    expect(b?.spec.nodeName).toBe('n1');
    expect(b?.status.conditions).toEqual([expect.objectContaining({ type: 'PodScheduled', status: 'True' })]);
    expect('error' in results[1]! && results[1].error.code).toBe('CONFLICT');
    expect('error' in results[2]! && results[2].error.code).toBe('NOT_FOUND');
    const again = await store.bindPods([{ namespace: 'default', name: 'bind-b', nodeName: 'n2' }]);
    expect('error' in again[0]! && again[0].error.code).toBe('CONFLICT');
    expect((await store.get('Pod', 'default', 'bind-a'))!.spec.nodeName).toBeUndefined();
  });
});

describe('lists', () => {
  it('filters by label selector and pages with limit and continue at one revision', async () => {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'paging' } });
    for (let i = 0; i < 25; i++) {
      await store.create('ConfigMap', 'paging', configMap(`cm-${String(i).padStart(2, '0')}`, {}, { tier: i % 2 ? 'odd' : 'even' }));
    }
    const first = await store.list('ConfigMap', { namespace: 'paging', labelSelector: 'tier=even', limit: 5 });
    expect(first.items.map((i) => i.metadata.name)).toEqual(['cm-00', 'cm-02', 'cm-04', 'cm-06', 'cm-08']);
    expect(first.continue).toBeDefined();
    // A change after the first page does not show in the later pages of the same list.
    await store.delete('ConfigMap', 'paging', 'cm-10');
    await store.create('ConfigMap', 'paging', configMap('cm-11a', {}, { tier: 'even' }));
    const names: string[] = first.items.map((i) => i.metadata.name);
    let cont = first.continue;
    while (cont) {
      const page = await store.list('ConfigMap', { namespace: 'paging', labelSelector: 'tier=even', limit: 5, continue: cont });
      expect(page.resourceVersion).toBe(first.resourceVersion);
      names.push(...page.items.map((i) => i.metadata.name));
      cont = page.continue;
    }
    expect(names).toHaveLength(13);
    expect(names).toContain('cm-10');
    expect(names).not.toContain('cm-11a');
    const fresh = await store.list('ConfigMap', { namespace: 'paging', labelSelector: 'tier in (even)' });
    expect(fresh.items.map((i) => i.metadata.name)).toContain('cm-11a');
    expect(fresh.items.map((i) => i.metadata.name)).not.toContain('cm-10');
  });

  it('selects pods by field selector, with an absent field reading as empty', async () => {
    const pod = (name: string, nodeName?: string): KObject => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name },
      spec: { ...(nodeName ? { nodeName } : {}), containers: [{ name: 'c', image: 'x' }] },
    });
    await store.create('Pod', 'default', pod('on-a', 'node-a'));
    await store.create('Pod', 'default', pod('unbound'));
    const onA = await store.list('Pod', { fieldSelector: 'spec.nodeName=node-a' });
    expect(onA.items.map((p) => p.metadata.name)).toEqual(['on-a']);
    const unbound = await store.list('Pod', { namespace: 'default', fieldSelector: 'spec.nodeName=' });
    expect(unbound.items.map((p) => p.metadata.name)).toContain('unbound');
    expect(unbound.items.every((p) => !p.spec.nodeName)).toBe(true);
  });

  it('rejects an invalid selector with INVALID', async () => {
    expect(await codeOf(store.list('Pod', { labelSelector: 'a in (' }))).toBe('INVALID');
    expect(await codeOf(store.list('Pod', { fieldSelector: 'spec.bogus=1' }))).toBe('INVALID');
  });
});

describe('the event log', () => {
  it('never lets a tail pass a revision whose transaction has not committed yet', async () => {
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      const item = { kind: 'ConfigMap', namespace: 'default', name: 'late', uid: '00000000-0000-4000-8000-000000000001', data: configMap('late') };
      const { rows } = await holder.query<{ revision: string }>('SELECT revision FROM capstan_create_many($1::jsonb)', [JSON.stringify([item])]);
      const late = BigInt(rows[0]!.revision);
      const after = await store.create('ConfigMap', 'default', configMap('early'));
      expect(BigInt(after.metadata.resourceVersion!)).toBeGreaterThan(late);
      // The tail may not report the later revision as safe while the earlier one is open.
      const waiting = store.log.safeRevision({ timeoutMs: 5_000 });
      let settled = false;
      void waiting.then(() => (settled = true), () => (settled = true));
      await new Promise((r) => setTimeout(r, 200));
      expect(settled).toBe(false);
      await holder.query('COMMIT');
      const safe = await waiting;
      expect(safe).toBeGreaterThanOrEqual(BigInt(after.metadata.resourceVersion!));
      const events = await store.log.readAfter(late - 1n, safe);
      expect(events[0]!.revision).toBe(late);
      expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['late', 'early']));
    } finally {
      await holder.end();
    }
  });

  it('compacts old revisions and reports EXPIRED for a start before the horizon', async () => {
    const before = await store.log.safeRevision();
    // No history kept below the horizon (test/history-retention.test.ts covers what is kept).
    const result = await store.log.compact({ minAgeMs: 0, minRevisions: 5, history: { revisions: 0 } });
    expect(result.compactedRevision).toBe(before - 5n);
    expect(await codeOf(store.log.assertNotCompacted(1n))).toBe('EXPIRED');
    expect(await codeOf(store.log.assertNotCompacted(before))).toBe('OK');
    const left = await store.log.readAfter(0n, before + 1000n);
    expect(left[0]!.revision).toBeGreaterThan(result.compactedRevision);
  });

  it('keeps revisions younger than the minimum age', async () => {
    const r = await store.log.compact({ minAgeMs: 60_000, minRevisions: 0 });
    expect(r.deleted).toBe(0);
  });
});

describe('skeleton lists for unique allocations', () => {
  it('give each object its name, uid, spec and the one annotation asked for, and nothing of its status or other metadata', async () => {
    const node = await store.create('Node', undefined, {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'skeleton-a', labels: { big: 'x'.repeat(60) }, annotations: { 'capstan.io/pod-cidr-claim': '["cidr:127.64.9.0/24"]', other: 'kept out' } },
      spec: { podCIDR: '127.64.8.0/24' },
      status: { capacity: { cpu: '4' }, conditions: [{ type: 'Ready', status: 'True' }] },
    });
    await store.create('Node', undefined, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'skeleton-b' } });
    const skeletons = (await store.listSkeletons('Node', 'capstan.io/pod-cidr-claim')).filter((n) => n.metadata.name.startsWith('skeleton-'));
    expect(skeletons).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: { name: 'skeleton-a', uid: node.metadata.uid, annotations: { 'capstan.io/pod-cidr-claim': '["cidr:127.64.9.0/24"]' } },
        spec: { podCIDR: '127.64.8.0/24' },
      },
      expect.objectContaining({ metadata: { name: 'skeleton-b', uid: expect.any(String) } }),
    ]);
    expect(skeletons[1]).not.toHaveProperty('status');
  });

  it('keep the namespace of namespaced kinds', async () => {
    await store.create('Service', 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'skeleton-svc' }, spec: { ports: [{ port: 80 }] } });
    const [svc] = (await store.listSkeletons('Service', 'capstan.io/cluster-ip-claim')).filter((s) => s.metadata.name === 'skeleton-svc');
    expect(svc!.metadata).toMatchObject({ name: 'skeleton-svc', namespace: 'default' });
    expect(svc!.spec.ports).toEqual([expect.objectContaining({ port: 80 })]);
  });
});

describe('lists of the pods of one node', () => {
  it('read them through the pods-by-node index, not every pod of the cluster', async () => {
    for (let i = 0; i < 30; i++) {
      await store.create('Pod', 'default', {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `by-node-${i}` },
        spec: { nodeName: `by-node-n${i % 3}`, containers: [{ name: 'c', image: 'pause' }] },
      });
    }
    const { items } = await store.list('Pod', { fieldSelector: 'spec.nodeName=by-node-n1' });
    expect(items.map((p) => p.metadata.name)).toHaveLength(10);
    // The query list.ts sends for that selector, planned with sequential scans ruled out: the
    // index must be the one that serves it (the primary key would read every pod).
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const { rows } = await client.query(
        `EXPLAIN SELECT namespace, name, data FROM objects WHERE kind = $1 AND coalesce(data #>> '{spec,nodeName}', '') = $2 ORDER BY namespace, name LIMIT 200`,
        ['Pod', 'by-node-n1'],
      );
      expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('objects_pod_node_idx');
    } finally {
      await client.end();
    }
  });
});
