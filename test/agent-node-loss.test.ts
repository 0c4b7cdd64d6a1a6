/**
 * End to end with real processes and short node-lifecycle timings: when one of two agents is
 * SIGKILLed, its node goes Unknown, its pods come back Running on the other node, and the
 * service answers again from there. When the killed agent comes back, it removes the processes
 * of the pods that were taken from it meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { httpText, listPods, nameServerCommand, pidAlive, podReady, startCluster, type Cluster } from './cluster.ts';

let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({
    agents: 2,
    label: 'agent-loss',
    // A node silent for 3 s is Unknown (every Lease checked each 0.5 s); pods without their own
    // toleration leave it 1 s later.
    workersEnv: { CAPSTAN_NODE_MONITOR_GRACE_PERIOD: '3', CAPSTAN_NODE_MONITOR_PERIOD: '0.5', CAPSTAN_DEFAULT_TOLERATION_SECONDS: '1' },
    agentEnv: { CAPSTAN_LEASE_RENEW_MS: '500' },
  });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('losing a node', () => {
  it('moves the pods of a SIGKILLed agent to the other node, and the service answers from there', async () => {
    await cluster.gql(`mutation($d: DeploymentInput!) { createDeployment(namespace: "default", deployment: $d) { metadata { name } } }`, {
      d: {
        metadata: { name: 'web' },
        spec: {
          replicas: 4,
          selector: { matchLabels: { app: 'web' } },
          template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'node', command: nameServerCommand(8080) }] } },
        },
      },
    });
    await cluster.gql(`mutation($s: ServiceInput!) { createService(namespace: "default", service: $s) { metadata { name } } }`, {
      s: { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] } },
    });
    const before = await waitFor('4 ready pods on both nodes', async () => {
      const ready = (await listPods(cluster, 'app=web')).filter(podReady);
      return ready.length === 4 && new Set(ready.map((p) => p.spec.nodeName)).size === 2 && ready;
    }, 60_000, 200);
    const ip = (await cluster.gql(`query { service(namespace: "default", name: "web") { spec { clusterIP } } }`)).service.spec.clusterIP as string;
    await waitFor('the service to answer', () => httpText(ip, 80).catch(() => ''), 30_000, 200);

    const [victim, survivor] = cluster.agents as [(typeof cluster.agents)[0], (typeof cluster.agents)[0]];
    const victimPids = victim.podPids();
    const moved = before.filter((p) => p.spec.nodeName === victim.name).map((p) => p.metadata.uid);
    expect(moved.length).toBeGreaterThan(0);
    await victim.kill('SIGKILL');

    await waitFor(`node ${victim.name} to go Unknown`, async () => {
      const { node } = await cluster.gql(`query($n: String!) { node(name: $n) { status { conditions { type status } } } }`, { n: victim.name });
      return node.status.conditions.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'Unknown');
    }, 30_000, 200);
    const after = await waitFor(`4 ready pods, all on ${survivor.name}`, async () => {
      const pods = await listPods(cluster, 'app=web');
      const ready = pods.filter(podReady);
      return pods.length === 4 && ready.length === 4 && ready.every((p) => p.spec.nodeName === survivor.name) && ready;
    }, 60_000, 200);
    for (const uid of moved) expect(after.map((p) => p.metadata.uid)).not.toContain(uid);

    // Once the endpoints and the surviving proxy caught up, every request is answered by a pod on the survivor.
    const names = new Set(after.map((p) => p.metadata.name));
    await waitFor('the service to answer from the surviving node only', async () => {
      const answers: string[] = [];
      for (let i = 0; i < 8; i++) answers.push(await httpText(ip, 80).catch(() => ''));
      return answers.every((a) => names.has(a));
    }, 30_000, 250);
    for (let i = 0; i < 12; i++) expect(names).toContain(await httpText(ip, 80));

    // The dead agent's pod processes kept running (nobody could stop them) ...
    expect(victimPids.some(pidAlive)).toBe(true);
    // ... until it comes back: it cleans up the pods that were deleted meanwhile, and is Ready again.
    await victim.restart();
    await cluster.waitNodesReady([victim.name]);
    await waitFor('the processes of the moved pods to end', () => victimPids.every((pid) => !pidAlive(pid)), 30_000, 200);
  }, 150_000);
});
