/**
 * The frames sent to one WebSocket within one turn of the event loop, written to its socket in
 * one go.
 *
 * graphql-ws sends a subscription's results one at a time and waits for each write's callback
 * before it takes the next: a watch that gets a page of 20 events costs 20 writes, each a
 * syscall and, on loopback, a wake-up of the reading process. Here `send` queues the frame and
 * calls back at once while the socket's buffer is below `highWaterBytes`, so graphql-ws hands
 * over the next result in the same turn; the queue is written corked from setImmediate, i.e.
 * after the turn's fan-out, as one write. Above the mark a callback waits for its frame's
 * write, which keeps graphql-ws's backpressure on a slow reader (its watch's queue in the hub
 * then fills, and the hub ends it with EXPIRED). `close` writes what is queued first, so that a
 * last message still goes out before the close frame.
 */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

export interface CoalescedSendOptions {
  /** Bytes buffered (socket and queue) up to which a send calls back at once (default 1 MiB). */
  highWaterBytes?: number;
}

type SendCallback = (err?: Error) => void;
type Queued = { data: unknown; options: object | undefined; cb: SendCallback | undefined };

/** Makes `ws.send` queue frames and write each turn's frames together (see above). */
export function coalesceSends(ws: WebSocket, opts: CoalescedSendOptions = {}): void {
  const highWater = opts.highWaterBytes ?? 1 << 20;
  const send = ws.send.bind(ws) as (data: unknown, options?: object, cb?: SendCallback) => void;
  const close = ws.close.bind(ws);
  let queue: Queued[] = [];
  let queuedBytes = 0;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const items = queue;
    queue = [];
    queuedBytes = 0;
    if (items.length === 0) return;
    // ws corks around each frame (header and payload); corking around all of them makes one write.
    const raw = (ws as unknown as { _socket?: Duplex | null })._socket;
    raw?.cork();
    try {
      for (const q of items) send(q.data, q.options ?? {}, q.cb);
    } finally {
      raw?.uncork();
    }
  };

  ws.send = ((data: unknown, optionsOrCb?: object | SendCallback, callback?: SendCallback) => {
    const cb = typeof optionsOrCb === 'function' ? (optionsOrCb as SendCallback) : callback;
    const options = typeof optionsOrCb === 'function' ? undefined : optionsOrCb;
    // Before the handshake and after the close, ws's own send says what is wrong.
    if (ws.readyState !== ws.OPEN) return send(data, options ?? {}, cb);
    const size = typeof data === 'string' ? data.length : ((data as { byteLength?: number }).byteLength ?? 0);
    const early = cb !== undefined && ws.bufferedAmount + queuedBytes + size <= highWater;
    queue.push({ data, options, cb: early ? undefined : cb });
    queuedBytes += size;
    if (early) queueMicrotask(cb as () => void);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  }) as WebSocket['send'];

  ws.close = ((code?: number, reason?: string | Buffer) => {
    flush();
    close(code, reason);
  }) as WebSocket['close'];
}
