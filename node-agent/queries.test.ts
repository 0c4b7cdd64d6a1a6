import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from './queries.ts';

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

describe("the agent's GraphQL documents", () => {
  const documents = Object.entries(queries as Record<string, unknown>).flatMap(([name, text]) =>
    typeof text === 'string' && /^\s*(query|mutation|subscription)\b/.test(text) ? [[name, text] as const] : [],
  );

  it.each(documents)('%s is valid against schema.graphql', (_name, text) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });
});
