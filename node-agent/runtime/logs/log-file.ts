/**
 * One container's log: the file its process appends to (O_APPEND, opened by the process itself),
 * rotation, and the time marks that answer `sinceSeconds`.
 *
 * Rotation is copytruncate: the writer is a process we do not control, so the current file is
 * copied to `<path>.1` (older copies shift to `.2`, … and the oldest beyond `maxFiles - 1` is
 * deleted) and truncated; the writer's next O_APPEND write lands at offset 0. Bytes written in the
 * microseconds between the last copy and the truncate are lost, as with logrotate's copytruncate.
 *
 * The log is one logical stream: `base` counts every byte rotated away so far, so a position is a
 * cumulative offset that stays meaningful across rotations (`.1` covers [base - size(.1), base)).
 *
 * Time marks: the file holds no per-line timestamps (the process writes straight to it), so the
 * runtime samples the stream's length (`sample`, every second while the container runs) and
 * appends `<offset> <epoch ms>` to a marks file whenever it grew. Bytes between two marks were
 * written within one sampling interval before the later mark; `sinceSeconds` therefore returns
 * every line written at or after the cut, plus at most one interval's worth of earlier lines.
 * Lines written while no agent was running are dated by the first sample after it came back.
 */
import { appendFileSync, copyFileSync, existsSync, openSync, readFileSync, readSync, closeSync, renameSync, statSync, truncateSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';

export interface LogFileOptions {
  path: string;
  /** Rotate once the current file passes this size (default 10 MiB). */
  maxBytes?: number;
  /** Files kept including the current one (default 5, as Kubernetes' containerLogMaxFiles). */
  maxFiles?: number;
  /** Where the marks and the rotation state live (the container's state folder). */
  metaDir: string;
}

export interface LogSegment {
  path: string;
  /** Cumulative offset of the segment's first byte. */
  start: number;
  size: number;
}

interface Mark {
  offset: number;
  at: number;
}

/** Past this many marks the older half is thinned (every other mark dropped): `since` stays
 * over-inclusive, only coarser for old lines, and a slow writer cannot grow the marks without bound. */
const MAX_MARKS = 4096;

export const DEFAULT_LOG_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_LOG_MAX_FILES = 5;

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

export class LogFile {
  readonly path: string;
  readonly maxBytes: number;
  readonly maxFiles: number;
  /** Bumped by every rotation, so a reader can tell that offsets it computed moved. */
  generation = 0;
  private base = 0;
  private marks: Mark[] = [];
  private lastSample: Mark | null = null;
  private readonly marksPath: string;
  private readonly statePath: string;

  constructor(opts: LogFileOptions) {
    this.path = opts.path;
    this.maxBytes = opts.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
    this.maxFiles = Math.max(1, opts.maxFiles ?? DEFAULT_LOG_MAX_FILES);
    this.marksPath = `${opts.metaDir}/log-marks`;
    this.statePath = `${opts.metaDir}/log-state.json`;
    try {
      this.base = (JSON.parse(readFileSync(this.statePath, 'utf8')) as { base: number }).base;
    } catch {
      this.base = 0;
    }
    try {
      for (const line of readFileSync(this.marksPath, 'utf8').split('\n')) {
        const [offset, at] = line.split(' ').map(Number);
        if (Number.isFinite(offset) && Number.isFinite(at)) this.marks.push({ offset: offset!, at: at! });
      }
    } catch {
      this.marks = [];
    }
  }

  /** The stream's current length (cumulative). */
  end(): number {
    return this.base + Math.max(0, sizeOf(this.path));
  }

  /** Rotated files (oldest first), then the current file. */
  segments(): LogSegment[] {
    const current = { path: this.path, start: this.base, size: Math.max(0, sizeOf(this.path)) };
    const out: LogSegment[] = [current];
    let start = this.base;
    for (let k = 1; k < this.maxFiles; k++) {
      const file = `${this.path}.${k}`;
      const size = sizeOf(file);
      if (size < 0) break;
      start -= size;
      out.unshift({ path: file, start, size });
    }
    return out;
  }

  /** Records a time mark when the stream grew, and rotates past `maxBytes`. */
  sample(now = Date.now()): void {
    const size = sizeOf(this.path);
    if (size < 0) return;
    const offset = this.base + size;
    const last = this.marks[this.marks.length - 1];
    if (!last || last.offset !== offset) {
      const mark = { offset, at: now };
      this.marks.push(mark);
      try {
        if (this.marks.length > MAX_MARKS) this.thinMarks();
        else appendFileSync(this.marksPath, `${offset} ${now}\n`);
      } catch {
        // The state folder is gone (container removed while sampling): nothing to keep.
      }
    }
    this.lastSample = { offset, at: now };
    if (size > this.maxBytes) this.rotate();
  }

  /** copytruncate; synchronous so that no reader of this process interleaves with it. */
  rotate(): void {
    const keep = this.maxFiles - 1;
    let size: number;
    if (keep === 0) {
      size = Math.max(0, sizeOf(this.path));
    } else {
      if (existsSync(`${this.path}.${keep}`)) unlinkSync(`${this.path}.${keep}`);
      for (let k = keep - 1; k >= 1; k--) {
        if (existsSync(`${this.path}.${k}`)) renameSync(`${this.path}.${k}`, `${this.path}.${k + 1}`);
      }
      const copy = `${this.path}.1`;
      copyFileSync(this.path, copy);
      size = sizeOf(copy);
      // Catch what the writer added during the copy, to make the lost window as short as can be.
      const now = sizeOf(this.path);
      if (now > size) {
        const extra = Buffer.alloc(now - size);
        const fd = openSync(this.path, 'r');
        const n = readSync(fd, extra, 0, extra.length, size);
        closeSync(fd);
        const out = openSync(copy, 'a');
        writeSync(out, extra, 0, n);
        closeSync(out);
        size += n;
      }
    }
    truncateSync(this.path, 0);
    this.base += size;
    this.generation++;
    writeFileSync(this.statePath, JSON.stringify({ base: this.base }));
    this.pruneMarks();
  }

  /** Where to start reading for lines written in the last `seconds` (see the class comment). */
  sinceOffset(seconds: number, now = Date.now()): number {
    const cut = now - seconds * 1000;
    const marks = this.lastSample ? [...this.marks, this.lastSample] : this.marks;
    const first = marks.findIndex((m) => m.at >= cut);
    if (first < 0) return marks.length ? marks[marks.length - 1]!.offset : this.segments()[0]!.start;
    if (first === 0) return this.segments()[0]!.start;
    return marks[first - 1]!.offset;
  }

  /** The offset where the last `lines` lines start (a final unterminated line counts as one). */
  tailOffset(lines: number): number {
    const segments = this.segments();
    const end = segments[segments.length - 1]!.start + segments[segments.length - 1]!.size;
    if (lines <= 0) return end;
    let count = 0;
    let skipFinalNewline = true;
    const chunk = Buffer.alloc(64 * 1024);
    for (let s = segments.length - 1; s >= 0; s--) {
      const seg = segments[s]!;
      let fd: number;
      try {
        fd = openSync(seg.path, 'r');
      } catch {
        continue;
      }
      try {
        let pos = seg.size;
        while (pos > 0) {
          const len = Math.min(chunk.length, pos);
          pos -= len;
          const n = readSync(fd, chunk, 0, len, pos);
          for (let i = n - 1; i >= 0; i--) {
            if (chunk[i] !== 0x0a) {
              skipFinalNewline = false;
              continue;
            }
            if (skipFinalNewline) {
              skipFinalNewline = false;
              continue;
            }
            count++;
            if (count === lines) return seg.start + pos + i + 1;
          }
        }
      } finally {
        closeSync(fd);
      }
    }
    return segments[0]!.start;
  }

  /** Deletes the log, its rotated copies and marks. */
  remove(): void {
    for (const file of [this.path, this.marksPath, this.statePath]) {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    }
    for (let k = 1; k < Math.max(this.maxFiles, 2) + 1; k++) {
      try {
        unlinkSync(`${this.path}.${k}`);
      } catch {
        // not there
      }
    }
  }

  private thinMarks(): void {
    const half = Math.floor(this.marks.length / 2);
    this.marks = [...this.marks.slice(0, half).filter((_, i) => i % 2 === 0), ...this.marks.slice(half)];
    this.writeMarks();
  }

  private writeMarks(): void {
    const tmp = `${this.marksPath}.tmp`;
    writeFileSync(tmp, this.marks.map((m) => `${m.offset} ${m.at}\n`).join(''));
    renameSync(tmp, this.marksPath);
  }

  /** Keeps marks of bytes still on disk (and the one mark just before them). */
  private pruneMarks(): void {
    const oldest = this.segments()[0]!.start;
    const firstKept = this.marks.findIndex((m) => m.offset >= oldest);
    if (firstKept <= 1) return;
    this.marks = this.marks.slice(firstKept - 1);
    this.writeMarks();
  }
}
