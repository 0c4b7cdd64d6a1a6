/**
 * Reads a container's log stream as whole lines (each ending in a newline), from a cumulative
 * offset, across rotated files, and optionally follows it: new bytes are noticed through inotify
 * (`fs.watch`) with a short poll as a fallback, and a rotation between two reads is detected by
 * the log's generation, so a follower reads on from the same place in `<path>.1`.
 */
import { watch, type FSWatcher } from 'node:fs';
import { open } from 'node:fs/promises';
import type { LogFile } from './log-file.ts';

export interface ReadLinesOptions {
  follow: boolean;
  /** True once nothing more can be written (the container exited or is gone). */
  finished(): boolean;
  signal: AbortSignal;
  /** Fallback poll while following (default 250 ms). */
  pollMs?: number;
  /** Settles when the writer is done: a follower then drains and ends without waiting for a poll. */
  ended?: Promise<void>;
}

const CHUNK = 64 * 1024;
/** A line longer than this is cut into pieces, so a process that never writes a newline cannot grow a reader without bound. */
const MAX_LINE = 1024 * 1024;

async function readAt(log: LogFile, pos: number): Promise<{ bytes: Buffer; pos: number } | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const generation = log.generation;
    const segments = log.segments();
    const first = segments[0]!;
    const last = segments[segments.length - 1]!;
    if (pos < first.start) pos = first.start; // rotated away before we read it
    if (pos > last.start + last.size) pos = last.start + last.size; // truncated behind our back
    const seg = segments.find((s) => pos < s.start + s.size);
    if (!seg) return pos === last.start + last.size ? null : { bytes: Buffer.alloc(0), pos };
    let bytes: Buffer;
    try {
      const handle = await open(seg.path, 'r');
      try {
        const buf = Buffer.alloc(Math.min(CHUNK, seg.start + seg.size - pos));
        const { bytesRead } = await handle.read(buf, 0, buf.length, pos - seg.start);
        bytes = buf.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    } catch {
      continue; // the file moved under us (rotation): look again
    }
    if (log.generation !== generation) continue;
    return { bytes, pos: pos + bytes.length };
  }
  return null;
}

class Waker {
  private watcher: FSWatcher | null = null;
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(private readonly file: string) {
    this.ensureWatch();
  }

  /** Watches the file once it exists (a container not started yet has none): until then, polls. */
  private ensureWatch(): void {
    if (this.watcher || this.closed) return;
    try {
      this.watcher = watch(this.file, { persistent: false }, () => this.wake?.());
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = null;
      });
    } catch {
      this.watcher = null;
    }
  }

  wait(ms: number, signal: AbortSignal): Promise<void> {
    this.ensureWatch();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
      this.wake = done;
    });
  }

  poke(): void {
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.watcher?.close();
    this.watcher = null;
  }
}

/** Yields the lines of `log` from cumulative offset `from`. */
export async function* readLogLines(log: LogFile, from: number, opts: ReadLinesOptions): AsyncGenerator<string> {
  let pos = from;
  let partial: Buffer[] = [];
  let partialLength = 0;
  const waker = opts.follow ? new Waker(log.path) : null;
  void opts.ended?.then(() => waker?.poke());
  try {
    while (!opts.signal.aborted) {
      // Read `finished` before the bytes: whatever was written before the exit is still drained.
      const finished = opts.finished();
      const chunk = await readAt(log, pos);
      if (chunk && chunk.bytes.length > 0) {
        pos = chunk.pos;
        let lineStart = 0;
        for (let i = chunk.bytes.indexOf(0x0a); i >= 0; i = chunk.bytes.indexOf(0x0a, lineStart)) {
          const piece = chunk.bytes.subarray(lineStart, i + 1);
          lineStart = i + 1;
          const line = partialLength ? Buffer.concat([...partial, piece]) : piece;
          partial = [];
          partialLength = 0;
          yield line.toString('utf8');
          if (opts.signal.aborted) return;
        }
        if (lineStart < chunk.bytes.length) {
          const rest = Buffer.from(chunk.bytes.subarray(lineStart));
          partial.push(rest);
          partialLength += rest.length;
          if (partialLength >= MAX_LINE) {
            yield Buffer.concat(partial).toString('utf8') + '\n';
            partial = [];
            partialLength = 0;
          }
        }
        continue;
      }
      if (chunk) {
        pos = chunk.pos;
        continue;
      }
      if (!opts.follow || finished) break;
      await waker!.wait(opts.pollMs ?? 250, opts.signal);
    }
    if (!opts.signal.aborted && partialLength > 0) yield Buffer.concat(partial).toString('utf8') + '\n';
  } finally {
    waker?.close();
  }
}
