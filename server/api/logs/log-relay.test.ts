import { describe, expect, it } from 'vitest';
import { CapstanError } from '../../errors.ts';
import { agentError, LogRelay, type AgentLogRequest, type LogTarget } from './log-relay.ts';

const TARGET: LogTarget = { namespace: 'default', pod: 'p', podUid: 'u', container: 'c', follow: true, tailLines: null, sinceSeconds: null, previous: false };

/** An agent channel for `node`, and the requests it received. */
function connect(relay: LogRelay, node: string) {
  const controller = new AbortController();
  const requests: AgentLogRequest[] = [];
  const running = (async () => {
    for await (const r of relay.connectAgent(node, controller.signal)) requests.push(r);
  })();
  return { requests, disconnect: () => controller.abort(), running };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('LogRelay', () => {
  it('ends a stream whose reader lets more than maxBufferBytes pile up, and tells the agent to stop', async () => {
    const relay = new LogRelay({ maxBufferBytes: 1_000, highWaterBytes: 10_000 });
    const agent = connect(relay, 'n1');
    await tick();
    const reader = relay.open('n1', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    await tick();
    const id = agent.requests[0]!.requestId;
    expect(await relay.deliver('n1', id, { data: 'x'.repeat(600) })).toBe(true);
    expect(await relay.deliver('n1', id, { data: 'y'.repeat(600) })).toBe(false);
    expect((await reader.next()).value.data).toBe('x'.repeat(600));
    await expect(reader.next()).rejects.toThrow(/not keeping up: more than 1000 bytes/);
    await tick();
    expect(agent.requests.map((r) => r.type)).toEqual(['START', 'CANCEL']);
    expect(relay.openStreams).toBe(0);
  });

  it('holds the agent while more than highWaterBytes wait, and lets it go once the reader takes them', async () => {
    const relay = new LogRelay({ highWaterBytes: 100, maxBufferBytes: 10_000 });
    const agent = connect(relay, 'n1');
    await tick();
    const reader = relay.open('n1', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    await tick();
    const id = agent.requests[0]!.requestId;
    let settled = false;
    const sent = relay.deliver('n1', id, { data: 'z'.repeat(200) }).then((v) => ((settled = true), v));
    await tick();
    expect(settled).toBe(false);
    expect((await reader.next()).value.data).toHaveLength(200);
    expect(await sent).toBe(true);
  });

  it('ends the streams of an agent that disconnects with UNAVAILABLE', async () => {
    const relay = new LogRelay();
    const agent = connect(relay, 'n1');
    await tick();
    const reader = relay.open('n1', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    agent.disconnect();
    await agent.running;
    const err = await reader.next().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CapstanError);
    expect((err as CapstanError).code).toBe('UNAVAILABLE');
    expect(relay.connected('n1')).toBe(false);
    expect(() => relay.open('n1', TARGET, new AbortController().signal)).toThrow(/node "n1" is not connected/);
  });

  it('sends new requests to the newest channel of a node that reconnected', async () => {
    const relay = new LogRelay();
    const old = connect(relay, 'n1');
    const fresh = connect(relay, 'n1');
    await tick();
    relay.open('n1', TARGET, new AbortController().signal);
    await tick();
    expect(old.requests).toEqual([]);
    expect(fresh.requests).toHaveLength(1);
  });

  it('at shutdown ends readers with UNAVAILABLE, completes agent channels and refuses new ones', async () => {
    const relay = new LogRelay();
    const agent = connect(relay, 'n1');
    await tick();
    const reader = relay.open('n1', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    relay.close('shutting down');
    await agent.running;
    await expect(reader.next()).rejects.toThrow('shutting down');
    expect(() => relay.open('n1', TARGET, new AbortController().signal)).toThrow('shutting down');
    await expect(relay.connectAgent('n1', new AbortController().signal).next()).rejects.toThrow('shutting down');
  });
});

describe('agentError', () => {
  it('keeps a known code the agent names and makes anything else UNAVAILABLE', () => {
    expect(agentError('n1', 'NOT_FOUND: no previous terminated container').code).toBe('NOT_FOUND');
    expect(agentError('n1', 'NOT_FOUND: no previous terminated container').message).toBe('no previous terminated container');
    expect(agentError('n1', 'BOGUS: x').code).toBe('UNAVAILABLE');
    expect(agentError('n1', 'disk on fire').message).toBe('the agent of node "n1" could not stream the log: disk on fire');
  });
});
