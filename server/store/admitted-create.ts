/**
 * Creates that must be checked against other objects at the moment they are written, so that
 * two concurrent creates can never both take the last place:
 *
 * - ResourceQuota admission: a create in a namespace with a quota that counts its kind;
 * - a Service that asks for a cluster IP of its own (`provided IP is already allocated`).
 *
 * How it is safe: the check and the insert run in one transaction that first takes a Postgres
 * advisory lock — one per namespace for quotas (`capstan/quota/<ns>`), one for the cluster's
 * service IPs — held until COMMIT. The usage is counted from the objects table *after* the lock
 * is granted; in READ COMMITTED every statement takes a fresh snapshot, and the previous holder
 * released the lock only after its commit was visible, so each check sees every object admitted
 * before it. Checks are serialised per namespace, in every API server and worker process alike
 * (the lock lives in the database); creates elsewhere are not slowed. Kubernetes instead bumps
 * `status.used` with compare-and-swap before the write, which can over-count when the write then
 * fails; counting under the lock is exact.
 *
 * Updates that grow usage (a Service turned NodePort, a claim asking for more storage) are
 * checked the same way, with the update in the transaction (`admittedUpdate`). Creates that raced
 * with the creation of the quota itself are counted by the quota controller but not refused.
 */
import type pg from 'pg';
import { CapstanError } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import { SERVICE_IP_CLAIM_ANNOTATION } from '../kinds/service.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import { kindsOfQuota, quotaMatches, quotaRefusal, quotaUsage, usageGrowth } from '../quota/resource-quota-usage.ts';
import { CREATE_MANY, createOutcome, type CreatedRow, type CreateItem, type CreateOutcome } from './create-batcher.ts';

/** What a create must be checked against inside its transaction. */
export interface AdmissionGuard {
  /** Check the namespace's ResourceQuotas. */
  quota: boolean;
  /** The cluster IP the Service asks for, to check it is free. */
  serviceIP?: string;
}

/** Whether a create of `obj` needs a guarded transaction, given its namespace's quotas. */
export function admissionGuard(obj: KObject, quotas: readonly KObject[]): AdmissionGuard | undefined {
  const kind = obj.kind as KindName;
  const quota = quotas.some((q) => quotaMatches(q, obj) && kindsOfQuota(q).has(kind));
  const ip = obj.kind === 'Service' ? obj.spec?.clusterIP : undefined;
  const serviceIP = typeof ip === 'string' && ip !== '' && ip !== 'None' ? ip : undefined;
  return quota || serviceIP ? { quota, serviceIP } : undefined;
}

/** The forbidden/invalid error for `obj`, worded as kube-apiserver's admission errors. */
function refusedBy(obj: KObject, reason: string): CapstanError {
  const plural = KINDS[obj.kind as KindName]?.plural ?? obj.kind;
  return new CapstanError('FORBIDDEN', `${plural} "${obj.metadata.name}" is forbidden: ${reason}`);
}

async function checkServiceIP(client: pg.PoolClient, obj: KObject, ip: string): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock(hashtextextended('capstan/service-ip', 0))");
  const { rows } = await client.query(
    `SELECT 1 FROM objects WHERE kind = 'Service'
       AND (data->'spec'->>'clusterIP' = $1 OR position($2 IN coalesce(data->'metadata'->'annotations'->>$3, '')) > 0)
     LIMIT 1`,
    [ip, `"ip:${ip}"`, SERVICE_IP_CLAIM_ANNOTATION],
  );
  if (rows.length > 0) {
    const message = `failed to allocate IP ${ip}: provided IP is already allocated`;
    throw new CapstanError('INVALID', `Service "${obj.metadata.name}" is invalid: spec.clusterIP: Invalid value: "${ip}": ${message}`, [
      { field: 'spec.clusterIP', message: `Invalid value: "${ip}": ${message}` },
    ]);
  }
}

async function checkQuotas(client: pg.PoolClient, ns: string, obj: KObject, now: Date, old?: KObject): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`capstan/quota/${ns}`]);
  const quotas = (await client.query<{ data: KObject }>("SELECT data FROM objects WHERE kind = 'ResourceQuota' AND namespace = $1", [ns])).rows.map((r) => r.data);
  const relevant = quotas.filter((q) => quotaMatches(q, obj) && kindsOfQuota(q).has(obj.kind as KindName));
  if (relevant.length === 0) return;
  const kinds = new Set<KindName>();
  for (const q of relevant) for (const k of kindsOfQuota(q)) kinds.add(k);
  const { rows } = await client.query<{ data: KObject }>('SELECT data FROM objects WHERE namespace = $1 AND kind = ANY($2::text[])', [ns, [...kinds]]);
  const objects = rows.map((r) => r.data);
  const reason = quotaRefusal(
    relevant.map((quota) => ({ quota, used: quotaUsage(quota, objects, now) })),
    obj,
    now,
    old,
  );
  if (reason) throw refusedBy(obj, reason);
}

/**
 * Checks and inserts `item` in one transaction under the guard's locks (service IPs first, then
 * the namespace's quota, always in that order so two guarded creates cannot deadlock).
 */
export async function admittedCreate(pool: pg.Pool, item: CreateItem, guard: AdmissionGuard, now: Date): Promise<CreateOutcome> {
  const client = await pool.connect();
  let done = false;
  try {
    await client.query('BEGIN');
    if (guard.serviceIP) await checkServiceIP(client, item.data, guard.serviceIP);
    if (guard.quota) await checkQuotas(client, item.namespace, item.data, now);
    const { rows } = await client.query<CreatedRow>({ ...CREATE_MANY, values: [JSON.stringify([item])] });
    await client.query('COMMIT');
    done = true;
    return createOutcome(item, rows[0]!);
  } finally {
    if (!done) await client.query('ROLLBACK').catch(() => {});
    client.release();
  }
}

/** Whether an update of `current` to `next` grows a usage a quota of the namespace may cap. */
export async function updateNeedsQuotaCheck(pool: pg.Pool, current: KObject, next: KObject): Promise<boolean> {
  const ns = current.metadata.namespace ?? '';
  if (ns === '' || (current.kind !== 'Service' && current.kind !== 'PersistentVolumeClaim')) return false;
  const growth = usageGrowth(current, next);
  if (growth.size === 0) return false;
  const { rows } = await pool.query<{ data: KObject }>("SELECT data FROM objects WHERE kind = 'ResourceQuota' AND namespace = $1", [ns]);
  return rows.some((r) => quotaMatches(r.data, next) && [...growth.keys()].some((k) => k in (r.data.spec?.hard ?? {})));
}

/** Replaces `current` by `next` (compare-and-swap by revision) after the quota check, in one transaction under the namespace's lock. */
export async function admittedUpdate(pool: pg.Pool, current: KObject, next: KObject, now: Date): Promise<{ revision: string; object: KObject }> {
  const ns = current.metadata.namespace ?? '';
  const client = await pool.connect();
  let done = false;
  try {
    await client.query('BEGIN');
    await checkQuotas(client, ns, next, now, current);
    const { rows } = await client.query<{ revision: string; object: KObject }>('SELECT revision, object FROM capstan_update($1, $2, $3, $4, $5)', [
      current.kind,
      ns,
      current.metadata.name,
      current.metadata.resourceVersion,
      next,
    ]);
    await client.query('COMMIT');
    done = true;
    return rows[0]!;
  } finally {
    if (!done) await client.query('ROLLBACK').catch(() => {});
    client.release();
  }
}

export interface NamespacePolicies {
  quotas: KObject[];
  limitRanges: KObject[];
  /**
   * How many policies the namespace had and the highest resourceVersion among them, read with
   * them (`capstan_policy_stamp` computes the same in SQL). A create carries it so that the
   * writing transaction can tell whether they changed since.
   */
  stamp: string;
}

interface PolicyWaiter {
  resolve(p: NamespacePolicies): void;
  reject(err: unknown): void;
}

/** Namespaces whose policies are kept; past this the cache starts again (a bound, not an LRU). */
const MAX_CACHED_NAMESPACES = 10_000;

/**
 * Namespaces' ResourceQuotas and LimitRanges for creates, kept per namespace with their stamp.
 * A kept entry is used without a round trip; the create it admits carries the stamp, and
 * `capstan_create_many` refuses the item as `stale` when the namespace's policies changed since
 * (in any process), after which the caller asks again with `fresh` and admits the object anew.
 * So no create is admitted against policies older than those committed when it is written.
 *
 * Fresh lookups that arrive while one is in flight wait for it and go out together in the next
 * query (as the create batcher groups inserts); a lookup never reuses a query that started
 * before it was asked. The result is shared: callers must not mutate it.
 */
export class PolicyLoader {
  private waiting = new Map<string, PolicyWaiter[]>();
  private inFlight = false;
  private readonly cache = new Map<string, NamespacePolicies>();

  constructor(private readonly pool: pg.Pool) {}

  get(ns: string, fresh = false): Promise<NamespacePolicies> {
    if (!fresh) {
      const kept = this.cache.get(ns);
      if (kept) return Promise.resolve(kept);
    }
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(ns) ?? [];
      list.push({ resolve, reject });
      this.waiting.set(ns, list);
      this.pump();
    });
  }

  /** Forgets a namespace's policies (this process changed them). */
  forget(ns: string): void {
    this.cache.delete(ns);
  }

  private pump(): void {
    if (this.inFlight || this.waiting.size === 0) return;
    const batch = this.waiting;
    this.waiting = new Map();
    this.inFlight = true;
    void this.load(batch).finally(() => {
      this.inFlight = false;
      this.pump();
    });
  }

  private async load(batch: Map<string, PolicyWaiter[]>): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ kind: string; namespace: string; data: KObject; resource_version: string }>(
        "SELECT kind, namespace, data, resource_version FROM objects WHERE kind IN ('ResourceQuota', 'LimitRange') AND namespace = ANY($1::text[])",
        [[...batch.keys()]],
      );
      if (this.cache.size + batch.size > MAX_CACHED_NAMESPACES) this.cache.clear();
      for (const [ns, waiters] of batch) {
        const here = rows.filter((r) => r.namespace === ns);
        const policies = {
          quotas: here.filter((r) => r.kind === 'ResourceQuota').map((r) => r.data),
          limitRanges: here.filter((r) => r.kind === 'LimitRange').map((r) => r.data),
          stamp: policyStamp(here.map((r) => BigInt(r.resource_version))),
        };
        this.cache.set(ns, policies);
        for (const w of waiters) w.resolve(policies);
      }
    } catch (err) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(err);
    }
  }
}

/** `capstan_policy_stamp` of a namespace whose policies have these resourceVersions. */
export function policyStamp(revisions: readonly bigint[]): string {
  let max = 0n;
  for (const r of revisions) if (r > max) max = r;
  return `${revisions.length}/${max}`;
}
