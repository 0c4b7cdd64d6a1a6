/**
 * The pod stream relay: `kubectl exec`, `attach` and `port-forward` (and the dashboard's
 * `execPod`) reach the agent that runs the pod over the agent's own graphql-ws connection, so
 * they work behind NAT, as the pod-log relay does (logs/log-relay.ts). Each agent keeps one
 * `agentStreamRequests` subscription open (an "agent channel"); a client's stream becomes a
 * START down that channel, followed by STDIN (base64 bytes, or `eof`), RESIZE and CANCEL; the
 * agent answers with `sendPodStreamChunk` calls (stdout/stderr bytes, then the exit code and
 * `done`, or an `error`).
 *
 *   client ──open/write/resize──▶ relay ──START/STDIN/RESIZE/CANCEL──▶ agent channel ──▶ agent
 *   client ◀──── output ──────── PodStream ◀──── relay.deliver ◀──── sendPodStreamChunk
 *
 * Lifetimes: the client closing sends CANCEL (the agent kills the exec'd command, detaches, or
 * closes the port connection); the agent's channel closing ends its streams with UNAVAILABLE.
 *
 * Memory is bounded both ways. Output: while more than `highWaterBytes` wait for a slow client,
 * `deliver` holds the agent's call (backpressure); a stream holding more than `maxBufferBytes`,
 * or not drained within `maxSendWaitMs`, ends with an error. Input: `write` waits while more
 * than `highWaterBytes` of STDIN wait in the agent channel (it drains as graphql-ws writes to
 * the agent's socket), and splits writes into messages of at most `maxMessageBytes`.
 *
 * The registry is in memory; with several API servers, a stream for a node whose agent is
 * connected elsewhere goes through `setRemote` (stream-bus.ts, Postgres LISTEN/NOTIFY), and
 * `openAnywhere` hands back the same kind of handle either way.
 */
import { randomUUID } from 'node:crypto';
import { CapstanError } from '../../errors.ts';
import { agentError, Mailbox, relayOptions } from '../logs/log-relay.ts';

export type PodStreamKind = 'EXEC' | 'ATTACH' | 'PORTFORWARD';
export type AgentStreamRequestType = 'START' | 'STDIN' | 'RESIZE' | 'CANCEL';
export type PodStreamName = 'STDOUT' | 'STDERR';

/** What a client asks for. */
export interface StreamTarget {
  kind: PodStreamKind;
  namespace: string;
  pod: string;
  podUid: string | null;
  /** The container (exec, attach); null for port-forward. */
  container: string | null;
  /** exec only. */
  command: string[] | null;
  stdin: boolean;
  tty: boolean;
  /** port-forward only: the pod's TCP port. */
  port: number | null;
}

/** One message down an agent channel (schema type AgentStreamRequest). */
export interface AgentStreamRequest extends Partial<StreamTarget> {
  type: AgentStreamRequestType;
  requestId: string;
  /** STDIN: base64 bytes. */
  data?: string | null;
  /** STDIN: the client closed its stdin. */
  eof?: boolean | null;
  width?: number | null;
  height?: number | null;
}

/** One piece sent up by the agent (sendPodStreamChunk's arguments). */
export interface AgentStreamChunk {
  stream?: PodStreamName | null;
  /** base64 */
  data?: string | null;
  exitCode?: number | null;
  error?: string | null;
  done?: boolean | null;
}

/** Output for the client: raw bytes of one stream. */
export interface PodStreamOutput {
  stream: PodStreamName;
  data: Buffer;
}

export interface StreamRelayOptions {
  /** A stream holding more than this many output bytes for its client ends with an error (default 4 MiB). */
  maxBufferBytes?: number;
  /** Above this many waiting bytes, `deliver` (output) and `write` (input) wait (default 1 MiB). */
  highWaterBytes?: number;
  /** How long `deliver` waits for a slow client before ending the stream (default 30 s). */
  maxSendWaitMs?: number;
  /** The most input bytes in one STDIN message (default 64 KiB). */
  maxMessageBytes?: number;
}


/**
 * What a client holds: a stream to the agent here (PodStream) or on another API server
 * (stream-bus.ts). `output()` yields what the command writes, then ends (`exitCode` set once it
 * ended normally) or throws; the client must `close()` it when done.
 */
export interface PodStreamHandle {
  readonly id: string;
  readonly target: StreamTarget;
  /** Who opened it (only they may send input to an execPod session). */
  readonly owner: string;
  readonly ended: boolean;
  readonly exitCode: number | null;
  output(): AsyncGenerator<PodStreamOutput>;
  /** Sends bytes to the command's stdin (or the port); waits while the way to the agent is backed up. */
  write(data: Buffer): Promise<void>;
  closeStdin(): void;
  resize(width: number, height: number): void;
  close(): void;
}

/** Streams to agents connected to other API servers (stream-bus.ts). */
export interface RemoteStreams {
  /** Opens `target` on the server holding `node`'s agent; UNAVAILABLE when none answers. */
  open(node: string, target: StreamTarget, owner: string): Promise<PodStreamHandle>;
  /** Whether some other server holds a channel of `node`'s agent. */
  reachable(node: string): Promise<boolean>;
  /** The open remote stream `id` opened here, if any. */
  stream(id: string): PodStreamHandle | undefined;
  /**
   * Input for session `id`, which another API server holds (its client's subscription is
   * there): false when none holds it or it ended; FORBIDDEN when `user` did not open it.
   */
  forwardInput(id: string, user: string, input: SessionInput): Promise<boolean>;
}

/** What `sendPodExecInput` may carry. */
export interface SessionInput {
  data?: Buffer;
  eof?: boolean;
  width?: number;
  height?: number;
}

/** Waiters released when a byte count falls (or the thing they wait for ends). */
class Gauge {
  bytes = 0;
  private waiters: (() => void)[] = [];

  /** Resolves when at most `limit` bytes wait, `ended()` holds, or `timeoutMs` passed (false). */
  async below(limit: number, ended: () => boolean, timeoutMs = Infinity): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!ended() && this.bytes > limit) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = Number.isFinite(left) ? setTimeout(resolve, left) : undefined;
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  }

  add(bytes: number): void {
    this.bytes += bytes;
    if (bytes < 0) this.wake();
  }

  wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** One agent's `agentStreamRequests` subscription. */
class AgentChannel {
  readonly mailbox = new Mailbox<AgentStreamRequest>();
  readonly streams = new Set<PodStream>();
  /** STDIN bytes queued in the mailbox, not yet handed to graphql-ws. */
  readonly input = new Gauge();
  constructor(readonly node: string) {}
}

/**
 * One client's stream. Read `output()` for what the command writes; `exitCode` is set once it
 * ended normally (null for attach and port-forward when the agent gave none); an agent error or
 * a lost agent makes `output()` throw.
 */
export class PodStream implements PodStreamHandle {
  readonly chunks = new Mailbox<PodStreamOutput>();
  readonly buffered = new Gauge();
  exitCode: number | null = null;
  private stdinClosed = false;

  constructor(
    readonly id: string,
    readonly target: StreamTarget,
    readonly channel: AgentChannel,
    private readonly relay: StreamRelay,
    private readonly maxMessage: number,
    private readonly highWater: number,
    /** Who opened it (only they may send input to an execPod session). */
    readonly owner: string,
  ) {}

  get ended(): boolean {
    return this.chunks.ended;
  }

  /** What the agent sends, in order, until the stream ends. */
  async *output(): AsyncGenerator<PodStreamOutput> {
    for (;;) {
      const item = await this.chunks.next();
      if (!item) return;
      this.buffered.add(-item.data.length);
      yield item;
    }
  }

  /** Sends bytes to the command's stdin; waits while the agent's channel is backed up. */
  async write(data: Buffer): Promise<void> {
    for (let at = 0; at < data.length && !this.ended; at += this.maxMessage) {
      await this.channel.input.below(this.highWater, () => this.ended || this.channel.mailbox.ended);
      if (this.ended || this.stdinClosed) return;
      const part = data.subarray(at, at + this.maxMessage);
      const encoded = part.toString('base64');
      this.channel.input.add(encoded.length);
      this.channel.mailbox.push({ type: 'STDIN', requestId: this.id, data: encoded });
    }
  }

  /** Closes the command's stdin (EOF); later writes are dropped. */
  closeStdin(): void {
    if (this.ended || this.stdinClosed) return;
    this.stdinClosed = true;
    this.channel.mailbox.push({ type: 'STDIN', requestId: this.id, eof: true });
  }

  resize(width: number, height: number): void {
    if (this.ended || !Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) return;
    this.channel.mailbox.push({ type: 'RESIZE', requestId: this.id, width, height });
  }

  /** The client is done: the agent is told to CANCEL unless the stream already ended. */
  close(): void {
    this.relay.finish(this, undefined, true);
  }
}

export class StreamRelay {
  private readonly opts: Required<StreamRelayOptions>;
  /** Per node, its open channels; the newest gets new requests (an agent that reconnected). */
  private readonly channels = new Map<string, AgentChannel[]>();
  private readonly streams = new Map<string, PodStream>();
  private closed: string | undefined;
  private remote: RemoteStreams | undefined;

  constructor(opts: StreamRelayOptions = {}) {
    // The same bounds as the log relay's, with the same defaults.
    this.opts = relayOptions(opts);
  }

  /** Where `openAnywhere` goes for a node with no channel here (stream-bus.ts: another API server). */
  setRemote(remote: RemoteStreams): void {
    this.remote = remote;
  }

  /**
   * Resolves when `node`'s agent has a channel here or, through the remote, on another server;
   * otherwise throws UNAVAILABLE (before a client's upgrade, so it gets a plain answer).
   */
  async assertReachable(node: string): Promise<void> {
    if (this.closed) throw new CapstanError('UNAVAILABLE', this.closed);
    if (this.connected(node)) return;
    if (this.remote && (await this.remote.reachable(node))) return;
    this.channelOf(node);
  }

  /**
   * Starts `target` on `node`'s agent, here or on the API server that holds its channel.
   * UNAVAILABLE when no server has it. The caller must `close()` the stream when done with it.
   */
  async openAnywhere(node: string, target: StreamTarget, owner: string): Promise<PodStreamHandle> {
    if (this.closed) throw new CapstanError('UNAVAILABLE', this.closed);
    if (!this.connected(node) && this.remote) return this.remote.open(node, target, owner);
    return this.open(node, target, owner);
  }

  connected(node: string): boolean {
    return (this.channels.get(node)?.length ?? 0) > 0;
  }

  /** Throws UNAVAILABLE unless `node`'s agent has a channel open here. */
  assertConnected(node: string): void {
    this.channelOf(node);
  }

  private channelOf(node: string): AgentChannel {
    if (this.closed) throw new CapstanError('UNAVAILABLE', this.closed);
    const channel = this.channels.get(node)?.at(-1);
    if (!channel) {
      const where = this.remote ? 'any API server' : 'this API server';
      throw new CapstanError('UNAVAILABLE', `node "${node}" is not connected: its agent has no stream channel open to ${where} (is the agent running?)`);
    }
    return channel;
  }

  /** Open streams (for tests and metrics). */
  get openStreams(): number {
    return this.streams.size;
  }

  /**
   * Input for session `id`: here when it is open here, else on the API server that holds it
   * (the dashboard's input may land on another server than its execPod subscription). False
   * when no server holds it or it ended; FORBIDDEN when `user` did not open it.
   */
  async sendInput(id: string, user: string, input: SessionInput): Promise<boolean> {
    const stream = this.stream(id);
    if (!stream) return this.remote ? this.remote.forwardInput(id, user, input) : false;
    return applySessionInput(stream, user, input);
  }

  /** The open stream `id` (opened here, to an agent here or elsewhere), if any. */
  stream(id: string): PodStreamHandle | undefined {
    return this.streams.get(id) ?? this.remote?.stream(id);
  }

  /**
   * Registers an agent channel for `node` until `signal` aborts; yields the requests for it.
   * Closing it ends its streams with UNAVAILABLE.
   */
  async *connectAgent(node: string, signal: AbortSignal): AsyncGenerator<AgentStreamRequest> {
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
        if (request.type === 'STDIN' && request.data) channel.input.add(-request.data.length);
        yield request;
      }
    } finally {
      signal.removeEventListener('abort', close);
      close();
    }
  }

  /**
   * Starts `target` on `node`'s agent. Throws UNAVAILABLE at once when the node has no agent
   * connected here. The caller must `close()` the stream when done with it.
   */
  open(node: string, target: StreamTarget, owner: string): PodStream {
    const channel = this.channelOf(node);
    const stream = new PodStream(randomUUID(), target, channel, this, this.opts.maxMessageBytes, this.opts.highWaterBytes, owner);
    this.streams.set(stream.id, stream);
    channel.streams.add(stream);
    channel.mailbox.push({ type: 'START', requestId: stream.id, ...target });
    return stream;
  }

  /**
   * A chunk from `node`'s agent for stream `requestId`. Returns false when that stream is gone
   * (the client left: the agent should stop). FORBIDDEN when the stream was opened on another node.
   */
  async deliver(node: string, requestId: string, chunk: AgentStreamChunk): Promise<boolean> {
    const stream = this.streams.get(requestId);
    if (!stream || stream.ended) return false;
    if (stream.channel.node !== node) {
      throw new CapstanError('FORBIDDEN', `pod stream ${requestId} was opened on another node, not on node "${node}"`);
    }
    if (chunk.data) {
      const data = Buffer.from(chunk.data, 'base64');
      if (stream.buffered.bytes + data.length > this.opts.maxBufferBytes) {
        this.finish(stream, new CapstanError('UNAVAILABLE', `the client is not keeping up: more than ${this.opts.maxBufferBytes} bytes of output are waiting for it; the stream was ended`), true);
        return false;
      }
      stream.buffered.add(data.length);
      stream.chunks.push({ stream: chunk.stream ?? 'STDOUT', data });
    }
    if (chunk.exitCode !== null && chunk.exitCode !== undefined) stream.exitCode = chunk.exitCode;
    if (chunk.error) {
      this.finish(stream, agentError(node, chunk.error), false);
      return false;
    }
    if (chunk.done) {
      this.finish(stream, undefined, false);
      return false;
    }
    if (!(await stream.buffered.below(this.opts.highWaterBytes, () => stream.ended, this.opts.maxSendWaitMs))) {
      this.finish(stream, new CapstanError('UNAVAILABLE', `the client is not keeping up: it took nothing for ${this.opts.maxSendWaitMs} ms; the stream was ended`), true);
      return false;
    }
    return !stream.ended;
  }

  /** Shutdown: ends every stream with UNAVAILABLE `reason` and completes every agent channel. */
  close(reason: string): void {
    this.closed = reason;
    for (const stream of [...this.streams.values()]) this.finish(stream, new CapstanError('UNAVAILABLE', reason), true);
    for (const list of [...this.channels.values()]) for (const channel of [...list]) this.closeChannel(channel);
  }

  /** Ends `stream` (with `failure`, if any) and forgets it; `cancel` tells its agent to stop. */
  finish(stream: PodStream, failure: CapstanError | undefined, cancel: boolean): void {
    if (this.streams.get(stream.id) !== stream) return;
    this.streams.delete(stream.id);
    stream.channel.streams.delete(stream);
    stream.chunks.end(failure);
    stream.buffered.wake();
    stream.channel.input.wake();
    if (cancel) stream.channel.mailbox.push({ type: 'CANCEL', requestId: stream.id });
  }

  private closeChannel(channel: AgentChannel): void {
    const list = this.channels.get(channel.node);
    const i = list?.indexOf(channel) ?? -1;
    if (i < 0) return;
    list!.splice(i, 1);
    if (list!.length === 0) this.channels.delete(channel.node);
    channel.mailbox.end();
    channel.input.wake();
    for (const stream of [...channel.streams]) {
      this.finish(stream, new CapstanError('UNAVAILABLE', `the agent of node "${channel.node}" disconnected during the ${stream.target.kind.toLowerCase()} of pod "${stream.target.pod}"`), false);
    }
  }
}

/** Applies `input` to `stream` for `user`, who must have opened it. */
export async function applySessionInput(stream: PodStreamHandle, user: string, input: SessionInput): Promise<boolean> {
  if (stream.ended) return false;
  // Session ids are unguessable, but a leaked one still belongs to its opener only.
  if (stream.owner !== user) throw new CapstanError('FORBIDDEN', `${user} may not send input to another user's exec session`);
  if (input.width !== undefined && input.height !== undefined) stream.resize(input.width, input.height);
  if (input.data && input.data.length > 0) await stream.write(input.data);
  if (input.eof) stream.closeStdin();
  return !stream.ended;
}
