import { describe, expect, it } from 'vitest';
import type { Pod } from './pod-types.ts';
import { parseResolvConf, podDNS, renderResolvConf, type PodDNSFacts } from './resolv-conf.ts';

const pod = (spec: Partial<Pod['spec']> = {}): Pod => ({ metadata: { name: 'web', namespace: 'shop', uid: 'u1' }, spec: { containers: [], ...spec } });
const node = parseResolvConf('# the node\nnameserver 10.0.0.2\nnameserver 10.0.0.3\nsearch corp.example. lab.example .\noptions timeout:2 rotate\n');
const withDNS: PodDNSFacts = { node, clusterDNS: ['10.96.0.10'], clusterDomain: 'cluster.local' };
const withoutDNS: PodDNSFacts = { ...withDNS, clusterDNS: [] };
const settings = (d: ReturnType<typeof podDNS>) => ({ nameservers: d.nameservers, searches: d.searches, options: d.options });

describe('parseResolvConf', () => {
  it('reads nameservers, the last search line without dots, and options; skips comments', () => {
    expect(node).toEqual({ nameservers: ['10.0.0.2', '10.0.0.3'], searches: ['corp.example', 'lab.example'], options: ['timeout:2', 'rotate'] });
    expect(parseResolvConf('search a\n; comment\nsearch b c\n').searches).toEqual(['b', 'c']);
  });
});

describe('podDNS', () => {
  describe('with dnsPolicy ClusterFirst', () => {
    it('uses only the cluster DNS server, the cluster search domains before the node ones, and ndots:5', () => {
      const d = podDNS(pod(), withDNS);
      expect(settings(d)).toEqual({
        nameservers: ['10.96.0.10'],
        searches: ['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local', 'corp.example', 'lab.example'],
        options: ['ndots:5'],
      });
      expect(d.warnings).toEqual([]);
    });

    it('falls back to the node settings with a MissingClusterDNS warning when the agent has no cluster DNS', () => {
      const d = podDNS(pod({ dnsPolicy: 'ClusterFirst' }), withoutDNS);
      expect(settings(d)).toEqual(node);
      expect(d.warnings).toEqual([
        ['MissingClusterDNS', 'pod: "web_shop(u1)". kubelet does not have ClusterDNS IP configured and cannot create Pod using "ClusterFirst" policy. Falling back to "Default" policy.'],
      ]);
    });

    it('uses the node settings for a hostNetwork pod, and the cluster ones with ClusterFirstWithHostNet', () => {
      expect(settings(podDNS(pod({ hostNetwork: true }), withDNS))).toEqual(node);
      expect(podDNS(pod({ hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' }), withDNS).nameservers).toEqual(['10.96.0.10']);
    });
  });

  it('uses the node settings with dnsPolicy Default, adding dnsConfig without duplicates and overriding options by name', () => {
    const d = podDNS(
      pod({ dnsPolicy: 'Default', dnsConfig: { nameservers: ['10.0.0.3', '1.1.1.1'], searches: ['lab.example', 'extra.example'], options: [{ name: 'timeout', value: '5' }, { name: 'edns0' }] } }),
      withDNS,
    );
    expect(settings(d)).toEqual({
      nameservers: ['10.0.0.2', '10.0.0.3', '1.1.1.1'],
      searches: ['corp.example', 'lab.example', 'extra.example'],
      options: ['timeout:5', 'rotate', 'edns0'],
    });
  });

  it('uses only dnsConfig with dnsPolicy None', () => {
    const d = podDNS(pod({ dnsPolicy: 'None', dnsConfig: { nameservers: ['1.2.3.4'], searches: ['ns1.svc.example'], options: [{ name: 'ndots', value: '2' }] } }), withDNS);
    expect(settings(d)).toEqual({ nameservers: ['1.2.3.4'], searches: ['ns1.svc.example'], options: ['ndots:2'] });
  });

  it('keeps three nameservers and 32 search domains, with a DNSConfigForming warning for each cut', () => {
    const searches = Array.from({ length: 40 }, (_, i) => `d${i}.example`);
    const d = podDNS(pod({ dnsPolicy: 'Default', dnsConfig: { nameservers: ['1.1.1.1', '8.8.8.8'], searches } }), withDNS);
    expect(d.nameservers).toEqual(['10.0.0.2', '10.0.0.3', '1.1.1.1']);
    expect(d.searches).toHaveLength(32);
    expect(d.warnings.map(([reason, message]) => [reason, message.split(',')[0]])).toEqual([
      ['DNSConfigForming', 'Nameserver limits were exceeded'],
      ['DNSConfigForming', 'Search Line limits were exceeded'],
    ]);
  });

  it('drops search domains longer than 253 characters and cuts the line to 2048 characters', () => {
    const long = `${'a'.repeat(250)}.example`;
    const wide = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}${'b'.repeat(120)}`);
    const d = podDNS(pod({ dnsPolicy: 'None', dnsConfig: { searches: [long, ...wide] } }), withDNS);
    expect(d.searches).not.toContain(long);
    expect(d.searches.join(' ').length).toBeLessThanOrEqual(2048);
    expect(d.searches).toEqual(wide.slice(0, d.searches.length));
    expect(d.warnings[0]![0]).toBe('DNSConfigForming');
  });
});

describe('renderResolvConf', () => {
  it('writes search, nameserver and options lines, leaving out empty ones', () => {
    expect(renderResolvConf({ nameservers: ['10.96.0.10', '1.1.1.1'], searches: ['a.svc', 'b'], options: ['ndots:5'] })).toBe('search a.svc b\nnameserver 10.96.0.10\nnameserver 1.1.1.1\noptions ndots:5\n');
    expect(renderResolvConf({ nameservers: [], searches: [], options: [] })).toBe('');
  });
});
