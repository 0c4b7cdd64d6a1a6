import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContainerConfigError } from '../container-env.ts';
import type { Pod, Volume } from '../pod-types.ts';
import type { HostMounter } from './host-mounts.ts';
import { PodVolumes, prepareHostPath, type VolumeSources } from './pod-volumes.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'capstan-podvols-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Objects the fake API holds; tests change them between syncs. */
const configMaps = new Map<string, Record<string, string>>();
const secrets = new Map<string, Record<string, string>>();
const claims = new Map<string, string>();
const sources: VolumeSources = {
  async configMap(_ns, name) {
    const d = configMaps.get(name);
    return d ? Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Buffer.from(v)])) : null;
  },
  async secret(_ns, name) {
    const d = secrets.get(name);
    return d ? Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Buffer.from(v)])) : null;
  },
  async claimPath(_ns, name) {
    const dir = claims.get(name);
    if (!dir) throw new ContainerConfigError(`persistentvolumeclaim "${name}" is not bound to a volume yet`);
    return dir;
  },
};

/** Records tmpfs mounts instead of making them. */
function fakeMounter() {
  const mounted = new Map<string, number | undefined>();
  const mounter: HostMounter = {
    async mountTmpfs(dir, size) {
      mounted.set(dir, size);
    },
    async unmount(dir) {
      mounted.delete(dir);
    },
    isMountPoint: (dir) => mounted.has(dir),
  };
  return { mounter, mounted };
}

function podWith(volumes: Volume[], labels: Record<string, string> = { app: 'web' }): Pod {
  return { metadata: { name: 'p', namespace: 'ns', uid: 'uid-1', labels }, spec: { containers: [{ name: 'c' }], volumes } };
}

/** The tokens the fake TokenRequest issues, and what it was asked for. */
let tokenText = 'eyJ.token';
const tokenRequests: { audience: string | undefined; expirationSeconds: number }[] = [];

function volumesOf(pod: Pod, mounter = fakeMounter().mounter) {
  return new PodVolumes(pod, {
    podDir: path.join(root, 'pod'),
    sources,
    env: { nodeName: 'n1', podIP: '127.64.0.2', hostIP: '127.64.0.1', nodeCpu: 2, nodeMemoryBytes: 2 ** 30 },
    serviceAccountToken: async (audience, expirationSeconds) => {
      tokenRequests.push({ audience, expirationSeconds });
      return tokenText;
    },
    mounter,
  });
}

describe('PodVolumes', () => {
  it('prepares each type in its folder: emptyDir 0777, Memory as a tmpfs of sizeLimit, files read-only', async () => {
    configMaps.set('cfg', { 'a.conf': 'A' });
    const { mounter, mounted } = fakeMounter();
    const v = volumesOf(
      podWith([
        { name: 'scratch', emptyDir: {} },
        { name: 'fast', emptyDir: { medium: 'Memory', sizeLimit: '16Mi' } },
        { name: 'cfg', configMap: { name: 'cfg' } },
      ]),
      mounter,
    );
    const prepared = await v.setUp();
    const dir = (type: string, name: string) => path.join(root, 'pod', 'volumes', type, name);
    expect([...prepared.values()]).toEqual([
      { name: 'scratch', hostPath: dir('empty-dir', 'scratch'), readOnly: false },
      { name: 'fast', hostPath: dir('empty-dir', 'fast'), readOnly: false },
      { name: 'cfg', hostPath: dir('configmap', 'cfg'), readOnly: true },
    ]);
    expect(statSync(dir('empty-dir', 'scratch')).mode & 0o777).toBe(0o777);
    expect([...mounted]).toEqual([[dir('empty-dir', 'fast'), 16 * 2 ** 20]]);
    expect(readFileSync(path.join(dir('configmap', 'cfg'), 'a.conf'), 'utf8')).toBe('A');

    await v.tearDown();
    expect(mounted.size).toBe(0);
  });

  it('rewrites ConfigMap, Secret and downward API files on refresh, and says which changed', async () => {
    configMaps.set('cfg', { k: 'one' });
    secrets.set('sec', { password: 'p1' });
    const pod = podWith([
      { name: 'cfg', configMap: { name: 'cfg' } },
      { name: 'sec', secret: { secretName: 'sec', defaultMode: 0o400 } },
      { name: 'info', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
      { name: 'scratch', emptyDir: {} },
    ]);
    const v = volumesOf(pod);
    expect(v.updatable).toBe(true);
    await v.setUp();
    expect(await v.refresh()).toEqual([]);

    configMaps.set('cfg', { k: 'two' });
    v.update(podWith(pod.spec.volumes!, { app: 'web', tier: 'gold' }));
    expect(await v.refresh()).toEqual(['cfg', 'info']);
    const base = path.join(root, 'pod', 'volumes');
    expect(readFileSync(path.join(base, 'configmap', 'cfg', 'k'), 'utf8')).toBe('two');
    expect(readFileSync(path.join(base, 'downward-api', 'info', 'labels'), 'utf8')).toBe('app="web"\ntier="gold"');
    expect(statSync(path.join(base, 'secret', 'sec', 'password')).mode & 0o777).toBe(0o400);

    // The ConfigMap is deleted: its files stay, and the other volumes are still brought up to date.
    configMaps.delete('cfg');
    secrets.set('sec', { password: 'p2' });
    await expect(v.refresh()).rejects.toThrow('configmap "cfg" not found');
    expect(readFileSync(path.join(base, 'configmap', 'cfg', 'k'), 'utf8')).toBe('two');
    expect(readFileSync(path.join(base, 'secret', 'sec', 'password'), 'utf8')).toBe('p2');
  });

  it('merges projected sources, with the service-account token and defaultMode', async () => {
    configMaps.set('cfg', { a: 'A' });
    secrets.set('sec', { s: 'S' });
    const v = volumesOf(
      podWith([
        {
          name: 'all',
          projected: {
            defaultMode: 0o440,
            sources: [
              { configMap: { name: 'cfg', items: [{ key: 'a', path: 'cfg/a' }] } },
              { secret: { name: 'sec' } },
              { secret: { name: 'missing', optional: true } },
              { downwardAPI: { items: [{ path: 'name', fieldRef: { fieldPath: 'metadata.name' } }] } },
              { serviceAccountToken: { path: 'token', audience: 'vault', expirationSeconds: 3600 } },
            ],
          },
        },
      ]),
    );
    const dir = (await v.setUp()).get('all')!.hostPath;
    expect(readFileSync(path.join(dir, 'cfg/a'), 'utf8')).toBe('A');
    expect(readFileSync(path.join(dir, 's'), 'utf8')).toBe('S');
    expect(readFileSync(path.join(dir, 'name'), 'utf8')).toBe('p');
    expect(readFileSync(path.join(dir, 'token'), 'utf8')).toBe('eyJ.token');
    expect(statSync(path.join(dir, 'token')).mode & 0o777).toBe(0o440);
  });

  it('asks for the projected token with its audience and lifetime (3600 s when left out), and writes a refreshed token again', async () => {
    tokenRequests.length = 0;
    tokenText = 'eyJ.first';
    const v = volumesOf(
      podWith([
        {
          name: 'tokens',
          projected: {
            sources: [{ serviceAccountToken: { path: 'vault-token', audience: 'vault', expirationSeconds: 7200 } }, { serviceAccountToken: { path: 'api/token' } }],
          },
        },
      ]),
    );
    const dir = (await v.setUp()).get('tokens')!.hostPath;
    expect(tokenRequests).toEqual([
      { audience: 'vault', expirationSeconds: 7200 },
      { audience: undefined, expirationSeconds: 3600 },
    ]);
    expect(readFileSync(path.join(dir, 'api/token'), 'utf8')).toBe('eyJ.first');
    expect(statSync(path.join(dir, 'api/token')).mode & 0o777).toBe(0o600);
    expect(await v.refresh()).toEqual([]);
    tokenText = 'eyJ.second';
    expect(await v.refresh()).toEqual(['tokens']);
    expect(readFileSync(path.join(dir, 'vault-token'), 'utf8')).toBe('eyJ.second');
    tokenText = 'eyJ.token';
  });

  it('fails with a ContainerConfigError for a missing ConfigMap or an unbound claim, and tries again next time', async () => {
    const v = volumesOf(podWith([{ name: 'cfg', configMap: { name: 'later' } }, { name: 'data', persistentVolumeClaim: { claimName: 'claim' } }]));
    await expect(v.setUp()).rejects.toThrow(new ContainerConfigError('configmap "later" not found'));
    configMaps.set('later', {});
    await expect(v.setUp()).rejects.toThrow('persistentvolumeclaim "claim" is not bound to a volume yet');
    claims.set('claim', path.join(root, 'pv', 'claim'));
    const prepared = await v.setUp();
    expect(v.ready).toBe(true);
    expect(prepared.get('data')).toEqual({ name: 'data', hostPath: path.join(root, 'pv', 'claim'), readOnly: false });
    expect(statSync(path.join(root, 'pv', 'claim')).isDirectory()).toBe(true);
  });

  it('shows an optional ConfigMap that does not exist as an empty folder', async () => {
    const v = volumesOf(podWith([{ name: 'cfg', configMap: { name: 'absent', optional: true } }]));
    expect((await v.setUp()).get('cfg')!.readOnly).toBe(true);
  });
});

describe('prepareHostPath', () => {
  it('makes a DirectoryOrCreate folder and checks a Directory', () => {
    const dir = path.join(root, 'a', 'b');
    expect(prepareHostPath(dir, 'DirectoryOrCreate')).toBe(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(prepareHostPath(dir, 'Directory')).toBe(dir);
    expect(() => prepareHostPath(path.join(root, 'nope'), 'Directory')).toThrow(`hostPath type check failed: ${path.join(root, 'nope')} does not exist`);
  });

  it('makes a FileOrCreate file only in an existing folder, and checks File and Socket', () => {
    const file = path.join(root, 'f');
    expect(prepareHostPath(file, 'FileOrCreate')).toBe(file);
    expect(statSync(file).isFile()).toBe(true);
    expect(() => prepareHostPath(path.join(root, 'no-dir', 'f'), 'FileOrCreate')).toThrow(/does not exist \(FileOrCreate does not make it\)/);
    expect(() => prepareHostPath(root, 'File')).toThrow(`hostPath type check failed: ${root} is not a file`);
    expect(() => prepareHostPath(file, 'Socket')).toThrow('is not a socket');
  });

  it('takes any path with no type, even a missing one', () => {
    mkdirSync(path.join(root, 'x'));
    writeFileSync(path.join(root, 'x', 'y'), '');
    expect(prepareHostPath(path.join(root, 'x', 'y'), '')).toBe(path.join(root, 'x', 'y'));
    expect(prepareHostPath(path.join(root, 'missing'), '')).toBe(path.join(root, 'missing'));
  });
});
