import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('node_modules') && !f.includes('generated'))
    .map((f) => join(root, dir, f));
}

/** Top-level folders that a file's relative imports reach. */
function reachedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    out.push(relative(root, resolve(dirname(file), m[1]!)).split('/')[0]!);
  }
  return out;
}

describe('the API module boundary', () => {
  it('api/ imports nothing outside api/, so the browser and the agent can load it', () => {
    const offenders = sources('api').flatMap((f) => reachedFolders(f).filter((d) => d !== 'api').map((d) => `${relative(root, f)} → ${d}/`));
    expect(offenders).toEqual([]);
  });

  it('the node agent imports no server or workers code, only api/ and its own', () => {
    const offenders = sources('node-agent').flatMap((f) =>
      reachedFolders(f)
        .filter((d) => d === 'server' || d === 'workers' || d === 'cli')
        .map((d) => `${relative(root, f)} → ${d}/`),
    );
    expect(offenders).toEqual([]);
  });

  it('the server imports no workers code: the pure scheduler lives in server/scheduler, which workers import', () => {
    const offenders = sources('server').flatMap((f) => reachedFolders(f).filter((d) => d === 'workers').map((d) => `${relative(root, f)} → ${d}/`));
    expect(offenders).toEqual([]);
  });
});
