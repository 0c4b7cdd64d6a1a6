import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import {
  labelSelectorObjectToString,
  parseLabelSelector,
  selectorFromLabelSelectorObject,
} from './label-selector.ts';

function invalidMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CapstanError);
    expect((e as CapstanError).code).toBe('INVALID');
    return (e as CapstanError).message;
  }
  throw new Error('expected an INVALID error');
}

describe('parseLabelSelector', () => {
  describe('matches labels', () => {
    const web = { app: 'web', tier: 'frontend', env: 'prod' };
    const db = { app: 'db', tier: 'backend' };
    const cases: Array<[string, Record<string, string> | undefined, boolean]> = [
      ['', web, true],
      ['', undefined, true],
      ['app=web', web, true],
      ['app==web', web, true],
      ['app=web', db, false],
      ['app!=web', db, true],
      ['app!=web', {}, true],
      ['app=web,tier=frontend', web, true],
      ['app=web,tier=backend', web, false],
      ['env in (prod,staging)', web, true],
      ['env in (staging)', web, false],
      ['env in (prod)', db, false],
      ['env notin (prod)', web, false],
      ['env notin (prod)', db, true],
      ['env', web, true],
      ['env', db, false],
      ['!env', db, true],
      ['!env', web, false],
      ['app=', { app: '' }, true],
      ['app=', {}, false],
      ['app in ()', { app: '' }, true],
      ['app in (x,)', { app: '' }, true],
      ['replicas>2', { replicas: '3' }, true],
      ['replicas>2', { replicas: '2' }, false],
      ['replicas<2', { replicas: 'x' }, false],
      ['in in (in, notin)', { in: 'notin' }, true],
    ];
    it.each(cases)('%j against %j is %s', (selector, labels, expected) => {
      expect(parseLabelSelector(selector).matches(labels)).toBe(expected);
    });
  });

  describe('tolerates whitespace', () => {
    it.each([
      '  app = web ,tier!=db  ',
      'app=web,\ttier != db',
      'app==web, tier!=db',
      '\napp=web,tier!=db\n',
    ])('reads %j as app=web,tier!=db', (selector) => {
      expect(parseLabelSelector(selector).toString()).toBe('app=web,tier!=db'.replace('app=', selector.includes('==') ? 'app==' : 'app='));
    });

    it('reads a set whose values are spaced out', () => {
      expect(parseLabelSelector('env  in  ( b , a )').toString()).toBe('env in (a,b)');
    });

    it('treats whitespace-only and missing selectors as selecting everything', () => {
      expect(parseLabelSelector('   ').isEmpty()).toBe(true);
      expect(parseLabelSelector(undefined).isEmpty()).toBe(true);
      expect(parseLabelSelector(null).matches({ a: 'b' })).toBe(true);
    });
  });

  describe('normalises like Kubernetes', () => {
    it('sorts requirements by key and values within sets', () => {
      expect(parseLabelSelector('z=1,a notin (y,x,x),!m,k').toString()).toBe('a notin (x,y),k,!m,z=1');
    });

    it('prints selectors that parse back to the same selector', () => {
      const s = parseLabelSelector('tier in (b,a),app=web,!canary,x>5');
      expect(parseLabelSelector(s.toString()).toString()).toBe(s.toString());
    });
  });

  describe('equalities', () => {
    it('returns =, == and single-value in requirements only', () => {
      const s = parseLabelSelector('app=web,tier==db,env in (prod),zone in (a,b),x!=y,canary');
      expect(s.equalities()).toEqual({ app: 'web', tier: 'db', env: 'prod' });
    });
  });

  describe('rejects malformed selectors, saying what and where', () => {
    const cases: Array<[string, string]> = [
      ['env in', "found end of string at position 6, expected '('"],
      ['env in (a', "found end of string at position 9, expected ',' or ')'"],
      ['env in a', "found 'a' at position 7, expected '('"],
      ['env in (a b)', "found 'b' at position 10, expected ',' or ')'"],
      ['env in (a,=)', "found '=' at position 10"],
      ['app=web,', "found end of string at position 8, expected a label key or '!' after ','"],
      [',app=web', "found ',' at position 0, expected '!', a label key, or end of string"],
      ['app=web tier=db', "found 'tier' at position 8, expected ',' or end of string"],
      ['app=(web)', "found '(' at position 4, expected a value"],
      ['app=web=x', "found '=' at position 7"],
      ['!app=web', "found '=' at position 4"],
      ['app web', "found 'web' at position 4, expected one of 'in', 'notin'"],
      ['Bad Key=x', "found 'Key' at position 4"],
      ['a/b/c=1', 'invalid label key "a/b/c"'],
      ['-app=web', 'invalid label key "-app" at position 0'],
      ['app=-web-', 'invalid value "-web-" for label "app"'],
      ['app=' + 'x'.repeat(64), 'must be no more than 63 characters'],
      ['n>abc', "the value must be an integer"],
      ['(', "found '(' at position 0"],
    ];
    it.each(cases)('%j: %s', (selector, message) => {
      const text = invalidMessage(() => parseLabelSelector(selector));
      expect(text).toContain(message);
      expect(text.startsWith('labelSelector: ')).toBe(true);
    });

    it('names the labelSelector field', () => {
      try {
        parseLabelSelector('a in');
      } catch (e) {
        expect((e as CapstanError).field).toBe('labelSelector');
      }
    });
  });
});

describe('selectorFromLabelSelectorObject', () => {
  it('ANDs matchLabels and matchExpressions', () => {
    const s = selectorFromLabelSelectorObject({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['frontend', 'edge'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'env', operator: 'Exists' },
        { key: 'zone', operator: 'NotIn', values: ['b'] },
      ],
    });
    expect(s.matches({ app: 'web', tier: 'edge', env: 'x' })).toBe(true);
    expect(s.matches({ app: 'web', tier: 'edge', env: 'x', canary: 'y' })).toBe(false);
    expect(s.matches({ app: 'web', tier: 'edge' })).toBe(false);
    expect(s.matches({ app: 'web', tier: 'edge', env: 'x', zone: 'b' })).toBe(false);
    expect(s.toString()).toBe('app=web,!canary,env,tier in (edge,frontend),zone notin (b)');
    expect(s.equalities()).toEqual({ app: 'web' });
  });

  it('matches everything when empty and nothing when missing, like Kubernetes', () => {
    expect(selectorFromLabelSelectorObject({}).matches({ a: 'b' })).toBe(true);
    expect(selectorFromLabelSelectorObject({}).isEmpty()).toBe(true);
    expect(selectorFromLabelSelectorObject(null).matches({ a: 'b' })).toBe(false);
    expect(selectorFromLabelSelectorObject(undefined).isEmpty()).toBe(false);
  });

  it.each([
    [{ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] }, "must be specified when `operator` is 'In' or 'NotIn'"],
    [{ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] }, 'may not be specified'],
    [{ matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] }, 'not a valid selector operator'],
    [{ matchExpressions: [{ key: 'bad key', operator: 'Exists' }] }, 'name part must consist of'],
    [{ matchLabels: { app: 'no spaces' } }, 'a valid label must be an empty string'],
  ])('rejects %j', (sel, message) => {
    expect(invalidMessage(() => selectorFromLabelSelectorObject(sel as any))).toContain(message);
  });
});

describe('labelSelectorObjectToString', () => {
  it('writes the string syntax of a structured selector', () => {
    expect(labelSelectorObjectToString({ matchLabels: { b: '2', a: '1' } })).toBe('a=1,b=2');
    expect(labelSelectorObjectToString({})).toBe('');
  });
});
