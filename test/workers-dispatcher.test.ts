/**
 * The dispatcher against a real database: it tails the log into per-controller enqueues, keeps
 * its place in a Lease, falls back to a full resync when the log no longer reaches back to its
 * place, and only one dispatcher leads at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { Controller } from '../workers/controller.ts';
import { objectKey } from '../workers/controller.ts';
import { Dispatcher, type DispatcherOptions } from '../workers/dispatcher/dispatcher.ts';
import { CHECKPOINT_ANNOTATION } from '../workers/dispatcher/lease-election.ts';
import { startWorkers } from '../workers/main.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, type TestDatabase, waitFor } from './harness.ts';

const log = createLogger({ level: 'silent' });
let db: TestDatabase;
let store: Store;
const running: Dispatcher[] = [];

beforeAll(async () => {
  db = await createTestDatabase('workers_dispatcher');
  store = await Store.open({ databaseUrl: db.url, poolSize: 6 });
});

afterAll(async () => {
  for (const d of running) await d.stop({ release: false }).catch(() => {});
  await store?.close();
  await db?.drop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


/** ConfigMaps whose name starts with `prefix`: the keys they concern, and every such key. */
function configMapController(prefix: string, listed: string[] = []): Controller {
  return {
    name: `cm-${prefix}`,
    keysFor: (e) => (e.kind === 'ConfigMap' && e.name.startsWith(prefix) ? [objectKey(e.namespace, e.name)] : []),
    listKeys: async () => listed,
    reconcile: async () => {},
  };
}

/** A dispatcher that records what it enqueues instead of going through Redis. */
function dispatcher(controllers: Controller[], opts: Partial<DispatcherOptions> = {}) {
  const enqueued: { controller: string; key: string }[] = [];
  const d = new Dispatcher({
    store,
    controllers: () => controllers,
    enqueue: async (controller, keys) => void enqueued.push(...keys.map((key) => ({ controller, key }))),
    log,
    databaseUrl: db.url,
    leaseDurationSeconds: 1,
    pollIntervalMs: 100,
    ...opts,
  });
  running.push(d);
  return { d, enqueued, keys: () => enqueued.map((e) => e.key) };
}

const configMap = (name: string) => store.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });

describe('dispatcher', () => {
  it('enqueues the keys each change concerns on each controller that it concerns', async () => {
    const a = configMapController('a-');
    const b = configMapController('b-');
    const { d, enqueued } = dispatcher([a, b]);
    d.start();
    await waitFor('leadership', () => d.isLeader());
    await configMap('a-one');
    await configMap('b-one');
    // Changes read in one page collapse per key; wait so that the patch comes in a page of its own.
    await waitFor('two enqueues', () => enqueued.length === 2);
    await store.patch('ConfigMap', 'default', 'a-one', { data: { x: '1' } });
    await waitFor('three enqueues', () => enqueued.length === 3);
    expect(enqueued).toEqual([
      { controller: 'cm-a-', key: 'default/a-one' },
      { controller: 'cm-b-', key: 'default/b-one' },
      { controller: 'cm-a-', key: 'default/a-one' },
    ]);
    await d.stop();
  });

  it('takes a steady stream of writes in at most one pass per minimum interval, and a lone write at once', async () => {
    // No poll or renewal pass for seconds: the only passes are those writes wake.
    const { d, keys } = dispatcher([configMapController('stream-')], { minPassIntervalMs: 500, pollIntervalMs: 5_000, leaseDurationSeconds: 15 });
    d.start();
    await waitFor('leadership', () => d.isLeader());
    // A lone write after a quiet spell: dispatched well within the interval.
    await sleep(600);
    const written = performance.now();
    await configMap('stream-lone');
    await waitFor('the lone write', () => keys().includes('default/stream-lone'));
    expect(performance.now() - written).toBeLessThan(400);
    // 40 writes over ~1 s, each notifying: a handful of passes, not one per write.
    const passes = d.tail.stats().passes;
    const started = performance.now();
    for (let i = 0; i < 40; i++) {
      await configMap(`stream-${i}`);
      await sleep(20);
    }
    await waitFor('every write', () => keys().includes('default/stream-39'));
    const seconds = (performance.now() - started) / 1000;
    expect(d.tail.stats().passes - passes).toBeLessThanOrEqual(Math.ceil(seconds / 0.5) + 2);
    expect(new Set(keys()).size).toBe(41);
    await d.stop();
  });

  it('resumes after a restart from the checkpoint kept on its Lease', async () => {
    const c = configMapController('r-');
    const first = dispatcher([c]);
    first.d.start();
    await waitFor('leadership', () => first.d.isLeader());
    await configMap('r-before');
    await waitFor('the first change', () => first.keys().includes('default/r-before'));
    await first.d.stop();
    const lease = await store.get('Lease', 'default', 'capstan-dispatcher');
    expect(BigInt(lease!.metadata.annotations![CHECKPOINT_ANNOTATION]!)).toBeGreaterThan(0n);

    await configMap('r-while-down');
    const second = dispatcher([c]);
    second.d.start();
    await configMap('r-after');
    await waitFor('both later changes', () => second.keys().includes('default/r-after'));
    expect(second.keys()).toEqual(['default/r-while-down', 'default/r-after']);
    await second.d.stop();
  });

  it('enqueues every key when its checkpoint has been compacted away', async () => {
    const c = configMapController('x-', ['default/x-listed-1', 'default/x-listed-2']);
    await configMap('x-missed');
    await store.log.compact({ minAgeMs: 0, minRevisions: 0 });
    const { d, keys } = dispatcher([c]);
    d.start();
    await waitFor('the full resync', () => keys().length >= 2);
    expect(keys()).toEqual(['default/x-listed-1', 'default/x-listed-2']);
    await configMap('x-later');
    await waitFor('the next change', () => keys().includes('default/x-later'));
    await d.stop();
  });

  it('lets only one dispatcher lead, and a standby take over when the leader stops renewing', async () => {
    const c = configMapController('l-');
    const one = dispatcher([c]);
    const two = dispatcher([c]);
    one.d.start();
    await waitFor('a leader', () => one.d.isLeader());
    two.d.start();
    await configMap('l-first');
    await waitFor('the leader to enqueue', () => one.keys().includes('default/l-first'));
    expect(two.d.isLeader()).toBe(false);
    expect(two.keys()).toEqual([]);

    await one.d.stop({ release: false }); // as a crash: the Lease is left to expire
    await configMap('l-second');
    await waitFor('the standby to take over', () => two.keys().includes('default/l-second'), 10_000);
    expect(two.d.isLeader()).toBe(true);
    const lease = await store.get('Lease', 'default', 'capstan-dispatcher');
    expect(lease!.spec.holderIdentity).toBe(two.d.identity);
    await two.d.stop();
  });
});

describe('startWorkers', () => {
  it('reconciles a change end to end: log, dispatcher, queue, worker', async () => {
    const reconciled: string[] = [];
    const c: Controller = { ...configMapController('e2e-'), reconcile: async (key) => void reconciled.push(key) };
    const prefix = redisPrefix('workers-main');
    const w = await startWorkers({
      databaseUrl: db.url,
      redisUrl: REDIS_URL,
      registry: new Map([[c.name, c]]),
      worker: { prefix, lockDurationMs: 2_000, stalledIntervalMs: 1_000 },
      dispatcher: { leaseDurationSeconds: 1, pollIntervalMs: 100 },
      log,
    });
    try {
      await configMap('e2e-one');
      await waitFor('the reconcile', () => reconciled.includes('default/e2e-one'));
    } finally {
      await w.stop();
    }
  });
});
