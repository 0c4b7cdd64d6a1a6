#!/usr/bin/env node
/**
 * Builds the dashboard and the playground (dashboard/ → dashboard/dist) when the build is
 * missing or older than its sources, so `capstan up` and the browser tests can call it every
 * time and pay for a build only after a change. `--force` always builds.
 *
 *   node scripts/build-dashboard.mjs [--force]
 *
 * As a module: `await buildDashboard({ force, log })` resolves to 'built' or 'fresh'.
 * The build goes to a temporary folder that replaces dist/ when complete, so a server never
 * serves a half-written build and two builds at once do not corrupt each other.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DASHBOARD_DIR = path.join(ROOT, 'dashboard');
export const DIST_DIR = path.join(DASHBOARD_DIR, 'dist');

/** What a build depends on: the dashboard's sources and configuration, and the installed packages. */
function sourceFiles() {
  const files = [path.join(ROOT, 'package-lock.json')];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'dist' || entry.name.startsWith('dist.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(DASHBOARD_DIR);
  return files.filter((f) => existsSync(f));
}

/** Why a build is needed, or null when dist/ is newer than every source. */
export function staleReason() {
  const stamp = path.join(DIST_DIR, 'index.html');
  if (!existsSync(stamp) || !existsSync(path.join(DIST_DIR, 'playground.html'))) return 'no build yet';
  const built = statSync(stamp).mtimeMs;
  const newer = sourceFiles().find((f) => statSync(f).mtimeMs > built);
  return newer ? `${path.relative(ROOT, newer)} changed` : null;
}

export async function buildDashboard({ force = false, log = () => {} } = {}) {
  const reason = force ? 'forced' : staleReason();
  if (!reason) return 'fresh';
  log(`building the dashboard (${reason})`);
  const { build } = await import('vite');
  const tmp = `${DIST_DIR}.${process.pid}-${Date.now()}`;
  try {
    await build({
      configFile: path.join(DASHBOARD_DIR, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: tmp, emptyOutDir: true },
    });
    rmSync(DIST_DIR, { recursive: true, force: true });
    try {
      renameSync(tmp, DIST_DIR);
    } catch (err) {
      // Another build finished first and its dist/ is as new as this one.
      if (err?.code !== 'ENOTEMPTY' && err?.code !== 'EEXIST') throw err;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return 'built';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  buildDashboard({ force: process.argv.includes('--force'), log: (m) => console.log(m) }).then(
    (result) => console.log(result === 'built' ? `dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path.relative(process.cwd(), DIST_DIR)}` : 'dashboard build is up to date'),
    (err) => {
      console.error(`dashboard build failed: ${err?.message ?? err}`);
      process.exit(1);
    },
  );
}
