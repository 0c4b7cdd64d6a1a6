/**
 * The one module that owns cluster state in Postgres. Every write goes through the write
 * functions of prisma/migrations (one round trip: object row + log row in one transaction,
 * revision checked and bumped). Hot paths use `pg` directly; Prisma serves tokens and the
 * log's bookkeeping. Validation and defaulting happen here, so the API server and the workers
 * get exactly the same rules.
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { CapstanError, invalid, notFound } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import { bindPods, type Binding, type BindResult } from './bind.ts';
import { CreateBatcher, type CreateItem, type CreateOutcome } from './create-batcher.ts';
import { listObjects } from './list.ts';
import { EventLog } from './log.ts';
import { LOG_CHANNEL, notifyPayload } from './log-tail.ts';
import { applyMergePatch, jsonEqual } from './merge-patch.ts';
import { assertResourceVersion } from './resource-version.ts';
import { pendingFinalizers, prepareCreate, prepareUpdate, resolveNamespace } from './object-lifecycle.ts';
import { deleteGracePeriod, planDelete } from './delete-plan.ts';
import { deleteMany, findOwners, listDependents, ownersWithDependents, type DeleteManyItem, type DeleteManyResult, type OwnerIdentity, type OwnerSelector } from './delete-many.ts';
import { translatePgError } from './pg-errors.ts';
import { createPool } from './pg-connect.ts';
import { GetBatcher } from './get-batcher.ts';
import { UpdateBatcher } from './update-batcher.ts';
import { createPrisma, type PrismaClient } from './prisma.ts';
import { TokenStore } from './tokens.ts';
import { admitClaimStorageClass } from '../storage/default-storage-class.ts';
import { admitPodPriority } from '../scheduling/pod-priority.ts';
import { admitPodServiceAccount } from '../auth/service-account-admission.ts';
import { aggregate, applyLimitRangeDefaults, claimLimitRangeViolations, podLimitRangeViolations } from '../quota/limit-range.ts';
import { AdmissionReads } from './admission-reads.ts';
import { admissionGuard, admittedCreate, admittedUpdate, PolicyLoader, updateNeedsQuotaCheck, type NamespacePolicies } from './admitted-create.ts';
import type { DeleteOptions, ListOptions, ListResult, LogEvent, WriteOptions } from './types.ts';

export interface StoreOptions {
  databaseUrl: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /**
   * How many times a write without a precondition retries on CONFLICT (default 100). Writers of
   * one object that arrive together are batched together and one of them wins per round, so N
   * concurrent patches of one object need N rounds (Kubernetes' GuaranteedUpdate retries until
   * the request's deadline).
   */
  maxConflictRetries?: number;
  /** The clock for timestamps; tests inject one. */
  now?: () => Date;
  /**
   * Batched create statements in flight at once (default 2). Two keep Postgres busy while the
   * next batch forms; more split the queue into smaller batches and cost more round trips
   * (measured with `npm run bench -- etcd`: 1 → 1,951, 2 → 3,746, 5 → 3,382 creates/s).
   */
  createsInFlight?: number;
  /** Batched update statements in flight at once (default 2); more updates wait and join the next batch. */
  updatesInFlight?: number;
  /** Batched point-read statements in flight at once (default 3); more reads wait and join the next batch. */
  readsInFlight?: number;
  /**
   * How long admission keeps a ServiceAccount, PriorityClass or StorageClass it read (default
   * 1,000 ms; see admission-reads.ts). This process's own writes of those kinds drop them at once.
   */
  admissionCacheMs?: number;
}

/** Admissions of one create against its namespace's policies before the last, unstamped one. */
const MAX_POLICY_ATTEMPTS = 4;

/** The channel writers NOTIFY after commits (defined beside the log tail that listens). */
export { LOG_CHANNEL };

interface Row {
  revision: string;
  object: KObject;
}

export class Store {
  readonly tokens: TokenStore;
  readonly log: EventLog;
  /**
   * Emits 'write' (revision: bigint, kind: KindName | undefined) after every committed write of
   * this process; the kind is undefined for statements that may write several kinds.
   */
  readonly writes = new EventEmitter();
  private notifyInFlight = false;
  private notifyAgain = false;
  /** When the oldest commit not yet announced by a NOTIFY happened (wall-clock ms). */
  private unnotifiedSince: number | null = null;
  /** The kinds those commits wrote; undefined when one of them may have written any kind. */
  private unnotifiedKinds: Set<string> | undefined = new Set();
  /** NOTIFY's own connection (see scheduleNotify): a pool of one, so it reconnects by itself. */
  private readonly notifier: pg.Pool;
  private closed = false;
  private readonly now: () => Date;
  private readonly maxRetries: number;
  /**
   * The last version of each Lease this store wrote, the base of the next write to it: a node
   * renews its Lease every 10 s, and the read before each compare-and-swap was half of an idle
   * cluster's queries. The swap checks the revision, so a stale entry costs a failed swap and a
   * real read, never a lost update.
   */
  private readonly recentLeases = new Map<string, KObject>();
  private readonly creates: CreateBatcher;
  /** Compare-and-swap updates, group-committed like the creates. */
  readonly updates: UpdateBatcher;
  /** Point reads, batched under load. */
  readonly reads: GetBatcher;
  /** What pod and claim admission read (ServiceAccounts, PriorityClasses, StorageClasses), kept briefly. */
  private readonly admissionReads: AdmissionReads;

  private constructor(
    readonly pool: pg.Pool,
    private readonly prisma: PrismaClient,
    opts: StoreOptions,
  ) {
    this.tokens = new TokenStore(prisma, pool);
    this.log = new EventLog(pool, prisma);
    this.now = opts.now ?? (() => new Date());
    this.maxRetries = opts.maxConflictRetries ?? 100;
    // Leave connections for reads and updates while creates queue up for the next batch.
    this.creates = new CreateBatcher(pool, Math.max(1, Math.min(opts.createsInFlight ?? 2, (opts.poolSize ?? 10) - 1)));
    this.reads = new GetBatcher(pool, Math.max(1, Math.min(opts.readsInFlight ?? 3, (opts.poolSize ?? 10) - 1)));
    this.updates = new UpdateBatcher(pool, Math.max(1, Math.min(opts.updatesInFlight ?? 2, (opts.poolSize ?? 10) - 1)));
    this.writes.setMaxListeners(0);
    this.admissionReads = new AdmissionReads(this, opts.admissionCacheMs ?? 1_000);
    this.notifier = createPool(opts.databaseUrl, { max: 1, connectionTimeoutMillis: 5_000 });
    this.notifier.on('error', () => {});
  }

  static async open(opts: StoreOptions): Promise<Store> {
    const pool = createPool(opts.databaseUrl, { max: opts.poolSize ?? 10, connectionTimeoutMillis: 5_000 });
    // An idle client whose server went away emits 'error' on the pool; without a listener that
    // would crash the process. The pool drops the client and the next query reconnects.
    pool.on('error', () => {});
    const store = new Store(pool, createPrisma(pool), opts);
    await store.ensureNamespace('default');
    return store;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.prisma.$disconnect().catch(() => {});
    await this.pool.end().catch(() => {});
    await this.notifier.end().catch(() => {});
  }

  async ping(): Promise<void> {
    try {
      await this.pool.query('SELECT 1');
    } catch (err) {
      throw translatePgError(err);
    }
  }

  // ── reads ──────────────────────────────────────────────────────────────────────────────

  async get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null> {
    const def = KINDS[kind];
    const ns = def.namespaced ? (namespace ?? '') : '';
    try {
      return await this.reads.get(kind, ns, name);
    } catch (err) {
      throw translatePgError(err);
    }
  }

  private policyLoader?: PolicyLoader;

  private async namespacePolicies(ns: string, fresh: boolean): Promise<NamespacePolicies> {
    try {
      return await (this.policyLoader ??= new PolicyLoader(this.pool)).get(ns, fresh);
    } catch (err) {
      throw translatePgError(err);
    }
  }

  private async mustGet(kind: KindName, namespace: string | undefined, name: string): Promise<KObject> {
    const obj = await this.get(kind, namespace, name);
    if (!obj) throw notFound(kind, KINDS[kind].namespaced ? namespace : undefined, name);
    return obj;
  }

  /** A consistent list: every item as of one revision, which is the list's resourceVersion. */
  async list(kind: KindName, opts: ListOptions = {}): Promise<ListResult> {
    try {
      return await listObjects(this.pool, this.log, KINDS[kind], opts);
    } catch (err) {
      throw translatePgError(err);
    }
  }

  /**
   * Every object of a cluster-scoped kind as committed now, in one plain read: no revision, no
   * paging. For admission lookups of small kinds (PriorityClass, StorageClass) on every create,
   * where a consistent list would cost a safe-revision wait and a snapshot transaction.
   */
  async listCurrent(kind: KindName): Promise<KObject[]> {
    try {
      const { rows } = await this.pool.query<{ data: KObject }>('SELECT data FROM objects WHERE kind = $1 ORDER BY namespace, name', [kind]);
      return rows.map((r) => r.data);
    } catch (err) {
      throw translatePgError(err);
    }
  }

  /**
   * Every object of a kind as a skeleton, in one plain read of the committed rows: name,
   * namespace, uid, the whole spec and one annotation. For cluster-wide unique allocations
   * (pod CIDRs, cluster IPs), which check every object's values after writing a claim: a full
   * list of 5,000 Nodes with their status is megabytes to send and parse per new node, and
   * node joins slowed with the square of the cluster's size.
   */
  async listSkeletons(kind: KindName, annotation: string): Promise<KObject[]> {
    const def = KINDS[kind];
    try {
      const { rows } = await this.pool.query<{ name: string; namespace: string; uid: string; spec: Record<string, unknown> | null; claim: string | null }>(
        `SELECT name, namespace, data->'metadata'->>'uid' AS uid, data->'spec' AS spec, data->'metadata'->'annotations'->>$2 AS claim
           FROM objects WHERE kind = $1 ORDER BY namespace, name`,
        [kind, annotation],
      );
      return rows.map((r) => ({
        apiVersion: def.apiVersion,
        kind,
        metadata: {
          name: r.name,
          ...(def.namespaced ? { namespace: r.namespace } : {}),
          uid: r.uid,
          ...(r.claim !== null ? { annotations: { [annotation]: r.claim } } : {}),
        },
        ...(r.spec ? { spec: r.spec } : {}),
      }) as KObject);
    } catch (err) {
      throw translatePgError(err);
    }
  }

  /** The revisions of one object still in the log, oldest first. */
  async history(kind: KindName, namespace: string | undefined, name: string): Promise<LogEvent[]> {
    const def = KINDS[kind];
    try {
      return await this.log.history(kind, def.namespaced ? (namespace ?? '') : '', name);
    } catch (err) {
      throw translatePgError(err);
    }
  }

  // ── writes ─────────────────────────────────────────────────────────────────────────────

  async create(kind: KindName, namespace: string | undefined, input: KObject, opts: WriteOptions = {}): Promise<KObject> {
    const def = KINDS[kind];
    const ns = resolveNamespace(def, namespace, input ?? ({} as KObject));
    // Kubernetes' DefaultStorageClass admission, here so that every writer (API, workers) gets it.
    if (kind === 'PersistentVolumeClaim') input = await admitClaimStorageClass(this.admissionReads, input);
    // Kubernetes' Priority admission: spec.priority from spec.priorityClassName (or the global default).
    if (kind === 'Pod') input = await admitPodPriority(this.admissionReads, input);
    // Kubernetes' ServiceAccount admission: the account's name and the kube-api-access-* token volume.
    if (kind === 'Pod') input = await admitPodServiceAccount(this.admissionReads, ns, input);
    // Kubernetes' LimitRanger (defaults, then min/max/ratio) and ResourceQuota admission, against
    // the namespace's policies as last read; the write checks they are still those (policyStamp)
    // and a create admitted against stale ones is admitted again against fresh ones.
    for (let attempt = 0; ; attempt++) {
      const policies = def.namespaced && ns !== '' ? await this.namespacePolicies(ns, attempt > 0) : undefined;
      const limitRanges = policies?.limitRanges ?? [];
      const admitted = kind === 'Pod' ? applyLimitRangeDefaults(input, limitRanges) : input;
      const obj = prepareCreate(def, ns, admitted, this.now());
      const violations = kind === 'Pod' ? podLimitRangeViolations(obj, limitRanges) : kind === 'PersistentVolumeClaim' ? claimLimitRangeViolations(obj, limitRanges) : [];
      if (violations.length > 0) throw new CapstanError('FORBIDDEN', `${def.plural} "${obj.metadata.name}" is forbidden: ${aggregate(violations)}`);
      if (def.namespaced) await this.checkNamespaceAcceptsCreates(ns);
      if (opts.dryRun) return obj;
      const subject = { kind, namespace: ns || undefined, name: obj.metadata.name };
      let out: CreateOutcome;
      try {
        const item: CreateItem = { kind, namespace: ns, name: obj.metadata.name, uid: obj.metadata.uid!, data: obj };
        // After a few stale stamps in a row (policies changing under a burst of creates), the last
        // attempt carries none: admitted against policies read just before it, as without a cache.
        if (policies && attempt < MAX_POLICY_ATTEMPTS - 1) item.policyStamp = policies.stamp;
        const guard = admissionGuard(obj, policies?.quotas ?? []);
        out = guard ? await admittedCreate(this.pool, item, guard, this.now()) : await this.creates.create(item);
      } catch (err) {
        throw translatePgError(err, subject);
      }
      if (out.stale) continue;
      if (!out.object) throw translatePgError({ code: '23505' }, subject);
      if (kind === 'ResourceQuota' || kind === 'LimitRange') this.policyLoader?.forget(ns);
      return this.committed({ revision: out.revision!.toString(), object: out.object });
    }
  }

  /** PUT: the whole object; `obj.metadata.resourceVersion`, when set, is the precondition. */
  async replace(kind: KindName, namespace: string | undefined, name: string, obj: KObject, opts: WriteOptions = {}): Promise<KObject> {
    const precondition = opts.resourceVersion ?? obj?.metadata?.resourceVersion;
    assertResourceVersion(precondition, opts.resourceVersion === undefined ? 'metadata.resourceVersion' : 'resourceVersion');
    return this.update(kind, namespace, name, () => obj, { ...opts, resourceVersion: precondition });
  }

  /** JSON merge patch; without a resourceVersion it retries on conflicts by itself. */
  async patch(kind: KindName, namespace: string | undefined, name: string, mergePatch: unknown, opts: WriteOptions = {}): Promise<KObject> {
    if (mergePatch === null || typeof mergePatch !== 'object' || Array.isArray(mergePatch)) {
      throw invalid('patch', 'a merge patch must be a JSON object');
    }
    return this.update(kind, namespace, name, (current) => applyMergePatch(current, mergePatch) as KObject, opts);
  }

  /** The status sub-resource: replaces `status` and nothing else. */
  async updateStatus(kind: KindName, namespace: string | undefined, name: string, status: unknown, opts: WriteOptions = {}): Promise<KObject> {
    return this.update(kind, namespace, name, (current) => ({ ...current, status }), opts, 'status');
  }

  /**
   * Read-modify-write: `mutate` gets the current object and returns the desired one. With a
   * resourceVersion precondition a stale read fails with CONFLICT; without one the whole cycle
   * is retried on conflict, so concurrent writers never lose each other's changes.
   */
  async update(
    kind: KindName,
    namespace: string | undefined,
    name: string,
    mutate: (current: KObject) => KObject,
    opts: WriteOptions = {},
    mode: 'main' | 'status' = 'main',
  ): Promise<KObject> {
    const def = KINDS[kind];
    assertResourceVersion(opts.resourceVersion);
    const leaseKey = kind === 'Lease' && !opts.dryRun ? `${namespace ?? ''}/${name}` : undefined;
    // The remembered version is tried once; anything it cannot settle is done from a real read.
    const remembered = leaseKey ? this.recentLeases.get(leaseKey) : undefined;
    if (remembered) {
      try {
        const current = remembered;
        if (opts.resourceVersion === undefined || opts.resourceVersion === current.metadata.resourceVersion) {
          const next = prepareUpdate(def, current, mutate(structuredClone(current)), mode);
          // "Nothing to write" is only known against the stored version.
          if (!jsonEqual(next, current)) {
            const written = await this.writeUpdate(current, next);
            this.rememberLease(leaseKey!, written);
            return written;
          }
        }
      } catch {
        // Stale (CONFLICT), gone or refused: whatever it was, the real read below decides.
      }
      this.recentLeases.delete(leaseKey!);
    }
    for (let attempt = 0; ; attempt++) {
      const current = await this.mustGet(kind, namespace, name);
      if (opts.resourceVersion !== undefined && opts.resourceVersion !== current.metadata.resourceVersion) {
        throw translatePgError({ code: 'CP409' }, { kind, namespace: def.namespaced ? namespace : undefined, name });
      }
      const next = prepareUpdate(def, current, mutate(structuredClone(current)), mode);
      if (opts.dryRun) return next;
      try {
        const written = await this.writeUpdate(current, next);
        if (leaseKey) this.rememberLease(leaseKey, written);
        return written;
      } catch (err) {
        const e = err as CapstanError;
        if (e instanceof CapstanError && e.code === 'CONFLICT' && opts.resourceVersion === undefined && attempt < this.maxRetries) continue;
        throw err;
      }
    }
  }

  private rememberLease(key: string, lease: KObject): void {
    this.recentLeases.delete(key);
    // Deleted (its last finalizer gone) or a sentinel without metadata: nothing to build on.
    if (!lease?.metadata?.resourceVersion || lease.metadata.deletionTimestamp) return;
    if (this.recentLeases.size >= 10_000) this.recentLeases.delete(this.recentLeases.keys().next().value!);
    // A copy: callers get `lease` itself and may change it.
    this.recentLeases.set(key, structuredClone(lease));
  }

  /** Stores `next` in place of `current` (checked by revision); a no-op writes nothing. */
  private async writeUpdate(current: KObject, next: KObject): Promise<KObject> {
    if (jsonEqual(next, current)) return current;
    if (next.metadata.deletionTimestamp && pendingFinalizers(next).length === 0) {
      // The last finalizer is gone: the deletion that was waiting for it happens now.
      return this.writeDelete(current);
    }
    return this.compareAndSwap(current, next);
  }

  /** Replaces `current` by `next` if `current` is still the stored version (else CONFLICT). */
  private async compareAndSwap(current: KObject, next: KObject): Promise<KObject> {
    const ns = current.metadata.namespace ?? '';
    try {
      // ResourceQuota admission of updates that grow usage (a Service turned NodePort, a larger claim).
      if (await updateNeedsQuotaCheck(this.pool, current, next)) return this.committed(await admittedUpdate(this.pool, current, next, this.now()));
      const out = await this.updates.update({ kind: current.kind, namespace: ns, name: current.metadata.name, expected: current.metadata.resourceVersion!, data: next });
      if ('error' in out) throw { code: out.error === 'NOT_FOUND' ? 'CP404' : 'CP409' };
      return this.committed({ revision: out.revision.toString(), object: out.object });
    } catch (err) {
      throw translatePgError(err, { kind: current.kind, namespace: ns || undefined, name: current.metadata.name });
    }
  }

  private async writeDelete(current: KObject): Promise<KObject> {
    const kind = current.kind;
    const ns = current.metadata.namespace ?? '';
    const subject = { kind, namespace: ns || undefined, name: current.metadata.name };
    try {
      const { rows } = await this.pool.query<Row>('SELECT revision, object FROM capstan_delete($1, $2, $3, $4)', [
        kind,
        ns,
        current.metadata.name,
        current.metadata.resourceVersion,
      ]);
      return this.committed(rows[0]!);
    } catch (err) {
      throw translatePgError(err, subject);
    }
  }

  /**
   * Deletes an object, or starts its deletion: with finalizers (or a propagation policy that
   * adds one) it gets a deletionTimestamp and stays until they are gone; a pod bound to a node
   * with a grace period stays until its node confirms (or a delete with grace 0).
   */
  async delete(kind: KindName, namespace: string | undefined, name: string, opts: DeleteOptions = {}): Promise<KObject> {
    const def = KINDS[kind];
    if (opts.gracePeriodSeconds !== undefined && (!Number.isInteger(opts.gracePeriodSeconds) || opts.gracePeriodSeconds < 0)) {
      throw invalid('gracePeriodSeconds', 'must be a non-negative integer');
    }
    assertResourceVersion(opts.resourceVersion, 'preconditions.resourceVersion');
    if (def.deletion?.protectedNames?.has(name)) {
      throw new CapstanError('FORBIDDEN', `${def.singular} "${name}" may not be deleted`);
    }
    for (let attempt = 0; ; attempt++) {
      const current = await this.mustGet(kind, namespace, name);
      if (opts.resourceVersion !== undefined && opts.resourceVersion !== current.metadata.resourceVersion) {
        throw translatePgError({ code: 'CP409' }, { kind, namespace: def.namespaced ? namespace : undefined, name });
      }
      try {
        return await this.deleteOnce(current, opts);
      } catch (err) {
        if (err instanceof CapstanError && err.code === 'CONFLICT' && opts.resourceVersion === undefined && attempt < this.maxRetries) continue;
        throw err;
      }
    }
  }

  private async deleteOnce(current: KObject, opts: DeleteOptions): Promise<KObject> {
    const grace = deleteGracePeriod(current, opts);
    const waitForNode = grace > 0 && !!current.spec?.nodeName && !!KINDS[current.kind as KindName].deletion?.waitsForNode;
    const plan = planDelete(current, opts, waitForNode, this.now());
    if (plan.op === 'delete') return this.writeDelete(current);
    if (plan.op === 'none') return current;
    return this.compareAndSwap(current, plan.next);
  }

  /**
   * Binds pods to nodes (the scheduler's `pods/binding`): `spec.nodeName` and PodScheduled=True
   * in one write per pod, all of them in one statement. Each binding succeeds or fails alone.
   */
  async bindPods(bindings: Binding[]): Promise<BindResult[]> {
    if (bindings.length === 0) return [];
    try {
      const { results, revisions } = await bindPods(this.pool, bindings, this.now());
      if (revisions.length > 0) this.committed({ revision: revisions.at(-1)!.toString(), object: undefined as never });
      return results;
    } catch (err) {
      throw translatePgError(err);
    }
  }

  /**
   * Deletes many objects: each item as `delete` would (finalizers, propagation policy, a bound
   * pod's grace period), all of them in one statement whose log rows commit with it. Each item
   * succeeds or fails alone; one without a resourceVersion is retried on CONFLICT.
   */
  async deleteMany(items: DeleteManyItem[]): Promise<DeleteManyResult[]> {
    const results: DeleteManyResult[] = new Array(items.length);
    let todo = items.map((_, i) => i);
    for (let attempt = 0; todo.length > 0; attempt++) {
      for (const i of todo) {
        const def = KINDS[items[i]!.kind];
        if (def.deletion?.protectedNames?.has(items[i]!.name)) {
          results[i] = { error: new CapstanError('FORBIDDEN', `${def.singular} "${items[i]!.name}" may not be deleted`) };
        }
      }
      todo = todo.filter((i) => !results[i]);
      if (todo.length === 0) break;
      try {
        const { results: out, revisions } = await deleteMany(this.pool, todo.map((i) => items[i]!), this.now());
        for (const i of todo) this.admissionReads.forget(items[i]!.kind);
        if (revisions.length > 0) this.committed({ revision: revisions.at(-1)!.toString(), object: undefined as never });
        const retry: number[] = [];
        out.forEach((r, j) => {
          const i = todo[j]!;
          const again = 'error' in r && r.error.code === 'CONFLICT' && items[i]!.resourceVersion === undefined && attempt < this.maxRetries;
          if (again) retry.push(i);
          else results[i] = r;
        });
        todo = retry;
      } catch (err) {
        throw translatePgError(err);
      }
    }
    return results;
  }

  /** The objects whose ownerReferences name `owner` (by uid; by kind and name when it is gone). */
  async listDependents(owner: OwnerSelector): Promise<KObject[]> {
    try {
      return await listDependents(this.pool, owner);
    } catch (err) {
      throw translatePgError(err);
    }
  }

  /** Which of these objects exist (by `kind/namespace/name`), with their uids and whether they wait for dependents. */
  async findOwners(keys: { kind: string; namespace: string; name: string }[]): Promise<Map<string, OwnerIdentity>> {
    try {
      return await findOwners(this.pool, keys);
    } catch (err) {
      throw translatePgError(err);
    }
  }

  /** Which of these owner uids some object still refers to. */
  async ownersWithDependents(uids: string[]): Promise<Set<string>> {
    try {
      return await ownersWithDependents(this.pool, uids);
    } catch (err) {
      throw translatePgError(err);
    }
  }

  // ── namespaces ─────────────────────────────────────────────────────────────────────────

  private namespaceSeen = new Map<string, number>();

  /** Creates are refused in a namespace that does not exist or is being deleted (as Kubernetes). */
  private async checkNamespaceAcceptsCreates(ns: string): Promise<void> {
    // A namespace seen active within the last second is trusted without a round trip: the
    // namespace controller re-checks for stragglers when it empties a namespace.
    const seen = this.namespaceSeen.get(ns);
    if (seen !== undefined && Date.now() - seen < 1_000) return;
    const obj = await this.get('Namespace', undefined, ns);
    if (!obj) throw new CapstanError('NOT_FOUND', `namespace "${ns}" not found`);
    if (obj.metadata.deletionTimestamp) {
      throw new CapstanError('FORBIDDEN', `unable to create new content in namespace ${ns} because it is being terminated`);
    }
    this.namespaceSeen.set(ns, Date.now());
  }

  private async ensureNamespace(name: string): Promise<void> {
    try {
      await this.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    } catch (err) {
      if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) throw err;
    }
  }

  // ── after a commit ─────────────────────────────────────────────────────────────────────

  private committed(row: Row): KObject {
    const revision = BigInt(row.revision);
    // Batched writes (binds, deleteMany) pass no object; deleteMany drops its kinds itself.
    if (row.object) this.admissionReads.forget(row.object.kind);
    const kind = row.object?.kind;
    this.writes.emit('write', revision, kind);
    this.scheduleNotify(kind);
    return row.object;
  }

  /**
   * Wakes log tails in other processes. Coalesced: at most one NOTIFY in flight, so a burst of
   * writes costs one notification, and none is sent inside the write's own transaction (a
   * NOTIFY there would serialise every commit on Postgres' notify queue lock). Sent on a
   * connection of its own: through the pool it waited behind every query queued for a
   * connection, however long that queue was (test/log-tail.test.ts holds the pool 3 s). The
   * payload (see `notifyPayload`) is the wall-clock time of the oldest commit it announces, so
   * tails can time their wake-ups (LogTail's `notify` stage), and the kinds written, so tails
   * that follow other kinds need not wake.
   */
  private scheduleNotify(kind: string | undefined): void {
    if (this.closed) return;
    this.unnotifiedSince ??= performance.timeOrigin + performance.now();
    if (kind === undefined) this.unnotifiedKinds = undefined;
    else this.unnotifiedKinds?.add(kind);
    this.sendNotify();
  }

  private sendNotify(): void {
    if (this.closed) return;
    if (this.notifyInFlight) {
      // This commit may land after the listener has handled the notification in flight.
      this.notifyAgain = true;
      return;
    }
    this.notifyInFlight = true;
    setImmediate(() => {
      const payload = notifyPayload(this.unnotifiedSince ?? performance.timeOrigin + performance.now(), this.unnotifiedKinds);
      this.unnotifiedSince = null;
      this.unnotifiedKinds = new Set();
      this.notifier
        .query(`SELECT pg_notify('${LOG_CHANNEL}', $1)`, [payload])
        .catch(() => {})
        .finally(() => {
          this.notifyInFlight = false;
          if (this.notifyAgain) {
            this.notifyAgain = false;
            this.sendNotify();
          }
        });
    });
  }
}
