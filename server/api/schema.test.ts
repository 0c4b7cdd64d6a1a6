import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import type { GraphQLNamedType, GraphQLObjectType, GraphQLType, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.ts';
import { buildSchema as parseSchema, getNamedType, isInputObjectType, isObjectType, parse } from './graphql-js.ts';
import { DEFAULT_LIMITS, selectionCost } from './limits.ts';
import { buildSchema, loadTypeDefs } from './schema.ts';

const schema = parseSchema(loadTypeDefs());

/** `[Foo!]!` → `[FooInput!]!`, the input twin of an output type reference. */
function inputTwin(type: GraphQLType): string {
  const named = getNamedType(type);
  const twin = isObjectType(named) ? `${named.name}Input` : named.name;
  return type.toString().replace(named.name, twin);
}

/** The deepest field path below a type (the schema's kinds have no cycles). */
function maxDepth(type: GraphQLNamedType): number {
  if (!isObjectType(type)) return 0;
  return 1 + Math.max(0, ...Object.values(type.getFields()).map((f) => maxDepth(getNamedType(f.type))));
}

/** A selection of every field of a type. */
function everything(type: GraphQLObjectType): string {
  const fields = Object.values(type.getFields()).map((f) => {
    const named = getNamedType(f.type);
    return isObjectType(named) ? `${f.name} ${everything(named)}` : f.name;
  });
  return `{ ${fields.join(' ')} }`;
}

const COMPUTED_FIELDS = new Set(['Pod.schedulingExplanation']);

describe('schema.graphql', () => {
  it('gives every input type the fields of its output twin, so read objects can be written back', () => {
    const twins = Object.values(schema.getTypeMap()).filter((t) => isInputObjectType(t) && schema.getType(t.name.replace(/Input$/, '')));
    expect(twins.length).toBeGreaterThan(80);
    for (const input of twins) {
      if (!isInputObjectType(input)) continue;
      const output = schema.getType(input.name.replace(/Input$/, ''));
      if (!isObjectType(output)) continue;
      // Fields computed on read (Pod.schedulingExplanation) are not part of the object.
      const stored = Object.values(output.getFields()).filter((f) => !COMPUTED_FIELDS.has(`${output.name}.${f.name}`));
      const want = Object.fromEntries(stored.map((f) => [f.name, inputTwin(f.type)]));
      const have = Object.fromEntries(Object.values(input.getFields()).map((f) => [f.name, f.type.toString()]));
      // An input may leave optional what output always has (metadata.name, with generateName).
      for (const k of Object.keys(have)) if (have[k] === want[k]?.replace(/!$/, '')) want[k] = have[k]!;
      expect(have, input.name).toEqual(want);
    }
  });

  it('lets every field of every kind be selected within the depth limit', () => {
    for (const root of [schema.getQueryType()!, schema.getSubscriptionType()!, schema.getMutationType()!]) {
      expect(maxDepth(root), root.name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
    }
  });

  it('lets a full page of pods with every field pass the cost limit', () => {
    const op = parse(`{ pods(limit: 500) ${everything(schema.getType('PodList') as GraphQLObjectType)} }`).definitions[0] as OperationDefinitionNode;
    const cost = selectionCost(schema, op.selectionSet, schema.getQueryType()!, () => undefined, DEFAULT_LIMITS);
    expect(cost).toBeGreaterThan(100_000);
    expect(cost).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('has a resolver for every root field', () => {
    expect(() => buildSchema()).not.toThrow();
  });

  it('matches the committed generated resolver types (run npm run codegen after editing it)', async () => {
    // Codegen writes several files (api/generated.test.ts checks them all); this one is the server's.
    const outputs = (await generate({ ...codegenConfig, cwd: process.cwd(), silent: true }, false)) as { filename: string; content: string }[];
    const output = outputs.find((o) => o.filename === 'server/api/generated/graphql.ts');
    expect(output).toBeDefined();
    expect(output!.content).toBe(readFileSync(output!.filename, 'utf8'));
  });
});
