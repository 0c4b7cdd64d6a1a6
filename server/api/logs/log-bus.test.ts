import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, waitFor, type TestDatabase } from '../../../test/harness.ts';
import { endError, LogBus, pieces } from './log-bus.ts';
import { LogRelay, type AgentLogRequest, type LogTarget } from './log-relay.ts';

const TARGET: LogTarget = { namespace: 'default', pod: 'p', podUid: 'u', container: 'c', follow: true, tailLines: null, sinceSeconds: null, previous: false };

function connect(relay: LogRelay, node: string) {
  const controller = new AbortController();
  const requests: AgentLogRequest[] = [];
  const running = (async () => {
    for await (const r of relay.connectAgent(node, controller.signal)) requests.push(r);
  })();
  return { requests, disconnect: () => controller.abort(), running };
}

describe('pieces and endError', () => {
  it('cuts text into pieces of at most the size, never splitting a surrogate pair', () => {
    expect(pieces('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(pieces('ab😀c', 3)).toEqual(['ab', '😀c']);
    expect(pieces('', 3)).toEqual([]);
  });

  it('keeps a known error code and turns an unknown one into UNAVAILABLE', () => {
    expect(endError(undefined, undefined)).toBeUndefined();
    expect(endError('NOT_FOUND', 'no previous')!.code).toBe('NOT_FOUND');
    expect(endError('WHATEVER', 'x')!.code).toBe('UNAVAILABLE');
  });
});

describe('LogBus: a log request on one API server reaches the agent connected to another', () => {
  let db: TestDatabase;
  const relayA = new LogRelay();
  const relayB = new LogRelay();
  let busA: LogBus;
  let busB: LogBus;

  beforeAll(async () => {
    db = await createTestDatabase('log-bus');
    busA = new LogBus(db.url, relayA, { acceptTimeoutMs: 1500, keepaliveMs: 300, pieceChars: 100 });
    busB = new LogBus(db.url, relayB, { acceptTimeoutMs: 1500, keepaliveMs: 300, pieceChars: 100 });
    await busA.start();
    await busB.start();
  }, 30_000);

  afterAll(async () => {
    await busA?.stop();
    await busB?.stop();
    await db?.drop();
  });

  it('streams the agent’s chunks in order to a reader on the other server, and CANCELs the agent when the reader leaves', async () => {
    const agent = connect(relayB, 'node-b');
    await waitFor('agent channel', () => relayB.connected('node-b'));
    const leave = new AbortController();
    const reader = relayA.open('node-b', TARGET, leave.signal)[Symbol.asyncIterator]();
    const first = reader.next();
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i} ${'x'.repeat(20)}\n`);
    for (const l of lines) expect(await relayB.deliver('node-b', start.requestId, { data: l })).toBe(true);
    let got = (await first).value.data as string;
    const want = lines.join('');
    while (got.length < want.length) got += (await reader.next()).value.data;
    expect(got).toBe(want);
    leave.abort();
    await reader.return?.();
    await waitFor('CANCEL on B', () => agent.requests.find((r) => r.type === 'CANCEL' && r.requestId === start.requestId));
    await waitFor('B forgets the stream', () => relayB.openStreams === 0);
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('delivers every piece of a chunk whose pieces are all alike (NOTIFY drops equal payloads of one transaction)', async () => {
    const agent = connect(relayB, 'node-b');
    await waitFor('agent channel', () => relayB.connected('node-b'));
    const reader = relayA.open('node-b', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    const first = reader.next();
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    const chunk = 'x'.repeat(2000); // 20 equal pieces of 100 characters
    await relayB.deliver('node-b', start.requestId, { data: chunk, done: true });
    let got = (await first).value.data as string;
    for (let r = await reader.next(); !r.done; r = await reader.next()) got += r.value.data;
    expect(got).toBe(chunk);
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('keeps a quiet follow stream open past the keepalive silence, then ends it when the agent says done', async () => {
    const agent = connect(relayB, 'node-b');
    await waitFor('agent channel', () => relayB.connected('node-b'));
    const reader = relayA.open('node-b', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    const next = reader.next();
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    const quietUntil = Date.now() + 1500; // 5 keepalive periods with no data
    await waitFor('quiet period', () => Date.now() > quietUntil, 5000);
    expect(relayB.openStreams).toBe(1);
    await relayB.deliver('node-b', start.requestId, { data: 'late\n', done: true });
    expect((await next).value.data).toBe('late\n');
    expect((await reader.next()).done).toBe(true);
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('passes the agent’s error code to the remote reader', async () => {
    const agent = connect(relayB, 'node-b');
    await waitFor('agent channel', () => relayB.connected('node-b'));
    const reader = relayA.open('node-b', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    const next = reader.next();
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    await relayB.deliver('node-b', start.requestId, { error: 'NOT_FOUND: no previous terminated container' });
    await expect(next).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no previous terminated container' });
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('answers UNAVAILABLE when no API server has the node’s agent', async () => {
    const reader = relayA.open('nowhere', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    await expect(reader.next()).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/node "nowhere" is not connected: its agent has no log channel open to any API server/) });
  }, 30_000);

  it('ends the remote reader’s stream with UNAVAILABLE when the agent disconnects from the other server', async () => {
    const agent = connect(relayB, 'node-b');
    await waitFor('agent channel', () => relayB.connected('node-b'));
    const reader = relayA.open('node-b', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    const next = reader.next();
    await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    agent.disconnect();
    await agent.running;
    await expect(next).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/disconnected while streaming/) });
  }, 30_000);

  it('ends the stream the other server serves when the reader’s server stops answering', async () => {
    const relayC = new LogRelay();
    const db2 = db; // same database: C is a third server that will die
    const busC = new LogBus(db2.url, relayC, { acceptTimeoutMs: 1500, keepaliveMs: 300 });
    await busC.start();
    const agent = connect(relayB, 'node-b');
    await waitFor('agent channel', () => relayB.connected('node-b'));
    const reader = relayC.open('node-b', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    void reader.next().catch(() => {});
    const start = await waitFor('START on B', () => agent.requests.find((r) => r.type === 'START'));
    await busC.abandon(); // C dies without a word to B
    await waitFor('B cancels the agent', () => agent.requests.find((r) => r.type === 'CANCEL' && r.requestId === start.requestId), 10_000);
    expect(relayB.openStreams).toBe(0);
    agent.disconnect();
    await agent.running;
  }, 30_000);

  it('ends the reader’s stream with UNAVAILABLE when the server holding the agent dies mid-stream', async () => {
    const relayD = new LogRelay();
    const busD = new LogBus(db.url, relayD, { acceptTimeoutMs: 1500, keepaliveMs: 300 });
    await busD.start();
    const agent = connect(relayD, 'node-d');
    await waitFor('agent channel', () => relayD.connected('node-d'));
    const reader = relayA.open('node-d', TARGET, new AbortController().signal)[Symbol.asyncIterator]();
    const first = reader.next();
    const start = await waitFor('START on D', () => agent.requests.find((r) => r.type === 'START'));
    await relayD.deliver('node-d', start.requestId, { data: 'before\n' });
    expect((await first).value.data).toBe('before\n');
    await busD.abandon(); // D dies: no end, no pong
    await expect(reader.next()).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/stopped answering/) });
    agent.disconnect();
    await agent.running;
  }, 30_000);
});
