import { describe, expect, it } from 'vitest';
import { humanDuration } from './output.ts';
import { parseCommandLine, durationMs } from './args.ts';
import { unifiedDiff } from './unified-diff.ts';

describe('unifiedDiff', () => {
  it('prints changed lines with three lines of context in diff -u hunks', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';
    const after = before.replace('e\n', 'E\n');
    expect(unifiedDiff(before, after, 'old', 'new')).toBe('--- old\n+++ new\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n');
  });

  it('prints a whole text as added against nothing, and nothing for equal texts', () => {
    expect(unifiedDiff('', 'x\ny\n', '/dev/null', 'new')).toBe('--- /dev/null\n+++ new\n@@ -0,0 +1,2 @@\n+x\n+y\n');
    expect(unifiedDiff('x\n', 'x\n', 'a', 'b')).toBe('');
  });
});

describe('humanDuration', () => {
  it("prints ages as kubectl does", () => {
    expect([59_000, 119_000, 150_000, 600_000, 3 * 3600_000 + 5 * 60_000, 30 * 3600_000, 3 * 86400_000 + 3600_000, 400 * 86400_000].map(humanDuration)).toEqual([
      '59s',
      '119s',
      '2m30s',
      '10m',
      '3h5m',
      '30h',
      '3d1h',
      '400d',
    ]);
  });
});

describe('parseCommandLine', () => {
  const specs = [
    { name: 'namespace', short: 'n', type: 'string', description: '' },
    { name: 'all-namespaces', short: 'A', type: 'boolean', description: '' },
    { name: 'watch', short: 'w', type: 'boolean', description: '' },
    { name: 'filename', short: 'f', type: 'list', description: '' },
    { name: 'dry-run', type: 'optional', default: 'client', description: '' },
  ] as const;

  it('takes flags anywhere, in every spelling kubectl accepts', () => {
    const r = parseCommandLine(['get', '-nfoo', 'pods', '-Aw', '--dry-run', '-f', 'a.yaml', '--filename=b.yaml', 'web', '--', '-x'], specs as any);
    expect(r.positionals).toEqual(['get', 'pods', 'web', '-x']);
    expect(r.flags).toEqual({ namespace: 'foo', 'all-namespaces': true, watch: true, 'dry-run': 'client', filename: ['a.yaml', 'b.yaml'] });
  });

  it('refuses unknown flags and missing values', () => {
    expect(() => parseCommandLine(['--nope'], specs as any)).toThrow('unknown flag: --nope');
    expect(() => parseCommandLine(['-n'], specs as any)).toThrow('flag needs an argument');
  });

  it('reads Go durations', () => {
    expect(durationMs('1h30m', 'since')).toBe(5_400_000);
    expect(durationMs('90', 'since')).toBe(90_000);
    expect(() => durationMs('5 minutes', 'since')).toThrow('a duration like');
  });
});
