import { describe, expect, it } from 'vitest';
import { Balancer } from './balancer.ts';
import { computeRoutes, type ProxyEndpoints, type ProxyService } from './service-routes.ts';

const b = (host: string) => ({ host, port: 80 });

describe('Balancer', () => {
  it('hands out backends round-robin, trying the others after the first choice', () => {
    const bal = new Balancer({ id: 'r', affinityTimeoutMs: null, backends: [b('a'), b('b'), b('c')] });
    const firsts = Array.from({ length: 6 }, () => bal.candidates('1.1.1.1')[0]!.host);
    expect(firsts).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
    expect(bal.candidates('x').map((c) => c.host)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a client on its backend within the affinity timeout, and moves it when that backend goes away', () => {
    let now = 0;
    const spec = { id: 'r', affinityTimeoutMs: 1000, backends: [b('a'), b('b')] };
    const bal = new Balancer(spec, () => now);
    const first = bal.candidates('c1')[0]!;
    bal.connected('c1', first);
    for (let i = 0; i < 5; i++) expect(bal.candidates('c1')[0]).toBe(first);
    now = 999;
    expect(bal.candidates('c1')[0]).toBe(first);
    bal.connected('c1', first);
    now = 1998; // the timeout counts from the last connection
    expect(bal.candidates('c1')[0]).toBe(first);
    bal.update({ ...spec, backends: spec.backends.filter((x) => x !== first) });
    expect(bal.candidates('c1')[0]!.host).not.toBe(first.host);
  });
});

describe('computeRoutes', () => {
  const svc = (over: Partial<NonNullable<ProxyService['spec']>> = {}): ProxyService => ({
    metadata: { name: 'web', namespace: 'default' },
    spec: { clusterIP: '127.32.0.9', ports: [{ name: 'http', port: 80 }, { name: 'dns', port: 53, protocol: 'UDP' }], ...over },
  });
  const eps: ProxyEndpoints = {
    metadata: { name: 'web', namespace: 'default' },
    subsets: [
      { addresses: [{ ip: '127.64.0.2' }], ports: [{ name: 'http', port: 8080 }] },
      { addresses: [{ ip: '127.64.1.2' }], ports: [{ name: 'other', port: 9090 }] },
    ],
  };

  it('routes a TCP port to the ready addresses of the Endpoints port of the same name, and skips UDP', () => {
    const t = computeRoutes([svc()], new Map([['default/web', eps]]), '127.64.0.1');
    expect([...t.listeners]).toEqual([['127.32.0.9:80', 'default/web:http']]);
    expect(t.routes.get('default/web:http')!.backends).toEqual([{ host: '127.64.0.2', port: 8080 }]);
  });

  it('listens on the node IP at the node port for NodePort Services, and on nothing for headless ones', () => {
    const t = computeRoutes([svc({ type: 'NodePort', ports: [{ name: 'http', port: 80, nodePort: 30080 }] })], new Map(), '127.64.0.1');
    expect([...t.listeners.keys()].sort()).toEqual(['127.32.0.9:80', '127.64.0.1:30080']);
    expect(computeRoutes([svc({ clusterIP: 'None' })], new Map(), null).listeners.size).toBe(0);
  });

  it('uses the default three-hour timeout for ClientIP affinity', () => {
    const t = computeRoutes([svc({ sessionAffinity: 'ClientIP' })], new Map(), null);
    expect(t.routes.get('default/web:http')!.affinityTimeoutMs).toBe(10_800_000);
  });
});
