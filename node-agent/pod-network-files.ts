/**
 * The files a pod's containers see at /etc/hosts and /etc/resolv.conf: written once per pod into
 * its folder on the node (`<pod dir>/etc-hosts`, `<pod dir>/resolv.conf`, as the kubelet keeps
 * them in its pod folder) and bound at those paths in every container, like the kubelet's own
 * mounts of them. A file already there (an agent restart) is kept as it is: containers that run
 * have it bound, and rewriting it could show them a half-written file.
 *
 * - /etc/hosts: the pod's own (etc-hosts.ts); a hostNetwork pod keeps the node's file unless it
 *   has hostAliases (then the node's file with the aliases after it).
 * - /etc/resolv.conf: per dnsPolicy and dnsConfig (resolv-conf.ts), for every pod.
 * - A container with a volumeMount at the file or a folder above it (e.g. a ConfigMap at /etc)
 *   keeps what that volume shows there: the agent binds nothing into a volume.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AgentDNSOptions } from './config.ts';
import { podHostnameAndDomain, renderEtcHosts, renderHostNetworkEtcHosts } from './etc-hosts.ts';
import type { Container, Pod } from './pod-types.ts';
import { parseResolvConf, podDNS, renderResolvConf } from './resolv-conf.ts';
import type { ContainerMount } from './runtime/types.ts';

export const ETC_HOSTS = '/etc/hosts';
export const ETC_RESOLV_CONF = '/etc/resolv.conf';

export interface PodNetworkFiles {
  /** The node file shown at /etc/hosts, or undefined when the container sees the node's own. */
  hosts?: string;
  /** The node file shown at /etc/resolv.conf. */
  resolvConf: string;
  /** Warning events to record on the pod, [reason, message] (only when the files were written now). */
  warnings: [string, string][];
}

export interface PodNetworkFilesFacts {
  pod: Pod;
  podIP: string;
  podDir: string;
  dns: AgentDNSOptions;
  /** The node's /etc/hosts (the base of a hostNetwork pod's). */
  nodeHostsPath?: string;
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** The node's file, or '' when it cannot be read (a node without one resolves nothing but the pod's own). */
async function readOrEmpty(p: string): Promise<string> {
  try {
    return await readFile(p, 'utf8');
  } catch {
    return '';
  }
}

/** Writes the pod's /etc/hosts and /etc/resolv.conf into its folder (unless there already) and says where they are. */
export async function preparePodNetworkFiles(f: PodNetworkFilesFacts): Promise<PodNetworkFiles> {
  const out: PodNetworkFiles = { resolvConf: path.join(f.podDir, 'resolv.conf'), warnings: [] };
  const { pod } = f;
  const aliases = pod.spec.hostAliases ?? [];
  if (!pod.spec.hostNetwork || aliases.length > 0) {
    out.hosts = path.join(f.podDir, 'etc-hosts');
    if (!(await exists(out.hosts))) {
      const text = pod.spec.hostNetwork
        ? renderHostNetworkEtcHosts(await readOrEmpty(f.nodeHostsPath ?? ETC_HOSTS), aliases)
        : renderEtcHosts({ podIPs: [f.podIP], ...podHostnameAndDomain(pod, f.dns.clusterDomain), hostAliases: aliases });
      await writeFile(out.hosts, text, { mode: 0o644 });
    }
  }
  if (!(await exists(out.resolvConf))) {
    const dns = podDNS(pod, { node: parseResolvConf(await readOrEmpty(f.dns.resolvConf)), clusterDNS: f.dns.clusterDNS, clusterDomain: f.dns.clusterDomain });
    await writeFile(out.resolvConf, renderResolvConf(dns), { mode: 0o644 });
    out.warnings = dns.warnings;
  }
  return out;
}

/** Whether one of the container's volumeMounts is at `file` or at a folder above it. */
function coveredByVolume(container: Container, file: string): boolean {
  return (container.volumeMounts ?? []).some((m) => {
    const rel = path.relative(path.normalize(m.mountPath), file);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

/** The container's mounts of the pod's /etc/hosts and /etc/resolv.conf. */
export function networkFileMounts(container: Container, files: Pick<PodNetworkFiles, 'hosts' | 'resolvConf'>): ContainerMount[] {
  const mounts: ContainerMount[] = [];
  // Not read-only, as the kubelet's mounts (the files are root's 0644: a container running as root may edit the pod's copy).
  if (files.hosts && !coveredByVolume(container, ETC_HOSTS)) mounts.push({ hostPath: files.hosts, containerPath: ETC_HOSTS, readOnly: false });
  if (!coveredByVolume(container, ETC_RESOLV_CONF)) mounts.push({ hostPath: files.resolvConf, containerPath: ETC_RESOLV_CONF, readOnly: false });
  return mounts;
}
