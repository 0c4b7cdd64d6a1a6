/**
 * The wire between API servers: Postgres LISTEN/NOTIFY on channel `capstan_relay` of the
 * cluster's own database. One per server, shared by the pod-log bus (log-bus.ts) and the pod
 * stream bus (../streams/stream-bus.ts): one listening connection, a small pool for sending.
 *
 * What it guarantees is what NOTIFY does: a message is at most 8000 bytes; messages are
 * delivered to every listener in commit order (and in order within one transaction), so a
 * sender that awaits each `send`/`sendAll` before the next gets its messages through in order. What it does not: delivery while the listener is
 * reconnecting (lost messages are noticed by the buses through sequence numbers and keepalives).
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { createClient, createPool } from '../../store/pg-connect.ts';

export const RELAY_CHANNEL = 'capstan_relay';

/** NOTIFY's payload limit, in bytes. */
export const MAX_PAYLOAD_BYTES = 8000;

/** Messages per statement in `sendAll` (each up to 8000 bytes). */
const MAX_BATCH = 32;

/** Every message names its type in `t`; `to` names the server it is for (absent: every server). */
export interface RelayMessage {
  t: string;
  to?: string;
}

/** A message that does not fit in one NOTIFY (the caller must cut its data smaller). */
export class PayloadTooLargeError extends Error {}

export class RelayChannel {
  /** This server's name on the channel (new per process: a restarted server is a new one). */
  readonly serverId = randomUUID();
  private listener: pg.Client | undefined;
  private sender: pg.Pool | undefined;
  private readonly handlers = new Set<(m: RelayMessage) => void>();
  private starting: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly databaseUrl: string) {}

  /** Connects (once; later calls wait for the first). */
  start(): Promise<void> {
    return (this.starting ??= (async () => {
      this.sender = createPool(this.databaseUrl, { max: 4 });
      this.sender.on('error', () => {});
      await this.connectListener();
    })());
  }

  /** Calls `handler` with every message on the channel (its own too); returns the way to stop. */
  onMessage(handler: (m: RelayMessage) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  get running(): boolean {
    return !this.stopped;
  }

  /** Sends `msg` to every server; rejects when it does not fit in one NOTIFY. */
  async send(msg: RelayMessage): Promise<void> {
    if (!this.sender) return;
    const payload = JSON.stringify(msg);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new PayloadTooLargeError(`relay message of ${Buffer.byteLength(payload)} bytes is over NOTIFY's ${MAX_PAYLOAD_BYTES}`);
    await this.sender.query('SELECT pg_notify($1, $2)', [RELAY_CHANNEL, payload]);
  }

  /**
   * Sends `msgs` in one transaction: delivered in this order, and far cheaper than one NOTIFY
   * (one commit) each. At most `MAX_BATCH` per statement; more go as several, in order.
   */
  async sendAll(msgs: RelayMessage[]): Promise<void> {
    for (let at = 0; at < msgs.length; at += MAX_BATCH) {
      const batch = msgs.slice(at, at + MAX_BATCH);
      const payloads = batch.map((m) => JSON.stringify(m));
      for (const p of payloads) {
        if (Buffer.byteLength(p) > MAX_PAYLOAD_BYTES) throw new PayloadTooLargeError(`relay message of ${Buffer.byteLength(p)} bytes is over NOTIFY's ${MAX_PAYLOAD_BYTES}`);
      }
      if (!this.sender) return;
      const calls = payloads.map((_, i) => `pg_notify($1, $${i + 2})`).join(', ');
      await this.sender.query(`SELECT ${calls}`, [RELAY_CHANNEL, ...payloads]);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const sender = this.sender;
    this.sender = undefined;
    await this.listener?.end().catch(() => {});
    await sender?.end().catch(() => {});
  }

  /** Drops both connections without a word to anyone, as a killed process does (tests). */
  abandon(): Promise<void> {
    return this.stop();
  }

  /** Listens again in a moment (and again after that, until it works or the channel stops). */
  private reconnect(): void {
    // Streams in flight end by their keepalive deadline if messages were lost meanwhile.
    setTimeout(() => {
      if (!this.stopped) void this.connectListener().catch(() => this.reconnect());
    }, 500).unref();
  }

  private async connectListener(): Promise<void> {
    const client = createClient(this.databaseUrl);
    client.on('error', () => {});
    client.on('notification', (n) => {
      if (n.channel !== RELAY_CHANNEL || !n.payload) return;
      let msg: RelayMessage;
      try {
        msg = JSON.parse(n.payload) as RelayMessage;
      } catch {
        return; // a malformed message is not ours
      }
      if (typeof msg?.t !== 'string') return;
      for (const h of this.handlers) h(msg);
    });
    client.on('end', () => {
      if (this.listener !== client || this.stopped) return;
      this.listener = undefined;
      this.reconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${RELAY_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
    if (this.stopped) return void client.end().catch(() => {});
    this.listener = client;
  }
}
