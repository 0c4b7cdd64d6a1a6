import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import { buildSchema, parse, validate } from './graphql-js.ts';
import type { OperationDefinitionNode } from 'graphql';
import { DEFAULT_LIMITS, limitRules, pageSize, resolveLimits, selectionCost } from './limits.ts';
import { DEFAULT_TIMINGS } from '../../node-agent/config.ts';

const schema = buildSchema(`
  type Item { name: String, tags: [String!], children: [Item!] }
  type Page { items: [Item!]!, next: String }
  type Query { page(limit: Int): Page!, item: Item }
`);

function errors(query: string, limits = DEFAULT_LIMITS): string[] {
  return validate(schema, parse(query), limitRules(limits)).map((e) => e.message);
}

describe('pageSize', () => {
  it('uses the maximum when no limit is asked, caps larger ones and refuses negative ones', () => {
    expect(pageSize(undefined, 500)).toBe(500);
    expect(pageSize(0, 500)).toBe(500);
    expect(pageSize(20, 500)).toBe(20);
    expect(pageSize(10_000, 500)).toBe(500);
    expect(() => pageSize(-1, 500)).toThrow(CapstanError);
  });
});

describe('depth limit', () => {
  it('counts fields through fragments and refuses deeper queries', () => {
    const limits = resolveLimits({ maxDepth: 3 });
    expect(errors('{ item { children { name } } }', limits)).toEqual([]);
    expect(errors('{ item { ...F } } fragment F on Item { children { children { name } } }', limits)).toEqual(['the query is 4 levels deep; at most 3 are allowed']);
  });

  it('does not count the ofType chains of introspection', () => {
    expect(errors('{ __type(name: "Item") { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } }', resolveLimits({ maxDepth: 4 }))).toEqual([]);
  });
});

describe('cost limit', () => {
  it('multiplies a paged list by its limit and other lists by the nested list size', () => {
    const limits = resolveLimits({ maxCost: 100, nestedListSize: 5, listItemCost: 1 });
    // page 1 + 10 reads + items 1 + 10 × (name 1 + children 1 + 5 × name 1) = 82
    expect(errors('{ page(limit: 10) { items { name children { name } } } }', limits)).toEqual([]);
    // the same with a limit of 20: 1 + 20 + 1 + 20 × 7 = 162
    expect(errors('{ page(limit: 20) { items { name children { name } } } }', limits)).toEqual([
      'the query is too costly: estimated cost 162 exceeds 100 (select fewer fields, or ask for smaller pages with limit)',
    ]);
  });

  it('assumes the largest page when the limit is a variable or absent', () => {
    const limits = resolveLimits({ maxCost: 200, maxListLimit: 500, listItemCost: 1 });
    expect(errors('{ page(limit: 50) { items { name } } }', limits)).toEqual([]);
    expect(errors('query($n: Int) { page(limit: $n) { items { name } } }', limits)).toHaveLength(1);
    expect(errors('{ page { items { name } } }', limits)).toHaveLength(1);
  });
});

describe('cost of aliases', () => {
  const aliases = (n: number, selection: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

  it('charges a paged list its page of object reads even when it selects none of the objects', () => {
    const limits = resolveLimits({ maxCost: 10_000, listItemCost: 10 });
    // page 1 + 500 × 10 reads + next 1
    expect(selectionCostOf('{ page { next } }', limits)).toBe(5_002);
    expect(selectionCostOf('{ page(limit: 5) { next } }', limits)).toBe(52);
  });

  it('counts every alias of a list as a list of its own and refuses 5,000 of them with the default limits', () => {
    expect(selectionCostOf(aliases(2, 'page { next }'), DEFAULT_LIMITS)).toBe(2 * selectionCostOf('{ page { next } }', DEFAULT_LIMITS));
    expect(errors(aliases(5_000, 'page { next }'))).toEqual([expect.stringMatching(/^the query is too costly: estimated cost \d+ exceeds 5000000/)]);
    expect(errors(aliases(5_000, 'page { items { name } }'))).toHaveLength(1);
    // One whole page is fine.
    expect(errors('{ page { items { name tags children { name } } } }')).toEqual([]);
  });
});

function selectionCostOf(query: string, limits = DEFAULT_LIMITS): number {
  const op = parse(query).definitions[0] as OperationDefinitionNode;
  return selectionCost(schema, op.selectionSet, schema.getQueryType()!, () => undefined, limits);
}

describe('keep-alive', () => {
  it("keeps an idle connection open longer than two of an agent's Lease renewals, so renewals reuse it", () => {
    expect(DEFAULT_LIMITS.keepAliveTimeoutMs).toBeGreaterThan(2 * DEFAULT_TIMINGS.leaseRenewMs);
  });
});
