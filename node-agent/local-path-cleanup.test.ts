import { describe, expect, it } from 'vitest';
import { cleanupAction, DEFAULT_LOCAL_PATH_ROOT, LOCAL_PATH_CLEANUP_FINALIZER, LOCAL_PATH_NODE_LABEL, localPathRootFrom, releasePatch, volumeDirectory, type LocalPathVolume } from './local-path-cleanup.ts';

const ROOT = '/var/lib/capstan/volumes';
const pv = (over: { policy?: string; path?: string; node?: string; deleting?: boolean; finalizers?: string[]; name?: string } = {}): LocalPathVolume => {
  const name = over.name ?? 'pvc-1234';
  return {
    metadata: {
      name,
      resourceVersion: '7',
      labels: { [LOCAL_PATH_NODE_LABEL]: over.node ?? 'n1' },
      finalizers: over.finalizers ?? [LOCAL_PATH_CLEANUP_FINALIZER],
      ...(over.deleting === false ? {} : { deletionTimestamp: '2026-12-06T20:00:00Z' }),
    },
    spec: { persistentVolumeReclaimPolicy: over.policy ?? 'Delete', hostPath: { path: over.path ?? `${ROOT}/${name}` }, claimRef: { namespace: 'default', name: 'data' } },
  };
};

describe('cleanupAction', () => {
  it('removes the directory of a deleted Delete volume of this node, at <root>/<name>', () => {
    expect(cleanupAction(pv(), 'n1', ROOT)).toEqual({ kind: 'remove', dir: `${ROOT}/pvc-1234` });
    expect(cleanupAction(pv({ path: `${ROOT}/./pvc-1234/` }), 'n1', `${ROOT}/`)).toEqual({ kind: 'remove', dir: `${ROOT}/pvc-1234` });
  });

  it('keeps the directory of a Retain volume, and only drops its finalizer', () => {
    expect(cleanupAction(pv({ policy: 'Retain' }), 'n1', ROOT)).toMatchObject({ kind: 'keep', reason: expect.stringMatching(/Retain keeps the directory/) });
  });

  it('does nothing before the deletion, without the finalizer, or for another node', () => {
    expect(cleanupAction(pv({ deleting: false }), 'n1', ROOT)).toEqual({ kind: 'none' });
    expect(cleanupAction(pv({ finalizers: ['other'] }), 'n1', ROOT)).toEqual({ kind: 'none' });
    expect(cleanupAction(pv({ node: 'n2' }), 'n1', ROOT)).toEqual({ kind: 'none' });
  });

  it('never removes a path outside <root>/<name>: it keeps it with a warning', () => {
    for (const path of ['/etc', ROOT, `${ROOT}/other`, `${ROOT}/pvc-1234/deeper`, `${ROOT}/../pvc-1234`, '/tmp/volumes/pvc-1234', 'relative/pvc-1234']) {
      expect(cleanupAction(pv({ path }), 'n1', ROOT), path).toMatchObject({ kind: 'keep', warning: true, reason: expect.stringMatching(/nothing was removed/) });
    }
  });
});

describe('volumeDirectory', () => {
  it('refuses a root of / and names that are not DNS subdomains', () => {
    expect(volumeDirectory(pv({ path: '/pvc-1234' }), '/')).toBeUndefined();
    expect(volumeDirectory({ ...pv(), metadata: { name: '..' }, spec: { hostPath: { path: `${ROOT}/..` } } }, ROOT)).toBeUndefined();
    expect(volumeDirectory({ ...pv(), spec: { local: { path: `${ROOT}/pvc-1234` } } }, ROOT)).toBe(`${ROOT}/pvc-1234`);
  });
});

describe('releasePatch and localPathRootFrom', () => {
  it('drops only the cleanup finalizer', () => {
    expect(releasePatch(pv({ finalizers: ['a', LOCAL_PATH_CLEANUP_FINALIZER, 'b'] }))).toEqual({ metadata: { finalizers: ['a', 'b'] } });
    expect(releasePatch(pv())).toEqual({ metadata: { finalizers: [] } });
  });

  it('takes an absolute root, the default without one', () => {
    expect(localPathRootFrom(undefined)).toBe(DEFAULT_LOCAL_PATH_ROOT);
    expect(localPathRootFrom(' /data/vols/ ')).toBe('/data/vols');
    expect(() => localPathRootFrom('vols')).toThrow(/absolute/);
  });
});
