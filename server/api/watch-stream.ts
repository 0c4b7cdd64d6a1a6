/**
 * A watch as the source stream of a GraphQL subscription. The hub is asked lazily, on the first
 * `next()`, so every failure (bad selector, EXPIRED start, database down) surfaces the same way:
 * as an error of the stream, which graphql-ws sends as the subscription's error. `return()`
 * (client unsubscribed or disconnected) aborts the watch at once, even while a `next()` waits.
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

  /** Resolves when no watch is open, or after `timeoutMs`. */
  async idle(timeoutMs: number): Promise<void> {
    if (this.count === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

export function watchStream(start: (signal: AbortSignal) => AsyncIterable<WatchEvent>, counter: WatchCounter): AsyncIterableIterator<ApiWatchEvent> {
  const controller = new AbortController();
  let inner: AsyncIterator<WatchEvent> | undefined;
  let finished = false;
  counter.opened();

  const finish = () => {
    if (finished) return;
    finished = true;
    controller.abort();
    counter.closed();
  };
  const done = (): IteratorReturnResult<undefined> => ({ done: true, value: undefined });

  const stream: AsyncIterableIterator<ApiWatchEvent> = {
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
        const e = r.value;
        return { done: false, value: { type: e.type, object: e.object ?? null, resourceVersion: e.resourceVersion } };
      } catch (err) {
        finish();
        throw err;
      }
    },
    async return() {
      const it = inner;
      finish();
      // Not awaited: the hub ends the watch on abort; its own return() must not hold us.
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
