/**
 * `npm run bench -- watch`: event delivery latency (commit → subscriber) on one API server
 * process with 1,000 watches shaped like node agents' (each selecting one node's pods with a
 * field selector, each on its own graphql-ws connection) plus 10 watching every pod, while pod
 * writes flow across those nodes at a fixed rate through the store (as the workers write).
 * Every expected delivery is counted.
 */
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { benchDatabase, percentile, round, startServerProcess } from './support.ts';

const WATCH = `subscription($fs: String) { watchPods(fieldSelector: $fs) { type resourceVersion object { metadata { name } } } }`;

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      nodes: { type: 'string' },
      all: { type: 'string', default: '10' },
      rate: { type: 'string', default: '500' },
      seconds: { type: 'string' },
    },
  });
  const nodes = Number(values.nodes ?? (values.quick ? 50 : 1000));
  const allWatchers = Number(values.all);
  const rate = Number(values.rate);
  const seconds = Number(values.seconds ?? (values.quick ? 2 : 20));
  console.log(`bench watch: ${nodes} node watches + ${allWatchers} all-pod watches on one server; ${rate} pod writes/s for ${seconds} s`);

  const db = await benchDatabase('watch');
  const server = await startServerProcess(db.url);
  const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
  const clients: Client[] = [];
  try {
    const committedAt = new Map<string, number>();
    // Arrival times per kind of watch, matched with commit times after the run (an event may
    // arrive before the writer's own await has resumed).
    const arrivals: { node: [string, number][]; all: [string, number][] } = { node: [], all: [] };
    let delivered = 0;
    let ready = 0;
    const subscribe = (fieldSelector: string | null, sink: [string, number][]) =>
      new Promise<void>((resolve, reject) => {
        const client = createClient({
          url: server.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${server.token}` },
          lazy: false,
          retryAttempts: 0,
        });
        clients.push(client);
        let initial = true;
        client.subscribe<{ watchPods: { type: string; resourceVersion: string } }>(
          { query: WATCH, variables: { fs: fieldSelector } },
          {
            next: ({ data }) => {
              const e = data!.watchPods;
              if (e.type === 'BOOKMARK') {
                if (initial) {
                  initial = false;
                  ready++;
                  resolve();
                }
                return;
              }
              sink.push([e.resourceVersion, performance.now()]);
              delivered++;
            },
            error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
            complete: () => {},
          },
        );
      });
    const t0 = performance.now();
    for (let i = 0; i < nodes; i += 50) {
      await Promise.all(Array.from({ length: Math.min(50, nodes - i) }, (_, j) => subscribe(`spec.nodeName=node-${i + j}`, arrivals.node)));
    }
    await Promise.all(Array.from({ length: allWatchers }, () => subscribe(null, arrivals.all)));
    console.log(`${ready} watches established in ${round((performance.now() - t0) / 1000, 1)} s`);

    const total = Math.round(rate * seconds);
    const interval = 1000 / rate;
    const pods: string[] = [];
    const inflight: Promise<void>[] = [];
    let expected = 0;
    let writeErrors = 0;
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const write = async () => {
        let obj: KObject;
        if (i % 2 === 0 || pods.length === 0) {
          const name = `pod-${i}`;
          obj = await store.create('Pod', 'default', {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name, labels: { app: 'bench' } },
            spec: { nodeName: `node-${i % nodes}`, containers: [{ name: 'c', image: 'busybox' }] },
          });
          pods.push(name);
        } else {
          // Spread status updates over the pods (as kubelets do), not onto the newest few.
          const name = pods[(i * 7919) % pods.length]!;
          obj = await store.updateStatus('Pod', 'default', name, { phase: 'Running', podIP: `127.64.${(i >> 8) & 255}.${i & 255}` });
        }
        committedAt.set(obj.metadata.resourceVersion!, performance.now());
        expected += 1 + allWatchers;
      };
      inflight.push(write().catch(() => void writeErrors++));
    }
    await Promise.all(inflight);
    const deadline = Date.now() + 15_000;
    while (delivered < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const latencies = (list: [string, number][]) =>
      list
        .filter(([rv]) => committedAt.has(rv))
        .map(([rv, t]) => Math.max(0, t - committedAt.get(rv)!))
        .sort((a, b) => a - b);
    const latNode = latencies(arrivals.node);
    const latAll = latencies(arrivals.all);
    const all = [...latNode, ...latAll].sort((a, b) => a - b);
    console.log(`node watches: p50 ${round(percentile(latNode, 50), 2)} ms, p99 ${round(percentile(latNode, 99), 2)} ms (${latNode.length} deliveries)`);
    console.log(`all-pod watches: p50 ${round(percentile(latAll, 50), 2)} ms, p99 ${round(percentile(latAll, 99), 2)} ms (${latAll.length} deliveries)`);
    console.log(`delivered ${delivered} of ${expected} expected; ${writeErrors} write errors`);
    console.log(
      JSON.stringify({
        bench: 'watch',
        subscribers: nodes + allWatchers,
        p50Ms: round(percentile(all, 50), 2),
        p99Ms: round(percentile(all, 99), 2),
        nodeP99Ms: round(percentile(latNode, 99), 2),
        allP99Ms: round(percentile(latAll, 99), 2),
        delivered,
        expected,
        rate,
        seconds,
      }),
    );
  } finally {
    for (const c of clients) await c.dispose();
    await store.close();
    await server.stop();
    await db.drop();
  }
}
