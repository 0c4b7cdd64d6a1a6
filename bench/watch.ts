/**
 * `npm run bench -- watch`: event delivery latency (commit → subscriber) on one API server
 * process with 1,000 watches shaped like node agents' (each selecting one node's pods with a
 * field selector, each on its own graphql-ws connection) plus 10 watching every pod, while pod
 * writes flow across those nodes at a fixed rate through the store (as the workers write).
 * Every expected delivery is counted.
 *
 * Three processes, so that the figure measures the server: the API server, the subscribers
 * (a child of this one, `watch --subscribers-child`), and this one writing. Times are wall-clock
 * milliseconds with sub-millisecond precision (`performance.timeOrigin + performance.now()`),
 * comparable across processes of one machine. A commit is stamped when the write returns to
 * this process (so latency is a lower bound by this loop's delay, reported as `writer`), an
 * arrival when graphql-ws hands the subscriber the parsed message.
 *
 * The server stamps every event (CAPSTAN_WATCH_TIMING=1, see server/watch/delivery-timing.ts),
 * so each delivery is taken apart into commit → tail woken → pass started → read → handed to
 * graphql-ws → arrived (watch-report.ts); beside it the event loop of each process (busy share,
 * stalls of a 5 ms timer, GC pauses: server/event-loop-metrics.ts) and the machine's CPU say
 * whose delay a slow delivery was.
 */
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { KObject } from '../server/kinds/types.ts';
import { loopHealth } from '../server/event-loop-metrics.ts';
import { Store } from '../server/store/store.ts';
import type { WatchTiming } from '../server/watch/delivery-timing.ts';
import { benchDatabase, percentile, round, startServerProcess } from './support.ts';
import { breakdown, loopReport, machineCpu, scrape, serverLoopReport, snapshotLoop, type Delivery } from './watch-report.ts';

const WATCH = `subscription($fs: String) { watchPods(fieldSelector: $fs) { type resourceVersion object { metadata { name } } } }`;

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
  return { wakeups, eventsBy, notifications: d('capstan_watch_tail_notifications_total'), listenConnects: d('capstan_watch_tail_listen_connects_total'), stages };
}

const METRIC_PREFIXES = ['capstan_watch_tail_', 'process_cpu_seconds_total', 'capstan_event_loop_', 'capstan_gc_pause_seconds'];

/** Wall-clock milliseconds, sub-millisecond precise, comparable between processes. */
const wallNow = () => performance.timeOrigin + performance.now();

type Arrivals = { node: Delivery[]; all: Delivery[] };

/**
 * Deliveries as rows of numbers in one growing Float64Array: keeping 110,000 small arrays alive
 * made the subscribers' heap grow and cost them major GCs (pauses of 20-60 ms) in the window
 * measured, which showed up as late arrivals.
 */
class DeliveryLog {
  private rows = new Float64Array(6 * 16_384);
  length = 0;

  push(rv: number, arrivedAt: number, t: WatchTiming | undefined): void {
    if ((this.length + 1) * 6 > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const at = this.length++ * 6;
    const r = this.rows;
    r[at] = rv;
    r[at + 1] = arrivedAt;
    r[at + 2] = t?.wokeAt ?? NaN;
    r[at + 3] = t?.startedAt ?? NaN;
    r[at + 4] = t?.readAt ?? NaN;
    r[at + 5] = t?.sentAt ?? NaN;
  }

  toDeliveries(): Delivery[] {
    return Array.from({ length: this.length }, (_, i) => {
      const r = this.rows.subarray(i * 6, i * 6 + 6);
      return [String(r[0]), r[1]!, r[2]!, r[3]!, r[4]!, r[5]!];
    });
  }
}
type ChildMessage =
  | { ready: number; seconds: number }
  | { arrivals: Arrivals; delivered: number; loop: ReturnType<typeof loopReport> }
  | { error: string };
type NextPayload = { data?: { watchPods: { type: string; resourceVersion: string } } | null; extensions?: { watchTiming?: WatchTiming } };

/**
 * The subscribers' process: opens the watches, reports when all are live, then what arrived
 * when with the server's stamps, and what its own loop did meanwhile (a late arrival may be this
 * process's doing: its loop delay and GC say how much).
 */
async function subscribersChild(url: string, token: string, nodes: number, allWatchers: number): Promise<void> {
  const send = (m: ChildMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));
  const health = loopHealth();
  const clients: Client[] = [];
  const logs = { node: new DeliveryLog(), all: new DeliveryLog() };
  let delivered = 0;
  const subscribe = (fieldSelector: string | null, sink: DeliveryLog) =>
    new Promise<void>((resolve, reject) => {
      const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
      clients.push(client);
      let initial = true;
      client.subscribe<NextPayload['data'], NextPayload['extensions']>(
        { query: WATCH, variables: { fs: fieldSelector } },
        {
          next: ({ data, extensions }) => {
            const arrivedAt = wallNow();
            const e = data!.watchPods;
            if (e.type === 'BOOKMARK') {
              if (initial) {
                initial = false;
                resolve();
              }
              return;
            }
            sink.push(Number(e.resourceVersion), arrivedAt, extensions?.watchTiming);
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
      await Promise.all(Array.from({ length: Math.min(50, nodes - i) }, (_, j) => subscribe(`spec.nodeName=node-${i + j}`, logs.node)));
    }
    await Promise.all(Array.from({ length: allWatchers }, () => subscribe(null, logs.all)));
    const before = snapshotLoop(health);
    const expected = await new Promise<number>((resolve) => {
      process.once('message', (m: { expected: number }) => resolve(m.expected));
      void send({ ready: nodes + allWatchers, seconds: (performance.now() - t0) / 1000 });
    });
    const deadline = Date.now() + 15_000;
    while (delivered < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const loop = loopReport(before, snapshotLoop(health));
    await send({ arrivals: { node: logs.node.toDeliveries(), all: logs.all.toDeliveries() }, delivered, loop });
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
      // The server stamps each event for the breakdown (a few allocations per delivery); off to check what that costs.
      'no-timing': { type: 'boolean', default: false },
      // Node options for the API server (e.g. `--require` of a profiler, V8 heap flags).
      'server-node-options': { type: 'string' },
      // A signal sent to the API server when the writes start (e.g. SIGUSR2 to a preloaded profiler).
      'signal-server': { type: 'string' },
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

  const health = loopHealth();
  const db = await benchDatabase('watch');
  const server = await startServerProcess(db.url, {
    ...(values['no-timing'] ? {} : { CAPSTAN_WATCH_TIMING: '1' }),
    ...(values['server-node-options'] ? { NODE_OPTIONS: values['server-node-options'] } : {}),
  });
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

    if (values['signal-server']) server.child.kill(values['signal-server'] as NodeJS.Signals);
    const metricsBefore = await scrape(server.url, server.token, METRIC_PREFIXES);
    const writerBefore = snapshotLoop(health);
    const cpuBefore = machineCpu();
    const loadBefore = loadavg()[0]!;
    const total = Math.round(rate * seconds);
    const interval = 1000 / rate;
    const pods: string[] = [];
    const inflight: Promise<void>[] = [];
    const writeMs: number[] = [];
    let expected = 0;
    let writeErrors = 0;
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const write = async () => {
        const sentAt = wallNow();
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
        // The commit's time as this process learns it: an upper bound (so latency is a lower bound) by this loop's delay.
        const at = wallNow();
        committedAt.set(obj.metadata.resourceVersion!, at);
        writeMs.push(at - sentAt);
        expected += 1 + allWatchers;
      };
      inflight.push(write().catch((err) => { if (writeErrors++ < 3) console.error("write error:", (err as Error).message); }));
    }
    await Promise.all(inflight);
    const writeSeconds = (performance.now() - start) / 1000;
    const writer = loopReport(writerBefore, snapshotLoop(health));
    const cpuAfter = machineCpu();
    const metricsAfter = await scrape(server.url, server.token, METRIC_PREFIXES);
    const results = fromChild();
    child.send({ expected });
    const { arrivals, delivered, loop: subscribers } = (await results) as { arrivals: Arrivals; delivered: number; loop: ReturnType<typeof loopReport> };
    const tail = tailReport(metricsBefore, metricsAfter);
    const serverLoop = serverLoopReport(metricsBefore, metricsAfter, writeSeconds);
    const machineBusyPct = cpuBefore && cpuAfter ? round((100 * (cpuAfter.busy - cpuBefore.busy)) / (cpuAfter.total - cpuBefore.total), 1) : null;
    const byNode = breakdown(committedAt, arrivals.node);
    const byAll = breakdown(committedAt, arrivals.all);
    const both = breakdown(committedAt, [...arrivals.node, ...arrivals.all]);
    writeMs.sort((a, b) => a - b);
    const { sorted: _n, ...nodeReport } = byNode;
    const { sorted: _a, ...allReport } = byAll;
    console.log(`node watches: p50 ${byNode.p50} ms, p99 ${byNode.p99} ms (${byNode.count} deliveries)`);
    console.log(`all-pod watches: p50 ${byAll.p50} ms, p99 ${byAll.p99} ms (${byAll.count} deliveries)`);
    console.log(`delivered ${delivered} of ${expected} expected; ${writeErrors} write errors; writes took ${round(writeSeconds, 1)} s (each p50 ${round(percentile(writeMs, 50), 2)} ms, p99 ${round(percentile(writeMs, 99), 2)} ms)`);
    console.log(`where the time went (ms, mean per delivery; commit → woken → pass → read → handed to graphql-ws → arrived):`);
    console.log(`  median deliveries: ${JSON.stringify(both.median)}`);
    console.log(`  slowest 1%:        ${JSON.stringify(both.tail)}`);
    console.log(`hub tail: ${JSON.stringify(tail)}`);
    console.log(`server: ${JSON.stringify(serverLoop)}`);
    console.log(`subscribers: ${JSON.stringify(subscribers)}`);
    console.log(`writer: ${JSON.stringify(writer)}`);
    console.log(`machine: ${machineBusyPct}% of ${cpus().length} CPUs busy; load ${loadBefore} → ${loadavg()[0]}`);
    console.log(
      JSON.stringify({
        bench: 'watch',
        subscribers: nodes + allWatchers,
        p50Ms: both.p50,
        p99Ms: both.p99,
        node: nodeReport,
        all: allReport,
        slowest1pct: both.tail,
        delivered,
        expected,
        writeErrors,
        writeP99Ms: round(percentile(writeMs, 99), 2),
        tailPolls: tail.wakeups.poll,
        eventsFoundByPolls: tail.eventsBy.poll,
        tailNotifyWakeups: tail.wakeups.notify,
        server: serverLoop,
        subscriberProcess: subscribers,
        writerProcess: writer,
        machineBusyPct,
        load: loadavg()[0],
        timing: !values['no-timing'],
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
