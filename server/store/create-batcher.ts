/**
 * Group commit for creates. Creates that arrive while others are being written wait one turn
 * and go to Postgres together in one statement (`capstan_create_many`): one round trip and one
 * commit for the lot. A lone create goes out at once, so there is no added latency when the
 * store is quiet; under load the batches form by themselves.
 */
import type pg from 'pg';
import type { KObject } from '../kinds/types.ts';

export interface CreateItem {
  kind: string;
  namespace: string;
  name: string;
  uid: string;
  data: KObject;
  /**
   * The namespace's policy stamp the object was admitted with (see PolicyLoader); when the
   * namespace's policies have changed since, nothing is written and the outcome is `stale`.
   */
  policyStamp?: string;
}

/**
 * `object` is undefined when an object of that name already exists, or when `stale`: the item's
 * policy stamp no longer matched, so it was not written and must be admitted again.
 */
export interface CreateOutcome {
  revision?: bigint;
  object?: KObject;
  stale?: boolean;
}

interface Pending {
  item: CreateItem;
  resolve(o: CreateOutcome): void;
  reject(err: unknown): void;
}

export class CreateBatcher {
  private queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly pool: pg.Pool,
    /** Statements in flight at once; more creates wait and join the next batch. */
    private readonly maxInFlight: number,
    private readonly maxBatch = 64,
  ) {}

  create(item: CreateItem): Promise<CreateOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
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
    try {
      const { rows } = await this.pool.query<{ idx: number; revision: string | null; object: KObject | null; stale: boolean }>(
        'SELECT idx, revision, object, stale FROM capstan_create_many($1::jsonb)',
        [JSON.stringify(batch.map((p) => p.item))],
      );
      for (const r of rows) batch[r.idx]!.resolve(createOutcome(r));
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}

/** A row of `capstan_create_many` as an outcome. */
export function createOutcome(r: { revision: string | null; object: KObject | null; stale: boolean }): CreateOutcome {
  if (r.stale) return { stale: true };
  return r.revision === null ? {} : { revision: BigInt(r.revision), object: r.object! };
}
