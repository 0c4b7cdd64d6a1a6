/**
 * vitest's global setup: builds dist/ (scripts/build.mjs) once before any test file runs when a
 * source changed since the last build, so that tests that start `capstan` as users do
 * (bin/capstan.js: test/cluster.ts, the `capstan up` and CLI tests) run today's code compiled,
 * and none of them rebuilds it concurrently. On a fresh clone `npm ci` has built it already.
 */
import { fileURLToPath } from 'node:url';
import { build } from '../scripts/build.mjs';
import { distFreshness } from '../scripts/build-freshness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export default async function setup(): Promise<void> {
  const state = distFreshness(ROOT);
  if (state.fresh) return;
  process.stderr.write(`test setup: ${state.reason}: building dist/\n`);
  await build({ root: ROOT, quiet: true });
}
