/**
 * Consistent lists. A list answers "every matching object as of revision R" and returns R as
 * its resourceVersion, so a watch from R sees exactly the changes after the list. R is a safe
 * revision (server/store/revision.ts); the rows are read in one REPEATABLE READ snapshot taken
 * after R, and the few objects written between R and that snapshot are put back to their
 * version at R from the event log. Pages of one list all use the first page's R (as etcd's
 * paging does), carried in the opaque `continue` token.
 */
import type pg from 'pg';
import { CapstanError, invalid } from '../errors.ts';
import type { KindDefinition } from '../kinds/registry.ts';
import type { KObject } from '../kinds/types.ts';
import { parseFieldSelector } from '../selectors/field-selector.ts';
import { parseLabelSelector } from '../selectors/label-selector.ts';
import { labelSelectorConditions } from './label-selector-sql.ts';
import type { EventLog } from './log.ts';
import type { ListOptions, ListResult } from './types.ts';

/** Field selectors that are cheap and exact to evaluate in SQL (absent reads as ''). */
const PUSHDOWN_FIELDS: Record<string, string> = {
  'metadata.name': 'name',
  'metadata.namespace': 'namespace',
  'spec.nodeName': "coalesce(data #>> '{spec,nodeName}', '')",
  'status.phase': "coalesce(data #>> '{status,phase}', '')",
};

interface ContinueToken {
  rv: string;
  ns: string;
  name: string;
}

function encodeContinue(t: ContinueToken): string {
  return Buffer.from(JSON.stringify(t)).toString('base64url');
}

function decodeContinue(s: string): ContinueToken {
  try {
    const t = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as ContinueToken;
    if (typeof t.rv !== 'string' || !/^\d+$/.test(t.rv) || typeof t.ns !== 'string' || typeof t.name !== 'string') throw new Error();
    return t;
  } catch {
    throw invalid('continue', 'not a continue token returned by a previous list');
  }
}

/** The uid of the object's controller: its first ownerReference with `controller: true`, as Kubernetes' GetControllerOf. */
const controllerUidOf = (obj: KObject): string | undefined => obj.metadata.ownerReferences?.find((r) => r.controller === true)?.uid;

const keyOf = (ns: string, name: string) => `${ns}\u0000${name}`;
const compareKeys = (a: [string, string], b: [string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

export async function listObjects(pool: pg.Pool, log: EventLog, def: KindDefinition, opts: ListOptions): Promise<ListResult> {
  const labels = parseLabelSelector(opts.labelSelector);
  const fields = parseFieldSelector(opts.fieldSelector, def.kind);
  if (opts.limit !== undefined && (!Number.isInteger(opts.limit) || opts.limit < 0)) throw invalid('limit', 'must be a non-negative integer');
  const limit = opts.limit && opts.limit > 0 ? opts.limit : Infinity;
  const namespace = def.namespaced ? opts.namespace || undefined : undefined;
  const token = opts.continue ? decodeContinue(opts.continue) : undefined;
  if (opts.controllerUid !== undefined && (typeof opts.controllerUid !== 'string' || opts.controllerUid === '')) throw invalid('controllerUid', 'must be a non-empty uid');

  for (let attempt = 0; ; attempt++) {
    const revision = token ? BigInt(token.rv) : await log.safeRevision();
    if (token) await log.assertNotCompacted(revision, 'list');
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await listAt(client, def, { namespace, labels, fields, controllerUid: opts.controllerUid, limit, after: token, revision });
      await client.query('COMMIT');
      if (result) return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
    // The version at R of an object written since was compacted away (only possible when R is
    // older than the retention): a continuation cannot be served, a fresh list tries again.
    if (token) throw new CapstanError('EXPIRED', 'the continue token is too old; start the list again');
    if (attempt >= 3) throw new CapstanError('UNAVAILABLE', 'could not take a consistent list; retry');
  }
}

interface ListAtOptions {
  namespace?: string;
  labels: ReturnType<typeof parseLabelSelector>;
  fields: ReturnType<typeof parseFieldSelector>;
  controllerUid?: string;
  limit: number;
  after?: ContinueToken;
  revision: bigint;
}

async function listAt(db: pg.PoolClient, def: KindDefinition, o: ListAtOptions): Promise<ListResult | null> {
  const rv = o.revision.toString();
  const scope: string[] = ['kind = $1'];
  const scopeParams: unknown[] = [def.kind];
  if (o.namespace !== undefined) {
    scopeParams.push(o.namespace);
    scope.push(`namespace = $${scopeParams.length}`);
  }

  // Objects written after R (visible in this snapshot): their current rows are not the version at R.
  const late = await db.query<{ namespace: string; name: string }>(
    `SELECT DISTINCT namespace, name FROM event_log WHERE ${scope.join(' AND ')} AND revision > $${scopeParams.length + 1}`,
    [...scopeParams, rv],
  );
  const atR = new Map<string, KObject | null>();
  if (late.rows.length > 0) {
    const nss = late.rows.map((r) => r.namespace);
    const names = late.rows.map((r) => r.name);
    const prior = await db.query<{ namespace: string; name: string; type: string; object: KObject; first_late: string }>(
      `SELECT k.namespace, k.name, p.type, p.object,
              (SELECT e.type FROM event_log e WHERE e.kind = $1 AND e.namespace = k.namespace AND e.name = k.name AND e.revision > $4
                ORDER BY e.revision LIMIT 1) AS first_late
         FROM unnest($2::text[], $3::text[]) AS k(namespace, name)
         LEFT JOIN LATERAL (
           SELECT type, object FROM event_log e
            WHERE e.kind = $1 AND e.namespace = k.namespace AND e.name = k.name AND e.revision <= $4
            ORDER BY e.revision DESC LIMIT 1) p ON true`,
      [def.kind, nss, names, rv],
    );
    for (const r of prior.rows) {
      if (r.type === null || r.type === undefined) {
        // No entry at or before R: the object was created after R, unless its history was
        // compacted, which the first later entry tells (ADDED = it did not exist at R).
        if (r.first_late !== 'ADDED') return null;
        atR.set(keyOf(r.namespace, r.name), null);
      } else {
        atR.set(keyOf(r.namespace, r.name), r.type === 'DELETED' ? null : r.object);
      }
    }
  }

  const filters = [...scope];
  const params = [...scopeParams];
  filters.push(...labelSelectorConditions(o.labels, params));
  if (o.controllerUid !== undefined) {
    // The owner index (delete-many.ts) finds the objects naming the uid; the containment keeps the controller's.
    params.push(`uid:${o.controllerUid}`, JSON.stringify([{ uid: o.controllerUid, controller: true }]));
    filters.push(
      `jsonb_typeof(data->'metadata'->'ownerReferences') = 'array'`,
      `capstan_owner_refs(data) && ARRAY[$${params.length - 1}::text]`,
      `data->'metadata'->'ownerReferences' @> $${params.length}::jsonb`,
    );
  }
  for (const [field, value] of Object.entries(o.fields.equalities())) {
    const expr = PUSHDOWN_FIELDS[field];
    if (!expr) continue;
    params.push(value);
    filters.push(`${expr} = $${params.length}`);
  }
  let cursor: [string, string] | undefined = o.after ? [o.after.ns, o.after.name] : undefined;
  const matches = (obj: KObject) =>
    o.labels.matches(obj.metadata.labels) && o.fields.matches(obj) && (o.controllerUid === undefined || controllerUidOf(obj) === o.controllerUid);
  const lateKeys = [...atR.keys()].map((k) => k.split('\u0000') as [string, string]).sort(compareKeys);

  const items: KObject[] = [];
  const batch = Number.isFinite(o.limit) ? Math.min(Math.max(o.limit * 2, 100), 2000) : 2000;
  for (;;) {
    const p = [...params];
    let range = '';
    if (cursor) {
      p.push(cursor[0], cursor[1]);
      range = `AND (namespace, name) > ($${p.length - 1}, $${p.length})`;
    }
    p.push(batch);
    const { rows } = await db.query<{ namespace: string; name: string; data: KObject }>(
      `SELECT namespace, name, data FROM objects WHERE ${filters.join(' AND ')} ${range} ORDER BY namespace, name LIMIT $${p.length}`,
      p,
    );
    const exhausted = rows.length < batch;
    const upper: [string, string] | undefined = exhausted ? undefined : [rows.at(-1)!.namespace, rows.at(-1)!.name];
    // Merge the rows with the late objects whose keys fall in this window, in key order.
    const candidates = new Map<string, { key: [string, string]; obj: KObject | null }>();
    for (const r of rows) candidates.set(keyOf(r.namespace, r.name), { key: [r.namespace, r.name], obj: r.data });
    for (const k of lateKeys) {
      if (cursor && compareKeys(k, cursor) <= 0) continue;
      if (upper && compareKeys(k, upper) > 0) continue;
      candidates.set(keyOf(k[0], k[1]), { key: k, obj: atR.get(keyOf(k[0], k[1])) ?? null });
    }
    const ordered = [...candidates.values()].sort((a, b) => compareKeys(a.key, b.key));
    for (const c of ordered) {
      cursor = c.key;
      if (!c.obj || !matches(c.obj)) continue;
      items.push(c.obj);
      if (items.length >= o.limit) {
        const more = !exhausted || ordered.at(-1) !== c;
        return { items, resourceVersion: rv, continue: more ? encodeContinue({ rv, ns: c.key[0], name: c.key[1] }) : undefined };
      }
    }
    if (exhausted) return { items, resourceVersion: rv };
    cursor = upper;
  }
}
