/**
 * The pod-log relay: how a reader's `podLogs` reaches the agent that has the log, even when the
 * agent is behind NAT. Each agent keeps one `agentLogRequests` subscription open over its own
 * graphql-ws connection (an "agent channel"); a reader's request becomes a START sent down that
 * channel, and the agent answers with `sendPodLogChunk` calls that land in the reader's stream.
 *
 *   reader ──podLogs──▶ relay.open ──START──▶ agent channel ──▶ agent
 *   reader ◀──chunks─── log stream ◀──────── relay.deliver ◀── sendPodLogChunk
 *
 * Lifetimes: the reader going away (unsubscribe, disconnect) sends CANCEL to the agent; the
 * agent's channel closing (its connection dropped) ends every stream it was serving with
 * UNAVAILABLE; `done` completes the reader's stream, `error` ends it with an error.
 *
 * Memory is bounded per stream: while more than `highWaterBytes` wait for a slow reader,
 * `deliver` holds the agent's call (backpressure, as TCP would give a direct stream); a stream
 * that still holds more than `maxBufferBytes`, or whose reader has not drained it below the high
 * water mark within `maxSendWaitMs`, ends with an error instead of growing.
 *
 * The registry is in memory; with several API servers, a request for a node whose agent is
 * connected elsewhere goes through `setRemote` (log-bus.ts, Postgres LISTEN/NOTIFY).
 */
import { randomUUID } from 'node:crypto';
import { CapstanError, ERROR_CODES, type ErrorCode } from '../../errors.ts';

export type AgentLogRequestType = 'START' | 'CANCEL';

/** What a reader asks for: AgentLogRequest without its type and id. */
export interface LogTarget {
  namespace: string;
  pod: string;
  podUid: string | null;
  container: string;
  follow: boolean;
  tailLines: number | null;
  sinceSeconds: number | null;
  previous: boolean;
}

/** One message down an agent channel (schema type AgentLogRequest). */
export interface AgentLogRequest extends LogTarget {
  type: AgentLogRequestType;
  requestId: string;
}

/** One piece sent up by the agent (sendPodLogChunk's arguments). */
export interface AgentChunk {
  data?: string | null;
  done?: boolean | null;
  error?: string | null;
}

/** What a reader receives (schema type PodLogChunk). */
export interface PodLogChunk {
  namespace: string;
  pod: string;
  container: string;
  data: string;
}

export interface LogRelayOptions {
  /** A stream holding more than this many bytes for its reader ends with an error (default 4 MiB). */
  maxBufferBytes?: number;
  /** Above this many waiting bytes, `deliver` waits for the reader (default 1 MiB). */
  highWaterBytes?: number;
  /** How long `deliver` waits for a slow reader before ending the stream (default 30 s). */
  maxSendWaitMs?: number;
  /** The most bytes handed to a reader in one message (default 64 KiB). */
  maxMessageBytes?: number;
}

/** The bounds every relay (pod logs here, pod streams in ../streams) uses unless told otherwise. */
export const RELAY_DEFAULTS: Required<LogRelayOptions> = {
  maxBufferBytes: 4 * 1024 * 1024,
  highWaterBytes: 1024 * 1024,
  maxSendWaitMs: 30_000,
  maxMessageBytes: 64 * 1024,
};

/** A relay's options with the defaults filled in where a caller left one out (or undefined). */
export function relayOptions(opts: LogRelayOptions): Required<LogRelayOptions> {
  return { ...RELAY_DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) };
}

/**
 * An agent's `error` text as a CapstanError: `NOT_FOUND: no previous terminated container`
 * keeps its code; any other text becomes UNAVAILABLE, naming the node.
 */
export function agentError(node: string, text: string): CapstanError {
  const m = /^([A-Z_]+):\s*([\s\S]*)$/.exec(text.trim());
  if (m && (ERROR_CODES as readonly string[]).includes(m[1]!)) return new CapstanError(m[1] as ErrorCode, m[2] || text);
  return new CapstanError('UNAVAILABLE', `the agent of node "${node}" could not stream the log: ${text}`);
}

/** A FIFO that one consumer reads as an async iterator; `end` finishes it, with or without an error. */
export class Mailbox<T> {
  private readonly items: T[] = [];
  private waiter: (() => void) | undefined;
  ended = false;
  failure: CapstanError | undefined;

  push(item: T): void {
    if (this.ended) return;
    this.items.push(item);
    this.wake();
  }

  end(failure?: CapstanError): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = failure;
    this.wake();
  }

  get size(): number {
    return this.items.length;
  }

  /** The next items (all of them, or as `take` decides), or null once ended and empty. */
  async next(take: (items: T[]) => T = (items) => items.shift()!): Promise<T | null> {
    for (;;) {
      if (this.items.length > 0) return take(this.items);
      if (this.ended) {
        if (this.failure) throw this.failure;
        return null;
      }
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }
}

/** One agent's `agentLogRequests` subscription. */
class AgentChannel {
  readonly mailbox = new Mailbox<AgentLogRequest>();
  readonly streams = new Set<LogStream>();
  constructor(readonly node: string) {}
}

/** One reader's stream: chunks the agent sent that the reader has not taken yet. */
class LogStream {
  readonly chunks = new Mailbox<string>();
  bytes = 0;
  private drained: (() => void)[] = [];

  constructor(
    readonly id: string,
    readonly target: LogTarget,
    readonly channel: AgentChannel,
  ) {}

  get ended(): boolean {
    return this.chunks.ended;
  }

  /** Resolves when the waiting bytes are at most `bytes`, or the stream ended. */
  async drainedTo(bytes: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended && this.bytes > bytes) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.drained.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  }

  taken(bytes: number): void {
    this.bytes -= bytes;
    for (const d of this.drained.splice(0)) d();
  }

  /** Releases senders waiting for the reader (the stream ended). */
  wakeSenders(): void {
    for (const d of this.drained.splice(0)) d();
  }
}

export class LogRelay {
  private readonly opts: Required<LogRelayOptions>;
  /** Per node, its open channels; the newest gets new requests (an agent that reconnected). */
  private readonly channels = new Map<string, AgentChannel[]>();
  private readonly streams = new Map<string, LogStream>();
  private closed: string | undefined;
  private remote: ((node: string, target: LogTarget, signal: AbortSignal) => AsyncIterable<PodLogChunk>) | undefined;

  constructor(opts: LogRelayOptions = {}) {
    this.opts = relayOptions(opts);
  }

  /** Whether node `node` has an agent channel open here. */
  connected(node: string): boolean {
    return (this.channels.get(node)?.length ?? 0) > 0;
  }

  /** Where `open` sends a request for a node with no channel here (log-bus.ts: another API server). */
  setRemote(remote: (node: string, target: LogTarget, signal: AbortSignal) => AsyncIterable<PodLogChunk>): void {
    this.remote = remote;
  }

  /** Open log streams (for tests and metrics). */
  get openStreams(): number {
    return this.streams.size;
  }

  /**
   * Registers an agent channel for `node` until `signal` aborts (the agent unsubscribed or its
   * connection dropped); yields the requests for it. Closing it ends its streams with UNAVAILABLE.
   */
  async *connectAgent(node: string, signal: AbortSignal): AsyncGenerator<AgentLogRequest> {
    if (this.closed) throw new CapstanError('UNAVAILABLE', this.closed);
    const channel = new AgentChannel(node);
    const list = this.channels.get(node) ?? [];
    list.push(channel);
    this.channels.set(node, list);
    const close = () => this.closeChannel(channel);
    signal.addEventListener('abort', close, { once: true });
    try {
      if (signal.aborted) return;
      for (;;) {
        const request = await channel.mailbox.next();
        if (!request) return;
        yield request;
      }
    } finally {
      signal.removeEventListener('abort', close);
      close();
    }
  }

  /**
   * Asks `node`'s agent for the log of `target` and yields the chunks it sends, until it says
   * done (or fails, or `signal` aborts: then the agent is told to CANCEL). Throws UNAVAILABLE at
   * once when the node has no agent connected here.
   */
  open(node: string, target: LogTarget, signal: AbortSignal): AsyncIterable<PodLogChunk> {
    if (this.closed) throw new CapstanError('UNAVAILABLE', this.closed);
    const channel = this.channels.get(node)?.at(-1);
    if (!channel && this.remote) return this.remote(node, target, signal);
    if (!channel) throw new CapstanError('UNAVAILABLE', `node "${node}" is not connected: its agent has no log channel open to this API server`);
    const stream = new LogStream(randomUUID(), target, channel);
    this.streams.set(stream.id, stream);
    channel.streams.add(stream);
    channel.mailbox.push({ type: 'START', requestId: stream.id, ...target });
    const relay = this;
    const maxMessage = this.opts.maxMessageBytes;
    return {
      async *[Symbol.asyncIterator]() {
        const cancel = () => relay.finish(stream, undefined, true);
        signal.addEventListener('abort', cancel, { once: true });
        try {
          if (signal.aborted) return;
          for (;;) {
            // Hand over what is waiting in one message, up to maxMessage bytes (chunks whole).
            const data = await stream.chunks.next((items) => {
              let out = items.shift()!;
              while (items.length > 0 && out.length + items[0]!.length <= maxMessage) out += items.shift()!;
              return out;
            });
            if (data === null) return;
            stream.taken(Buffer.byteLength(data));
            yield { namespace: target.namespace, pod: target.pod, container: target.container, data };
          }
        } finally {
          signal.removeEventListener('abort', cancel);
          cancel();
        }
      },
    };
  }

  /**
   * A chunk from `node`'s agent for stream `requestId`. Returns false when that stream is gone
   * (the reader left: the agent should stop). FORBIDDEN when the stream was asked of another node.
   */
  async deliver(node: string, requestId: string, chunk: AgentChunk): Promise<boolean> {
    const stream = this.streams.get(requestId);
    if (!stream || stream.ended) return false;
    if (stream.channel.node !== node) {
      throw new CapstanError('FORBIDDEN', `log stream ${requestId} was requested of another node, not of node "${node}"`);
    }
    const data = chunk.data ?? '';
    if (data !== '') {
      const bytes = Buffer.byteLength(data);
      if (stream.bytes + bytes > this.opts.maxBufferBytes) {
        this.finish(stream, new CapstanError('UNAVAILABLE', `the log reader is not keeping up: more than ${this.opts.maxBufferBytes} bytes of log are waiting for it; the stream was ended`), true);
        return false;
      }
      stream.bytes += bytes;
      stream.chunks.push(data);
    }
    if (chunk.error) {
      this.finish(stream, agentError(node, chunk.error), false);
      return false;
    }
    if (chunk.done) {
      this.finish(stream, undefined, false);
      return false;
    }
    if (stream.bytes > this.opts.highWaterBytes && !(await stream.drainedTo(this.opts.highWaterBytes, this.opts.maxSendWaitMs))) {
      this.finish(stream, new CapstanError('UNAVAILABLE', `the log reader is not keeping up: it took nothing for ${this.opts.maxSendWaitMs} ms; the stream was ended`), true);
      return false;
    }
    return !stream.ended;
  }

  /**
   * Shutdown: ends every reader's stream with UNAVAILABLE `reason` and completes every agent
   * channel (agents subscribe again, to another server or to this one once it is back).
   */
  close(reason: string): void {
    this.closed = reason;
    for (const stream of [...this.streams.values()]) this.finish(stream, new CapstanError('UNAVAILABLE', reason), true);
    for (const list of [...this.channels.values()]) for (const channel of [...list]) this.closeChannel(channel);
  }

  /** Ends `stream` (with `failure`, if any) and forgets it; `cancel` tells its agent to stop. */
  private finish(stream: LogStream, failure: CapstanError | undefined, cancel: boolean): void {
    if (this.streams.get(stream.id) !== stream) return;
    this.streams.delete(stream.id);
    stream.channel.streams.delete(stream);
    stream.chunks.end(failure);
    stream.wakeSenders();
    if (cancel) stream.channel.mailbox.push({ type: 'CANCEL', requestId: stream.id, ...stream.target });
  }

  private closeChannel(channel: AgentChannel): void {
    const list = this.channels.get(channel.node);
    const i = list?.indexOf(channel) ?? -1;
    if (i < 0) return;
    list!.splice(i, 1);
    if (list!.length === 0) this.channels.delete(channel.node);
    channel.mailbox.end();
    for (const stream of [...channel.streams]) {
      this.finish(stream, new CapstanError('UNAVAILABLE', `the agent of node "${channel.node}" disconnected while streaming the log of pod "${stream.target.pod}"`), false);
    }
  }
}
