/**
 * A pod's /etc/resolv.conf as the kubelet forms it (pkg/kubelet/network/dns/dns.go): the pod's
 * `dnsPolicy` picks the base (the cluster DNS, the node's resolv.conf, or nothing), the pod's
 * `dnsConfig` is merged into it, and Kubernetes' limits are applied (3 nameservers, 32 search
 * domains of at most 253 characters, 2048 characters of search line). Pure: the agent reads the
 * node's file and writes the result (pod-network-files.ts).
 */
import type { Pod, PodDNSConfig } from './pod-types.ts';

/** Kubernetes' limits (validation.MaxDNSNameservers, MaxDNSSearchPaths, MaxDNSSearchListChars). */
export const MAX_DNS_NAMESERVERS = 3;
export const MAX_DNS_SEARCH_PATHS = 32;
export const MAX_DNS_SEARCH_LIST_CHARS = 2048;
const MAX_SEARCH_DOMAIN_LENGTH = 253;
/** The options of a ClusterFirst pod (the kubelet's defaultDNSOptions). */
const CLUSTER_FIRST_OPTIONS = ['ndots:5'];

export interface DNSSettings {
  nameservers: string[];
  searches: string[];
  /** `name` or `name:value`, in order. */
  options: string[];
}

/** Reads a resolv.conf as the kubelet does: nameservers, the last `search` line (without "." and trailing dots), options. */
export function parseResolvConf(text: string): DNSSettings {
  const out: DNSSettings = { nameservers: [], searches: [], options: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const [keyword, ...fields] = line.split(/\s+/);
    if (keyword === 'nameserver' && fields[0]) out.nameservers.push(fields[0]);
    else if (keyword === 'search') out.searches = fields.filter((s) => s !== '.').map((s) => s.replace(/\.$/, ''));
    else if (keyword === 'options') out.options = mergeOptions(out.options, fields);
  }
  return out;
}

/** The distinct values, first occurrence kept. */
function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Options merged by name: a later value replaces an earlier one in its place. */
function mergeOptions(existing: string[], added: string[]): string[] {
  const byName = new Map<string, string>();
  for (const option of [...existing, ...added]) {
    const colon = option.indexOf(':');
    byName.set(colon === -1 ? option : option.slice(0, colon), option);
  }
  return [...byName.values()];
}

export interface PodDNSFacts {
  /** The node's resolv.conf, parsed (the kubelet's --resolv-conf, default /etc/resolv.conf). */
  node: DNSSettings;
  /** The cluster DNS server addresses the agent was given (kubelet --cluster-dns); may be empty. */
  clusterDNS: string[];
  /** kubelet --cluster-domain, e.g. cluster.local. */
  clusterDomain: string;
}

export interface PodDNS extends DNSSettings {
  /** Warning events to record on the pod: [reason, message]. */
  warnings: [string, string][];
}

/** The policy that applies: ClusterFirst falls back to Default on a hostNetwork pod. */
function effectivePolicy(pod: Pod): 'cluster' | 'node' | 'none' {
  switch (pod.spec.dnsPolicy ?? 'ClusterFirst') {
    case 'None':
      return 'none';
    case 'ClusterFirstWithHostNet':
      return 'cluster';
    case 'Default':
      return 'node';
    default:
      return pod.spec.hostNetwork ? 'node' : 'cluster';
  }
}

/** The search line within Kubernetes' limits; the second value says whether something was cut. */
function fitSearches(searches: string[]): [string[], boolean] {
  let cut = searches.length > MAX_DNS_SEARCH_PATHS;
  let fitted = searches.slice(0, MAX_DNS_SEARCH_PATHS).filter((s) => {
    if (s.length <= MAX_SEARCH_DOMAIN_LENGTH) return true;
    cut = true;
    return false;
  });
  while (fitted.length > 0 && fitted.join(' ').length > MAX_DNS_SEARCH_LIST_CHARS) {
    fitted = fitted.slice(0, -1);
    cut = true;
  }
  return [fitted, cut];
}

/**
 * The pod's DNS settings (the kubelet's GetPodDNS). ClusterFirst without a cluster DNS server
 * falls back to the node's settings with a MissingClusterDNS warning, as the kubelet does.
 */
export function podDNS(pod: Pod, f: PodDNSFacts): PodDNS {
  const warnings: [string, string][] = [];
  let base: DNSSettings;
  const policy = effectivePolicy(pod);
  if (policy === 'none') base = { nameservers: [], searches: [], options: [] };
  else if (policy === 'cluster' && f.clusterDNS.length > 0) {
    const cluster = f.clusterDomain ? [`${pod.metadata.namespace}.svc.${f.clusterDomain}`, `svc.${f.clusterDomain}`, f.clusterDomain] : [];
    base = { nameservers: [...f.clusterDNS], searches: unique([...cluster, ...f.node.searches]), options: [...CLUSTER_FIRST_OPTIONS] };
  } else {
    if (policy === 'cluster') {
      warnings.push([
        'MissingClusterDNS',
        `pod: "${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})". kubelet does not have ClusterDNS IP configured and cannot create Pod using "ClusterFirst" policy. Falling back to "Default" policy.`,
      ]);
    }
    base = { nameservers: [...f.node.nameservers], searches: [...f.node.searches], options: [...f.node.options] };
  }
  const config: PodDNSConfig = pod.spec.dnsConfig ?? {};
  let nameservers = unique([...base.nameservers, ...(config.nameservers ?? [])]);
  const [searches, searchesCut] = fitSearches(unique([...base.searches, ...(config.searches ?? [])]));
  const options = mergeOptions(
    base.options,
    (config.options ?? []).map((o) => (o.value ? `${o.name}:${o.value}` : o.name)),
  );
  if (nameservers.length > MAX_DNS_NAMESERVERS) {
    nameservers = nameservers.slice(0, MAX_DNS_NAMESERVERS);
    warnings.push(['DNSConfigForming', `Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: ${nameservers.join(' ')}`]);
  }
  if (searchesCut) warnings.push(['DNSConfigForming', `Search Line limits were exceeded, some search paths have been omitted, the applied search line is: ${searches.join(' ')}`]);
  return { nameservers, searches, options, warnings };
}

/** The file's text, in containerd's order: search, nameservers, options. */
export function renderResolvConf(s: DNSSettings): string {
  let text = '';
  if (s.searches.length) text += `search ${s.searches.join(' ')}\n`;
  for (const ns of s.nameservers) text += `nameserver ${ns}\n`;
  if (s.options.length) text += `options ${s.options.join(' ')}\n`;
  return text;
}
