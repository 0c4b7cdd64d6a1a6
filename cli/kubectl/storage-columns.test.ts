/** kubectl's columns and short names for PersistentVolumes, PersistentVolumeClaims and StorageClasses. */
import { describe, expect, it } from 'vitest';
import { columnsFor } from './columns.ts';
import { findResource } from './resources.ts';
import { selectionFor } from './selections.ts';

const now = Date.parse('2030-01-01T01:00:00Z');
const metadata = (name: string, extra: Record<string, unknown> = {}) => ({ name, creationTimestamp: '2030-01-01T00:00:00Z', ...extra });

describe('storage columns', () => {
  it('PersistentVolume: NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS VOLUMEATTRIBUTESCLASS REASON AGE', () => {
    const c = columnsFor('PersistentVolume', { wide: true });
    expect(c.header).toEqual(['NAME', 'CAPACITY', 'ACCESS MODES', 'RECLAIM POLICY', 'STATUS', 'CLAIM', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'REASON', 'AGE', 'VOLUMEMODE']);
    const pv = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: metadata('pvc-1'),
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce', 'ReadOnlyMany'], persistentVolumeReclaimPolicy: 'Delete', storageClassName: 'local-path', claimRef: { namespace: 'default', name: 'data' } },
      status: { phase: 'Bound' },
    };
    expect(c.row(pv, now)).toEqual(['pvc-1', '1Gi', 'RWO,ROX', 'Delete', 'Bound', 'default/data', 'local-path', '<unset>', '', '60m', 'Filesystem']);
  });

  it('PersistentVolumeClaim: NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS AGE', () => {
    const c = columnsFor('PersistentVolumeClaim');
    const pvc = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: metadata('data', { namespace: 'default' }),
      spec: { volumeName: 'pvc-1', storageClassName: 'local-path' },
      status: { phase: 'Bound', capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'] },
    };
    expect(c.row(pvc, now)).toEqual(['data', 'Bound', 'pvc-1', '1Gi', 'RWO', 'local-path', '<unset>', '60m']);
    expect(c.row({ ...pvc, spec: { storageClassName: 'local-path' }, status: { phase: 'Pending' } }, now)).toEqual(['data', 'Pending', '', '', '', 'local-path', '<unset>', '60m']);
  });

  it('StorageClass: the default one marked (default)', () => {
    const c = columnsFor('StorageClass');
    expect(c.header).toEqual(['NAME', 'PROVISIONER', 'RECLAIMPOLICY', 'VOLUMEBINDINGMODE', 'ALLOWVOLUMEEXPANSION', 'AGE']);
    const sc = {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: metadata('local-path', { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }),
      provisioner: 'capstan.io/local-path',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
    };
    expect(c.row(sc, now)).toEqual(['local-path (default)', 'capstan.io/local-path', 'Delete', 'WaitForFirstConsumer', 'false', '60m']);
  });

  it('finds the kinds by their kubectl names, with GraphQL fields the schema has', () => {
    expect(findResource('pv')?.kind).toBe('PersistentVolume');
    expect(findResource('pvc')?.kind).toBe('PersistentVolumeClaim');
    expect(findResource('sc')?.listField).toBe('storageClasses');
    expect(findResource('storageclasses.storage.k8s.io')?.kind).toBe('StorageClass');
    expect(selectionFor('PersistentVolume')).toContain('claimRef');
    expect(selectionFor('StorageClass')).toContain('volumeBindingMode');
  });
});
