import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, SubscriptionHandlers } from './api-client.ts';
import { ResumableWatch } from './resumable-watch.ts';

/** A client whose subscriptions the test ends (as a server shutting down gracefully does). */
function fakeClient() {
  const subs: { at: number; handlers: SubscriptionHandlers<unknown> }[] = [];
  const client = { subscribe: (_q: string, _v: unknown, handlers: SubscriptionHandlers<unknown>) => (subs.push({ at: Date.now(), handlers }), () => {}) };
  return { client: client as unknown as ApiClient, subs };
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

describe('ResumableWatch › resubscribing after the server ended the watch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function start() {
    const { client, subs } = fakeClient();
    const watch = new ResumableWatch({ client, query: 'subscription', field: 'watchPods', variables: {}, log: quiet as never, onEvent() {}, onListed() {} });
    watch.start();
    subs[0]!.handlers.next({ watchPods: { type: 'BOOKMARK', resourceVersion: '5', object: null } });
    /** Ends the latest subscription and returns how long the watch waits before the next. */
    const endAndTime = async () => {
      const before = subs.length;
      const endedAt = Date.now();
      subs.at(-1)!.handlers.complete?.();
      await vi.advanceTimersToNextTimerAsync();
      expect(subs.length).toBe(before + 1);
      return subs.at(-1)!.at - endedAt;
    };
    return { watch, endAndTime };
  }

  it('backs off more and more while subscriptions keep ending at once', async () => {
    const { watch, endAndTime } = start();
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await endAndTime());
    expect(waits).toEqual([250, 500, 1_000, 2_000]);
    watch.close();
  });

  it('starts from the shortest wait again after a quiet watch that ran a while', async () => {
    const { watch, endAndTime } = start();
    for (let i = 0; i < 4; i++) await endAndTime();
    // The last resubscription ran 10 s without an event before the server ended it.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await endAndTime()).toBe(250);
    watch.close();
  });
});
