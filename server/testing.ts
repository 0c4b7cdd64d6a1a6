/** Assertions shared by unit tests (imported by `*.test.ts` files only). */
import { expect } from 'vitest';
import { CapstanError } from './errors.ts';

/** Runs `fn`, expects it to throw an INVALID CapstanError, and returns that error. */
export function expectInvalid(fn: () => unknown): CapstanError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CapstanError);
    expect((e as CapstanError).code).toBe('INVALID');
    return e as CapstanError;
  }
  throw new Error('expected an INVALID error');
}
