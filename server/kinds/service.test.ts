import { describe, expect, it } from 'vitest';
import { service } from './service.ts';
import type { KObject } from './types.ts';

function makeService(spec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'default' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80 }], ...spec },
  };
}

function problems(obj: KObject, old?: KObject): string[] {
  service.applyDefaults(obj);
  if (old) service.applyDefaults(old);
  return service.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

describe('service', () => {
  describe('applyDefaults', () => {
    it('fills the defaults of a ClusterIP service', () => {
      const s = makeService();
      service.applyDefaults(s);
      expect(s.spec).toEqual({
        selector: { app: 'web' },
        ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }],
        type: 'ClusterIP',
        sessionAffinity: 'None',
        internalTrafficPolicy: 'Cluster',
        ipFamilyPolicy: 'SingleStack',
        ipFamilies: ['IPv4'],
      });
    });

    it('gives ip families as Kubernetes does on a single-stack IPv4 cluster', () => {
      const headless = makeService({ clusterIP: 'None', selector: undefined });
      service.applyDefaults(headless);
      expect([headless.spec.ipFamilyPolicy, headless.spec.ipFamilies, headless.spec.clusterIPs]).toEqual(['RequireDualStack', ['IPv4'], ['None']]);
      const external = makeService({ type: 'ExternalName', externalName: 'db.example.com', ports: undefined, selector: undefined });
      service.applyDefaults(external);
      expect([external.spec.ipFamilyPolicy, external.spec.ipFamilies]).toEqual([undefined, undefined]);
      const allocated = makeService({ clusterIP: '127.32.0.10' });
      service.applyDefaults(allocated);
      expect(allocated.spec.clusterIPs).toEqual(['127.32.0.10']);
    });

    it('keeps named target ports', () => {
      const s = makeService({ ports: [{ port: 80, targetPort: 'http' }] });
      service.applyDefaults(s);
      expect(s.spec.ports[0].targetPort).toBe('http');
    });

    it('defaults externalTrafficPolicy for NodePort services', () => {
      const s = makeService({ type: 'NodePort' });
      service.applyDefaults(s);
      expect(s.spec.externalTrafficPolicy).toBe('Cluster');
    });

    it('defaults the ClientIP affinity timeout to three hours', () => {
      const s = makeService({ sessionAffinity: 'ClientIP' });
      service.applyDefaults(s);
      expect(s.spec.sessionAffinityConfig).toEqual({ clientIP: { timeoutSeconds: 10800 } });
    });
  });

  describe('validate', () => {
    it('accepts the ip family policies a single-stack cluster can honour and refuses the others', () => {
      expect(problems(makeService({ ipFamilyPolicy: 'PreferDualStack' }))).toEqual([]);
      expect(problems(makeService({ ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4'] }))).toEqual([]);
      expect(problems(makeService({ ipFamilyPolicy: 'RequireDualStack' }))).toEqual([
        'spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
      ]);
      expect(problems(makeService({ ipFamilyPolicy: 'Sometimes' }))).toEqual([
        'spec.ipFamilyPolicy: Unsupported value: "Sometimes": supported values: "SingleStack", "PreferDualStack", "RequireDualStack"',
      ]);
      expect(problems(makeService({ ipFamilies: ['IPv6'] }))).toEqual(['spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster']);
      expect(problems(makeService({ ipFamilies: ['IPv4', 'IPv4'], ipFamilyPolicy: 'PreferDualStack' }))).toEqual(['spec.ipFamilies[1]: Duplicate value: "IPv4"']);
      expect(problems(makeService({ ipFamilies: ['IPv4', 'IPv6'] }))[0]).toContain('ipFamilyPolicy must be PreferDualStack or RequireDualStack');
      expect(problems(makeService({ type: 'ExternalName', externalName: 'db.example.com', ipFamilyPolicy: 'SingleStack' }))).toEqual([
        'spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services',
      ]);
      expect(problems(makeService({ clusterIP: '127.32.0.10', clusterIPs: ['127.32.0.11'] }))).toEqual([
        'spec.clusterIPs: Invalid value: ["127.32.0.11"]: first value must match `clusterIP`',
      ]);
    });

    it.each([
      ['a ClusterIP service', {}],
      ['a headless service without ports', { clusterIP: 'None', ports: undefined }],
      ['a service with an allocated IP', { clusterIP: '127.32.0.10' }],
      ['a NodePort service', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }],
      ['an ExternalName service', { type: 'ExternalName', externalName: 'db.example.com.', ports: undefined, selector: undefined }],
      ['several named ports', { ports: [{ name: 'http', port: 80, targetPort: 'http' }, { name: 'https', port: 443 }] }],
      ['the same port over TCP and UDP', { ports: [{ name: 'dns', port: 53 }, { name: 'dns-udp', port: 53, protocol: 'UDP' }] }],
    ])('accepts %s', (_name, spec) => {
      expect(problems(makeService(spec))).toEqual([]);
    });

    it.each([
      ['an unknown type', { type: 'Internal' }, 'spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "NodePort", "LoadBalancer", "ExternalName"'],
      ['no ports', { ports: [] }, 'spec.ports: Required value'],
      ['a port out of range', { ports: [{ port: 0 }] }, 'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive'],
      ['a missing port', { ports: [{ name: 'http' }] }, 'spec.ports[0].port: Required value'],
      ['unnamed ports among several', { ports: [{ port: 80 }, { port: 443 }] }, 'spec.ports[0].name: Required value'],
      ['duplicate port names', { ports: [{ name: 'http', port: 80 }, { name: 'http', port: 81 }] }, 'spec.ports[1].name: Duplicate value: "http"'],
      ['duplicate ports', { ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] }, 'spec.ports[1]: Duplicate value'],
      ['a bad target port name', { ports: [{ port: 80, targetPort: 'HTTP' }] }, 'spec.ports[0].targetPort: Invalid value: "HTTP"'],
      ['a bad protocol', { ports: [{ port: 80, protocol: 'HTTP' }] }, 'spec.ports[0].protocol: Unsupported value: "HTTP"'],
      ['a nodePort on a ClusterIP service', { ports: [{ port: 80, nodePort: 30080 }] }, "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
      [
        'a nodePort outside the range',
        { type: 'NodePort', ports: [{ port: 80, nodePort: 8080 }] },
        'spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767',
      ],
      ['a malformed clusterIP', { clusterIP: '10.0.0' }, "spec.clusterIP: Invalid value: \"10.0.0\": must be empty, 'None', or a valid IP address"],
      ['a headless NodePort service', { type: 'NodePort', clusterIP: 'None' }, "may not be set to 'None' for NodePort services"],
      ['an ExternalName without a name', { type: 'ExternalName', ports: undefined }, 'spec.externalName: Required value'],
      ['a bad selector', { selector: { app: 'web server' } }, 'spec.selector[app]: Invalid value: "web server"'],
      ['a bad session affinity', { sessionAffinity: 'Sticky' }, 'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "None", "ClientIP"'],
      ['externalTrafficPolicy on ClusterIP', { externalTrafficPolicy: 'Local' }, "may only be set when `type` is 'NodePort' or 'LoadBalancer'"],
      [
        'a ClientIP timeout over a day',
        { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86401 } } },
        'must be greater than 0 and less than 86400',
      ],
    ])('rejects %s', (_name, spec, expected) => {
      const found = problems(makeService(spec));
      expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
    });

    it('keeps an allocated clusterIP', () => {
      const old = makeService({ clusterIP: '127.32.0.10' });
      expect(problems(makeService({ clusterIP: '127.32.0.11' }), old)).toEqual(['spec.clusterIP: Invalid value: "127.32.0.11": field is immutable']);
      expect(problems(makeService({ clusterIP: '127.32.0.10', ports: [{ port: 8080 }] }), old)).toEqual([]);
    });
  });
});
