import { describe, expect, it } from 'vitest';
import { CapstanError } from '../../errors.ts';
import { FieldSet } from './field-set.ts';
import { ObjectFields } from './object-fields.ts';
import { patchMetaFor } from './patch-meta.ts';

const pod = new ObjectFields(patchMetaFor('Pod'));
const containers = (...names: string[]) => ({ spec: { containers: names.map((name) => ({ name, image: name })) } });
const names = (obj: unknown) => (obj as { spec: { containers: { name: string }[] } }).spec.containers.map((c) => c.name);

describe('ObjectFields', () => {
  describe('merge', () => {
    it('keeps live-only items where they were and the applied items in the applied order', () => {
      expect(names(pod.merge(containers('a', 'b', 'c'), containers('c', 'a')))).toEqual(['b', 'c', 'a']);
    });
    it('appends applied items the live list lacks', () => {
      expect(names(pod.merge(containers('a'), containers('b', 'a')))).toEqual(['b', 'a']);
      expect(names(pod.merge(containers('a', 'b'), containers('c')))).toEqual(['a', 'b', 'c']);
    });
    it('deletes a field the configuration sets to null', () => {
      expect(pod.merge({ spec: { hostname: 'h', subdomain: 's' } }, { spec: { hostname: null } })).toEqual({ spec: { subdomain: 's' } });
    });
    it('replaces an atomic map whole (a pod nodeSelector)', () => {
      expect(pod.merge({ spec: { nodeSelector: { a: '1' } } }, { spec: { nodeSelector: { b: '2' } } })).toEqual({ spec: { nodeSelector: { b: '2' } } });
    });
  });

  describe('fieldSet', () => {
    it('owns an empty map and an atomic value as leaves, and leaves out server-managed metadata', () => {
      const set = pod.fieldSet({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p', namespace: 'n', uid: 'u', resourceVersion: '1', labels: { a: 'b' } },
        spec: { volumes: [{ name: 'v', emptyDir: {} }], nodeSelector: { x: 'y' }, tolerations: [{ key: 'k' }] },
      });
      expect(set.toFieldsV1()).toEqual({
        'f:metadata': { 'f:labels': { 'f:a': {} } },
        'f:spec': {
          'f:nodeSelector': {},
          'f:tolerations': {},
          'f:volumes': { 'k:{"name":"v"}': { '.': {}, 'f:emptyDir': {}, 'f:name': {} } },
        },
      });
    });
    it('rejects a keyed item without its key', () => {
      expect(() => pod.fieldSet({ spec: { containers: [{ image: 'x' }] } })).toThrow(CapstanError);
    });
  });

  describe('compare', () => {
    it('tells added, modified and removed fields apart', () => {
      const { added, modified, removed } = pod.compare(
        { metadata: { name: 'p', resourceVersion: '1' }, spec: { hostname: 'a', subdomain: 's' } },
        { metadata: { name: 'p', resourceVersion: '2', labels: { x: 'y' } }, spec: { hostname: 'b' } },
      );
      expect(added.toFieldsV1()).toEqual({ 'f:metadata': { 'f:labels': { '.': {}, 'f:x': {} } } });
      expect(modified.toFieldsV1()).toEqual({ 'f:spec': { 'f:hostname': {} } });
      expect(removed.toFieldsV1()).toEqual({ 'f:spec': { 'f:subdomain': {} } });
    });
    it('compares keyed list items by key, whatever their order', () => {
      const { added, modified, removed } = pod.compare(containers('a', 'b'), containers('b', 'a'));
      expect(added.size + modified.size + removed.size).toBe(0);
    });
    it('treats a list with items missing their key as atomic', () => {
      const { modified } = pod.compare({ spec: { containers: [{ image: 'x' }] } }, { spec: { containers: [{ image: 'y' }] } });
      expect(modified.toFieldsV1()).toEqual({ 'f:spec': { 'f:containers': {} } });
    });
  });

  describe('remove', () => {
    it('removes a field and a map it left empty that nobody owns', () => {
      const obj = { metadata: { name: 'p', labels: { a: 'b' } } };
      pod.remove(obj, new FieldSet([['f:metadata', 'f:labels', 'f:a']]), new FieldSet());
      expect(obj).toEqual({ metadata: { name: 'p' } });
    });
    it('keeps a list item someone owns a field of, with its key', () => {
      const obj = containers('a');
      pod.remove(obj, new FieldSet([['f:spec', 'f:containers', 'k:{"name":"a"}'], ['f:spec', 'f:containers', 'k:{"name":"a"}', 'f:name']]), new FieldSet([['f:spec', 'f:containers', 'k:{"name":"a"}', 'f:image']]));
      expect(obj).toEqual(containers('a'));
    });
    it('ignores paths the object does not have', () => {
      const obj = containers('a');
      pod.remove(obj, new FieldSet([['f:spec', 'f:containers', 'k:{"name":"zz"}'], ['f:spec', 'f:containers', 'i:0'], ['f:status', 'f:phase']]), new FieldSet());
      expect(obj).toEqual(containers('a'));
    });
  });
});
