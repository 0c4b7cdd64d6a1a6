#!/usr/bin/env node
// The `capstan` executable: runs the compiled CLI in dist/ (scripts/build.mjs, run by `npm ci`)
// on plain node. When a source changed since that build, it rebuilds first (about a second);
// if it cannot, it says so and how to (`npm run build`). CAPSTAN_AUTO_BUILD=0 turns the rebuild
// off: then a stale dist/ is an error. CAPSTAN_BUILD_CHECK=0 skips the check and runs dist/ as
// it was built (the tests set it: their global setup builds once, and a source edited during a
// run must not make each `capstan` they start rebuild it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distFreshness } from '../scripts/build-freshness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The executable runs in production mode unless told otherwise (tests set NODE_ENV=test). It
// matters to graphql-js: outside production, each of its many internal instanceof checks that
// fails looks a second time for a copy of graphql from another module (about 2 % of the API
// server's CPU per mutation). Apollo's and graphql-ws' choices that follow NODE_ENV are set
// explicitly in server/api/api-server.ts, so they do not change with it.
process.env.NODE_ENV ??= 'production';

const state = process.env.CAPSTAN_BUILD_CHECK === '0' && existsSync(new URL('../dist/build.json', import.meta.url)) ? { fresh: true } : distFreshness(ROOT);
if (!state.fresh) await rebuild(state.reason);

const { runCli } = await import('../dist/cli/main.js');
await runCli(process.argv.slice(2));

async function rebuild(reason) {
  const howTo = "Run 'npm run build' in " + ROOT + ' (npm ci does it too).';
  if (process.env.CAPSTAN_AUTO_BUILD === '0') fail(`capstan: ${reason}, and CAPSTAN_AUTO_BUILD=0 forbids rebuilding it here.\n${howTo}`);
  let build;
  try {
    ({ build } = await import('../scripts/build.mjs'));
    await import('esbuild');
  } catch {
    fail(`capstan: ${reason}, and it cannot be rebuilt here: esbuild (a dev dependency) is not installed.\n${howTo}`);
  }
  process.stderr.write(`capstan: ${reason}: rebuilding dist/ (npm run build)\n`);
  try {
    await build({ root: ROOT, quiet: true });
  } catch (err) {
    fail(`capstan: rebuilding dist/ failed:\n${err?.message ?? err}\nFix the error, then run 'npm run build'.`);
  }
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
