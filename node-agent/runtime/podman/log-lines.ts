/**
 * Docker's multiplexed attach/log stream (8-byte frame headers: stream type, 3 zero bytes,
 * big-endian length) turned into text lines. Pure: fed chunks, yields lines.
 */

/** Splits a multiplexed stream into payloads; bytes that do not look like a frame pass as raw. */
export class StreamDemuxer {
  private buffer: Buffer = Buffer.alloc(0);
  private raw = false;

  /** Feeds one chunk, returns the payloads of every frame it completed, in order. */
  push(chunk: Buffer): Buffer[] {
    if (this.raw) return [chunk];
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const out: Buffer[] = [];
    while (this.buffer.length >= 8) {
      const type = this.buffer[0]!;
      if (type > 2 || this.buffer[1] !== 0 || this.buffer[2] !== 0 || this.buffer[3] !== 0) {
        // Not multiplexed (a TTY container): everything from here on is plain output.
        this.raw = true;
        out.push(this.buffer);
        this.buffer = Buffer.alloc(0);
        return out;
      }
      const length = this.buffer.readUInt32BE(4);
      if (this.buffer.length < 8 + length) break;
      out.push(this.buffer.subarray(8, 8 + length));
      this.buffer = this.buffer.subarray(8 + length);
    }
    return out;
  }
}

/** Joins text into lines (each with its newline); `flush` returns an unterminated last line. */
export class LineSplitter {
  private partial = '';
  private readonly decoder = new TextDecoder('utf-8');

  push(bytes: Buffer): string[] {
    const text = this.partial + this.decoder.decode(bytes, { stream: true });
    const lines: string[] = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      lines.push(text.slice(start, nl + 1));
      start = nl + 1;
    }
    this.partial = text.slice(start);
    return lines;
  }

  flush(): string[] {
    const rest = this.partial + this.decoder.decode();
    this.partial = '';
    return rest === '' ? [] : [rest];
  }
}

/** Lines of a multiplexed stream, until it ends or `signal` aborts. */
export async function* demuxedLines(stream: NodeJS.ReadableStream, signal: AbortSignal): AsyncGenerator<string> {
  const demuxer = new StreamDemuxer();
  const lines = new LineSplitter();
  const destroy = (): void => {
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  };
  if (signal.aborted) {
    destroy();
    return;
  }
  signal.addEventListener('abort', destroy, { once: true });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      for (const payload of demuxer.push(bytes)) yield* lines.push(payload);
    }
  } catch (err) {
    if (!signal.aborted) throw err;
  } finally {
    signal.removeEventListener('abort', destroy);
    destroy();
  }
  if (!signal.aborted) yield* lines.flush();
}
