/**
 * A watch (or another server-side stream: pod logs, agent log requests) as the source stream of
 * a GraphQL subscription. The hub is asked lazily, on the first `next()`, so every failure (bad
 * selector, EXPIRED start, database down) surfaces the same way: as an error of the stream,
 * which graphql-ws sends as the subscription's error. `return()` (client unsubscribed or
 * disconnected) aborts the watch at once, even while a `next()` waits.
 */
import type { WatchEvent } from '../watch/hub.ts';
import type { ApiWatchEvent } from './types.ts';

/** How many watches this server is serving; lets shutdown wait until they have been ended. */
export class WatchCounter {
  private count = 0;
  private idleWaiters: (() => void)[] = [];

  get active(): number {
    return this.count;
  }

  opened(): void {
    this.count++;
  }

  closed(): void {
    this.count--;
    if (this.count === 0) for (const w of this.idleWaiters.splice(0)) w();
  }

  /**
   * Resolves when no watch is open, or after `timeoutMs`; in either case only after the event
   * loop has run the callbacks already queued, so that graphql-ws, which sends a subscription's
   * `complete` a few promise hops after its stream ended, has sent it before the caller closes
   * the sockets.
   */
  async idle(timeoutMs: number): Promise<void> {
    if (this.count > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

export function watchStream(start: (signal: AbortSignal) => AsyncIterable<WatchEvent>, counter: WatchCounter): AsyncIterableIterator<ApiWatchEvent> {
  return lazyStream(start, (e) => ({ type: e.type, object: e.object ?? null, resourceVersion: e.resourceVersion }), counter);
}

/**
 * Any server-side stream as a subscription's source (watches, pod logs, agent log requests):
 * started on the first `next()`, so every failure surfaces as the stream's error; each item
 * passed through `map`; `return()` aborts `signal` at once, even while a `next()` waits, which
 * is what ends the work behind it (an async generator's own return() would wait for that next()).
 */
export function lazyStream<S, T>(start: (signal: AbortSignal) => AsyncIterable<S>, map: (item: S) => T, counter: WatchCounter): AsyncIterableIterator<T> {
  const controller = new AbortController();
  let inner: AsyncIterator<S> | undefined;
  let finished = false;
  counter.opened();

  const finish = () => {
    if (finished) return;
    finished = true;
    controller.abort();
    counter.closed();
  };
  const done = (): IteratorReturnResult<undefined> => ({ done: true, value: undefined });

  const stream: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]() {
      return stream;
    },
    async next() {
      if (finished) return done();
      try {
        inner ??= start(controller.signal)[Symbol.asyncIterator]();
        const r = await inner.next();
        if (r.done || finished) {
          finish();
          return done();
        }
        return { done: false, value: map(r.value) };
      } catch (err) {
        finish();
        throw err;
      }
    },
    async return() {
      const it = inner;
      finish();
      // Not awaited: the source ends on abort; its own return() must not hold us.
      void Promise.resolve(it?.return?.()).catch(() => {});
      return done();
    },
    async throw(err) {
      finish();
      throw err;
    },
  };
  return stream;
}
