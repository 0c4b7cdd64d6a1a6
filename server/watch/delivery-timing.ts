/**
 * Where a watch event's time goes inside the server, for the watch benchmark: when the hub's
 * tail was woken for the pass that read it, when that pass started, when the read returned,
 * and (per subscriber) when its result was handed to graphql-ws to be sent. Off by default; on
 * with the hub option `deliveryTiming` (CAPSTAN_WATCH_TIMING=1), the stamps travel to the
 * client as the result's `extensions.watchTiming`, so that each delivery can be taken apart
 * against the commit and arrival times the client knows.
 *
 * All stamps are wall-clock milliseconds with sub-millisecond precision
 * (`performance.timeOrigin + performance.now()`), comparable between processes of one machine.
 */
import type { LogEvent } from '../store/types.ts';

/** A pass of the tail, shared by every event it read. */
export interface PassStamps {
  /** The first wake-up (notification, local write, call, poll) that this pass answers. */
  wokeAt: number;
  /** When the pass started reading (later than wokeAt when the previous pass was still running). */
  startedAt: number;
}

/** What a subscriber's client receives under `extensions.watchTiming`. */
export interface WatchTiming extends PassStamps {
  /** The read that returned this event's page. */
  readAt: number;
  /** This subscriber's result handed to graphql-ws (which serialises and writes it). */
  sentAt: number;
}

export const wallNow = (): number => performance.timeOrigin + performance.now();

/** Keyed by the event's object: the hub hands that same object to every watch and to the API layer. */
const stamps = new WeakMap<object, Omit<WatchTiming, 'sentAt'>>();

/** Records one page of events as read now by the pass `pass`. */
export function stampPage(events: readonly LogEvent[], pass: PassStamps): void {
  const page = { ...pass, readAt: wallNow() };
  for (const e of events) stamps.set(e.object, page);
}

/** The stamps of the event whose object this is, with `sentAt` now; undefined when not stamped. */
export function timingAtSend(object: object): WatchTiming | undefined {
  const s = stamps.get(object);
  return s && { ...s, sentAt: wallNow() };
}
