import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { networkFileMounts, preparePodNetworkFiles } from './pod-network-files.ts';
import type { Pod } from './pod-types.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-netfiles-'));
  writeFileSync(path.join(dir, 'node-resolv.conf'), 'nameserver 10.0.0.2\nsearch corp.example\n');
  writeFileSync(path.join(dir, 'node-hosts'), '127.0.0.1 localhost\n10.0.0.9 node-a\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pod = (spec: Partial<Pod['spec']> = {}): Pod => ({ metadata: { name: 'web', namespace: 'shop', uid: 'u1' }, spec: { containers: [], ...spec } });
const facts = (p: Pod) => ({
  pod: p,
  podIP: '127.64.1.7',
  podDir: dir,
  dns: { clusterDNS: [], clusterDomain: 'cluster.local', resolvConf: path.join(dir, 'node-resolv.conf') },
  nodeHostsPath: path.join(dir, 'node-hosts'),
});

describe('preparePodNetworkFiles', () => {
  it("writes the pod's hosts file and resolv.conf, with the MissingClusterDNS warning of a ClusterFirst pod on an agent without cluster DNS", async () => {
    const files = await preparePodNetworkFiles(facts(pod({ hostAliases: [{ ip: '10.1.1.1', hostnames: ['db'] }] })));
    expect(readFileSync(files.hosts!, 'utf8')).toContain('127.64.1.7\tweb\n\n# Entries added by HostAliases.\n10.1.1.1\tdb\n');
    expect(readFileSync(files.resolvConf, 'utf8')).toBe('search corp.example\nnameserver 10.0.0.2\n');
    expect(files.warnings.map(([reason]) => reason)).toEqual(['MissingClusterDNS']);
  });

  it('keeps files already written (an agent restart) and warns only once', async () => {
    const first = await preparePodNetworkFiles(facts(pod()));
    writeFileSync(first.resolvConf, 'nameserver 9.9.9.9\n');
    const again = await preparePodNetworkFiles(facts(pod({ dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'] } })));
    expect(readFileSync(again.resolvConf, 'utf8')).toBe('nameserver 9.9.9.9\n');
    expect(again.warnings).toEqual([]);
  });

  it("gives a hostNetwork pod no hosts file of its own, unless it has aliases: then the node's file and its aliases", async () => {
    expect((await preparePodNetworkFiles(facts(pod({ hostNetwork: true })))).hosts).toBeUndefined();
    rmSync(path.join(dir, 'resolv.conf'));
    const files = await preparePodNetworkFiles(facts(pod({ hostNetwork: true, hostAliases: [{ ip: '10.1.1.1', hostnames: ['db'] }] })));
    expect(readFileSync(files.hosts!, 'utf8')).toBe('# Kubernetes-managed hosts file (host network).\n127.0.0.1 localhost\n10.0.0.9 node-a\n\n# Entries added by HostAliases.\n10.1.1.1\tdb\n');
  });
});

describe('networkFileMounts', () => {
  const files = { hosts: '/pods/u1/etc-hosts', resolvConf: '/pods/u1/resolv.conf' };

  it('binds both files at their paths', () => {
    expect(networkFileMounts({ name: 'c' }, files)).toEqual([
      { hostPath: '/pods/u1/etc-hosts', containerPath: '/etc/hosts', readOnly: false },
      { hostPath: '/pods/u1/resolv.conf', containerPath: '/etc/resolv.conf', readOnly: false },
    ]);
  });

  it('leaves a path to the volume the container mounts there or above it', () => {
    expect(networkFileMounts({ name: 'c', volumeMounts: [{ name: 'v', mountPath: '/etc/hosts' }] }, files).map((m) => m.containerPath)).toEqual(['/etc/resolv.conf']);
    expect(networkFileMounts({ name: 'c', volumeMounts: [{ name: 'v', mountPath: '/etc/' }] }, files)).toEqual([]);
    expect(networkFileMounts({ name: 'c', volumeMounts: [{ name: 'v', mountPath: '/etc/app' }] }, files)).toHaveLength(2);
  });

  it('binds no hosts file when the pod has none', () => {
    expect(networkFileMounts({ name: 'c' }, { resolvConf: files.resolvConf }).map((m) => m.containerPath)).toEqual(['/etc/resolv.conf']);
  });
});
