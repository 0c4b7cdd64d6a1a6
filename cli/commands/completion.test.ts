import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindWords } from './completion.ts';

const BIN = new URL('../../bin/capstan.js', import.meta.url).pathname;

let dir: string;
let script: string;
let callsFile: string;

/**
 * A `capstan` on PATH for the script's name look-ups: records its arguments and prints names
 * as `capstan get KIND -o name` does (`pod/web-1`).
 */
function fakeCapstan(): string {
  const file = path.join(dir, 'bin', 'capstan');
  writeFileSync(
    file,
    `#!/bin/sh\necho "$*" >> ${JSON.stringify(callsFile)}\ncase "$2" in\n  pods) printf 'pod/web-1\\npod/web-2\\npod/db-0\\n' ;;\n  namespaces) printf 'namespace/default\\nnamespace/team-a\\n' ;;\n  deploy) printf 'deployment.apps/web\\n' ;;\nesac\n`,
  );
  chmodSync(file, 0o755);
  return file;
}

/** What `_capstan` offers for a command line whose last word is being completed. */
function complete(shell: 'bash' | 'zsh', words: string[]): string[] {
  const array = words.map((w) => `'${w}'`).join(' ');
  const probe =
    shell === 'bash'
      ? `source ${script}.bash; COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _capstan; printf '%s\\n' "\${COMPREPLY[@]}"`
      : `source ${script}.zsh; setopt ksharrays; COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _capstan; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const out = execFileSync(shell, ['-c', probe], { env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}` }, encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

const calls = (): string[] => {
  try {
    return readFileSync(callsFile, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-completion-'));
  execFileSync('mkdir', ['-p', path.join(dir, 'bin')]);
  callsFile = path.join(dir, 'calls');
  fakeCapstan();
  script = path.join(dir, 'capstan');
  // The scripts as the real executable prints them.
  for (const shell of ['bash', 'zsh']) writeFileSync(`${script}.${shell}`, execFileSync(process.execPath, [BIN, 'completion', shell], { encoding: 'utf8' }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('capstan completion bash', () => {
  it('completes command names', () => {
    expect(complete('bash', ['capstan', 'g'])).toEqual(['get']);
    expect(complete('bash', ['capstan', 'comp'])).toEqual(['completion']);
  });

  it("completes a command's flags, the global ones included", () => {
    expect(complete('bash', ['capstan', 'get', '--sh'])).toEqual(['--show-labels']);
    expect(complete('bash', ['capstan', 'get', 'pods', '--request-t'])).toEqual(['--request-timeout']);
    expect(complete('bash', ['capstan', 'up', '--li'])).toEqual(['--listen']);
  });

  it('completes resource kinds from the kind table, short names included', () => {
    expect(complete('bash', ['capstan', 'get', 'po'])).toEqual(['po', 'pod', 'pods']);
    expect(complete('bash', ['capstan', 'describe', 'deploy'])).toEqual(['deploy', 'deployment', 'deployments']);
    expect(kindWords()).toEqual(expect.arrayContaining(['serviceaccounts', 'sa', 'pvc', 'leases']));
  });

  it('completes object names by asking capstan get KIND -o name, with the namespace given', () => {
    rmSync(callsFile, { force: true });
    expect(complete('bash', ['capstan', 'get', 'pods', '-n', 'team-a', 'w'])).toEqual(['web-1', 'web-2']);
    expect(calls()).toEqual(['get pods -o name --request-timeout 5s -n team-a']);
    expect(complete('bash', ['capstan', 'logs', 'd'])).toEqual(['db-0']);
  });

  it('completes KIND/NAME and the values of -n and -o', () => {
    expect(complete('bash', ['capstan', 'describe', 'deploy/'])).toEqual(['deploy/web']);
    expect(complete('bash', ['capstan', 'get', 'pods', '-n', 't'])).toEqual(['team-a']);
    expect(complete('bash', ['capstan', 'get', 'pods', '-o', 'y'])).toEqual(['yaml']);
  });

  it("completes a command's words (rollout status, completion bash)", () => {
    expect(complete('bash', ['capstan', 'rollout', 's'])).toEqual(['status']);
    expect(complete('bash', ['capstan', 'completion', ''])).toEqual(['bash', 'zsh']);
  });

  it('prints usage and exits 2 without a shell name', () => {
    const run = spawnSync(process.execPath, [BIN, 'completion', 'fish'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('name the shell: capstan completion bash|zsh');
  });
});

// zsh runs the same function through bashcompinit; CI machines may lack zsh.
const hasZsh = spawnSync('zsh', ['-c', 'true']).status === 0;

describe.skipIf(!hasZsh)('capstan completion zsh', () => {
  // zsh's completion system matches the typed prefix itself (bashcompinit's compgen offers all).
  it('loads in zsh and offers the kinds, then the names of the kind given', () => {
    expect(complete('zsh', ['capstan', 'get', 'po'])).toEqual(kindWords());
    expect(complete('zsh', ['capstan', 'get', 'pods', 'w'])).toEqual(['web-1', 'web-2', 'db-0']);
    expect(complete('zsh', ['capstan', 'rollout', ''])).toEqual(['status', 'history', 'undo', 'restart']);
  });
});
