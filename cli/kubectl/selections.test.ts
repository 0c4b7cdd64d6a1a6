import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KIND_LIST } from '../../api/kinds.ts';
import { selectionFor } from './selections.ts';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

describe('selectionFor', () => {
  it('asks for nested fields and leaves out the computed scheduling explanation and template names', () => {
    const pod = selectionFor('Pod');
    expect(pod).toContain('metadata { name generateName namespace');
    expect(pod).toContain('containerStatuses { name state { waiting { reason message }');
    expect(pod).not.toContain('schedulingExplanation');
    expect(selectionFor('Pod', [])).toContain('schedulingExplanation { message nodeName nodes {');
    expect(selectionFor('Deployment')).toContain('template { metadata { generateName namespace');
  });

  it.each(KIND_LIST.map((k) => [k.kind, k] as const))("%s's whole selection is a valid query against schema.graphql", (_kind, k) => {
    const args = k.namespaced ? '(namespace: "default", name: "x")' : '(name: "x")';
    const query = `query { ${k.graphql.get}${args} ${selectionFor(k.kind, [])} }`;
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('names a kind it has no selection for', () => {
    expect(() => selectionFor('Gadget')).toThrow(/no kind Gadget/);
  });
});
