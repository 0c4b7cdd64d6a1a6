import { describe, expect, it } from 'vitest';
import { compileLabelSelector, compileRequirement } from './label-selector.ts';

describe('compileLabelSelector', () => {
  it('matches nothing for a missing selector and everything for an empty one', () => {
    expect(compileLabelSelector(undefined)({ app: 'web' })).toBe(false);
    expect(compileLabelSelector({})({})).toBe(true);
  });

  it('ANDs matchLabels and matchExpressions as the server’s selectors do', () => {
    const m = compileLabelSelector({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] });
    expect(m({ app: 'web', tier: 'front' })).toBe(true);
    expect(m({ app: 'web' })).toBe(true);
    expect(m({ app: 'web', tier: 'db' })).toBe(false);
    expect(m({ app: 'api' })).toBe(false);
  });

  it('matches nothing for an invalid selector instead of throwing', () => {
    expect(compileLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })({ a: '' })).toBe(false);
    expect(compileLabelSelector({ matchExpressions: [{ key: 'a', operator: 'Near' }] })({ a: 'x' })).toBe(false);
  });
});

describe('compileRequirement', () => {
  it('compiles a valid requirement and refuses an invalid one', () => {
    expect(compileRequirement({ key: 'disk', operator: 'Exists' })!({ disk: 'ssd' })).toBe(true);
    expect(compileRequirement({ key: 'disk', operator: 'Exists', values: ['ssd'] })).toBeUndefined();
  });
});
