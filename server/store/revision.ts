/**
 * Where the event log is safe to read up to.
 *
 * Revisions are drawn from a sequence inside each writing transaction, so commit order is not
 * revision order: revision 7 can become visible before revision 6. A tail that read "everything
 * after 5" at that moment and moved on to 7 would never see 6. Serialising writers would avoid
 * that at the cost of half the write throughput (measured: 2,800 vs 7,100 creates/s), so instead:
 *
 *   1. read H, the last revision drawn from the sequence;
 *   2. then list the transaction ids of this database's running transactions: every
 *      transaction that drew a revision ≤ H took its id before it drew (the write functions
 *      guarantee this), hence before step 1, so it is finished or in that list;
 *   3. wait until none of those is running any more.
 *
 * After that every revision ≤ H is either committed and visible to any later read, or never
 * will be, so reading (last, H] misses nothing and H is a consistent point for lists.
 *
 * Two traps this avoids, each found by a test that lost a revision under load:
 *   - the commit log (`pg_xact_status`) says "committed" a moment before the transaction
 *     leaves the running set, and in that window new reads still cannot see its rows;
 *   - a snapshot's list of running transactions (`pg_snapshot_xip`) leaves out those whose id
 *     is above every completed one, so it can miss the very writer that holds revision H.
 * The backends' own transaction ids (`pg_stat_activity.backend_xid`) have neither gap: a
 * backend clears its id while holding the lock that new snapshots take. Filtering by database
 * also keeps writers in other databases of the same server from delaying the tail.
 * (Capstan's processes connect as one role, which may see its own sessions' ids.)
 */
import type pg from 'pg';

export interface SafeRevisionOptions {
  /** Poll interval while waiting for running transactions. */
  pollMs?: number;
  /** Give up waiting after this long (a stuck transaction elsewhere); the caller retries. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

type Queryable = Pick<pg.Pool | pg.PoolClient | pg.Client, 'query'>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The last revision handed out by the sequence (0 when none has been). */
export async function lastDrawnRevision(db: Queryable): Promise<bigint> {
  const { rows } = await db.query<{ last_value: string; is_called: boolean }>('SELECT last_value, is_called FROM event_log_revision_seq');
  const row = rows[0]!;
  return row.is_called ? BigInt(row.last_value) : 0n;
}

/** Transactions of this database that hold a transaction id (that is, that write). */
const RUNNING_WRITERS = `SELECT array_agg(backend_xid::text) AS xids FROM pg_stat_activity
  WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()
    AND datid = (SELECT oid FROM pg_database WHERE datname = current_database())`;

export class SafeRevisionTimeout extends Error {}

/** A revision H such that every revision ≤ H is decided (committed or rolled back for good). */
export async function safeRevision(db: Queryable, opts: SafeRevisionOptions = {}): Promise<bigint> {
  const pollMs = opts.pollMs ?? 1;
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  const h = await lastDrawnRevision(db);
  const { rows } = await db.query<{ xids: string[] | null }>(RUNNING_WRITERS);
  let running = rows[0]?.xids ?? [];
  while (running.length > 0) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('aborted');
    if (Date.now() > deadline) throw new SafeRevisionTimeout(`transactions still running after ${opts.timeoutMs ?? 10_000} ms`);
    await sleep(pollMs);
    const r = await db.query<{ xids: string[] | null }>(`${RUNNING_WRITERS} AND backend_xid::text = ANY($1::text[])`, [running]);
    running = r.rows[0]?.xids ?? [];
  }
  return h;
}
