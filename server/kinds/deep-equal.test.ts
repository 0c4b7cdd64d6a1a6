import { describe, expect, it } from 'vitest';
import { deepEqual, differingPaths } from './deep-equal.ts';

describe('deepEqual', () => {
  it.each([
    [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: null }, { a: undefined }, false],
    [{ a: '1' }, { a: 1 }, false],
  ])('compares %j and %j as %s', (a, b, equal) => {
    expect(deepEqual(a, b)).toBe(equal);
  });
});

describe('differingPaths', () => {
  it('names the innermost paths that differ', () => {
    const a = { containers: [{ name: 'a', command: ['x'] }], restartPolicy: 'Always' };
    const b = { containers: [{ name: 'a', command: ['y'] }], restartPolicy: 'Never' };
    expect(differingPaths(a, b, 'spec')).toEqual(['spec.containers[0].command[0]', 'spec.restartPolicy']);
  });

  it('names a list whose length changed', () => {
    expect(differingPaths({ v: [1] }, { v: [1, 2] }, '')).toEqual(['v']);
  });
});
