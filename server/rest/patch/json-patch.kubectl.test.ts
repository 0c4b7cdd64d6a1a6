import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CapstanError } from '../../errors.ts';
import { applyJsonPatch } from './json-patch.ts';
import { CASES } from './testdata/json-patch-cases.ts';

// Recorded by testdata/record-kubectl.ts with kubectl patch --local --type json.
const recorded = JSON.parse(readFileSync(new URL('./testdata/json-patch-kubectl.json', import.meta.url), 'utf8')) as {
  kubectl: string;
  records: { name: string; expected?: unknown; error?: string }[];
};
const byName = new Map(recorded.records.map((r) => [r.name, r]));

describe(`applyJsonPatch gives what kubectl ${recorded.kubectl} gives`, () => {
  it('for every recorded case', () => {
    expect(CASES.map((c) => c.name).sort()).toEqual([...byName.keys()].sort());
  });

  for (const c of CASES) {
    const record = byName.get(c.name)!;
    it(c.name, () => {
      if (record.error !== undefined) {
        expect(() => applyJsonPatch(c.original, c.patch)).toThrow(CapstanError);
      } else {
        expect(applyJsonPatch(c.original, c.patch)).toEqual(record.expected);
      }
    });
  }
});
