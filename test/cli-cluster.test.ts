/**
 * The CLI against a whole cluster of real processes (server, workers, a node agent with the
 * process runtime): the example manifests in test/manifests/web apply unchanged and run, and
 * logs, rollout status and top nodes see the running pods.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capstan, startCapstan, type CliTarget } from './cli-run.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { ROOT, waitFor } from './harness.ts';

const MANIFESTS = path.join(ROOT, 'test/manifests/web');
const NS = 'capstan-demo';

let cluster: Cluster;
let target: CliTarget;

interface PodView {
  metadata: { name: string; deletionTimestamp: string | null };
  status: { phase: string; podIP: string | null; conditions: { type: string; status: string }[] | null } | null;
}

async function readyPods(): Promise<PodView[]> {
  const { pods } = await cluster.gql<{ pods: { items: PodView[] } }>(
    `query { pods(namespace: "${NS}", labelSelector: "app=web") { items { metadata { name deletionTimestamp } status { phase podIP conditions { type status } } } } }`,
  );
  return pods.items.filter(
    (p) => !p.metadata.deletionTimestamp && p.status?.phase === 'Running' && p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
  );
}

beforeAll(async () => {
  cluster = await startCluster({ agents: 1, label: 'cli-cluster' });
  target = { server: cluster.server.baseUrl, token: cluster.server.token };
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('the example manifests', () => {
  it('apply unchanged from test/manifests and run: three pods Running and Ready, serving with their ConfigMap and Secret', { timeout: 180_000 }, async () => {
    const applied = await capstan(target, ['apply', '-f', MANIFESTS]);
    expect(applied.stderr).toBe('');
    expect(applied.stdout.trim().split('\n')).toHaveLength(6);
    expect(applied.stdout).toContain('deployment.apps/web created\n');

    const status = await capstan(target, ['rollout', 'status', 'deployment/web', '-n', NS, '--timeout=150s'], { timeoutMs: 170_000 });
    expect(status.stderr).toBe('');
    expect(status.stdout).toMatch(/deployment "web" successfully rolled out\n$/);
    const pods = await waitFor('three ready pods', async () => ((await readyPods()).length === 3 ? readyPods() : undefined), 60_000, 500);

    const table = await capstan(target, ['get', 'pods', '-n', NS, '-o', 'wide']);
    const rows = table.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
    expect(rows.filter((r) => /^web-\S+\s+1\/1\s+Running\s+0\s+\S+\s+127\.\d+\.\d+\.\d+\s+cli-cluster-\S+\s+<none>\s+<none>$/.test(r)), table.stdout).toHaveLength(3);

    // Each pod serves on its own IP with the ConfigMap's greeting and the Secret's key.
    const answer = await fetch(`http://${pods[0]!.status!.podIP}:8080/`).then((r) => r.text());
    expect(answer).toMatch(/^Hello from web-\S+ \(api key set\)\n$/);

    // Applied again, nothing changes.
    const again = await capstan(target, ['apply', '-f', MANIFESTS]);
    expect(again.stdout.trim().split('\n')).toEqual([
      'namespace/capstan-demo unchanged',
      'configmap/web-config unchanged',
      'secret/web-secret unchanged',
      'deployment.apps/web unchanged',
      'service/web unchanged',
      'service/web-nodeport unchanged',
    ]);
  });

  // apply merges a Service's ports by port number, as kubectl does, so the allocated nodePort
  // stays (replacing the list whole made the server allocate another one).
  it('keep the NodePort Service unchanged and its nodePort when applied again', { timeout: 60_000 }, async () => {
    const port = async () => JSON.parse((await capstan(target, ['get', 'svc', 'web-nodeport', '-n', NS, '-o', 'json'])).stdout).spec.ports[0].nodePort;
    const before = await port();
    const again = await capstan(target, ['apply', '-f', path.join(MANIFESTS, '30-services.yaml')]);
    expect(again.stdout).toBe('service/web unchanged\nservice/web-nodeport unchanged\n');
    expect(await port()).toBe(before);
  });

  it('answer through the ClusterIP Service', { timeout: 60_000 }, async () => {
    const svc = JSON.parse((await capstan(target, ['get', 'svc', 'web', '-n', NS, '-o', 'json'])).stdout);
    const answer = await waitFor(
      'the service to answer',
      () => fetch(`http://${svc.spec.clusterIP}:80/`).then((r) => r.text(), () => ''),
      30_000,
      250,
    );
    expect(answer).toMatch(/^Hello from web-/);
  });
});

describe('capstan get nodes and describe', () => {
  it('lists the Ready node, and describes a running pod with its events and its node with its pods', { timeout: 90_000 }, async () => {
    const pod = (await readyPods())[0]!.metadata.name;
    const node = cluster.agents[0]!.name;
    const [nodes, describedPod, describedNode] = await Promise.all([
      capstan(target, ['get', 'nodes']),
      capstan(target, ['describe', 'pod', pod, '-n', NS]),
      capstan(target, ['describe', 'node', node]),
    ]);
    expect(nodes.stdout).toMatch(new RegExp(`^NAME\\s+STATUS\\s+ROLES\\s+AGE\\s+VERSION\\n${node}\\s+Ready\\s+<none>\\s+\\S+\\s+\\S+\\n$`));

    expect(describedPod.stdout).toMatch(new RegExp(`^Name:\\s+${pod}\\nNamespace:\\s+${NS}\\n`));
    expect(describedPod.stdout).toMatch(new RegExp(`\\nNode:\\s+${node}/127\\.\\d+\\.\\d+\\.\\d+\\n`));
    expect(describedPod.stdout).toMatch(/\nStatus:\s+Running\n/);
    expect(describedPod.stdout).toMatch(/\nControlled By:\s+ReplicaSet\/web-\S+\n/);
    expect(describedPod.stdout).toMatch(/\n {4}Readiness:\s+http-get http:\/\/:http\/healthz delay=0s timeout=1s period=2s #success=1 #failure=3\n/);
    expect(describedPod.stdout).toContain('\n    Environment Variables from:\n      web-config  ConfigMap  Optional: false\n');
    expect(describedPod.stdout).toMatch(/\n {6}API_KEY:\s+<set to the key 'api-key' in secret 'web-secret'>  Optional: false\n/);
    expect(describedPod.stdout).toMatch(/\n {2}Normal\s+Scheduled\s+\S+\s+default-scheduler\s+Successfully assigned capstan-demo\/web-/);

    expect(describedNode.stdout).toMatch(new RegExp(`^Name:\\s+${node}\\n`));
    expect(describedNode.stdout).toMatch(/\n {2}Ready\s+True\s+/);
    expect(describedNode.stdout).toMatch(/\nNon-terminated Pods:\s+\(3 in total\)\n/);
    expect(describedNode.stdout).toMatch(new RegExp(`\\n {2}capstan-demo\\s+${pod}\\s+50m\\s+32Mi\\s+`));
  });
});

describe('capstan top nodes', () => {
  it("shows the node's usage (once its agent has reported) and sums the requests of its running pods", { timeout: 60_000 }, async () => {
    const r = await capstan(target, ['top', 'nodes']);
    // The agent reports every 15 s here: before its first report the usage columns are <unknown>.
    const used = '(?:\\d+m\\s+\\d+%\\s+\\d+Mi\\s+\\d+%|<unknown>\\s+<unknown>\\s+<unknown>\\s+<unknown>)';
    expect(r.stdout).toMatch(new RegExp(`^NAME\\s+CPU\\(cores\\)\\s+CPU\\(%\\)\\s+MEMORY\\(bytes\\)\\s+MEMORY\\(%\\)\\s+CPU\\(requests\\)\\s+MEMORY\\(requests\\)\\ncli-cluster-\\S+\\s+${used}\\s+150m\\s+96Mi\\n$`));
  });
});

describe('capstan logs', () => {
  it("prints one pod's log, and every matching pod's log with a [pod/NAME/CONTAINER] prefix", { timeout: 90_000 }, async () => {
    const pods = await readyPods();
    const [one, since, none] = await Promise.all([
      capstan(target, ['logs', pods[0]!.metadata.name, '-n', NS]),
      capstan(target, ['logs', `pod/${pods[0]!.metadata.name}`, '-n', NS, '--since=1h', '-c', 'web']),
      capstan(target, ['logs', pods[0]!.metadata.name, '-n', NS, '--tail=0']),
    ]);
    expect(one.stderr).toBe('');
    expect(one.stdout).toBe(`listening on ${pods[0]!.status!.podIP}:8080\n`);
    expect(since.stdout).toBe(one.stdout);
    expect(none.stdout).toBe('');
    expect(none.code).toBe(0);

    const all = await capstan(target, ['logs', '-l', 'app=web', '-n', NS, '--tail=5']);
    for (const p of pods) expect(all.stdout).toContain(`[pod/${p.metadata.name}/web] listening on ${p.status!.podIP}:8080\n`);
  });

  it('with -f -l follows the pods, including one that replaces a deleted pod', { timeout: 120_000 }, async () => {
    const before = await readyPods();
    const follow = startCapstan(target, ['logs', '-f', '-l', 'app=web', '-n', NS]);
    try {
      for (const p of before) await follow.waitForOutput(`[pod/${p.metadata.name}/web] listening on`, 30_000);
      const victim = before[0]!.metadata.name;
      expect((await capstan(target, ['delete', 'pod', victim, '-n', NS, '--wait=false'])).stdout).toBe(`pod "${victim}" deleted\n`);
      await follow.waitForOutput(`[pod/${victim}/web] stopping`, 60_000);
      const replacement = await waitFor(
        'a replacement pod',
        async () => (await readyPods()).find((p) => !before.some((b) => b.metadata.name === p.metadata.name)),
        60_000,
        500,
      );
      await follow.waitForOutput(`[pod/${replacement.metadata.name}/web] listening on ${replacement.status!.podIP}:8080`, 60_000);
      expect((await follow.interrupt()).code).toBe(0);
    } finally {
      follow.kill();
    }
  });
});
