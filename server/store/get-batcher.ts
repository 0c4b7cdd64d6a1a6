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

interface Pending {
  key: string;
  kind: string;
  namespace: string;
  name: string;
  resolve(o: KObject | null): void;
  reject(err: unknown): void;
}

export const GET_ONE = { name: 'capstan_get_one', text: 'SELECT data FROM objects WHERE kind = $1 AND namespace = $2 AND name = $3' } as const;
export const GET_MANY = {
  name: 'capstan_get_many',
  text: `SELECT o.kind, o.namespace, o.name, o.data
           FROM unnest($1::text[], $2::text[], $3::text[]) AS k(kind, namespace, name)
           JOIN objects o ON o.kind = k.kind AND o.namespace = k.namespace AND o.name = k.name`,
} as const;

export class GetBatcher {
  private queue: Pending[] = [];
  private inFlight = 0;
  /** Statements sent and reads served (for tests and benchmarks). */
  readonly stats = { statements: 0, reads: 0 };

  constructor(
    private readonly pool: pg.Pool,
    private readonly maxInFlight: number,
    private readonly maxBatch = 128,
  ) {}

  get(kind: string, namespace: string, name: string): Promise<KObject | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ key: `${kind}\u0000${namespace}\u0000${name}`, kind, namespace, name, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async flush(batch: Pending[]): Promise<void> {
    this.stats.statements++;
    this.stats.reads += batch.length;
    try {
      if (batch.length === 1) {
        const p = batch[0]!;
        const { rows } = await this.pool.query<{ data: KObject }>({ ...GET_ONE, values: [p.kind, p.namespace, p.name] });
        p.resolve(rows[0]?.data ?? null);
        return;
      }
      const keys = new Map<string, Pending>();
      for (const p of batch) keys.set(p.key, p);
      const unique = [...keys.values()];
      const { rows } = await this.pool.query<{ kind: string; namespace: string; name: string; data: KObject }>({
        ...GET_MANY,
        values: [unique.map((p) => p.kind), unique.map((p) => p.namespace), unique.map((p) => p.name)],
      });
      const found = new Map<string, KObject>();
      for (const r of rows) found.set(`${r.kind}\u0000${r.namespace}\u0000${r.name}`, r.data);
      // Readers of one key each get their own copy: callers may change what they read.
      const served = new Set<string>();
      for (const p of batch) {
        const obj = found.get(p.key);
        if (!obj) p.resolve(null);
        else if (!served.has(p.key)) {
          served.add(p.key);
          p.resolve(obj);
        } else p.resolve(structuredClone(obj));
      }
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}
