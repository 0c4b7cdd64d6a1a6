import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContainerConfigError } from '../container-env.ts';
import { mountsFileText, nodeMountPoints } from '../runtime/process/mount-namespace.ts';
import { containerMounts, isWithin } from './container-mounts.ts';
import type { PreparedVolume } from './pod-volumes.ts';

let root: string;
let volumes: Map<string, PreparedVolume>;
beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'capstan-mounts-')));
  mkdirSync(path.join(root, 'data'));
  mkdirSync(path.join(root, 'cfg'));
  volumes = new Map([
    ['data', { name: 'data', hostPath: path.join(root, 'data'), readOnly: false }],
    ['cfg', { name: 'cfg', hostPath: path.join(root, 'cfg'), readOnly: true }],
  ]);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('containerMounts', () => {
  it('binds volumes at their mountPaths, parents first, read-only when the mount or the volume says so', () => {
    const mounts = containerMounts(
      { name: 'c', volumeMounts: [{ name: 'cfg', mountPath: '/data/conf/' }, { name: 'data', mountPath: '/data', readOnly: true }, { name: 'data', mountPath: '/scratch' }] },
      volumes,
      {},
    );
    expect(mounts).toEqual([
      { hostPath: path.join(root, 'data'), containerPath: '/data', readOnly: true },
      { hostPath: path.join(root, 'data'), containerPath: '/scratch', readOnly: false },
      { hostPath: path.join(root, 'cfg'), containerPath: '/data/conf/', readOnly: true },
    ].sort((a, b) => a.containerPath.split('/').length - b.containerPath.split('/').length));
  });

  it('makes a missing subPath, and expands subPathExpr', () => {
    const [m] = containerMounts({ name: 'c', volumeMounts: [{ name: 'data', mountPath: '/logs', subPathExpr: 'logs/$(POD_NAME)' }] }, volumes, { POD_NAME: 'web-1' });
    expect(m!.hostPath).toBe(path.join(root, 'data', 'logs', 'web-1'));
    expect(existsSync(m!.hostPath)).toBe(true);
  });

  it('refuses a subPath that leaves the volume through a symlink', () => {
    symlinkSync('/etc', path.join(root, 'data', 'escape'));
    expect(() => containerMounts({ name: 'c', volumeMounts: [{ name: 'data', mountPath: '/x', subPath: 'escape' }] }, volumes, {})).toThrow(new ContainerConfigError('volumeMount "data": subPath "escape" leads outside the volume'));
  });

  it('names a volume the pod lacks', () => {
    expect(() => containerMounts({ name: 'c', volumeMounts: [{ name: 'nope', mountPath: '/x' }] }, volumes, {})).toThrow(ContainerConfigError);
  });

  it('isWithin', () => {
    expect(isWithin('/a/b', '/a/b')).toBe(true);
    expect(isWithin('/a/b', '/a/b/c')).toBe(true);
    expect(isWithin('/a/b', '/a/bc')).toBe(false);
    expect(isWithin('/a/b', '/a')).toBe(false);
    expect(isWithin('/a/b', '/a/b/..2026_12_06/key')).toBe(true);
    expect(isWithin('/a/b', '/a/b/../c')).toBe(false);
  });
});

describe("the process runtime's mounts file", () => {
  it('is one tab-separated line per mount: kind, source, target, ro|rw', () => {
    const text = mountsFileText(
      [
        { hostPath: '/srv/dir', containerPath: '/data', readOnly: false },
        { hostPath: '/srv/file', containerPath: '/etc/app.conf', readOnly: true },
      ],
      (p) => p === '/srv/dir',
    );
    expect(text).toBe('d\t/srv/dir\t/data\trw\nf\t/srv/file\t/etc/app.conf\tro\n');
  });

  it('names the mount points to make on the node: missing paths outside the container’s other mounts, deepest first', () => {
    const existing = new Set(['/etc', '/var', '/var/run']);
    const points = nodeMountPoints(
      [
        { hostPath: '/v/a', containerPath: '/etc/app', readOnly: false },
        { hostPath: '/v/b', containerPath: '/var/run/x/y', readOnly: false },
        { hostPath: '/v/c', containerPath: '/etc/app/nested/deep', readOnly: false },
        { hostPath: '/v/d', containerPath: '/srv/data', readOnly: false },
        { hostPath: '/v/e', containerPath: '/srv/data/..hidden', readOnly: false },
      ],
      (p) => existing.has(p),
    );
    expect(points).toEqual(['/var/run/x/y', '/var/run/x', '/etc/app', '/srv/data', '/srv']);
  });

  it('refuses paths the script could not read back', () => {
    expect(() => mountsFileText([{ hostPath: '/srv/a\tb', containerPath: '/x', readOnly: false }], () => true)).toThrow(/tab or newline/);
  });
});
