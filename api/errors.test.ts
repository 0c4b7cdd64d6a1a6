import { describe, expect, it } from 'vitest';
import { ApiError, isApiError, isErrorCode } from './errors.ts';

describe('ApiError.fromGraphQL', () => {
  it('keeps the first error message and its closed code', () => {
    const e = ApiError.fromGraphQL([{ message: 'Pod "web" not found', extensions: { code: 'NOT_FOUND' } }, { message: 'other' }]);
    expect(e).toBeInstanceOf(ApiError);
    expect(e.message).toBe('Pod "web" not found');
    expect(e.code).toBe('NOT_FOUND');
  });

  it('reads a code outside the closed set as UNAVAILABLE', () => {
    expect(ApiError.fromGraphQL([{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]).code).toBe('UNAVAILABLE');
    expect(ApiError.fromGraphQL([{ message: 'x' }]).code).toBe('UNAVAILABLE');
  });

  it('collects the field errors of every error once, from fields or the lone field', () => {
    const e = ApiError.fromGraphQL([
      { message: 'bad', extensions: { code: 'INVALID', field: 'spec.a', fields: [{ field: 'spec.a', message: 'Required value' }, { field: 'spec.b', message: 'Invalid value' }] } },
      { message: 'bad too', extensions: { code: 'INVALID', field: 'spec.c' } },
      { message: 'again', extensions: { code: 'INVALID', fields: ['spec.b'] } },
    ]);
    expect(e.fields).toEqual([
      { field: 'spec.a', message: 'Required value' },
      { field: 'spec.b', message: 'Invalid value' },
      { field: 'spec.c', message: '' },
    ]);
    expect(e.field).toBe('spec.a');
  });

  it('says so when the error list is empty', () => {
    expect(ApiError.fromGraphQL([]).message).toMatch(/empty error list/);
  });
});

describe('isApiError', () => {
  it('checks the class and, when given, the code', () => {
    const e = new ApiError('CONFLICT', 'changed');
    expect(isApiError(e)).toBe(true);
    expect(isApiError(e, 'CONFLICT')).toBe(true);
    expect(isApiError(e, 'NOT_FOUND')).toBe(false);
    expect(isApiError(new Error('CONFLICT'))).toBe(false);
  });
});

describe('isErrorCode', () => {
  it('accepts exactly the closed set', () => {
    expect(isErrorCode('FORBIDDEN')).toBe(true);
    expect(isErrorCode('INTERNAL')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });
});
