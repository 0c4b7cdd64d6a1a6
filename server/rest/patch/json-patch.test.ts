import { describe, expect, it } from 'vitest';
import { CapstanError } from '../../errors.ts';
import { applyJsonPatch, MAX_JSON_PATCH_OPERATIONS } from './json-patch.ts';

const deployment = () => ({
  metadata: { name: 'web', labels: { app: 'web' }, annotations: { 'a/b': 'x', 'c~d': 'y' } },
  spec: { replicas: 2, template: { spec: { containers: [{ name: 'a', image: 'a:1' }, { name: 'b', image: 'b:1' }] } } },
});

function failure(doc: unknown, patch: unknown): string {
  try {
    applyJsonPatch(doc, patch);
  } catch (err) {
    expect(err).toBeInstanceOf(CapstanError);
    expect((err as CapstanError).code).toBe('INVALID');
    return (err as CapstanError).message;
  }
  throw new Error('the patch applied');
}

// What each operation does is checked against kubectl in json-patch.kubectl.test.ts; these
// tests pin down the messages kubectl users read and the guarantees callers rely on.
describe('applyJsonPatch', () => {
  describe('says what failed, naming the operation, in the words of the Kubernetes API server', () => {
    it('for a failing test', () => {
      expect(failure({ spec: { replicas: 2 } }, [{ op: 'add', path: '/x', value: 1 }, { op: 'test', path: '/spec/replicas', value: 3 }])).toBe(
        'json patch operation 1: testing value /spec/replicas failed: test failed',
      );
    });
    it('for a missing parent', () => {
      expect(failure({}, [{ op: 'add', path: '/a/b', value: 1 }])).toBe('json patch operation 0: add operation does not apply: doc is missing path: "/a/b": missing value');
    });
    it('for removing a missing member', () => {
      expect(failure({ a: 1 }, [{ op: 'remove', path: '/b' }])).toBe("json patch operation 0: error in remove for path: '/b': Unable to remove nonexistent key: b: missing value");
    });
    it('for an index out of range', () => {
      expect(failure({ l: [1] }, [{ op: 'add', path: '/l/2', value: 1 }])).toBe('json patch operation 0: error in /l/2: Unable to access invalid index: 2: invalid index referenced');
    });
    it('for an index that is not a number', () => {
      expect(failure({ l: [1] }, [{ op: 'remove', path: '/l/-' }])).toBe('json patch operation 0: error in /l/-: strconv.Atoi: parsing "-": invalid syntax');
    });
    it('for an unknown or missing op', () => {
      expect(failure({}, [{ op: 'merge', path: '/a' }])).toBe('json patch operation 0: Unexpected kind: merge');
      expect(failure({}, [{ path: '/a' }])).toBe('json patch operation 0: Unexpected kind: unknown');
    });
    it('for a missing path or from', () => {
      expect(failure({}, [{ op: 'remove' }])).toBe('json patch operation 0: remove operation failed to decode path: missing value');
      expect(failure({}, [{ op: 'move', path: '/b' }])).toBe('json patch operation 0: move operation failed to decode from: missing value');
    });
    it('for replacing the document with a scalar', () => {
      expect(failure({}, [{ op: 'replace', path: '', value: 3 }])).toBe('json patch operation 0: replace operation value must be object or array');
    });
    it('for a patch that is not a list of operations', () => {
      expect(failure({}, { op: 'add' })).toBe('json patch must be a list of operations');
      expect(failure({}, ['nonsense'])).toBe('json patch operation 0: an operation must be an object with "op" and "path"');
    });
    it('for a patch longer than the API server accepts', () => {
      const patch = Array.from({ length: MAX_JSON_PATCH_OPERATIONS + 1 }, () => ({ op: 'test', path: '/a', value: 1 }));
      expect(failure({ a: 1 }, patch)).toBe(`The allowed maximum operations in a JSON patch is 10000, got ${MAX_JSON_PATCH_OPERATIONS + 1}`);
    });
  });

  it('unescapes ~01 to the two characters ~1, not to a slash', () => {
    expect(applyJsonPatch({}, [{ op: 'add', path: '/x~01', value: 1 }])).toEqual({ 'x~1': 1 });
  });

  it('treats an empty token as the member named ""', () => {
    expect(applyJsonPatch({ '': { a: 1 } }, [{ op: 'replace', path: '//a', value: 2 }])).toEqual({ '': { a: 2 } });
  });

  it('copies deeply, so later operations change the copy alone', () => {
    const out = applyJsonPatch({ a: { x: [1] } }, [
      { op: 'copy', from: '/a', path: '/b' },
      { op: 'add', path: '/b/x/-', value: 2 },
    ]);
    expect(out).toEqual({ a: { x: [1] }, b: { x: [1, 2] } });
  });

  it('changes neither the document nor the values in the patch, even when it fails half-way', () => {
    const doc = deployment();
    const before = structuredClone(doc);
    const value = { name: 'c', image: 'c:1' };
    const out = applyJsonPatch(doc, [
      { op: 'add', path: '/spec/template/spec/containers/-', value },
      { op: 'replace', path: '/spec/template/spec/containers/2/image', value: 'c:2' },
      { op: 'remove', path: '/metadata/labels/app' },
    ]) as ReturnType<typeof deployment>;
    expect(doc).toEqual(before);
    expect(value.image).toBe('c:1');
    expect(out.spec.template.spec.containers[2]).toEqual({ name: 'c', image: 'c:2' });
    failure(doc, [{ op: 'remove', path: '/metadata/labels' }, { op: 'test', path: '/spec/replicas', value: 9 }]);
    expect(doc).toEqual(before);
  });
});
