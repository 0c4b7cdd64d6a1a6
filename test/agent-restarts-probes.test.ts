/**
 * End to end with real processes: restart back-off (CrashLoopBackOff with growing delays, here
 * from a 300 ms base), a failing liveness probe restarts its container, and a failing readiness
 * probe takes a pod out of its Service's endpoints so that traffic stops reaching it.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { httpText, listPods, podReady, startCluster, type Cluster, type TestPod } from './cluster.ts';

let cluster: Cluster;
let tmp: string;

/** An HTTP server on POD_IP:8080: `/` answers POD_NAME, `/ready` fails after `/fail`, `/healthz` fails after DIE_AFTER_MS. */
const PROBED_SERVER = [
  'node',
  '-e',
  `const http=require('http');let failing=false;const t0=Date.now();
http.createServer((q,s)=>{
  if(q.url==='/fail'){failing=true;return s.end('ok')}
  if(q.url==='/ready'){s.statusCode=failing?503:200;return s.end()}
  if(q.url==='/healthz'){const d=+(process.env.DIE_AFTER_MS||0);s.statusCode=d&&Date.now()-t0>d?500:200;return s.end()}
  s.end(process.env.POD_NAME)}).listen(8080,process.env.POD_IP)`,
];

async function createPod(name: string, labels: Record<string, string>, spec: Record<string, unknown>): Promise<void> {
  await cluster.gql(`mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
    p: { metadata: { name, labels }, spec: { terminationGracePeriodSeconds: 2, ...spec } },
  });
}

async function pod(name: string): Promise<TestPod> {
  const pods = await listPods(cluster);
  const p = pods.find((x) => x.metadata.name === name);
  if (!p) throw new Error(`no pod ${name}`);
  return p;
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'capstan-restarts-'));
  // Pods run as users of their own (not host root): let them write their markers here.
  chmodSync(tmp, 0o777);
  cluster = await startCluster({
    agents: 1,
    label: 'agent-restarts',
    agentEnv: { CAPSTAN_BACKOFF_BASE_MS: '300', CAPSTAN_BACKOFF_MAX_MS: '20000' },
  });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('restarts', () => {
  it('backs a crashing container off with growing delays and reports CrashLoopBackOff', async () => {
    const starts = path.join(tmp, 'crash-starts');
    await createPod('crash', { app: 'crash' }, {
      containers: [{ name: 'crash', image: 'node', command: ['node', '-e', "require('fs').appendFileSync(process.env.STARTS, Date.now() + '\\n'); process.exit(3)"], env: [{ name: 'STARTS', value: starts }] }],
    });
    const messages = new Set<string>();
    const p = await waitFor('5 restarts, then a back-off', async () => {
      const p = await pod('crash');
      const cs = p.status?.containerStatuses?.[0];
      if (cs?.state?.waiting?.reason === 'CrashLoopBackOff') messages.add(cs.state.waiting.message ?? '');
      return cs && cs.restartCount >= 5 && cs.state?.waiting?.reason === 'CrashLoopBackOff' && p;
    }, 60_000, 50);
    const cs = p.status!.containerStatuses![0]!;
    expect(cs.lastState?.terminated?.exitCode).toBe(3);
    expect(cs.lastState?.terminated?.reason).toBe('Error');
    expect(p.status!.phase).toBe('Running');
    expect(p.status!.conditions!.find((c) => c.type === 'Ready')?.status).toBe('False');
    // The back-off message names the delay, as Kubernetes' does.
    expect([...messages].some((m) => /^back-off (300ms|600ms|1\.2s|2\.4s) restarting failed container=crash pod=crash_default\(/.test(m))).toBe(true);

    // The container wrote down each start: the first restart is immediate, then each waits
    // at least 300 ms, 600 ms, 1.2 s, 2.4 s (the gaps include the container's own run time).
    const t = readFileSync(starts, 'utf8').trim().split('\n').map(Number);
    const gaps = t.slice(1).map((x, i) => x - t[i]!);
    expect(gaps.length).toBeGreaterThanOrEqual(5);
    expect(gaps[1]).toBeGreaterThanOrEqual(300);
    expect(gaps[2]).toBeGreaterThanOrEqual(600);
    expect(gaps[3]).toBeGreaterThanOrEqual(1_200);
    expect(gaps[4]).toBeGreaterThanOrEqual(2_400);
    expect(gaps[4]!).toBeGreaterThan(gaps[2]!);
    const events = await cluster.gql(`query { events(namespace: "default") { items { reason involvedObject { name } } } }`);
    expect(events.events.items.some((e: { reason: string; involvedObject: { name: string } }) => e.reason === 'BackOff' && e.involvedObject.name === 'crash')).toBe(true);
    await cluster.gql(`mutation { deletePod(namespace: "default", name: "crash") { metadata { name } } }`);
  }, 90_000);

  it('restarts a container whose liveness probe fails, and says why', async () => {
    await createPod('sick', { app: 'sick' }, {
      containers: [
        {
          name: 'web',
          image: 'node',
          command: PROBED_SERVER,
          env: [{ name: 'DIE_AFTER_MS', value: '1500' }],
          ports: [{ name: 'http', containerPort: 8080 }],
          livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 1, failureThreshold: 2 },
        },
      ],
    });
    const p = await waitFor('a restart after the liveness probe failed', async () => {
      const p = await pod('sick');
      const cs = p.status?.containerStatuses?.[0];
      return cs && cs.restartCount >= 1 && cs.state?.running && p;
    }, 60_000, 100);
    expect(p.status!.containerStatuses![0]!.lastState?.terminated).toBeTruthy();
    const events = await waitFor('Killing and Unhealthy events', async () => {
      const { events } = await cluster.gql(`query { events(namespace: "default") { items { reason message involvedObject { name } } } }`);
      const mine = events.items.filter((e: { involvedObject: { name: string } }) => e.involvedObject.name === 'sick');
      const killing = mine.find((e: { reason: string }) => e.reason === 'Killing');
      // (A check right after a restart may also fail with "connection refused" before the server listens.)
      const unhealthy = mine.find((e: { reason: string; message: string }) => e.reason === 'Unhealthy' && e.message.includes('statuscode: 500'));
      return killing && unhealthy && { killing, unhealthy };
    }, 20_000, 200);
    expect(events.killing.message).toBe('Container web failed liveness probe, will be restarted');
    expect(events.unhealthy.message).toBe('Liveness probe failed: HTTP probe failed with statuscode: 500');
    await cluster.gql(`mutation { deletePod(namespace: "default", name: "sick") { metadata { name } } }`);
  }, 90_000);
});

describe('startup probes', () => {
  it('hold the other probes back until the container has started, and restart one that never does', async () => {
    // Listens only after 2 s: a liveness probe run before that would kill it at once.
    const late = ['node', '-e', "setTimeout(() => require('http').createServer((q, s) => s.end('up')).listen(8080, process.env.POD_IP), 2000)"];
    await createPod('slow-start', { app: 'slow' }, {
      containers: [
        {
          name: 'web',
          image: 'node',
          command: late,
          startupProbe: { tcpSocket: { port: 8080 }, periodSeconds: 1, failureThreshold: 15 },
          livenessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 1, failureThreshold: 1 },
        },
      ],
    });
    await createPod('never-starts', { app: 'never' }, {
      containers: [{ name: 'web', image: 'node', command: ['node', '-e', 'setInterval(() => {}, 1000)'], startupProbe: { tcpSocket: { port: 8080 }, periodSeconds: 1, failureThreshold: 2 } }],
    });
    const early = await waitFor('slow-start to run, not yet started', async () => {
      const cs = (await pod('slow-start')).status?.containerStatuses?.[0];
      return cs?.state?.running && cs;
    }, 30_000, 50);
    expect(early.started).toBe(false);
    expect(early.ready).toBe(false);
    const started = await waitFor('slow-start to be started and ready', async () => {
      const p = await pod('slow-start');
      return podReady(p) && p;
    }, 30_000, 100);
    expect(started.status!.containerStatuses![0]).toMatchObject({ started: true, ready: true, restartCount: 0 });

    await waitFor('never-starts to be restarted', async () => ((await pod('never-starts')).status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1, 30_000, 100);
    const killing = await waitFor('the Killing event of never-starts', async () => {
      const { events } = await cluster.gql(`query { events(namespace: "default") { items { reason message involvedObject { name } } } }`);
      return events.items.find((e: { reason: string; involvedObject: { name: string } }) => e.reason === 'Killing' && e.involvedObject.name === 'never-starts');
    }, 20_000, 200);
    expect(killing.message).toBe('Container web failed startup probe, will be restarted');
    await cluster.gql(`mutation { a: deletePod(namespace: "default", name: "slow-start") { metadata { name } } b: deletePod(namespace: "default", name: "never-starts") { metadata { name } } }`);
  }, 90_000);
});

describe('readiness', () => {
  it('takes a pod whose readiness probe fails out of the endpoints, and traffic stops reaching it', async () => {
    const container = {
      name: 'web',
      image: 'node',
      command: PROBED_SERVER,
      ports: [{ name: 'http', containerPort: 8080 }],
      readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 1, failureThreshold: 1 },
    };
    await createPod('ready-a', { app: 'ready' }, { containers: [container] });
    await createPod('ready-b', { app: 'ready' }, { containers: [container] });
    await cluster.gql(`mutation($s: ServiceInput!) { createService(namespace: "default", service: $s) { metadata { name } } }`, {
      s: { metadata: { name: 'ready' }, spec: { selector: { app: 'ready' }, ports: [{ port: 80, targetPort: 8080 }] } },
    });
    const pods = await waitFor('both pods ready', async () => {
      const ps = (await listPods(cluster, 'app=ready')).filter(podReady);
      return ps.length === 2 && ps;
    }, 60_000, 100);
    expect(pods.every((p) => p.status!.containerStatuses![0]!.ready)).toBe(true);
    const ip = await waitFor('a cluster IP', async () => (await cluster.gql(`query { service(namespace: "default", name: "ready") { spec { clusterIP } } }`)).service?.spec?.clusterIP as string, 20_000, 100);
    await waitFor('the service to reach both pods', async () => {
      const names = new Set<string>();
      for (let i = 0; i < 8; i++) names.add(await httpText(ip, 80).catch(() => ''));
      return names.has('ready-a') && names.has('ready-b');
    }, 30_000, 200);

    const a = pods.find((p) => p.metadata.name === 'ready-a')!;
    await httpText(a.status!.podIP!, 8080, '/fail');
    const notReady = await waitFor('ready-a to be not ready', async () => {
      const p = await pod('ready-a');
      return p.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'False' && p;
    }, 20_000, 100);
    expect(notReady.status!.phase).toBe('Running');
    expect(notReady.status!.containerStatuses![0]!.ready).toBe(false);
    expect(notReady.status!.conditions!.find((c) => c.type === 'ContainersReady')).toMatchObject({ status: 'False', reason: 'ContainersNotReady' });
    await waitFor('ready-a out of the endpoints', async () => {
      const { endpoints } = await cluster.gql(`query { endpoints(namespace: "default", name: "ready") { subsets { addresses { ip } } } }`);
      const ips = (endpoints?.subsets ?? []).flatMap((s: { addresses: { ip: string }[] | null }) => (s.addresses ?? []).map((x) => x.ip));
      return ips.length === 1 && !ips.includes(a.status!.podIP!);
    }, 20_000, 100);
    // The proxy follows the endpoints: every new connection now lands on ready-b.
    await waitFor('traffic to reach only ready-b', async () => {
      const names: string[] = [];
      for (let i = 0; i < 10; i++) names.push(await httpText(ip, 80).catch(() => ''));
      return names.every((n) => n === 'ready-b');
    }, 10_000, 100);
  }, 90_000);
});
