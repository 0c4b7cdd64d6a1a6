import { describe, expect, it } from 'vitest';
import { describeValue, duplicate, FieldErrors, forbidden, invalidValue, required, unsupported } from './field-errors.ts';

describe('field error constructors', () => {
  it('word errors as Kubernetes does', () => {
    expect(required('spec.containers').message).toBe('Required value');
    expect(required('spec.template', 'why').message).toBe('Required value: why');
    expect(invalidValue('spec.replicas', -1, 'must be greater than or equal to 0').message).toBe('Invalid value: -1: must be greater than or equal to 0');
    expect(invalidValue('metadata.name', 'A', 'bad').message).toBe('Invalid value: "A": bad');
    expect(unsupported('spec.restartPolicy', 'X', ['Always', 'Never']).message).toBe('Unsupported value: "X": supported values: "Always", "Never"');
    expect(duplicate('spec.ports[1].name', 'http').message).toBe('Duplicate value: "http"');
    expect(forbidden('spec', 'no').message).toBe('Forbidden: no');
  });

  it('shortens long values', () => {
    expect(describeValue({ a: 'x'.repeat(500) })).toHaveLength(120);
    expect(describeValue(undefined)).toBe('null');
  });
});

describe('FieldErrors', () => {
  it('reports missing required values and wrong types', () => {
    const errs = new FieldErrors();
    expect(errs.string('a', undefined, { required: true })).toBe(false);
    expect(errs.string('b', '', { required: true })).toBe(false);
    expect(errs.integer('c', '3')).toBe(false);
    expect(errs.object('d', [])).toBe(false);
    expect(errs.array('e', {})).toBe(false);
    expect(errs.boolean('f', 'true')).toBe(false);
    expect(errs.list.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'a: Required value',
      'b: Required value',
      'c: Invalid value: "3": must be an integer',
      'd: Invalid value: []: must be an object',
      'e: Invalid value: {}: must be a list',
      'f: Invalid value: "true": must be a boolean',
    ]);
  });

  it('lets optional values be absent', () => {
    const errs = new FieldErrors();
    expect(errs.string('a', undefined)).toBe(false);
    expect(errs.integer('b', null)).toBe(false);
    expect(errs.quantity('c', undefined)).toBe(false);
    expect(errs.list).toEqual([]);
  });

  it('words ranges by the bound that matters', () => {
    const errs = new FieldErrors();
    errs.integer('a', -1, { min: 0 });
    errs.integer('b', 0, { min: 1 });
    errs.integer('c', 70000, { min: 1, max: 65535 });
    expect(errs.list.map((e) => e.message)).toEqual([
      'Invalid value: -1: must be greater than or equal to 0',
      'Invalid value: 0: must be greater than 0',
      'Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
  });

  it('checks quantities, accepting numbers', () => {
    const errs = new FieldErrors();
    expect(errs.quantity('a', 0.5)).toBe(true);
    expect(errs.quantity('b', '1Gb')).toBe(false);
    expect(errs.quantity('c', '-1', { nonNegative: true })).toBe(false);
    expect(errs.quantity('d', true)).toBe(false);
    expect(errs.list.map((e) => `${e.field}: ${e.message}`)).toEqual([
      "b: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      'c: Invalid value: "-1": must be greater than or equal to 0',
      'd: Invalid value: true: must be a quantity string such as "500m" or "128Mi"',
    ]);
  });

  it('checks RFC 3339 timestamps', () => {
    const errs = new FieldErrors();
    expect(errs.timestamp('a', '2024-05-01T10:00:00Z')).toBe(true);
    expect(errs.timestamp('b', '2024-05-01T10:00:00.123456+02:00')).toBe(true);
    expect(errs.timestamp('c', '2024-05-01 10:00')).toBe(false);
    expect(errs.list).toHaveLength(1);
  });
});
