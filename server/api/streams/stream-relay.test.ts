import { describe, expect, it } from 'vitest';
import { StreamRelay, type AgentStreamRequest, type StreamTarget } from './stream-relay.ts';

const TARGET: StreamTarget = { kind: 'EXEC', namespace: 'default', pod: 'p', podUid: 'u', container: 'c', command: ['sh'], stdin: true, tty: false, port: null };
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** An agent channel for `node` that takes requests only while `pulling` (as graphql-ws does when the socket takes them). */
function connect(relay: StreamRelay, node: string) {
  const controller = new AbortController();
  const requests: AgentStreamRequest[] = [];
  const iterator = relay.connectAgent(node, controller.signal)[Symbol.asyncIterator]();
  let pulling = true;
  const running = (async () => {
    while (pulling) {
      const r = await iterator.next();
      if (r.done) return;
      requests.push(r.value);
    }
  })();
  return {
    requests,
    disconnect: () => controller.abort(),
    running,
    /** Stops taking requests after the next one (a stalled connection). */
    stall: () => (pulling = false),
    resume: () => {
      pulling = true;
      return (async () => {
        while (pulling) {
          const r = await iterator.next();
          if (r.done) return;
          requests.push(r.value);
        }
      })();
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('StreamRelay', () => {
  it('sends START, then the client’s stdin, resizes and EOF, in order', async () => {
    const relay = new StreamRelay({ maxMessageBytes: 4 });
    const agent = connect(relay, 'n1');
    await tick();
    const stream = relay.open('n1', TARGET, 'admin');
    await stream.write(Buffer.from('hello'));
    stream.resize(80, 24);
    stream.closeStdin();
    await tick();
    expect(agent.requests.map((r) => r.type)).toEqual(['START', 'STDIN', 'STDIN', 'RESIZE', 'STDIN']);
    expect(agent.requests[0]).toMatchObject({ requestId: stream.id, kind: 'EXEC', pod: 'p', command: ['sh'], stdin: true });
    // Split at maxMessageBytes, bytes intact.
    expect(Buffer.concat(agent.requests.slice(1, 3).map((r) => Buffer.from(r.data!, 'base64'))).toString()).toBe('hello');
    expect(agent.requests[3]).toMatchObject({ width: 80, height: 24 });
    expect(agent.requests[4]).toMatchObject({ eof: true });
  });

  it('delivers output by stream and ends with the exit code', async () => {
    const relay = new StreamRelay();
    connect(relay, 'n1');
    await tick();
    const stream = relay.open('n1', TARGET, 'admin');
    const id = stream.id;
    expect(await relay.deliver('n1', id, { stream: 'STDOUT', data: b64('out') })).toBe(true);
    expect(await relay.deliver('n1', id, { stream: 'STDERR', data: b64('err') })).toBe(true);
    expect(await relay.deliver('n1', id, { exitCode: 3, done: true })).toBe(false);
    const got: string[] = [];
    for await (const o of stream.output()) got.push(`${o.stream}:${o.data}`);
    expect(got).toEqual(['STDOUT:out', 'STDERR:err']);
    expect(stream.exitCode).toBe(3);
    expect(relay.openStreams).toBe(0);
  });

  it('refuses output from a node the stream was not opened on', async () => {
    const relay = new StreamRelay();
    connect(relay, 'n1');
    await tick();
    const stream = relay.open('n1', TARGET, 'admin');
    await expect(relay.deliver('n2', stream.id, { data: b64('forged') })).rejects.toThrow(/opened on another node/);
    stream.close();
  });

  it('refuses to open a stream on a node without an agent channel', () => {
    const relay = new StreamRelay();
    expect(() => relay.open('gone', TARGET, 'admin')).toThrow(/node "gone" is not connected/);
  });

  it('holds the agent while the client is behind, and ends a stream that piles up past maxBufferBytes', async () => {
    const relay = new StreamRelay({ highWaterBytes: 100, maxBufferBytes: 1_000 });
    const agent = connect(relay, 'n1');
    await tick();
    const stream = relay.open('n1', TARGET, 'admin');
    const reader = stream.output()[Symbol.asyncIterator]();
    let settled = false;
    const sent = relay.deliver('n1', stream.id, { data: b64('z'.repeat(200)) }).then((v) => ((settled = true), v));
    await tick();
    expect(settled).toBe(false);
    expect((await reader.next()).value!.data).toHaveLength(200);
    expect(await sent).toBe(true);
    // A client that takes nothing: past the bound the stream ends and the agent is told to stop.
    void relay.deliver('n1', stream.id, { data: b64('a'.repeat(600)) });
    expect(await relay.deliver('n1', stream.id, { data: b64('b'.repeat(600)) })).toBe(false);
    expect((await reader.next()).value!.data).toHaveLength(600);
    await expect(reader.next()).rejects.toThrow(/not keeping up/);
    await tick();
    expect(agent.requests.at(-1)).toMatchObject({ type: 'CANCEL', requestId: stream.id });
  });

  it('holds a writer while the agent’s channel is backed up with stdin', async () => {
    const relay = new StreamRelay({ highWaterBytes: 10, maxMessageBytes: 8 });
    const agent = connect(relay, 'n1');
    await tick();
    const stream = relay.open('n1', TARGET, 'admin');
    await tick();
    agent.stall();
    await tick();
    let written = false;
    const writing = stream.write(Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz')).then(() => (written = true));
    await tick();
    await tick();
    expect(written).toBe(false);
    void agent.resume();
    await writing;
    await tick();
    const sentStdin = agent.requests.filter((r) => r.type === 'STDIN').map((r) => Buffer.from(r.data!, 'base64').toString());
    expect(sentStdin.join('')).toBe('0123456789abcdefghijklmnopqrstuvwxyz');
  });

  it('ends the streams of an agent that disconnects with UNAVAILABLE', async () => {
    const relay = new StreamRelay();
    const agent = connect(relay, 'n1');
    await tick();
    const stream = relay.open('n1', TARGET, 'admin');
    agent.disconnect();
    await expect(stream.output().next()).rejects.toThrow(/agent of node "n1" disconnected during the exec of pod "p"/);
    expect(relay.connected('n1')).toBe(false);
  });

  it('tells the agent to CANCEL when the client closes', async () => {
    const relay = new StreamRelay();
    const agent = connect(relay, 'n1');
    await tick();
    const stream = relay.open('n1', TARGET, 'admin');
    stream.close();
    await tick();
    expect(agent.requests.map((r) => r.type)).toEqual(['START', 'CANCEL']);
    expect(await relay.deliver('n1', stream.id, { data: b64('late') })).toBe(false);
  });
});
