/**
 * Pod streams (exec, attach, port-forward) across API servers: when a client's stream arrives on
 * a server whose StreamRelay has no channel for the pod's node, it is carried to the server that
 * has one over the same Postgres LISTEN/NOTIFY channel the pod-log bus uses (../logs/
 * relay-channel.ts). The agent's WebSocket stays the only connection to the node.
 *
 *   server A (client): relay.openAnywhere → bus.open ──s-open──▶ every server
 *   server B (has the node's agent): relay.open locally, s-accept ──▶ A
 *   A ──s-in (stdin bytes, eof, resize)──▶ B ──STDIN/RESIZE──▶ agent
 *   A ◀──s-out (stdout/stderr bytes)… s-end (exit code or error)── B ◀── sendPodStreamChunk
 *
 * Order: each direction's pieces carry a sequence number and are sent one at a time (NOTIFY
 * delivers in commit order); a gap (messages lost while a listener reconnected) ends the stream
 * with UNAVAILABLE rather than corrupt it. Size: bytes travel base64 in pieces of `pieceBytes`,
 * so a message stays under NOTIFY's 8000-byte limit. Backpressure, both ways: a sender keeps at
 * most `windowBytes` unacknowledged; the receiver acknowledges what its side took (the client
 * read it, or the agent's channel accepted it) every quarter window; a sender that gets no room
 * for `maxSendWaitMs` ends the stream with UNAVAILABLE. Liveness: the client's server pings
 * every `keepaliveMs`; either side that hears nothing from the other for 3 × that ends its half:
 * the agent's side is CANCELled (the command killed, the port connection closed), the client's
 * stream ends with UNAVAILABLE. No registry of nodes: `s-open` is asked of all, and only a server
 * with the node's channel answers, so a dead server simply never answers.
 */
import { randomUUID } from 'node:crypto';
import { CapstanError } from '../../errors.ts';
import { endError } from '../logs/log-bus.ts';
import { Mailbox } from '../logs/log-relay.ts';
import { MAX_PAYLOAD_BYTES, PayloadTooLargeError, type RelayChannel, type RelayMessage } from '../logs/relay-channel.ts';
import { applySessionInput, type PodStreamHandle, type PodStreamName, type PodStreamOutput, type RemoteStreams, type SessionInput, type StreamRelay, type StreamTarget } from './stream-relay.ts';

export interface StreamBusOptions {
  /** How long a client's server waits for some server to accept (default 3 s). */
  acceptTimeoutMs?: number;
  /** Keepalive period (default 5 s; silence of 3× ends the stream). */
  keepaliveMs?: number;
  /** Bytes per message (default 5400: 7200 base64 characters and the envelope fit in 8000 bytes). */
  pieceBytes?: number;
  /** Unacknowledged bytes a sender may have in flight, each way (default 1 MiB). */
  windowBytes?: number;
  /** How long a sender waits for room in the window before ending the stream (default 30 s). */
  maxSendWaitMs?: number;
}

const DEFAULTS: Required<StreamBusOptions> = { acceptTimeoutMs: 3000, keepaliveMs: 5000, pieceBytes: 5400, windowBytes: 1024 * 1024, maxSendWaitMs: 30_000 };

/** What a message's envelope (type, three ids, a sequence number) may take beside its data. */
const ENVELOPE_BYTES = 400;

/** One message of the stream protocol. `from` is the client's server, `by` the agent's. */
export type StreamBusMessage =
  | { t: 's-open'; id: string; from: string; node: string; target: StreamTarget }
  | { t: 's-accept'; id: string; to: string; by: string }
  | { t: 's-where'; id: string; from: string; node: string }
  | { t: 's-here'; id: string; to: string; by: string }
  | { t: 's-in'; id: string; to: string; from: string; n: number; d?: string; eof?: true; w?: number; h?: number }
  | { t: 's-out'; id: string; to: string; by: string; n: number; s: 'O' | 'E'; d: string }
  | { t: 's-end'; id: string; to: string; by: string; n: number; x?: number | null; code?: string; message?: string }
  | { t: 's-ack'; id: string; to: string; b: number }
  | { t: 's-ping'; id: string; to: string; from: string }
  | { t: 's-pong'; id: string; to: string; by: string }
  | { t: 's-cancel'; id: string; to: string; from: string }
  /** execPod input that landed on a server other than the session's: asked of all, in numbered pieces. */
  | { t: 's-fwd'; id: string; from: string; session: string; user: string; n: number; d?: string; eof?: true; w?: number; h?: number; last?: true }
  /** From the session's server: `here` at the first piece, then the outcome at the last. */
  | { t: 's-fwd-ok'; id: string; to: string; by: string; here?: true; ok?: boolean; forbidden?: string };

const STREAM_MESSAGES = new Set(['s-open', 's-accept', 's-where', 's-here', 's-in', 's-out', 's-end', 's-ack', 's-ping', 's-pong', 's-cancel', 's-fwd', 's-fwd-ok']);

/** Bytes sent one way and how many the other side has taken; senders wait for room. */
export class Window {
  sent = 0;
  acked = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly size: number) {}

  get full(): boolean {
    return this.sent - this.acked >= this.size;
  }

  /** Resolves true once fewer than `size` bytes are unacknowledged; false after `timeoutMs` or once `gone()`. */
  async room(gone: () => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!gone() && this.full) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return !gone();
  }

  ack(bytes: number): void {
    if (bytes <= this.acked) return;
    this.acked = bytes;
    this.wake();
  }

  wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** Counts what this side took and says when to acknowledge it (every quarter window). */
class Taken {
  bytes = 0;
  private told = 0;
  constructor(private readonly every: number) {}

  /** Adds `n`; returns the total to acknowledge now, or undefined. */
  add(n: number): number | undefined {
    this.bytes += n;
    if (this.bytes - this.told < this.every) return undefined;
    this.told = this.bytes;
    return this.bytes;
  }
}

/** The client's half: a stream whose agent is on server `by`. */
class RemotePodStream implements PodStreamHandle {
  readonly chunks = new Mailbox<PodStreamOutput>();
  exitCode: number | null = null;
  by = '';
  heard = Date.now();
  /** Sequence number expected of the next s-out/s-end. */
  nextIn = 0;
  private nextOut = 0;
  private chain: Promise<void> = Promise.resolve();
  private stdinClosed = false;
  readonly input: Window;
  private readonly taken: Taken;

  constructor(
    readonly id: string,
    readonly target: StreamTarget,
    readonly owner: string,
    private readonly bus: StreamBus,
    private readonly opts: Required<StreamBusOptions>,
  ) {
    this.input = new Window(opts.windowBytes);
    this.taken = new Taken(Math.max(1, Math.floor(opts.windowBytes / 4)));
  }

  get ended(): boolean {
    return this.chunks.ended;
  }

  async *output(): AsyncGenerator<PodStreamOutput> {
    for (;;) {
      const item = await this.chunks.next();
      if (!item) return;
      const ack = this.taken.add(item.data.length);
      if (ack !== undefined) this.bus.post({ t: 's-ack', id: this.id, to: this.by, b: ack });
      yield item;
    }
  }

  async write(data: Buffer): Promise<void> {
    if (this.ended || this.stdinClosed) return;
    // Ordered after earlier input (resizes, writes); the pieces go in as few transactions as the window allows.
    const write = async () => {
      const ok = await this.bus.sendPieces(data, this.input, () => this.ended, (d) => ({ t: 's-in', id: this.id, to: this.by, from: this.bus.serverId, n: this.nextOut++, d }));
      if (!ok && !this.ended) this.fail(new CapstanError('UNAVAILABLE', `the agent of pod "${this.target.pod}" took no input for ${this.opts.maxSendWaitMs} ms; the stream was ended`));
    };
    await this.enqueue(write);
  }

  closeStdin(): void {
    if (this.ended || this.stdinClosed) return;
    this.stdinClosed = true;
    void this.sendInput({ eof: true });
  }

  resize(width: number, height: number): void {
    if (this.ended || !Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) return;
    void this.sendInput({ w: width, h: height });
  }

  close(): void {
    if (this.bus.forget(this) && this.by && !this.chunks.ended) this.bus.post({ t: 's-cancel', id: this.id, to: this.by, from: this.bus.serverId });
    this.chunks.end();
    this.input.wake();
  }

  /** Ends the client's side with `failure` and tells the agent's server to stop. */
  fail(failure: CapstanError): void {
    if (this.bus.forget(this) && this.by) this.bus.post({ t: 's-cancel', id: this.id, to: this.by, from: this.bus.serverId });
    this.chunks.end(failure);
    this.input.wake();
  }

  /** An s-out or s-end from the agent's server, checked for order. */
  receive(m: Extract<StreamBusMessage, { t: 's-out' | 's-end' }>): void {
    if (m.n !== this.nextIn) {
      this.fail(new CapstanError('UNAVAILABLE', `the ${this.target.kind.toLowerCase()} stream of pod "${this.target.pod}" lost pieces between API servers; it was ended`));
      return;
    }
    this.nextIn++;
    if (m.t === 's-out') {
      this.chunks.push({ stream: (m.s === 'E' ? 'STDERR' : 'STDOUT') as PodStreamName, data: Buffer.from(m.d, 'base64') });
      return;
    }
    if (m.x !== undefined && m.x !== null) this.exitCode = m.x;
    this.bus.forget(this);
    this.chunks.end(endError(m.code, m.message));
    this.input.wake();
  }

  /** Input messages go out one at a time, in order. */
  private sendInput(fields: { eof?: true; w?: number; h?: number }): Promise<void> {
    return this.enqueue(async () => {
      if (this.ended) return;
      await this.bus.sendNow({ t: 's-in', id: this.id, to: this.by, from: this.bus.serverId, n: this.nextOut++, ...fields });
    });
  }

  private enqueue(send: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(send).catch((err: unknown) => {
      this.fail(new CapstanError('UNAVAILABLE', `could not relay input to the API server holding the agent: ${(err as Error).message}`));
    });
    return this.chain;
  }
}

/** The agent's half: a local stream this server serves for a client on server `to`. */
interface Serving {
  id: string;
  to: string;
  stream: PodStreamHandle;
  heard: number;
  nextIn: number;
  nextOut: number;
  output: Window;
  taken: Taken;
  /** Input written to the local stream one message at a time, in order. */
  chain: Promise<void>;
}

export class StreamBus implements RemoteStreams {
  readonly serverId: string;
  private readonly opts: Required<StreamBusOptions>;
  /** Streams opened here whose agent is elsewhere. */
  private readonly remote = new Map<string, RemotePodStream>();
  /** Streams served here for clients elsewhere. */
  private readonly serving = new Map<string, Serving>();
  private readonly accepts = new Map<string, (by: string) => void>();
  private readonly wheres = new Map<string, () => void>();
  /** Forwarded input this server asked for: id → what its session's server answers. */
  private readonly forwards = new Map<string, (m: Extract<StreamBusMessage, { t: 's-fwd-ok' }>) => void>();
  /** Forwarded input this server applies, by id: pieces in order. */
  private readonly applying = new Map<string, { chain: Promise<void>; next: number; failed: string | undefined; ok: boolean }>();
  private unlisten: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly channel: RelayChannel,
    private readonly relay: StreamRelay,
    opts: StreamBusOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) };
    if (Math.ceil(this.opts.pieceBytes / 3) * 4 + ENVELOPE_BYTES > MAX_PAYLOAD_BYTES) {
      throw new RangeError(`pieceBytes ${this.opts.pieceBytes} is too large: base64 pieces must fit NOTIFY's ${MAX_PAYLOAD_BYTES} bytes`);
    }
    this.serverId = channel.serverId;
  }

  async start(): Promise<void> {
    this.unlisten = this.channel.onMessage((m) => {
      if (STREAM_MESSAGES.has(m.t)) this.receive(m as StreamBusMessage);
    });
    await this.channel.start();
    this.relay.setRemote(this);
    this.timer = setInterval(() => this.tick(), this.opts.keepaliveMs);
    this.timer.unref();
  }

  /** Ends every stream crossing servers, telling the other side (clients see UNAVAILABLE; agents are CANCELled). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    const reason = new CapstanError('UNAVAILABLE', 'an API server relaying this stream is shutting down; retry shortly');
    const notices: Promise<void>[] = [];
    for (const r of [...this.remote.values()]) {
      this.remote.delete(r.id);
      notices.push(this.sendNow({ t: 's-cancel', id: r.id, to: r.by, from: this.serverId }));
      r.fail(reason);
    }
    for (const s of [...this.serving.values()]) {
      this.serving.delete(s.id);
      s.stream.close();
      notices.push(this.sendNow({ t: 's-end', id: s.id, to: s.to, by: this.serverId, n: s.nextOut++, code: reason.code, message: reason.message }));
    }
    await Promise.allSettled(notices);
    this.stopped = true;
    this.unlisten?.();
  }

  /** Stops answering and sending, as a killed process does (tests). */
  abandon(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.unlisten?.();
  }

  /** Streams crossing servers now (for tests and metrics): opened here, served here. */
  get counts(): { remote: number; serving: number } {
    return { remote: this.remote.size, serving: this.serving.size };
  }

  stream(id: string): PodStreamHandle | undefined {
    return this.remote.get(id);
  }

  async reachable(node: string): Promise<boolean> {
    if (this.stopped) return false;
    const id = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const found = new Promise<boolean>((resolve) => {
      this.wheres.set(id, () => resolve(true));
      timer = setTimeout(() => resolve(false), this.opts.acceptTimeoutMs);
    });
    try {
      await this.sendNow({ t: 's-where', id, from: this.serverId, node });
      return await found;
    } finally {
      clearTimeout(timer);
      this.wheres.delete(id);
    }
  }

  async open(node: string, target: StreamTarget, owner: string): Promise<PodStreamHandle> {
    if (this.stopped) throw new CapstanError('UNAVAILABLE', 'the API server is shutting down');
    const id = randomUUID();
    const stream = new RemotePodStream(id, target, owner, this, this.opts);
    let timer: NodeJS.Timeout | undefined;
    const accepted = new Promise<boolean>((resolve) => {
      this.accepts.set(id, (by) => {
        stream.by = by;
        stream.heard = Date.now();
        this.remote.set(id, stream);
        resolve(true);
      });
      timer = setTimeout(() => resolve(false), this.opts.acceptTimeoutMs);
    });
    try {
      try {
        await this.sendNow({ t: 's-open', id, from: this.serverId, node, target });
      } catch (err) {
        if (err instanceof PayloadTooLargeError) throw new CapstanError('INVALID', 'the command is too long to relay to the API server holding the node’s agent (a NOTIFY holds 8000 bytes)');
        throw new CapstanError('UNAVAILABLE', `could not reach the other API servers: ${(err as Error).message}`);
      }
      if (!(await accepted)) {
        throw new CapstanError('UNAVAILABLE', `node "${node}" is not connected: its agent has no stream channel open to any API server (is the agent running?)`);
      }
      return stream;
    } finally {
      clearTimeout(timer);
      this.accepts.delete(id);
    }
  }

  async forwardInput(session: string, user: string, input: SessionInput): Promise<boolean> {
    if (this.stopped) return false;
    const id = randomUUID();
    const base = { t: 's-fwd' as const, id, from: this.serverId, session, user };
    const msgs: StreamBusMessage[] = [];
    // Half pieces: the envelope carries a session id and a user name too.
    const size = Math.floor(this.opts.pieceBytes / 2);
    const data = input.data ?? Buffer.alloc(0);
    for (let at = 0; at < data.length; at += size) msgs.push({ ...base, n: msgs.length, d: data.subarray(at, at + size).toString('base64') });
    msgs.push({
      ...base,
      n: msgs.length,
      last: true,
      ...(input.eof ? { eof: true as const } : {}),
      ...(input.width !== undefined && input.height !== undefined ? { w: input.width, h: input.height } : {}),
    });
    let timer: NodeJS.Timeout | undefined;
    const outcome = new Promise<{ ok: boolean; forbidden?: string }>((resolve) => {
      const wait = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => resolve({ ok: false }), ms);
      };
      wait(this.opts.acceptTimeoutMs);
      this.forwards.set(id, (m) => {
        if (m.here) return wait(this.opts.maxSendWaitMs + this.opts.acceptTimeoutMs);
        resolve({ ok: m.ok === true, ...(m.forbidden ? { forbidden: m.forbidden } : {}) });
      });
    });
    try {
      await this.channel.sendAll(msgs as RelayMessage[]);
      const result = await outcome;
      if (result.forbidden) throw new CapstanError('FORBIDDEN', result.forbidden);
      return result.ok;
    } finally {
      clearTimeout(timer);
      this.forwards.delete(id);
    }
  }

  /** A piece of forwarded input, applied here when the session is here. */
  private applyForwarded(m: Extract<StreamBusMessage, { t: 's-fwd' }>): void {
    let state = this.applying.get(m.id);
    if (!state) {
      const stream = this.relay.stream(m.session);
      if (!stream || m.n !== 0) return; // not here (or its start was lost: the asker times out)
      state = { chain: Promise.resolve(), next: 0, failed: undefined, ok: true };
      this.applying.set(m.id, state);
      this.post({ t: 's-fwd-ok', id: m.id, to: m.from, by: this.serverId, here: true });
    }
    const st = state;
    if (m.n !== st.next++) st.ok = false;
    st.chain = st.chain.then(async () => {
      const stream = this.relay.stream(m.session);
      if (!stream || !st.ok || st.failed) {
        st.ok = false;
        return;
      }
      try {
        st.ok = await applySessionInput(stream, m.user, {
          ...(m.d ? { data: Buffer.from(m.d, 'base64') } : {}),
          ...(m.eof ? { eof: true } : {}),
          ...(m.w && m.h ? { width: m.w, height: m.h } : {}),
        });
      } catch (err) {
        if (err instanceof CapstanError && err.code === 'FORBIDDEN') st.failed = err.message;
        st.ok = false;
      }
    });
    if (m.last) {
      void st.chain.then(() => {
        this.applying.delete(m.id);
        this.post({ t: 's-fwd-ok', id: m.id, to: m.from, by: this.serverId, ok: st.ok, ...(st.failed ? { forbidden: st.failed } : {}) });
      });
    }
  }

  /** Forgets a client's stream; true when it was still known (so the other side may need a cancel). */
  forget(stream: RemotePodStream): boolean {
    return this.remote.delete(stream.id);
  }

  /**
   * Sends `data` as base64 pieces made by `make`, within `window`: the pieces that fit go
   * together in one transaction; when the window is full, what is batched goes first and the
   * rest waits for room. False when no room came within maxSendWaitMs (or `gone()`).
   */
  async sendPieces(data: Buffer, window: Window, gone: () => boolean, make: (d: string) => StreamBusMessage): Promise<boolean> {
    let batch: StreamBusMessage[] = [];
    const flush = async () => {
      if (batch.length > 0 && !this.stopped) await this.channel.sendAll(batch as RelayMessage[]);
      batch = [];
    };
    for (let at = 0; at < data.length; at += this.opts.pieceBytes) {
      if (window.full) {
        await flush();
        if (!(await window.room(gone, this.opts.maxSendWaitMs))) return false;
      }
      if (gone()) return false;
      const part = data.subarray(at, at + this.opts.pieceBytes);
      window.sent += part.length;
      batch.push(make(part.toString('base64')));
    }
    await flush();
    return true;
  }

  /** Sends `msg`, failing loudly. */
  async sendNow(msg: StreamBusMessage): Promise<void> {
    if (this.stopped) return;
    await this.channel.send(msg as RelayMessage);
  }

  /** Sends `msg` without waiting (keepalives, acks, cancels: a lost one is covered by the keepalive). */
  post(msg: StreamBusMessage): void {
    void this.sendNow(msg).catch(() => {});
  }

  private receive(m: StreamBusMessage): void {
    if (this.stopped) return;
    switch (m.t) {
      case 's-open':
        if (m.from !== this.serverId && this.relay.connected(m.node)) void this.serve(m);
        return;
      case 's-where':
        if (m.from !== this.serverId && this.relay.connected(m.node)) this.post({ t: 's-here', id: m.id, to: m.from, by: this.serverId });
        return;
      case 's-fwd':
        if (m.from !== this.serverId) this.applyForwarded(m);
        return;
    }
    if (m.to !== this.serverId) return;
    switch (m.t) {
      case 's-here':
        this.wheres.get(m.id)?.();
        return;
      case 's-fwd-ok':
        this.forwards.get(m.id)?.(m);
        return;
      case 's-accept': {
        const accept = this.accepts.get(m.id);
        // A second server also had a channel (an agent that moved): only the first one serves.
        if (!accept) this.post({ t: 's-cancel', id: m.id, to: m.by, from: this.serverId });
        else accept(m.by);
        return;
      }
      case 's-out':
      case 's-end': {
        const s = this.remote.get(m.id);
        if (!s || m.by !== s.by) return;
        s.heard = Date.now();
        s.receive(m);
        return;
      }
      case 's-pong': {
        const s = this.remote.get(m.id);
        if (s && m.by === s.by) s.heard = Date.now();
        return;
      }
      case 's-ack': {
        const r = this.remote.get(m.id);
        if (r) {
          r.heard = Date.now();
          r.input.ack(m.b);
          return;
        }
        const s = this.serving.get(m.id);
        if (s) {
          s.heard = Date.now();
          s.output.ack(m.b);
        }
        return;
      }
      case 's-ping': {
        const s = this.serving.get(m.id);
        if (!s) return;
        s.heard = Date.now();
        this.post({ t: 's-pong', id: m.id, to: m.from, by: this.serverId });
        return;
      }
      case 's-cancel': {
        const s = this.serving.get(m.id);
        if (!s) return;
        this.serving.delete(m.id);
        s.stream.close();
        return;
      }
      case 's-in': {
        const s = this.serving.get(m.id);
        if (!s) return;
        s.heard = Date.now();
        this.input(s, m);
        return;
      }
    }
  }

  /** Input from the client's server, written to the local stream in order. */
  private input(s: Serving, m: Extract<StreamBusMessage, { t: 's-in' }>): void {
    if (m.n !== s.nextIn) {
      this.endServing(s, new CapstanError('UNAVAILABLE', `the ${s.stream.target.kind.toLowerCase()} stream of pod "${s.stream.target.pod}" lost pieces between API servers; it was ended`));
      return;
    }
    s.nextIn++;
    s.chain = s.chain.then(async () => {
      if (m.d) {
        const bytes = Buffer.from(m.d, 'base64');
        await s.stream.write(bytes);
        const ack = s.taken.add(bytes.length);
        if (ack !== undefined) this.post({ t: 's-ack', id: s.id, to: s.to, b: ack });
      }
      if (m.w && m.h) s.stream.resize(m.w, m.h);
      if (m.eof) s.stream.closeStdin();
    }).catch((err: unknown) => {
      this.endServing(s, new CapstanError('UNAVAILABLE', `could not pass input to the agent: ${(err as Error).message}`));
    });
  }

  /** The node's agent is here, the client on `m.from`. */
  private async serve(m: Extract<StreamBusMessage, { t: 's-open' }>): Promise<void> {
    let stream: PodStreamHandle;
    try {
      stream = this.relay.open(m.node, m.target, `server:${m.from}`);
    } catch {
      return; // the channel went away meanwhile: another server may answer
    }
    const s: Serving = {
      id: m.id,
      to: m.from,
      stream,
      heard: Date.now(),
      nextIn: 0,
      nextOut: 0,
      output: new Window(this.opts.windowBytes),
      taken: new Taken(Math.max(1, Math.floor(this.opts.windowBytes / 4))),
      chain: Promise.resolve(),
    };
    this.serving.set(m.id, s);
    const base = { id: m.id, to: m.from, by: this.serverId };
    const gone = () => this.serving.get(m.id) !== s;
    let failure: CapstanError | undefined;
    try {
      await this.sendNow({ t: 's-accept', ...base });
      for await (const out of stream.output()) {
        const ok = await this.sendPieces(out.data, s.output, gone, (d) => ({ t: 's-out', ...base, n: s.nextOut++, s: out.stream === 'STDERR' ? 'E' : 'O', d }));
        if (gone()) return;
        if (!ok) throw new CapstanError('UNAVAILABLE', `the client is not keeping up: it took nothing for ${this.opts.maxSendWaitMs} ms; the stream was ended`);
      }
    } catch (err) {
      failure = err instanceof CapstanError ? err : new CapstanError('UNAVAILABLE', (err as Error).message);
    } finally {
      if (!gone()) {
        this.serving.delete(m.id);
        stream.close();
        const end = { t: 's-end' as const, ...base, n: s.nextOut++, x: stream.exitCode, ...(failure ? { code: failure.code, message: failure.message } : {}) };
        await this.sendNow(end).catch(() => {});
      }
    }
  }

  /** Ends a served stream on this side: the agent is CANCELled, the client told why. */
  private endServing(s: Serving, failure: CapstanError): void {
    if (this.serving.get(s.id) !== s) return;
    this.serving.delete(s.id);
    s.stream.close();
    this.post({ t: 's-end', id: s.id, to: s.to, by: this.serverId, n: s.nextOut++, code: failure.code, message: failure.message });
  }

  /** Keepalives: clients' servers ping; both sides end what has been silent for 3 periods. */
  private tick(): void {
    const now = Date.now();
    const silence = 3 * this.opts.keepaliveMs;
    for (const r of [...this.remote.values()]) {
      if (now - r.heard > silence) {
        r.fail(new CapstanError('UNAVAILABLE', `the API server holding the agent of pod "${r.target.pod}" stopped answering during its ${r.target.kind.toLowerCase()}`));
      } else this.post({ t: 's-ping', id: r.id, to: r.by, from: this.serverId });
    }
    for (const s of [...this.serving.values()]) {
      if (now - s.heard > silence) {
        this.serving.delete(s.id);
        s.stream.close();
      }
    }
  }
}
