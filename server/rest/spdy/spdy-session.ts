/**
 * The server side of a SPDY/3.1 connection, as much of it as Kubernetes' port-forward protocol
 * uses (what moby/spdystream, client-go's SPDY library, speaks): streams the client opens
 * (SYN_STREAM, answered with SYN_REPLY), DATA both ways with FIN, RST_STREAM, PING (echoed),
 * GOAWAY. SETTINGS and WINDOW_UPDATE are read and ignored: spdystream does no flow control, and
 * Capstan's own backpressure comes from the relay (a DATA frame is not written until the
 * transport took the previous one).
 *
 * Header blocks are zlib-compressed with the SPDY/3 dictionary, one compression context per
 * direction for the whole connection: every block the client sends must be inflated, in order,
 * even when its headers are not needed.
 */
import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { SPDY3_DICTIONARY } from './dictionary.ts';

export const enum FrameType {
  SynStream = 1,
  SynReply = 2,
  RstStream = 3,
  Settings = 4,
  Ping = 6,
  GoAway = 7,
  Headers = 8,
  WindowUpdate = 9,
}

const FLAG_FIN = 0x01;
/** RST_STREAM status codes. */
export const RST_CANCEL = 5;
const RST_PROTOCOL_ERROR = 1;
/** The largest DATA payload written in one frame. */
const MAX_DATA_FRAME = 32 * 1024;
/** A frame larger than this is refused (client-go sends far smaller ones). */
const MAX_FRAME = 16 * 1024 * 1024;

/** One stream the client opened. */
export class SpdyStream extends EventEmitter {
  /** The client sent FIN (no more data will come). */
  remoteEnded = false;
  /** We sent FIN. */
  localEnded = false;
  reset = false;

  constructor(
    readonly id: number,
    readonly headers: Record<string, string>,
    private readonly session: SpdySession,
  ) {
    super();
  }

  /** Writes data; resolves once the transport took it. */
  write(data: Buffer): Promise<void> {
    if (this.localEnded || this.reset) return Promise.resolve();
    return this.session.writeData(this.id, data, false);
  }

  /** Sends FIN (half-close). */
  end(): Promise<void> {
    if (this.localEnded || this.reset) return Promise.resolve();
    this.localEnded = true;
    return this.session.writeData(this.id, Buffer.alloc(0), true);
  }

  /** Aborts the stream (RST_STREAM CANCEL). */
  cancel(): void {
    if (this.reset) return;
    this.session.resetStream(this.id, RST_CANCEL);
  }
}

/**
 * Events: `stream` (SpdyStream) when the client opens one; on a stream, `data` (Buffer),
 * `end` (client FIN) and `reset` (RST_STREAM, or the connection closed); `close` on the session.
 */
export class SpdySession extends EventEmitter {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly streams = new Map<number, SpdyStream>();
  private readonly inflate = zlib.createInflate({ dictionary: SPDY3_DICTIONARY });
  private readonly deflate = zlib.createDeflate({ dictionary: SPDY3_DICTIONARY });
  /** Frame handling, in order (header blocks inflate asynchronously). */
  private reading: Promise<void> = Promise.resolve();
  /** Writes, in order. */
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly transport: Duplex) {
    super();
    transport.on('data', (chunk: Buffer) => this.receive(chunk));
    transport.on('close', () => this.close());
    transport.on('end', () => this.close());
    transport.on('error', () => this.close());
    this.inflate.on('error', () => this.close());
    this.deflate.on('error', () => this.close());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const stream of this.streams.values()) this.dropStream(stream);
    this.inflate.close();
    this.deflate.close();
    this.transport.destroy();
    this.emit('close');
  }

  writeData(id: number, data: Buffer, fin: boolean): Promise<void> {
    const frames: Buffer[] = [];
    for (let at = 0; at < data.length || (fin && at === 0); at += MAX_DATA_FRAME) {
      const part = data.subarray(at, at + MAX_DATA_FRAME);
      const last = at + MAX_DATA_FRAME >= data.length;
      const head = Buffer.alloc(8);
      head.writeUInt32BE(id & 0x7fffffff, 0);
      head.writeUInt32BE(((fin && last ? FLAG_FIN : 0) << 24) | part.length, 4);
      frames.push(head, part);
      if (data.length === 0) break;
    }
    return this.send(Buffer.concat(frames));
  }

  resetStream(id: number, status: number): void {
    const body = Buffer.alloc(8);
    body.writeUInt32BE(id & 0x7fffffff, 0);
    body.writeUInt32BE(status, 4);
    void this.send(control(FrameType.RstStream, 0, body));
    const stream = this.streams.get(id);
    if (stream) this.dropStream(stream);
  }

  /** Sends `frame` after every earlier write; resolves once the transport took it. */
  private send(frame: Buffer | (() => Promise<Buffer>)): Promise<void> {
    const next = this.writing.then(async () => {
      if (this.closed) return;
      const bytes = typeof frame === 'function' ? await frame() : frame;
      if (this.closed) return;
      await new Promise<void>((resolve) => this.transport.write(bytes, () => resolve()));
    });
    this.writing = next.catch(() => {});
    return next.catch(() => {});
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 8) {
      const length = this.buffer.readUIntBE(5, 3);
      if (length > MAX_FRAME) return this.close();
      if (this.buffer.length < 8 + length) break;
      const frame = this.buffer.subarray(0, 8 + length);
      this.buffer = this.buffer.subarray(8 + length);
      this.reading = this.reading.then(() => this.handle(frame)).catch(() => this.close());
    }
  }

  private async handle(frame: Buffer): Promise<void> {
    if (this.closed) return;
    const flags = frame[4]!;
    const body = frame.subarray(8);
    if ((frame[0]! & 0x80) === 0) {
      const id = frame.readUInt32BE(0) & 0x7fffffff;
      const stream = this.streams.get(id);
      if (!stream) return;
      if (body.length > 0) stream.emit('data', Buffer.from(body));
      if (flags & FLAG_FIN) this.remoteEnd(stream);
      return;
    }
    const type = frame.readUInt16BE(2);
    switch (type) {
      case FrameType.SynStream: {
        const id = body.readUInt32BE(0) & 0x7fffffff;
        const headers = parseHeaderBlock(await this.inflateBlock(body.subarray(10)));
        if (this.streams.has(id)) return this.resetStream(id, RST_PROTOCOL_ERROR);
        const stream = new SpdyStream(id, headers, this);
        this.streams.set(id, stream);
        // The client waits for the reply before it uses the stream.
        const reply = Buffer.alloc(4);
        reply.writeUInt32BE(id, 0);
        void this.send(async () => control(FrameType.SynReply, 0, Buffer.concat([reply, await this.deflateBlock({})])));
        this.emit('stream', stream);
        if (flags & FLAG_FIN) this.remoteEnd(stream);
        return;
      }
      case FrameType.Headers:
      case FrameType.SynReply:
        // Inflated only to keep the compression context in step.
        await this.inflateBlock(body.subarray(4));
        return;
      case FrameType.RstStream: {
        const stream = this.streams.get(body.readUInt32BE(0) & 0x7fffffff);
        if (stream) this.dropStream(stream);
        return;
      }
      case FrameType.Ping:
        void this.send(Buffer.from(frame));
        return;
      case FrameType.GoAway:
        this.close();
        return;
      default:
        // SETTINGS, WINDOW_UPDATE, CREDENTIAL: nothing to do.
        return;
    }
  }

  private remoteEnd(stream: SpdyStream): void {
    if (stream.remoteEnded) return;
    stream.remoteEnded = true;
    stream.emit('end');
  }

  private dropStream(stream: SpdyStream): void {
    this.streams.delete(stream.id);
    if (stream.reset) return;
    stream.reset = true;
    stream.emit('reset');
  }

  private inflateBlock(block: Buffer): Promise<Buffer> {
    return zlibStep(this.inflate, block);
  }

  private deflateBlock(headers: Record<string, string>): Promise<Buffer> {
    return zlibStep(this.deflate, headerBlock(headers));
  }
}

/** Feeds `input` to a long-lived zlib stream and returns what a sync flush gives back. */
function zlibStep(z: zlib.Inflate | zlib.Deflate, input: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const onData = (c: Buffer) => out.push(c);
    const onError = (e: Error) => {
      z.off('data', onData);
      reject(e);
    };
    z.on('data', onData);
    z.once('error', onError);
    z.write(input);
    z.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      z.off('data', onData);
      z.off('error', onError);
      resolve(Buffer.concat(out));
    });
  });
}

function control(type: FrameType, flags: number, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt16BE(0x8000 | 3, 0);
  head.writeUInt16BE(type, 2);
  head.writeUInt32BE((flags << 24) | body.length, 4);
  return Buffer.concat([head, body]);
}

/** A SPDY/3 header block: count, then length-prefixed names and values (values NUL-joined). */
export function headerBlock(headers: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const entries = Object.entries(headers);
  parts.push(u32(entries.length));
  for (const [name, value] of entries) {
    const n = Buffer.from(name.toLowerCase(), 'utf8');
    const v = Buffer.from(value, 'utf8');
    parts.push(u32(n.length), n, u32(v.length), v);
  }
  return Buffer.concat(parts);
}

/** Parses an (inflated) header block; names lower-case, repeated values joined with NUL as sent. */
export function parseHeaderBlock(block: Buffer): Record<string, string> {
  const headers: Record<string, string> = {};
  if (block.length < 4) return headers;
  const count = block.readUInt32BE(0);
  let at = 4;
  for (let i = 0; i < count && at + 4 <= block.length; i++) {
    const nameLen = block.readUInt32BE(at);
    const name = block.subarray(at + 4, at + 4 + nameLen).toString('utf8').toLowerCase();
    at += 4 + nameLen;
    if (at + 4 > block.length) break;
    const valueLen = block.readUInt32BE(at);
    const value = block.subarray(at + 4, at + 4 + valueLen).toString('utf8');
    at += 4 + valueLen;
    headers[name] = value;
  }
  return headers;
}
