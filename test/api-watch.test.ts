/**
 * Watches through the real API: graphql-ws subscriptions on server processes, writes through
 * GraphQL, including two API server processes on one database.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestDatabase, gql, startServerProcess, type ServerProcess, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let one: ServerProcess;
let two: ServerProcess;
const clients: Client[] = [];

beforeAll(async () => {
  db = await createTestDatabase('api_watch');
  [one, two] = await Promise.all([startServerProcess(db.url), startServerProcess(db.url)]);
}, 90_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await Promise.all([one?.stop(), two?.stop()]);
  await db?.drop();
});

interface Event {
  type: string;
  resourceVersion: string;
  object: { metadata: { name: string; resourceVersion: string }; data?: Record<string, string> } | null;
}

const WATCH = `subscription($ns: String, $rv: String) {
  watchConfigMaps(namespace: $ns, resourceVersion: $rv) { type resourceVersion object { metadata { name resourceVersion } data } }
}`;
const CREATE = `mutation($ns: String!, $cm: ConfigMapInput!) { createConfigMap(namespace: $ns, configMap: $cm) { metadata { resourceVersion } } }`;
const PATCH = `mutation($ns: String!, $name: String!, $patch: JSON!) { patchConfigMap(namespace: $ns, name: $name, patch: $patch) { metadata { resourceVersion } } }`;

/** Subscribes on a server and collects events until `until` holds. */
function watch(server: ServerProcess, variables: Record<string, unknown>) {
  const events: Event[] = [];
  let error: unknown = null;
  let notify: () => void = () => {};
  const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${server.token}` }, retryAttempts: 0 });
  clients.push(client);
  const dispose = client.subscribe<{ watchConfigMaps: Event }>(
    { query: WATCH, variables },
    {
      next: (r) => {
        if (r.errors) error = r.errors;
        else events.push(r.data!.watchConfigMaps);
        notify();
      },
      error: (e) => {
        error = e;
        notify();
      },
      complete: () => notify(),
    },
  );
  return {
    events,
    dispose,
    get error() {
      return error;
    },
    async until(pred: (events: Event[]) => boolean, ms = 30_000): Promise<Event[]> {
      const deadline = Date.now() + ms;
      while (!pred(events)) {
        if (error) throw new Error(`watch failed: ${JSON.stringify(error)}`);
        if (Date.now() > deadline) throw new Error(`timed out with ${events.length} events`);
        await new Promise<void>((r) => {
          notify = r;
          setTimeout(r, 100);
        });
      }
      return events;
    },
  };
}

describe('watch subscriptions', () => {
  it('deliver every revision from 0 exactly once and in order while 20 writers create and update', async () => {
    await gql(one.url, one.token, `mutation { createNamespace(namespace: { metadata: { name: "stream" } }) { metadata { name } } }`);
    const w = watch(one, { ns: 'stream', rv: '0' });
    const writer = async (n: number) => {
      const revs: string[] = [];
      for (let i = 0; i < 5; i++) {
        const name = `w${n}-${i}`;
        const c = await gql(one.url, one.token, CREATE, { ns: 'stream', cm: { metadata: { name }, data: { v: '0' } } });
        revs.push(c.createConfigMap.metadata.resourceVersion);
        const p = await gql(two.url, two.token, PATCH, { ns: 'stream', name, patch: { data: { v: '1' } } });
        revs.push(p.patchConfigMap.metadata.resourceVersion);
      }
      return revs;
    };
    const written = (await Promise.all(Array.from({ length: 20 }, (_, n) => writer(n)))).flat();
    const max = written.map(BigInt).reduce((a, b) => (a > b ? a : b));
    const events = await w.until((es) => es.some((e) => e.type !== 'BOOKMARK' && BigInt(e.resourceVersion) >= max));
    const revs = events.filter((e) => e.type !== 'BOOKMARK').map((e) => e.resourceVersion);
    expect(revs).toHaveLength(200);
    expect(new Set(revs)).toEqual(new Set(written));
    expect(revs.map(BigInt)).toEqual([...revs.map(BigInt)].sort((a, b) => (a < b ? -1 : 1)));
    const picture = new Map<string, string>();
    for (const e of events) if (e.object && e.type !== 'DELETED') picture.set(e.object.metadata.name, e.object.metadata.resourceVersion);
    const list = await gql(one.url, one.token, `{ configMaps(namespace: "stream") { items { metadata { name resourceVersion } } } }`);
    expect(new Map(list.configMaps.items.map((i: Event['object']) => [i!.metadata.name, i!.metadata.resourceVersion]))).toEqual(picture);
    w.dispose();
  }, 90_000);

  it('show a write made through one API server to a watcher on the other', async () => {
    const w = watch(two, { ns: 'default' });
    await w.until((es) => es.some((e) => e.type === 'BOOKMARK'));
    await gql(one.url, one.token, CREATE, { ns: 'default', cm: { metadata: { name: 'cross' }, data: { from: 'one' } } });
    const events = await w.until((es) => es.some((e) => e.object?.metadata.name === 'cross'));
    expect(events.find((e) => e.object?.metadata.name === 'cross')!.type).toBe('ADDED');
    w.dispose();
  });

  it('release the hub subscription as soon as the client unsubscribes, even on a stream with no events', async () => {
    const hubSubscriptions = async (): Promise<number> => {
      const text = await (await fetch(two.url.replace('/graphql', '/metrics'), { headers: { authorization: `Bearer ${two.token}` } })).text();
      return Number(/^capstan_watch_hub_subscriptions (\d+)/m.exec(text)?.[1] ?? NaN);
    };
    const before = await hubSubscriptions();
    const w = watch(two, { ns: 'quiet-namespace' });
    await w.until((es) => es.some((e) => e.type === 'BOOKMARK'));
    expect(await hubSubscriptions()).toBe(before + 1);
    w.dispose();
    // Nothing is ever written to the namespace: only an immediate return() can end the watch.
    const deadline = Date.now() + 5_000;
    while ((await hubSubscriptions()) !== before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await hubSubscriptions()).toBe(before);
  });

  it('end with EXPIRED when started from a compacted revision', async () => {
    const rv = (await gql(one.url, one.token, `{ configMaps(namespace: "default") { metadata { resourceVersion } } }`)).configMaps.metadata.resourceVersion;
    // Compact everything but the last revision through the store's own compaction.
    const { Store } = await import('../server/store/store.ts');
    const store = await Store.open({ databaseUrl: db.url, poolSize: 2 });
    await gql(one.url, one.token, CREATE, { ns: 'default', cm: { metadata: { name: 'after-compaction' } } });
    await gql(one.url, one.token, CREATE, { ns: 'default', cm: { metadata: { name: 'after-compaction-2' } } });
    await store.log.compact({ minAgeMs: 0, minRevisions: 1 });
    await store.close();
    const w = watch(one, { ns: 'default', rv });
    const deadline = Date.now() + 10_000;
    while (!w.error && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(JSON.stringify(w.error)).toContain('EXPIRED');
  });
});
