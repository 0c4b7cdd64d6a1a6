import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { ApiClient, fetchFailure } from './api-client.ts';

describe('the agent API client', () => {
  it('says why a request could not reach the server, not only "fetch failed"', async () => {
    // A server that reads the request and closes the connection without answering.
    const server = net.createServer((socket) => socket.once('data', () => socket.destroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const client = new ApiClient({ server: `http://127.0.0.1:${port}`, token: 't', requestTimeoutMs: 5_000 });
      const err = await client.request('{ __typename }').catch((e: Error) => e);
      expect((err as Error).message).toMatch(/^cannot reach the API server at http:\/\/127\.0\.0\.1:\d+\/graphql: fetch failed \((UND_ERR_SOCKET|ECONNRESET)/);
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
    await expect(client.request('{ __typename }')).rejects.toThrow(/fetch failed \(ECONNREFUSED/);
  });

  it('keeps an error without a cause as it is', () => {
    expect(fetchFailure(new Error('boom'))).toBe('boom');
  });
});
