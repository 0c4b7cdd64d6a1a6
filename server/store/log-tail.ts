/**
 * A tail of the event log: the one way a process follows the log in revision order (the watch
 * hub fans it out to watches, the dispatcher turns it into reconcile jobs).
 *
 * - Position: the last revision whose events were handed over; it moves page by page, only
 *   after the consumer took the page, and never past the safe revision (see revision.ts), so a
 *   revision that commits late is never skipped. A page shorter than asked means nothing else
 *   is left up to the safe revision (the missing revisions rolled back), so the tail jumps there.
 * - Wake-ups: a NOTIFY on LOG_CHANNEL (through a connection of its own, re-opened when it
 *   drops), this process's own writes, an explicit `wake()`, and a poll after `pollIntervalMs`
 *   without any of those (the fallback when notifications are lost).
 * - Idle (`isIdle` says nobody needs the events): `run` moves the position to the safe
 *   revision without reading, at most every `idleIntervalMs`, so a burst of writes costs an
 *   idle tail almost nothing; `wake('call')` ends the wait at once when a consumer appears.
 * - Compaction (`detectCompaction`): a catch-up whose position the log no longer reaches back
 *   to fails with EXPIRED instead of silently skipping what was compacted away.
 *
 * `stats()` counts what woke the tail and times each stage (commit → notification, safe
 * revision, read, hand-over), so that latency can be taken apart without a profiler.
 */
import type { EventEmitter } from 'node:events';
import type pg from 'pg';
import { compactedPast, type EventLog } from './log.ts';
import { createClient } from './pg-connect.ts';
import type { LogEvent } from './types.ts';

/** The channel writers NOTIFY after commits so that log tails in other processes wake up. */
export const LOG_CHANNEL = 'capstan_log';

/**
 * A NOTIFY's payload: the wall-clock time (ms) of the oldest commit it announces, then the kinds
 * those commits wrote, or `*` when a statement may have written any kind.
 */
export function notifyPayload(since: number, kinds: ReadonlySet<string> | undefined): string {
  return `${since.toFixed(3)} ${kinds ? [...kinds].join(',') : '*'}`;
}

/** A payload of `notifyPayload` (kinds undefined: any kind; a bare time, as older writers sent, too). */
export function parseNotifyPayload(payload: string | undefined): { sent: number; kinds: string[] | undefined } {
  const [time, kinds] = (payload ?? '').split(' ');
  return { sent: time ? Number(time) : NaN, kinds: kinds === undefined || kinds === '*' ? undefined : kinds === '' ? [] : kinds.split(',') };
}

/** What ended a wait: a notification, a write of this process, a call to wake(), or the poll. */
export type WakeSource = 'notify' | 'write' | 'call' | 'poll';

export type Queryable = Pick<pg.Pool, 'query'>;

export interface LogTailOptions {
  /** For LISTEN on the log channel; without it the tail only polls (and sees local writes). */
  databaseUrl?: string;
  /** Where reads go (default the event log's own pool). */
  db?: Queryable;
  /** Read after this long without a wake-up (default 1 s). */
  pollIntervalMs?: number;
  /** Events read per query (default 1,000). */
  pageSize?: number;
  /** Wake on this process's own writes (default true). */
  wakeOnLocalWrites?: boolean;
  /** Fail a catch-up with EXPIRED when the log was compacted past the position (default false). */
  detectCompaction?: boolean;
  /** `run` only: nobody needs events now, so move without reading (default never idle). */
  isIdle?: () => boolean;
  /** `run` only: while idle, move at most this often (default 100 ms). */
  idleIntervalMs?: number;
  /**
   * The kinds whose events the consumer needs now (undefined: every kind). Read at the start of
   * every page; the other rows are read without their objects and not handed over. A page read
   * while a kind was added is read again with it; see `handing` for a kind added while a page is
   * being handed over.
   */
  kinds?: () => readonly string[];
  /** Failures of LISTEN and, in `run`, of catch-ups (which are retried). */
  onError?: (err: unknown) => void;
}

/** Where events come from: the store's log and its local write notifications. */
export interface TailSource {
  log: Pick<EventLog, 'safeRevision' | 'readPage'>;
  writes?: EventEmitter;
}

export const STAGES = ['notify', 'safeRevision', 'read', 'handle'] as const;
export type Stage = (typeof STAGES)[number];

/** Upper bounds (ms) of the stage timing buckets; the last bucket is everything above. */
export const STAGE_BUCKETS_MS = [1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000] as const;

export interface StageTiming {
  count: number;
  totalMs: number;
  maxMs: number;
  /** Counts per bucket of STAGE_BUCKETS_MS, plus one for slower ones (not cumulative). */
  buckets: number[];
}

export interface LogTailStats {
  position: string;
  /** Passes, by what started them. */
  wakeups: Record<WakeSource, number>;
  /**
   * Events handed over, by what started the pass that read them. Events found by a poll came
   * late (up to pollIntervalMs): their notification was lost or slower than the poll.
   */
  eventsBy: Record<WakeSource, number>;
  /** Notifications received (several may start one pass). */
  notifications: number;
  /** Notifications and local writes that woke nothing: only kinds the consumer does not follow. */
  ignoredWakeups: number;
  /** Passes that read the log, and those that only moved the position (idle). */
  passes: number;
  /** Passes that met a missing revision and waited for the safe revision. */
  safeWaits: number;
  idleMoves: number;
  events: number;
  listening: boolean;
  /** LISTEN connections made (more than one: the connection dropped and was re-opened). */
  listenConnects: number;
  /**
   * notify: commit (as the writer stamped it in the notification) → notification received;
   * safeRevision: waiting for running writers (only when a revision was missing); read: one
   * page; handle: the consumer taking one page.
   */
  stages: Record<Stage, StageTiming>;
}

/** Whether `now` names a kind that `before` did not. */
function addsKind(before: readonly string[], now: readonly string[]): boolean {
  return now !== before && now.some((k) => !before.includes(k));
}

const wallNow = () => performance.timeOrigin + performance.now();

function emptyTiming(): StageTiming {
  return { count: 0, totalMs: 0, maxMs: 0, buckets: new Array<number>(STAGE_BUCKETS_MS.length + 1).fill(0) };
}

function observe(t: StageTiming, ms: number): void {
  t.count++;
  t.totalMs += ms;
  if (ms > t.maxMs) t.maxMs = ms;
  let i = 0;
  while (i < STAGE_BUCKETS_MS.length && ms > STAGE_BUCKETS_MS[i]!) i++;
  t.buckets[i]!++;
}

export class LogTail {
  /** The last revision whose events have been handed to the consumer (or skipped while idle). */
  position = 0n;
  /**
   * `run` only: when the current (or last) pass was first asked for (the earliest wake-up it
   * answers, or its poll) and when it started; wall-clock ms, for timing deliveries.
   */
  passWokeAt = 0;
  passStartedAt = 0;
  /**
   * While a page is handed over: the kinds it was read for (undefined: all) and the revision the
   * position moves to once it is taken. A consumer that starts following a kind the page left
   * out must take everything up to `through` from the log itself.
   */
  handing: { kinds: readonly string[] | undefined; through: bigint } | null = null;
  /** The first wake-up since the last pass started. */
  private wokeAt: number | null = null;
  private readonly db: Queryable | undefined;
  private readonly pollMs: number;
  private readonly pageSize: number;
  private listener: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private waiter: ((source: WakeSource) => void) | null = null;
  private pending: WakeSource | null = null;
  private closed = false;
  private lastIdleMove = 0;
  private loop: Promise<void> | null = null;
  private readonly counters: Omit<LogTailStats, 'position' | 'listening'> = {
    wakeups: { notify: 0, write: 0, call: 0, poll: 0 },
    eventsBy: { notify: 0, write: 0, call: 0, poll: 0 },
    notifications: 0,
    ignoredWakeups: 0,
    passes: 0,
    safeWaits: 0,
    idleMoves: 0,
    events: 0,
    listenConnects: 0,
    stages: { notify: emptyTiming(), safeRevision: emptyTiming(), read: emptyTiming(), handle: emptyTiming() },
  };
  private readonly onWrite = (_revision: bigint, kind: string | undefined) => {
    if (this.concerns(kind === undefined ? undefined : [kind])) this.wake('write');
  };

  constructor(
    private readonly source: TailSource,
    private readonly opts: LogTailOptions = {},
  ) {
    this.db = opts.db;
    this.pollMs = opts.pollIntervalMs ?? 1_000;
    this.pageSize = opts.pageSize ?? 1_000;
  }

  /**
   * Starts listening (a LISTEN that fails is reported and retried on later passes: the poll
   * covers meanwhile) and places the tail at `from`, or at the safe revision: what was
   * committed before it is not this tail's to deliver.
   */
  async open(from?: bigint): Promise<void> {
    this.closed = false;
    // Opening again (a dispatcher that leads again) only moves the position.
    this.source.writes?.off('write', this.onWrite);
    if (this.opts.wakeOnLocalWrites !== false) this.source.writes?.on('write', this.onWrite);
    this.position = from ?? (await this.source.log.safeRevision(undefined, this.db));
    this.ensureListening();
    await this.connecting;
  }

  /** Stops `run` after its current pass, ends waits, closes the LISTEN connection. */
  async close(): Promise<void> {
    this.closed = true;
    this.source.writes?.off('write', this.onWrite);
    this.wake('call');
    await this.loop;
    this.loop = null;
    await this.connecting;
    const l = this.listener;
    this.listener = null;
    await l?.end().catch(() => {});
  }

  get isClosed(): boolean {
    return this.closed;
  }

  stats(): LogTailStats {
    return { ...this.counters, position: this.position.toString(), listening: this.listener !== null };
  }

  /** Ends the current wait (or the next one, if none is in progress). */
  wake(source: WakeSource = 'call'): void {
    this.wokeAt ??= wallNow();
    const w = this.waiter;
    this.waiter = null;
    if (w) w(source);
    // A wake-up while a pass is running must not be lost: the next wait returns at once.
    else if (this.pending === null || source === 'call') this.pending = source;
  }

  /** Resolves with what woke the tail, or 'poll' after `ms` (default pollIntervalMs) without a wake-up. */
  wait(ms = this.pollMs): Promise<WakeSource> {
    if (this.pending !== null) {
      const s = this.pending;
      this.pending = null;
      return Promise.resolve(s);
    }
    if (this.closed) return Promise.resolve('call');
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve('poll');
      }, ms);
      this.waiter = (s) => {
        clearTimeout(timer);
        resolve(s);
      };
    });
  }

  /**
   * Hands every event in (position, safe revision] to `onEvents`, page by page, moving the
   * position after each page is taken. Returns how many events were handed over. Stops after
   * a page once the tail is closed or `signal` is aborted.
   *
   * It first reads up to the last revision drawn and hands over the gapless run after the
   * position at once: every revision in it is committed, so none before its end can still
   * appear. Only when a revision is missing (a writer still running, or one that rolled back)
   * does it wait for the safe revision and read the rest. Writers draw revisions about in
   * commit order, so under a steady stream of writes events rarely wait for slower writers.
   * A synchronous `onEvents` is not awaited: nothing else runs between the hand-over and the
   * move of the position (the hub's registrations rely on it).
   */
  async catchUp(onEvents: (events: LogEvent[]) => void | Promise<void>, signal?: AbortSignal): Promise<number> {
    this.ensureListening();
    this.counters.passes++;
    // Up to the last revision drawn, learnt by the first page's own statement.
    const first = await this.readUpTo(undefined, true, onEvents, signal);
    let handed = first.handed;
    if (this.position < first.upTo && !this.closed && !signal?.aborted) {
      this.counters.safeWaits++;
      const t = performance.now();
      const safe = await this.source.log.safeRevision(undefined, this.db);
      observe(this.counters.stages.safeRevision, performance.now() - t);
      handed += (await this.readUpTo(safe, false, onEvents, signal)).handed;
    }
    return handed;
  }

  /**
   * Reads (position, upTo] (undefined: up to the last revision drawn, as the first page says);
   * `gapless`: hands over only up to the first missing revision. Returns what it handed over
   * and the bound it read up to.
   */
  private async readUpTo(
    upTo: bigint | undefined,
    gapless: boolean,
    onEvents: (events: LogEvent[]) => void | Promise<void>,
    signal?: AbortSignal,
  ): Promise<{ handed: number; upTo: bigint }> {
    const { log } = this.source;
    const s = this.counters.stages;
    let bound = upTo;
    let handed = 0;
    while ((bound === undefined || this.position < bound) && !this.closed && !signal?.aborted) {
      let t = performance.now();
      const kinds = this.opts.kinds?.();
      // The compaction horizon comes in the same snapshot as the rows, so a page read after a
      // compaction removed rows past the position fails instead of skipping them.
      const read = await log.readPage(this.position, bound, this.pageSize, { db: this.db, kinds, horizon: this.opts.detectCompaction });
      observe(s.read, performance.now() - t);
      bound ??= read.upTo;
      // A consumer of a kind this read left out appeared meanwhile: read the page again with it.
      if (kinds && addsKind(kinds, this.opts.kinds!())) continue;
      if (read.compacted !== undefined) {
        const expired = compactedPast(this.position, read.compacted, 'log tail');
        if (expired) throw expired;
      }
      const { revisions, events } = read;
      if (revisions.length === 0 && this.position >= bound) break;
      const short = revisions.length < this.pageSize;
      let page = events;
      let through: bigint;
      let gap = false;
      if (gapless) {
        let n = 0;
        for (let next = this.position + 1n; n < revisions.length && revisions[n] === next; next++) n++;
        if (n === 0) break;
        through = revisions[n - 1]!;
        if (n < revisions.length) page = events.filter((e) => e.revision <= through);
        gap = n < revisions.length || (short && through < bound);
      }
      // Nothing else is left up to a decided revision when a page comes back short.
      else through = short ? bound : revisions.at(-1)!;
      if (page.length > 0) {
        t = performance.now();
        this.handing = { kinds, through };
        try {
          const taken = onEvents(page);
          if (taken) await taken;
        } finally {
          this.handing = null;
        }
        observe(s.handle, performance.now() - t);
      }
      handed += page.length;
      this.counters.events += page.length;
      this.position = through;
      if (gap) break;
    }
    return { handed, upTo: bound ?? this.position };
  }

  /**
   * Moves the position to the safe revision without reading, as nobody needs what lies between,
   * if `stillIdle()` says so once the safe revision is known (checked with no await before the
   * move, so a consumer that appears earlier sees the events after the old position read).
   * Returns whether it moved.
   */
  async skipToSafe(stillIdle: () => boolean = () => true): Promise<boolean> {
    this.ensureListening();
    const safe = await this.source.log.safeRevision(undefined, this.db);
    if (!stillIdle()) return false;
    if (safe > this.position) this.position = safe;
    this.counters.idleMoves++;
    return true;
  }

  /**
   * Tails until closed: waits for a wake-up, then catches up (or, while `isIdle`, moves without
   * reading). Failed passes are reported and retried with a growing pause.
   */
  start(onEvents: (events: LogEvent[]) => void | Promise<void>): void {
    this.loop ??= this.run(onEvents);
  }

  private async run(onEvents: (events: LogEvent[]) => void | Promise<void>): Promise<void> {
    const idleMs = this.opts.idleIntervalMs ?? 100;
    const isIdle = this.opts.isIdle ?? (() => false);
    let failures = 0;
    while (!this.closed) {
      const source = await this.wait();
      this.counters.wakeups[source]++;
      this.passStartedAt = wallNow();
      this.passWokeAt = this.wokeAt ?? this.passStartedAt;
      this.wokeAt = null;
      // Idle and moved lately: let writes pile up until the interval ends; only wake('call')
      // (a consumer appearing) cuts the wait short.
      for (let due = this.lastIdleMove + idleMs - Date.now(); !this.closed && isIdle() && due > 0; due = this.lastIdleMove + idleMs - Date.now()) {
        if ((await this.wait(due)) === 'call') break;
      }
      if (this.closed) break;
      try {
        // A consumer that appears during the idle move finds the old position: the events
        // after it are read by this pass (or the next, which its wake('call') starts).
        if (isIdle() && (await this.skipToSafe(isIdle))) this.lastIdleMove = Date.now();
        else this.counters.eventsBy[source] += await this.catchUp(onEvents);
        failures = 0;
      } catch (err) {
        failures++;
        this.opts.onError?.(err);
        await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** failures, 2_000)));
        this.wake('call');
      }
    }
  }

  /**
   * Whether writes of `written` (undefined: any kind) may concern the consumer. Those that do not
   * wake nobody: the tail reads past them with the next write that does, or the poll.
   */
  private concerns(written: readonly string[] | undefined): boolean {
    if (!written || !this.opts.kinds) return true;
    const wanted = this.opts.kinds();
    if (written.some((k) => wanted.includes(k))) return true;
    this.counters.ignoredWakeups++;
    return false;
  }

  private onNotification(payload: string | undefined): void {
    this.counters.notifications++;
    // Writers stamp the wall-clock time of the oldest commit the notification covers.
    const { sent, kinds } = parseNotifyPayload(payload);
    if (!this.concerns(kinds)) return;
    if (Number.isFinite(sent)) observe(this.counters.stages.notify, Math.max(0, wallNow() - sent));
    this.wake('notify');
  }

  /** Opens the LISTEN connection unless it is open or opening (in the background). */
  private ensureListening(): void {
    if (!this.opts.databaseUrl || this.listener || this.connecting || this.closed) return;
    this.connecting = this.listen()
      .catch((err) => this.opts.onError?.(err))
      .finally(() => (this.connecting = null));
  }

  private async listen(): Promise<void> {
    const client = createClient(this.opts.databaseUrl!);
    const drop = () => {
      if (this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => {});
      // Writes committed from now until LISTEN is back notify nobody: the next pass re-listens.
      this.wake('call');
    };
    client.on('error', (err) => {
      this.opts.onError?.(err);
      drop();
    });
    client.on('end', drop);
    client.on('notification', (m) => this.onNotification(m.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${LOG_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.listener = client;
    this.counters.listenConnects++;
    // Notifications sent while this connection was being made (or while none was open) went
    // to nobody: one pass now covers them.
    if (this.counters.listenConnects > 1) this.wake('call');
  }
}
