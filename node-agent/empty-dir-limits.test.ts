import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directoryUsage, emptyDirLimitExceeded, limitedEmptyDirs } from './empty-dir-limits.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-usage-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const MiB = 2 ** 20;

describe('directoryUsage', () => {
  it('counts the blocks of files in nested folders, a hard-linked file once, and does not follow symlinks', async () => {
    const empty = await directoryUsage(dir);
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    writeFileSync(path.join(dir, 'a/b/big'), Buffer.alloc(2 * MiB, 1));
    linkSync(path.join(dir, 'a/b/big'), path.join(dir, 'same'));
    symlinkSync('/usr', path.join(dir, 'usr'));
    const usage = await directoryUsage(dir);
    expect(usage.bytes - empty.bytes).toBeGreaterThanOrEqual(2 * MiB);
    expect(usage.bytes - empty.bytes).toBeLessThan(2.2 * MiB);
    expect(usage).toMatchObject({ entries: 6, truncated: false });
  });

  it('does not allocate for a sparse file what it never wrote', async () => {
    writeFileSync(path.join(dir, 'sparse'), '');
    truncateSync(path.join(dir, 'sparse'), 100 * MiB);
    expect((await directoryUsage(dir)).bytes).toBeLessThan(MiB);
  });

  it('stops at maxEntries and says the count is a lower bound', async () => {
    for (let i = 0; i < 10; i++) writeFileSync(path.join(dir, `f${i}`), 'x');
    expect(await directoryUsage(dir, 4)).toMatchObject({ entries: 4, truncated: true });
  });

  it('is zero for a folder that does not exist', async () => {
    expect(await directoryUsage(path.join(dir, 'missing'))).toEqual({ bytes: 0, entries: 0, truncated: false });
  });
});

describe('limitedEmptyDirs', () => {
  it('keeps disk emptyDirs with a sizeLimit, with the limit in bytes', () => {
    expect(
      limitedEmptyDirs([
        { name: 'scratch', emptyDir: { sizeLimit: '1Mi' } },
        { name: 'plain', emptyDir: {} },
        { name: 'mem', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } },
        { name: 'cfg', configMap: { name: 'x' } },
      ]),
    ).toEqual([{ name: 'scratch', sizeLimit: '1Mi', limitBytes: MiB }]);
  });
});

describe('emptyDirLimitExceeded', () => {
  const volumes = [
    { name: 'a', sizeLimit: '1Mi', limitBytes: MiB },
    { name: 'b', sizeLimit: '500k', limitBytes: 500_000 },
  ];

  it("is the kubelet's message for the first volume over its limit", () => {
    expect(emptyDirLimitExceeded(volumes, new Map([['a', MiB], ['b', 500_001]]))).toBe('Usage of EmptyDir volume "b" exceeds the limit "500k". ');
  });

  it('is null while every volume is at most at its limit', () => {
    expect(emptyDirLimitExceeded(volumes, new Map([['a', MiB], ['b', 10]]))).toBeNull();
  });
});
