/**
 * Records what kubectl's own strategic merge (apimachinery, with the compiled-in Kubernetes
 * types and their struct tags) makes of each case in strategic-merge-cases.ts, into
 * strategic-merge-kubectl.json, which strategic-merge.kubectl.test.ts compares against.
 *
 *   npx tsx server/rest/patch/testdata/record-kubectl.ts   # needs kubectl on PATH; no cluster
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES } from './strategic-merge-cases.ts';

const dir = mkdtempSync(join(tmpdir(), 'smp-'));
const version = execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
const records = CASES.map((c) => {
  const file = join(dir, 'object.json');
  writeFileSync(file, JSON.stringify(c.original));
  try {
    const out = execFileSync('kubectl', ['patch', '-f', file, '--local', '--type', 'strategic', '-p', JSON.stringify(c.patch), '-o', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { name: c.name, expected: JSON.parse(out) as unknown };
  } catch (err) {
    return { name: c.name, error: String((err as { stderr?: string }).stderr ?? err).trim() };
  }
});
rmSync(dir, { recursive: true });
const kubectl = (JSON.parse(version) as { clientVersion: { gitVersion: string } }).clientVersion.gitVersion;
// One record a line: small diffs when a case changes.
writeFileSync(new URL('./strategic-merge-kubectl.json', import.meta.url), `{"kubectl": ${JSON.stringify(kubectl)}, "records": [\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
console.log(`recorded ${records.length} cases with kubectl ${kubectl}`);
