/**
 * A watch that survives the API server going away: it lists (initial ADDED events and a
 * BOOKMARK), then follows changes, and remembers the last resourceVersion it saw (bookmarks
 * included). The variables object is shared with graphql-ws, which re-sends it when its socket
 * reconnects, so a resubscription after a lost connection resumes from that version. A server
 * that ends the subscription (graceful shutdown) or an error is answered by subscribing again
 * from the version after a back-off; EXPIRED (the version was compacted away) by listing again.
 */
import type { AgentLogger } from './proxy/list-watch.ts';
import type { ApiClient, ApiError } from './api-client.ts';
import { withoutNulls } from './pod-types.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';

export interface ResumableWatchOptions<T> {
  client: ApiClient;
  /** The subscription document; its variables include `$resourceVersion`. */
  query: string;
  /** The subscription's root field, e.g. `watchPods`. */
  field: string;
  /** Other variables (selectors). */
  variables: Record<string, unknown>;
  log: AgentLogger;
  onEvent(type: Exclude<WatchEventType, 'BOOKMARK'>, object: T): void;
  /**
   * After a (re-)list: the objects the list had. Objects the caller knows and the list did not
   * have were deleted while nobody watched.
   */
  onListed(objects: T[]): void;
  /** Back-off for resubscribing (default 250 ms doubling to 10 s). */
  retryMinMs?: number;
  retryMaxMs?: number;
}

interface WatchEvent<T> {
  type: WatchEventType;
  resourceVersion: string;
  object: T | null;
}

export class ResumableWatch<T> {
  private readonly variables: Record<string, unknown>;
  private unsubscribe: (() => void) | undefined;
  private listing: T[] | null = null;
  private closed = false;
  private failures = 0;
  /** When the current subscription was made (a long-lived one counts as having worked). */
  private subscribedAt = 0;
  private everSubscribed = false;
  private retryTimer: NodeJS.Timeout | undefined;
  /** Resolves once the first list has arrived. */
  readonly listed: Promise<void>;
  private resolveListed!: () => void;

  constructor(private readonly opts: ResumableWatchOptions<T>) {
    this.variables = { ...opts.variables };
    this.listed = new Promise((r) => (this.resolveListed = r));
  }

  /** The last resourceVersion seen (undefined before the first list completed). */
  get resourceVersion(): string | undefined {
    return this.variables.resourceVersion as string | undefined;
  }

  start(): void {
    this.subscribe();
  }

  private subscribe(): void {
    if (this.closed) return;
    if (this.variables.resourceVersion !== undefined && this.everSubscribed) {
      this.opts.log.info({ field: this.opts.field, resourceVersion: this.variables.resourceVersion }, 'resuming the watch from the last resourceVersion');
    }
    this.everSubscribed = true;
    this.subscribedAt = Date.now();
    this.listing = this.variables.resourceVersion === undefined ? [] : null;
    let ended = false;
    const end = () => {
      if (ended) return false;
      ended = true;
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      return true;
    };
    this.unsubscribe = this.opts.client.subscribe<Record<string, WatchEvent<T>>>(this.opts.query, this.variables, {
      next: (data) => {
        const e = data[this.opts.field];
        if (!e) return;
        this.failures = 0;
        this.handle(e);
      },
      error: (err: ApiError) => {
        if (!end()) return;
        if (err.code === 'EXPIRED') {
          this.opts.log.info({ field: this.opts.field }, 'watch expired: listing again');
          delete this.variables.resourceVersion;
          this.resubscribe(0);
        } else {
          this.opts.log.debug({ field: this.opts.field, err: err.message, code: err.code }, 'watch failed; subscribing again');
          this.resubscribe();
        }
      },
      complete: () => {
        if (!end()) return;
        this.opts.log.debug({ field: this.opts.field }, 'watch ended by the server; subscribing again');
        this.resubscribe();
      },
    });
  }

  private handle(e: WatchEvent<T>): void {
    if (e.type === 'BOOKMARK') {
      this.variables.resourceVersion = e.resourceVersion;
      if (this.listing) {
        const objects = this.listing;
        this.listing = null;
        this.opts.onListed(objects);
        this.resolveListed();
      }
      return;
    }
    const object = withoutNulls(e.object) as T;
    if (this.listing) {
      // The initial list: its events carry the objects' own versions, not the list's.
      this.listing.push(object);
      this.opts.onEvent(e.type, object);
      return;
    }
    this.variables.resourceVersion = e.resourceVersion;
    this.opts.onEvent(e.type, object);
  }

  private resubscribe(delayMs?: number): void {
    if (this.closed) return;
    const { retryMinMs = 250, retryMaxMs = 10_000 } = this.opts;
    // The back-off is for a watch that keeps failing: one that ran a while before it ended
    // (a server shut down gracefully) starts again from the shortest wait. Events alone used to
    // reset it, so a quiet watch kept the grown back-off of earlier losses.
    if (Date.now() - this.subscribedAt >= retryMaxMs) this.failures = 0;
    const ms = delayMs ?? Math.min(retryMaxMs, retryMinMs * 2 ** this.failures++);
    this.retryTimer = setTimeout(() => this.subscribe(), ms);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
