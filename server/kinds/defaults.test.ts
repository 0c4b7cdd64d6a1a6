import { describe, expect, it } from 'vitest';
import { defaultString } from './defaults.ts';

describe('defaultString', () => {
  it.each([undefined, null, ''])('replaces %j', (value) => {
    const obj: Record<string, unknown> = { type: value };
    defaultString(obj, 'type', 'Opaque');
    expect(obj.type).toBe('Opaque');
  });

  it('keeps a value that is set', () => {
    const obj = { type: 'kubernetes.io/tls' };
    defaultString(obj, 'type', 'Opaque');
    expect(obj.type).toBe('kubernetes.io/tls');
  });
});
