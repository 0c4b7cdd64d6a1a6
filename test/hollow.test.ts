/**
 * Hollow mode end to end: a real API server and `capstan workers`, and 20 hollow nodes in this
 * process that join with the bootstrap token. They register and become Ready, renew their Leases,
 * run a Deployment's 40 pods (scheduled by the real scheduler) and confirm their deletion, and
 * release a deleted local-path volume provisioned on one of them (no disk: only its finalizer).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHollowNodes, type HollowNodes } from '../node-agent/hollow/index.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { waitFor } from './harness.ts';

let cluster: Cluster;
let hollow: HollowNodes;
const prefix = `hollow-${randomBytes(2).toString('hex')}-`;

interface NodeView {
  metadata: { name: string; labels: Record<string, string> };
  spec: { podCIDR: string | null } | null;
  status: { conditions: { type: string; status: string }[] | null; addresses: { type: string; address: string }[] | null; capacity: Record<string, string> } | null;
}

interface PodView {
  metadata: { name: string; deletionTimestamp: string | null };
  spec: { nodeName: string | null };
  status: { phase: string | null; podIP: string | null; conditions: { type: string; status: string }[] | null; containerStatuses: { name: string; ready: boolean; state: { running: { startedAt: string } | null } | null }[] | null } | null;
}

const nodes = async () =>
  (
    await cluster.gql<{ nodes: { items: NodeView[] } }>(
      `query($l: String) { nodes(labelSelector: $l) { items { metadata { name labels } spec { podCIDR } status { conditions { type status } addresses { type address } capacity } } } }`,
      { l: 'capstan.io/hollow=true' },
    )
  ).nodes.items.filter((n) => n.metadata.name.startsWith(prefix));

const pods = async () =>
  (
    await cluster.gql<{ pods: { items: PodView[] } }>(
      `query { pods(namespace: "default", labelSelector: "app=hollow-web") { items { metadata { name deletionTimestamp } spec { nodeName } status { phase podIP conditions { type status } containerStatuses { name ready state { running { startedAt } } } } } } }`,
    )
  ).pods.items;

beforeAll(async () => {
  cluster = await startCluster({ agents: 0, label: 'hollow' });
  // Kubernetes' API server makes kube-node-lease at start; until Capstan's does, the admin does.
  await cluster.gql(`mutation { createNamespace(namespace: { metadata: { name: "kube-node-lease" } }) { metadata { name } } }`).catch((err) => {
    if (err.code !== 'ALREADY_EXISTS') throw err;
  });
  hollow = await startHollowNodes({
    server: cluster.server.baseUrl,
    bootstrapToken: cluster.bootstrapToken,
    count: 20,
    namePrefix: prefix,
    leaseRenewMs: 1_000,
    nodeStatusMs: 2_000,
    runningDelayMs: 20,
    labels: { 'example.com/pool': 'hollow' },
  });
}, 180_000);

afterAll(async () => {
  await hollow?.close();
  await cluster?.stop();
});

describe('hollow nodes', () => {
  it('register 20 Nodes that become Ready with a pod CIDR and their InternalIP in it', async () => {
    expect(hollow.nodeNames).toHaveLength(20);
    const ready = await waitFor(
      '20 hollow nodes Ready with an InternalIP',
      async () => {
        const list = await nodes();
        const ok = list.filter(
          (n) =>
            n.spec?.podCIDR &&
            n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') &&
            n.status.addresses?.some((a) => a.type === 'InternalIP'),
        );
        return ok.length === 20 && ok;
      },
      90_000,
      250,
    );
    for (const n of ready) {
      const cidr = n.spec!.podCIDR!;
      const internal = n.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
      expect(internal).toBe(cidr.replace(/\.0\/24$/, '.1'));
      expect(n.metadata.labels).toMatchObject({ 'kubernetes.io/hostname': n.metadata.name, 'capstan.io/hollow': 'true', 'example.com/pool': 'hollow' });
      expect(n.status!.capacity).toMatchObject({ cpu: '4', pods: '110' });
    }
  }, 120_000);

  it('renew their Leases', async () => {
    const lease = async (name: string) =>
      (await cluster.gql<{ lease: { spec: { renewTime: string; holderIdentity: string } } | null }>(`query($n: String!) { lease(namespace: "kube-node-lease", name: $n) { spec { renewTime holderIdentity } } }`, { n: name })).lease;
    const name = hollow.nodeNames[7]!;
    const first = await waitFor('the lease', () => lease(name));
    expect(first.spec.holderIdentity).toBe(name);
    const later = await waitFor('a renewal', async () => {
      const l = await lease(name);
      return l && Date.parse(l.spec.renewTime) > Date.parse(first.spec.renewTime) && l;
    }, 20_000, 200);
    expect(Date.parse(later.spec.renewTime)).toBeGreaterThan(Date.parse(first.spec.renewTime));
    expect(hollow.nodes.every((n) => n.renewals >= 1)).toBe(true);
  }, 60_000);

  it('run the 40 pods of a Deployment: each Running and Ready with an address from its node CIDR', async () => {
    await cluster.gql(`mutation($d: DeploymentInput!) { createDeployment(namespace: "default", deployment: $d) { metadata { name } } }`, {
      d: {
        metadata: { name: 'hollow-web' },
        spec: {
          replicas: 40,
          selector: { matchLabels: { app: 'hollow-web' } },
          template: {
            metadata: { labels: { app: 'hollow-web' } },
            spec: { nodeSelector: { 'capstan.io/hollow': 'true' }, containers: [{ name: 'web', image: 'nginx', resources: { requests: { cpu: '100m', memory: '64Mi' } } }] },
          },
        },
      },
    });
    const running = await waitFor(
      '40 pods Running',
      async () => {
        const list = await pods();
        const r = list.filter((p) => p.status?.phase === 'Running');
        return list.length === 40 && r.length === 40 && r;
      },
      90_000,
      250,
    );
    const cidrs = new Map((await nodes()).map((n) => [n.metadata.name, n.spec!.podCIDR!]));
    const ips = new Set<string>();
    for (const p of running) {
      expect(hollow.nodeNames).toContain(p.spec.nodeName);
      const prefix24 = cidrs.get(p.spec.nodeName!)!.replace(/\.0\/24$/, '.');
      expect(p.status!.podIP!.startsWith(prefix24)).toBe(true);
      expect(Number(p.status!.podIP!.slice(prefix24.length))).toBeGreaterThanOrEqual(2);
      ips.add(p.status!.podIP!);
      expect(p.status!.conditions!.find((c) => c.type === 'Ready')?.status).toBe('True');
      expect(p.status!.containerStatuses).toEqual([expect.objectContaining({ name: 'web', ready: true, state: { running: { startedAt: expect.any(String) } } })]);
    }
    expect(ips.size).toBe(40);
    // The scheduler spreads them over the hollow nodes.
    expect(new Set(running.map((p) => p.spec.nodeName)).size).toBeGreaterThan(10);
  }, 120_000);

  it('confirm the graceful deletion of their pods, so that scaling down to zero completes', async () => {
    await cluster.gql(`mutation { scale(kind: Deployment, namespace: "default", name: "hollow-web", replicas: 0) { spec { replicas } } }`);
    await waitFor('every pod gone', async () => (await pods()).length === 0, 90_000, 250);
  }, 120_000);
  it('release a deleted local-path volume provisioned on them: its finalizer goes and the volume is gone', async () => {
    await cluster.gql('mutation($m: String!) { apply(manifests: $m) { name } }', {
      m: `
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: hollow-data, namespace: default }
spec: { storageClassName: local-path, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: Pod
metadata: { name: hollow-writer, namespace: default }
spec:
  nodeSelector: { capstan.io/hollow: "true" }
  containers: [{ name: main, image: busybox, volumeMounts: [{ name: data, mountPath: /data }] }]
  volumes: [{ name: data, persistentVolumeClaim: { claimName: hollow-data } }]
`,
    });
    const claim = 'query { persistentVolumeClaim(namespace: "default", name: "hollow-data") { spec { volumeName } } }';
    const volume = (await waitFor('the claim to be bound', async () => (await cluster.gql(claim)).persistentVolumeClaim?.spec?.volumeName, 60_000, 250)) as string;
    const pvQuery = 'query($n: String!) { persistentVolume(name: $n) { metadata { labels finalizers } } }';
    const pv = (await cluster.gql(pvQuery, { n: volume })).persistentVolume;
    expect(hollow.nodeNames).toContain(pv.metadata.labels['capstan.io/local-path-node']);
    expect(pv.metadata.finalizers).toContain('capstan.io/local-path-cleanup');

    await cluster.gql('mutation { deletePod(namespace: "default", name: "hollow-writer") { metadata { name } } }');
    await cluster.gql('mutation { deletePersistentVolumeClaim(namespace: "default", name: "hollow-data") { metadata { name } } }');
    // Reclaim policy Delete: the volume goes once its node has released it.
    await waitFor('the volume to be gone', async () => (await cluster.gql(pvQuery, { n: volume })).persistentVolume === null, 60_000, 250);
  }, 120_000);
});
