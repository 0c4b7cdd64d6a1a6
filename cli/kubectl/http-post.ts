/**
 * One HTTP POST through node:http (or node:https), for the CLI's requests. Not fetch(): its
 * first use in a process loads and sets up undici, about 100 ms of a cold `capstan get pods`
 * on an idle machine (250 ms on a busy one), where node:http costs a few.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** POSTs `body` to `url`; rejects with the socket's error (ECONNREFUSED, …) or the signal's reason. */
export async function httpPost(url: string, body: string, headers: Record<string, string>, signal?: AbortSignal): Promise<HttpAnswer> {
  const target = new URL(url);
  const { request } = target.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise<HttpAnswer>((resolve, reject) => {
    const req = request(target, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
      res.on('aborted', () => reject(signal?.reason ?? new Error('the server closed the connection mid-answer')));
    });
    req.on('error', reject);
    req.end(body);
  });
}
