/**
 * End to end with a real agent (process runtime): sidecar containers (init containers with
 * restartPolicy Always) start in order before the containers, keep running and restart beside
 * them, stop after them, and do not keep a Job-like pod from finishing; postStart and preStop
 * hooks; termination messages from the file and from the log.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { startCluster, type Cluster } from './cluster.ts';

let cluster: Cluster;
let tmp: string;

const POD_FIELDS = `metadata { name }
  status { phase
    conditions { type status }
    initContainerStatuses { name ready started restartCount state { running { startedAt } waiting { reason } terminated { exitCode reason message } } }
    containerStatuses { name ready started restartCount state { running { startedAt } waiting { reason message } terminated { exitCode reason message } }
      lastState { terminated { exitCode reason message } } } }`;

interface Status {
  name: string;
  ready: boolean;
  started: boolean | null;
  restartCount: number;
  state: { running: object | null; waiting: { reason: string } | null; terminated: { exitCode: number; reason: string; message: string | null } | null };
  lastState?: { terminated: { exitCode: number; message: string | null } | null };
}
interface Pod {
  metadata: { name: string };
  status: { phase: string; conditions: { type: string; status: string }[] | null; initContainerStatuses: Status[] | null; containerStatuses: Status[] | null } | null;
}

async function createPod(name: string, spec: Record<string, unknown>): Promise<void> {
  await cluster.gql(`mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
    p: { metadata: { name }, spec: { terminationGracePeriodSeconds: 5, ...spec } },
  });
}

async function getPod(name: string): Promise<Pod | null> {
  return (await cluster.gql(`query($n: String!) { pod(namespace: "default", name: $n) { ${POD_FIELDS} } }`, { n: name })).pod;
}

const until = <T>(what: string, check: (p: Pod) => T | false | undefined | null, name: string, ms = 60_000) =>
  waitFor(what, async () => {
    const p = await getPod(name);
    return p ? check(p) : false;
  }, ms, 100);

async function deletePod(name: string): Promise<void> {
  await cluster.gql(`mutation($n: String!) { deletePod(namespace: "default", name: $n) { metadata { name } } }`, { n: name });
  await waitFor(`pod ${name} to be gone`, async () => (await getPod(name)) === null, 60_000, 100);
}

async function events(name: string): Promise<{ reason: string; message: string }[]> {
  const { events } = await cluster.gql(`query { events(namespace: "default") { items { reason message involvedObject { name } } } }`);
  return events.items.filter((e: { involvedObject: { name: string } }) => e.involvedObject.name === name);
}

const sh = (script: string) => ({ image: 'busybox', command: ['sh', '-c', script] });

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'capstan-sidecars-'));
  // Pods may run as an unprivileged user: let them write the markers.
  chmodSync(tmp, 0o777);
  cluster = await startCluster({
    agents: 1,
    label: 'agent-sidecars',
    agentEnv: { CAPSTAN_BACKOFF_BASE_MS: '200', CAPSTAN_BACKOFF_MAX_MS: '1000', CAPSTAN_LEASE_RENEW_MS: '500' },
  });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('sidecar containers', () => {
  it('start in order before the containers (ready first), keep running and are restarted when they exit', async () => {
    const marks = path.join(tmp, 'order');
    await createPod('with-sidecar', {
      volumes: [{ name: 'marks', hostPath: { path: tmp } }],
      initContainers: [
        {
          name: 'proxy',
          restartPolicy: 'Always',
          // Ready only a second after it starts: the next container must wait for it.
          ...sh(`sleep 1; echo proxy >> /marks/order; touch /marks/proxy-ready; sleep 4; exit 3`),
          startupProbe: { exec: { command: ['sh', '-c', 'test -f /marks/proxy-ready'] }, periodSeconds: 1, failureThreshold: 30 },
          volumeMounts: [{ name: 'marks', mountPath: '/marks' }],
        },
        { name: 'setup', ...sh('echo setup >> /marks/order'), volumeMounts: [{ name: 'marks', mountPath: '/marks' }] },
      ],
      containers: [{ name: 'app', ...sh('echo app >> /marks/order; sleep 1000'), volumeMounts: [{ name: 'marks', mountPath: '/marks' }] }],
    });
    const running = await until('the app to run beside the sidecar', (p) => {
      const app = p.status?.containerStatuses?.find((s) => s.name === 'app');
      const proxy = p.status?.initContainerStatuses?.find((s) => s.name === 'proxy');
      return app?.state.running && proxy?.state.running && p.status?.phase === 'Running' && p;
    }, 'with-sidecar');
    expect(running.status!.conditions!.find((c) => c.type === 'Initialized')?.status).toBe('True');
    // Running is reported once the process starts, a moment before its first line of shell runs.
    await waitFor('the app to write its mark', () => existsSync(marks) && readFileSync(marks, 'utf8').split('\n').filter(Boolean).length >= 3, 20_000);
    expect(readFileSync(marks, 'utf8').split('\n').slice(0, 3)).toEqual(['proxy', 'setup', 'app']);
    // The sidecar exits (code 3) after 5 s: it is restarted, the app is not.
    const restarted = await until('the sidecar to be restarted', (p) => {
      const proxy = p.status?.initContainerStatuses?.find((s) => s.name === 'proxy');
      return proxy && proxy.restartCount >= 1 && p;
    }, 'with-sidecar', 30_000);
    const app = restarted.status!.containerStatuses!.find((s) => s.name === 'app')!;
    expect(app.restartCount).toBe(0);
    expect(app.state.running).toBeTruthy();
    expect(restarted.status!.phase).toBe('Running');
    await deletePod('with-sidecar');
  }, 120_000);

  it('are stopped after the containers when the pod is deleted', async () => {
    const order = path.join(tmp, 'stop-order');
    await createPod('stop-order', {
      volumes: [{ name: 'marks', hostPath: { path: tmp } }],
      initContainers: [
        { name: 'log-shipper', restartPolicy: 'Always', ...sh(`trap 'echo sidecar >> /marks/stop-order; exit 0' TERM; touch /marks/sidecar-trapped; while :; do sleep 0.1; done`), volumeMounts: [{ name: 'marks', mountPath: '/marks' }] },
      ],
      // The app takes a second to stop: were both stopped at once, the sidecar would note first.
      containers: [{ name: 'app', ...sh(`trap 'sleep 1; echo app >> /marks/stop-order; exit 0' TERM; touch /marks/app-trapped; while :; do sleep 0.1; done`), volumeMounts: [{ name: 'marks', mountPath: '/marks' }] }],
    });
    await until('both to run', (p) => p.status?.containerStatuses?.[0]?.state.running && p.status.initContainerStatuses?.[0]?.state.running, 'stop-order');
    // Running is reported once the processes start, a moment before their shells install the
    // traps: a TERM in between ends a shell without its mark (failed once in CI).
    await waitFor('both shells to trap TERM', () => existsSync(path.join(tmp, 'app-trapped')) && existsSync(path.join(tmp, 'sidecar-trapped')), 20_000, 50);
    await deletePod('stop-order');
    expect(readFileSync(order, 'utf8')).toBe('app\nsidecar\n');
  }, 120_000);

  it('do not keep a Job-like pod (restartPolicy Never) from succeeding', async () => {
    await createPod('job-with-sidecar', {
      restartPolicy: 'Never',
      initContainers: [{ name: 'forever', restartPolicy: 'Always', ...sh('while :; do sleep 0.1; done') }],
      containers: [{ name: 'work', ...sh('sleep 1; echo done') }],
    });
    const done = await until('the pod to succeed', (p) => p.status?.phase === 'Succeeded' && p, 'job-with-sidecar', 30_000);
    expect(done.status!.containerStatuses![0]!.state.terminated?.exitCode).toBe(0);
    expect(done.status!.initContainerStatuses![0]!.state.running).toBeNull();
    await deletePod('job-with-sidecar');
  }, 60_000);
});

describe('lifecycle hooks', () => {
  it('shows a container running only once its postStart hook has finished', async () => {
    const mark = path.join(tmp, 'post-start');
    await createPod('post-start', {
      volumes: [{ name: 'marks', hostPath: { path: tmp } }],
      containers: [
        {
          name: 'app',
          ...sh('sleep 1000'),
          lifecycle: { postStart: { exec: { command: ['sh', '-c', 'sleep 2; echo hooked > /marks/post-start'] } } },
          volumeMounts: [{ name: 'marks', mountPath: '/marks' }],
        },
      ],
    });
    await until('the app to be running', (p) => p.status?.containerStatuses?.[0]?.state.running, 'post-start');
    expect(existsSync(mark)).toBe(true);
    expect(readFileSync(mark, 'utf8')).toBe('hooked\n');
    await deletePod('post-start');
  }, 60_000);

  it('kills and restarts a container whose postStart hook fails, with a FailedPostStartHook event', async () => {
    await createPod('bad-hook', {
      containers: [{ name: 'app', ...sh('sleep 1000'), lifecycle: { postStart: { exec: { command: ['sh', '-c', 'echo nope; exit 7'] } } } }],
    });
    await until('the app to be restarted', (p) => (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1, 'bad-hook', 30_000);
    const failed = (await events('bad-hook')).find((e) => e.reason === 'FailedPostStartHook');
    expect(failed?.message).toContain('exited with 7');
    const pod = await getPod('bad-hook');
    expect(pod!.status!.containerStatuses![0]!.state.running).toBeNull();
    await deletePod('bad-hook');
  }, 60_000);

  it('runs the preStop hook before SIGTERM', async () => {
    const order = path.join(tmp, 'pre-stop');
    await createPod('pre-stop', {
      volumes: [{ name: 'marks', hostPath: { path: tmp } }],
      containers: [
        {
          name: 'app',
          ...sh(`trap 'echo term >> /marks/pre-stop; exit 0' TERM; while :; do sleep 0.1; done`),
          lifecycle: { preStop: { exec: { command: ['sh', '-c', 'echo pre-stop >> /marks/pre-stop; sleep 1'] } } },
          volumeMounts: [{ name: 'marks', mountPath: '/marks' }],
        },
      ],
    });
    await until('the app to be running', (p) => p.status?.containerStatuses?.[0]?.state.running, 'pre-stop');
    await deletePod('pre-stop');
    expect(readFileSync(order, 'utf8')).toBe('pre-stop\nterm\n');
  }, 60_000);
});

describe('termination messages', () => {
  it('come from the file at terminationMessagePath (default /dev/termination-log), or the log with FallbackToLogsOnError', async () => {
    await createPod('messages', {
      restartPolicy: 'Never',
      containers: [
        { name: 'default-path', ...sh('echo "all done" > /dev/termination-log') },
        { name: 'own-path', terminationMessagePath: '/tmp/capstan-why', ...sh('printf "bad config" > /tmp/capstan-why; exit 2') },
        { name: 'from-log', terminationMessagePolicy: 'FallbackToLogsOnError', ...sh('for i in $(seq 1 100); do echo line $i; done; exit 1') },
        { name: 'file-wins', terminationMessagePolicy: 'FallbackToLogsOnError', ...sh('echo noise; printf why > /dev/termination-log; exit 1') },
      ],
    });
    const done = await until('the pod to fail', (p) => p.status?.phase === 'Failed' && p, 'messages', 30_000);
    const message = (name: string) => done.status!.containerStatuses!.find((s) => s.name === name)!.state.terminated!.message;
    expect(message('default-path')).toBe('all done\n');
    expect(message('own-path')).toBe('bad config');
    const fromLog = message('from-log')!;
    expect(fromLog.endsWith('line 100\n')).toBe(true);
    expect(fromLog.startsWith('line 21\n')).toBe(true);
    expect(message('file-wins')).toBe('why');
    await deletePod('messages');
  }, 60_000);
});
