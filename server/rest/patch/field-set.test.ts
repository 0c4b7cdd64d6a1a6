import { describe, expect, it } from 'vitest';
import { FieldSet, formatPath } from './field-set.ts';

describe('FieldSet', () => {
  const fieldsV1 = {
    'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
    'f:spec': {
      'f:replicas': {},
      'f:template': {
        'f:spec': {
          'f:containers': {
            'k:{"name":"web"}': { '.': {}, 'f:image': {}, 'f:name': {}, 'f:ports': { 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } } },
          },
        },
      },
    },
  };

  it('reads FieldsV1 into member paths, "." marking a member that has children', () => {
    const set = FieldSet.fromFieldsV1(fieldsV1);
    expect(set.has(['f:metadata', 'f:labels'])).toBe(true);
    expect(set.has(['f:metadata'])).toBe(false);
    expect(set.has(['f:spec', 'f:replicas'])).toBe(true);
    expect(set.has(['f:spec', 'f:template', 'f:spec', 'f:containers', 'k:{"name":"web"}'])).toBe(true);
    expect(set.size).toBe(8);
  });

  it('writes back the same FieldsV1 it read', () => {
    expect(FieldSet.fromFieldsV1(fieldsV1).toFieldsV1()).toEqual(fieldsV1);
  });

  it('writes field names before keys and values, each sorted', () => {
    const set = new FieldSet([['f:b'], ['f:a'], ['f:l', 'v:"y"'], ['f:l', 'v:"x"'], ['f:l', 'f:z']]);
    expect(Object.keys(set.toFieldsV1())).toEqual(['f:a', 'f:b', 'f:l']);
    expect(Object.keys(set.toFieldsV1()['f:l']!)).toEqual(['f:z', 'v:"x"', 'v:"y"']);
  });

  it('reads anything but an object as the empty set', () => {
    expect(FieldSet.fromFieldsV1(null).size).toBe(0);
    expect(FieldSet.fromFieldsV1('f:spec').size).toBe(0);
    expect(FieldSet.fromFieldsV1({}).size).toBe(0);
  });

  it('computes union, intersection and difference', () => {
    const a = new FieldSet([['f:a'], ['f:b']]);
    const b = new FieldSet([['f:b'], ['f:c']]);
    expect(a.union(b).members()).toEqual([['f:a'], ['f:b'], ['f:c']]);
    expect(a.intersection(b).members()).toEqual([['f:b']]);
    expect(a.difference(b).members()).toEqual([['f:a']]);
    expect(a.equals(new FieldSet([['f:b'], ['f:a']]))).toBe(true);
  });

  it('knows whether a member lies inside a path', () => {
    const set = new FieldSet([['f:spec', 'f:replicas']]);
    expect(set.hasDescendantOf(['f:spec'])).toBe(true);
    expect(set.hasDescendantOf(['f:spec', 'f:replicas'])).toBe(false);
  });
});

describe('formatPath', () => {
  it('prints fields, keys, values and indexes as Kubernetes does in conflict messages', () => {
    expect(formatPath(['f:spec', 'f:template', 'f:spec', 'f:containers', 'k:{"name":"web"}', 'f:image'])).toBe('.spec.template.spec.containers[name="web"].image');
    expect(formatPath(['f:spec', 'f:ports', 'k:{"port":80,"protocol":"TCP"}'])).toBe('.spec.ports[port=80,protocol="TCP"]');
    expect(formatPath(['f:metadata', 'f:finalizers', 'v:"a.io/x"'])).toBe('.metadata.finalizers[="a.io/x"]');
    expect(formatPath(['f:list', 'i:3'])).toBe('.list[3]');
  });
});
