/**
 * One watch: its filter, its bounded queue, and the translation of log events into the events
 * this watcher sees (a MODIFIED that moves an object into the selection is an ADDED for it, one
 * that moves it out is a DELETED, as Kubernetes' watch cache does).
 */
import { CapstanError } from '../errors.ts';
import type { KObject } from '../kinds/types.ts';
import type { FieldSelector } from '../selectors/field-selector.ts';
import type { LabelSelector } from '../selectors/label-selector.ts';
import type { LogEvent } from '../store/types.ts';

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';
  object?: KObject;
  resourceVersion: string;
}

export interface WatchFilter {
  namespace?: string;
  labels: LabelSelector;
  fields: FieldSelector;
}

export function matchesFilter(f: WatchFilter, obj: KObject | undefined): boolean {
  if (!obj) return false;
  if (f.namespace !== undefined && (obj.metadata.namespace ?? '') !== f.namespace) return false;
  return f.labels.matches(obj.metadata.labels) && f.fields.matches(obj);
}

/** What a watcher with this filter sees of one log event, if anything. */
export function translate(f: WatchFilter, e: LogEvent): WatchEvent | undefined {
  const resourceVersion = e.revision.toString();
  if (e.type === 'ADDED') return matchesFilter(f, e.object) ? { type: 'ADDED', object: e.object, resourceVersion } : undefined;
  if (e.type === 'DELETED') {
    return matchesFilter(f, e.prevObject ?? e.object) ? { type: 'DELETED', object: e.object, resourceVersion } : undefined;
  }
  const now = matchesFilter(f, e.object);
  const before = matchesFilter(f, e.prevObject);
  if (now && before) return { type: 'MODIFIED', object: e.object, resourceVersion };
  if (now) return { type: 'ADDED', object: e.object, resourceVersion };
  if (before) return { type: 'DELETED', object: e.object, resourceVersion };
  return undefined;
}

/**
 * The queue between the hub's single tail and one consumer. Bounded: a consumer that falls
 * more than `capacity` events behind is ended with EXPIRED (it re-lists), so it never holds
 * the others back nor grows without limit.
 */
export class Subscription {
  /** Highest revision handed to the queue; later duplicates (replay vs live) are dropped. */
  lastRevision: bigint;
  /** While replaying from the database, live events wait here (same bound). */
  private parked: LogEvent[] | null = [];
  private readonly queue: WatchEvent[] = [];
  private wake: (() => void) | null = null;
  private error: Error | null = null;
  private ended = false;

  constructor(
    readonly filter: WatchFilter,
    private readonly capacity: number,
    startRevision: bigint,
  ) {
    this.lastRevision = startRevision;
  }

  get closed(): boolean {
    return this.ended || this.error !== null;
  }

  /** Called by the hub's tail for every event of this watch's kind. */
  offer(e: LogEvent): void {
    if (this.closed) return;
    if (this.parked) {
      this.parked.push(e);
      if (this.parked.length > this.capacity) this.overflow();
      return;
    }
    this.deliver(e);
  }

  /** Replay path: events read from the log before going live. */
  deliver(e: LogEvent): void {
    if (e.revision <= this.lastRevision) return;
    this.lastRevision = e.revision;
    const w = translate(this.filter, e);
    if (w) this.push(w);
  }

  push(w: WatchEvent): void {
    if (this.closed) return;
    this.queue.push(w);
    if (this.queue.length > this.capacity) return this.overflow();
    this.notify();
  }

  /** Replay is done: live events parked meanwhile are delivered (duplicates dropped). */
  goLive(): void {
    const parked = this.parked ?? [];
    this.parked = null;
    for (const e of parked) this.deliver(e);
  }

  bookmark(revision: bigint): void {
    if (this.closed || this.parked || revision <= this.lastRevision) return;
    this.lastRevision = revision;
    this.push({ type: 'BOOKMARK', resourceVersion: revision.toString() });
  }

  get queued(): number {
    return this.queue.length;
  }

  fail(err: Error): void {
    if (this.closed) return;
    this.error = err;
    this.queue.length = 0;
    this.notify();
  }

  end(): void {
    this.ended = true;
    this.notify();
  }

  private overflow(): void {
    this.fail(new CapstanError('EXPIRED', `the watch fell more than ${this.capacity} events behind and was closed; list again and re-watch`));
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /** The consumer side. Resolves to undefined when the watch ended normally. */
  async next(): Promise<WatchEvent | undefined> {
    for (;;) {
      if (this.error) throw this.error;
      const e = this.queue.shift();
      if (e) return e;
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}
