/**
 * How watch events leave the server: the timing stamps the watch benchmark reads
 * (`extensions.watchTiming`), and the event loop's figures on /metrics.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../server/main.ts';
import { createTestDatabase, gql, type TestDatabase } from './harness.ts';

const TOKEN = 'watch-delivery-admin-token';
let db: TestDatabase;
let timed: RunningServer;
let plain: RunningServer;
const clients: Client[] = [];

beforeAll(async () => {
  db = await createTestDatabase('watch_delivery');
  const base = { databaseUrl: db.url, listen: '127.0.0.1:0', adminToken: TOKEN, logLevel: 'silent' as const };
  timed = await startServer({ ...base, watch: { deliveryTiming: true } });
  plain = await startServer({ ...base, migrate: false, watch: { deliveryTiming: false } });
}, 60_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await timed?.close();
  await plain?.close();
  await db?.drop();
});

const wallNow = () => performance.timeOrigin + performance.now();

type Next = { data?: { watchConfigMaps: { type: string; object: { metadata: { name: string } } | null } }; extensions?: { watchTiming?: Record<string, number> } };

/** Subscribes to ConfigMaps on `server` and resolves with the first event for `name`, and when it arrived. */
function firstEventFor(server: RunningServer, name: string): { live: Promise<void>; event: Promise<{ next: Next; arrivedAt: number }> } {
  const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
  clients.push(client);
  let live!: () => void;
  const isLive = new Promise<void>((r) => (live = r));
  const event = new Promise<{ next: Next; arrivedAt: number }>((resolve, reject) => {
    client.subscribe<Next['data'], Next['extensions']>(
      { query: 'subscription { watchConfigMaps(namespace: "default") { type object { metadata { name } } } }' },
      {
        next: (next) => {
          const arrivedAt = wallNow();
          if (next.data?.watchConfigMaps.type === 'BOOKMARK') live();
          if (next.data?.watchConfigMaps.object?.metadata.name === name) resolve({ next: next as Next, arrivedAt });
        },
        error: reject,
        complete: () => {},
      },
    );
  });
  return { live: isLive, event };
}

const create = (server: RunningServer, name: string) =>
  gql(server.url, TOKEN, 'mutation($cm: ConfigMapInput!) { createConfigMap(namespace: "default", configMap: $cm) { metadata { name } } }', { cm: { metadata: { name } } });

describe('delivery timing', () => {
  it('stamps each live event, when the hub stamps them, with when its pass was woken, started, read it and handed it to graphql-ws, in that order', async () => {
    const w = firstEventFor(timed, 'stamped');
    await w.live;
    const before = wallNow();
    await create(timed, 'stamped');
    const { next, arrivedAt } = await w.event;
    const t = next.extensions?.watchTiming;
    expect(t).toBeDefined();
    expect(t!.wokeAt).toBeLessThanOrEqual(t!.startedAt);
    expect(t!.startedAt).toBeLessThanOrEqual(t!.readAt);
    expect(t!.readAt).toBeLessThanOrEqual(t!.sentAt);
    expect(t!.sentAt).toBeLessThanOrEqual(arrivedAt);
    expect(t!.readAt).toBeGreaterThanOrEqual(before);
  });

  it('sends no stamps from a hub that does not stamp', async () => {
    const w = firstEventFor(plain, 'unstamped');
    await w.live;
    await create(plain, 'unstamped');
    const { next } = await w.event;
    expect(next.extensions).toBeUndefined();
  });
});

describe('the event loop on /metrics', () => {
  it('counts a stall of the loop and garbage collection as cumulative histograms', async () => {
    const scrape = async () => (await (await fetch(timed.url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } })).text());
    const over = (text: string, le: string) => {
      const count = Number(/^capstan_event_loop_delay_seconds_count (\S+)$/m.exec(text)?.[1]);
      return count - Number(new RegExp(`^capstan_event_loop_delay_seconds_bucket\\{le="${le}"\\} (\\S+)$`, 'm').exec(text)?.[1]);
    };
    const before = await scrape();
    const until = performance.now() + 120;
    while (performance.now() < until);
    // Garbage to collect, so that at least one GC pause shows.
    let keep: unknown[] = [];
    for (let i = 0; i < 200_000; i++) keep.push({ i });
    keep = [];
    await new Promise((r) => setTimeout(r, 30));
    const after = await scrape();
    expect(over(after, '0.1') - over(before, '0.1')).toBeGreaterThanOrEqual(1);
    expect(after).toMatch(/^capstan_event_loop_active_seconds_total \d/m);
    expect(after).toMatch(/^capstan_gc_pause_seconds_count\{kind="\w+"\} [1-9]/m);
    expect(keep).toHaveLength(0);
  });
});
