/**
 * The event log: reading it in revision order (never past the safe revision), object history,
 * and compaction. Compaction keeps at least `minAgeMs` of history and `minRevisions` revisions;
 * a watch or list continuation from before the compacted revision fails with EXPIRED. Below that
 * horizon each object keeps its last few entries for a while (see history-retention.ts): they
 * serve `history` only, never a watch or a list (both start at or above the horizon).
 */
import type pg from 'pg';
import { CapstanError } from '../errors.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import type { PrismaClient } from './prisma.ts';
import { keepsHistory, resolveHistoryRetention, type HistoryRetentionOptions } from './history-retention.ts';
import { lastDrawnRevision, safeRevision, type SafeRevisionOptions } from './revision.ts';
import { readSchedulingChanges } from './scheduling-log.ts';
import type { LogEvent } from './types.ts';

export interface CompactionOptions {
  /** Keep every revision younger than this (default 5 minutes). */
  minAgeMs?: number;
  /** Keep at least this many latest revisions (default 1,000). */
  minRevisions?: number;
  /** Delete at most this many rows (or scan this many revisions) per statement. */
  batchSize?: number;
  /** What each object keeps of its history below the horizon. */
  history?: HistoryRetentionOptions;
}

export interface CompactionResult {
  compactedRevision: bigint;
  deleted: number;
}

const COMPACTION_LOCK_KEY = 72_616_002;

interface LogRow {
  revision: string;
  type: LogEvent['type'];
  kind: KindName;
  namespace: string;
  name: string;
  object: KObject;
  prev_object: KObject | null;
  created_at: Date;
}

/** A page read by `readPage`. */
export interface LogPage {
  revisions: bigint[];
  events: LogEvent[];
  /** The page's bound: the `upTo` asked for, or the last revision drawn when none was. */
  upTo: bigint;
  /** The compaction horizon, read in the same snapshot as the rows (only when asked for). */
  compacted?: bigint;
}

/**
 * One statement for a tail's page: the bound (`$2`, or the last revision drawn from the
 * sequence), the compaction horizon when `$5`, and the rows after `$1` up to the bound, at most
 * `$3`, the objects only of the kinds in `$4` (all when null). A row with a null revision stands
 * for an empty page. In the same snapshot as the rows, the horizon is exact: compaction records
 * it before it deletes, so rows this read misses were deleted under a horizon it sees.
 */
const READ_PAGE = `
  SELECT h.up_to, h.compacted, e.revision, e.type, e.kind, e.namespace, e.name, e.wanted, e.object, e.prev_object, e.created_at
    FROM (SELECT COALESCE($2::bigint, (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM event_log_revision_seq)) AS up_to,
                 CASE WHEN $5::boolean THEN (SELECT compacted_revision FROM log_state WHERE id = 1) END AS compacted) h
    LEFT JOIN LATERAL (
      SELECT revision, type, kind, namespace, name, ($4::text[] IS NULL OR kind = ANY($4::text[])) AS wanted,
             CASE WHEN $4::text[] IS NULL OR kind = ANY($4::text[]) THEN object END AS object,
             CASE WHEN $4::text[] IS NULL OR kind = ANY($4::text[]) THEN prev_object END AS prev_object, created_at
        FROM event_log WHERE revision > $1 AND revision <= h.up_to ORDER BY revision LIMIT $3
    ) e ON true
   ORDER BY e.revision`;

/** The EXPIRED error of a reader at `revision` when the log was compacted past it, or null. */
export function compactedPast(revision: bigint, compacted: bigint, what: string): CapstanError | null {
  if (revision >= compacted) return null;
  return new CapstanError('EXPIRED', `too old resource version: ${revision} (${compacted}); the ${what} must start again from a fresh list`);
}

function toEvent(r: LogRow): LogEvent {
  const e: LogEvent = {
    revision: BigInt(r.revision),
    type: r.type,
    kind: r.kind,
    namespace: r.namespace,
    name: r.name,
    object: r.object,
    createdAt: r.created_at,
  };
  if (r.prev_object) e.prevObject = r.prev_object;
  return e;
}

export class EventLog {
  constructor(
    private readonly pool: pg.Pool,
    private readonly prisma: PrismaClient,
  ) {}

  /** See server/store/revision.ts: every revision ≤ the result is decided. */
  safeRevision(opts?: SafeRevisionOptions, db: Pick<pg.Pool, 'query'> = this.pool): Promise<bigint> {
    return safeRevision(db, opts);
  }

  /** The last revision drawn; it and those before it may still be uncommitted (see revision.ts). */
  lastDrawnRevision(db: Pick<pg.Pool, 'query'> = this.pool): Promise<bigint> {
    return lastDrawnRevision(db);
  }

  /** Events with after < revision ≤ upTo, in order, at most `limit`. */
  async readAfter(after: bigint, upTo: bigint, limit = 1000, opts: { kind?: KindName; db?: Pick<pg.Pool, 'query'> } = {}): Promise<LogEvent[]> {
    const db = opts.db ?? this.pool;
    const params: unknown[] = [after.toString(), upTo.toString(), limit];
    let kindFilter = '';
    if (opts.kind) {
      params.push(opts.kind);
      kindFilter = 'AND kind = $4';
    }
    const { rows } = await db.query<LogRow>(
      `SELECT revision, type, kind, namespace, name, object, prev_object, created_at FROM event_log
        WHERE revision > $1 AND revision <= $2 ${kindFilter} ORDER BY revision LIMIT $3`,
      params,
    );
    return rows.map(toEvent);
  }

  /**
   * A page of the log for a tail, in one statement: rows with after < revision ≤ upTo (the last
   * revision drawn when `upTo` is undefined; see revision.ts: some below it may still be
   * uncommitted), in order, at most `limit`. `revisions` has every row's revision (a tail finds
   * missing revisions and its next position from them); `events` only the rows of `kinds` (all
   * rows when `kinds` is undefined). The other rows come back without their objects, so a tail
   * that follows a few kinds neither makes Postgres send nor itself parse the objects of the
   * rest (every Lease renewal, every ConfigMap). `horizon`: also the compaction horizon.
   */
  async readPage(
    after: bigint,
    upTo: bigint | undefined,
    limit: number,
    opts: { kinds?: readonly string[]; horizon?: boolean; db?: Pick<pg.Pool, 'query'> } = {},
  ): Promise<LogPage> {
    const db = opts.db ?? this.pool;
    const { rows } = await db.query<Omit<LogRow, 'revision'> & { revision: string | null; wanted: boolean; up_to: string; compacted: string | null }>(READ_PAGE, [
      after.toString(),
      upTo?.toString() ?? null,
      limit,
      opts.kinds ?? null,
      opts.horizon === true,
    ]);
    const first = rows[0]!;
    const page: LogPage = { revisions: [], events: [], upTo: BigInt(first.up_to) };
    if (first.compacted !== null) page.compacted = BigInt(first.compacted);
    if (first.revision === null) return page;
    page.revisions = new Array<bigint>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (r.wanted) {
        const e = toEvent(r as LogRow);
        page.revisions[i] = e.revision;
        page.events.push(e);
      } else page.revisions[i] = BigInt(r.revision!);
    }
    return page;
  }

  /**
   * The changes a scheduler snapshot needs (see scheduling-log.ts), after < revision ≤ upTo, in
   * order, at most `limit`; the last one returned need not be at `upTo` (others were filtered).
   * Check `assertNotCompacted(after)` once read: rows below the horizon may be gone.
   */
  readSchedulingChanges(after: bigint, upTo: bigint, limit = 5000, db: Pick<pg.Pool, 'query'> = this.pool, skip: readonly bigint[] = []): Promise<LogEvent[]> {
    return readSchedulingChanges(db, after, upTo, limit, skip);
  }

  async compactedRevision(db: Pick<pg.Pool, 'query'> = this.pool): Promise<bigint> {
    const { rows } = await db.query<{ compacted_revision: string }>('SELECT compacted_revision FROM log_state WHERE id = 1');
    return BigInt(rows[0]?.compacted_revision ?? '0');
  }

  /** Fails with EXPIRED when revisions after `revision` are no longer all in the log. */
  async assertNotCompacted(revision: bigint, what = 'watch', db?: Pick<pg.Pool, 'query'>): Promise<void> {
    const expired = compactedPast(revision, await this.compactedRevision(db), what);
    if (expired) throw expired;
  }

  async history(kind: KindName, namespace: string, name: string): Promise<LogEvent[]> {
    const rows = await this.prisma.logEntry.findMany({
      where: { kind, namespace, name },
      orderBy: { revision: 'asc' },
    });
    return rows.map((r) => {
      const e: LogEvent = {
        revision: r.revision,
        type: r.type as LogEvent['type'],
        kind: r.kind as KindName,
        namespace: r.namespace,
        name: r.name,
        object: r.object as unknown as KObject,
        createdAt: r.createdAt,
      };
      if (r.prevObject) e.prevObject = r.prevObject as unknown as KObject;
      return e;
    });
  }

  /**
   * Moves the horizon past revisions older than both limits and drops what it passed, except the
   * history each object keeps (`opts.history`). Safe to run from several processes at once.
   */
  async compact(opts: CompactionOptions = {}): Promise<CompactionResult> {
    const minAgeMs = opts.minAgeMs ?? 5 * 60_000;
    const minRevisions = BigInt(opts.minRevisions ?? 1000);
    const batchSize = opts.batchSize ?? 10_000;
    const client = await this.pool.connect();
    try {
      const { rows: lock } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [COMPACTION_LOCK_KEY]);
      if (!lock[0]!.ok) return { compactedRevision: await this.compactedRevision(client), deleted: 0 };
      try {
        const safe = await safeRevision(client);
        const { rows } = await client.query<{ old: string | null }>(
          `SELECT max(revision) AS old FROM event_log WHERE created_at < now() - make_interval(secs => $1::float8 / 1000)`,
          [minAgeMs],
        );
        let cutoff = rows[0]?.old ? BigInt(rows[0].old) : 0n;
        if (safe - minRevisions < cutoff) cutoff = safe - minRevisions;
        const current = await this.compactedRevision(client);
        if (cutoff <= current) return { compactedRevision: current, deleted: 0 };
        // Record the new horizon first: a reader that sees the old one and then misses rows
        // re-checks it after reading (see assertNotCompacted callers).
        await client.query('UPDATE log_state SET compacted_revision = $1, compacted_at = now() WHERE id = 1 AND compacted_revision < $1', [cutoff.toString()]);
        const deleted = await pruneBelow(client, current, cutoff, batchSize, resolveHistoryRetention(opts.history));
        return { compactedRevision: cutoff, deleted };
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [COMPACTION_LOCK_KEY]);
      }
    } finally {
      client.release();
    }
  }
}

/**
 * Deletes what the horizon passed, in windows of `batchSize` revisions of (from, cutoff], so
 * that each run costs what was written since the last one plus the kept entries of the objects
 * written to (never a scan of all kept history): entries of excluded kinds; entries of the
 * window's objects beyond their last `revisions`; then any kept entry older than `maxAgeMs`
 * (through the created_at index, oldest first).
 */
async function pruneBelow(
  client: pg.PoolClient,
  from: bigint,
  cutoff: bigint,
  batchSize: number,
  retention: ReturnType<typeof resolveHistoryRetention>,
): Promise<number> {
  let deleted = 0;
  const keepsAny = keepsHistory(retention, '');
  for (let lo = from; lo < cutoff; ) {
    const hi = lo + BigInt(batchSize) < cutoff ? lo + BigInt(batchSize) : cutoff;
    const window = [lo.toString(), hi.toString()];
    if (!keepsAny) {
      const r = await client.query('DELETE FROM event_log WHERE revision > $1 AND revision <= $2', window);
      deleted += r.rowCount ?? 0;
    } else {
      if (retention.excludedKinds.length > 0) {
        const r = await client.query('DELETE FROM event_log WHERE revision > $1 AND revision <= $2 AND kind = ANY($3::text[])', [...window, retention.excludedKinds]);
        deleted += r.rowCount ?? 0;
      }
      // Each object written in the window: its entries at or below the horizon that are not
      // among its last `revisions` (counting the newer ones above the horizon too).
      const r = await client.query(
        `DELETE FROM event_log WHERE revision IN (
           SELECT old.revision
             FROM (SELECT DISTINCT kind, namespace, name FROM event_log WHERE revision > $1 AND revision <= $2) t
             CROSS JOIN LATERAL (
               SELECT e.revision FROM event_log e
                WHERE e.kind = t.kind AND e.namespace = t.namespace AND e.name = t.name
                ORDER BY e.revision DESC OFFSET $4) old
            WHERE old.revision <= $3)`,
        [...window, cutoff.toString(), retention.revisions],
      );
      deleted += r.rowCount ?? 0;
    }
    lo = hi;
  }
  if (keepsAny) {
    for (;;) {
      const r = await client.query(
        `DELETE FROM event_log WHERE revision IN (
           SELECT revision FROM event_log
            WHERE created_at < now() - make_interval(secs => $1::float8 / 1000) AND revision <= $2
            ORDER BY created_at LIMIT $3)`,
        [retention.maxAgeMs, cutoff.toString(), batchSize],
      );
      deleted += r.rowCount ?? 0;
      if ((r.rowCount ?? 0) < batchSize) break;
    }
  }
  return deleted;
}
