import { describe, expect, it } from 'vitest';
import { statementKind } from './query-timing.ts';

describe('statementKind', () => {
  it('labels a statement by its first keyword, whatever its case and leading space', () => {
    expect(statementKind('  SELECT 1')).toBe('select');
    expect(statementKind({ text: 'insert into t values ($1)' })).toBe('insert');
    expect(statementKind('WITH x AS (SELECT 1) SELECT * FROM x')).toBe('with');
  });

  it('labels anything else other, so the label set stays bounded', () => {
    expect(statementKind('SELECT pg_advisory_lock(1)')).toBe('select');
    expect(statementKind('LISTEN capstan_log')).toBe('other');
    expect(statementKind(undefined)).toBe('other');
    expect(statementKind('x'.repeat(1000))).toBe('other');
  });
});
