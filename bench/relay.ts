/**
 * `npm run bench -- relay [--quick]`: what crosses between two API servers over Postgres
 * LISTEN/NOTIFY (server/api/logs/relay-channel.ts): two servers' relays and buses in this
 * process, on one database, with the node's agent simulated on server B's relay.
 *
 * - exec output, agent → client: MiB/s of stdout delivered on B and read on A;
 * - exec input, client → agent: MiB/s of stdin written on A and taken by B's agent channel;
 * - round trip: 1 byte written on A, seen as STDIN by the agent on B, echoed, read on A (p50/p99);
 * - pod logs, agent → reader: MiB/s of a log read on A (the log bus).
 */
import { LogBus } from '../server/api/logs/log-bus.ts';
import { LogRelay, type AgentLogRequest } from '../server/api/logs/log-relay.ts';
import { RelayChannel } from '../server/api/logs/relay-channel.ts';
import { StreamBus } from '../server/api/streams/stream-bus.ts';
import { StreamRelay, type AgentStreamRequest, type StreamTarget } from '../server/api/streams/stream-relay.ts';
import { benchDatabase, percentile, round } from './support.ts';

const EXEC: StreamTarget = { kind: 'EXEC', namespace: 'default', pod: 'p', podUid: 'u', container: 'c', command: ['cat'], stdin: true, tty: false, port: null };
const MiB = 1024 * 1024;

interface Side {
  channel: RelayChannel;
  streams: StreamRelay;
  logs: LogRelay;
  streamBus: StreamBus;
  logBus: LogBus;
}

async function side(url: string): Promise<Side> {
  const channel = new RelayChannel(url);
  const streams = new StreamRelay();
  const logs = new LogRelay();
  const streamBus = new StreamBus(channel, streams);
  const logBus = new LogBus(channel, logs);
  await streamBus.start();
  await logBus.start();
  return { channel, streams, logs, streamBus, logBus };
}

/** The node's agent on `s`: every request it is sent goes to `on`. */
function agentOn(s: Side, node: string, on: (r: AgentStreamRequest) => void, onLog: (r: AgentLogRequest) => void): AbortController {
  const abort = new AbortController();
  void (async () => {
    for await (const r of s.streams.connectAgent(node, abort.signal)) on(r);
  })();
  void (async () => {
    for await (const r of s.logs.connectAgent(node, abort.signal)) onLog(r);
  })();
  return abort;
}

export async function run(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const bytes = (quick ? 1 : 8) * MiB;
  const trips = quick ? 20 : 200;
  const db = await benchDatabase('relay');
  const a = await side(db.url);
  const b = await side(db.url);
  const starts: AgentStreamRequest[] = [];
  const stdin = new Map<string, number>();
  let echo: ((r: AgentStreamRequest) => void) | undefined;
  const logStarts: AgentLogRequest[] = [];
  const agent = agentOn(
    b,
    'node-b',
    (r) => {
      if (r.type === 'START') starts.push(r);
      if (r.type === 'STDIN' && r.data) stdin.set(r.requestId, (stdin.get(r.requestId) ?? 0) + Buffer.from(r.data, 'base64').length);
      echo?.(r);
    },
    (r) => r.type === 'START' && logStarts.push(r),
  );
  while (!b.streams.connected('node-b') || !b.logs.connected('node-b')) await new Promise((r) => setTimeout(r, 10));
  const nextStart = async (list: { requestId: string }[], n: number) => {
    while (list.length < n) await new Promise((r) => setTimeout(r, 2));
    return list[n - 1]!.requestId;
  };
  console.log(`relay bench: two API servers' buses in one process on one Postgres; ${bytes / MiB} MiB each way, ${trips} round trips`);

  // exec output, agent (B) → client (A)
  const out = await a.streams.openAnywhere('node-b', EXEC, 'bench');
  const outId = await nextStart(starts, 1);
  let t = performance.now();
  const reading = (async () => {
    let got = 0;
    for await (const o of out.output()) got += o.data.length;
    return got;
  })();
  const piece = Buffer.alloc(64 * 1024, 'x').toString('base64');
  for (let sent = 0; sent < bytes; sent += 64 * 1024) await b.streams.deliver('node-b', outId, { stream: 'STDOUT', data: piece });
  await b.streams.deliver('node-b', outId, { exitCode: 0, done: true });
  const outBytes = await reading;
  const outSeconds = (performance.now() - t) / 1000;
  out.close();

  // exec input, client (A) → agent (B)
  const inp = await a.streams.openAnywhere('node-b', EXEC, 'bench');
  const inId = await nextStart(starts, 2);
  t = performance.now();
  const block = Buffer.alloc(64 * 1024, 'y');
  for (let sent = 0; sent < bytes; sent += block.length) await inp.write(block);
  while ((stdin.get(inId) ?? 0) < bytes) await new Promise((r) => setTimeout(r, 2));
  const inSeconds = (performance.now() - t) / 1000;
  inp.close();

  // round trips: 1 byte A → B's agent, echoed back to A
  const rt = await a.streams.openAnywhere('node-b', EXEC, 'bench');
  const rtId = await nextStart(starts, 3);
  echo = (r) => {
    if (r.requestId === rtId && r.type === 'STDIN' && r.data) void b.streams.deliver('node-b', rtId, { stream: 'STDOUT', data: r.data });
  };
  const it = rt.output()[Symbol.asyncIterator]();
  const latencies: number[] = [];
  for (let i = 0; i < trips; i++) {
    const at = performance.now();
    await rt.write(Buffer.from('.'));
    await it.next();
    latencies.push(performance.now() - at);
  }
  rt.close();
  latencies.sort((x, y) => x - y);

  // pod logs, agent (B) → reader (A)
  t = performance.now();
  const logReading = (async () => {
    let got = 0;
    for await (const c of a.logs.open('node-b', { namespace: 'default', pod: 'p', podUid: 'u', container: 'c', follow: true, tailLines: null, sinceSeconds: null, previous: false }, new AbortController().signal)) got += Buffer.byteLength(c.data);
    return got;
  })();
  const logId = await nextStart(logStarts, 1);
  const line = `${'l'.repeat(99)}\n`.repeat(640); // 64,000 bytes
  for (let sent = 0; sent < bytes; sent += line.length) await b.logs.deliver('node-b', logId, { data: line });
  await b.logs.deliver('node-b', logId, { done: true });
  const logBytes = await logReading;
  const logSeconds = (performance.now() - t) / 1000;

  agent.abort();
  await a.streamBus.stop();
  await b.streamBus.stop();
  await a.logBus.stop();
  await b.logBus.stop();
  await a.channel.stop();
  await b.channel.stop();
  await db.drop();

  if (outBytes !== bytes || logBytes !== Math.ceil(bytes / line.length) * line.length) throw new Error(`bytes were lost: output ${outBytes} of ${bytes}, log ${logBytes}`);
  const result = {
    bench: 'relay',
    quick,
    bytesEachWay: bytes,
    execOutputMiBps: round(outBytes / MiB / outSeconds, 2),
    execInputMiBps: round(bytes / MiB / inSeconds, 2),
    roundTripP50Ms: round(percentile(latencies, 50), 2),
    roundTripP99Ms: round(percentile(latencies, 99), 2),
    logsMiBps: round(logBytes / MiB / logSeconds, 2),
  };
  console.log(`exec output (agent on B → client on A): ${result.execOutputMiBps} MiB/s`);
  console.log(`exec input (client on A → agent on B): ${result.execInputMiBps} MiB/s`);
  console.log(`1-byte round trip A → B → A: p50 ${result.roundTripP50Ms} ms, p99 ${result.roundTripP99Ms} ms`);
  console.log(`pod log (agent on B → reader on A): ${result.logsMiBps} MiB/s`);
  console.log(JSON.stringify(result));
}
