import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import { LogTail, notifyPayload, parseNotifyPayload, type TailSource } from './log-tail.ts';
import type { LogEvent } from './types.ts';

/** An event log in memory: `safe` is what safeRevision answers, `compacted` the horizon. */
class MemoryLog {
  events: LogEvent[] = [];
  safe = 0n;
  /** The last revision drawn, committed or not (at least `safe`). */
  drawn = 0n;
  compacted = 0n;
  reads = 0;
  /** When set, safeRevision waits for it (to act while a pass is in its first await). */
  hold: Promise<void> | null = null;

  add(...revisions: number[]): void {
    this.addOf('ConfigMap', ...revisions);
  }

  addOf(kind: 'ConfigMap' | 'Secret' | 'Lease', ...revisions: number[]): void {
    for (const r of revisions) {
      const revision = BigInt(r);
      this.events.push({ revision, type: 'ADDED', kind, namespace: 'default', name: `c${r}`, object: { apiVersion: 'v1', kind, metadata: { name: `c${r}` } }, createdAt: new Date() });
      if (revision > this.safe) this.safe = revision;
    }
    this.events.sort((a, b) => (a.revision < b.revision ? -1 : 1));
  }

  async lastDrawnRevision(): Promise<bigint> {
    return this.drawn > this.safe ? this.drawn : this.safe;
  }

  async safeRevision(): Promise<bigint> {
    if (this.hold) await this.hold;
    return this.safe;
  }

  async readAfter(after: bigint, upTo: bigint, limit = 1000): Promise<LogEvent[]> {
    this.reads++;
    return this.events.filter((e) => e.revision > after && e.revision <= upTo).slice(0, limit);
  }

  async readPage(
    after: bigint,
    upTo: bigint | undefined,
    limit: number,
    opts: { kinds?: readonly string[]; horizon?: boolean } = {},
  ): Promise<{ revisions: bigint[]; events: LogEvent[]; upTo: bigint; compacted?: bigint }> {
    const bound = upTo ?? (await this.lastDrawnRevision());
    const rows = await this.readAfter(after, bound, limit);
    return {
      revisions: rows.map((e) => e.revision),
      events: opts.kinds ? rows.filter((e) => opts.kinds!.includes(e.kind)) : rows,
      upTo: bound,
      ...(opts.horizon ? { compacted: this.compacted } : {}),
    };
  }

  async assertNotCompacted(revision: bigint): Promise<void> {
    if (revision < this.compacted) throw new CapstanError('EXPIRED', `too old resource version: ${revision} (${this.compacted})`);
  }
}

function tailOf(log: MemoryLog, writes?: EventEmitter) {
  return { log: log as unknown as TailSource['log'], writes };
}

const revisions = (events: LogEvent[]) => events.map((e) => Number(e.revision));

/** Resolves once `check` holds, checking on every turn of the event loop (bounded). */
async function until(check: () => boolean, ms = 2_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 1));
  }
}

describe('LogTail.catchUp', () => {
  it('hands over every event after its position in pages and moves past each page once it is taken', async () => {
    const log = new MemoryLog();
    log.add(1, 2, 3, 4, 5);
    const tail = new LogTail(tailOf(log), { pageSize: 2 });
    await tail.open(1n);
    const pages: number[][] = [];
    const positions: bigint[] = [];
    await tail.catchUp((events) => {
      pages.push(revisions(events));
      positions.push(tail.position);
    });
    expect(pages).toEqual([[2, 3], [4, 5]]);
    // The position moves after a page is handed over, never before.
    expect(positions).toEqual([1n, 3n]);
    expect(tail.position).toBe(5n);
    await tail.close();
  });

  it('jumps to the safe revision when a page comes back short (the missing revisions rolled back)', async () => {
    const log = new MemoryLog();
    log.add(1, 2, 5);
    log.safe = 9n;
    const tail = new LogTail(tailOf(log), { pageSize: 10 });
    await tail.open(0n);
    const seen: number[] = [];
    await tail.catchUp((events) => void seen.push(...revisions(events)));
    expect(seen).toEqual([1, 2, 5]);
    expect(tail.position).toBe(9n);
    await tail.close();
  });

  it('hands over the gapless run at once, without waiting for a writer still running on a later revision', async () => {
    const log = new MemoryLog();
    log.add(1, 2, 3, 5);
    log.safe = 2n;
    log.drawn = 6n;
    let release!: () => void;
    log.hold = new Promise<void>((r) => (release = r));
    const tail = new LogTail(tailOf(log));
    await tail.open(0n);
    const seen: number[] = [];
    const pass = tail.catchUp((events) => void seen.push(...revisions(events)));
    // 4 and 6 are still being written: 1–3 go out before the safe revision is known.
    await until(() => seen.length === 3);
    expect(seen).toEqual([1, 2, 3]);
    expect(tail.position).toBe(3n);
    log.add(4, 6);
    log.hold = null;
    release();
    await pass;
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tail.position).toBe(6n);
    expect(tail.stats().safeWaits).toBe(1);
    await tail.close();
  });

  it('hands over only the kinds its consumer follows, and moves past the others', async () => {
    const log = new MemoryLog();
    log.add(1, 4);
    log.addOf('Lease', 2, 3, 5, 6);
    const tail = new LogTail(tailOf(log), { pageSize: 3, kinds: () => ['ConfigMap'] });
    await tail.open(0n);
    const pages: number[][] = [];
    await tail.catchUp((events) => void pages.push(revisions(events)));
    // Pages of three rows; the second holds only Leases and is not handed over at all.
    expect(pages).toEqual([[1], [4]]);
    expect(tail.position).toBe(6n);
    await tail.close();
  });

  it('still finds a missing revision among the rows of kinds it does not follow', async () => {
    const log = new MemoryLog();
    log.add(1, 5);
    log.addOf('Lease', 2, 3);
    log.safe = 3n;
    log.drawn = 5n;
    let release!: () => void;
    log.hold = new Promise<void>((r) => (release = r));
    const tail = new LogTail(tailOf(log), { kinds: () => ['ConfigMap'] });
    await tail.open(0n);
    const seen: number[] = [];
    const pass = tail.catchUp((events) => void seen.push(...revisions(events)));
    // 4 is still being written: the tail stops at 3 (a Lease) and waits, it does not jump to 5.
    await until(() => tail.position === 3n);
    expect(seen).toEqual([1]);
    log.addOf('ConfigMap', 4);
    log.safe = 5n;
    log.hold = null;
    release();
    await pass;
    expect(seen).toEqual([1, 4, 5]);
    expect(tail.position).toBe(5n);
    await tail.close();
  });

  it('reads a page again when its consumer starts following another kind during the read', async () => {
    const log = new MemoryLog();
    log.add(1, 3);
    log.addOf('Secret', 2, 4);
    let kinds: string[] = ['ConfigMap'];
    const read = log.readPage.bind(log);
    log.readPage = async (...args) => {
      const page = await read(...args);
      // A watch of Secrets registers while the first read is on its way back.
      kinds = ['ConfigMap', 'Secret'];
      return page;
    };
    const tail = new LogTail(tailOf(log), { kinds: () => kinds });
    await tail.open(0n);
    const seen: number[] = [];
    await tail.catchUp((events) => void seen.push(...revisions(events)));
    expect(seen).toEqual([1, 2, 3, 4]);
    await tail.close();
  });

  it('says, while it hands over a page, which kinds the page was read for and where the position goes next', async () => {
    const log = new MemoryLog();
    log.add(1);
    log.addOf('Lease', 2, 3);
    const tail = new LogTail(tailOf(log), { kinds: () => ['ConfigMap'] });
    await tail.open(0n);
    let handing: LogTail['handing'] = null;
    await tail.catchUp(() => void (handing = tail.handing));
    expect(handing).toEqual({ kinds: ['ConfigMap'], through: 3n });
    expect(tail.handing).toBeNull();
    await tail.close();
  });

  it('waits for the safe revision only when a revision is missing', async () => {
    const log = new MemoryLog();
    log.add(1, 2, 3);
    const tail = new LogTail(tailOf(log));
    await tail.open(0n);
    await tail.catchUp(() => {});
    expect(tail.position).toBe(3n);
    expect(tail.stats().safeWaits).toBe(0);
    await tail.close();
  });

  it('fails with EXPIRED when compaction passed its position, if asked to detect it', async () => {
    const log = new MemoryLog();
    log.add(1, 2, 3);
    log.compacted = 2n;
    const strict = new LogTail(tailOf(log), { detectCompaction: true });
    await strict.open(1n);
    await expect(strict.catchUp(() => {})).rejects.toMatchObject({ code: 'EXPIRED' });
    expect(strict.position).toBe(1n);
    await strict.close();
  });

  it('stops after the current page once aborted', async () => {
    const log = new MemoryLog();
    log.add(1, 2, 3, 4);
    const tail = new LogTail(tailOf(log), { pageSize: 1 });
    await tail.open(0n);
    const abort = new AbortController();
    const seen: number[] = [];
    await tail.catchUp((events) => {
      seen.push(...revisions(events));
      abort.abort();
    }, abort.signal);
    expect(seen).toEqual([1]);
    expect(tail.position).toBe(1n);
    await tail.close();
  });
});

describe('LogTail wake-ups', () => {
  it('keeps a wake-up that arrives while no one waits, so the next wait returns at once', async () => {
    const tail = new LogTail(tailOf(new MemoryLog()), { pollIntervalMs: 60_000 });
    tail.wake('notify');
    expect(await tail.wait()).toBe('notify');
  });

  it('answers a wait with poll when nothing wakes it within the interval', async () => {
    const tail = new LogTail(tailOf(new MemoryLog()), { pollIntervalMs: 60_000 });
    expect(await tail.wait(5)).toBe('poll');
  });

  it('wakes on writes of its own process unless told not to', async () => {
    const writes = new EventEmitter();
    const tail = new LogTail(tailOf(new MemoryLog(), writes), { pollIntervalMs: 60_000 });
    await tail.open(0n);
    const woken = tail.wait();
    writes.emit('write', 1n);
    expect(await woken).toBe('write');
    await tail.close();
    const deaf = new LogTail(tailOf(new MemoryLog(), writes), { pollIntervalMs: 60_000, wakeOnLocalWrites: false });
    await deaf.open(0n);
    writes.emit('write', 2n);
    expect(await deaf.wait(5)).toBe('poll');
    await deaf.close();
  });

  it('does not wake for a write of a kind its consumer does not follow, and does for one of unknown kind', async () => {
    const writes = new EventEmitter();
    const tail = new LogTail(tailOf(new MemoryLog(), writes), { pollIntervalMs: 60_000, kinds: () => ['Pod'] });
    await tail.open(0n);
    writes.emit('write', 1n, 'Lease');
    expect(await tail.wait(5)).toBe('poll');
    writes.emit('write', 2n, 'Pod');
    expect(await tail.wait(5)).toBe('write');
    // A statement that may have written several kinds (binds, deleteMany) says none.
    writes.emit('write', 3n, undefined);
    expect(await tail.wait(5)).toBe('write');
    expect(tail.stats().ignoredWakeups).toBe(1);
    await tail.close();
  });
});

describe('notification payloads', () => {
  it('carry the oldest commit time and the kinds written, or * for any kind', () => {
    expect(parseNotifyPayload(notifyPayload(1_700_000_000_123.4567, new Set(['Lease', 'Node'])))).toEqual({ sent: 1_700_000_000_123.457, kinds: ['Lease', 'Node'] });
    expect(parseNotifyPayload(notifyPayload(5, undefined))).toEqual({ sent: 5, kinds: undefined });
    expect(parseNotifyPayload(notifyPayload(5, new Set()))).toEqual({ sent: 5, kinds: [] });
    // A bare time (an older writer) concerns every kind.
    expect(parseNotifyPayload('12.5')).toEqual({ sent: 12.5, kinds: undefined });
  });
});

describe('LogTail.start', () => {
  it('delivers what a wake-up announces and counts what started each pass', async () => {
    const log = new MemoryLog();
    const tail = new LogTail(tailOf(log), { pollIntervalMs: 60_000 });
    await tail.open();
    const seen: number[] = [];
    tail.start((events) => void seen.push(...revisions(events)));
    log.add(1, 2);
    tail.wake('notify');
    await until(() => seen.length === 2);
    expect(seen).toEqual([1, 2]);
    expect(tail.stats().wakeups.notify).toBe(1);
    await tail.close();
  });

  it('reads nothing while idle and moves its position at most once per idle interval', async () => {
    const log = new MemoryLog();
    const tail = new LogTail(tailOf(log), { pollIntervalMs: 60_000, isIdle: () => true, idleIntervalMs: 200 });
    await tail.open();
    tail.start(() => {
      throw new Error('an idle tail handed events over');
    });
    log.add(1);
    tail.wake('notify');
    await until(() => tail.position === 1n);
    // A burst of notifications inside the interval: no move until it ends, and no read at all.
    const movedAt = Date.now();
    for (let r = 2; r <= 5; r++) {
      log.add(r);
      tail.wake('notify');
      await new Promise((res) => setTimeout(res, 5));
    }
    expect(tail.position).toBe(1n);
    await until(() => tail.position === 5n);
    expect(Date.now() - movedAt).toBeGreaterThanOrEqual(150);
    expect(log.reads).toBe(0);
    expect(tail.stats().idleMoves).toBe(2);
    await tail.close();
  });

  it('ends the idle wait at once when a consumer appears, and reads from the old position on', async () => {
    const log = new MemoryLog();
    let idle = true;
    const tail = new LogTail(tailOf(log), { pollIntervalMs: 60_000, isIdle: () => idle, idleIntervalMs: 60_000 });
    await tail.open();
    const seen: number[] = [];
    tail.start((events) => void seen.push(...revisions(events)));
    log.add(1);
    tail.wake('notify');
    await until(() => tail.position === 1n);
    log.add(2, 3);
    idle = false;
    tail.wake('call');
    await until(() => seen.length === 2);
    expect(seen).toEqual([2, 3]);
    await tail.close();
  });

  it('does not move past events when a consumer appears while the idle move waits for the safe revision', async () => {
    const log = new MemoryLog();
    let idle = true;
    const tail = new LogTail(tailOf(log), { pollIntervalMs: 60_000, isIdle: () => idle, idleIntervalMs: 1 });
    await tail.open();
    const seen: number[] = [];
    tail.start((events) => void seen.push(...revisions(events)));
    let release!: () => void;
    log.hold = new Promise<void>((r) => (release = r));
    log.add(1, 2);
    tail.wake('notify');
    await until(() => tail.stats().wakeups.notify === 1);
    // The consumer registers at position 0 while the move is in flight: it must get 1 and 2 live.
    idle = false;
    tail.wake('call');
    log.hold = null;
    release();
    await until(() => seen.length === 2);
    expect(seen).toEqual([1, 2]);
    await tail.close();
  });

  it('retries a failed pass and reports the failure', async () => {
    const log = new MemoryLog();
    const errors: unknown[] = [];
    let fail = true;
    const real = log.readAfter.bind(log);
    log.readAfter = async (...args) => {
      if (fail) {
        fail = false;
        throw new Error('connection lost');
      }
      return real(...args);
    };
    const tail = new LogTail(tailOf(log), { pollIntervalMs: 60_000, onError: (e) => errors.push(e) });
    await tail.open();
    const seen: number[] = [];
    tail.start((events) => void seen.push(...revisions(events)));
    log.add(1);
    tail.wake('notify');
    await until(() => seen.length === 1);
    expect(errors).toHaveLength(1);
    await tail.close();
  });
});
