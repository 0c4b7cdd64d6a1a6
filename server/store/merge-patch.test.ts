import { describe, expect, it } from 'vitest';
import { applyMergePatch, jsonEqual } from './merge-patch.ts';

describe('applyMergePatch', () => {
  it('merges nested objects and removes keys set to null', () => {
    const target = { metadata: { labels: { a: '1', b: '2' } }, spec: { replicas: 1 } };
    const patch = { metadata: { labels: { b: null, c: '3' } }, spec: { replicas: 3 } };
    expect(applyMergePatch(target, patch)).toEqual({ metadata: { labels: { a: '1', c: '3' } }, spec: { replicas: 3 } });
  });

  it('replaces arrays whole, as RFC 7386 says', () => {
    expect(applyMergePatch({ a: [1, 2, 3] }, { a: [4] })).toEqual({ a: [4] });
  });

  it('does not modify its inputs', () => {
    const target = { a: { b: 1 } };
    applyMergePatch(target, { a: { b: 2 } });
    expect(target).toEqual({ a: { b: 1 } });
  });
});

describe('jsonEqual', () => {
  it('ignores key order and undefined members', () => {
    expect(jsonEqual({ a: 1, b: { c: [1, { d: 2 }] } }, { b: { c: [1, { d: 2 }] }, a: 1, e: undefined })).toBe(true);
  });

  it('tells different arrays apart', () => {
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
  });
});
