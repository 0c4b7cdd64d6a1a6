import { describe, expect, it } from 'vitest';
import { hostAliasesSection, podHostnameAndDomain, renderEtcHosts, renderHostNetworkEtcHosts } from './etc-hosts.ts';
import type { Pod } from './pod-types.ts';

const pod = (spec: Partial<Pod['spec']> = {}, name = 'web-0'): Pod => ({ metadata: { name, namespace: 'shop', uid: 'u1' }, spec: { containers: [], ...spec } });

describe('podHostnameAndDomain', () => {
  it('is the pod name without a domain when the pod sets neither hostname nor subdomain', () => {
    expect(podHostnameAndDomain(pod(), 'cluster.local')).toEqual({ hostname: 'web-0', domain: '' });
  });

  it('takes spec.hostname and builds subdomain.namespace.svc.<cluster domain>', () => {
    expect(podHostnameAndDomain(pod({ hostname: 'db', subdomain: 'backend' }), 'example.org')).toEqual({ hostname: 'db', domain: 'backend.shop.svc.example.org' });
  });

  it('cuts a long pod name to 63 characters without a trailing dash or dot', () => {
    const name = `${'a'.repeat(61)}-.bbbb`;
    expect(podHostnameAndDomain(pod({}, name), 'cluster.local').hostname).toBe('a'.repeat(61));
  });
});

describe('renderEtcHosts', () => {
  it('writes the localhost lines and the pod IP with its hostname', () => {
    expect(renderEtcHosts({ podIPs: ['127.64.1.5'], hostname: 'web-0', domain: '' })).toBe(
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n127.64.1.5\tweb-0\n',
    );
  });

  it('puts the fully qualified name first when the pod has a domain, then the aliases section', () => {
    const text = renderEtcHosts({
      podIPs: ['127.64.1.5'],
      hostname: 'db',
      domain: 'backend.shop.svc.cluster.local',
      hostAliases: [
        { ip: '10.1.2.3', hostnames: ['foo.local', 'bar.local'] },
        { ip: '10.1.2.4', hostnames: ['baz'] },
      ],
    });
    expect(text.endsWith('127.64.1.5\tdb.backend.shop.svc.cluster.local\tdb\n\n# Entries added by HostAliases.\n10.1.2.3\tfoo.local\tbar.local\n10.1.2.4\tbaz\n')).toBe(true);
  });
});

describe('hostAliasesSection', () => {
  it('is empty without aliases', () => {
    expect(hostAliasesSection(undefined)).toBe('');
    expect(hostAliasesSection([])).toBe('');
  });
});

describe('renderHostNetworkEtcHosts', () => {
  it("is the node's file under its own header, with the aliases after it", () => {
    expect(renderHostNetworkEtcHosts('127.0.0.1 localhost\n10.0.0.9 node-a', [{ ip: '10.1.2.3', hostnames: ['foo'] }])).toBe(
      '# Kubernetes-managed hosts file (host network).\n127.0.0.1 localhost\n10.0.0.9 node-a\n\n# Entries added by HostAliases.\n10.1.2.3\tfoo\n',
    );
  });
});
