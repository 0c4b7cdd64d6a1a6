/**
 * The latest measured usage of pods and nodes (what metrics-server keeps in memory), in Postgres
 * so that every API server answers `kubectl top` alike whichever server a node reports to. One row
 * per pod and node, replaced by each report of the node's agent; no resourceVersion and nothing in
 * the event log (usage changes every window: it would churn history and watches).
 *
 * A report replaces every pod row of its node: a pod missing from it (gone, or moved away) is no
 * longer served. Rows are stamped with the database's clock when they are written (so the agents'
 * clocks do not matter) and served while younger than three windows plus 30 s: the usage of a
 * node whose agent stopped reporting disappears instead of staying frozen.
 */
import type pg from 'pg';
import { translatePgError } from './pg-errors.ts';

export interface ContainerUsage {
  name: string;
  /** CPU over the window, in nanocores (1 core = 1e9). */
  cpuNanocores: number;
  /** Working set at the end of the window. */
  memoryBytes: number;
}

export interface PodUsageReport {
  namespace: string;
  name: string;
  containers: ContainerUsage[];
}

/** One report of a node's agent: its own usage and every pod it measured, over one window. */
export interface UsageReport {
  nodeName: string;
  windowSeconds: number;
  node?: { cpuNanocores: number; memoryBytes: number };
  pods: PodUsageReport[];
}

export interface UsageRecord {
  kind: 'Pod' | 'Node';
  namespace: string;
  name: string;
  nodeName: string;
  /** When the report was stored: the end of the window. */
  timestamp: Date;
  windowSeconds: number;
  cpuNanocores: bigint;
  memoryBytes: bigint;
  containers: ContainerUsage[];
}

export interface UsageQuery {
  namespace?: string;
  name?: string;
  /** Only rows measured by this node. */
  nodeName?: string;
}

interface Row {
  kind: 'Pod' | 'Node';
  namespace: string;
  name: string;
  node_name: string;
  timestamp: Date;
  window_seconds: number;
  cpu_nanocores: string;
  memory_bytes: string;
  containers: ContainerUsage[];
}

/** Rows older than this are deleted now and then (nodes gone for good). */
const PURGE_AFTER = '1 hour';
/** One report in this many also purges old rows (a sequential scan, so not on every report). */
const PURGE_EVERY = 20;

function toRecord(r: Row): UsageRecord {
  return {
    kind: r.kind,
    namespace: r.namespace,
    name: r.name,
    nodeName: r.node_name,
    timestamp: r.timestamp,
    windowSeconds: r.window_seconds,
    cpuNanocores: BigInt(r.cpu_nanocores),
    memoryBytes: BigInt(r.memory_bytes),
    containers: r.containers,
  };
}

const whole = (n: number) => Math.max(0, Math.round(n));

export class UsageStore {
  private reports = 0;

  constructor(private readonly pool: pg.Pool) {}

  /** Stores `report` as the node's latest, in one transaction. */
  async record(report: UsageReport): Promise<void> {
    const rows = report.pods.map((p) => ({
      kind: 'Pod',
      namespace: p.namespace,
      name: p.name,
      cpu: p.containers.reduce((s, c) => s + whole(c.cpuNanocores), 0),
      memory: p.containers.reduce((s, c) => s + whole(c.memoryBytes), 0),
      containers: p.containers.map((c) => ({ name: c.name, cpuNanocores: whole(c.cpuNanocores), memoryBytes: whole(c.memoryBytes) })),
    }));
    if (report.node) rows.push({ kind: 'Node', namespace: '', name: report.nodeName, cpu: whole(report.node.cpuNanocores), memory: whole(report.node.memoryBytes), containers: [] });
    const client = await this.pool.connect().catch((err) => {
      throw translatePgError(err);
    });
    try {
      await client.query('BEGIN');
      await client.query(`DELETE FROM usage_samples WHERE kind = 'Pod' AND node_name = $1 AND NOT (namespace || '/' || name = ANY($2::text[]))`, [
        report.nodeName,
        report.pods.map((p) => `${p.namespace}/${p.name}`),
      ]);
      await client.query(
        `INSERT INTO usage_samples (kind, namespace, name, node_name, timestamp, window_seconds, cpu_nanocores, memory_bytes, containers)
         SELECT x.kind, x.namespace, x.name, $2, now(), $3, x.cpu, x.memory, x.containers
           FROM jsonb_to_recordset($1::jsonb) AS x(kind text, namespace text, name text, cpu bigint, memory bigint, containers jsonb)
         ON CONFLICT (kind, namespace, name) DO UPDATE SET
           node_name = EXCLUDED.node_name, timestamp = EXCLUDED.timestamp, window_seconds = EXCLUDED.window_seconds,
           cpu_nanocores = EXCLUDED.cpu_nanocores, memory_bytes = EXCLUDED.memory_bytes, containers = EXCLUDED.containers`,
        [JSON.stringify(rows), report.nodeName, report.windowSeconds],
      );
      if (++this.reports % PURGE_EVERY === 0) await client.query(`DELETE FROM usage_samples WHERE timestamp < now() - interval '${PURGE_AFTER}'`);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw translatePgError(err);
    } finally {
      client.release();
    }
  }

  /** The fresh usage of pods (all namespaces unless `namespace`), ordered by namespace and name. */
  pods(q: UsageQuery = {}): Promise<UsageRecord[]> {
    return this.read('Pod', q);
  }

  /** The fresh usage of nodes, ordered by name. */
  nodes(q: Omit<UsageQuery, 'namespace'> = {}): Promise<UsageRecord[]> {
    return this.read('Node', q);
  }

  private async read(kind: 'Pod' | 'Node', q: UsageQuery): Promise<UsageRecord[]> {
    try {
      const { rows } = await this.pool.query<Row>(
        `SELECT kind, namespace, name, node_name, timestamp, window_seconds, cpu_nanocores, memory_bytes, containers
           FROM usage_samples
          WHERE kind = $1 AND ($2::text IS NULL OR namespace = $2) AND ($3::text IS NULL OR name = $3) AND ($4::text IS NULL OR node_name = $4)
            AND timestamp > now() - make_interval(secs => window_seconds * 3 + 30)
          ORDER BY namespace, name`,
        [kind, q.namespace ?? null, q.name ?? null, q.nodeName ?? null],
      );
      return rows.map(toRecord);
    } catch (err) {
      throw translatePgError(err);
    }
  }
}

const stores = new WeakMap<pg.Pool, UsageStore>();

/** The usage store over `pool` (one per pool, so its purge counter is shared). */
export function usageStoreOf(pool: pg.Pool): UsageStore {
  let s = stores.get(pool);
  if (!s) stores.set(pool, (s = new UsageStore(pool)));
  return s;
}
