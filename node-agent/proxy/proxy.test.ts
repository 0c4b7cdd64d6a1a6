/**
 * The service proxy against a real API server: Services and Endpoints are written with the
 * admin token (no endpoints worker), and traffic goes through real sockets on loopback to real
 * backends that answer with their own name.
 */
import { randomInt } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ClusterServer } from '../../test/cluster.ts';
import { createTestDatabase, gql, waitFor, type TestDatabase } from '../../test/harness.ts';
import { ApiClient } from '../api-client.ts';
import { startServiceProxy, type ServiceProxy } from './index.ts';

let db: TestDatabase;
let server: ClusterServer;
let client: ApiClient;
let proxy: ServiceProxy;
const backends: net.Server[] = [];
const extraProxies: ServiceProxy[] = [];
const nodeIP = `127.64.${randomInt(100, 250)}.1`;
// Service IPs near the top of 127.32.0.0/12, away from the ones the endpoints worker allocates
// from the bottom in other test files running at the same time.
let nextIP = randomInt(0, 200) * 256;
const serviceIP = () => {
  nextIP++;
  return `127.47.${nextIP >> 8}.${nextIP & 255}`;
};

const api = (query: string, variables: Record<string, unknown> = {}) => gql(server.url, server.token, query, variables);

/** A TCP server on 127.0.0.1 that writes its name to every connection and closes it. */
async function backend(name: string): Promise<{ host: string; port: number; server: net.Server }> {
  const s = net.createServer((sock) => sock.end(name));
  backends.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { host: '127.0.0.1', port: (s.address() as net.AddressInfo).port, server: s };
}

/** Connects, reads until the far end closes; resolves what was read, or `RESET`/`REFUSED`. */
function ask(host: string, port: number, localAddress?: string): Promise<string> {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port, localAddress });
    let data = '';
    sock.on('data', (d) => (data += d.toString()));
    sock.on('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED' ? 'REFUSED' : err.code === 'ECONNRESET' ? 'RESET' : err.code ?? 'ERROR'));
    sock.on('close', () => resolve(data === '' ? 'CLOSED' : data));
  });
}

async function askMany(n: number, host: string, port: number, localAddress?: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(await ask(host, port, localAddress));
  return out;
}

async function createService(name: string, spec: Record<string, unknown>): Promise<void> {
  await api(`mutation($s: ServiceInput!) { createService(namespace: "default", service: $s) { metadata { name } } }`, { s: { metadata: { name }, spec } });
}

async function setEndpoints(name: string, ready: { host: string; port: number }[], notReady: { host: string; port: number }[] = [], portName?: string): Promise<void> {
  // One subset per port number: the test backends listen on different ports of one address.
  const subsets = [
    ...ready.map((b) => ({ addresses: [{ ip: b.host }], ports: [{ name: portName, port: b.port, protocol: 'TCP' }] })),
    ...notReady.map((b) => ({ notReadyAddresses: [{ ip: b.host }], ports: [{ name: portName, port: b.port, protocol: 'TCP' }] })),
  ];
  const existing = await api(`query($n: String!) { endpoints(namespace: "default", name: $n) { metadata { resourceVersion } } }`, { n: name });
  if (existing.endpoints) {
    await api(`mutation($n: String!, $p: JSON!) { patchEndpoints(namespace: "default", name: $n, patch: $p) { metadata { name } } }`, { n: name, p: { subsets } });
  } else {
    await api(`mutation($e: EndpointsInput!) { createEndpoints(namespace: "default", endpoints: $e) { metadata { name } } }`, { e: { metadata: { name }, subsets } });
  }
}

beforeAll(async () => {
  db = await createTestDatabase('proxy');
  server = await startServerProcess({ databaseUrl: db.url });
  client = new ApiClient({ server: server.url, token: server.token });
  proxy = await startServiceProxy({ client, nodeName: 'proxy-node', nodeIP, busyRetryMs: 200 });
  await proxy.synced;
}, 90_000);

afterAll(async () => {
  for (const p of extraProxies) await p.close();
  await proxy?.close();
  await client?.close();
  for (const b of backends) b.close();
  await server?.stop();
  await db?.drop();
});

describe('the service proxy', () => {
  it('balances connections to a cluster IP round-robin over three backends', async () => {
    const ip = serviceIP();
    const bs = await Promise.all(['a', 'b', 'c'].map(backend));
    await createService('rr', { clusterIP: ip, ports: [{ port: 80, targetPort: 8080 }] });
    await setEndpoints('rr', bs);
    await waitFor('the proxy to serve 3 backends', async () => new Set(await askMany(3, ip, 80)).size === 3);
    const answers = await askMany(9, ip, 80);
    // Each backend gets every third connection.
    expect(answers.slice(0, 3).sort()).toEqual(['a', 'b', 'c']);
    expect(answers.slice(3, 6)).toEqual(answers.slice(0, 3));
    expect(answers.slice(6, 9)).toEqual(answers.slice(0, 3));
  });

  it('stops sending new connections to an endpoint that is removed or marked not ready', async () => {
    const ip = serviceIP();
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map(backend));
    await createService('shrink', { clusterIP: ip, ports: [{ name: 'http', port: 8000 }] });
    await setEndpoints('shrink', [a!, b!, c!], [], 'http');
    await waitFor('3 backends', async () => new Set(await askMany(3, ip, 8000)).size === 3);
    await setEndpoints('shrink', [a!, b!], [c!], 'http');
    await waitFor('c no longer answers', async () => !(await askMany(4, ip, 8000)).includes('c'));
    expect(new Set(await askMany(10, ip, 8000))).toEqual(new Set(['a', 'b']));
    await setEndpoints('shrink', [b!], [], 'http');
    await waitFor('only b answers', async () => (await askMany(4, ip, 8000)).every((x) => x === 'b'));
  });

  it('keeps a client IP on one backend with ClientIP session affinity', async () => {
    const ip = serviceIP();
    const bs = await Promise.all(['a', 'b', 'c'].map(backend));
    await createService('sticky', { clusterIP: ip, ports: [{ port: 81 }], sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } } });
    await setEndpoints('sticky', bs);
    await waitFor('the service to answer', async () => ['a', 'b', 'c'].includes(await ask(ip, 81, '127.0.0.2')));
    const one = await askMany(6, ip, 81, '127.0.0.2');
    const two = await askMany(6, ip, 81, '127.0.0.3');
    expect(new Set(one).size).toBe(1);
    expect(new Set(two).size).toBe(1);
    // Each new client IP is placed round-robin: the second lands elsewhere.
    expect(two[0]).not.toBe(one[0]);
    // When its backend stops being ready, the client moves, and sticks to the new one.
    await setEndpoints('sticky', bs.filter((_, i) => ['a', 'b', 'c'][i] !== one[0]));
    await waitFor('the client to move', async () => (await ask(ip, 81, '127.0.0.2')) !== one[0]);
    expect(new Set(await askMany(4, ip, 81, '127.0.0.2')).size).toBe(1);
  });

  it('serves a NodePort Service on the node IP at its node port', async () => {
    const ip = serviceIP();
    const nodePort = randomInt(30000, 32768);
    const [a] = await Promise.all(['np'].map(backend));
    await createService('nodeport', { type: 'NodePort', clusterIP: ip, ports: [{ port: 82, nodePort }] });
    await setEndpoints('nodeport', [a!]);
    await waitFor('the node port to answer', async () => (await ask(nodeIP, nodePort)) === 'np');
    expect(await ask(ip, 82)).toBe('np');
    expect(proxy.listening()).toContain(`${nodeIP}:${nodePort}`);
  });

  it('closes the listener of a Service that is deleted', async () => {
    const ip = serviceIP();
    const [a] = await Promise.all(['gone'].map(backend));
    await createService('gone', { clusterIP: ip, ports: [{ port: 83 }] });
    await setEndpoints('gone', [a!]);
    await waitFor('the service to answer', async () => (await ask(ip, 83)) === 'gone');
    await api(`mutation { deleteService(namespace: "default", name: "gone") { metadata { name } } }`);
    await waitFor('the listener to close', async () => (await ask(ip, 83)) === 'REFUSED');
    expect(proxy.listening()).not.toContain(`${ip}:83`);
  });

  it('resets a connection at once when the Service has no ready endpoint', async () => {
    const ip = serviceIP();
    const [a] = await Promise.all(['x'].map(backend));
    await createService('empty', { clusterIP: ip, ports: [{ port: 84 }] });
    await setEndpoints('empty', [], [a!]);
    await waitFor('the listener to open', () => proxy.listening().includes(`${ip}:84`));
    const t0 = Date.now();
    const answer = await ask(ip, 84);
    expect(['RESET', 'CLOSED']).toContain(answer);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('skips an endpoint that refuses connections and uses the next one', async () => {
    const ip = serviceIP();
    const dead = await backend('dead');
    await new Promise((r) => dead.server.close(r));
    const live = await backend('live');
    await createService('flaky', { clusterIP: ip, ports: [{ port: 85 }] });
    await setEndpoints('flaky', [dead, live]);
    await waitFor('the service to answer', async () => (await ask(ip, 85)) === 'live');
    expect(await askMany(4, ip, 85)).toEqual(['live', 'live', 'live', 'live']);
  });

  it('resumes its watches after the API server restarts, and follows changes made after that', async () => {
    const ip = serviceIP();
    const [a, b] = await Promise.all(['before', 'after'].map(backend));
    await createService('restart', { clusterIP: ip, ports: [{ port: 87 }] });
    await setEndpoints('restart', [a!]);
    await waitFor('the service to answer', async () => (await ask(ip, 87)) === 'before');
    await server.restart();
    // Connections keep being served while the server is away, and changes after it is back apply.
    expect(await ask(ip, 87)).toBe('before');
    await setEndpoints('restart', [b!]);
    const ip2 = serviceIP();
    await createService('restart-new', { clusterIP: ip2, ports: [{ port: 88 }] });
    await setEndpoints('restart-new', [a!]);
    await waitFor('the new endpoint to be used', async () => (await ask(ip, 87)) === 'after', 40_000);
    await waitFor('the new service to answer', async () => (await ask(ip2, 88)) === 'before', 40_000);
  }, 90_000);

  it('lets one of several proxies on a host serve a cluster IP, and another take it over when that one stops', async () => {
    const ip = serviceIP();
    const [a] = await Promise.all(['shared'].map(backend));
    await createService('shared', { clusterIP: ip, ports: [{ port: 86 }] });
    await setEndpoints('shared', [a!]);
    const otherClient = new ApiClient({ server: server.url, token: server.token });
    const others = await Promise.all(['other-1', 'other-2'].map((nodeName) => startServiceProxy({ client: otherClient, nodeName, nodeIP: '', busyRetryMs: 200 })));
    extraProxies.push(...others);
    await Promise.all(others.map((p) => p.synced));
    const all = [proxy, ...others];
    const serving = await waitFor('one proxy to listen', () => {
      const l = all.filter((p) => p.listening().includes(`${ip}:86`));
      return l.length > 0 && l;
    });
    expect(serving).toHaveLength(1);
    expect(await ask(ip, 86)).toBe('shared');
    await serving[0]!.close();
    const next = await waitFor('another proxy to take the address over', () => all.find((p) => p !== serving[0] && p.listening().includes(`${ip}:86`)));
    expect(next).not.toBe(serving[0]);
    expect(await ask(ip, 86)).toBe('shared');
    for (const p of others) await p.close();
    await otherClient.close();
  });
});
