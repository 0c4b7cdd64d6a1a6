import { spawn } from 'node:child_process';
import { existsSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Cgroups } from './cgroups.ts';

// A folder of its own, so no other test's or agent's cgroups are touched.
const cgroups = Cgroups.detect({ name: `capstan-test-${process.pid}` });
const bases = cgroups.pathsFor('x', 'y').map((p) => path.dirname(path.dirname(p)));

afterAll(() => {
  for (const base of bases) {
    try {
      rmdirSync(base);
    } catch {
      // not there
    }
  }
});

describe('cgroups', () => {
  it('clears empty cgroups left by agents that are gone, and never one with a process in it', async (ctx) => {
    if (cgroups.mode === 'none') {
      console.log(`skipped: no usable cgroups on this host (${cgroups.reason})`);
      ctx.skip();
    }
    cgroups.ensurePod('gone-pod', { memoryBytes: 64 * 1024 * 1024 });
    const empty = cgroups.createContainer('gone-pod', 'gone-container', {});
    cgroups.ensurePod('live-pod', {});
    const live = cgroups.createContainer('live-pod', 'live-container', {});
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      for (const procs of cgroups.procsFiles(live)) writeFileSync(procs, String(sleeper.pid));
      expect(cgroups.pids(live)).toEqual([sleeper.pid]);

      expect(cgroups.removeEmpty(60_000)).toBe(0); // all of them are too young
      expect(cgroups.removeEmpty(0)).toBe(2 * empty.dirs.length);
      expect(empty.dirs.some((d) => existsSync(d))).toBe(false);
      expect(empty.dirs.some((d) => existsSync(path.dirname(d)))).toBe(false);
      expect(live.dirs.every((d) => existsSync(d))).toBe(true);
    } finally {
      await cgroups.remove(live);
      await cgroups.remove({ dirs: live.dirs.map((d) => path.dirname(d)) });
    }
    expect(live.dirs.some((d) => existsSync(d))).toBe(false);
    expect(sleeper.signalCode ?? (await new Promise((r) => sleeper.once('exit', (_c, s) => r(s))))).toBe('SIGKILL');
  });
});
