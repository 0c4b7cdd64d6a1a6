import { describe, expect, it } from 'vitest';
import { fieldMeta, KIND_PATCH_META, patchMetaFor } from './patch-meta.ts';

describe('patch-meta', () => {
  it.each([
    ['Pod', 'spec.containers', 'name'],
    ['Pod', 'spec.initContainers', 'name'],
    ['Pod', 'spec.ephemeralContainers', 'name'],
    ['Pod', 'spec.volumes', 'name'],
    ['Pod', 'spec.imagePullSecrets', 'name'],
    ['Pod', 'spec.hostAliases', 'ip'],
    ['Pod', 'spec.containers.ports', 'containerPort'],
    ['Pod', 'spec.containers.env', 'name'],
    ['Pod', 'spec.initContainers.volumeMounts', 'mountPath'],
    ['Pod', 'spec.containers.volumeDevices', 'devicePath'],
    ['Pod', 'status.conditions', 'type'],
    ['Service', 'spec.ports', 'port'],
    ['Node', 'status.addresses', 'type'],
    ['Node', 'status.conditions', 'type'],
    ['Deployment', 'metadata.ownerReferences', 'uid'],
    ['Deployment', 'spec.template.spec.containers.env', 'name'],
    ['Deployment', 'status.conditions', 'type'],
    ['StatefulSet', 'spec.template.spec.volumes', 'name'],
    ['Job', 'spec.template.spec.containers', 'name'],
    ['CronJob', 'spec.jobTemplate.spec.template.spec.containers.ports', 'containerPort'],
    ['ServiceAccount', 'secrets', 'name'],
  ])('%s %s merges by %s', (kind, path, key) => {
    expect(fieldMeta(patchMetaFor(kind), path)).toMatchObject({ strategy: 'merge', mergeKey: key });
  });

  it('merges finalizers and Node podCIDRs as sets of scalars', () => {
    expect(fieldMeta(patchMetaFor('Lease'), 'metadata.finalizers')).toEqual({ strategy: 'merge', listType: 'set' });
    expect(fieldMeta(patchMetaFor('Node'), 'spec.podCIDRs')).toMatchObject({ strategy: 'merge', listType: 'set' });
  });

  it('leaves tolerations, Endpoints subsets and RBAC rules without a strategy, so they replace', () => {
    expect(fieldMeta(patchMetaFor('Pod'), 'spec.tolerations')).toBeUndefined();
    expect(fieldMeta(patchMetaFor('Endpoints'), 'subsets')).toBeUndefined();
    expect(fieldMeta(patchMetaFor('Endpoints'), 'subsets.addresses')).toBeUndefined();
    expect(fieldMeta(patchMetaFor('Role'), 'rules')).toBeUndefined();
  });

  it('marks the fields whose patches carry $retainKeys', () => {
    expect(fieldMeta(patchMetaFor('Deployment'), 'spec.strategy')).toEqual({ retainKeys: true });
    expect(fieldMeta(patchMetaFor('Pod'), 'spec.volumes')?.retainKeys).toBe(true);
  });

  it('keys container and Service ports by port and protocol for server-side apply, protocol defaulting to TCP', () => {
    expect(fieldMeta(patchMetaFor('Pod'), 'spec.containers.ports')).toMatchObject({ listType: 'map', listMapKeys: ['containerPort', 'protocol'], keyDefaults: { protocol: 'TCP' } });
    expect(fieldMeta(patchMetaFor('Service'), 'spec.ports')).toMatchObject({ listType: 'map', listMapKeys: ['port', 'protocol'] });
  });

  it('gives every kind the ObjectMeta rules, and an unknown kind only those', () => {
    for (const table of Object.values(KIND_PATCH_META)) expect(fieldMeta(table, 'metadata.ownerReferences')?.mergeKey).toBe('uid');
    expect(patchMetaFor('Widget')).toEqual({ 'metadata.ownerReferences': expect.anything(), 'metadata.finalizers': expect.anything() });
    expect(fieldMeta(patchMetaFor('constructor'), 'spec.containers')).toBeUndefined();
  });
});
