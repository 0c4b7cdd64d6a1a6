/**
 * PriorityClass against a real store and API server: the built-in classes exist after start,
 * pods get spec.priority from their class (or the global default) through Priority admission,
 * an unknown class is refused, and the scheduler's queue takes higher priorities first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KObject } from '../server/kinds/types.ts';
import { ensureSystemPriorityClasses } from '../server/scheduling/pod-priority.ts';
import { Store } from '../server/store/store.ts';
import { schedulingOrder } from '../server/scheduler/schedule-one.ts';
import { startServerProcess, type ClusterServer } from './cluster.ts';
import { createTestDatabase, gql, type TestDatabase } from './harness.ts';

const pod = (name: string, spec: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: { containers: [{ name: 'c', image: 'busybox' }], ...spec },
});
const cls = (name: string, value: number, extra: Record<string, unknown> = {}): KObject => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value, ...extra });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

describe('PriorityClass and Priority admission (store)', () => {
  let db: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    db = await createTestDatabase('priority_class');
    store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
    await ensureSystemPriorityClasses(store);
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('makes the built-in classes once', async () => {
    await ensureSystemPriorityClasses(store);
    const names = (await store.list('PriorityClass')).items.map((c) => `${c.metadata.name}=${c.value}`).sort();
    expect(names).toEqual(['system-cluster-critical=2000000000', 'system-node-critical=2000001000']);
  });

  it('resolves priorityClassName to spec.priority and the class preemptionPolicy', async () => {
    await store.create('PriorityClass', undefined, cls('high', 1000, { preemptionPolicy: 'Never' }));
    const created = await store.create('Pod', 'default', pod('urgent', { priorityClassName: 'high' }));
    expect(created.spec.priority).toBe(1000);
    expect(created.spec.preemptionPolicy).toBe('Never');
    const critical = await store.create('Pod', 'default', pod('critical', { priorityClassName: 'system-node-critical' }));
    expect(critical.spec.priority).toBe(2000001000);
  });

  it('gives priority 0 without a class and no global default', async () => {
    const plain = await store.create('Pod', 'default', pod('plain'));
    expect(plain.spec.priority).toBe(0);
    expect(plain.spec.priorityClassName).toBeUndefined();
  });

  it('refuses an unknown class, or a priority that contradicts the class, with FORBIDDEN and stores nothing', async () => {
    expect(await codeOf(store.create('Pod', 'default', pod('lost', { priorityClassName: 'no-such-class' })))).toBe('FORBIDDEN');
    expect(await codeOf(store.create('Pod', 'default', pod('liar', { priorityClassName: 'high', priority: 5 })))).toBe('FORBIDDEN');
    expect(await store.get('Pod', 'default', 'lost')).toBeNull();
    expect(await store.get('Pod', 'default', 'liar')).toBeNull();
  });

  it('gives pods without a class the globalDefault class', async () => {
    await store.create('PriorityClass', undefined, cls('everyday', 10, { globalDefault: true }));
    const p = await store.create('Pod', 'default', pod('defaulted'));
    expect(p.spec.priorityClassName).toBe('everyday');
    expect(p.spec.priority).toBe(10);
  });

  it('is the order the scheduler takes pending pods in', async () => {
    const pods = await Promise.all(['defaulted', 'plain', 'critical', 'urgent'].map((n) => store.get('Pod', 'default', n)));
    expect(schedulingOrder(pods as KObject[]).map((p) => p.metadata.name)).toEqual(['critical', 'urgent', 'defaulted', 'plain']);
  });
});

describe('PriorityClass through GraphQL', () => {
  let db: TestDatabase;
  let server: ClusterServer;
  beforeAll(async () => {
    db = await createTestDatabase('priority_class_api');
    server = await startServerProcess({ databaseUrl: db.url });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('lists the built-in classes, creates, applies, reads and deletes a class, and refuses a pod naming an unknown class', async () => {
    const q = (query: string, variables?: Record<string, unknown>) => gql<any>(server.url, server.token, query, variables);
    const list = await q('{ priorityClasses { items { metadata { name } value preemptionPolicy } } }');
    expect(list.priorityClasses.items.map((c: any) => c.metadata.name).sort()).toEqual(['system-cluster-critical', 'system-node-critical']);
    const created = await q('mutation { createPriorityClass(priorityClass: { metadata: { name: "batch" }, value: 100, description: "batch jobs" }) { value preemptionPolicy globalDefault description } }');
    expect(created.createPriorityClass).toEqual({ value: 100, preemptionPolicy: 'PreemptLowerPriority', globalDefault: null, description: 'batch jobs' });
    await q('mutation($m: String!) { apply(manifests: $m) { name action } }', {
      m: 'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: web\nvalue: 500\nglobalDefault: false\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: w\n  namespace: default\nspec:\n  priorityClassName: web\n  containers:\n  - name: c\n    image: nginx\n',
    });
    const p = await q('{ pod(namespace: "default", name: "w") { spec { priority priorityClassName } } }');
    expect(p.pod.spec).toEqual({ priority: 500, priorityClassName: 'web' });
    const one = await q('{ priorityClass(name: "web") { value } }');
    expect(one.priorityClass.value).toBe(500);
    await expect(q('mutation { createPod(namespace: "default", pod: { metadata: { name: "x" }, spec: { priorityClassName: "nope", containers: [{ name: "c", image: "nginx" }] } }) { metadata { name } } }')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await q('mutation { deletePriorityClass(name: "batch") { metadata { name } } }');
    expect((await q('{ priorityClass(name: "batch") { value } }')).priorityClass).toBeNull();
  });
});
