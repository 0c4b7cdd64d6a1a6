import { describe, expect, it } from 'vitest';
import { base64Error, decodedLength, encodeBase64 } from './base64.ts';

describe('base64Error', () => {
  it.each(['', 'YQ==', 'YWI=', 'YWJj', 'c2VjcmV0\nc2VjcmV0', 'Zm9v+/8='])('accepts %j', (s) => {
    expect(base64Error(s)).toBeNull();
  });

  it.each([
    ['YQ', 'illegal base64 data at input byte 0'],
    ['not base64!', 'illegal base64 data at input byte 3'],
    ['YWJj=', 'illegal base64 data'],
    ['Y===', 'illegal base64 data'],
    ['YW=j', 'illegal base64 data at input byte 2'],
  ])('rejects %j', (s, message) => {
    expect(base64Error(s)).toContain(message);
  });
});

describe('encodeBase64', () => {
  it('encodes UTF-8 text that decodes to the same bytes', () => {
    expect(encodeBase64('pässword')).toBe(Buffer.from('pässword').toString('base64'));
    expect(decodedLength(encodeBase64('abc'))).toBe(3);
  });
});
