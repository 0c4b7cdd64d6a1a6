/**
 * `/metrics` of a `capstan workers` process (Prometheus text), plus `/healthz`. Plain node:http:
 * the workers have no API server of their own. `/metrics` wants a bearer token allowed to get
 * metrics, as the API server's does (queue names and reconcile counts are cluster information);
 * `/healthz` needs none.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { capstanErrorOf } from '../server/api/errors.ts';

/** Throws (UNAUTHENTICATED, FORBIDDEN) unless the Authorization header's holder may read metrics. */
export type MetricsAuthorizer = (authorization: string | undefined) => Promise<void>;

export async function serveMetrics(registry: Registry, host: string, port: number, authorize: MetricsAuthorizer): Promise<{ address: AddressInfo; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/metrics') {
      authorize(req.headers.authorization)
        .then(() => registry.metrics(), (err: unknown) => {
          const code = capstanErrorOf(err)?.code;
          res.statusCode = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 503;
          if (code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
          res.end(code === 'UNAUTHENTICATED' ? 'a bearer token is required for /metrics\n' : code === 'FORBIDDEN' ? 'this identity may not get metrics\n' : 'metrics unavailable\n');
          return undefined;
        })
        .then(
        (text) => {
          if (text === undefined) return;
          res.setHeader('Content-Type', registry.contentType);
          res.end(text);
        },
        () => {
          res.statusCode = 500;
          res.end('metrics unavailable\n');
        },
      );
      return;
    }
    if (req.method === 'GET' && path === '/healthz') {
      res.end('ok\n');
      return;
    }
    res.statusCode = 404;
    res.end('not found (try /metrics)\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    address: server.address() as AddressInfo,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
