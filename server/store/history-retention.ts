/**
 * What compaction keeps of each object's history. The event log is both the watch feed and the
 * history of objects; compaction moves the watch horizon forward (a watch from before it gets
 * EXPIRED) but leaves, below the horizon, the last `revisions` entries of each object for
 * `maxAgeMs`, so that a Deployment's past is not pushed out by a flood of writes to other objects
 * (Lease renewals: one per node every 10 s). Kinds in `excludedKinds` keep nothing below the
 * horizon: their writes are routine and their history is of no use.
 */

export interface HistoryRetentionOptions {
  /** Entries kept per object below the compaction horizon (default 10; 0 keeps none). */
  revisions?: number;
  /** Entries older than this go even when among an object's last ones (default 24 h). */
  maxAgeMs?: number;
  /** Kinds whose history goes with the horizon (default Lease and Event). */
  excludedKinds?: string[];
}

export interface HistoryRetention {
  revisions: number;
  maxAgeMs: number;
  excludedKinds: string[];
}

export const DEFAULT_HISTORY_REVISIONS = 10;
export const DEFAULT_HISTORY_MAX_AGE_MS = 24 * 3_600_000;
export const DEFAULT_HISTORY_EXCLUDED_KINDS: readonly string[] = ['Lease', 'Event'];

/** The options with their defaults; throws RangeError on a negative or fractional count or age. */
export function resolveHistoryRetention(opts: HistoryRetentionOptions = {}): HistoryRetention {
  const revisions = opts.revisions ?? DEFAULT_HISTORY_REVISIONS;
  const maxAgeMs = opts.maxAgeMs ?? DEFAULT_HISTORY_MAX_AGE_MS;
  if (!Number.isInteger(revisions) || revisions < 0) throw new RangeError(`history revisions must be a whole number ≥ 0, not ${revisions}`);
  if (!Number.isFinite(maxAgeMs) || maxAgeMs < 0) throw new RangeError(`history max age must be ≥ 0 ms, not ${maxAgeMs}`);
  return { revisions, maxAgeMs, excludedKinds: [...(opts.excludedKinds ?? DEFAULT_HISTORY_EXCLUDED_KINDS)] };
}

/** Whether an entry of `kind` may outlive the horizon at all. */
export function keepsHistory(r: HistoryRetention, kind: string): boolean {
  return r.revisions > 0 && r.maxAgeMs > 0 && !r.excludedKinds.includes(kind);
}
