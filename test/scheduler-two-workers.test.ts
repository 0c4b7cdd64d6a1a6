/**
 * Two worker processes' worth of schedulers (each its own runner and snapshot) on one cluster:
 * rounds take turns under the batch lock, each catching its snapshot up with the other's
 * binds, and together they never place more pods on a node than it has room for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { createSchedulerController } from '../workers/controllers/scheduler.ts';
import { startWorkers, type RunningWorkers } from '../workers/main.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, waitFor, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
const running: RunningWorkers[] = [];
const prefix = redisPrefix('scheduler_two_workers');

beforeAll(async () => {
  db = await createTestDatabase('scheduler_two_workers');
  store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  for (let i = 0; i < 2; i++) {
    // A long snapshot age: only another worker's binds make a snapshot stale.
    const scheduler = createSchedulerController({ redisPrefix: prefix, backoffInitialMs: 30_000, snapshotMaxAgeMs: 60_000, batchSize: 3 });
    running.push(
      await startWorkers({
        databaseUrl: db.url,
        redisUrl: REDIS_URL,
        registry: new Map([['scheduler', scheduler]]),
        worker: { prefix, concurrency: 4 },
        dispatcher: { pollIntervalMs: 50, leaseDurationSeconds: 2 },
        log: createLogger({ level: 'silent' }),
      }),
    );
  }
}, 60_000);

afterAll(async () => {
  for (const w of running) await w.stop();
  await store?.close();
  await db?.drop();
});

const node = (name: string): KObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'kubernetes.io/hostname': name } },
  status: { capacity: { cpu: '4', memory: '8Gi', pods: '4' }, allocatable: { cpu: '4', memory: '8Gi', pods: '4' } },
});

describe('two schedulers on one cluster', () => {
  it('share the work in small rounds and never overfill a node: 3 nodes × 4 pods, 20 pods → 12 bound', async () => {
    for (const n of ['n1', 'n2', 'n3']) await store.create('Node', undefined, node(n));
    const names = Array.from({ length: 20 }, (_, i) => `p-${i}`);
    await Promise.all(
      names.map((name) => store.create('Pod', 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'x' }] } })),
    );
    const decided = await waitFor('every pod bound or marked unschedulable', async () => {
      const pods = (await store.list('Pod', { namespace: 'default' })).items;
      const done = pods.every((p) => p.spec.nodeName || p.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'PodScheduled' && c.status === 'False'));
      return done && pods;
    });
    const perNode = new Map<string, number>();
    for (const p of decided) if (p.spec.nodeName) perNode.set(p.spec.nodeName, (perNode.get(p.spec.nodeName) ?? 0) + 1);
    expect(Object.fromEntries(perNode)).toEqual({ n1: 4, n2: 4, n3: 4 });
    // Every bind, by whichever scheduler, recorded its Scheduled event.
    const scheduled = await store.list('Event', { namespace: 'default', fieldSelector: 'reason=Scheduled' });
    expect(scheduled.items).toHaveLength(12);
  }, 60_000);
});
