/**
 * Pod logs across API servers: when a reader's `podLogs` arrives on a server whose LogRelay has
 * no channel for the pod's node, the request crosses to the server that has one, over Postgres
 * LISTEN/NOTIFY on the cluster's own database (channel `capstan_relay`).
 *
 *   server A: relay.open → no local channel → bus.openRemote ──NOTIFY open──▶ every server
 *   server B (has the node's agent): accept, relay.open locally, NOTIFY data… end ──▶ server A
 *
 * Why Postgres and not Redis pub/sub: the API server already holds Postgres (its store, the
 * watch hub's LISTEN) and has no Redis connection of its own; NOTIFY is delivered in commit order
 * per sending session, so one stream's pieces arrive in order (a chunk's pieces go in one
 * transaction). Its limits, and how they are met:
 * payloads are at most 8000 bytes (data goes in pieces of `pieceChars`); NOTIFY's queue is
 * shared, so this carries logs (human-rate text), not bulk streams. Backpressure: the owner
 * sends one piece at a time, awaiting each NOTIFY; the requester's buffer is bounded by the
 * relay's `maxBufferBytes` and the stream ends (and CANCELs) past it. Cleanup: the requester
 * sends `cancel` when its reader leaves and a keepalive every `keepaliveMs`; an owner that hears
 * no keepalive for 3 × that ends its side (the requester's server died). A requester whose owner
 * died sees no data and no keepalive answer: it ends the stream with UNAVAILABLE after the same
 * silence. There is no registry of which server holds which node: `open` is asked of all, and
 * only a server with the node's channel answers, so a dead server simply never answers.
 */
import { randomUUID } from 'node:crypto';
import { CapstanError, ERROR_CODES, type ErrorCode } from '../../errors.ts';
import { Mailbox, type LogRelay, type LogTarget, type PodLogChunk } from './log-relay.ts';
import { RelayChannel, type RelayMessage } from './relay-channel.ts';

export { RELAY_CHANNEL } from './relay-channel.ts';

export interface LogBusOptions {
  /** How long a requester waits for some server to accept (default 3 s). */
  acceptTimeoutMs?: number;
  /**
   * Keepalive period between requester and owner (default 1 s; silence of 3× ends the stream).
   * It bounds how long a follow served through a server that died stays silent before its
   * reader is told to ask again: with 5 s, log follows resumed 18–19 s after an API server was
   * killed (test/ha-cluster.test.ts), while the pod's agent was back on a survivor in 0.2 s.
   */
  keepaliveMs?: number;
  /** Characters of log per NOTIFY (default 1000: JSON escaping stays under the 8000-byte limit). */
  pieceChars?: number;
  /** Bytes a remote reader may have waiting before its stream ends (default 4 MiB). */
  maxBufferBytes?: number;
}

/** One message on the channel. `to` names the server it is for (absent: every server). */
export type BusMessage =
  | { t: 'open'; id: string; from: string; node: string; target: LogTarget }
  | { t: 'accept'; id: string; to: string; by: string }
  /** `n` numbers a stream's pieces: it keeps equal pieces of one transaction apart (NOTIFY drops duplicates) and shows a gap. */
  | { t: 'data'; id: string; to: string; by: string; n?: number; d: string }
  | { t: 'end'; id: string; to: string; by: string; code?: string; message?: string }
  | { t: 'ping'; id: string; to: string; from: string }
  | { t: 'pong'; id: string; to: string; by: string }
  | { t: 'cancel'; id: string; to: string; from: string };

/** `text` cut into pieces of at most `size` characters (never splitting a surrogate pair). */
export function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** An `end` message's code and message as the error the reader gets. */
export function endError(code: string | undefined, message: string | undefined): CapstanError | undefined {
  if (!code) return undefined;
  const c = (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'UNAVAILABLE';
  return new CapstanError(c, message ?? 'the log stream ended with an error on another API server');
}

interface Pending {
  mailbox: Mailbox<string>;
  by: string | undefined;
  accepted: () => void;
  bytes: number;
  heard: number;
  /** The `n` expected of the next data piece. */
  next: number;
}

export class LogBus {
  readonly serverId: string;
  private readonly opts: Required<LogBusOptions>;
  private readonly channel: RelayChannel;
  /** Whether this bus made its channel (and so stops it). */
  private readonly ownChannel: boolean;
  private unlisten: (() => void) | undefined;
  private readonly pending = new Map<string, Pending>();
  /** Streams this server serves for others: id → its abort and when the requester last spoke. */
  private readonly serving = new Map<string, { abort: AbortController; heard: number; to: string }>();
  private sweeper: NodeJS.Timeout | undefined;
  private stopped = false;

  /** `channel`: a database URL (the bus makes its own channel) or a channel shared with the stream bus. */
  constructor(
    channel: string | RelayChannel,
    private readonly relay: LogRelay,
    opts: LogBusOptions = {},
  ) {
    this.opts = { acceptTimeoutMs: 3000, keepaliveMs: 1000, pieceChars: 1000, maxBufferBytes: 4 * 1024 * 1024, ...opts };
    this.ownChannel = typeof channel === 'string';
    this.channel = typeof channel === 'string' ? new RelayChannel(channel) : channel;
    this.serverId = this.channel.serverId;
  }

  async start(): Promise<void> {
    this.unlisten = this.channel.onMessage((m) => this.receive(m as BusMessage));
    await this.channel.start();
    this.relay.setRemote((node, target, signal) => this.openRemote(node, target, signal));
    this.sweeper = setInterval(() => this.sweep(), this.opts.keepaliveMs);
    this.sweeper.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweeper);
    for (const s of this.serving.values()) s.abort.abort();
    for (const p of this.pending.values()) p.mailbox.end(new CapstanError('UNAVAILABLE', 'the API server is shutting down'));
    this.unlisten?.();
    if (this.ownChannel) await this.channel.stop();
  }

  /** Drops the channel without a word to anyone, as a killed process does (tests). */
  async abandon(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweeper);
    this.unlisten?.();
    await this.channel.abandon();
  }

  private async send(msg: BusMessage): Promise<void> {
    if (this.stopped) return;
    await this.channel.send(msg as RelayMessage);
  }

  /** A reader here, the node's agent on another server. */
  async *openRemote(node: string, target: LogTarget, signal: AbortSignal): AsyncGenerator<PodLogChunk> {
    const id = randomUUID();
    let accepted!: () => void;
    const acceptedP = new Promise<void>((r) => (accepted = r));
    const p: Pending = { mailbox: new Mailbox<string>(), by: undefined, accepted, bytes: 0, heard: Date.now(), next: 0 };
    this.pending.set(id, p);
    const ping = setInterval(() => {
      if (p.by) void this.send({ t: 'ping', id, to: p.by, from: this.serverId }).catch(() => {});
      if (Date.now() - p.heard > 3 * this.opts.keepaliveMs) {
        p.mailbox.end(new CapstanError('UNAVAILABLE', `the API server holding node "${node}"'s agent stopped answering while streaming the log of pod "${target.pod}"`));
      }
    }, this.opts.keepaliveMs);
    const onAbort = () => p.mailbox.end();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      await this.send({ t: 'open', id, from: this.serverId, node, target });
      let timer: NodeJS.Timeout | undefined;
      const ok = await Promise.race([acceptedP.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), this.opts.acceptTimeoutMs)))]);
      clearTimeout(timer);
      if (!ok) throw new CapstanError('UNAVAILABLE', `node "${node}" is not connected: its agent has no log channel open to any API server`);
      for (;;) {
        const data = await p.mailbox.next((items) => items.splice(0).join(''));
        if (data === null) return;
        p.bytes -= Buffer.byteLength(data);
        yield { namespace: target.namespace, pod: target.pod, container: target.container, data };
      }
    } finally {
      clearInterval(ping);
      signal.removeEventListener('abort', onAbort);
      this.pending.delete(id);
      if (p.by) await this.send({ t: 'cancel', id, to: p.by, from: this.serverId }).catch(() => {});
    }
  }

  private receive(m: BusMessage): void {
    if (m.t === 'open') {
      if (m.from !== this.serverId && this.relay.connected(m.node)) void this.serve(m);
      return;
    }
    if (m.to !== this.serverId) return;
    if (m.t === 'ping' || m.t === 'cancel') {
      const s = this.serving.get(m.id);
      if (!s) return;
      if (m.t === 'cancel') s.abort.abort();
      else {
        s.heard = Date.now();
        void this.send({ t: 'pong', id: m.id, to: m.from, by: this.serverId }).catch(() => {});
      }
      return;
    }
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.t === 'accept') {
      if (p.by) {
        // A second server also had a channel (an agent that moved): only the first one streams.
        void this.send({ t: 'cancel', id: m.id, to: m.by, from: this.serverId }).catch(() => {});
        return;
      }
      p.by = m.by;
      p.heard = Date.now();
      p.accepted();
      return;
    }
    if (m.by !== p.by) return;
    p.heard = Date.now();
    if (m.t === 'data') {
      if (m.n !== undefined && m.n !== p.next++) {
        p.mailbox.end(new CapstanError('UNAVAILABLE', 'the log stream lost pieces between API servers; it was ended'));
        return;
      }
      p.bytes += Buffer.byteLength(m.d);
      if (p.bytes > this.opts.maxBufferBytes) {
        p.mailbox.end(new CapstanError('UNAVAILABLE', `the log reader is not keeping up: more than ${this.opts.maxBufferBytes} bytes of log are waiting for it; the stream was ended`));
        return;
      }
      p.mailbox.push(m.d);
    } else if (m.t === 'end') {
      p.by = undefined; // the owner is done: no cancel needed
      p.mailbox.end(endError(m.code, m.message));
    }
  }

  /** The node's agent is here, the reader on `m.from`. */
  private async serve(m: Extract<BusMessage, { t: 'open' }>): Promise<void> {
    const abort = new AbortController();
    this.serving.set(m.id, { abort, heard: Date.now(), to: m.from });
    const base = { id: m.id, to: m.from, by: this.serverId };
    let n = 0;
    let failure: CapstanError | undefined;
    try {
      await this.send({ t: 'accept', ...base });
      for await (const chunk of this.relay.open(m.node, m.target, abort.signal)) {
        if (abort.signal.aborted) break;
        // One chunk's pieces in one transaction: in order, one commit.
        await this.channel.sendAll(pieces(chunk.data, this.opts.pieceChars).map((d) => ({ t: 'data', ...base, n: n++, d }) as RelayMessage));
        if (abort.signal.aborted) break;
      }
    } catch (err) {
      failure = err instanceof CapstanError ? err : new CapstanError('UNAVAILABLE', (err as Error).message);
    } finally {
      this.serving.delete(m.id);
      if (!abort.signal.aborted) {
        await this.send({ t: 'end', ...base, ...(failure ? { code: failure.code, message: failure.message } : {}) }).catch(() => {});
      }
    }
  }

  /** Ends streams served for a requester that has been silent for 3 keepalive periods. */
  private sweep(): void {
    const now = Date.now();
    for (const s of this.serving.values()) if (now - s.heard > 3 * this.opts.keepaliveMs) s.abort.abort();
  }
}
