/**
 * `npm run bench -- watch`: event delivery latency (commit → subscriber) on one API server
 * process with 1,000 watches shaped like node agents' (each selecting one node's pods with a
 * field selector, each on its own graphql-ws connection) plus 10 watching every pod, while pod
 * writes flow across those nodes at a fixed rate through the store (as the workers write).
 * Every expected delivery is counted.
 *
 * Three processes, so that the figure measures the server: the API server, the subscribers
 * (a child of this one, `watch --subscribers-child`), and this one writing. Commit and arrival
 * times are both wall-clock times in milliseconds with sub-millisecond precision
 * (`performance.timeOrigin + performance.now()`), comparable across processes of one machine.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { benchDatabase, percentile, round, startServerProcess } from './support.ts';

const WATCH = `subscription($fs: String) { watchPods(fieldSelector: $fs) { type resourceVersion object { metadata { name } } } }`;

/** The watch hub's tail metrics (see server/watch/tail-metrics.ts) as name{labels} → value. */
async function tailMetrics(url: string, token: string): Promise<Map<string, number>> {
  const r = await fetch(url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${token}` } });
  const out = new Map<string, number>();
  for (const line of (await r.text()).split('\n')) {
    if (!line.startsWith('capstan_watch_tail_') && !line.startsWith('process_cpu_seconds_total')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

/**
 * What the tail did during the write phase: passes by what started them, notifications, and per
 * stage the count, mean and the observations above 25 and 100 ms (from histogram buckets).
 */
function tailReport(before: Map<string, number>, after: Map<string, number>) {
  const d = (k: string) => (after.get(k) ?? 0) - (before.get(k) ?? 0);
  const wakeups = Object.fromEntries(['notify', 'write', 'call', 'poll'].map((s) => [s, d(`capstan_watch_tail_wakeups_total{source="${s}"}`)]));
  const stages = Object.fromEntries(
    ['notify', 'safeRevision', 'read', 'handle'].map((stage) => {
      const count = d(`capstan_watch_tail_stage_seconds_count{stage="${stage}"}`);
      const le = (s: string) => d(`capstan_watch_tail_stage_seconds_bucket{stage="${stage}",le="${s}"}`);
      return [stage, { count, meanMs: count ? round((d(`capstan_watch_tail_stage_seconds_sum{stage="${stage}"}`) * 1000) / count, 2) : 0, over25ms: count - le('0.025'), over100ms: count - le('0.1') }];
    }),
  );
  const eventsBy = Object.fromEntries(['notify', 'write', 'call', 'poll'].map((s) => [s, d(`capstan_watch_tail_events_total{wakeup="${s}"}`)]));
  return { serverCpuSeconds: round(d('process_cpu_seconds_total'), 2), wakeups, eventsBy, notifications: d('capstan_watch_tail_notifications_total'), listenConnects: d('capstan_watch_tail_listen_connects_total'), stages };
}

/** Wall-clock milliseconds, sub-millisecond precise, comparable between processes. */
const wallNow = () => performance.timeOrigin + performance.now();

type Arrivals = { node: [string, number][]; all: [string, number][] };
type ChildMessage = { ready: number; seconds: number } | { arrivals: Arrivals; delivered: number } | { error: string };

/** The subscribers' process: opens the watches, reports when all are live, then what arrived when. */
async function subscribersChild(url: string, token: string, nodes: number, allWatchers: number): Promise<void> {
  const send = (m: ChildMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));
  const clients: Client[] = [];
  const arrivals: Arrivals = { node: [], all: [] };
  let delivered = 0;
  const subscribe = (fieldSelector: string | null, sink: [string, number][]) =>
    new Promise<void>((resolve, reject) => {
      const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
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
                resolve();
              }
              return;
            }
            sink.push([e.resourceVersion, wallNow()]);
            delivered++;
          },
          error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
          complete: () => {},
        },
      );
    });
  try {
    const t0 = performance.now();
    for (let i = 0; i < nodes; i += 50) {
      await Promise.all(Array.from({ length: Math.min(50, nodes - i) }, (_, j) => subscribe(`spec.nodeName=node-${i + j}`, arrivals.node)));
    }
    await Promise.all(Array.from({ length: allWatchers }, () => subscribe(null, arrivals.all)));
    const expected = await new Promise<number>((resolve) => {
      process.once('message', (m: { expected: number }) => resolve(m.expected));
      void send({ ready: nodes + allWatchers, seconds: (performance.now() - t0) / 1000 });
    });
    const deadline = Date.now() + 15_000;
    while (delivered < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await send({ arrivals, delivered });
  } catch (err) {
    await send({ error: (err as Error).message });
  } finally {
    for (const c of clients) await c.dispose();
  }
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      nodes: { type: 'string' },
      all: { type: 'string', default: '10' },
      rate: { type: 'string', default: '500' },
      seconds: { type: 'string' },
      'subscribers-child': { type: 'boolean', default: false },
      url: { type: 'string' },
    },
  });
  const nodes = Number(values.nodes ?? (values.quick ? 50 : 1000));
  const allWatchers = Number(values.all);
  const rate = Number(values.rate);
  const seconds = Number(values.seconds ?? (values.quick ? 2 : 20));
  if (values['subscribers-child']) return subscribersChild(values.url!, process.env.CAPSTAN_BENCH_TOKEN!, nodes, allWatchers);
  console.log(`bench watch: ${nodes} node watches + ${allWatchers} all-pod watches on one server; ${rate} pod writes/s for ${seconds} s`);

  const db = await benchDatabase('watch');
  const server = await startServerProcess(db.url);
  const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
  const child = fork(fileURLToPath(new URL('./run.ts', import.meta.url)), ['watch', '--subscribers-child', '--url', server.wsUrl, '--nodes', String(nodes), '--all', String(allWatchers)], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, CAPSTAN_BENCH_TOKEN: server.token },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const fromChild = () =>
    new Promise<ChildMessage>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the subscribers' process exited with ${code}`));
      child.once('exit', onExit);
      child.once('message', (m: ChildMessage) => {
        child.off('exit', onExit);
        if ('error' in m) reject(new Error(`subscribers: ${m.error}`));
        else resolve(m);
      });
    });
  try {
    const committedAt = new Map<string, number>();
    const ready = (await fromChild()) as { ready: number; seconds: number };
    console.log(`${ready.ready} watches established in ${round(ready.seconds, 1)} s (in a process of their own)`);

    const metricsBefore = await tailMetrics(server.url, server.token);
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
        committedAt.set(obj.metadata.resourceVersion!, wallNow());
        expected += 1 + allWatchers;
      };
      inflight.push(write().catch((err) => { if (writeErrors++ < 3) console.error("write error:", (err as Error).message); }));
    }
    await Promise.all(inflight);
    const writeSeconds = (performance.now() - start) / 1000;
    const results = fromChild();
    child.send({ expected });
    const { arrivals, delivered } = (await results) as { arrivals: Arrivals; delivered: number };
    const tail = tailReport(metricsBefore, await tailMetrics(server.url, server.token));
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
    console.log(`delivered ${delivered} of ${expected} expected; ${writeErrors} write errors; writes took ${round(writeSeconds, 1)} s`);
    console.log(`hub tail: ${JSON.stringify(tail)}`);
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
        writeErrors,
        tailPolls: tail.wakeups.poll,
        eventsFoundByPolls: tail.eventsBy.poll,
        tailNotifyWakeups: tail.wakeups.notify,
        rate,
        seconds,
      }),
    );
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill();
      await exited;
    }
    await store.close();
    await server.stop();
    await db.drop();
  }
}
