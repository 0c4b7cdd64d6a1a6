/**
 * End to end with real processes (API server, workers, node agents): a DaemonSet follows the
 * nodes as they join and leave, a StatefulSet makes its ordinal pods in order and brings a
 * deleted one back under the same name and hostname, and a ReplicationController keeps its
 * replicas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { listPods, podReady, startCluster, type AgentProcess, type Cluster, type TestPod } from './cluster.ts';

let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({ agents: 2, label: 'ds-sts' });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

const sleeper = (name: string) => ({
  metadata: { labels: { app: name } },
  spec: { terminationGracePeriodSeconds: 2, containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] },
});

const live = (pods: TestPod[]) => pods.filter((p) => !p.metadata.deletionTimestamp);

describe('a DaemonSet', () => {
  let third: AgentProcess;

  it('runs one ready pod on each of the two nodes', async () => {
    await cluster.gql(`mutation($ds: DaemonSetInput!) { createDaemonSet(namespace: "default", daemonSet: $ds) { metadata { name } } }`, {
      ds: { metadata: { name: 'node-agent' }, spec: { selector: { matchLabels: { app: 'node-agent' } }, template: sleeper('node-agent') } },
    });
    const pods = await waitFor('a ready daemon pod on each node', async () => {
      const ready = (await listPods(cluster, 'app=node-agent')).filter(podReady);
      return ready.length === 2 && ready;
    }, 60_000, 200);
    expect(pods.map((p) => p.spec.nodeName).sort()).toEqual(cluster.agents.map((a) => a.name).sort());
    const status = await waitFor('the status to count both nodes ready', async () => {
      const { daemonSet } = await cluster.gql(
        `query { daemonSet(namespace: "default", name: "node-agent") { status { desiredNumberScheduled currentNumberScheduled numberReady updatedNumberScheduled numberAvailable numberMisscheduled } } }`,
      );
      return daemonSet.status?.numberReady === 2 && daemonSet.status;
    }, 20_000, 200);
    expect(status).toEqual({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, updatedNumberScheduled: 2, numberAvailable: 2, numberMisscheduled: 0 });
  }, 90_000);

  it('gets a pod on a node that joins later', async () => {
    third = await cluster.addAgent(`${cluster.agents[0]!.name.replace(/-0$/, '')}-2`);
    const pod = await waitFor('a ready daemon pod on the new node', async () => {
      const ready = (await listPods(cluster, 'app=node-agent')).filter(podReady);
      return ready.find((p) => p.spec.nodeName === third.name);
    }, 60_000, 200);
    expect(pod.metadata.name).toMatch(/^node-agent-[a-z0-9]{5}$/);
    expect(live(await listPods(cluster, 'app=node-agent'))).toHaveLength(3);
  }, 120_000);

  it('loses that pod when the node is deleted', async () => {
    await third.stop();
    await cluster.gql(`mutation($name: String!) { deleteNode(name: $name) { metadata { name } } }`, { name: third.name });
    await waitFor('the daemon pod of the deleted node to go', async () => {
      const pods = await listPods(cluster, 'app=node-agent');
      return pods.length === 2 && pods.every((p) => p.spec.nodeName !== third.name);
    }, 30_000, 200);
    const { daemonSet } = await waitFor('the status to count two nodes again', async () => {
      const r = await cluster.gql(`query { daemonSet(namespace: "default", name: "node-agent") { status { desiredNumberScheduled currentNumberScheduled } } }`);
      return r.daemonSet.status.desiredNumberScheduled === 2 && r;
    }, 20_000, 200);
    expect(daemonSet.status.currentNumberScheduled).toBe(2);
  }, 60_000);
});

describe('a StatefulSet of 3', () => {
  it('creates web-0, web-1 and web-2 in order, each after the previous is ready', async () => {
    await cluster.gql(`mutation($s: ServiceInput!) { createService(namespace: "default", service: $s) { metadata { name } } }`, {
      s: { metadata: { name: 'web' }, spec: { clusterIP: 'None', selector: { app: 'web' }, ports: [{ port: 80 }] } },
    });
    await cluster.gql(`mutation($sts: StatefulSetInput!) { createStatefulSet(namespace: "default", statefulSet: $sts) { metadata { name } } }`, {
      sts: { metadata: { name: 'web' }, spec: { replicas: 3, serviceName: 'web', selector: { matchLabels: { app: 'web' } }, template: sleeper('web') } },
    });
    await waitFor('3 ready pods', async () => (await listPods(cluster, 'app=web')).filter(podReady).length === 3, 90_000, 200);
    const { pods } = await cluster.gql(
      `query { pods(namespace: "default", labelSelector: "app=web") { items { metadata { name labels } spec { hostname subdomain } } } }`,
    );
    const byName = new Map<string, any>(pods.items.map((p: any) => [p.metadata.name, p]));
    expect([...byName.keys()].sort()).toEqual(['web-0', 'web-1', 'web-2']);
    // OrderedReady: each pod is made only once the one before it is Ready. The event log's
    // revisions order the writes exactly (timestamps have whole seconds only).
    const history = async (name: string) =>
      (await cluster.gql(`query($name: String!) { history(kind: "Pod", namespace: "default", name: $name) { revision type object } }`, { name })).history as { revision: string; type: string; object: any }[];
    const createdAt = async (name: string) => BigInt((await history(name)).find((e) => e.type === 'ADDED')!.revision);
    const readyAt = async (name: string) =>
      BigInt((await history(name)).find((e) => e.object.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True'))!.revision);
    expect(await createdAt('web-1')).toBeGreaterThan(await readyAt('web-0'));
    expect(await createdAt('web-2')).toBeGreaterThan(await readyAt('web-1'));
    for (const [name, p] of byName) {
      expect(p.spec).toEqual({ hostname: name, subdomain: 'web' });
      expect(p.metadata.labels['statefulset.kubernetes.io/pod-name']).toBe(name);
      expect(p.metadata.labels['apps.kubernetes.io/pod-index']).toBe(name.slice('web-'.length));
    }
    const { statefulSet } = await waitFor('the status to show 3 ready', async () => {
      const r = await cluster.gql(`query { statefulSet(namespace: "default", name: "web") { status { replicas readyReplicas currentRevision updateRevision } } }`);
      return r.statefulSet.status?.readyReplicas === 3 && r;
    }, 20_000, 200);
    expect(statefulSet.status.currentRevision).toBe(statefulSet.status.updateRevision);
    // The headless Service names each pod by its hostname: its DNS identity `web-N.web`.
    const hostnames = await waitFor('the headless Service endpoints to name the 3 pods', async () => {
      const { endpoints } = await cluster.gql(`query { endpoints(namespace: "default", name: "web") { subsets { addresses { hostname targetRef { name } } } } }`);
      const addresses = (endpoints?.subsets ?? []).flatMap((s: any) => s.addresses ?? []);
      return addresses.length === 3 && addresses.map((a: any) => `${a.hostname}=${a.targetRef.name}`).sort();
    }, 20_000, 200);
    expect(hostnames).toEqual(['web-0=web-0', 'web-1=web-1', 'web-2=web-2']);
  }, 120_000);

  it('brings back web-1 under the same name and hostname after it is deleted', async () => {
    const before = (await listPods(cluster, 'app=web')).find((p) => p.metadata.name === 'web-1')!;
    await cluster.gql(`mutation { deletePod(namespace: "default", name: "web-1") { metadata { name } } }`);
    const after = await waitFor('a new ready web-1', async () => {
      const p = (await listPods(cluster, 'app=web')).find((x) => x.metadata.name === 'web-1');
      return p && p.metadata.uid !== before.metadata.uid && podReady(p) && p;
    }, 60_000, 200);
    const { pod } = await cluster.gql(`query($name: String!) { pod(namespace: "default", name: $name) { spec { hostname subdomain } } }`, { name: after.metadata.name });
    expect(pod.spec).toEqual({ hostname: 'web-1', subdomain: 'web' });
    expect(live(await listPods(cluster, 'app=web')).map((p) => p.metadata.name).sort()).toEqual(['web-0', 'web-1', 'web-2']);
  }, 90_000);
});

describe('a ReplicationController', () => {
  it('keeps 3 replicas, replacing a deleted pod', async () => {
    await cluster.gql(`mutation($rc: ReplicationControllerInput!) { createReplicationController(namespace: "default", replicationController: $rc) { spec { selector } } }`, {
      rc: { metadata: { name: 'legacy' }, spec: { replicas: 3, template: sleeper('legacy') } },
    });
    const first = await waitFor('3 ready pods', async () => {
      const ready = (await listPods(cluster, 'app=legacy')).filter(podReady);
      return ready.length === 3 && ready;
    }, 60_000, 200);
    await cluster.gql(`mutation($name: String!) { deletePod(namespace: "default", name: $name) { metadata { name } } }`, { name: first[0]!.metadata.name });
    const again = await waitFor('3 ready pods again, one of them new', async () => {
      const ready = (await listPods(cluster, 'app=legacy')).filter(podReady);
      return ready.length === 3 && !ready.some((p) => p.metadata.name === first[0]!.metadata.name) && ready;
    }, 60_000, 200);
    expect(again).toHaveLength(3);
    const { scale } = await cluster.gql(`mutation { scale(kind: ReplicationController, namespace: "default", name: "legacy", replicas: 1) { spec { replicas } status { selector } } }`);
    expect(scale).toEqual({ spec: { replicas: 1 }, status: { selector: 'app=legacy' } });
    await waitFor('1 pod left', async () => live(await listPods(cluster, 'app=legacy')).length === 1, 30_000, 200);
  }, 120_000);
});
