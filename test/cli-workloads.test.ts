/**
 * The CLI's workload commands against a real API server and workers process (no node agent:
 * pods are scheduled and bound, but nothing runs them): scale, rollout, history, top nodes,
 * describe with events and scheduling explanations, delete.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capstan, startCapstan, type CliTarget } from './cli-run.ts';
import { startWorkersProcess, type WorkersProcess } from './cluster.ts';
import { createTestDatabase, gql, redisPrefix, startServerProcess, waitFor, type ServerProcess, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let server: ServerProcess;
let workers: WorkersProcess;
let target: CliTarget;
let dir: string;

const request = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(server.url, server.token, query, variables);

async function addNode(name: string, cpu: string, memory: string, taint?: boolean): Promise<void> {
  const spec = taint ? `, spec: { taints: [{ key: "dedicated", value: "cli-test", effect: NoSchedule }] }` : '';
  await request(`mutation { createNode(node: { metadata: { name: "${name}" }${spec} }) { metadata { name } } }`);
  const now = new Date().toISOString();
  await request('mutation($name: String!, $s: NodeStatusInput!) { updateNodeStatus(name: $name, status: $s) { metadata { name } } }', {
    name,
    s: {
      capacity: { cpu, memory, pods: '110' },
      allocatable: { cpu, memory, pods: '110' },
      conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: now, lastTransitionTime: now, reason: 'KubeletReady', message: 'ready' }],
      addresses: [{ type: 'InternalIP', address: '127.64.9.1' }],
    },
  });
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: node:20
        command: [node, -e, "setInterval(() => {}, 1000)"]
        resources:
          requests: {cpu: 100m, memory: 64Mi}
`;

async function replicaSetRevisions(): Promise<string[]> {
  const { replicaSets } = await request('query { replicaSets(namespace: "default", labelSelector: "app=web") { items { metadata { annotations } } } }');
  return replicaSets.items.map((rs: any) => rs.metadata.annotations?.['deployment.kubernetes.io/revision']).filter(Boolean).sort();
}

beforeAll(async () => {
  db = await createTestDatabase('cli-workloads');
  server = await startServerProcess(db.url);
  workers = await startWorkersProcess(db.url, redisPrefix('cli-workloads'));
  target = { server: server.url.replace(/\/graphql$/, ''), token: server.token };
  dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-cli-workloads-'));
  await addNode('small', '1', '1Gi');
  await addNode('tainted', '1', '1Gi', true);
}, 120_000);

afterAll(async () => {
  await workers?.stop();
  await server?.stop();
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('capstan scale and rollout', () => {
  it('scales, restarts, lists the revisions, rolls back and reports an unfinished rollout', { timeout: 180_000 }, async () => {
    expect((await capstan(target, ['apply', '-f', '-'], { stdin: DEPLOYMENT })).stdout).toBe('deployment.apps/web created\n');
    await waitFor('the first ReplicaSet', async () => (await replicaSetRevisions()).length === 1, 60_000, 200);

    const pods = startCapstan(target, ['get', 'pods', '-l', 'app=web', '-w', '--watch-only']);
    try {
      expect((await capstan(target, ['scale', 'deploy', 'web', '--replicas=3'])).stdout).toBe('deployment.apps/web scaled\n');
      // The replicaset controller's new pods stream in as rows.
      await pods.waitForOutput(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\n(web-\S+\s+0\/1\s+Pending\s+0\s+\S+\n(.|\n)*){1,}/m, 60_000);
      expect((await pods.interrupt()).code).toBe(0);
    } finally {
      pods.kill();
    }

    expect((await capstan(target, ['rollout', 'restart', 'deployment/web'])).stdout).toBe('deployment.apps/web restarted\n');
    await waitFor('the second revision', async () => (await replicaSetRevisions()).length === 2, 60_000, 200);
    const { deployment } = await request('query { deployment(namespace: "default", name: "web") { spec { template { metadata { annotations } } } } }');
    expect(deployment.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const history = await capstan(target, ['rollout', 'history', 'deployment/web']);
    expect(history.stdout).toMatch(/^deployment\.apps\/web \nREVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>\n\n$/);
    const revision1 = await capstan(target, ['rollout', 'history', 'deployment/web', '--revision=1']);
    expect(revision1.stdout).toContain('deployment.apps/web with revision #1\nPod Template:\n');
    expect(revision1.stdout).not.toContain('restartedAt');

    expect((await capstan(target, ['rollout', 'undo', 'deployment/web', '--to-revision=1'])).stdout).toBe('deployment.apps/web rolled back\n');
    await waitFor('the rollback', async () => {
      const { deployment: d } = await request('query { deployment(namespace: "default", name: "web") { spec { template { metadata { annotations } } } } }');
      return !d.spec.template.metadata.annotations?.['kubectl.kubernetes.io/restartedAt'];
    });

    // No node runs the pods, so the rollout cannot finish.
    const status = await capstan(target, ['rollout', 'status', 'deployment/web', '--timeout=3s']);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/^Waiting for deployment "web" rollout to finish: /);
    expect(status.stderr).toBe('error: timed out waiting for the condition\n');
  });

  it("shows an object's history as a diff of its YAML between revisions", { timeout: 60_000 }, async () => {
    const r = await capstan(target, ['history', 'deployment', 'web']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^--- \/dev\/null\n\+\+\+ deployment\.apps\/web revision \d+ \(ADDED /);
    expect(r.stdout).toContain('\n-  replicas: 2\n+  replicas: 3\n');
    expect(r.stdout).toContain('+        kubectl.kubernetes.io/restartedAt: ');
  });
});

describe('capstan top and describe', () => {
  it('shows the cpu and memory requested on each node, and unknown usage where no agent reports', { timeout: 60_000 }, async () => {
    await request(
      'mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }',
      { p: { metadata: { name: 'bound' }, spec: { nodeName: 'tainted', tolerations: [{ key: 'dedicated', operator: 'Exists' }], containers: [{ name: 'c', image: 'i', resources: { requests: { cpu: '250m', memory: '256Mi' } } }] } } },
    );
    const r = await capstan(target, ['top', 'nodes', 'tainted']);
    // No agent runs here, so no usage is reported: <unknown>, and a note that only requests are shown.
    expect(r.stdout).toMatch(/^NAME\s+CPU\(cores\)\s+CPU\(%\)\s+MEMORY\(bytes\)\s+MEMORY\(%\)\s+CPU\(requests\)\s+MEMORY\(requests\)\ntainted\s+<unknown>\s+<unknown>\s+<unknown>\s+<unknown>\s+250m\s+256Mi\n$/);
    expect(r.stderr).toMatch(/metrics not available yet.*showing requests only/);
  });

  it('says plainly that pod usage is not available yet when no agent has reported any', { timeout: 60_000 }, async () => {
    const r = await capstan(target, ['top', 'pods']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/metrics not available yet: node agents report usage every 15 s/);
  });

  it('explains why a pending pod is not scheduled, and lists the events of a deployment', { timeout: 90_000 }, async () => {
    await request('mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }', {
      p: { metadata: { name: 'huge' }, spec: { containers: [{ name: 'c', image: 'i', resources: { requests: { cpu: '64' } } }] } },
    });
    await waitFor('the scheduler to give up on the pod', async () => {
      const { pod: p } = await request('query { pod(namespace: "default", name: "huge") { status { conditions { type status } } } }');
      return p.status?.conditions?.some((c: any) => c.type === 'PodScheduled' && c.status === 'False');
    }, 60_000, 200);
    const [pod, deploy] = await Promise.all([capstan(target, ['describe', 'pod', 'huge']), capstan(target, ['describe', 'deploy', 'web'])]);
    expect(pod.code).toBe(0);
    expect(pod.stdout).toMatch(/^Name:\s+huge\nNamespace:\s+default\n/);
    expect(pod.stdout).toMatch(/\nStatus:\s+Pending\n/);
    // Per node, the filter that rejected it ("small" is Insufficient cpu, or unreachable once the
    // node lifecycle controller sees that no agent renews its lease).
    expect(pod.stdout).toMatch(/\nScheduling:\n {2}0\/2 nodes are available: .*\n {2}Node\s+Filter\s+Reasons\n/);
    expect(pod.stdout).toMatch(/\n {2}small\s+(NodeResourcesFit\s+Insufficient cpu|TaintToleration\s+node\(s\) had untolerated taint \{node\.kubernetes\.io\/(unreachable|not-ready))/);
    expect(pod.stdout).toMatch(/\n {2}tainted\s+TaintToleration\s+node\(s\) had untolerated taint \{dedicated: cli-test\}\n/);
    expect(pod.stdout).toMatch(/\nEvents:\n {2}Type\s+Reason\s+Age\s+From\s+Message\n(.|\n)*\n {2}Warning\s+FailedScheduling\s+/);
    expect(deploy.stdout).toMatch(/\nReplicas:\s+3 desired \| /);
    expect(deploy.stdout).toMatch(/\nEvents:\n {2}Type\s+Reason\s+Age\s+From\s+Message\n {2}----/);
    expect(deploy.stdout).toMatch(/\n {2}Normal\s+ScalingReplicaSet\s+/);
  });
});

describe('capstan delete', () => {
  it('deletes by name, by label and from a manifest file', { timeout: 90_000 }, async () => {
    const file = path.join(dir, 'cms.yaml');
    writeFileSync(file, ['a', 'b', 'c'].map((n) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${n}\n  labels: {set: ${n === 'c' ? 'other' : 'ab'}}\n`).join('---\n'));
    expect((await capstan(target, ['apply', '-f', file])).code).toBe(0);
    const byLabel = await capstan(target, ['delete', 'cm', '-l', 'set=ab']);
    expect(byLabel.stdout).toBe('configmap "cm-a" deleted\nconfigmap "cm-b" deleted\n');
    const fromFile = await capstan(target, ['delete', '-f', file, '--ignore-not-found']);
    expect(fromFile.stdout).toBe('configmap "cm-c" deleted\n');
    expect(fromFile.code).toBe(0);
    const byName = await capstan(target, ['delete', 'deployment', 'web', '--cascade=background']);
    expect(byName.stdout).toBe('deployment.apps "web" deleted\n');
    expect(byName.code).toBe(0);
    expect((await capstan(target, ['get', 'deploy', 'web'])).code).toBe(1);
  });
});

describe('capstan with a token that may not read', () => {
  it("reports Forbidden as kubectl does: a service account's token", { timeout: 60_000 }, async () => {
    const secret = await waitFor('the default service account token', async () => {
      const { secrets } = await request('query { secrets(namespace: "default") { items { type data } } }');
      return secrets.items.find((x: any) => x.type === 'kubernetes.io/service-account-token' && x.data?.token);
    }, 60_000, 200);
    const token = Buffer.from(secret.data.token, 'base64').toString('utf8');
    const r = await capstan({ server: target.server, token }, ['get', 'nodes']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error from server \(Forbidden\): /);
  });
});
