import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { coalesceSends, type CoalescedSendOptions } from './ws-coalesced-sends.ts';

let servers: WebSocketServer[] = [];
let clients: WebSocket[] = [];

afterEach(async () => {
  for (const c of clients) c.terminate();
  for (const s of servers) await new Promise((r) => s.close(r));
  servers = [];
  clients = [];
});

/** A server-side socket with coalesced sends, a client connected to it, and a count of the server socket's writes. */
async function pair(opts?: CoalescedSendOptions, coalesce = true) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  servers.push(wss);
  await new Promise((r) => wss.once('listening', r));
  const accepted = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  clients.push(client);
  const received: string[] = [];
  client.on('message', (m) => received.push(String(m)));
  await new Promise((r) => client.once('open', r));
  const ws = await accepted;
  if (coalesce) coalesceSends(ws, opts);
  const raw = (ws as unknown as { _socket: Duplex & { _write: Function; _writev: Function } })._socket;
  const writes = { count: 0 };
  for (const m of ['_write', '_writev'] as const) {
    const original = raw[m].bind(raw);
    raw[m] = (...args: unknown[]) => {
      writes.count++;
      return original(...args);
    };
  }
  return { ws, client, received, writes };
}

const until = async (pred: () => boolean) => {
  for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('coalesceSends', () => {
  it('writes the frames sent in one turn with one write, in order, calling each back at once', async () => {
    const { ws, received, writes } = await pair();
    const called: number[] = [];
    // As graphql-ws sends: each message after the previous one's callback.
    for (let i = 0; i < 20; i++) await new Promise<void>((resolve, reject) => ws.send(`m${i}`, (err) => (err ? reject(err) : (called.push(i), resolve()))));
    expect(called).toHaveLength(20);
    expect(writes.count).toBe(0);
    await until(() => received.length === 20);
    expect(received).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
    expect(writes.count).toBe(1);
  });

  it('without it, the same sends take a write each', async () => {
    const { ws, received, writes } = await pair(undefined, false);
    for (let i = 0; i < 20; i++) await new Promise<void>((resolve, reject) => ws.send(`m${i}`, (err) => (err ? reject(err) : resolve())));
    await until(() => received.length === 20);
    expect(writes.count).toBe(20);
  });

  it('sends what is queued before the close frame', async () => {
    const { ws, client, received } = await pair();
    const closed = new Promise<number>((r) => client.once('close', r));
    ws.send('last words', () => {});
    ws.close(4000, 'bye');
    expect(await closed).toBe(4000);
    expect(received).toEqual(['last words']);
  });

  it('above the high-water mark, calls back only once the frame was written', async () => {
    const { ws, received } = await pair({ highWaterBytes: 10 });
    let turnEnded = false;
    setImmediate(() => (turnEnded = true));
    const calledBackAfterTurn = await new Promise<boolean>((resolve) => ws.send('a message longer than ten bytes', () => resolve(turnEnded)));
    expect(calledBackAfterTurn).toBe(true);
    await until(() => received.length === 1);
    expect(received).toEqual(['a message longer than ten bytes']);
  });
});
