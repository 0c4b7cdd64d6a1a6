/** Shared pieces of the benchmarks; databases and server processes come from the test harness. */
import http from 'node:http';
import { createTestDatabase } from '../test/harness.ts';

export { freePort, gql, startServerProcess, type ServerProcess } from '../test/harness.ts';

/** A throwaway, migrated database for one benchmark run. */
export function benchDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  return createTestDatabase(`bench_${label}`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * A lean GraphQL-over-HTTP client for load generation: node:http with keep-alive. fetch()
 * costs the load generator about twice the CPU per request, and on two cores that CPU is
 * taken from the server under test.
 */
export function graphqlPoster(url: string, token: string, maxSockets = 64) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const target = new URL(url);
  const post = (query: string, variables: Record<string, unknown>): Promise<any> => {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: unknown; errors?: { message: string }[] };
              if (parsed.errors?.length) reject(new Error(parsed.errors[0]!.message));
              else resolve(parsed.data);
            } catch (err) {
              reject(err);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
  return { post, close: () => agent.destroy() };
}
