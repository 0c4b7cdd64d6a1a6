import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readObjectTypes, selectionFor } from './selections.ts';

const sdl = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
const named = (t: TypeNode): string => (t.kind === 'NamedType' ? t.name.value : named(t.type));

describe('readObjectTypes', () => {
  it("reads every object type of schema.graphql with the same fields and types as graphql's parser", () => {
    const expected = new Map<string, { name: string; type: string; hasArguments: boolean }[]>();
    for (const def of parse(sdl).definitions) {
      if (def.kind !== 'ObjectTypeDefinition') continue;
      expected.set(
        def.name.value,
        (def.fields ?? []).map((f) => ({ name: f.name.value, type: named(f.type), hasArguments: (f.arguments ?? []).length > 0 })),
      );
    }
    expect(Object.fromEntries(readObjectTypes(sdl))).toEqual(Object.fromEntries(expected));
  });
});

describe('selectionFor', () => {
  it('asks for nested fields and leaves out the computed scheduling explanation and template names', () => {
    const pod = selectionFor('Pod');
    expect(pod).toContain('metadata { name generateName namespace');
    expect(pod).toContain('containerStatuses { name state { waiting { reason message }');
    expect(pod).not.toContain('schedulingExplanation');
    expect(selectionFor('Pod', [])).toContain('schedulingExplanation { message nodeName nodes {');
    expect(selectionFor('Deployment')).toContain('template { metadata { generateName namespace');
  });
});
