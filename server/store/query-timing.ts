/**
 * Database query latency: times every query of a pg pool's clients (the store's SQL and Prisma's,
 * which shares the pool) from the call to its result. Labels stay bounded: the statement's
 * first keyword (select, insert, update, delete, begin, commit, rollback, other).
 */
import { Histogram, type Registry } from 'prom-client';
import type pg from 'pg';

export type QueryObserver = (statement: string, seconds: number, failed: boolean) => void;

const STATEMENTS = new Set(['select', 'insert', 'update', 'delete', 'begin', 'commit', 'rollback', 'with']);

/** The bounded label of one SQL text: its first keyword, or `other`. */
export function statementKind(sql: unknown): string {
  const text = typeof sql === 'string' ? sql : typeof (sql as { text?: unknown })?.text === 'string' ? (sql as { text: string }).text : '';
  const word = /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toLowerCase() ?? '';
  return STATEMENTS.has(word) ? word : 'other';
}

const TIMED = Symbol('capstan.timedClient');

/** Wraps `query` of each client the pool hands out (once per client). */
export function timeQueries(pool: pg.Pool, observe: QueryObserver): void {
  pool.on('acquire', (client) => {
    const c = client as pg.PoolClient & { [TIMED]?: true };
    if (c[TIMED]) return;
    c[TIMED] = true;
    const original = c.query.bind(c) as (...args: unknown[]) => unknown;
    (c as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const kind = statementKind(args[0]);
      const started = performance.now();
      const done = (failed: boolean) => observe(kind, (performance.now() - started) / 1000, failed);
      const last = args[args.length - 1];
      if (typeof last === 'function') {
        args[args.length - 1] = (err: unknown, ...rest: unknown[]) => {
          done(Boolean(err));
          return (last as (...a: unknown[]) => unknown)(err, ...rest);
        };
        return original(...args);
      }
      const result = original(...args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(
          () => done(false),
          () => done(true),
        );
      }
      return result;
    };
  });
}

/** `capstan_db_query_duration_seconds{statement,result}` in `registry`, as an observer for {@link timeQueries}. */
export function queryDurationMetric(registry: Registry): QueryObserver {
  const name = 'capstan_db_query_duration_seconds';
  // Several stores may report into one registry (workers started twice in a test process).
  const existing = registry.getSingleMetric(name) as Histogram<'statement' | 'result'> | undefined;
  const h = existing ?? new Histogram({
    name,
    help: 'Time of one database query from the call to its result, by statement (first keyword) and result (ok, error)',
    labelNames: ['statement', 'result'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return (statement, seconds, failed) => h.observe({ statement, result: failed ? 'error' : 'ok' }, seconds);
}
