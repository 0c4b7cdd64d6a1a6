/** kubectl's columns and short names for ReplicationControllers, DaemonSets and StatefulSets. */
import { describe, expect, it } from 'vitest';
import { columnsFor } from './columns.ts';
import { findResource } from './resources.ts';

const now = Date.parse('2030-01-01T01:00:00Z');
const metadata = (name: string) => ({ name, namespace: 'default', creationTimestamp: '2030-01-01T00:00:00Z' });

describe('workload columns', () => {
  it('ReplicationController: NAME DESIRED CURRENT READY AGE', () => {
    const c = columnsFor('ReplicationController');
    expect(c.header).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE']);
    expect(c.row({ apiVersion: 'v1', kind: 'ReplicationController', metadata: metadata('rc'), spec: { replicas: 3 }, status: { replicas: 3, readyReplicas: 2 } }, now)).toEqual(['rc', '3', '3', '2', '60m']);
  });

  it('DaemonSet: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE', () => {
    const c = columnsFor('DaemonSet');
    expect(c.header).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE']);
    const status = { desiredNumberScheduled: 4, currentNumberScheduled: 3, numberReady: 2, updatedNumberScheduled: 1, numberAvailable: 2 };
    const ds = { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: metadata('agent'), spec: { template: { spec: { nodeSelector: { disk: 'ssd' } } } }, status };
    expect(c.row(ds, now)).toEqual(['agent', '4', '3', '2', '1', '2', 'disk=ssd', '60m']);
    expect(c.row({ ...ds, spec: {}, status: {} }, now)).toEqual(['agent', '0', '0', '0', '0', '0', '<none>', '60m']);
  });

  it('StatefulSet: NAME READY AGE', () => {
    const c = columnsFor('StatefulSet');
    expect(c.header).toEqual(['NAME', 'READY', 'AGE']);
    expect(c.row({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: metadata('web'), spec: { replicas: 3 }, status: { readyReplicas: 1 } }, now)).toEqual(['web', '1/3', '60m']);
  });

  it('finds the kinds by their kubectl names', () => {
    expect(findResource('rc')?.kind).toBe('ReplicationController');
    expect(findResource('ds')?.kind).toBe('DaemonSet');
    expect(findResource('daemonsets.apps')?.kind).toBe('DaemonSet');
    expect(findResource('sts')?.kind).toBe('StatefulSet');
    expect(findResource('statefulset')?.kind).toBe('StatefulSet');
  });
});
