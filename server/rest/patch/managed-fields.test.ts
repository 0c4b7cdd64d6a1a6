import { describe, expect, it } from 'vitest';
import type { KObject } from '../../kinds/types.ts';
import { FieldSet } from './field-set.ts';
import { ANCIENT_CHANGES, describeManager, managerKey, readManagers, writeManagers, type ManagedFieldsEntry } from './managed-fields.ts';
import { recordUpdate } from './server-side-apply.ts';

const cm = (labels: Record<string, string>): KObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels } });
const entries = (obj: KObject) => (obj.metadata as unknown as { managedFields: ManagedFieldsEntry[] }).managedFields;

describe('managed fields', () => {
  it('identify an applier by name alone and an updater by name and apiVersion', () => {
    expect(managerKey('Apply', 'kubectl', 'apps/v1')).toBe(managerKey('Apply', 'kubectl', 'apps/v1beta1'));
    expect(managerKey('Update', 'kubectl', 'apps/v1')).not.toBe(managerKey('Update', 'kubectl', 'apps/v1beta1'));
    expect(managerKey('Update', 'kubectl', 'v1')).not.toBe(managerKey('Apply', 'kubectl', 'v1'));
  });

  it('read duplicate entries of one manager as one, and skip entries that are not Apply or Update', () => {
    const obj = cm({});
    (obj.metadata as unknown as Record<string, unknown>).managedFields = [
      { manager: 'a', operation: 'Update', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:x': {} } } },
      { manager: 'a', operation: 'Update', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:y': {} } } },
      { manager: 'b', operation: 'Delete', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: {} },
      'junk',
    ];
    const managers = readManagers(obj);
    expect([...managers.values()].map((m) => m.entry.manager)).toEqual(['a']);
    expect(managers.get(managerKey('Update', 'a', 'v1'))!.fields.size).toBe(2);
  });

  it('write Apply entries first, then by time, and drop managedFields when nobody owns anything', () => {
    const managers = new Map([
      [managerKey('Update', 'u', 'v1'), { entry: { manager: 'u', operation: 'Update' as const, apiVersion: 'v1', time: '2026-01-01T00:00:00Z' }, fields: new FieldSet([['f:a']]) }],
      [managerKey('Apply', 'z', 'v1'), { entry: { manager: 'z', operation: 'Apply' as const, apiVersion: 'v1', time: '2026-02-01T00:00:00Z' }, fields: new FieldSet([['f:b']]) }],
    ]);
    expect(entries(writeManagers(cm({}) as never, managers)).map((e) => e.manager)).toEqual(['z', 'u']);
    expect(writeManagers({ metadata: { name: 'c', managedFields: [] } }, new Map()).metadata).toEqual({ name: 'c' });
  });

  it('name a manager in conflict messages with its subresource and, for an updater, its apiVersion', () => {
    const fields = new FieldSet();
    expect(describeManager({ entry: { manager: 'kubelet', operation: 'Update', apiVersion: 'v1', subresource: 'status' }, fields })).toBe('"kubelet" with subresource "status" using v1');
    expect(describeManager({ entry: { manager: 'kubectl', operation: 'Apply', apiVersion: 'v1' }, fields })).toBe('"kubectl"');
  });

  it('keep at most ten Update entries, folding the oldest into ancient-changes', () => {
    let obj = cm({});
    for (let i = 0; i < 12; i++) {
      obj = recordUpdate(obj, cm({ ...obj.metadata.labels, [`l${i}`]: 'x' }), { manager: `m${i}`, now: new Date(Date.UTC(2026, 0, 1, 0, i)) });
    }
    const list = entries(obj);
    expect(list).toHaveLength(10);
    expect(list[0]).toMatchObject({ manager: ANCIENT_CHANGES, operation: 'Update', apiVersion: 'v1', time: '2026-01-01T00:02:00Z' });
    expect(list[0]!.fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { 'f:l0': {}, 'f:l1': {}, 'f:l2': {} } } });
    expect(list.slice(1).map((e) => e.manager)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11']);
  });
});
