/**
 * Keeps one watch per kind running while some view needs it, all over the one graphql-ws
 * connection, feeding the store:
 *
 * - starts with the current objects (ADDED…, then a BOOKMARK: the store's contents for the kind
 *   are replaced at once, so objects deleted meanwhile disappear);
 * - after a disconnect, resumes from the last resourceVersion it saw (bookmarks included): the
 *   variables object of the subscription is updated in place with every event, and graphql-ws
 *   sends that same object again when it re-subscribes after reconnecting;
 * - on EXPIRED (the revision was compacted away, or this client fell too far behind) re-lists;
 * - pauses every watch while the tab is hidden and resumes them, from where they were, on show.
 */
import type { Api } from './graphql.ts';
import { ApiError, type ConnectionState, type GraphQLErrorBody } from './graphql.ts';
import { watchDocument, watchField, type K8sObject, type Kind } from './kinds.ts';
import type { ObjectStore } from './store.ts';

interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';
  resourceVersion: string;
  object: K8sObject | null;
}

interface Watch {
  kind: Kind;
  users: number;
  variables: { resourceVersion?: string; sendInitialEvents?: boolean };
  /** Objects of the initial list until its BOOKMARK; null once live. */
  initial: Map<string, K8sObject> | null;
  dispose: (() => void) | null;
  stopTimer: ReturnType<typeof setTimeout> | null;
  retryTimer: ReturnType<typeof setTimeout> | null;
  failures: number;
}

export interface WatchManagerOptions {
  /** How long a watch nobody uses keeps running (a page switch back and forth re-lists nothing). */
  lingerMs?: number;
  onState?(state: ConnectionState): void;
  onError?(kind: Kind, message: string): void;
}

export class WatchManager {
  private readonly watches = new Map<Kind, Watch>();
  private paused = false;
  private readonly lingerMs: number;
  private readonly onVisibility = () => this.setPaused(document.visibilityState === 'hidden');
  /** Counters for the curious (and the browser tests): events, full lists, resumes from a revision. */
  readonly stats = { events: 0, lists: 0, resumes: 0, expired: 0, reconnects: 0 };

  constructor(
    private readonly api: Api,
    private readonly store: ObjectStore,
    private readonly opts: WatchManagerOptions = {},
  ) {
    this.lingerMs = opts.lingerMs ?? 30_000;
    document.addEventListener('visibilitychange', this.onVisibility);
    // A reconnect while a list was half received lists again from the start.
    api.ws.on('connected', (_socket, _payload, wasRetry) => {
      if (wasRetry) this.stats.reconnects++;
      for (const w of this.watches.values()) if (w.initial) w.initial.clear();
    });
  }

  /** Marks `kind` as needed; returns the release function. */
  acquire(kind: Kind): () => void {
    let w = this.watches.get(kind);
    if (!w) {
      w = { kind, users: 0, variables: {}, initial: null, dispose: null, stopTimer: null, retryTimer: null, failures: 0 };
      this.watches.set(kind, w);
    }
    const watch = w;
    watch.users++;
    if (watch.stopTimer) {
      clearTimeout(watch.stopTimer);
      watch.stopTimer = null;
    }
    if (!watch.dispose && !this.paused) this.start(watch);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      watch.users--;
      if (watch.users === 0) {
        watch.stopTimer = setTimeout(() => {
          watch.stopTimer = null;
          if (watch.users === 0) this.stop(watch);
        }, this.lingerMs);
      }
    };
  }

  isPaused(): boolean {
    return this.paused;
  }

  setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    this.opts.onState?.(paused ? 'paused' : 'connecting');
    for (const w of this.watches.values()) {
      if (paused) this.halt(w);
      else if (w.users > 0 || w.stopTimer) this.start(w);
    }
  }

  dispose(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    for (const w of this.watches.values()) this.stop(w);
    this.watches.clear();
  }

  private start(w: Watch): void {
    if (w.dispose) return;
    if (w.retryTimer) {
      clearTimeout(w.retryTimer);
      w.retryTimer = null;
    }
    if (!w.variables.resourceVersion) {
      w.variables = { sendInitialEvents: true };
      w.initial = new Map();
      this.stats.lists++;
    } else this.stats.resumes++;
    const field = watchField(w.kind);
    let ours = true;
    const dispose = this.api.ws.subscribe<Record<string, WatchEvent>>(
      { query: watchDocument(w.kind), variables: w.variables },
      {
        next: (result) => {
          if (result.errors?.length) {
            this.failed(w, new ApiError(result.errors as unknown as GraphQLErrorBody[]));
            return;
          }
          const ev = result.data?.[field];
          if (ev) this.onEvent(w, ev);
        },
        error: (err) => {
          const apiErr = Array.isArray(err)
            ? new ApiError(err as GraphQLErrorBody[])
            : new ApiError([{ message: (err as Error)?.message ?? String((err as CloseEvent)?.reason ?? err), extensions: { code: 'UNAVAILABLE' } }]);
          this.failed(w, apiErr);
        },
        // A watch never ends by itself: a server going away completes its subscriptions before
        // closing (graphql-ws then does not re-subscribe), so come back from where it was.
        complete: () => {
          if (ours && w.dispose === stop) this.failed(w, new ApiError([{ message: 'the server ended the watch', extensions: { code: 'UNAVAILABLE' } }]), false);
        },
      },
    );
    const stop = () => {
      ours = false;
      dispose();
    };
    w.dispose = stop;
  }

  private onEvent(w: Watch, ev: WatchEvent): void {
    this.stats.events++;
    w.failures = 0;
    if (ev.type === 'BOOKMARK') {
      if (w.initial) {
        this.store.replace(w.kind, [...w.initial.values()]);
        w.initial = null;
      }
    } else if (ev.object) {
      if (w.initial && ev.type === 'ADDED') w.initial.set(ev.object.metadata.uid, ev.object);
      else if (ev.type === 'DELETED') this.store.delete(w.kind, ev.object);
      else this.store.put(w.kind, ev.object);
    }
    // Only once live: the ADDED events of a list carry their objects' own revisions.
    if (!w.initial) {
      w.variables.resourceVersion = ev.resourceVersion;
      delete w.variables.sendInitialEvents;
    }
  }

  private failed(w: Watch, err: ApiError, report = true): void {
    this.halt(w);
    if (err.code === 'UNAUTHENTICATED') return;
    if (err.code === 'EXPIRED') {
      // Compacted, or fell behind: list again.
      this.stats.expired++;
      w.variables = {};
    } else if (report) {
      this.opts.onError?.(w.kind, err.message);
    }
    const delay = err.code === 'EXPIRED' ? 0 : Math.min(10_000, 500 * 2 ** w.failures++);
    w.retryTimer = setTimeout(() => {
      w.retryTimer = null;
      if (!this.paused && (w.users > 0 || w.stopTimer)) this.start(w);
    }, delay);
  }

  /** Ends the subscription but keeps where it was, to resume from there. */
  private halt(w: Watch): void {
    w.dispose?.();
    w.dispose = null;
    if (w.initial) {
      w.initial = null;
      w.variables = {};
    }
  }

  private stop(w: Watch): void {
    this.halt(w);
    if (w.retryTimer) clearTimeout(w.retryTimer);
    w.retryTimer = null;
    w.variables = {};
    this.watches.delete(w.kind);
  }
}
