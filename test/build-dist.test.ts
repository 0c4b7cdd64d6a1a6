/**
 * The compiled `capstan` (scripts/build.mjs → dist/, run by bin/capstan.js): what the build
 * writes, how bin/capstan.js tells a stale build, and what it says when it cannot rebuild.
 * dist/ itself was built by the tests' global setup (test/build-dist.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFreshness } from '../scripts/build-freshness.mjs';
import { ENTRIES } from '../scripts/build.mjs';
import { ROOT } from './harness.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A folder with bin/capstan.js and the build scripts, and no node_modules: esbuild is missing. */
function bareCheckout(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-build-'));
  temps.push(dir);
  for (const file of ['bin/capstan.js', 'scripts/build.mjs', 'scripts/build-freshness.mjs', 'package.json']) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  return dir;
}

function stamp(dir: string, inputs: string[], builtAt: number): void {
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'dist/build.json'), JSON.stringify({ builtAt, entries: [], inputs }));
}

const runBin = (dir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(dir, 'bin/capstan.js'), 'version'], { encoding: 'utf8', env: { ...process.env, CAPSTAN_BUILD_CHECK: '1', ...env } });

describe('the build', () => {
  it('writes one file per entry, and compiled code imports no TypeScript', () => {
    for (const entry of ENTRIES) expect(readdirSync(path.join(ROOT, 'dist', path.dirname(entry)))).toContain(path.basename(entry).replace(/\.ts$/, '.js'));
    const files = ['cli', 'server', 'workers', 'node-agent', 'chunks'].flatMap((d) =>
      readdirSync(path.join(ROOT, 'dist', d))
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join(ROOT, 'dist', d, f)),
    );
    // A literal `.ts` import, or one the bundler could not follow (a computed URL).
    const tsImports = files.filter((f) => /(?:from|import\()\s*["'][^"']+\.ts["']|import\(new URL\(/.test(readFileSync(f, 'utf8')));
    expect(tsImports).toEqual([]);
  });

  it('runs each component compiled: the agent, the server and the workers answer --help', () => {
    for (const [command, usage] of [
      ['agent', /^usage: capstan agent /m],
      ['server', /^Usage: capstan server /m],
      ['workers', /^usage: capstan workers /m],
    ] as const) {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/capstan.js'), command, '--help'], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout + run.stderr).toMatch(usage);
    }
  });
});

describe('distFreshness', () => {
  it('is fresh while no source the build used changed, and names the first one that did', () => {
    const dir = bareCheckout();
    writeFileSync(path.join(dir, 'a.ts'), '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, 'a.ts'), past, past);
    stamp(dir, ['a.ts'], Date.now() - 30_000);
    expect(distFreshness(dir)).toEqual({ fresh: true });

    utimesSync(path.join(dir, 'a.ts'), new Date(), new Date());
    expect(distFreshness(dir)).toEqual({ fresh: false, reason: 'a.ts changed since dist/ was built' });

    rmSync(path.join(dir, 'a.ts'));
    expect(distFreshness(dir)).toEqual({ fresh: false, reason: 'a.ts was removed since dist/ was built' });
  });

  it('is stale without a build', () => {
    expect(distFreshness(bareCheckout())).toEqual({ fresh: false, reason: 'dist/ has not been built' });
  });
});

describe('bin/capstan.js with a stale dist/', () => {
  it('says how to rebuild and exits 1 when CAPSTAN_AUTO_BUILD=0', () => {
    const dir = bareCheckout();
    const run = runBin(dir, { CAPSTAN_AUTO_BUILD: '0' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`capstan: dist/ has not been built, and CAPSTAN_AUTO_BUILD=0 forbids rebuilding it here.\nRun 'npm run build' in ${dir}/ (npm ci does it too).\n`);
  });

  it('runs dist/ as it was built when CAPSTAN_BUILD_CHECK=0', () => {
    const dir = bareCheckout();
    writeFileSync(path.join(dir, 'a.ts'), '');
    stamp(dir, ['a.ts'], Date.now() - 60_000);
    mkdirSync(path.join(dir, 'dist/cli'), { recursive: true });
    writeFileSync(path.join(dir, 'dist/cli/main.js'), "export async function runCli(argv) { process.stdout.write('ran ' + argv.join(' ') + '\\n'); }\n");
    expect(runBin(dir, { CAPSTAN_AUTO_BUILD: '0' }).status).toBe(1);
    const run = runBin(dir, { CAPSTAN_BUILD_CHECK: '0' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ran version\n');
  });

  it('says how to rebuild and exits 1 when it cannot rebuild (no esbuild installed)', () => {
    const dir = bareCheckout();
    const run = runBin(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('capstan: dist/ has not been built, and it cannot be rebuilt here: esbuild (a dev dependency) is not installed.');
    expect(run.stderr).toContain("Run 'npm run build'");
  });
});
