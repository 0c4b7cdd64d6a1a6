import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import { cpuMillis, isValidQuantity, memoryBytes, parseQuantity, quantityError } from './quantity.ts';

describe('parseQuantity', () => {
  describe('reads every suffix, sign and fraction Kubernetes reads', () => {
    // input, milliValue, value, canonical string (as Kubernetes serialises it)
    const cases: Array<[string, bigint, bigint, string]> = [
      ['0', 0n, 0n, '0'],
      ['1', 1000n, 1n, '1'],
      ['500m', 500n, 1n, '500m'],
      ['1.5', 1500n, 2n, '1500m'],
      ['.5', 500n, 1n, '500m'],
      ['0.1m', 1n, 1n, '100u'],
      ['1n', 1n, 1n, '1n'],
      ['1u', 1n, 1n, '1u'],
      ['250m', 250n, 1n, '250m'],
      ['1000m', 1000n, 1n, '1'],
      ['1k', 1_000_000n, 1000n, '1k'],
      ['1M', 1_000_000_000n, 1_000_000n, '1M'],
      ['1G', 1_000_000_000_000n, 1_000_000_000n, '1G'],
      ['1.5G', 1_500_000_000_000n, 1_500_000_000n, '1500M'],
      ['2T', 2_000_000_000_000_000n, 2_000_000_000_000n, '2T'],
      ['1P', 10n ** 18n, 10n ** 15n, '1P'],
      ['1E', 10n ** 21n, 10n ** 18n, '1E'],
      ['1Ki', 1_024_000n, 1024n, '1Ki'],
      ['128Mi', 134_217_728_000n, 134_217_728n, '128Mi'],
      ['1024Mi', 1_073_741_824_000n, 1_073_741_824n, '1Gi'],
      ['1.5Gi', 1_610_612_736_000n, 1_610_612_736n, '1536Mi'],
      ['0.5Gi', 536_870_912_000n, 536_870_912n, '512Mi'],
      ['1.5Ki', 1_536_000n, 1536n, '1536'],
      ['1Ti', 2n ** 40n * 1000n, 2n ** 40n, '1Ti'],
      ['100Pi', 100n * 2n ** 50n * 1000n, 100n * 2n ** 50n, '100Pi'],
      ['1Ei', 2n ** 60n * 1000n, 2n ** 60n, '1Ei'],
      ['1e3', 1_000_000n, 1000n, '1e3'],
      ['1E3', 1_000_000n, 1000n, '1E3'],
      ['1e+3', 1_000_000n, 1000n, '1e+3'],
      ['1e-3', 1n, 1n, '1e-3'],
      ['1.5e3', 1_500_000n, 1500n, '1500'],
      ['12e6', 12_000_000_000n, 12_000_000n, '12e6'],
      ['-1', -1000n, -1n, '-1'],
      ['-1.5', -1500n, -2n, '-1500m'],
      ['+1', 1000n, 1n, '+1'],
      ['-500m', -500n, -1n, '-500m'],
      ['01', 1000n, 1n, '01'],
      ['0.0', 0n, 0n, '0'],
      ['0m', 0n, 0n, '0'],
    ];
    it.each(cases)('%s has milliValue %s, value %s and prints as %s', (input, milli, value, text) => {
      const q = parseQuantity(input);
      expect(q.milliValue()).toBe(milli);
      expect(q.value()).toBe(value);
      expect(q.toString()).toBe(text);
    });
  });

  describe('rounds like Kubernetes', () => {
    it('rounds a non-zero value below a nanounit up to one nanounit', () => {
      expect(parseQuantity('0.0000000001').nanoValue()).toBe(1n);
      expect(parseQuantity('1e-2000000000').nanoValue()).toBe(1n);
      expect(parseQuantity('0.0000000001').toString()).toBe('1n');
    });

    it('rounds fractional nanounits away from zero', () => {
      expect(parseQuantity('1.0000000001').nanoValue()).toBe(1_000_000_001n);
      expect(parseQuantity('-1.0000000001').nanoValue()).toBe(-1_000_000_001n);
      expect(parseQuantity('1.5n').nanoValue()).toBe(2n);
    });

    it('rounds value() and milliValue() up, so a little CPU is still some CPU', () => {
      expect(parseQuantity('1m').value()).toBe(1n);
      expect(parseQuantity('1n').milliValue()).toBe(1n);
      expect(parseQuantity('1001m').value()).toBe(2n);
      expect(parseQuantity('2').value()).toBe(2n);
    });

    it('caps binary quantities at 2^63-1 like Kubernetes', () => {
      expect(parseQuantity('8Ei').value()).toBe(2n ** 63n - 1n);
      expect(parseQuantity('99999999999999999999999999999Ki').value()).toBe(2n ** 63n - 1n);
      expect(parseQuantity('8Ei').toString()).toBe('9223372036854775807');
    });

    it('stays exact for long fractions with binary suffixes', () => {
      const q = parseQuantity('0.' + '0'.repeat(100) + '1Ki');
      expect(q.nanoValue()).toBe(1n);
      expect(parseQuantity('0.1Ki').toString()).toBe('102400m');
    });

    it('keeps exact values beyond 64 bits', () => {
      expect(parseQuantity('100E').value()).toBe(10n ** 20n);
      expect(parseQuantity('1000E').toString()).toBe('1000E');
    });
  });

  describe('accepts what Kubernetes accepts, quirks included', () => {
    it.each([
      ['+', '0'],
      ['-', '0'],
      ['.', '0'],
      ['1.', '1.'],
      ['1.G', '1.G'],
      ['00012', '00012'],
    ])('parses %s (prints as %s)', (input, text) => {
      expect(parseQuantity(input).toString()).toBe(text);
    });

    it('keeps only the low 32 bits of an exponent, as Kubernetes does', () => {
      expect(parseQuantity('1e4294967296').value()).toBe(1n);
    });
  });

  describe('accepts numbers, as YAML gives them', () => {
    it.each([
      [1, '1'],
      [0.5, '500m'],
      [2.25, '2250m'],
      [0, '0'],
    ])('reads %s as %s', (input, text) => {
      expect(parseQuantity(input).toString()).toBe(text);
    });

    it('rejects NaN and Infinity', () => {
      expect(isValidQuantity(Number.NaN)).toBe(false);
      expect(isValidQuantity(Number.POSITIVE_INFINITY)).toBe(false);
    });
  });

  describe('rejects malformed quantities with Kubernetes messages', () => {
    const format = 'quantities must match the regular expression';
    const suffix = "unable to parse quantity's suffix";
    const numeric = 'unable to parse numeric part of quantity';
    it.each([
      ['', format],
      [' 1', format],
      ['1 ', format],
      ['abc', format],
      ['1.2.3', format],
      ['1Mb', format],
      ['1e3.5', format],
      ['1,5', format],
      ['1K', suffix],
      ['--1', suffix],
      ['1e', suffix],
      ['1ee3', suffix],
      ['1m3', suffix],
      ['1iK', suffix],
      ['1e99999999999999999999', suffix],
      ['-.Pi', numeric],
      ['.e-10', numeric],
      ['1e50', 'quantity is too large'],
    ])('%j: %s', (input, message) => {
      expect(quantityError(input)).toContain(message);
      expect(isValidQuantity(input)).toBe(false);
    });

    it('throws INVALID naming the quantity field by default', () => {
      try {
        parseQuantity('abc');
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(CapstanError);
        const err = e as CapstanError;
        expect(err.code).toBe('INVALID');
        expect(err.field).toBe('quantity');
        expect(err.message).toContain('quantities must match');
      }
    });

    it('throws INVALID naming the field it is given', () => {
      expect(() => parseQuantity('1x', 'spec.cpu')).toThrowError(/^spec\.cpu: /);
    });
  });

  describe('compares', () => {
    it('orders quantities of different suffixes exactly', () => {
      expect(parseQuantity('1Gi').cmp(parseQuantity('1G'))).toBe(1);
      expect(parseQuantity('1000m').cmp(parseQuantity('1'))).toBe(0);
      expect(parseQuantity('999m').cmp(parseQuantity('1'))).toBe(-1);
      expect(parseQuantity('-1').sign()).toBe(-1);
      expect(parseQuantity('0Mi').sign()).toBe(0);
    });
  });
});

describe('cpuMillis', () => {
  it.each([
    ['100m', 100n],
    ['0.5', 500n],
    ['2', 2000n],
    ['1.0001', 1001n],
  ])('reads %s as %s millicores', (input, millis) => {
    expect(cpuMillis(input)).toBe(millis);
  });
});

describe('memoryBytes', () => {
  it.each([
    ['128Mi', 134_217_728n],
    ['1G', 1_000_000_000n],
    ['1.5', 2n],
    ['512', 512n],
  ])('reads %s as %s bytes', (input, bytes) => {
    expect(memoryBytes(input)).toBe(bytes);
  });

  it('throws INVALID for garbage', () => {
    expect(() => memoryBytes('lots')).toThrowError(CapstanError);
  });
});
