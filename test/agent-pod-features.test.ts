/**
 * End to end with a real agent: what a container sees (env from fields, Secrets, ConfigMaps and
 * Services, `$(VAR)` expansion, the service-account token file), init containers before
 * containers, restart policies that end a pod (Succeeded, Failed), a container waiting for a
 * Secret that does not exist yet, and logs (current and previous attempt) read through the API.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { waitFor } from './harness.ts';
import { listPods, startCluster, type Cluster, type TestPod } from './cluster.ts';

let cluster: Cluster;
let tmp: string;

async function createPod(name: string, spec: Record<string, unknown>): Promise<void> {
  await cluster.gql(`mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
    p: { metadata: { name, labels: { test: name } }, spec: { terminationGracePeriodSeconds: 1, ...spec } },
  });
}

const podNamed = async (name: string): Promise<TestPod | undefined> => (await listPods(cluster, `test=${name}`))[0];

const phase = (name: string, want: string) =>
  waitFor(`pod ${name} to be ${want}`, async () => {
    const p = await podNamed(name);
    return p?.status?.phase === want && p;
  }, 60_000, 100);

/** Reads a container's whole log through the API (podLogs over graphql-ws, as `capstan logs` does). */
async function readLogs(name: string, args: { container?: string; previous?: boolean; tailLines?: number } = {}): Promise<string> {
  const client = createClient({ url: cluster.server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${cluster.server.token}` }, retryAttempts: 0 });
  try {
    return await new Promise<string>((resolve, reject) => {
      let text = '';
      client.subscribe<{ podLogs: { data: string } }>(
        {
          query: `subscription($n: String!, $c: String, $p: Boolean, $t: Int) { podLogs(namespace: "default", name: $n, container: $c, previous: $p, tailLines: $t) { data } }`,
          variables: { n: name, c: args.container ?? null, p: args.previous ?? false, t: args.tailLines ?? null },
        },
        {
          next: (r) => {
            if (r.errors?.length) reject(new Error(r.errors[0]!.message));
            else text += r.data?.podLogs.data ?? '';
          },
          error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
          complete: () => resolve(text),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'capstan-features-'));
  // Pods run as users of their own (not host root): let them write their markers here.
  chmodSync(tmp, 0o777);
  cluster = await startCluster({
    agents: 1,
    label: 'agent-features',
    agentEnv: { CAPSTAN_BACKOFF_BASE_MS: '200', CAPSTAN_BACKOFF_MAX_MS: '1000', CAPSTAN_LEASE_RENEW_MS: '500' },
    agentArgs: ['--labels', 'zone=a,tier=gold', '--cpu', '3', '--memory', String(6 * 2 ** 30), '--max-pods', '50'],
  });
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  await cluster.gql(`mutation($s: SecretInput!) { createSecret(namespace: "default", secret: $s) { metadata { name } } }`, {
    s: { metadata: { name: 'db' }, data: { password: b64('s3cret'), user: b64('app') } },
  });
  await cluster.gql(`mutation($c: ConfigMapInput!) { createConfigMap(namespace: "default", configMap: $c) { metadata { name } } }`, {
    c: { metadata: { name: 'settings' }, data: { MODE: 'fast' } },
  });
  await cluster.gql(`mutation($s: ServiceInput!) { createService(namespace: "default", service: $s) { metadata { name } } }`, {
    s: { metadata: { name: 'backend-api' }, spec: { selector: { app: 'none' }, ports: [{ name: 'http', port: 8080 }] } },
  });
  await waitFor('the service to get a cluster IP', async () => (await cluster.gql(`query { service(namespace: "default", name: "backend-api") { spec { clusterIP } } }`)).service.spec.clusterIP, 20_000, 100);
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the node', () => {
  it('is registered with its capacity, address, labels, system info and conditions, and renews its Lease', async () => {
    const name = cluster.agents[0]!.name;
    // The agent reports its InternalIP once it has learnt its pod CIDR, which the node lifecycle
    // controller assigns after registration: a loaded machine can show the node Ready a moment before.
    const node = await waitFor(
      'the node to report its InternalIP',
      async () => {
        const { node: n } = await cluster.gql(
          `query($n: String!) { node(name: $n) { metadata { labels } spec { podCIDR }
            status { capacity allocatable addresses { type address } conditions { type status reason } nodeInfo { operatingSystem architecture kernelVersion kubeletVersion containerRuntimeVersion } } } }`,
          { n: name },
        );
        return n?.status?.addresses?.some((a: { type: string }) => a.type === 'InternalIP') && n;
      },
      20_000,
      100,
    );
    expect(node.metadata.labels).toMatchObject({ 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': expect.any(String), zone: 'a', tier: 'gold' });
    expect(node.status.capacity).toEqual({ cpu: '3', memory: '6Gi', pods: '50' });
    expect(node.status.allocatable).toEqual(node.status.capacity);
    const first = node.spec.podCIDR.replace(/0\/24$/, '1');
    expect(node.status.addresses).toEqual([{ type: 'InternalIP', address: first }, { type: 'Hostname', address: name }]);
    const conditions = Object.fromEntries(node.status.conditions.map((c: { type: string; status: string }) => [c.type, c.status]));
    expect(conditions).toEqual({ Ready: 'True', MemoryPressure: expect.stringMatching(/True|False/), DiskPressure: expect.stringMatching(/True|False/), PIDPressure: expect.stringMatching(/True|False/) });
    expect(node.status.nodeInfo).toMatchObject({ operatingSystem: 'linux', kubeletVersion: expect.stringMatching(/^capstan-/), containerRuntimeVersion: expect.stringMatching(/^process:\/\//) });

    const renewTime = async () => (await cluster.gql(`query($n: String!) { lease(namespace: "kube-node-lease", name: $n) { spec { holderIdentity renewTime leaseDurationSeconds } } }`, { n: name })).lease?.spec;
    const before = await waitFor('a Lease', renewTime, 20_000, 100);
    expect(before).toMatchObject({ holderIdentity: name, leaseDurationSeconds: 40 });
    await waitFor('the Lease to be renewed', async () => (await renewTime())?.renewTime !== before.renewTime, 10_000, 100);
  }, 30_000);
});

describe('what a container sees', () => {
  it('runs init containers first, then the container with its whole environment, and the pod Succeeds', async () => {
    const marker = path.join(tmp, 'init-ran');
    const report = `const fs=require('fs');const e=process.env;const f=e.CAPSTAN_SERVICE_ACCOUNT_TOKEN_FILE;
console.log(JSON.stringify({init:fs.existsSync(e.MARKER),POD_IP:e.POD_IP,POD_NAME:e.POD_NAME,POD_NAMESPACE:e.POD_NAMESPACE,NODE_NAME:e.NODE_NAME,
UID:e.UID,APP:e.APP,PASSWORD:e.PASSWORD,MODE:e.MODE,user:e.user,GREETING:e.GREETING,svcHost:e.BACKEND_API_SERVICE_HOST,svcPort:e.BACKEND_API_SERVICE_PORT_HTTP,
tokenLength:f?fs.readFileSync(f,'utf8').length:0,tokenMode:f?(fs.statSync(f).mode&0o777).toString(8):'',args:process.argv.slice(1)}))`;
    await createPod('env-check', {
      restartPolicy: 'Never',
      initContainers: [
        { name: 'first', image: 'node', command: ['node', '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`] },
        { name: 'second', image: 'node', command: ['node', '-e', `if(!require('fs').existsSync(${JSON.stringify(marker)}))process.exit(1)`] },
      ],
      containers: [
        {
          name: 'report',
          image: 'node',
          command: ['node', '-e', report],
          args: ['$(POD_NAME)', '$(MODE)'],
          env: [
            { name: 'MARKER', value: marker },
            { name: 'UID', valueFrom: { fieldRef: { fieldPath: 'metadata.uid' } } },
            { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['test']" } } },
            { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
            { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'MODE' } } },
            { name: 'GREETING', value: 'hello $(POD_NAME) in $(POD_NAMESPACE)' },
          ],
          envFrom: [{ secretRef: { name: 'db' } }],
        },
      ],
    });
    const p = await phase('env-check', 'Succeeded');
    expect(p.status!.conditions!.find((c) => c.type === 'Initialized')?.status).toBe('True');
    expect(p.status!.containerStatuses![0]!.state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    const log = await readLogs('env-check');
    const seen = JSON.parse(log.trim().split('\n').pop()!);
    expect(seen).toEqual({
      init: true,
      POD_IP: p.status!.podIP,
      POD_NAME: 'env-check',
      POD_NAMESPACE: 'default',
      NODE_NAME: cluster.agents[0]!.name,
      UID: p.metadata.uid,
      APP: 'env-check',
      PASSWORD: 's3cret',
      MODE: 'fast',
      user: 'app',
      GREETING: 'hello env-check in default',
      svcHost: expect.stringMatching(/^127\.(3[2-9]|4[0-7])\./),
      svcPort: '8080',
      tokenLength: expect.any(Number),
      // Readable by the pod's group: its containers read it whatever their runAsUser.
      tokenMode: process.getuid?.() === 0 ? '640' : '600',
      args: ['env-check', 'fast'],
    });
    expect(seen.tokenLength).toBeGreaterThan(20);
  }, 90_000);

  it('fails a pod whose container exits non-zero under restartPolicy Never', async () => {
    await createPod('fails', { restartPolicy: 'Never', containers: [{ name: 'main', image: 'node', command: ['node', '-e', 'console.log("bye"); process.exit(2)'] }] });
    const p = await phase('fails', 'Failed');
    expect(p.status!.containerStatuses![0]!.state?.terminated).toMatchObject({ exitCode: 2, reason: 'Error' });
    expect(p.status!.containerStatuses![0]!.restartCount).toBe(0);
    expect(await readLogs('fails')).toBe('bye\n');
  }, 60_000);

  it('waits with CreateContainerConfigError for a Secret that does not exist, and starts once it does', async () => {
    await createPod('needs-secret', {
      containers: [{ name: 'main', image: 'node', command: ['node', '-e', 'console.log(process.env.KEY); setInterval(() => {}, 1000)'], env: [{ name: 'KEY', valueFrom: { secretKeyRef: { name: 'later', key: 'k' } } }] }],
    });
    const waiting = await waitFor('CreateContainerConfigError', async () => {
      const p = await podNamed('needs-secret');
      const w = p?.status?.containerStatuses?.[0]?.state?.waiting;
      return w?.reason === 'CreateContainerConfigError' && w;
    }, 30_000, 100);
    expect(waiting.message).toBe('secret "later" not found');
    await cluster.gql(`mutation { createSecret(namespace: "default", secret: { metadata: { name: "later" }, data: { k: "${Buffer.from('now').toString('base64')}" } }) { metadata { name } } }`);
    await phase('needs-secret', 'Running');
    await waitFor('the log to show the secret', async () => (await readLogs('needs-secret')) === 'now\n', 20_000, 200);
    await cluster.gql(`mutation { deletePod(namespace: "default", name: "needs-secret") { metadata { name } } }`);
  }, 60_000);

  it('serves the previous attempt\'s log after a restart, and restarts OnFailure until success', async () => {
    const counter = path.join(tmp, 'attempts');
    const script = `const fs=require('fs');const f=${JSON.stringify(counter)};const n=fs.existsSync(f)?+fs.readFileSync(f,'utf8')+1:1;fs.writeFileSync(f,String(n));
console.log('attempt '+n);process.exit(n<3?1:0)`;
    await createPod('flaky', { restartPolicy: 'OnFailure', containers: [{ name: 'main', image: 'node', command: ['node', '-e', script] }] });
    const p = await phase('flaky', 'Succeeded');
    expect(p.status!.containerStatuses![0]!.restartCount).toBe(2);
    expect(p.status!.containerStatuses![0]!.lastState?.terminated?.exitCode).toBe(1);
    expect(await readLogs('flaky')).toBe('attempt 3\n');
    expect(await readLogs('flaky', { previous: true })).toBe('attempt 2\n');
  }, 60_000);
});
