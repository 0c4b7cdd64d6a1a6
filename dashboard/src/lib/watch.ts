/**
 * Keeps one watch per kind running while some view needs it, all over the one graphql-ws
 * connection, feeding the store, the way Kubernetes' informers do:
 *
 * - lists the kind over HTTP (pages of 500, all at the list's one revision), replaces the
 *   store's objects of that kind at once, then watches from the list's resourceVersion (a list
 *   of 10,000 pods as 10,000 watch events could overrun the server's per-watch queue);
 * - remembers the resourceVersion of every event (bookmarks included) and, after a disconnect
 *   or when the server ends the watch, watches again from there: nothing is listed again;
 * - on EXPIRED (that revision was compacted away, or this client fell too far behind) lists
 *   again;
 * - pauses every watch while the tab is hidden and resumes them, from where they were, on show.
 */
import type { Api } from './graphql.ts';
import { ApiError, type ConnectionState, type GraphQLErrorBody } from './graphql.ts';
import { listDocument, listField, watchDocument, watchField, type K8sObject, type Kind } from './kinds.ts';
import type { ObjectStore } from './store.ts';

interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';
  resourceVersion: string;
  object: K8sObject | null;
}

interface Watch {
  kind: Kind;
  users: number;
  /** Where to resume from; null means list first. */
  resourceVersion: string | null;
  /** Bumped whenever the current list or subscription is abandoned: late results are ignored. */
  generation: number;
  /** Listing or subscribed. */
  active: boolean;
  dispose: (() => void) | null;
  stopTimer: ReturnType<typeof setTimeout> | null;
  retryTimer: ReturnType<typeof setTimeout> | null;
  failures: number;
}

export interface WatchManagerOptions {
  /** How long a watch nobody uses keeps running (a page switch back and forth re-lists nothing). */
  lingerMs?: number;
  /** Page size of lists (the server's maximum is 500). */
  pageSize?: number;
  onState?(state: ConnectionState): void;
  onError?(kind: Kind, message: string): void;
}

const toApiError = (err: unknown): ApiError =>
  err instanceof ApiError
    ? err
    : Array.isArray(err)
      ? new ApiError(err as GraphQLErrorBody[])
      : new ApiError([{ message: (err as Error)?.message ?? String((err as CloseEvent)?.reason ?? err), extensions: { code: 'UNAVAILABLE' } }]);

export class WatchManager {
  private readonly watches = new Map<Kind, Watch>();
  private paused = false;
  private readonly lingerMs: number;
  private readonly pageSize: number;
  private readonly onVisibility = () => this.setPaused(document.visibilityState === 'hidden');
  /** Counters for the curious (and the browser tests): events, full lists, resumes from a revision. */
  readonly stats = { events: 0, lists: 0, resumes: 0, expired: 0, reconnects: 0 };

  constructor(
    private readonly api: Api,
    private readonly store: ObjectStore,
    private readonly opts: WatchManagerOptions = {},
  ) {
    this.lingerMs = opts.lingerMs ?? 30_000;
    this.pageSize = opts.pageSize ?? 500;
    document.addEventListener('visibilitychange', this.onVisibility);
    api.ws.on('connected', (_socket, _payload, wasRetry) => {
      if (wasRetry) this.stats.reconnects++;
    });
  }

  /** Marks `kind` as needed; returns the release function. */
  acquire(kind: Kind): () => void {
    let w = this.watches.get(kind);
    if (!w) {
      w = { kind, users: 0, resourceVersion: null, generation: 0, active: false, dispose: null, stopTimer: null, retryTimer: null, failures: 0 };
      this.watches.set(kind, w);
    }
    const watch = w;
    watch.users++;
    if (watch.stopTimer) {
      clearTimeout(watch.stopTimer);
      watch.stopTimer = null;
    }
    if (!this.paused) this.start(watch);
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
      else this.start(w);
    }
  }

  dispose(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    for (const w of [...this.watches.values()]) this.stop(w);
  }

  private start(w: Watch): void {
    if (w.active) return;
    if (w.retryTimer) {
      clearTimeout(w.retryTimer);
      w.retryTimer = null;
    }
    w.active = true;
    const generation = ++w.generation;
    if (w.resourceVersion) {
      this.stats.resumes++;
      this.subscribe(w, generation);
    } else {
      this.stats.lists++;
      void this.listThenWatch(w, generation);
    }
  }

  private async listThenWatch(w: Watch, generation: number): Promise<void> {
    const field = listField(w.kind);
    const items: K8sObject[] = [];
    let revision: string | null = null;
    let cont: string | null = null;
    try {
      do {
        const data: Record<string, { metadata: { resourceVersion: string; continue: string | null }; items: K8sObject[] }> = await this.api.request(listDocument(w.kind), {
          limit: this.pageSize,
          continue: cont,
        });
        if (generation !== w.generation) return;
        const page = data[field]!;
        revision ??= page.metadata.resourceVersion;
        for (const o of page.items) items.push(o);
        cont = page.metadata.continue;
      } while (cont);
    } catch (err) {
      if (generation === w.generation) this.failed(w, toApiError(err));
      return;
    }
    this.store.replace(w.kind, items);
    w.resourceVersion = revision;
    this.subscribe(w, generation);
  }

  private subscribe(w: Watch, generation: number): void {
    const field = watchField(w.kind);
    // graphql-ws sends this same object again when it re-subscribes after reconnecting by
    // itself, so keeping it current makes that re-subscription resume where this one was.
    const variables = { resourceVersion: w.resourceVersion };
    w.dispose = this.api.ws.subscribe<Record<string, WatchEvent>>(
      { query: watchDocument(w.kind), variables },
      {
        next: (result) => {
          if (generation !== w.generation) return;
          if (result.errors?.length) {
            this.failed(w, toApiError(result.errors));
            return;
          }
          const ev = result.data?.[field];
          if (!ev) return;
          this.stats.events++;
          w.failures = 0;
          if (ev.object && ev.type !== 'BOOKMARK') {
            if (ev.type === 'DELETED') this.store.delete(w.kind, ev.object);
            else this.store.put(w.kind, ev.object);
          }
          w.resourceVersion = variables.resourceVersion = ev.resourceVersion;
        },
        error: (err) => {
          if (generation === w.generation) this.failed(w, toApiError(err));
        },
        // A watch never ends by itself: a server going away completes its subscriptions before
        // closing (and graphql-ws does not re-subscribe those), so come back from where it was.
        complete: () => {
          if (generation === w.generation) this.failed(w, new ApiError([{ message: 'the server ended the watch', extensions: { code: 'UNAVAILABLE' } }]), false);
        },
      },
    );
  }

  private failed(w: Watch, err: ApiError, report = true): void {
    this.halt(w);
    if (err.code === 'UNAUTHENTICATED') return;
    if (err.code === 'EXPIRED') {
      this.stats.expired++;
      w.resourceVersion = null;
    } else if (report) {
      this.opts.onError?.(w.kind, err.message);
    }
    const delay = err.code === 'EXPIRED' ? 0 : Math.min(10_000, 500 * 2 ** w.failures++);
    w.retryTimer = setTimeout(() => {
      w.retryTimer = null;
      if (!this.paused && this.watches.get(w.kind) === w) this.start(w);
    }, delay);
  }

  /** Ends the list or subscription in progress but keeps where it was, to resume from there. */
  private halt(w: Watch): void {
    w.generation++;
    w.active = false;
    const dispose = w.dispose;
    w.dispose = null;
    dispose?.();
  }

  private stop(w: Watch): void {
    this.halt(w);
    if (w.retryTimer) clearTimeout(w.retryTimer);
    w.retryTimer = null;
    w.resourceVersion = null;
    this.watches.delete(w.kind);
  }
}
