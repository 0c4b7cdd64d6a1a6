/**
 * The scheduler's read of the event log: the changes that can move something in its snapshot
 * (see server/scheduler/snapshot-cache.ts), filtered in Postgres so that the bulk of a busy
 * cluster's writes never reach the worker. Left out:
 *   - kinds the scheduler does not look at (Leases, Events, Endpoints, ...);
 *   - a bound pod's writes that change neither its spec, labels, owners, deletion mark nor
 *     whether it has finished: status reports (a node's Running, Ready, restarts) and the
 *     scheduler's own PodScheduled condition. Unbound pods keep every write: the scheduler binds
 *     at their latest resourceVersion;
 *   - a Node's writes that change neither its spec, labels, allocatable nor capacity: heartbeats and
 *     conditions (taints, which the node lifecycle controller sets, are in the spec).
 * `prev_object` is not read: the snapshot keys pods by uid and keeps what it counted.
 */
import type pg from 'pg';
import type { KindName } from '../kinds/types.ts';
import type { LogEvent } from './types.ts';

export const SCHEDULING_KINDS: readonly KindName[] = ['Node', 'Pod', 'Namespace', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass'];

const SAME = (path: string) => `(object #> '${path}') IS NOT DISTINCT FROM (prev_object #> '${path}')`;
const FINISHED = (o: string) => `coalesce(${o} #>> '{status,phase}', '') IN ('Succeeded', 'Failed')`;

const UNCHANGED_BOUND_POD = `kind = 'Pod' AND coalesce(prev_object #>> '{spec,nodeName}', '') <> ''
  AND ${SAME('{spec}')} AND ${SAME('{metadata,labels}')} AND ${SAME('{metadata,ownerReferences}')}
  AND ${SAME('{metadata,deletionTimestamp}')} AND ${FINISHED('object')} = ${FINISHED('prev_object')}`;

const UNCHANGED_NODE = `kind = 'Node' AND ${SAME('{spec}')} AND ${SAME('{metadata,labels}')}
  AND ${SAME('{status,allocatable}')} AND ${SAME('{status,capacity}')}`;

interface Row {
  revision: string;
  type: LogEvent['type'];
  kind: KindName;
  namespace: string;
  name: string;
  object: LogEvent['object'];
  created_at: Date;
}

/**
 * Scheduling changes with after < revision ≤ upTo, in revision order, at most `limit`, except the
 * revisions in `skip`: the scheduler's own binds, which its snapshot counted when it bound them
 * (reading them back was half of what a round read and parsed).
 */
export async function readSchedulingChanges(db: Pick<pg.Pool, 'query'>, after: bigint, upTo: bigint, limit: number, skip: readonly bigint[] = []): Promise<LogEvent[]> {
  const { rows } = await db.query<Row>(
    `SELECT revision, type, kind, namespace, name, object, created_at FROM event_log
      WHERE revision > $1 AND revision <= $2 AND kind = ANY($3::text[])
        AND NOT (type = 'MODIFIED' AND prev_object IS NOT NULL AND ((${UNCHANGED_BOUND_POD}) OR (${UNCHANGED_NODE})))
        ${skip.length > 0 ? 'AND NOT (revision = ANY($5::bigint[]))' : ''}
      ORDER BY revision LIMIT $4`,
    [after.toString(), upTo.toString(), SCHEDULING_KINDS, limit, ...(skip.length > 0 ? [skip.map(String)] : [])],
  );
  return rows.map((r) => ({ revision: BigInt(r.revision), type: r.type, kind: r.kind, namespace: r.namespace, name: r.name, object: r.object, createdAt: r.created_at }));
}
