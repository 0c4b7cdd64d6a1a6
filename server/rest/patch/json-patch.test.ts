import { describe, expect, it } from 'vitest';
import { CapstanError } from '../../errors.ts';
import { applyJsonPatch } from './json-patch.ts';

const deployment = () => ({
  metadata: { name: 'web', labels: { app: 'web' }, annotations: { 'a/b': 'x', 'c~d': 'y' } },
  spec: { replicas: 2, template: { spec: { containers: [{ name: 'a', image: 'a:1' }, { name: 'b', image: 'b:1' }] } } },
});

function failure(doc: unknown, patch: unknown): CapstanError {
  try {
    applyJsonPatch(doc, patch);
  } catch (err) {
    expect(err).toBeInstanceOf(CapstanError);
    expect((err as CapstanError).code).toBe('INVALID');
    return err as CapstanError;
  }
  throw new Error('the patch applied');
}

describe('applyJsonPatch', () => {
  describe('add', () => {
    it('sets a new member of an object', () => {
      expect(applyJsonPatch({ a: 1 }, [{ op: 'add', path: '/b', value: { c: 2 } }])).toEqual({ a: 1, b: { c: 2 } });
    });
    it('replaces an existing member of an object', () => {
      expect(applyJsonPatch({ a: 1 }, [{ op: 'add', path: '/a', value: 3 }])).toEqual({ a: 3 });
    });
    it('inserts into a list before the given index', () => {
      expect(applyJsonPatch({ l: [1, 2] }, [{ op: 'add', path: '/l/1', value: 9 }])).toEqual({ l: [1, 9, 2] });
    });
    it('appends to a list with "-"', () => {
      expect(applyJsonPatch({ l: [1] }, [{ op: 'add', path: '/l/-', value: 2 }])).toEqual({ l: [1, 2] });
    });
    it('appends to a list at the index equal to its length', () => {
      expect(applyJsonPatch({ l: [1] }, [{ op: 'add', path: '/l/1', value: 2 }])).toEqual({ l: [1, 2] });
    });
    it('replaces the whole document at the empty pointer', () => {
      expect(applyJsonPatch({ a: 1 }, [{ op: 'add', path: '', value: [1] }])).toEqual([1]);
    });
    it('accepts null as a value', () => {
      expect(applyJsonPatch({}, [{ op: 'add', path: '/a', value: null }])).toEqual({ a: null });
    });
    it('fails when the parent does not exist', () => {
      expect(failure({}, [{ op: 'add', path: '/a/b', value: 1 }]).message).toBe('json patch operation 0 (add "/a/b"): path "/a" does not exist');
    });
    it('fails past the end of a list', () => {
      expect(failure({ l: [1] }, [{ op: 'add', path: '/l/2', value: 1 }]).message).toContain('list index 2 is out of range (the list has 1 element)');
    });
    it('fails when the parent is a scalar', () => {
      expect(failure({ a: 1 }, [{ op: 'add', path: '/a/b', value: 1 }]).message).toContain('it is a number, not an object or a list');
    });
  });

  describe('JSON pointers', () => {
    it('unescape ~1 to a slash and ~0 to a tilde', () => {
      const out = applyJsonPatch(deployment(), [
        { op: 'replace', path: '/metadata/annotations/a~1b', value: 'X' },
        { op: 'remove', path: '/metadata/annotations/c~0d' },
      ]) as ReturnType<typeof deployment>;
      expect(out.metadata.annotations).toEqual({ 'a/b': 'X' });
    });
    it('unescape ~01 to the two characters ~1, not to a slash', () => {
      expect(applyJsonPatch({}, [{ op: 'add', path: '/x~01', value: 1 }])).toEqual({ 'x~1': 1 });
    });
    it('reject a tilde followed by anything but 0 or 1', () => {
      expect(failure({}, [{ op: 'add', path: '/a~2', value: 1 }]).message).toContain('"~" must be followed by 0 or 1');
    });
    it('reject a pointer that does not start with a slash', () => {
      expect(failure({}, [{ op: 'add', path: 'a', value: 1 }]).message).toContain('must be empty or start with "/"');
    });
    it('reject list indexes with leading zeros', () => {
      expect(failure({ l: [1, 2] }, [{ op: 'remove', path: '/l/01' }]).message).toContain('"01" is not a list index');
    });
    it('treat an empty token as the member named ""', () => {
      expect(applyJsonPatch({ '': { a: 1 } }, [{ op: 'replace', path: '//a', value: 2 }])).toEqual({ '': { a: 2 } });
    });
  });

  describe('remove', () => {
    it('deletes an object member', () => {
      expect(applyJsonPatch({ a: 1, b: 2 }, [{ op: 'remove', path: '/a' }])).toEqual({ b: 2 });
    });
    it('deletes a list element and shifts the rest', () => {
      const out = applyJsonPatch(deployment(), [{ op: 'remove', path: '/spec/template/spec/containers/0' }]) as ReturnType<typeof deployment>;
      expect(out.spec.template.spec.containers).toEqual([{ name: 'b', image: 'b:1' }]);
    });
    it('fails when the member does not exist', () => {
      expect(failure({ a: 1 }, [{ op: 'remove', path: '/b' }]).message).toBe('json patch operation 0 (remove "/b"): path "/b" does not exist');
    });
    it('fails on "-", which names no element', () => {
      expect(failure({ l: [1] }, [{ op: 'remove', path: '/l/-' }]).message).toContain('"-" is not a list index');
    });
    it('fails at the index equal to the length of the list', () => {
      expect(failure({ l: [1] }, [{ op: 'remove', path: '/l/1' }]).message).toContain('out of range');
    });
  });

  describe('replace', () => {
    it('changes an existing value', () => {
      const out = applyJsonPatch(deployment(), [{ op: 'replace', path: '/spec/replicas', value: 5 }]) as ReturnType<typeof deployment>;
      expect(out.spec.replicas).toBe(5);
    });
    it('changes a list element in place', () => {
      expect(applyJsonPatch({ l: [1, 2, 3] }, [{ op: 'replace', path: '/l/1', value: 9 }])).toEqual({ l: [1, 9, 3] });
    });
    it('fails when the target does not exist', () => {
      expect(failure({ a: 1 }, [{ op: 'replace', path: '/b', value: 1 }]).message).toContain('path "/b" does not exist');
    });
    it('replaces the whole document at the empty pointer', () => {
      expect(applyJsonPatch({ a: 1 }, [{ op: 'replace', path: '', value: { b: 2 } }])).toEqual({ b: 2 });
    });
  });

  describe('move', () => {
    it('removes the value from one place and adds it at another', () => {
      expect(applyJsonPatch({ a: { x: 1 }, b: {} }, [{ op: 'move', from: '/a/x', path: '/b/y' }])).toEqual({ a: {}, b: { y: 1 } });
    });
    it('reorders list elements', () => {
      expect(applyJsonPatch({ l: [1, 2, 3] }, [{ op: 'move', from: '/l/0', path: '/l/-' }])).toEqual({ l: [2, 3, 1] });
    });
    it('fails when moving a value into its own child', () => {
      expect(failure({ a: { b: {} } }, [{ op: 'move', from: '/a', path: '/a/b/c' }]).message).toContain('cannot move "/a" into one of its own children');
    });
    it('fails when "from" does not exist', () => {
      expect(failure({}, [{ op: 'move', from: '/a', path: '/b' }]).message).toContain('path "/a" does not exist');
    });
    it('fails without "from"', () => {
      expect(failure({}, [{ op: 'move', path: '/b' }]).message).toBe('json patch operation 0: "from" is required for move');
    });
  });

  describe('copy', () => {
    it('adds a deep copy that later operations change independently', () => {
      const out = applyJsonPatch({ a: { x: [1] } }, [
        { op: 'copy', from: '/a', path: '/b' },
        { op: 'add', path: '/b/x/-', value: 2 },
      ]);
      expect(out).toEqual({ a: { x: [1] }, b: { x: [1, 2] } });
    });
  });

  describe('test', () => {
    it('passes when the value is equal, whatever the order of object keys', () => {
      const doc = { a: { x: 1, y: [1, { z: null }] } };
      expect(applyJsonPatch(doc, [{ op: 'test', path: '/a', value: { y: [1, { z: null }], x: 1 } }])).toEqual(doc);
    });
    it('fails with both values when they differ', () => {
      expect(failure({ spec: { replicas: 2 } }, [{ op: 'test', path: '/spec/replicas', value: 3 }]).message).toBe(
        'json patch operation 0 (test "/spec/replicas"): test failed: the value is 2, not 3',
      );
    });
    it('fails when lists differ in order', () => {
      failure({ l: [1, 2] }, [{ op: 'test', path: '/l', value: [2, 1] }]);
    });
    it('fails when the path does not exist', () => {
      expect(failure({}, [{ op: 'test', path: '/a', value: null }]).message).toContain('path "/a" does not exist');
    });
    it('tells a number from a string', () => {
      failure({ a: 1 }, [{ op: 'test', path: '/a', value: '1' }]);
    });
    it('stops the patch so that no later operation applies', () => {
      const doc = { a: 1 };
      failure(doc, [
        { op: 'replace', path: '/a', value: 2 },
        { op: 'test', path: '/a', value: 1 },
      ]);
      expect(doc).toEqual({ a: 1 });
    });
  });

  describe('a malformed patch', () => {
    it('is rejected when it is not a list', () => {
      expect(failure({}, { op: 'add' }).message).toBe('json patch must be a list of operations');
    });
    it('is rejected for an unknown op', () => {
      expect(failure({}, [{ op: 'merge', path: '/a' }]).message).toContain('unknown op "merge"');
    });
    it('is rejected without a path', () => {
      expect(failure({}, [{ op: 'remove' }]).message).toContain('"path" is required');
    });
    it('is rejected without a value for add, replace and test', () => {
      for (const op of ['add', 'replace', 'test']) expect(failure({ a: 1 }, [{ op, path: '/a' }]).message).toContain(`"value" is required for ${op}`);
    });
    it('is rejected before any operation applies, even when the bad operation comes last', () => {
      expect(failure({}, [{ op: 'add', path: '/a', value: 1 }, 'nonsense']).message).toBe('json patch operation 1: must be an object with "op" and "path"');
    });
  });

  it('never changes the document or the values in the patch', () => {
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
  });

  it('applies an empty patch as the identity', () => {
    expect(applyJsonPatch({ a: 1 }, [])).toEqual({ a: 1 });
  });
});
