/**
 * Point reads by key, batched as the creates and updates are: a read that arrives while
 * `maxInFlight` others are in Postgres waits one turn and goes with the rest in one statement.
 * A lone read goes out at once, on a prepared statement of its own.
 *
 * Why: every update, status write and delete starts with a read of the current object, and at
 * thousands of writes a second the per-statement cost (a round trip, and a parse and plan for an
 * unnamed statement) was a large share of Postgres' CPU per write.
 *
 * A read never sees less than it would alone: its statement is sent after it was asked, so it
 * sees every write committed before that.
 */
import type pg from 'pg';
import type { KObject } from '../kinds/types.ts';
import { StatementBatcher } from './statement-batcher.ts';

interface Read {
  key: string;
  kind: string;
  namespace: string;
  name: string;
}

export const GET_ONE = { name: 'capstan_get_one', text: 'SELECT data FROM objects WHERE kind = $1 AND namespace = $2 AND name = $3' } as const;
export const GET_MANY = {
  name: 'capstan_get_many',
  text: `SELECT o.kind, o.namespace, o.name, o.data
           FROM unnest($1::text[], $2::text[], $3::text[]) AS k(kind, namespace, name)
           JOIN objects o ON o.kind = k.kind AND o.namespace = k.namespace AND o.name = k.name`,
} as const;

export class GetBatcher {
  private readonly batcher: StatementBatcher<Read, KObject | null>;

  constructor(
    private readonly pool: pg.Pool,
    maxInFlight: number,
    maxBatch = 128,
  ) {
    this.batcher = new StatementBatcher(maxInFlight, maxBatch, (reads) => this.send(reads));
  }

  /** Statements sent and reads served (for tests and benchmarks). */
  get stats(): { statements: number; reads: number } {
    return { statements: this.batcher.stats.statements, reads: this.batcher.stats.items };
  }

  get(kind: string, namespace: string, name: string): Promise<KObject | null> {
    return this.batcher.submit({ key: `${kind}\u0000${namespace}\u0000${name}`, kind, namespace, name });
  }

  private async send(reads: Read[]): Promise<(KObject | null)[]> {
    if (reads.length === 1) {
      const r = reads[0]!;
      const { rows } = await this.pool.query<{ data: KObject }>({ ...GET_ONE, values: [r.kind, r.namespace, r.name] });
      return [rows[0]?.data ?? null];
    }
    const unique = [...new Map(reads.map((r) => [r.key, r])).values()];
    const { rows } = await this.pool.query<{ kind: string; namespace: string; name: string; data: KObject }>({
      ...GET_MANY,
      values: [unique.map((r) => r.kind), unique.map((r) => r.namespace), unique.map((r) => r.name)],
    });
    const found = new Map<string, KObject>();
    for (const r of rows) found.set(`${r.kind}\u0000${r.namespace}\u0000${r.name}`, r.data);
    // Readers of one key each get their own copy: callers may change what they read.
    const served = new Set<string>();
    return reads.map((r) => {
      const obj = found.get(r.key);
      if (!obj) return null;
      if (served.has(r.key)) return structuredClone(obj);
      served.add(r.key);
      return obj;
    });
  }
}
