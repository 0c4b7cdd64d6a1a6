/**
 * JSON patch cases checked against the library the Kubernetes API server and kubectl use
 * (evanphx/json-patch v4), through `kubectl patch --local --type json` (record-kubectl.ts).
 */
import type { KObject } from '../../../kinds/types.ts';

export interface JsonPatchCase {
  name: string;
  original: KObject;
  patch: unknown;
}

function configMap(): KObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'c', annotations: { 'a/b': 'x', 'c~d': 'y' }, finalizers: ['f0', 'f1', 'f2'], labels: { app: 'web', empty: '' } },
    data: { a: '1', nested: '{"x":1}' },
  };
}

const deployment = (): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: { replicas: 2, template: { spec: { containers: [{ name: 'a', image: 'a:1', args: ['x'] }, { name: 'b', image: 'b:1' }] } } },
});

const cases: [string, unknown, KObject?][] = [
  ['add a member', [{ op: 'add', path: '/data/b', value: '2' }]],
  ['add over an existing member', [{ op: 'add', path: '/data/a', value: '9' }]],
  ['add a map', [{ op: 'add', path: '/metadata/labels', value: { x: 'y' } }]],
  ['add inside a list', [{ op: 'add', path: '/metadata/finalizers/1', value: 'n' }]],
  ['add at the end with -', [{ op: 'add', path: '/metadata/finalizers/-', value: 'n' }]],
  ['add at the index equal to the length', [{ op: 'add', path: '/metadata/finalizers/3', value: 'n' }]],
  ['add at a negative index', [{ op: 'add', path: '/metadata/finalizers/-1', value: 'n' }]],
  ['add with a leading zero', [{ op: 'add', path: '/metadata/finalizers/01', value: 'n' }]],
  ['add without a value adds null', [{ op: 'add', path: '/data/b' }]],
  ['add with escaped keys', [{ op: 'add', path: '/metadata/annotations/x~1y~0z', value: 'v' }]],
  ['add with an unknown escape', [{ op: 'add', path: '/metadata/annotations/a~2', value: 'v' }]],
  ['add to a container in a list', [{ op: 'add', path: '/spec/template/spec/containers/0/args/-', value: 'y' }], deployment()],
  ['add a container', [{ op: 'add', path: '/spec/template/spec/containers/-', value: { name: 'c', image: 'c' } }], deployment()],
  ['remove a member', [{ op: 'remove', path: '/data/a' }]],
  ['remove an escaped member', [{ op: 'remove', path: '/metadata/annotations/a~1b' }, { op: 'remove', path: '/metadata/annotations/c~0d' }]],
  ['remove a list element', [{ op: 'remove', path: '/metadata/finalizers/1' }]],
  ['remove the last element by a negative index', [{ op: 'remove', path: '/metadata/finalizers/-1' }]],
  ['remove a container', [{ op: 'remove', path: '/spec/template/spec/containers/0' }], deployment()],
  ['replace a member', [{ op: 'replace', path: '/spec/replicas', value: 5 }], deployment()],
  ['replace a missing member adds it', [{ op: 'replace', path: '/data/zz', value: '1' }]],
  ['replace a list element', [{ op: 'replace', path: '/metadata/finalizers/0', value: 'r' }]],
  ['replace by a negative index', [{ op: 'replace', path: '/metadata/finalizers/-3', value: 'r' }]],
  ['replace the whole document', [{ op: 'replace', path: '', value: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } } }]],
  ['move a member', [{ op: 'move', from: '/data/a', path: '/data/b' }]],
  ['move a list element to the end', [{ op: 'move', from: '/metadata/finalizers/0', path: '/metadata/finalizers/-' }]],
  ['copy a map', [{ op: 'copy', from: '/data', path: '/binaryData' }]],
  ['copy then change the copy', [{ op: 'copy', from: '/metadata/labels', path: '/metadata/annotations' }, { op: 'add', path: '/metadata/annotations/z', value: 'z' }]],
  ['copy from a missing member copies null', [{ op: 'copy', from: '/nothere', path: '/x' }]],
  ['test passes on an equal value', [{ op: 'test', path: '/data/a', value: '1' }, { op: 'replace', path: '/data/a', value: '2' }]],
  ['test passes on an equal map in another key order', [{ op: 'test', path: '/metadata/labels', value: { empty: '', app: 'web' } }]],
  ['test for null passes on a missing member', [{ op: 'test', path: '/data/zz', value: null }]],
  ['test on the whole document', [{ op: 'test', path: '', value: configMap() }]],
  ['an empty patch', []],
  ['rejected: test of a different value', [{ op: 'test', path: '/data/a', value: '2' }]],
  ['rejected: test of a number against a string', [{ op: 'test', path: '/data/a', value: 1 }]],
  ['rejected: test of a list in another order', [{ op: 'test', path: '/metadata/finalizers', value: ['f1', 'f0', 'f2'] }]],
  ['rejected: test of a missing member against a value', [{ op: 'test', path: '/data/zz', value: 'x' }]],
  ['rejected: test past the end of a list', [{ op: 'test', path: '/metadata/finalizers/5', value: null }]],
  ['rejected: a failing test after a change', [{ op: 'replace', path: '/data/a', value: '2' }, { op: 'test', path: '/data/a', value: '1' }]],
  ['rejected: add under a missing parent', [{ op: 'add', path: '/data/x/y', value: 'z' }]],
  ['rejected: add under a string', [{ op: 'add', path: '/data/a/y', value: 'z' }]],
  ['rejected: add past the end of a list', [{ op: 'add', path: '/metadata/finalizers/4', value: 'n' }]],
  ['rejected: add at the empty pointer', [{ op: 'add', path: '', value: {} }]],
  ['rejected: remove a missing member', [{ op: 'remove', path: '/data/zz' }]],
  ['rejected: remove -', [{ op: 'remove', path: '/metadata/finalizers/-' }]],
  ['rejected: remove past the end of a list', [{ op: 'remove', path: '/metadata/finalizers/3' }]],
  ['rejected: remove the whole document', [{ op: 'remove', path: '' }]],
  ['rejected: replace past the end of a list', [{ op: 'replace', path: '/metadata/finalizers/3', value: 'r' }]],
  ['rejected: replace under a missing parent', [{ op: 'replace', path: '/nothere/x', value: '1' }]],
  ['rejected: move a missing member', [{ op: 'move', from: '/nothere', path: '/x' }]],
  ['rejected: move into its own child', [{ op: 'move', from: '/metadata', path: '/metadata/x' }]],
  ['rejected: an unknown op', [{ op: 'merge', path: '/data/a' }]],
  ['rejected: no op', [{ path: '/data/a' }]],
  ['rejected: no path', [{ op: 'add', value: 1 }]],
  ['rejected: copy without from', [{ op: 'copy', path: '/x' }]],
  ['rejected: a patch that is not a list', { op: 'add', path: '/x', value: 1 }],
];

export const CASES: JsonPatchCase[] = cases.map(([name, patch, original]) => ({ name, patch, original: original ?? configMap() }));
