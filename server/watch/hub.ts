/**
 * The watch hub: each API server process tails the event log once (a LogTail: woken by
 * LISTEN/NOTIFY and by this process's own writes, polling as the fallback, never past the safe
 * revision) and fans events out to all its watches (Kubernetes' watch cache, minus the cache).
 * Watches start from a revision (replayed from the log, then live: no gap, no duplicate) or
 * from the current state (a consistent list as ADDED events, a BOOKMARK, then live).
 */
import type pg from 'pg';
import { CapstanError } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import type { KindName } from '../kinds/types.ts';
import { parseFieldSelector } from '../selectors/field-selector.ts';
import { parseLabelSelector } from '../selectors/label-selector.ts';
import type { CompactionOptions } from '../store/log.ts';
import { LogTail, type LogTailStats } from '../store/log-tail.ts';
import { createPool } from '../store/pg-connect.ts';
import type { Store } from '../store/store.ts';
import type { LogEvent } from '../store/types.ts';
import { stampPage } from './delivery-timing.ts';
import { Subscription, type WatchEvent, type WatchFilter } from './subscription.ts';

export type { WatchEvent } from './subscription.ts';

export interface WatchHubOptions {
  databaseUrl: string;
  /** Idle watches get a BOOKMARK with the current revision this often (default 30 s). */
  bookmarkIntervalMs?: number;
  /** Events a watch may fall behind before it is closed with EXPIRED (default 10,000). */
  bufferSize?: number;
  /** Tail poll interval when no notification arrives (default 1 s). */
  pollIntervalMs?: number;
  /** Compaction of the log, run by every hub (they take turns through a lock). */
  compaction?: CompactionOptions & { intervalMs?: number; enabled?: boolean };
  /**
   * Connections of the hub's own pool, for the tail and for watches' replays from the log
   * (default 2). Apart from the store's pool, so that a flood of queries cannot starve watches;
   * LISTEN has a connection of its own besides.
   */
  tailPoolSize?: number;
  /**
   * With no watch open, the tail only moves its position (no events are read, as nobody would
   * get them) and at most this often (default 100 ms), so that a burst of writes costs an idle
   * hub almost nothing. A watch opened meanwhile replays from the log up to that position, so
   * it misses nothing; its first live events wait at most this long.
   */
  idleTailIntervalMs?: number;
  /**
   * Stamp each event with where its time went in this server (see delivery-timing.ts), sent to
   * clients as `extensions.watchTiming` (default: CAPSTAN_WATCH_TIMING=1; the watch benchmark).
   */
  deliveryTiming?: boolean;
  /**
   * A page of the log is handed to watches in slices of about this many deliveries, with the
   * event loop running between them (default 500): a page of 2,000 events for 1,010 watches
   * would otherwise be one synchronous fan-out of 22,000 results, and every socket, query and
   * timer of the server would wait for it.
   */
  fanOutSlice?: number;
  /** Reports failures of the tail (the hub keeps retrying). */
  onError?: (err: unknown) => void;
}

export interface WatchOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  resourceVersion?: string;
  sendInitialEvents?: boolean;
  signal?: AbortSignal;
}

const NODE_NAME_FIELD = 'spec.nodeName';

/** Watches of one kind, with those selecting one node's pods indexed by node name. */
class KindSubscribers {
  readonly all = new Set<Subscription>();
  readonly unindexed = new Set<Subscription>();
  readonly byNode = new Map<string, Set<Subscription>>();

  add(s: Subscription): void {
    this.all.add(s);
    const node = s.filter.fields.equalities()[NODE_NAME_FIELD];
    if (node === undefined) this.unindexed.add(s);
    else {
      let set = this.byNode.get(node);
      if (!set) this.byNode.set(node, (set = new Set()));
      set.add(s);
    }
  }

  remove(s: Subscription): void {
    this.all.delete(s);
    this.unindexed.delete(s);
    const node = s.filter.fields.equalities()[NODE_NAME_FIELD];
    if (node !== undefined) {
      const set = this.byNode.get(node);
      set?.delete(s);
      if (set?.size === 0) this.byNode.delete(node);
    }
  }

  /** Offers `e` to the watches it may concern; returns how many that was. */
  dispatch(e: LogEvent): number {
    for (const s of this.unindexed) s.offer(e);
    let offered = this.unindexed.size;
    if (this.byNode.size === 0) return offered;
    const now: string = e.object.spec?.nodeName ?? '';
    const before: string | undefined = e.prevObject?.spec?.nodeName ?? (e.prevObject ? '' : undefined);
    const onNode = this.byNode.get(now);
    if (onNode) for (const s of onNode) s.offer(e);
    offered += onNode?.size ?? 0;
    if (before !== undefined && before !== now) {
      const wasOnNode = this.byNode.get(before);
      if (wasOnNode) for (const s of wasOnNode) s.offer(e);
      offered += wasOnNode?.size ?? 0;
    }
    return offered;
  }
}

export class WatchHub {
  private readonly subs = new Map<KindName, KindSubscribers>();
  private running = false;
  /** The tail's and replays' own connections (see tailPoolSize). */
  private readonly db: pg.Pool;
  private readonly tail: LogTail;
  private timers: NodeJS.Timeout[] = [];
  private lagSeconds = 0;
  private readonly bufferSize: number;
  private readonly deliveryTiming: boolean;
  private readonly fanOutSlice: number;
  /**
   * The last revision handed to every watch registered at the time. Ahead of the tail's
   * position while a page is fanned out in slices (the position moves once the page is done).
   */
  private dispatched = 0n;
  /** The kinds with at least one watch (undefined: to be worked out again). */
  private watchedKinds: KindName[] | undefined;

  constructor(
    private readonly store: Store,
    private readonly opts: WatchHubOptions,
  ) {
    this.bufferSize = opts.bufferSize ?? 10_000;
    this.deliveryTiming = opts.deliveryTiming ?? process.env.CAPSTAN_WATCH_TIMING === '1';
    this.fanOutSlice = Math.max(1, opts.fanOutSlice ?? 500);
    this.db = createPool(opts.databaseUrl, { max: opts.tailPoolSize ?? 2, connectionTimeoutMillis: 5_000 });
    // As the store's pool: a dropped idle connection must not crash the process.
    this.db.on('error', () => {});
    this.tail = new LogTail(store, {
      databaseUrl: opts.databaseUrl,
      db: this.db,
      pollIntervalMs: opts.pollIntervalMs,
      pageSize: 2_000,
      // Checked after the tail's await and with no await before its move: a watch registered
      // from then on starts at the new position and replays everything before it from the log.
      isIdle: () => this.subscriptionCount() === 0,
      // Only the kinds somebody watches are read whole (a server's own ServiceAccount watch
      // must not make it read back every Lease renewal and ConfigMap it writes).
      kinds: () => (this.watchedKinds ??= [...this.subs].filter(([, k]) => k.all.size > 0).map(([kind]) => kind)),
      idleIntervalMs: opts.idleTailIntervalMs,
      onError: opts.onError,
    });
  }

  async start(): Promise<void> {
    await this.tail.open();
    this.running = true;
    this.tail.start((events) => this.dispatch(events));
    this.timers.push(setInterval(() => this.sendBookmarks(), this.opts.bookmarkIntervalMs ?? 30_000));
    const c = this.opts.compaction;
    if (c?.enabled !== false) {
      const run = () => this.store.log.compact(c).catch((err) => this.opts.onError?.(err));
      this.timers.push(setInterval(run, c?.intervalMs ?? 60_000));
    }
    for (const t of this.timers) t.unref();
  }

  /** Stops the tail and ends every watch (their consumers see the stream complete). */
  async stop(): Promise<void> {
    this.running = false;
    for (const t of this.timers) clearInterval(t);
    await this.tail.close();
    for (const k of this.subs.values()) for (const s of k.all) s.end();
    this.subs.clear();
    await this.db.end().catch(() => {});
  }

  stats(): { subscriptions: number; tailLagSeconds: number; revision: string; tail: LogTailStats } {
    return { subscriptions: this.subscriptionCount(), tailLagSeconds: this.lagSeconds, revision: this.tail.position.toString(), tail: this.tail.stats() };
  }

  private subscriptionCount(): number {
    let n = 0;
    for (const k of this.subs.values()) n += k.all.size;
    return n;
  }

  /** The revision up to which this hub has dispatched every event. */
  get revision(): bigint {
    return this.tail.position > this.dispatched ? this.tail.position : this.dispatched;
  }

  /**
   * From where a new watch of `kind` gets its events live: the hub's revision, unless the page
   * being handed over was read without that kind's objects; then the watch replays up to the
   * end of that page from the log, and the next page is read with its kind.
   */
  private registrationRevision(kind: KindName): bigint {
    const h = this.tail.handing;
    if (h?.kinds && !h.kinds.includes(kind) && h.through > this.revision) return h.through;
    return this.revision;
  }

  watch(kind: KindName, opts: WatchOptions = {}): AsyncIterable<WatchEvent> & AsyncIterator<WatchEvent> {
    const def = KINDS[kind];
    const filter: WatchFilter = {
      namespace: def.namespaced ? opts.namespace || undefined : undefined,
      labels: parseLabelSelector(opts.labelSelector),
      fields: parseFieldSelector(opts.fieldSelector, kind),
    };
    let from: bigint | undefined;
    if (opts.resourceVersion !== undefined && opts.resourceVersion !== '' && opts.sendInitialEvents !== true) {
      if (!/^\d+$/.test(opts.resourceVersion)) {
        throw new CapstanError('INVALID', `resourceVersion: "${opts.resourceVersion}" is not a resource version returned by this server`, [
          { field: 'resourceVersion', message: 'not a resource version returned by this server' },
        ]);
      }
      from = BigInt(opts.resourceVersion);
    }
    if (!this.running) throw new CapstanError('UNAVAILABLE', 'the watch hub is not running');

    // Registered before anything is read: every event after `registeredAt` reaches it live.
    const sub = new Subscription(filter, this.bufferSize, 0n);
    const registeredAt = this.registrationRevision(kind);
    const wasIdle = this.subscriptionCount() === 0;
    this.subscribers(kind).add(sub);
    const newKind = !this.watchedKinds?.includes(kind);
    if (newKind) this.watchedKinds = undefined;
    // An idle tail may be waiting out its interval, and writes of a kind nobody watched did not
    // wake it: it reads events again from now on.
    if (wasIdle || newKind) this.tail.wake('call');
    const cleanup = () => {
      const k = this.subs.get(kind);
      k?.remove(sub);
      if (k?.all.size === 0) this.watchedKinds = undefined;
      sub.end();
    };
    opts.signal?.addEventListener('abort', cleanup, { once: true });
    let isStarted = false;
    const started = this.startSubscription(kind, sub, filter, from, registeredAt)
      .catch((err) => sub.fail(err as Error))
      .finally(() => (isStarted = true));

    const iterator: AsyncIterable<WatchEvent> & AsyncIterator<WatchEvent> = {
      [Symbol.asyncIterator]() {
        return iterator;
      },
      async next() {
        if (!isStarted) await started;
        try {
          const value = await sub.next();
          if (value === undefined) {
            cleanup();
            return { done: true, value: undefined };
          }
          return { done: false, value };
        } catch (err) {
          cleanup();
          throw err;
        }
      },
      async return() {
        cleanup();
        return { done: true, value: undefined };
      },
    };
    return iterator;
  }

  private subscribers(kind: KindName): KindSubscribers {
    let k = this.subs.get(kind);
    if (!k) this.subs.set(kind, (k = new KindSubscribers()));
    return k;
  }

  private async startSubscription(kind: KindName, sub: Subscription, filter: WatchFilter, from: bigint | undefined, registeredAt: bigint): Promise<void> {
    let start: bigint;
    if (from === undefined) {
      // Current state first: a consistent list, each item as ADDED, then a BOOKMARK.
      const list = await this.store.list(kind, {
        namespace: filter.namespace,
        labelSelector: filter.labels.toString(),
        fieldSelector: filter.fields.toString(),
      });
      start = BigInt(list.resourceVersion);
      for (const obj of list.items) sub.push({ type: 'ADDED', object: obj, resourceVersion: obj.metadata.resourceVersion ?? list.resourceVersion });
      sub.lastRevision = start;
      sub.push({ type: 'BOOKMARK', resourceVersion: list.resourceVersion });
    } else {
      start = from;
      sub.lastRevision = from;
      await this.store.log.assertNotCompacted(from, 'watch', this.db);
    }
    // Replay what this hub dispatched before the watch was registered, from the database.
    let cursor = start;
    while (cursor < registeredAt) {
      const events = await this.store.log.readAfter(cursor, registeredAt, 1000, { kind, db: this.db });
      for (const e of events) sub.deliver(e);
      if (events.length < 1000) break;
      cursor = events.at(-1)!.revision;
    }
    // Compaction may have removed rows between the check and the read: check again.
    if (start < registeredAt) await this.store.log.assertNotCompacted(start, 'watch', this.db);
    if (sub.lastRevision < registeredAt) sub.lastRevision = registeredAt > start ? registeredAt : start;
    sub.goLive();
  }

  // ── the tail ───────────────────────────────────────────────────────────────────────────

  /**
   * Hands a page to the watches: at once when it is small, else in slices of about
   * `fanOutSlice` deliveries with a turn of the event loop between them (the results of a
   * slice are sent in that turn). A watch registered meanwhile starts after `dispatched` (see
   * `revision`): it replays what came before from the log and gets the rest of the page live.
   */
  private dispatch(events: LogEvent[]): void | Promise<void> {
    if (this.deliveryTiming) stampPage(events, { wokeAt: this.tail.passWokeAt, startedAt: this.tail.passStartedAt });
    const next = this.dispatchSlice(events, 0);
    if (next < events.length) return this.dispatchSlices(events, next);
    this.dispatched = events.at(-1)?.revision ?? this.dispatched;
    this.noteLag(events);
  }

  private async dispatchSlices(events: LogEvent[], from: number): Promise<void> {
    for (let i = from; i < events.length; ) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      i = this.dispatchSlice(events, i);
    }
    this.noteLag(events);
  }

  /** Dispatches events from index `from` until a slice's worth was offered; returns the next index. */
  private dispatchSlice(events: LogEvent[], from: number): number {
    let offered = 0;
    let i = from;
    while (i < events.length && offered < this.fanOutSlice) {
      const e = events[i++]!;
      offered += this.subs.get(e.kind)?.dispatch(e) ?? 0;
      this.dispatched = e.revision;
    }
    return i;
  }

  private noteLag(events: LogEvent[]): void {
    const last = events.at(-1);
    this.lagSeconds = last ? Math.max(0, (Date.now() - last.createdAt.getTime()) / 1000) : 0;
  }

  private sendBookmarks(): void {
    for (const k of this.subs.values()) for (const s of k.all) s.bookmark(this.tail.position);
  }
}
