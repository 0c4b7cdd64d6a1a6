import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../process/test-support.ts';
import { LogFile } from './log-file.ts';

const tmp = tempDir('log-file');
afterAll(() => tmp.remove());

const metaDir = (name: string) => path.join(tmp.dir, `${name}-meta`);

function newLog(name: string, extra: { maxBytes?: number; maxFiles?: number } = {}): LogFile {
  const file = path.join(tmp.dir, `${name}.log`);
  appendFileSync(file, '');
  mkdirSync(metaDir(name), { recursive: true });
  return new LogFile({ path: file, metaDir: metaDir(name), ...extra });
}

describe('LogFile › sinceOffset', () => {
  it('starts at the mark before the first one at or after the cut: every later line, at most one interval of earlier ones', () => {
    const log = newLog('since');
    log.sample(1_000); // empty: offset 0
    appendFileSync(log.path, 'a\n'); // written in (1000, 2000]
    log.sample(2_000);
    log.sample(3_000); // no change: no mark, but the last sample moves on
    appendFileSync(log.path, 'b\n'); // written in (3000, 4000]
    log.sample(4_000);
    expect(log.sinceOffset(0, 5_000)).toBe(4); // nothing known after 4000 except what follows offset 4
    expect(log.sinceOffset(1.5, 5_000)).toBe(2); // cut 3500: "b" may be newer
    expect(log.sinceOffset(2.5, 5_000)).toBe(2); // cut 2500: "a" was sampled at 2000, before the cut
    expect(log.sinceOffset(3.5, 5_000)).toBe(0); // cut 1500: "a" may be newer
    expect(log.sinceOffset(10, 5_000)).toBe(0);
  });

  it('keeps marks across a new LogFile on the same files (an agent restart)', () => {
    const first = newLog('restart');
    first.sample(1_000);
    appendFileSync(first.path, 'old\n');
    first.sample(2_000);
    appendFileSync(first.path, 'new\n');
    first.sample(9_000);
    const second = new LogFile({ path: first.path, metaDir: metaDir('restart') });
    expect(second.sinceOffset(3, 10_000)).toBe(4);
  });

  it('thins old marks past 4096 without losing the recent ones', () => {
    const log = newLog('thin');
    for (let i = 0; i < 5000; i++) {
      appendFileSync(log.path, 'x\n');
      log.sample(i * 1000);
    }
    const marks = readFileSync(path.join(metaDir('thin'), 'log-marks'), 'utf8').trim().split('\n');
    expect(marks.length).toBeLessThan(4096);
    // The last second still has its exact mark.
    expect(log.sinceOffset(0.5, 4_999_000 + 500)).toBe(2 * 4999);
  });
});

describe('LogFile › rotation', () => {
  it('copies to .1, shifts older copies, drops past maxFiles, and keeps the stream offsets continuous', () => {
    const log = newLog('rotate', { maxBytes: 10, maxFiles: 3 });
    const written: string[] = [];
    for (let i = 0; i < 5; i++) {
      const chunk = `chunk-${i}-abcdef\n`;
      written.push(chunk);
      appendFileSync(log.path, chunk);
      log.sample(i * 1000);
    }
    expect(log.generation).toBe(5);
    expect(existsSync(`${log.path}.1`)).toBe(true);
    expect(existsSync(`${log.path}.2`)).toBe(true);
    expect(existsSync(`${log.path}.3`)).toBe(false);
    expect(readFileSync(`${log.path}.1`, 'utf8')).toBe(written[4]);
    expect(readFileSync(`${log.path}.2`, 'utf8')).toBe(written[3]);
    const segments = log.segments();
    const n = written[0]!.length;
    expect(segments.map((s) => s.start)).toEqual([3 * n, 4 * n, 5 * n]);
    expect(log.end()).toBe(5 * n);
    expect(log.tailOffset(1)).toBe(4 * n);
    expect(log.tailOffset(10)).toBe(3 * n);
  });
});
