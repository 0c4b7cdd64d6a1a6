import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialResult, ProbeCounter, probeTimings, ProbeWorker, runProbe, type ProbeTarget } from './probes.ts';

let server: http.Server;
let port = 0;

const target = (exitCode = 0): ProbeTarget => ({
  podIP: '127.0.0.1',
  ports: [{ name: 'http', containerPort: port }],
  exec: async () => ({ exitCode, output: exitCode ? 'not yet' : '' }),
});

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 3_000);
    if (req.url === '/redirect') {
      res.statusCode = 302;
      return void res.end();
    }
    res.statusCode = req.headers['x-probe'] === 'yes' ? 200 : 500;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return p;
}

describe('probe checks', () => {
  it('treats HTTP 200-399 as success, with headers, and names the status code of a failure', async () => {
    const httpGet = { path: '/healthz', port: 'http', httpHeaders: [{ name: 'X-Probe', value: 'yes' }] };
    expect(await runProbe({ httpGet }, target(), 1_000)).toEqual({ ok: true, message: '' });
    expect((await runProbe({ httpGet: { path: '/redirect', port } }, target(), 1_000)).ok).toBe(true);
    expect(await runProbe({ httpGet: { path: '/healthz', port } }, target(), 1_000)).toEqual({ ok: false, message: 'HTTP probe failed with statuscode: 500' });
    const slow = await runProbe({ httpGet: { path: '/slow', port } }, target(), 200);
    expect(slow.ok).toBe(false);
    expect(slow.message).toContain('Client.Timeout exceeded');
    expect(await runProbe({ httpGet: { port: 'nope' } }, target(), 1_000)).toEqual({ ok: false, message: 'unknown port name "nope"' });
  });

  it('connects for tcpSocket and runs the command for exec', async () => {
    expect((await runProbe({ tcpSocket: { port } }, target(), 1_000)).ok).toBe(true);
    const refused = await runProbe({ tcpSocket: { port: await closedPort() } }, target(), 1_000);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/ECONNREFUSED/);
    expect((await runProbe({ exec: { command: ['true'] } }, target(0), 1_000)).ok).toBe(true);
    expect(await runProbe({ exec: { command: ['false'] } }, target(1), 1_000)).toEqual({ ok: false, message: 'command exited with 1: not yet' });
  });
});

describe('probe thresholds', () => {
  it('uses Kubernetes defaults: every 10 s, 1 s timeout, 1 success, 3 failures', () => {
    expect(probeTimings({})).toEqual({ initialDelayMs: 0, periodMs: 10_000, timeoutMs: 1_000, successThreshold: 1, failureThreshold: 3 });
  });

  it('flips only after enough results in a row', () => {
    const readiness = new ProbeCounter(2, 3, initialResult('readiness'));
    expect(readiness.result).toBe(false);
    expect(readiness.record(true)).toBe(false);
    expect(readiness.record(false)).toBe(false);
    expect(readiness.record(true)).toBe(false);
    expect(readiness.record(true)).toBe(true);
    expect(readiness.result).toBe(true);
    expect([readiness.record(false), readiness.record(false), readiness.record(true), readiness.record(false), readiness.record(false)]).toEqual([false, false, false, false, false]);
    expect(readiness.record(false)).toBe(true);
    expect(readiness.result).toBe(false);
  });

  it('starts liveness as passing and startup as undecided, so that a startup probe can fail', () => {
    expect(initialResult('liveness')).toBe(true);
    const startup = new ProbeCounter(1, 2, initialResult('startup'));
    expect(startup.result).toBeUndefined();
    startup.record(false);
    expect(startup.record(false)).toBe(true);
    expect(startup.result).toBe(false);
  });
});

describe('probe timing', () => {
  it('checks first after initialDelaySeconds, then every periodSeconds, and fails after failureThreshold misses', async () => {
    const closed = await closedPort();
    const checks: number[] = [];
    const started = Date.now();
    const failedAt = await new Promise<number>((resolve) => {
      const w = new ProbeWorker({
        kind: 'liveness',
        probe: { tcpSocket: { port: closed }, initialDelaySeconds: 1, periodSeconds: 1, failureThreshold: 2 },
        target: target(),
        startedAt: started,
        onResult: (result, outcome) => {
          checks.push(Date.now() - started);
          expect(outcome.ok).toBe(false);
          if (result === false) {
            w.stop();
            resolve(Date.now() - started);
          }
        },
      });
      w.start();
    });
    expect(checks.length).toBe(2);
    expect(checks[0]).toBeGreaterThanOrEqual(1_000);
    expect(checks[1]! - checks[0]!).toBeGreaterThanOrEqual(1_000);
    expect(failedAt).toBeGreaterThanOrEqual(2_000);
    expect(failedAt).toBeLessThan(4_000);
  }, 10_000);

  it('stops a startup probe once it succeeded, and counts the initial delay from the container start', async () => {
    let calls = 0;
    const t: ProbeTarget = { ...target(), exec: async () => (calls++, { exitCode: 0, output: '' }) };
    const result = await new Promise<boolean | undefined>((resolve) => {
      // The container started 5 s ago: an initial delay of 1 s is already over.
      const w = new ProbeWorker({ kind: 'startup', probe: { exec: { command: ['ok'] }, initialDelaySeconds: 1, periodSeconds: 1 }, target: t, startedAt: Date.now() - 5_000, onResult: (r) => resolve(r) });
      w.start();
    });
    expect(result).toBe(true);
    await new Promise((r) => setTimeout(r, 1_300));
    expect(calls).toBe(1);
  }, 10_000);

  it('reports every check to onCheck, passed or failed, not only the flips', async () => {
    let n = 0;
    const t: ProbeTarget = { ...target(), exec: async () => ({ exitCode: n++ % 2, output: '' }) };
    const seen: boolean[] = [];
    await new Promise<void>((resolve) => {
      const w = new ProbeWorker({
        kind: 'readiness',
        probe: { exec: { command: ['flaky'] }, periodSeconds: 1, failureThreshold: 3 },
        target: t,
        startedAt: Date.now() - 5_000,
        onResult: () => {},
        onCheck: (ok) => {
          seen.push(ok);
          if (seen.length === 2) {
            w.stop();
            resolve();
          }
        },
      });
      w.start();
    });
    expect(seen).toEqual([true, false]);
  }, 10_000);
});
