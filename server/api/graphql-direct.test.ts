import { makeExecutableSchema } from '@graphql-tools/schema';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import type { ApiContext } from './context.ts';
import { createErrorFormatter } from './errors.ts';
import { DirectGraphql, type DirectGraphqlOptions } from './graphql-direct.ts';
import { depthLimitRule } from './limits.ts';

const schema = makeExecutableSchema({
  typeDefs: `
    type Item { name: String!, child: Item }
    input ItemInput { name: String! }
    type Query { item(name: String!): Item }
    type Mutation { create(item: ItemInput!): Item! }
    type Subscription { items: Item }
  `,
  resolvers: {
    Query: { item: (_: unknown, { name }: { name: string }) => (name === 'missing' ? null : { name }) },
    Mutation: {
      create: (_: unknown, { item }: { item: { name: string } }) => {
        if (item.name === 'taken') throw new CapstanError('ALREADY_EXISTS', 'items "taken" already exists');
        return item;
      },
    },
    Subscription: { items: { subscribe: async function* () {} } },
  },
});

const observed: { name: string | null | undefined; type: string }[] = [];
function direct(overrides: Partial<DirectGraphqlOptions> = {}): DirectGraphql {
  const logger = pino({ level: 'silent' });
  return new DirectGraphql({
    schema,
    rules: [depthLimitRule(3)],
    maxQueryTokens: 1_000,
    format: createErrorFormatter({ logger }),
    metrics: { observeRequest: (name, type) => void observed.push({ name, type }) },
    logger,
    ...overrides,
  });
}
const ctx = { identity: { user: 'u', groups: [] }, authorize: async () => {} } as unknown as ApiContext;

const CREATE = 'mutation Create($item: ItemInput!) { create(item: $item) { name } }';

describe('DirectGraphql › accept', () => {
  it('takes a POSTed object with a valid query, and picks the named operation', () => {
    const d = direct();
    expect(d.accept({ query: CREATE, variables: { item: { name: 'a' } } }, {})?.operation.name?.value).toBe('Create');
    const two = `${CREATE} query Get { item(name: "a") { name } }`;
    expect(d.accept({ query: two, operationName: 'Get', variables: null }, { accept: 'application/json, */*' })?.operation.operation).toBe('query');
  });

  it('leaves to Apollo what it answers with an error or serves differently', () => {
    const d = direct();
    const refused = [
      [{ query: '{ item(name: "a") { name }' }, {}], // does not parse
      [{ query: '{ nope }' }, {}], // does not validate
      [{ query: '{ item(name: "a") { child { child { child { name } } } } }' }, {}], // too deep (the server's own rules)
      [{ query: `${CREATE} query Get { item(name: "a") { name } }` }, {}], // which operation?
      [{ query: 'subscription { items { name } }' }, {}],
      [[{ query: CREATE }], {}], // a batch
      [{ query: CREATE, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }, {}],
      [{ query: CREATE, variables: '{}' }, {}],
      [{ query: CREATE, operationName: 3 }, {}],
      [{ query: '' }, {}],
      [{ query: CREATE }, { accept: 'application/graphql-response+json' }],
      [{ query: CREATE }, { accept: 'application/json;q=0.5, text/html' }],
    ] as const;
    for (const [body, headers] of refused) expect(d.accept(body, headers), JSON.stringify(body)).toBeUndefined();
  });

  it('parses and validates a query text once', () => {
    const d = direct();
    const first = d.accept({ query: CREATE }, {})!.document;
    expect(d.accept({ query: CREATE }, {})!.document).toBe(first);
  });

  it('remembers a bounded number of query texts, forgetting the oldest', () => {
    const d = direct({ maxDocuments: 2 });
    const q = (n: number) => `query Q${n} { item(name: "${n}") { name } }`;
    const first = d.accept({ query: q(1) }, {})!.document;
    d.accept({ query: q(2) }, {});
    expect(d.accept({ query: q(1) }, {})!.document).toBe(first);
    d.accept({ query: q(3) }, {});
    expect(d.accept({ query: q(1) }, {})!.document).not.toBe(first);
  });
});

describe('DirectGraphql › execute', () => {
  it('answers data as Apollo does: status 200, JSON with a newline, the operation in the metrics', async () => {
    const d = direct();
    observed.length = 0;
    const answer = await d.execute(d.accept({ query: CREATE, variables: { item: { name: 'a' } } }, {})!, ctx, {});
    expect(answer).toEqual({ status: 200, headers: [['content-type', 'application/json; charset=utf-8']], body: '{"data":{"create":{"name":"a"}}}\n' });
    expect(observed).toEqual([{ name: 'Create', type: 'mutation' }]);
  });

  it('answers a resolver’s CapstanError with its code and path, and status 200', async () => {
    const d = direct();
    const answer = await d.execute(d.accept({ query: CREATE, variables: { item: { name: 'taken' } } }, {})!, ctx, {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      errors: [{ message: 'items "taken" already exists', locations: [{ line: 1, column: 38 }], path: ['create'], extensions: { code: 'ALREADY_EXISTS' } }],
      data: null,
    });
  });

  it('answers variables that do not coerce with 400 and INVALID naming the input path', async () => {
    const d = direct();
    const answer = await d.execute(d.accept({ query: CREATE, variables: { item: { name: 7 } } }, {})!, ctx, {});
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.body);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions).toMatchObject({ code: 'INVALID', field: 'item.name' });
  });
});
