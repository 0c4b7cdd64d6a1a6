// Whether dist/ (scripts/build.mjs) still matches the sources: bin/capstan.js asks on every
// start, so this stays small and synchronous (a stat of each source the build used: ~2 ms).
//
// A source that is new since the build matters only once a source the build used imports it,
// and that source is then newer than the build: listing the used ones is enough.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * `{ fresh: true }`, or `{ fresh: false, reason }` with the reason in words: no build yet, or
 * the first source found that changed after it.
 */
export function distFreshness(root) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(root, 'dist', 'build.json'), 'utf8'));
  } catch {
    return { fresh: false, reason: 'dist/ has not been built' };
  }
  if (!Array.isArray(stamp.inputs) || typeof stamp.builtAt !== 'number') return { fresh: false, reason: 'dist/build.json is not from this build script' };
  for (const input of stamp.inputs) {
    let mtimeMs;
    try {
      mtimeMs = statSync(path.join(root, input)).mtimeMs;
    } catch {
      return { fresh: false, reason: `${input} was removed since dist/ was built` };
    }
    if (mtimeMs > stamp.builtAt) return { fresh: false, reason: `${input} changed since dist/ was built` };
  }
  return { fresh: true };
}
