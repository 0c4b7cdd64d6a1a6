/**
 * End to end with real processes: API server, workers and two node agents run a Deployment of
 * small HTTP servers (Node scripts binding POD_IP) behind a Service; the service's cluster IP
 * reaches every pod through the agents' proxies; scaling works both ways; deleting the
 * Deployment stops every process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { httpText, listPods, nameServerCommand, pidAlive, podReady, startCluster, type Cluster, type TestPod } from './cluster.ts';

let cluster: Cluster;

const readyPods = async (): Promise<TestPod[]> => (await listPods(cluster, 'app=web')).filter(podReady);

/** Names answered by the service over `tries` fresh connections. */
async function namesThroughService(ip: string, port: number, tries: number): Promise<Set<string>> {
  const names = new Set<string>();
  for (let i = 0; i < tries; i++) names.add(await httpText(ip, port));
  return names;
}

beforeAll(async () => {
  cluster = await startCluster({ agents: 2, label: 'agent-deploy' });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('a Deployment on two agents', () => {
  let clusterIP = '';

  it('runs 3 replicas that answer on their pod IPs, spread over both nodes', async () => {
    const template = { metadata: { labels: { app: 'web' } }, spec: { terminationGracePeriodSeconds: 5, containers: [{ name: 'web', image: 'node', command: nameServerCommand(8080), ports: [{ containerPort: 8080, name: 'http' }] }] } };
    await cluster.gql(`mutation($d: DeploymentInput!) { createDeployment(namespace: "default", deployment: $d) { metadata { name } } }`, {
      d: { metadata: { name: 'web' }, spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template } },
    });
    await cluster.gql(`mutation($s: ServiceInput!) { createService(namespace: "default", service: $s) { metadata { name } } }`, {
      s: { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] } },
    });
    const pods = await waitFor('3 ready pods', async () => {
      const ready = await readyPods();
      return ready.length === 3 && ready;
    }, 60_000, 200);
    expect(new Set(pods.map((p) => p.spec.nodeName))).toEqual(new Set(cluster.agents.map((a) => a.name)));
    for (const p of pods) {
      expect(p.status!.podIP).toMatch(/^127\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d+\.\d+$/);
      // Without a readiness probe a pod is Ready once its process runs, a moment before it listens.
      expect(await waitFor(`${p.metadata.name} to answer`, () => httpText(p.status!.podIP!, 8080).catch(() => ''), 15_000, 100)).toBe(p.metadata.name);
      expect(p.status!.containerStatuses![0]!.restartCount).toBe(0);
    }
  }, 90_000);

  it('reaches every pod through the service cluster IP', async () => {
    const svc = await waitFor('a cluster IP and 3 endpoints', async () => {
      const { service, endpoints } = await cluster.gql(
        `query { service(namespace: "default", name: "web") { spec { clusterIP } } endpoints(namespace: "default", name: "web") { subsets { addresses { ip } } } }`,
      );
      const addresses = (endpoints?.subsets ?? []).flatMap((s: { addresses: unknown[] | null }) => s.addresses ?? []);
      return service?.spec?.clusterIP && addresses.length === 3 && service.spec.clusterIP;
    }, 30_000, 200);
    clusterIP = svc as string;
    const pods = await readyPods();
    const names = await waitFor('the service to reach all 3 pods', async () => {
      const seen = await namesThroughService(clusterIP, 80, 9).catch(() => new Set<string>());
      return seen.size === 3 && seen;
    }, 30_000, 250);
    expect(names).toEqual(new Set(pods.map((p) => p.metadata.name)));
  }, 60_000);

  it('scales to 5 and back to 3', async () => {
    const scale = (n: number) => cluster.gql(`mutation($n: Int!) { scale(kind: Deployment, namespace: "default", name: "web", replicas: $n) { spec { replicas } } }`, { n });
    await scale(5);
    const five = await waitFor('5 ready pods', async () => {
      const ready = await readyPods();
      return ready.length === 5 && ready;
    }, 60_000, 200);
    const seen = await waitFor('the service to reach all 5 pods', async () => {
      const names = await namesThroughService(clusterIP, 80, 15).catch(() => new Set<string>());
      return names.size === 5 && names;
    }, 30_000, 250);
    expect(seen).toEqual(new Set(five.map((p) => p.metadata.name)));

    const pidsBefore = cluster.agents.flatMap((a) => a.podPids());
    await scale(3);
    const three = await waitFor('back to exactly 3 pods', async () => {
      const all = await listPods(cluster, 'app=web');
      return all.length === 3 && all.every(podReady) && all;
    }, 60_000, 200);
    // The two removed pods' processes are gone; the others still run.
    await waitFor('the processes of the removed pods to end', () => pidsBefore.filter(pidAlive).length === cluster.agents.flatMap((a) => a.podPids()).length, 20_000, 100);
    expect(three.every((p) => five.some((f) => f.metadata.uid === p.metadata.uid))).toBe(true);
  }, 120_000);

  it('stops every process when the Deployment is deleted', async () => {
    const pids = cluster.agents.flatMap((a) => a.podPids());
    expect(pids.length).toBeGreaterThanOrEqual(3);
    await cluster.gql(`mutation { deleteDeployment(namespace: "default", name: "web") { metadata { name } } }`);
    await waitFor('no pods left', async () => (await listPods(cluster, 'app=web')).length === 0, 60_000, 200);
    await waitFor('every pod process to end', () => pids.every((pid) => !pidAlive(pid)), 20_000, 100);
    expect(cluster.agents.flatMap((a) => a.podPids())).toEqual([]);
  }, 90_000);
});
