/**
 * Owners and dependents, many at once: the garbage collector's hot path. `listDependents` and
 * `ownersWithDependents` answer from the GIN index on `capstan_owner_refs(data)`; `deleteMany`
 * deletes a batch of objects with one read and one statement (`capstan_delete_many`), each by
 * the rules of the single delete (delete-plan.ts): finalizers keep an object with a
 * deletionTimestamp, a pod bound to a node with a grace period waits for that node, anything
 * else goes at once, its DELETED row in the log in the same transaction.
 */
import type pg from 'pg';
import { CapstanError } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import { deleteGracePeriod, planDelete, validateDeleteOptions } from './delete-plan.ts';
import { translatePgError } from './pg-errors.ts';
import type { DeleteOptions } from './types.ts';

export interface DeleteManyItem extends DeleteOptions {
  kind: KindName;
  /** Ignored for cluster-scoped kinds. */
  namespace?: string;
  name: string;
}

/** Per item, the object as deleted (or as it now waits with a deletionTimestamp), or why not. */
export type DeleteManyResult = { object: KObject; deleted: boolean } | { error: CapstanError };

/** An owner, by uid when known; by kind and name when it is gone and only its key is left. */
export interface OwnerSelector {
  kind: string;
  name: string;
  uid?: string;
  /** The owner's namespace; '' for a cluster-scoped owner, whose dependents may be anywhere. */
  namespace: string;
}

/** The owner index's predicate (it holds only objects with ownerReferences): queries repeat it to use the index. */
const hasOwners = (data: string) => `jsonb_typeof(${data}->'metadata'->'ownerReferences') = 'array'`;

/** Objects whose ownerReferences name `owner` (by uid, else by kind and name). */
export async function listDependents(pool: pg.Pool, owner: OwnerSelector): Promise<KObject[]> {
  const tag = owner.uid !== undefined ? `uid:${owner.uid}` : `ref:${owner.kind}/${owner.name}`;
  const { rows } = await pool.query<{ data: KObject }>(
    `SELECT data FROM objects WHERE ${hasOwners('data')} AND capstan_owner_refs(data) && ARRAY[$1::text] AND ($2 = '' OR namespace = $2) ORDER BY kind, namespace, name`,
    [tag, owner.namespace],
  );
  return rows.map((r) => r.data);
}

/** Which of `uids` some object names as an owner. */
export async function ownersWithDependents(pool: pg.Pool, uids: string[]): Promise<Set<string>> {
  if (uids.length === 0) return new Set();
  const tags = uids.map((u) => `uid:${u}`);
  const { rows } = await pool.query<{ tag: string }>(
    `SELECT DISTINCT t.tag FROM objects o, unnest(capstan_owner_refs(o.data)) t(tag) WHERE ${hasOwners('o.data')} AND capstan_owner_refs(o.data) && $1::text[] AND t.tag = ANY($1::text[])`,
    [tags],
  );
  return new Set(rows.map((r) => r.tag.slice('uid:'.length)));
}

/** An owner as the garbage collector needs to know it: which object it is, and whether it waits for its dependents. */
export interface OwnerIdentity {
  uid: string;
  /** Being deleted in the foreground. */
  waiting: boolean;
}

/** The owners among `keys` that exist, by `kind/namespace/name` (namespace '' for cluster-scoped). */
export async function findOwners(pool: pg.Pool, keys: { kind: string; namespace: string; name: string }[]): Promise<Map<string, OwnerIdentity>> {
  const out = new Map<string, OwnerIdentity>();
  if (keys.length === 0) return out;
  const { rows } = await pool.query<{ kind: string; namespace: string; name: string; uid: string; waiting: boolean }>(
    `SELECT kind, namespace, name, uid::text AS uid,
            (data->'metadata' ? 'deletionTimestamp' AND COALESCE(data->'metadata'->'finalizers', '[]'::jsonb) @> '["foregroundDeletion"]'::jsonb) AS waiting
       FROM objects WHERE (kind, namespace, name) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`,
    [keys.map((k) => k.kind), keys.map((k) => k.namespace), keys.map((k) => k.name)],
  );
  for (const r of rows) out.set(`${r.kind}/${r.namespace}/${r.name}`, { uid: r.uid, waiting: r.waiting });
  return out;
}

const subjectOf = (i: DeleteManyItem) => ({ kind: i.kind, namespace: KINDS[i.kind].namespaced ? i.namespace : undefined, name: i.name });
const keyOf = (kind: string, namespace: string, name: string) => `${kind}\u0000${namespace}\u0000${name}`;

/**
 * One pass over `items`: read them all, plan each delete, write every plan in one statement.
 * A CONFLICT is reported per item (the caller retries those without a precondition).
 */
export async function deleteMany(pool: pg.Pool, items: DeleteManyItem[], now: Date): Promise<{ results: DeleteManyResult[]; revisions: bigint[] }> {
  const results: DeleteManyResult[] = new Array(items.length);
  const ns = (i: DeleteManyItem) => (KINDS[i.kind].namespaced ? (i.namespace ?? '') : '');
  const { rows } = await pool.query<{ kind: string; namespace: string; name: string; data: KObject }>(
    `SELECT kind, namespace, name, data FROM objects WHERE (kind, namespace, name) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`,
    [items.map((i) => i.kind), items.map(ns), items.map((i) => i.name)],
  );
  const current = new Map(rows.map((r) => [keyOf(r.kind, r.namespace, r.name), r.data]));
  const writes: { i: number; kind: string; namespace: string; name: string; expected: string; data?: KObject }[] = [];
  items.forEach((item, i) => {
    try {
      validateDeleteOptions(item);
      const cur = current.get(keyOf(item.kind, ns(item), item.name));
      if (!cur) throw translatePgError({ code: 'CP404' }, subjectOf(item));
      if (item.resourceVersion !== undefined && item.resourceVersion !== cur.metadata.resourceVersion) throw translatePgError({ code: 'CP409' }, subjectOf(item));
      const waitForNode = deleteGracePeriod(cur, item) > 0 && !!cur.spec?.nodeName && !!KINDS[cur.kind as KindName].deletion?.waitsForNode;
      const plan = planDelete(cur, item, waitForNode, now);
      const base = { i, kind: item.kind, namespace: ns(item), name: item.name, expected: cur.metadata.resourceVersion! };
      if (plan.op === 'none') results[i] = { object: cur, deleted: false };
      else if (plan.op === 'delete') writes.push(base);
      else writes.push({ ...base, data: plan.next });
    } catch (err) {
      results[i] = { error: err instanceof CapstanError ? err : translatePgError(err, subjectOf(item)) };
    }
  });
  const revisions: bigint[] = [];
  if (writes.length > 0) {
    writes.sort((a, b) => (a.kind !== b.kind ? (a.kind < b.kind ? -1 : 1) : a.namespace !== b.namespace ? (a.namespace < b.namespace ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const { rows: out } = await pool.query<{ idx: number; revision: string | null; object: KObject | null; error: string | null }>(
      'SELECT idx, revision, object, error FROM capstan_delete_many($1::jsonb)',
      [JSON.stringify(writes.map(({ i: _i, ...w }) => w))],
    );
    for (const r of out) {
      const w = writes[r.idx]!;
      if (r.error) results[w.i] = { error: translatePgError({ code: r.error === 'NOT_FOUND' ? 'CP404' : 'CP409' }, subjectOf(items[w.i]!)) };
      else {
        results[w.i] = { object: r.object!, deleted: w.data === undefined };
        revisions.push(BigInt(r.revision!));
      }
    }
  }
  return { results, revisions };
}
