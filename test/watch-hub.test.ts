import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapstanError } from '../server/errors.ts';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { WatchHub, type WatchEvent } from '../server/watch/hub.ts';
import { createTestDatabase, waitFor, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let store: Store;
let hub: WatchHub;

beforeAll(async () => {
  db = await createTestDatabase('watch_hub');
  store = await Store.open({ databaseUrl: db.url, poolSize: 24 });
  hub = new WatchHub(store, { databaseUrl: db.url, bookmarkIntervalMs: 200, bufferSize: 50_000, compaction: { enabled: false } });
  await hub.start();
});

afterAll(async () => {
  await hub?.stop();
  await store?.close();
  await db?.drop();
});

const cm = (name: string, data: Record<string, string> = {}, labels?: Record<string, string>): KObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, ...(labels ? { labels } : {}) },
  data,
});

/** Reads events until `done` says so, or fails after `ms`. */
async function collect(it: AsyncIterator<WatchEvent>, done: (seen: WatchEvent[]) => boolean, ms = 20_000): Promise<WatchEvent[]> {
  const seen: WatchEvent[] = [];
  const deadline = Date.now() + ms;
  while (!done(seen)) {
    const r = await Promise.race([
      it.next(),
      new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`timed out after ${seen.length} events`)), Math.max(1, deadline - Date.now()))),
    ]);
    if (r.done) break;
    seen.push(r.value);
  }
  return seen;
}

describe('watch from a revision', () => {
  it('delivers every revision exactly once, in order, while 20 writers create and update concurrently', async () => {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'busy' } });
    const watch = hub.watch('ConfigMap', { namespace: 'busy', resourceVersion: '0' });
    const writer = async (w: number) => {
      const revisions: bigint[] = [];
      for (let i = 0; i < 10; i++) {
        const name = `w${w}-${i}`;
        const created = await store.create('ConfigMap', 'busy', cm(name, { v: '0' }));
        revisions.push(BigInt(created.metadata.resourceVersion!));
        for (let u = 1; u <= 2; u++) {
          const updated = await store.patch('ConfigMap', 'busy', name, { data: { v: String(u) } });
          revisions.push(BigInt(updated.metadata.resourceVersion!));
        }
      }
      return revisions;
    };
    const written = (await Promise.all(Array.from({ length: 20 }, (_, w) => writer(w)))).flat();
    const last = written.reduce((a, b) => (a > b ? a : b));
    const events = await collect(watch, (seen) => seen.some((e) => e.type !== 'BOOKMARK' && BigInt(e.resourceVersion) >= last));
    await watch.return?.();
    const revisions = events.filter((e) => e.type !== 'BOOKMARK').map((e) => BigInt(e.resourceVersion));
    expect(revisions).toHaveLength(600);
    expect([...revisions].sort((a, b) => (a < b ? -1 : 1))).toEqual(revisions);
    expect(new Set(revisions)).toEqual(new Set(written));
    // The picture the watcher built equals a fresh list.
    const picture = new Map<string, KObject>();
    for (const e of events) {
      if (e.type === 'ADDED' || e.type === 'MODIFIED') picture.set(e.object!.metadata.name, e.object!);
      if (e.type === 'DELETED') picture.delete(e.object!.metadata.name);
    }
    const list = await store.list('ConfigMap', { namespace: 'busy' });
    expect(new Map(list.items.map((i) => [i.metadata.name, i]))).toEqual(picture);
  }, 60_000);

  it('resumes from the last seen resourceVersion with nothing lost and nothing duplicated', async () => {
    const start = await store.log.safeRevision();
    const first = hub.watch('ConfigMap', { namespace: 'default', resourceVersion: start.toString() });
    for (let i = 0; i < 5; i++) await store.create('ConfigMap', 'default', cm(`resume-${i}`));
    const seen = await collect(first, (s) => s.filter((e) => e.type === 'ADDED').length >= 3);
    await first.return?.(); // the client disconnects mid-stream
    const lastSeen = seen.filter((e) => e.type !== 'BOOKMARK').at(-1)!.resourceVersion;
    for (let i = 5; i < 8; i++) await store.create('ConfigMap', 'default', cm(`resume-${i}`));
    const second = hub.watch('ConfigMap', { namespace: 'default', resourceVersion: lastSeen });
    const rest = await collect(second, (s) => s.some((e) => e.object?.metadata.name === 'resume-7'));
    await second.return?.();
    const names = [...seen, ...rest].filter((e) => e.type === 'ADDED').map((e) => e.object!.metadata.name);
    expect(names).toEqual(Array.from({ length: 8 }, (_, i) => `resume-${i}`));
  });

  it('fails a watch from a compacted revision with EXPIRED', async () => {
    for (let i = 0; i < 5; i++) await store.create('ConfigMap', 'default', cm(`compact-${i}`));
    await store.log.compact({ minAgeMs: 0, minRevisions: 2 });
    const w = hub.watch('ConfigMap', { resourceVersion: '1' });
    const err = await w.next().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CapstanError);
    expect((err as CapstanError).code).toBe('EXPIRED');
  });
});

describe('watch from the current state', () => {
  it('sends the current objects as ADDED, a BOOKMARK, then live changes', async () => {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'initial' } });
    await store.create('ConfigMap', 'initial', cm('a'));
    await store.create('ConfigMap', 'initial', cm('b'));
    const w = hub.watch('ConfigMap', { namespace: 'initial' });
    const initial = await collect(w, (s) => s.some((e) => e.type === 'BOOKMARK'));
    expect(initial.map((e) => e.type)).toEqual(['ADDED', 'ADDED', 'BOOKMARK']);
    await store.patch('ConfigMap', 'initial', 'a', { data: { x: 'y' } });
    const live = await collect(w, (s) => s.some((e) => e.type === 'MODIFIED'));
    expect(live.find((e) => e.type === 'MODIFIED')!.object!.data).toEqual({ x: 'y' });
    await w.return?.();
  });

  it('turns label changes into ADDED and DELETED for a watcher with a selector', async () => {
    await store.create('ConfigMap', 'default', cm('moving', {}, { app: 'other' }));
    const w = hub.watch('ConfigMap', { labelSelector: 'app=web' });
    await collect(w, (s) => s.some((e) => e.type === 'BOOKMARK'));
    await store.patch('ConfigMap', 'default', 'moving', { metadata: { labels: { app: 'web' } } });
    await store.patch('ConfigMap', 'default', 'moving', { data: { k: 'v' } });
    await store.patch('ConfigMap', 'default', 'moving', { metadata: { labels: { app: 'gone' } } });
    const events = await collect(w, (s) => s.filter((e) => e.type !== 'BOOKMARK').length >= 3);
    expect(events.filter((e) => e.type !== 'BOOKMARK').map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    await w.return?.();
  });

  it('sends pods to the watch of the node they are bound to', async () => {
    const w = hub.watch('Pod', { fieldSelector: 'spec.nodeName=node-1' });
    await collect(w, (s) => s.some((e) => e.type === 'BOOKMARK'));
    await store.create('Pod', 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'bind-me' }, spec: { containers: [{ name: 'c', image: 'x' }] } });
    await store.patch('Pod', 'default', 'bind-me', { spec: { nodeName: 'node-1' } });
    const events = await collect(w, (s) => s.some((e) => e.type === 'ADDED'));
    expect(events.find((e) => e.type === 'ADDED')!.object!.metadata.name).toBe('bind-me');
    await w.return?.();
  });

  it('sends BOOKMARKs to an idle watch so its revision stays fresh', async () => {
    const w = hub.watch('Secret', { resourceVersion: (await store.log.safeRevision()).toString() });
    await store.create('ConfigMap', 'default', cm('elsewhere'));
    const events = await collect(w, (s) => s.some((e) => e.type === 'BOOKMARK'));
    expect(BigInt(events.at(-1)!.resourceVersion)).toBeGreaterThan(0n);
    await w.return?.();
  });
});

describe('slow watchers', () => {
  it('ends a watcher that falls too far behind with EXPIRED without holding the others back', async () => {
    const small = new WatchHub(store, { databaseUrl: db.url, bufferSize: 30, compaction: { enabled: false } });
    await small.start();
    try {
      const from = (await store.log.safeRevision()).toString();
      const slow = small.watch('ConfigMap', { resourceVersion: from });
      const fast = small.watch('ConfigMap', { resourceVersion: from });
      const fastEvents = collect(fast, (s) => s.filter((e) => e.type === 'ADDED').length >= 100);
      for (let i = 0; i < 100; i++) await store.create('ConfigMap', 'default', cm(`flood-${i}`));
      expect((await fastEvents).filter((e) => e.type === 'ADDED')).toHaveLength(100);
      const err = await collect(slow, () => false, 5_000).then(
        () => null,
        (e: unknown) => e,
      );
      expect((err as CapstanError).code).toBe('EXPIRED');
    } finally {
      await small.stop();
    }
  });
});

describe('a hub with no watch open', () => {
  it('reads nothing from the log while writes go on, only moves its position', async () => {
    const idle = new WatchHub(store, { databaseUrl: db.url, idleTailIntervalMs: 20, compaction: { enabled: false } });
    await idle.start();
    try {
      await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'unwatched' } });
      let last = 0n;
      for (let i = 0; i < 20; i++) last = BigInt((await store.create('ConfigMap', 'unwatched', cm(`u${i}`))).metadata.resourceVersion!);
      const deadline = Date.now() + 20_000;
      while (idle.revision < last) {
        if (Date.now() > deadline) throw new Error('the idle hub did not move past the writes');
        await new Promise((r) => setTimeout(r, 5));
      }
      const { tail } = idle.stats();
      expect(tail.passes).toBe(0);
      expect(tail.stages.read.count).toBe(0);
      expect(tail.idleMoves).toBeGreaterThan(0);
    } finally {
      await idle.stop();
    }
  });

  it('gives a watch opened amid writes, after the hub moved on with nothing watching, each of them once and in order, then live ones', async () => {
    const idle = new WatchHub(store, { databaseUrl: db.url, idleTailIntervalMs: 50, compaction: { enabled: false } });
    await idle.start();
    try {
      await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'idle-hub' } });
      const from = idle.revision;
      const written: bigint[] = [];
      const writer = (async () => {
        for (let i = 0; i < 60; i++) written.push(BigInt((await store.create('ConfigMap', 'idle-hub', cm(`c${i}`))).metadata.resourceVersion!));
      })();
      // Nothing watches yet: the hub moves past the first writes (it read none of them).
      const deadline = Date.now() + 20_000;
      while (!(written.length >= 10 && idle.revision >= written[9]!)) {
        if (Date.now() > deadline) throw new Error('the idle hub did not move past the first writes');
        await new Promise((r) => setTimeout(r, 5));
      }
      const watch = idle.watch('ConfigMap', { namespace: 'idle-hub', resourceVersion: String(from) });
      await writer;
      const seen = await collect(watch, (s) => s.length >= 60);
      expect(seen.map((e) => BigInt(e.resourceVersion))).toEqual(written);
      await store.create('ConfigMap', 'idle-hub', cm('late'));
      const [live] = await collect(watch, (s) => s.length >= 1);
      expect(live).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'late' } } });
      await watch.return?.();
    } finally {
      await idle.stop();
    }
  });
});

describe('a large page of the log', () => {
  it('reaches the watches in slices with the event loop running between them, and a watch opened between slices gets each event once, in order', async () => {
    const sliced = new WatchHub(store, { databaseUrl: db.url, fanOutSlice: 3, bufferSize: 1_000, compaction: { enabled: false } });
    await sliced.start();
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    tick();
    try {
      await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'sliced' } });
      for (let i = 0; i < 12; i++) await store.create('ConfigMap', 'sliced', cm(`s${i}`));
      const a = sliced.watch('ConfigMap', { namespace: 'sliced' });
      const b = sliced.watch('ConfigMap', { namespace: 'sliced' });
      for (const w of [a, b]) await collect(w, (s) => s.some((e) => e.type === 'BOOKMARK'));
      const before = (await store.log.safeRevision()).toString();

      // One statement: its 12 DELETED rows commit together and are read as one page, 24 deliveries.
      const deleted = store.deleteMany(Array.from({ length: 12 }, (_, i) => ({ kind: 'ConfigMap' as const, namespace: 'sliced', name: `s${i}` })));
      const turnsAt: number[] = [];
      let late: ReturnType<WatchHub['watch']> | undefined;
      const seenByA = await collect(a, (s) => {
        turnsAt.push(turns);
        // Opened while the page is being handed out: it starts after what was handed out so far.
        if (s.length === 1) late = sliced.watch('ConfigMap', { namespace: 'sliced', resourceVersion: before });
        return s.length >= 12;
      });
      await deleted;
      expect(seenByA.map((e) => e.type)).toEqual(new Array(12).fill('DELETED'));
      expect(turnsAt.at(-1)!).toBeGreaterThan(turnsAt[1]!);
      const seenByLate = await collect(late!, (s) => s.length >= 12);
      expect(seenByLate.map((e) => e.resourceVersion)).toEqual(seenByA.map((e) => e.resourceVersion));
      expect((await collect(b, (s) => s.length >= 12)).map((e) => e.resourceVersion)).toEqual(seenByA.map((e) => e.resourceVersion));
      for (const w of [a, b, late!]) await w.return?.();
    } finally {
      ticking = false;
      await sliced.stop();
    }
  });
});

describe('a hub whose watches follow a few kinds', () => {
  const secret = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, type: 'Opaque', data: {} });

  it('reads whole only the events of the kinds watched: 100 Secrets written beside one ConfigMap hand over one event', async () => {
    const few = new WatchHub(store, { databaseUrl: db.url, compaction: { enabled: false } });
    await few.start();
    try {
      await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'few-kinds' } });
      const watch = few.watch('ConfigMap', { namespace: 'few-kinds' });
      await collect(watch, (s) => s.some((e) => e.type === 'BOOKMARK'));
      const before = few.stats().tail.events;
      for (let i = 0; i < 100; i++) await store.create('Secret', 'few-kinds', secret(`s${i}`));
      await store.create('ConfigMap', 'few-kinds', cm('only'));
      const [added] = await collect(watch, (s) => s.length >= 1);
      expect(added).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'only' } } });
      expect(few.stats().tail.events - before).toBe(1);
      await watch.return?.();
    } finally {
      await few.stop();
    }
  });

  it('gives a watch of a kind nobody watched, opened between slices of a page read without it, each of its events once and in order', async () => {
    const sliced = new WatchHub(store, { databaseUrl: db.url, fanOutSlice: 1, bufferSize: 1_000, compaction: { enabled: false } });
    await sliced.start();
    try {
      await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'new-kind' } });
      for (let i = 0; i < 8; i++) {
        await store.create('ConfigMap', 'new-kind', cm(`c${i}`));
        await store.create('Secret', 'new-kind', secret(`s${i}`));
      }
      const configMaps = sliced.watch('ConfigMap', { namespace: 'new-kind' });
      await collect(configMaps, (s) => s.some((e) => e.type === 'BOOKMARK'));
      const before = (await store.log.safeRevision()).toString();
      // One statement: 16 DELETED rows, ConfigMaps and Secrets in turn, read as one page without
      // the Secrets' objects (nobody watches Secrets) and handed out a ConfigMap per slice.
      const items = Array.from({ length: 8 }, (_, i) => [
        { kind: 'ConfigMap' as const, namespace: 'new-kind', name: `c${i}` },
        { kind: 'Secret' as const, namespace: 'new-kind', name: `s${i}` },
      ]).flat();
      const deleted = store.deleteMany(items);
      let secrets: ReturnType<WatchHub['watch']> | undefined;
      await collect(configMaps, (s) => {
        if (s.length === 1) secrets = sliced.watch('Secret', { namespace: 'new-kind', resourceVersion: before });
        return s.length >= 8;
      });
      await deleted;
      const seen = await collect(secrets!, (s) => s.length >= 8);
      expect(seen.map((e) => `${e.type} ${e.object?.metadata.name}`)).toEqual(Array.from({ length: 8 }, (_, i) => `DELETED s${i}`));
      await store.create('Secret', 'new-kind', secret('late'));
      const [live] = await collect(secrets!, (s) => s.length >= 1);
      expect(live).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'late' } } });
      for (const w of [configMaps, secrets!]) await w.return?.();
    } finally {
      await sliced.stop();
    }
  });

  it('gives watches of a kind that come and go amid writes of two kinds every event after their resourceVersion', async () => {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'come-and-go' } });
    const configMaps = hub.watch('ConfigMap', { namespace: 'come-and-go' });
    const secrets: bigint[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing && i < 2_000; i++) {
        await store.create('ConfigMap', 'come-and-go', cm(`c${i}`));
        secrets.push(BigInt((await store.create('Secret', 'come-and-go', secret(`s${i}`))).metadata.resourceVersion!));
      }
    })();
    try {
      // Each round: nobody watches Secrets, then a watch from the revision before the next writes.
      for (let round = 0; round < 15; round++) {
        const from = await store.log.safeRevision();
        await new Promise((r) => setTimeout(r, 3 + (round % 4) * 4));
        const watch = hub.watch('Secret', { namespace: 'come-and-go', resourceVersion: String(from) });
        await new Promise((r) => setTimeout(r, 10));
        const upTo = secrets.at(-1)!;
        const expected = secrets.filter((r) => r > from && r <= upTo);
        const seen = await collect(watch, (s) => s.some((e) => e.type !== 'BOOKMARK' && BigInt(e.resourceVersion) >= upTo));
        expect(seen.filter((e) => e.type !== 'BOOKMARK').map((e) => BigInt(e.resourceVersion)).filter((r) => r <= upTo)).toEqual(expected);
        await watch.return?.();
      }
    } finally {
      writing = false;
      await writer;
      await configMaps.return?.();
    }
  }, 60_000);
});

describe('a hub woken only for the kinds watched', () => {
  it('reads at once, for a watch of a kind nobody watched, the writes of that kind it was not woken for', async () => {
    // No poll within the test: only a wake-up can bring the Secret written before the watch.
    const few = new WatchHub(store, { databaseUrl: db.url, pollIntervalMs: 60_000, compaction: { enabled: false } });
    await few.start();
    try {
      await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'late-kind' } });
      const configMaps = few.watch('ConfigMap', { namespace: 'late-kind' });
      await collect(configMaps, (s) => s.some((e) => e.type === 'BOOKMARK'));
      const from = few.revision;
      const ignored = few.stats().tail.ignoredWakeups;
      await store.create('Secret', 'late-kind', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'unheard' }, type: 'Opaque', data: {} });
      // Both the local write and its NOTIFY have come and woken nothing.
      await waitFor('the Secret write and its notification to be ignored', () => few.stats().tail.ignoredWakeups >= ignored + 2, 5_000, 5);
      const secrets = few.watch('Secret', { namespace: 'late-kind', resourceVersion: String(from) });
      const [added] = await collect(secrets, (s) => s.length >= 1, 5_000);
      expect(added).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'unheard' } } });
      for (const w of [configMaps, secrets]) await w.return?.();
    } finally {
      await few.stop();
    }
  });

  it('is not woken by writes of a kind nobody watches, here or in another process, and still delivers a watched one at once', async () => {
    // The writer is a store of its own, as another process: its commits reach this hub only by NOTIFY.
    const other = await Store.open({ databaseUrl: db.url, poolSize: 2 });
    const few = new WatchHub(store, { databaseUrl: db.url, pollIntervalMs: 60_000, compaction: { enabled: false } });
    await few.start();
    try {
      await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'wake-kinds' } });
      const watch = few.watch('ConfigMap', { namespace: 'wake-kinds' });
      await collect(watch, (s) => s.some((e) => e.type === 'BOOKMARK'));
      const lease = (name: string): KObject => ({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name }, spec: { holderIdentity: name } });
      const passes = () => few.stats().tail.wakeups.notify + few.stats().tail.wakeups.write;
      const passesBefore = passes();
      const ignoredBefore = few.stats().tail.ignoredWakeups;
      // Spaced out, so that each write would start a pass of its own if it woke the hub.
      for (let i = 0; i < 30; i++) {
        await store.create('Lease', 'wake-kinds', lease(`here-${i}`));
        await other.create('Lease', 'wake-kinds', lease(`there-${i}`));
        await new Promise((r) => setTimeout(r, 5));
      }
      await other.create('ConfigMap', 'wake-kinds', cm('watched'));
      const [added] = await collect(watch, (s) => s.length >= 1, 5_000);
      expect(added).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'watched' } } });
      // 60 Lease writes (30 local, 30 announced by NOTIFY) and one ConfigMap: a pass or two, not 60.
      expect(passes() - passesBefore).toBeLessThanOrEqual(3);
      expect(few.stats().tail.ignoredWakeups - ignoredBefore).toBeGreaterThanOrEqual(30);
      await watch.return?.();
    } finally {
      await few.stop();
      await other.close();
    }
  });
});
