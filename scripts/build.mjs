// `npm run build` (also run by `npm ci` after `prisma generate`): compiles the `capstan`
// executable's code to JavaScript in dist/, so that `capstan` runs on plain node without tsx.
//
//   node scripts/build.mjs            build now
//   node scripts/build.mjs --if-stale build only when dist/ is missing or older than a source
//
// One esbuild run bundles four entries (the CLI, the API server, the workers, the node agent)
// with every npm package left external, ESM for node 20, code splitting on: what the entries
// share, and what the CLI imports lazily (`get` does not load `apply`), are chunks in
// dist/chunks/. dist/build.json lists the sources that went in, for the freshness check that
// bin/capstan.js makes on every start (build-freshness.mjs).
//
// Two things keep the compiled code behaving as the sources do:
// - `import.meta.url` in a source file still means that source file (the code reads
//   schema.graphql, package.json, migrations and data files beside it): every output file is two
//   folders below the repository (dist/cli/main.js, dist/chunks/x.js), so the file's own URL is
//   `new URL('../../<its source path>', import.meta.url)`.
// - A rebuild never breaks a process already running from dist/: files are written under a
//   temporary name and renamed into place, chunks are named by content hash and kept for a day
//   after a build stops using them, since a running server may still import one lazily.
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFreshness } from './build-freshness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The programs `capstan` runs: itself, and the components `capstan up` starts. */
export const ENTRIES = ['cli/main.ts', 'server/main.ts', 'workers/main.ts', 'node-agent/main.ts'];

/** How long a chunk no build uses any more is kept for processes started before. */
const OLD_CHUNK_KEEP_MS = 24 * 3600_000;

/**
 * Builds dist/ under `root`. Resolves to what was written; throws with esbuild's messages on a
 * compile error (dist/ is then left as it was).
 */
export async function build({ root = ROOT, quiet = false } = {}) {
  const esbuild = await import('esbuild');
  const outdir = path.join(root, 'dist');
  // Sources changed after this instant count as newer than the build, even if esbuild read them.
  const startedAt = Date.now();
  const t0 = performance.now();
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES.map((file) => ({ in: file, out: file.replace(/\.ts$/, '') })),
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    // Bundling renames clashing top-level names (`parse` → `parse2`); keep `.name` right.
    keepNames: true,
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [sourceFileUrls(root)],
  });
  for (const w of result.warnings) if (!quiet) process.stderr.write(`build: warning: ${w.text} (${w.location?.file ?? ''}:${w.location?.line ?? ''})\n`);

  const written = [];
  // Chunks before the entries that import them, and build.json last.
  const isChunk = (file) => /[/\\]chunks[/\\]/.test(file.path);
  for (const file of [...result.outputFiles].sort((a, b) => Number(isChunk(b)) - Number(isChunk(a)))) {
    const rel = path.relative(outdir, file.path);
    if (rel.split(path.sep).length !== 2) throw new Error(`build: ${rel} is not one folder below dist/: import.meta.url rewriting assumes it is`);
    written.push(rel);
    await writeAtomically(file.path, file.contents, isChunk(file));
  }
  await pruneOldChunks(path.join(outdir, 'chunks'), new Set(written.map((rel) => path.basename(rel))));

  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes('node_modules/') && !input.includes(':'))
    .sort();
  const stamp = { builtAt: startedAt, entries: ENTRIES, inputs: [...inputs, 'scripts/build.mjs', 'scripts/build-freshness.mjs'] };
  await writeAtomically(path.join(outdir, 'build.json'), `${JSON.stringify(stamp, null, 1)}\n`, false);
  const ms = Math.round(performance.now() - t0);
  if (!quiet) process.stdout.write(`build: ${ENTRIES.length} entries, ${inputs.length} sources → dist/ (${written.filter((f) => f.endsWith('.js')).length} files) in ${ms} ms\n`);
  return { ms, inputs: inputs.length, files: written };
}

/** Rewrites `import.meta.url` in project sources to the source file's own URL (see the top). */
function sourceFileUrls(root) {
  return {
    name: 'capstan-source-file-urls',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const rel = path.relative(root, args.path).split(path.sep).join('/');
        return { contents: text.replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(`../../${rel}`)}, import.meta.url).href`), loader: 'ts' };
      });
    },
  };
}

/**
 * Writes through a temporary file and a rename, so a process starting meanwhile reads the old
 * file or the new one, never half of one. A chunk that exists has the same content (its name
 * is its hash): left alone.
 */
async function writeAtomically(file, contents, contentNamed) {
  if (contentNamed && (await exists(file))) return;
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, contents);
  await rename(tmp, file);
}

async function pruneOldChunks(dir, current) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    if (current.has(name)) continue;
    const file = path.join(dir, name);
    try {
      if (now - (await stat(file)).mtimeMs > OLD_CHUNK_KEEP_MS) await unlink(file);
    } catch {
      /* removed meanwhile by another build */
    }
  }
}

async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  try {
    const state = ifStale ? distFreshness(ROOT) : { fresh: false };
    if (state.fresh) process.stdout.write('build: dist/ is up to date\n');
    else await build();
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND' && /'esbuild'/.test(err.message)) {
      process.stderr.write('build: esbuild is not installed: it is a dev dependency (npm ci without --omit=dev installs it)\n');
    } else {
      process.stderr.write(`${err.errors ? err.message : (err.stack ?? err)}\n`);
    }
    process.exit(1);
  }
}
