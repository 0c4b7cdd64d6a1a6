/** The executable schema: schema.graphql (the API's one definition) with the resolvers. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export function loadTypeDefs(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}

/** Fails at start, not at request time, when a root field has no resolver. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    resolverValidationOptions: { requireResolversForArgs: 'error', requireResolversToMatchSchema: 'error' },
  });
}
