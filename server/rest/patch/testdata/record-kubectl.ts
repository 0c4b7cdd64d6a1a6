/**
 * Records what kubectl's own patch code makes of each case — strategic merge (apimachinery,
 * with the compiled-in Kubernetes types and their struct tags) in strategic-merge-cases.ts,
 * JSON patch (evanphx/json-patch v4, as the API server uses it) in json-patch-cases.ts — into
 * the *-kubectl.json files the *.kubectl.test.ts tests compare against.
 *
 *   npx tsx server/rest/patch/testdata/record-kubectl.ts   # needs kubectl on PATH; no cluster
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KObject } from '../../../kinds/types.ts';
import { CASES as JSON_PATCH_CASES } from './json-patch-cases.ts';
import { CASES as STRATEGIC_MERGE_CASES } from './strategic-merge-cases.ts';

const dir = mkdtempSync(join(tmpdir(), 'patch-'));
const version = JSON.parse(execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' })) as { clientVersion: { gitVersion: string } };
const kubectl = version.clientVersion.gitVersion;

function record(file: string, type: 'strategic' | 'json', cases: { name: string; original: KObject; patch: unknown }[]): void {
  const records = cases.map((c) => {
    const objectFile = join(dir, 'object.json');
    writeFileSync(objectFile, JSON.stringify(c.original));
    try {
      const out = execFileSync('kubectl', ['patch', '-f', objectFile, '--local', '--type', type, '-p', JSON.stringify(c.patch), '-o', 'json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { name: c.name, expected: JSON.parse(out) as unknown };
    } catch (err) {
      return { name: c.name, error: String((err as { stderr?: string }).stderr ?? err).trim() };
    }
  });
  // One record a line: small diffs when a case changes.
  writeFileSync(new URL(file, import.meta.url), `{"kubectl": ${JSON.stringify(kubectl)}, "records": [\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
  console.log(`${file}: ${records.length} cases (${records.filter((r) => 'error' in r).length} rejected) with kubectl ${kubectl}`);
}

record('./strategic-merge-kubectl.json', 'strategic', STRATEGIC_MERGE_CASES);
record('./json-patch-kubectl.json', 'json', JSON_PATCH_CASES);
rmSync(dir, { recursive: true });
