import { describe, expect, it } from 'vitest';
import { KIND_LIST } from '../../api/kinds.ts';
import { findResource, qualifiedPlural } from './resources.ts';

describe('the CLI resources', () => {
  it('know every kind of the kind table by its plural, qualified as kubectl does', () => {
    for (const k of KIND_LIST) expect(findResource(k.plural)?.kind).toBe(k.kind);
    expect(qualifiedPlural(findResource('sa')!)).toBe('serviceaccounts');
    expect(qualifiedPlural(findResource('pc')!)).toBe('priorityclasses.scheduling.k8s.io');
  });

  it('use the schema’s irregular GraphQL field names', () => {
    expect(findResource('ep')!.listField).toBe('endpointsList');
    expect(findResource('sc')!.watchField).toBe('watchStorageClasses');
  });
});
