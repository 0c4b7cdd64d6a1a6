import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, waitFor, type TestDatabase } from '../../../test/harness.ts';
import { RelayChannel } from '../logs/relay-channel.ts';
import { StreamBus, type StreamBusOptions } from './stream-bus.ts';
import { StreamRelay, type AgentStreamRequest, type PodStreamHandle, type StreamRelayOptions, type StreamTarget } from './stream-relay.ts';

const EXEC: StreamTarget = { kind: 'EXEC', namespace: 'default', pod: 'p', podUid: 'u', container: 'c', command: ['cat'], stdin: true, tty: false, port: null };
const FAST: StreamBusOptions = { acceptTimeoutMs: 1500, keepaliveMs: 300 };

/** An agent channel for `node` on `relay`; `stall` stops it taking requests (a backed-up socket). */
function connect(relay: StreamRelay, node: string) {
  const controller = new AbortController();
  const requests: AgentStreamRequest[] = [];
  const iterator = relay.connectAgent(node, controller.signal)[Symbol.asyncIterator]();
  let pulling = true;
  const pull = async () => {
    while (pulling) {
      const r = await iterator.next();
      if (r.done) return;
      requests.push(r.value);
    }
  };
  let running = pull();
  return {
    requests,
    disconnect: () => controller.abort(),
    get running() {
      return running;
    },
    stall: () => (pulling = false),
    resume: () => {
      pulling = true;
      running = pull();
    },
    /** The stdin bytes received for `id`, in order. */
    stdin: (id: string) => Buffer.concat(requests.filter((r) => r.requestId === id && r.type === 'STDIN' && r.data).map((r) => Buffer.from(r.data!, 'base64'))),
  };
}

/** One API server's side: a channel, a relay and a bus on the shared database. */
async function server(url: string, bus: StreamBusOptions = FAST, relayOpts: StreamRelayOptions = {}) {
  const channel = new RelayChannel(url);
  const relay = new StreamRelay(relayOpts);
  const b = new StreamBus(channel, relay, bus);
  await b.start();
  return {
    channel,
    relay,
    bus: b,
    stop: async () => {
      await b.stop();
      await channel.stop();
    },
  };
}

/** Reads a stream's output to the end: bytes per stream, or the error it ended with. */
async function drain(stream: PodStreamHandle): Promise<{ out: Buffer; err: Buffer; error?: { code: string; message: string } }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  try {
    for await (const o of stream.output()) (o.stream === 'STDERR' ? err : out).push(o.data);
    return { out: Buffer.concat(out), err: Buffer.concat(err) };
  } catch (e) {
    return { out: Buffer.concat(out), err: Buffer.concat(err), error: e as { code: string; message: string } };
  }
}

describe('StreamBus: exec, attach and port-forward on one API server reach the agent connected to another', () => {
  let db: TestDatabase;
  let a: Awaited<ReturnType<typeof server>>;
  let b: Awaited<ReturnType<typeof server>>;

  beforeAll(async () => {
    db = await createTestDatabase('stream-bus');
    a = await server(db.url);
    b = await server(db.url);
  }, 30_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  it('carries stdin to the agent and stdout, stderr and the exit code back, whole and in order', async () => {
    const agent = connect(b.relay, 'node-b');
    await waitFor('agent channel', () => b.relay.connected('node-b'));
    const stream = await a.relay.openAnywhere('node-b', EXEC, 'admin');
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    expect(start).toMatchObject({ kind: 'EXEC', pod: 'p', command: ['cat'], stdin: true });
    // 100 KiB crosses in pieces under NOTIFY's 8000-byte limit, in order.
    const input = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `${i}\n`).join('').slice(0, 100 * 1024));
    await stream.write(input);
    stream.resize(100, 30);
    stream.closeStdin();
    await waitFor('EOF on B', () => agent.requests.find((r) => r.requestId === start.requestId && r.eof));
    expect(agent.stdin(start.requestId).equals(input)).toBe(true);
    const after = agent.requests.filter((r) => r.requestId === start.requestId).slice(-2);
    expect(after).toMatchObject([{ type: 'RESIZE', width: 100, height: 30 }, { type: 'STDIN', eof: true }]);
    const reading = drain(stream);
    for (let at = 0; at < input.length; at += 30_000) {
      expect(await b.relay.deliver('node-b', start.requestId, { stream: 'STDOUT', data: input.subarray(at, at + 30_000).toString('base64') })).toBe(true);
    }
    await b.relay.deliver('node-b', start.requestId, { stream: 'STDERR', data: Buffer.from('warning\n').toString('base64') });
    await b.relay.deliver('node-b', start.requestId, { exitCode: 3, done: true });
    const got = await reading;
    expect(got.error).toBeUndefined();
    expect(got.out.equals(input)).toBe(true);
    expect(got.err.toString()).toBe('warning\n');
    expect(stream.exitCode).toBe(3);
    stream.close();
    await waitFor('both sides forget it', () => a.bus.counts.remote === 0 && b.bus.counts.serving === 0);
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('finds the agent’s server for a session id (the dashboard’s input) and CANCELs the agent when the client leaves', async () => {
    const agent = connect(b.relay, 'node-b');
    await waitFor('agent channel', () => b.relay.connected('node-b'));
    const stream = await a.relay.openAnywhere('node-b', EXEC, 'alice');
    expect(a.relay.stream(stream.id)).toBe(stream);
    expect(a.relay.stream(stream.id)!.owner).toBe('alice');
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    stream.close();
    await waitFor('CANCEL on B', () => agent.requests.find((r) => r.type === 'CANCEL' && r.requestId === start.requestId));
    await waitFor('B forgets it', () => b.bus.counts.serving === 0 && b.relay.openStreams === 0);
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('applies execPod input that lands on another server to the session where it is held, for its opener only', async () => {
    const agent = connect(b.relay, 'node-b');
    await waitFor('agent channel', () => b.relay.connected('node-b'));
    // alice's session (her execPod subscription) is on B; her input mutation lands on A.
    const session = await b.relay.openAnywhere('node-b', EXEC, 'alice');
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    const typed = Buffer.from('x'.repeat(7000) + '\n'); // more than one piece
    expect(await a.relay.sendInput(session.id, 'alice', { width: 120, height: 40 })).toBe(true);
    expect(await a.relay.sendInput(session.id, 'alice', { data: typed, eof: true })).toBe(true);
    await waitFor('EOF on B', () => agent.requests.find((r) => r.requestId === start.requestId && r.eof));
    expect(agent.stdin(start.requestId).equals(typed)).toBe(true);
    expect(agent.requests.find((r) => r.type === 'RESIZE')).toMatchObject({ width: 120, height: 40 });
    await expect(a.relay.sendInput(session.id, 'mallory', { data: Buffer.from('rm -rf /\n') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(agent.stdin(start.requestId).equals(typed)).toBe(true);
    expect(await a.relay.sendInput('no-such-session', 'alice', { data: Buffer.from('hi') })).toBe(false);
    session.close();
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('says whether some server has the node’s agent, and answers UNAVAILABLE when none has', async () => {
    const agent = connect(b.relay, 'node-b');
    await waitFor('agent channel', () => b.relay.connected('node-b'));
    await expect(a.relay.assertReachable('node-b')).resolves.toBeUndefined();
    await expect(a.relay.assertReachable('nowhere')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(a.relay.openAnywhere('nowhere', EXEC, 'admin')).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/node "nowhere" is not connected: its agent has no stream channel open to any API server/),
    });
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('passes the agent’s error code to the client on the other server', async () => {
    const agent = connect(b.relay, 'node-b');
    await waitFor('agent channel', () => b.relay.connected('node-b'));
    const stream = await a.relay.openAnywhere('node-b', { ...EXEC, container: 'gone' }, 'admin');
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    const reading = drain(stream);
    await b.relay.deliver('node-b', start.requestId, { error: 'NOT_FOUND: container "gone" in pod "p" has not started yet' });
    expect((await reading).error).toMatchObject({ code: 'NOT_FOUND', message: 'container "gone" in pod "p" has not started yet' });
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('ends the client’s stream with UNAVAILABLE when the agent disconnects from the other server', async () => {
    const agent = connect(b.relay, 'node-b');
    await waitFor('agent channel', () => b.relay.connected('node-b'));
    const stream = await a.relay.openAnywhere('node-b', EXEC, 'admin');
    await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    const reading = drain(stream);
    agent.disconnect();
    await agent.running;
    expect((await reading).error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/disconnected during the exec/) });
  }, 30_000);

  it('ends the client’s stream with UNAVAILABLE when the server holding the agent dies, and keeps a quiet one open until then', async () => {
    const d = await server(db.url);
    const agent = connect(d.relay, 'node-d');
    await waitFor('agent channel', () => d.relay.connected('node-d'));
    const stream = await a.relay.openAnywhere('node-d', EXEC, 'admin');
    const reading = drain(stream);
    await waitFor('START on D', () => agent.requests.find((r) => r.type === 'START'));
    const quietUntil = Date.now() + 1500; // 5 keepalive periods with nothing to say
    await waitFor('quiet period', () => Date.now() > quietUntil, 5000);
    expect(stream.ended).toBe(false);
    d.bus.abandon(); // D dies: no end, no pong
    await d.channel.abandon();
    expect((await reading).error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/stopped answering/) });
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('CANCELs the agent when the client’s server dies', async () => {
    const c = await server(db.url);
    const agent = connect(b.relay, 'node-b');
    await waitFor('agent channel', () => b.relay.connected('node-b'));
    await c.relay.openAnywhere('node-b', EXEC, 'admin');
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    c.bus.abandon();
    await c.channel.abandon();
    await waitFor('CANCEL on B', () => agent.requests.find((r) => r.type === 'CANCEL' && r.requestId === start.requestId), 10_000);
    expect(b.bus.counts.serving).toBe(0);
    agent.disconnect();
    await agent.running;
  }, 30_000);
});

describe('StreamBus backpressure', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('stream-bus-window');
  }, 30_000);

  afterAll(async () => {
    await db?.drop();
  });

  it('holds the client’s writes while the agent takes no input, and delivers everything in order once it does', async () => {
    const window: StreamBusOptions = { ...FAST, windowBytes: 8 * 1024, pieceBytes: 1000 };
    const a = await server(db.url, window);
    // B's relay holds input once 2 KiB wait in the agent channel.
    const b = await server(db.url, window, { highWaterBytes: 2 * 1024 });
    const agent = connect(b.relay, 'node-b');
    await waitFor('agent channel', () => b.relay.connected('node-b'));
    const stream = await a.relay.openAnywhere('node-b', EXEC, 'admin');
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    agent.stall();
    const input = Buffer.from(Array.from({ length: 40_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(''));
    let written = false;
    const writing = stream.write(input).then(() => (written = true));
    // The agent takes nothing: at most a window and a piece cross, then the client waits.
    await new Promise((r) => setTimeout(r, 800));
    expect(written).toBe(false);
    agent.resume();
    await writing;
    await waitFor('all input on B', () => agent.stdin(start.requestId).length === input.length);
    expect(agent.stdin(start.requestId).equals(input)).toBe(true);
    stream.close();
    agent.disconnect();
    await agent.running;
    await a.stop();
    await b.stop();
  }, 30_000);

  it('sends no more than a window of output to a client that reads nothing, then ends the stream with UNAVAILABLE', async () => {
    const window: StreamBusOptions = { ...FAST, windowBytes: 8 * 1024, pieceBytes: 1000, maxSendWaitMs: 600 };
    const a = await server(db.url, window);
    const b = await server(db.url, window);
    const agent = connect(b.relay, 'node-b');
    await waitFor('agent channel', () => b.relay.connected('node-b'));
    const stream = await a.relay.openAnywhere('node-b', EXEC, 'admin');
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    // 64 KiB from the agent; the client on A reads nothing.
    void b.relay.deliver('node-b', start.requestId, { stream: 'STDOUT', data: Buffer.alloc(64 * 1024, 'x').toString('base64') }).catch(() => {});
    await waitFor('B ends the stream', () => b.bus.counts.serving === 0, 10_000);
    const got = await drain(stream);
    expect(got.out.length).toBeLessThanOrEqual(8 * 1024 + 1000);
    expect(got.error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/not keeping up/) });
    await waitFor('CANCEL to the agent', () => agent.requests.find((r) => r.type === 'CANCEL' && r.requestId === start.requestId));
    agent.disconnect();
    await agent.running;
    await a.stop();
    await b.stop();
  }, 30_000);
});
