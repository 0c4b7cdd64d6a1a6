import { describe, expect, it } from 'vitest';
import { namespace } from './namespace.ts';
import type { KObject } from './types.ts';

function makeNamespace(extra: Partial<KObject> = {}): KObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' }, ...extra };
}

describe('namespace', () => {
  it('is Active, and labelled with its name as Kubernetes does', () => {
    const ns = makeNamespace();
    namespace.applyDefaults(ns);
    expect(ns.status).toEqual({ phase: 'Active' });
    expect(ns.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'shop' });
    expect(namespace.validate(ns)).toEqual([]);
  });

  it('keeps a Terminating phase', () => {
    const ns = makeNamespace({ status: { phase: 'Terminating' } });
    namespace.applyDefaults(ns);
    expect(ns.status.phase).toBe('Terminating');
  });

  it('accepts the kubernetes finalizer and qualified ones', () => {
    const ns = makeNamespace({ spec: { finalizers: ['kubernetes', 'example.com/cleanup'] } });
    expect(namespace.validate(ns)).toEqual([]);
  });

  it('rejects unqualified custom finalizers', () => {
    const ns = makeNamespace({ spec: { finalizers: ['cleanup'] } });
    expect(namespace.validate(ns).map((e) => `${e.field}: ${e.message}`)).toEqual([
      'spec.finalizers[0]: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified',
    ]);
  });

  it('rejects unknown phases', () => {
    const ns = makeNamespace({ status: { phase: 'Gone' } });
    expect(namespace.validate(ns)[0]!.message).toBe('Unsupported value: "Gone": supported values: "Active", "Terminating"');
  });

  it('reads status.phase for field selectors', () => {
    const ns = makeNamespace();
    namespace.applyDefaults(ns);
    expect(namespace.fieldSelectors['status.phase']!(ns)).toBe('Active');
  });
});
