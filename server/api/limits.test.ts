import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import { buildSchema, parse, validate } from './graphql-js.ts';
import { DEFAULT_LIMITS, limitRules, pageSize, resolveLimits } from './limits.ts';

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
    const limits = resolveLimits({ maxCost: 100, nestedListSize: 5 });
    // page 1 + items 1 + 10 × (name 1 + children 1 + 5 × name 1) = 72
    expect(errors('{ page(limit: 10) { items { name children { name } } } }', limits)).toEqual([]);
    // the same with a limit of 20: 1 + 1 + 20 × 7 = 142
    expect(errors('{ page(limit: 20) { items { name children { name } } } }', limits)).toEqual([
      'the query is too costly: estimated cost 142 exceeds 100 (select fewer fields, or ask for smaller pages with limit)',
    ]);
  });

  it('assumes the largest page when the limit is a variable or absent', () => {
    const limits = resolveLimits({ maxCost: 100, maxListLimit: 500 });
    expect(errors('{ page(limit: 50) { items { name } } }', limits)).toEqual([]);
    expect(errors('query($n: Int) { page(limit: $n) { items { name } } }', limits)).toHaveLength(1);
    expect(errors('{ page { items { name } } }', limits)).toHaveLength(1);
  });
});
