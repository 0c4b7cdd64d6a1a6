import { describe, expect, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import { awaitsLocalPathCleanup, LOCAL_PATH_CLEANUP_FINALIZER, LOCAL_PATH_NODE_LABEL, localPathNodeOf, onlyDropsCleanupFinalizer } from './local-path-cleanup.ts';

const pv = (finalizers: string[], labels: Record<string, string> = { [LOCAL_PATH_NODE_LABEL]: 'n1' }): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name: 'pvc-1', labels, finalizers, resourceVersion: '3' },
  spec: { hostPath: { path: '/v/pvc-1' } },
});

describe('localPathNodeOf and awaitsLocalPathCleanup', () => {
  it('read the node label and the cleanup finalizer', () => {
    expect(localPathNodeOf(pv([]))).toBe('n1');
    expect(localPathNodeOf(pv([], {}))).toBeUndefined();
    expect(localPathNodeOf(null)).toBeUndefined();
    expect(awaitsLocalPathCleanup(pv([LOCAL_PATH_CLEANUP_FINALIZER]))).toBe(true);
    expect(awaitsLocalPathCleanup(pv(['other']))).toBe(false);
  });
});

describe('onlyDropsCleanupFinalizer', () => {
  it('accepts dropping the cleanup finalizer (or no change), whatever the key order and resourceVersion', () => {
    const before = pv(['a', LOCAL_PATH_CLEANUP_FINALIZER, 'b']);
    const after = { spec: { hostPath: { path: '/v/pvc-1' } }, kind: 'PersistentVolume', apiVersion: 'v1', metadata: { ...before.metadata, finalizers: ['a', 'b'], resourceVersion: '9' } };
    expect(onlyDropsCleanupFinalizer(before, after)).toBe(true);
    expect(onlyDropsCleanupFinalizer(before, before)).toBe(true);
  });

  it('refuses dropping or reordering other finalizers, and any other change', () => {
    const before = pv(['a', LOCAL_PATH_CLEANUP_FINALIZER, 'b']);
    expect(onlyDropsCleanupFinalizer(before, pv([]))).toBe(false);
    expect(onlyDropsCleanupFinalizer(before, pv(['b', 'a']))).toBe(false);
    expect(onlyDropsCleanupFinalizer(before, pv(['a', 'b'], { [LOCAL_PATH_NODE_LABEL]: 'n2' }))).toBe(false);
    expect(onlyDropsCleanupFinalizer(before, { ...pv(['a', 'b']), spec: { hostPath: { path: '/' } } })).toBe(false);
  });
});
