import { describe, expect, it } from 'vitest';
import { ContainerConfigError } from '../container-env.ts';
import type { Pod } from '../pod-types.ts';
import { downwardAPIPayload, formatMap, keysToPayload, mergePayload, mountSubPath, samePayload, subPathError, volumePathError, type Payload } from './volume-payload.ts';

const b = (s: string) => Buffer.from(s);
const text = (p: Payload) => Object.fromEntries([...p].map(([k, f]) => [k, { data: f.data.toString(), mode: f.mode.toString(8) }]));

const pod: Pod = {
  metadata: { name: 'web-1', namespace: 'shop', uid: 'u-1', labels: { tier: 'front', app: 'web' }, annotations: { note: 'say "hi"\n' } },
  spec: { containers: [{ name: 'web', resources: { limits: { cpu: '250m', memory: '64Mi' } } }, { name: 'side' }] },
};
const ctx = { nodeName: 'n1', podIP: '127.64.0.5', hostIP: '127.64.0.1', nodeCpu: 4, nodeMemoryBytes: 8 * 2 ** 30 };

describe('keysToPayload', () => {
  it('projects every key to a file of its name with the default mode 0644', () => {
    expect(text(keysToPayload({ a: b('1'), 'b.conf': b('2') }, { what: 'ConfigMap x/y' }))).toEqual({ a: { data: '1', mode: '644' }, 'b.conf': { data: '2', mode: '644' } });
  });

  it('uses defaultMode for every file', () => {
    expect(text(keysToPayload({ a: b('1') }, { defaultMode: 0o400, what: 'Secret x/y' }))).toEqual({ a: { data: '1', mode: '400' } });
  });

  it('projects only the listed items, at their paths, with their own modes', () => {
    const p = keysToPayload({ a: b('1'), c: b('3') }, { items: [{ key: 'a', path: 'conf/a.txt', mode: 0o600 }, { key: 'c', path: 'c' }], defaultMode: 0o440, what: 'ConfigMap x/y' });
    expect(text(p)).toEqual({ 'conf/a.txt': { data: '1', mode: '600' }, c: { data: '3', mode: '440' } });
  });

  it('fails on an item whose key is missing, unless optional', () => {
    expect(() => keysToPayload({}, { items: [{ key: 'gone', path: 'g' }], what: 'ConfigMap x/y' })).toThrow(new ContainerConfigError("couldn't find key gone in ConfigMap x/y"));
    expect(keysToPayload({}, { items: [{ key: 'gone', path: 'g' }], optional: true, what: 'ConfigMap x/y' }).size).toBe(0);
  });

  it('refuses item paths that leave the volume', () => {
    expect(() => keysToPayload({ a: b('1') }, { items: [{ key: 'a', path: '../a' }], what: 'ConfigMap x/y' })).toThrow(/must not contain '\.\.'/);
    expect(() => keysToPayload({ a: b('1') }, { items: [{ key: 'a', path: '/etc/a' }], what: 'ConfigMap x/y' })).toThrow(/must be a relative path/);
  });
});

describe('the downward API', () => {
  it('writes labels and annotations as sorted key="value" lines, quoted like Go', () => {
    expect(formatMap(pod.metadata.labels)).toBe('app="web"\ntier="front"');
    expect(formatMap(pod.metadata.annotations)).toBe('note="say \\"hi\\"\\n"');
    expect(formatMap(undefined)).toBe('');
  });

  it('renders fieldRef and resourceFieldRef files with their modes', () => {
    const p = downwardAPIPayload(
      pod,
      [
        { path: 'name', fieldRef: { fieldPath: 'metadata.name' } },
        { path: 'ns', fieldRef: { fieldPath: 'metadata.namespace' } },
        { path: 'uid', fieldRef: { fieldPath: 'metadata.uid' } },
        { path: 'labels', fieldRef: { fieldPath: 'metadata.labels' }, mode: 0o600 },
        { path: 'tier', fieldRef: { fieldPath: "metadata.labels['tier']" } },
        { path: 'annotations', fieldRef: { fieldPath: 'metadata.annotations' } },
        { path: 'cpu_millis', resourceFieldRef: { containerName: 'web', resource: 'limits.cpu', divisor: '1m' } },
        { path: 'mem', resourceFieldRef: { containerName: 'web', resource: 'limits.memory', divisor: '1Mi' } },
        { path: 'side_cpu', resourceFieldRef: { containerName: 'side', resource: 'limits.cpu' } },
      ],
      0o444,
      ctx,
    );
    expect(text(p)).toEqual({
      name: { data: 'web-1', mode: '444' },
      ns: { data: 'shop', mode: '444' },
      uid: { data: 'u-1', mode: '444' },
      labels: { data: 'app="web"\ntier="front"', mode: '600' },
      tier: { data: 'front', mode: '444' },
      annotations: { data: 'note="say \\"hi\\"\\n"', mode: '444' },
      cpu_millis: { data: '250', mode: '444' },
      mem: { data: '64', mode: '444' },
      // No limit: the node's capacity, as in Kubernetes.
      side_cpu: { data: '4', mode: '444' },
    });
  });

  it('names a container that does not exist', () => {
    expect(() => downwardAPIPayload(pod, [{ path: 'x', resourceFieldRef: { containerName: 'nope', resource: 'limits.cpu' } }], undefined, ctx)).toThrow(/no container "nope"/);
  });
});

describe('paths inside a volume', () => {
  it.each([
    ['a/b', null],
    ['', 'must not be empty'],
    ['/abs', 'must be a relative path'],
    ['a/../b', "must not contain '..'"],
    ['..data', "must not start with '..'"],
  ])('volume file %j: %s', (p, problem) => expect(volumePathError(p)).toBe(problem));

  it.each([
    ['', null],
    ['logs/app', null],
    ['/var/log', 'must be a relative path'],
    ['../x', "must not contain '..'"],
    ['a/..', "must not contain '..'"],
    ['a..b', null],
  ])('subPath %j: %s', (p, problem) => expect(subPathError(p)).toBe(problem));

  it('expands subPathExpr from the environment and checks the result', () => {
    expect(mountSubPath({ subPathExpr: 'logs/$(POD_NAME)' }, { POD_NAME: 'web-1' })).toBe('logs/web-1');
    expect(mountSubPath({ subPath: 'plain/$(POD_NAME)' }, { POD_NAME: 'web-1' })).toBe('plain/$(POD_NAME)');
    expect(() => mountSubPath({ subPathExpr: '$(UP)/x' }, { UP: '..' })).toThrow(/subPath "\.\.\/x" \(from subPathExpr "\$\(UP\)\/x"\) must not contain/);
    expect(() => mountSubPath({ subPathExpr: '$(ROOT)' }, { ROOT: '/etc' })).toThrow(ContainerConfigError);
  });
});

describe('payloads', () => {
  it('refuses two sources writing one path', () => {
    const into: Payload = new Map([['a', { data: b('1'), mode: 0o644 }]]);
    expect(() => mergePayload(into, new Map([['a', { data: b('2'), mode: 0o644 }]]), 'projected volume "all"')).toThrow('projected volume "all": more than one source writes "a"');
  });

  it('compares bytes and modes', () => {
    const a: Payload = new Map([['a', { data: b('1'), mode: 0o644 }]]);
    expect(samePayload(a, new Map([['a', { data: b('1'), mode: 0o644 }]]))).toBe(true);
    expect(samePayload(a, new Map([['a', { data: b('1'), mode: 0o600 }]]))).toBe(false);
    expect(samePayload(a, new Map([['a', { data: b('2'), mode: 0o644 }]]))).toBe(false);
    expect(samePayload(a, new Map())).toBe(false);
  });
});
