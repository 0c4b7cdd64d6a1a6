import http from 'node:http';
import net from 'node:net';
import { Agent } from 'undici';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient, fetchFailure, handshakeBoundMs } from './api-client.ts';

describe('the agent API client', () => {
  it('says why a request could not reach the server: the socket-level failure and its code', async () => {
    // A server that reads the request and closes the connection without answering.
    const server = net.createServer((socket) => socket.once('data', () => socket.destroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const client = new ApiClient({ server: `http://127.0.0.1:${port}`, token: 't', requestTimeoutMs: 5_000 });
      const err = await client.request('{ __typename }').catch((e: Error) => e);
      expect((err as Error).message).toMatch(/^cannot reach the API server at http:\/\/127\.0\.0\.1:\d+\/graphql: .*(UND_ERR_SOCKET|ECONNRESET)/);
    } finally {
      server.close();
    }
  });

  it('names a refused connection', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const client = new ApiClient({ server: `http://127.0.0.1:${port}`, token: 't', requestTimeoutMs: 5_000 });
    await expect(client.request('{ __typename }')).rejects.toThrow(/cannot reach the API server at .*ECONNREFUSED/);
  });

  it('sends its requests over the connection pool it is given: 40 at once through a pool of 2 use 2 connections', async () => {
    let connections = 0;
    let inFlight = 0;
    let most = 0;
    const server = http.createServer((req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      req.resume();
      req.on('end', () =>
        setTimeout(() => {
          inFlight--;
          res.setHeader('content-type', 'application/json');
          res.end('{"data":{"ok":true}}');
        }, 5),
      );
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const dispatcher = new Agent({ connections: 2 });
    try {
      const client = new ApiClient({ server: `http://127.0.0.1:${port}`, token: 't', requestTimeoutMs: 10_000, dispatcher });
      const answers = await Promise.all(Array.from({ length: 40 }, () => client.request<{ ok: boolean }>('{ ok }')));
      expect(answers.every((a) => a.ok)).toBe(true);
      expect(connections).toBe(2);
      expect(most).toBeLessThanOrEqual(2);
    } finally {
      await dispatcher.close();
      server.close();
    }
  });

  it('keeps an error without a cause as it is', () => {
    expect(fetchFailure(new Error('boom'))).toBe('boom');
    expect(fetchFailure(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }))).toBe('other side closed (UND_ERR_SOCKET)');
    expect(fetchFailure(Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNRESET', message: 'read ECONNRESET' } }))).toBe('fetch failed (ECONNRESET: read ECONNRESET)');
  });

  it('gives up on a server that does not answer after requestTimeoutMs, and frees the caller', async () => {
    // Reads the request and never answers.
    const server = net.createServer((socket) => socket.on('data', () => {}));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const client = new ApiClient({ server: `http://127.0.0.1:${port}`, token: 't', requestTimeoutMs: 300 });
      const t0 = performance.now();
      await expect(client.request('{ __typename }')).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/no answer in time$/) });
      expect(performance.now() - t0).toBeLessThan(3_000);
      // The caller's own signal ends a request too, before the timeout.
      const caller = new AbortController();
      const pending = client.request('{ __typename }', {}, caller.signal);
      caller.abort();
      await expect(pending).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    } finally {
      server.close();
    }
  });
});

describe('closing the agent API client', () => {
  it('succeeds while its WebSocket is still failing to connect', async () => {
    // Takes the connection and never answers the upgrade: the handshake times out.
    const server = net.createServer((socket) => socket.on('data', () => undefined));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const client = new ApiClient({ server: `http://127.0.0.1:${port}`, token: 't', handshakeTimeoutMs: 200 });
      client.subscribe('subscription { x }', {}, { next: () => undefined, error: () => undefined });
      await new Promise((r) => setTimeout(r, 20));
      await expect(client.close()).resolves.toBeUndefined();
    } finally {
      server.close();
    }
  });
});

describe('the WebSocket handshake bound', () => {
  it('doubles with each handshake in a row that does not complete, up to 16 times the base', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => handshakeBoundMs(1_000, n))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 16_000, 16_000]);
  });

  it('gives a server that accepts but is slow to answer longer each time, instead of leaving it every second', async () => {
    // Never answers the upgrade: each attempt ends when the client's bound runs out.
    const lifetimes: number[] = [];
    const server = net.createServer((socket) => {
      const t0 = Date.now();
      socket.on('data', () => undefined);
      socket.on('close', () => lifetimes.push(Date.now() - t0));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const client = new ApiClient({ server: `http://127.0.0.1:${port}`, token: 't', handshakeTimeoutMs: 60, retryMinMs: 1, retryMaxMs: 2 });
    try {
      client.subscribe('subscription { x }', {}, { next: () => undefined, error: () => undefined });
      await vi.waitFor(() => expect(lifetimes.length).toBeGreaterThanOrEqual(4), { timeout: 5_000, interval: 20 });
      // 60, 120, 240, 480 ms: each attempt waited about twice as long as the one before.
      expect(lifetimes[3]!).toBeGreaterThan(3 * lifetimes[0]!);
      expect(lifetimes[3]!).toBeGreaterThanOrEqual(400);
    } finally {
      await client.close();
      server.close();
    }
  });
});
