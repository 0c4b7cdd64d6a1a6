/**
 * End to end with a real agent (process runtime, pods are host processes running `sh -c`): what
 * a pod's containers see at /etc/hosts and /etc/resolv.conf. The agent is given a cluster DNS
 * address, a cluster domain and a resolv.conf of its own (kubelet's --cluster-dns,
 * --cluster-domain, --resolv-conf), and each pod's files follow its hostname, subdomain,
 * hostAliases, dnsPolicy and dnsConfig; the host's own files stay as they were. Output is read
 * from the containers' log files in the agent's data folder.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { listPods, podReady, startCluster, type Cluster } from './cluster.ts';

let cluster: Cluster;
let tmp: string;
let hostHostsBefore: string;
let hostResolvBefore: string;

const podOf = async (name: string) => (await listPods(cluster, `test=${name}`))[0];

/** The current log of a container, read from the agent's data folder (empty until it exists). */
async function logOf(pod: string, container = 'main'): Promise<string> {
  const uid = (await podOf(pod))?.metadata.uid;
  if (!uid) return '';
  const dir = path.join(cluster.agents[0]!.dataDir, 'pods', uid, 'logs');
  if (!existsSync(dir)) return '';
  const files = readdirSync(dir).filter((f) => f.startsWith(`${container}_`)).sort();
  return files.length ? readFileSync(path.join(dir, files[files.length - 1]!), 'utf8') : '';
}

/** The log once it holds `marker`, with the agent's output in the error when it never does. */
const logUntil = (pod: string, marker: string) =>
  waitFor(`${pod} to log ${marker}`, async () => {
    const text = await logOf(pod);
    return text.includes(marker) && text;
  }, 60_000, 100).catch(async (err: Error) => {
    throw new Error(`${err.message}\nstatus: ${JSON.stringify((await podOf(pod))?.status)}\nlog:\n${await logOf(pod)}\nagent:\n${cluster.agents[0]!.output().slice(-2000)}`);
  });

/** A pod that prints its /etc/hosts, its /etc/resolv.conf and what `getent` resolves, then waits. */
function printingPod(name: string, spec: string): string {
  return `
apiVersion: v1
kind: Pod
metadata: { name: ${name}, namespace: default, labels: { test: ${name} } }
spec:
  terminationGracePeriodSeconds: 1
${spec}
  containers:
  - name: main
    image: busybox
    command: [sh, -c, 'cat /etc/hosts; echo "--- resolv"; cat /etc/resolv.conf; echo "--- getent"; getent hosts foo.local || echo unresolved; echo "--- end"; exec sleep 3600']
    readinessProbe: { exec: { command: [grep, -q, foo.local, /etc/hosts] }, periodSeconds: 1 }
`;
}

async function apply(yaml: string): Promise<void> {
  await cluster.gql('mutation($m: String!) { apply(manifests: $m) { name action } }', { m: yaml });
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'capstan-dns-'));
  hostHostsBefore = readFileSync('/etc/hosts', 'utf8');
  hostResolvBefore = readFileSync('/etc/resolv.conf', 'utf8');
  const nodeResolv = path.join(tmp, 'node-resolv.conf');
  writeFileSync(nodeResolv, 'nameserver 10.0.0.2\nsearch node.example\noptions timeout:2\n');
  cluster = await startCluster({
    agents: 1,
    label: 'agent-dns',
    agentArgs: ['--cluster-dns', '10.96.0.10', '--cluster-domain', 'corp.test', '--resolv-conf', nodeResolv],
  });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe("a pod's /etc/hosts and /etc/resolv.conf", () => {
  it('show its fully qualified hostname, its hostAliases and the cluster DNS with its dnsConfig merged in, to the container and to exec probes', async () => {
    await apply(
      printingPod(
        'aliased',
        `  hostname: db
  subdomain: backend
  hostAliases:
  - { ip: 10.1.2.3, hostnames: [foo.local, bar.local] }
  dnsPolicy: ClusterFirst
  dnsConfig:
    nameservers: [1.1.1.1]
    searches: [extra.example]
    options: [{ name: ndots, value: "2" }, { name: edns0 }]`,
      ),
    );
    const log = await logUntil('aliased', '--- end');
    const pod = await podOf('aliased');
    const ip = pod!.status!.podIP!;
    const [hosts, rest] = log.split('--- resolv\n');
    const [resolv, getent] = rest!.split('--- getent\n');
    expect(hosts).toBe(
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n' +
        `${ip}\tdb.backend.default.svc.corp.test\tdb\n\n# Entries added by HostAliases.\n10.1.2.3\tfoo.local\tbar.local\n`,
    );
    expect(resolv).toBe('search default.svc.corp.test svc.corp.test corp.test node.example extra.example\nnameserver 10.96.0.10\nnameserver 1.1.1.1\noptions ndots:2 edns0\n');
    // The C library reads the pod's file: the alias resolves.
    expect(getent).toMatch(/^10\.1\.2\.3\s+foo\.local bar\.local\n/);
    // The readiness probe (exec) runs in the container's mount namespace and sees the alias too.
    await waitFor('the pod to be Ready', async () => {
      const p = await podOf('aliased');
      return !!p && podReady(p);
    }, 30_000, 100);
  }, 90_000);

  it("with dnsPolicy None holds only the pod's dnsConfig, and with Default the agent's resolv.conf", async () => {
    await apply(printingPod('no-policy', '  dnsPolicy: None\n  dnsConfig: { nameservers: [9.9.9.9], searches: [only.example] }'));
    await apply(printingPod('node-policy', '  dnsPolicy: Default'));
    const none = await logUntil('no-policy', '--- end');
    expect(none.split('--- resolv\n')[1]!.split('--- getent')[0]).toBe('search only.example\nnameserver 9.9.9.9\n');
    // Without aliases the name is not known, and the pod's own name is its hostname.
    expect(none).toContain('unresolved');
    expect(none).toMatch(/\tno-policy\n--- resolv/);
    const node = await logUntil('node-policy', '--- end');
    expect(node.split('--- resolv\n')[1]!.split('--- getent')[0]).toBe('search node.example\nnameserver 10.0.0.2\noptions timeout:2\n');
  }, 90_000);

  it("leave the node's own /etc/hosts and /etc/resolv.conf as they were", () => {
    expect(readFileSync('/etc/hosts', 'utf8')).toBe(hostHostsBefore);
    expect(readFileSync('/etc/resolv.conf', 'utf8')).toBe(hostResolvBefore);
  });

  it('are removed with the pod', async () => {
    const uid = (await podOf('aliased'))!.metadata.uid;
    await cluster.gql('mutation { deletePod(namespace: "default", name: "aliased") { metadata { name } } }');
    const podDir = path.join(cluster.agents[0]!.dataDir, 'pods', uid);
    await waitFor('the pod folder to go', async () => !existsSync(podDir), 30_000, 100);
  }, 40_000);
});
