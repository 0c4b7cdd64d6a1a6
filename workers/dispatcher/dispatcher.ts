/**
 * The dispatcher: the one process (elected on a Lease) that tails the event log and turns each
 * change into reconcile jobs, `keysFor(event)` on each controller's queue.
 *
 * It enqueues before it checkpoints, so a crash replays some events (harmless: enqueues collapse
 * and reconciles are idempotent) and never skips one. When its checkpoint has been compacted
 * away it cannot know what it missed, so it enqueues every key (`listKeys`) and goes on from the
 * revision it read before listing. While it leads it also runs the periodic resync.
 */
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { isCapstanError } from '../../server/errors.ts';
import { LogTail } from '../../server/store/log-tail.ts';
import type { Store } from '../../server/store/store.ts';
import type { LogEvent } from '../../server/store/types.ts';
import type { Controller } from '../controller.ts';
import { PeriodicResync, resyncAll, type EnqueueFn } from '../queue/resync.ts';
import { LeaseElection } from './lease-election.ts';

export interface DispatcherOptions {
  store: Store;
  /** The controllers whose queues get the keys; read on each use, so registrations show up. */
  controllers: () => Controller[];
  enqueue: EnqueueFn;
  log: Logger;
  /** For LISTEN on the log channel; without it the dispatcher only polls. */
  databaseUrl?: string;
  /** Unique per process (default host-pid-random). */
  identity?: string;
  /** Lease duration (default 15 s); renewals every third of it. */
  leaseDurationSeconds?: number;
  /** Log poll interval, the fallback when no notification arrives (default 1 s). */
  pollIntervalMs?: number;
  /** Write the checkpoint after this many events even before the next renewal (default 1,000). */
  checkpointEveryEvents?: number;
  /** Periodic resync interval (default 5 minutes). */
  resyncIntervalMs?: number;
  /** Events read per page (default 1,000). */
  pageSize?: number;
  /**
   * The shortest time between two passes over the log (default 25 ms). Each write notifies; a
   * pass per notification costs 3–6 queries, so at 1,000 nodes renewing Leases (100 writes a
   * second) the dispatcher made hundreds of queries a second to hand over one event each. Under
   * a steady stream a pass now takes what came in meanwhile; a lone write is still dispatched at
   * once.
   */
  minPassIntervalMs?: number;
}

export class Dispatcher {
  readonly election: LeaseElection;
  /** The log from the checkpoint on; its position is the last revision whose events were enqueued. */
  readonly tail: LogTail;
  private running = false;
  private loop: Promise<void> | null = null;
  private stopping: AbortController | null = null;
  private resync: PeriodicResync;
  private eventsSinceCheckpoint = 0;
  private readonly o: Required<Omit<DispatcherOptions, 'databaseUrl'>> & { databaseUrl?: string };

  constructor(opts: DispatcherOptions) {
    this.o = {
      identity: `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
      leaseDurationSeconds: 15,
      pollIntervalMs: 1_000,
      checkpointEveryEvents: 1_000,
      resyncIntervalMs: 5 * 60_000,
      pageSize: 1_000,
      minPassIntervalMs: 25,
      ...opts,
    };
    this.election = new LeaseElection(opts.store, { identity: this.o.identity, leaseDurationSeconds: this.o.leaseDurationSeconds });
    this.resync = new PeriodicResync(opts.store, opts.controllers, opts.enqueue, opts.log, { intervalMs: this.o.resyncIntervalMs });
    this.tail = new LogTail(opts.store, {
      databaseUrl: this.o.databaseUrl,
      pageSize: this.o.pageSize,
      // As before the LogTail: notifications only. The workers' own writes would also wake a
      // standby's lease loop, which waits on the same tail, into a Lease query each.
      wakeOnLocalWrites: false,
      // A checkpoint older than the log: what was missed is unknown (see fullResync).
      detectCompaction: true,
      onError: (err) => this.o.log.warn({ err }, 'LISTEN failed; polling until it works again'),
    });
  }

  /** The last revision whose events have been enqueued. */
  get position(): bigint {
    return this.tail.position;
  }

  get identity(): string {
    return this.o.identity;
  }

  isLeader(): boolean {
    return this.election.isLeader();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = new AbortController();
    this.loop = this.run();
  }

  /**
   * Stops tailing. Graceful (default): writes the checkpoint and releases the Lease so a
   * standby takes over at once; `release: false` leaves it to expire, as a crash would.
   */
  async stop(opts: { release?: boolean } = {}): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopping?.abort();
    this.tail.wake('call');
    await this.loop;
    await this.resync.stop();
    await this.tail.close();
    if (opts.release !== false && this.election.isLeader()) {
      await this.election.release(this.position).catch((err) => this.o.log.warn({ err }, 'releasing the dispatcher lease failed'));
    }
  }

  private async run(): Promise<void> {
    const renewMs = Math.max(100, Math.floor((this.o.leaseDurationSeconds * 1000) / 3));
    let leading = false;
    let lastRenew = 0;
    let lastPass = -Infinity;
    while (this.running) {
      try {
        if (!leading) {
          if (!(await this.election.tryAcquireOrRenew())) {
            await this.tail.wait(renewMs);
            continue;
          }
          leading = true;
          lastRenew = Date.now();
          this.o.log.info({ identity: this.identity }, 'dispatcher leads');
          await this.startFrom(this.election.checkpoint() ?? 0n);
          this.resync.start();
        }
        const sinceLastPass = performance.now() - lastPass;
        if (sinceLastPass < this.o.minPassIntervalMs) await sleep(this.o.minPassIntervalMs - sinceLastPass);
        lastPass = performance.now();
        await this.catchUp();
        const due = Date.now() - lastRenew >= renewMs || this.eventsSinceCheckpoint >= this.o.checkpointEveryEvents;
        if (due) {
          if (await this.election.tryAcquireOrRenew(this.position)) {
            lastRenew = Date.now();
            this.eventsSinceCheckpoint = 0;
          } else {
            leading = false;
            await this.resync.stop();
            this.o.log.warn({ identity: this.identity }, 'dispatcher lost its lease');
            continue;
          }
        }
        if (!this.running) break;
        await this.tail.wait(Math.min(this.o.pollIntervalMs, Math.max(0, renewMs - (Date.now() - lastRenew))));
      } catch (err) {
        this.o.log.warn({ err }, 'dispatcher error');
        if (!this.election.isLeader()) {
          leading = false;
          await this.resync.stop();
        }
        await this.tail.wait(Math.min(renewMs, 1_000));
      }
    }
  }

  /** Resumes from `checkpoint`, or enqueues every key if the log no longer reaches back to it. */
  private async startFrom(checkpoint: bigint): Promise<void> {
    try {
      await this.o.store.log.assertNotCompacted(checkpoint, 'dispatcher');
      await this.tail.open(checkpoint);
    } catch (err) {
      if (!isCapstanError(err, 'EXPIRED')) throw err;
      await this.fullResync(`checkpoint ${checkpoint} was compacted away`);
    }
  }

  private async fullResync(reason: string): Promise<void> {
    this.o.log.info({ reason }, 'dispatcher resyncs every key');
    // Read the position first: every change after it is tailed, everything before it is listed.
    const safe = await this.o.store.log.safeRevision();
    await resyncAll(this.o.store, this.o.controllers(), this.o.enqueue);
    await this.tail.open(safe);
  }

  private async catchUp(): Promise<void> {
    try {
      await this.tail.catchUp(async (events) => {
        await this.dispatch(events);
        this.eventsSinceCheckpoint += events.length;
      }, this.stopping?.signal);
    } catch (err) {
      if (!isCapstanError(err, 'EXPIRED')) throw err;
      await this.fullResync(`the log was compacted past ${this.position}`);
    }
  }

  private async dispatch(events: LogEvent[]): Promise<void> {
    for (const c of this.o.controllers()) {
      const keys = new Set<string>();
      if (c.keysForEvents) for (const k of await c.keysForEvents(events, this.o.store)) keys.add(k);
      else for (const e of events) for (const k of c.keysFor(e)) keys.add(k);
      if (keys.size > 0) await this.o.enqueue(c.name, [...keys]);
    }
  }
}
