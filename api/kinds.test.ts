import { describe, expect, it } from 'vitest';
import { findKind, isKindName, KIND_LIST, KIND_NAMES, KIND_TABLE } from './kinds.ts';

describe('the kind table', () => {
  it('has one row per kind name, each naming its own kind', () => {
    expect(Object.keys(KIND_TABLE).sort()).toEqual([...KIND_NAMES].sort());
    for (const name of KIND_NAMES) expect(KIND_TABLE[name].kind).toBe(name);
    expect(KIND_LIST.map((k) => k.kind)).toEqual([...KIND_NAMES]);
  });

  it('gives every kind distinct plural and short names', () => {
    const names = KIND_LIST.flatMap((k) => [k.plural, ...k.shortNames]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names the GraphQL fields as the schema does, with the irregular plurals', () => {
    expect(KIND_TABLE.Pod.graphql).toEqual({ get: 'pod', list: 'pods', watch: 'watchPods', mutation: 'Pod' });
    expect(KIND_TABLE.Endpoints.graphql.list).toBe('endpointsList');
    expect(KIND_TABLE.StorageClass.graphql.watch).toBe('watchStorageClasses');
  });
});

describe('findKind', () => {
  it('finds a kind by kind, plural, singular or short name, case-insensitively', () => {
    for (const n of ['Pod', 'pods', 'pod', 'PO']) expect(findKind(n)?.kind).toBe('Pod');
  });

  it('accepts group-qualified names as kubectl does', () => {
    expect(findKind('deployments.apps')?.kind).toBe('Deployment');
    expect(findKind('deploy.v1.apps')?.kind).toBe('Deployment');
    expect(findKind('leases.coordination.k8s.io')?.kind).toBe('Lease');
  });

  it('finds nothing for an unknown name or a core kind qualified by a group', () => {
    expect(findKind('widgets')).toBeUndefined();
    expect(findKind('pods.apps')).toBeUndefined();
  });
});

describe('isKindName', () => {
  it('accepts only kind names, not plurals or inherited properties', () => {
    expect(isKindName('Pod')).toBe(true);
    expect(isKindName('pods')).toBe(false);
    expect(isKindName('toString')).toBe(false);
  });
});
