import { describe, expect, it } from 'vitest';
import { compileLabelSelector, type LabelSelector } from './label-selector.ts';
import { compileNodeSelector, compileNodeSelectorTerm, parseInt64, type NodeSelectorTerm } from './node-selector.ts';

const node = { name: 'node-1', labels: { zone: 'a', cores: '8', weird: '8.5', big: '99999999999999999999' } };

describe('compileNodeSelectorTerm', () => {
  it.each<{ name: string; term: NodeSelectorTerm; want: boolean }>([
    { name: 'In matches a label with one of the values', term: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a', 'b'] }] }, want: true },
    { name: 'In does not match a missing label', term: { matchExpressions: [{ key: 'rack', operator: 'In', values: ['a'] }] }, want: false },
    { name: 'NotIn matches a missing label', term: { matchExpressions: [{ key: 'rack', operator: 'NotIn', values: ['a'] }] }, want: true },
    { name: 'NotIn rejects a label with one of the values', term: { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, want: false },
    { name: 'Exists matches a present label', term: { matchExpressions: [{ key: 'zone', operator: 'Exists' }] }, want: true },
    { name: 'DoesNotExist rejects a present label', term: { matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] }, want: false },
    { name: 'Gt compares integers', term: { matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['4'] }] }, want: true },
    { name: 'Lt compares integers', term: { matchExpressions: [{ key: 'cores', operator: 'Lt', values: ['4'] }] }, want: false },
    { name: 'Gt accepts a signed bound', term: { matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['-1'] }] }, want: true },
    { name: 'Gt does not match a node label that is not an integer', term: { matchExpressions: [{ key: 'weird', operator: 'Gt', values: ['1'] }] }, want: false },
    { name: 'Gt does not match a node label beyond int64', term: { matchExpressions: [{ key: 'big', operator: 'Gt', values: ['1'] }] }, want: false },
    { name: 'Gt with a non-integer bound makes the term match nothing', term: { matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['1.5'] }] }, want: false },
    { name: 'Lt with two values makes the term match nothing', term: { matchExpressions: [{ key: 'cores', operator: 'Lt', values: ['10', '20'] }] }, want: false },
    { name: 'Gt does not match a missing label', term: { matchExpressions: [{ key: 'rack', operator: 'Gt', values: ['1'] }] }, want: false },
    { name: 'In without values makes the term match nothing', term: { matchExpressions: [{ key: 'zone', operator: 'In', values: [] }] }, want: false },
    { name: 'Exists with values makes the term match nothing', term: { matchExpressions: [{ key: 'zone', operator: 'Exists', values: ['a'] }] }, want: false },
    { name: 'an unknown operator makes the term match nothing', term: { matchExpressions: [{ key: 'zone', operator: 'Equals', values: ['a'] }] }, want: false },
    { name: 'expressions of a term are ANDed', term: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }, { key: 'cores', operator: 'Lt', values: ['8'] }] }, want: false },
    { name: 'matchFields In matches the node name', term: { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }] }, want: true },
    { name: 'matchFields NotIn rejects the node name', term: { matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['node-1'] }] }, want: false },
    { name: 'matchFields on another field makes the term match nothing', term: { matchFields: [{ key: 'metadata.uid', operator: 'In', values: ['node-1'] }] }, want: false },
    { name: 'matchFields with two values makes the term match nothing', term: { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1', 'node-2'] }] }, want: false },
    { name: 'matchFields and matchExpressions are ANDed', term: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }], matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-2'] }] }, want: false },
    { name: 'an empty term matches nothing', term: {}, want: false },
  ])('$name', ({ term, want }) => {
    expect(compileNodeSelectorTerm(term)(node)).toBe(want);
  });
});

describe('compileNodeSelector', () => {
  it('ORs its terms, so one invalid term does not spoil the others', () => {
    const selector = compileNodeSelector([
      { matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['x'] }] },
      { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] },
    ]);
    expect(selector(node)).toBe(true);
  });

  it('matches nothing without terms', () => {
    expect(compileNodeSelector([])(node)).toBe(false);
  });
});

describe('parseInt64', () => {
  it.each([
    ['42', 42n],
    ['+7', 7n],
    ['-7', -7n],
    ['007', 7n],
    ['9223372036854775807', 9223372036854775807n],
    ['9223372036854775808', undefined],
    ['1.0', undefined],
    ['1e3', undefined],
    [' 1', undefined],
    ['', undefined],
  ])('parses %j as %s', (text, want) => {
    expect(parseInt64(text)).toBe(want);
  });
});

describe('compileLabelSelector', () => {
  const labels = { app: 'web', tier: 'front' };
  it.each<{ name: string; selector: LabelSelector | undefined; want: boolean }>([
    { name: 'a missing selector matches nothing', selector: undefined, want: false },
    { name: 'an empty selector matches everything', selector: {}, want: true },
    { name: 'matchLabels must all be equal', selector: { matchLabels: { app: 'web', tier: 'back' } }, want: false },
    { name: 'matchLabels and expressions are ANDed', selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }] }, want: true },
    { name: 'an invalid expression matches nothing', selector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: [] }] }, want: false },
  ])('$name', ({ selector, want }) => {
    expect(compileLabelSelector(selector)(labels)).toBe(want);
  });
});
