import { describe, expect, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import { BIND_COMPLETED_ANNOTATION, claimPhase, claimStatus, findBestMatch, volumeMatchesClaim, volumePhase, volumeStatus } from './persistentvolume-binder.ts';

function pv(name: string, storage: string, spec: Record<string, any> = {}, labels?: Record<string, string>): KObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name, ...(labels ? { labels } : {}) },
    spec: { capacity: { storage }, accessModes: ['ReadWriteOnce'], hostPath: { path: `/srv/${name}` }, ...spec },
    status: { phase: 'Available' },
  };
}

function pvc(name: string, storage: string, spec: Record<string, any> = {}, annotations?: Record<string, string>): KObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, ...(annotations ? { annotations } : {}) },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage } }, storageClassName: '', ...spec },
  };
}

describe('volumeMatchesClaim', () => {
  it('needs the same class, every access mode asked for, enough capacity and a matching selector', () => {
    const claim = pvc('data', '1Gi');
    expect(volumeMatchesClaim(pv('a', '1Gi'), claim)).toBe(true);
    expect(volumeMatchesClaim(pv('a', '2Gi'), claim)).toBe(true);
    expect(volumeMatchesClaim(pv('a', '512Mi'), claim)).toBe(false);
    expect(volumeMatchesClaim(pv('a', '1Gi', { storageClassName: 'fast' }), claim)).toBe(false);
    expect(volumeMatchesClaim(pv('a', '1Gi'), pvc('data', '1Gi', { accessModes: ['ReadWriteMany'] }))).toBe(false);
    expect(volumeMatchesClaim(pv('a', '1Gi', { volumeMode: 'Block' }), claim)).toBe(false);
    const selective = pvc('data', '1Gi', { selector: { matchLabels: { tier: 'db' } } });
    expect(volumeMatchesClaim(pv('a', '1Gi', {}, { tier: 'db' }), selective)).toBe(true);
    expect(volumeMatchesClaim(pv('a', '1Gi', {}, { tier: 'web' }), selective)).toBe(false);
  });
});

describe('findBestMatch', () => {
  it('takes the smallest free matching volume', () => {
    const volumes = [pv('big', '10Gi'), pv('small', '2Gi'), pv('tiny', '512Mi'), pv('taken', '1Gi', { claimRef: { namespace: 'default', name: 'other', uid: 'x' } })];
    expect(findBestMatch(pvc('data', '1Gi'), volumes)?.metadata.name).toBe('small');
  });

  it('prefers a volume pre-bound to the claim, and a claim naming a volume takes only that one', () => {
    const volumes = [pv('small', '1Gi'), pv('mine', '5Gi', { claimRef: { namespace: 'default', name: 'data' } })];
    expect(findBestMatch(pvc('data', '1Gi'), volumes)?.metadata.name).toBe('mine');
    expect(findBestMatch(pvc('data', '1Gi', { volumeName: 'small' }), [pv('other', '1Gi'), pv('small', '1Gi')])?.metadata.name).toBe('small');
    expect(findBestMatch(pvc('data', '1Gi', { volumeName: 'gone' }), [pv('other', '1Gi')])).toBeUndefined();
  });

  it('never picks a Released, Failed or deleted volume, nor one pre-bound to a replaced claim, nor one `fits` refuses', () => {
    const released = { ...pv('r', '1Gi'), status: { phase: 'Released' } };
    const deleting = pv('d', '1Gi');
    deleting.metadata.deletionTimestamp = '2030-01-01T00:00:00Z';
    const oldClaim = pv('o', '1Gi', { claimRef: { namespace: 'default', name: 'data', uid: 'older-uid' } });
    expect(findBestMatch(pvc('data', '1Gi'), [released, deleting, oldClaim])).toBeUndefined();
    expect(findBestMatch(pvc('data', '1Gi'), [pv('a', '1Gi')], () => false)).toBeUndefined();
  });
});

describe('phases', () => {
  const claim = pvc('data', '1Gi', { volumeName: 'a' });
  const bound = pv('a', '1Gi', { claimRef: { namespace: 'default', name: 'data', uid: 'uid-data' } });

  it('a volume is Available unclaimed or pre-bound, Bound to a claim naming it, Released once its claim is gone', () => {
    expect(volumePhase(pv('a', '1Gi'), null)).toBe('Available');
    expect(volumePhase(pv('a', '1Gi', { claimRef: { namespace: 'default', name: 'data' } }), null)).toBe('Available');
    expect(volumePhase(bound, claim)).toBe('Bound');
    expect(volumePhase(bound, pvc('data', '1Gi'))).toBe('Available');
    expect(volumePhase(bound, null)).toBe('Released');
    expect(volumePhase(bound, { ...claim, metadata: { ...claim.metadata, uid: 'new-uid' } })).toBe('Released');
    expect(volumePhase({ ...bound, status: { phase: 'Failed' } }, null)).toBe('Failed');
  });

  it('a claim is Pending until its volume names it back, Bound then, and Lost when a bound volume is gone', () => {
    expect(claimPhase(pvc('data', '1Gi'), null)).toBe('Pending');
    expect(claimPhase(claim, pv('a', '1Gi'))).toBe('Pending');
    expect(claimPhase(claim, bound)).toBe('Bound');
    expect(claimPhase(claim, null)).toBe('Pending');
    const wasBound = pvc('data', '1Gi', { volumeName: 'a' }, { [BIND_COMPLETED_ANNOTATION]: 'yes' });
    expect(claimPhase(wasBound, null)).toBe('Lost');
  });

  it('statuses carry the volume capacity and access modes once Bound, and the time of a phase change', () => {
    expect(claimStatus(claim, 'Bound', bound)).toEqual({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } });
    expect(volumeStatus(bound, 'Bound', '2030-01-01T00:00:00Z')).toEqual({ phase: 'Bound', lastPhaseTransitionTime: '2030-01-01T00:00:00Z' });
    expect(volumeStatus({ ...bound, status: { phase: 'Bound', lastPhaseTransitionTime: 'then' } }, 'Bound', 'now')).toEqual({ phase: 'Bound', lastPhaseTransitionTime: 'then' });
  });
});
