/**
 * Graceful stop of the API server: watches end with 1001 and the process exits promptly, even
 * when a client never answers the WebSocket close handshake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestDatabase, startServerProcess, type TestDatabase } from './harness.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('api_shutdown');
}, 60_000);

afterAll(async () => {
  await db?.drop();
});

describe('stopping the API server', () => {
  it('exits within a few seconds even when a WebSocket client never answers the close handshake', async () => {
    const server = await startServerProcess(db.url);
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${server.token}` } }));
    await new Promise((resolve) => ws.once('message', resolve));
    // A frozen peer: it stops reading, so the server's close frame is never answered.
    (ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGTERM');
    const code = await exited;
    const took = Date.now() - started;
    ws.terminate();
    expect(code).toBe(0);
    expect(took).toBeLessThan(6_000);
  }, 60_000);
});
