/**
 * A pod's /etc/hosts as the kubelet writes it (pkg/kubelet/kubelet_pods.go): the localhost
 * lines, the pod's IP with its hostname (fully qualified first when the pod has a subdomain),
 * then the pod's `hostAliases`. A hostNetwork pod gets the node's own file with the aliases
 * added after it. Pure: the agent writes the text (pod-network-files.ts).
 */
import type { HostAlias, Pod } from './pod-types.ts';

const MANAGED_HEADER = '# Kubernetes-managed hosts file.\n';
const MANAGED_HEADER_HOST_NETWORK = '# Kubernetes-managed hosts file (host network).\n';
/** Kubernetes' limit on a hostname (a DNS-1123 label). */
const MAX_HOSTNAME_LENGTH = 63;

/**
 * The pod's hostname (`spec.hostname`, else its name, cut to 63 characters without a trailing
 * '-' or '.') and, with `spec.subdomain`, its domain `<subdomain>.<namespace>.svc.<cluster domain>`.
 */
export function podHostnameAndDomain(pod: Pod, clusterDomain: string): { hostname: string; domain: string } {
  let hostname = pod.spec.hostname || pod.metadata.name;
  if (hostname.length > MAX_HOSTNAME_LENGTH) hostname = hostname.slice(0, MAX_HOSTNAME_LENGTH).replace(/[-.]+$/, '');
  const domain = pod.spec.subdomain ? `${pod.spec.subdomain}.${pod.metadata.namespace}.svc.${clusterDomain}` : '';
  return { hostname, domain };
}

/** The "# Entries added by HostAliases." section: one line per alias, its IP then its names; empty without aliases. */
export function hostAliasesSection(aliases: HostAlias[] | undefined): string {
  if (!aliases?.length) return '';
  const lines = aliases.map((a) => `${a.ip}\t${(a.hostnames ?? []).join('\t')}\n`);
  return `\n# Entries added by HostAliases.\n${lines.join('')}`;
}

export interface EtcHostsFacts {
  /** The pod's IPs (one here: its loopback IP). */
  podIPs: string[];
  hostname: string;
  /** `<subdomain>.<namespace>.svc.<cluster domain>`, or '' without a subdomain. */
  domain: string;
  hostAliases?: HostAlias[];
}

/** /etc/hosts of a pod with a network of its own. */
export function renderEtcHosts(f: EtcHostsFacts): string {
  let text =
    MANAGED_HEADER +
    '127.0.0.1\tlocalhost\n' +
    '::1\tlocalhost ip6-localhost ip6-loopback\n' +
    'fe00::0\tip6-localnet\n' +
    'fe00::0\tip6-mcastprefix\n' +
    'fe00::1\tip6-allnodes\n' +
    'fe00::2\tip6-allrouters\n';
  for (const ip of f.podIPs) text += f.domain ? `${ip}\t${f.hostname}.${f.domain}\t${f.hostname}\n` : `${ip}\t${f.hostname}\n`;
  return text + hostAliasesSection(f.hostAliases);
}

/** /etc/hosts of a hostNetwork pod: the node's own file, then the pod's aliases. */
export function renderHostNetworkEtcHosts(nodeHosts: string, hostAliases: HostAlias[] | undefined): string {
  const body = nodeHosts === '' || nodeHosts.endsWith('\n') ? nodeHosts : `${nodeHosts}\n`;
  return MANAGED_HEADER_HOST_NETWORK + body + hostAliasesSection(hostAliases);
}
