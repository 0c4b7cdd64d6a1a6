/**
 * End to end with real OCI containers: a cluster (server, workers, one `capstan agent --runtime
 * podman`) runs a pod whose busybox container prints a line and exits 3; the pod reports the exit
 * code and, with restartPolicy Never, phase Failed; its log is read back through podLogs.
 * Skipped (with the reason printed) only where podman is not installed.
 */
import { execFileSync } from 'node:child_process';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusyboxImage } from '../node-agent/runtime/podman/busybox-image.ts';
import { podNetworkFor } from '../node-agent/runtime/podman/pod-network.ts';
import { createScratchStorage, type ScratchStorage } from '../node-agent/runtime/podman/scratch-storage.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { podmanInstalled, waitFor } from './harness.ts';

const HAVE_PODMAN = podmanInstalled('agent-podman');

const POD = `
apiVersion: v1
kind: Pod
metadata: { name: busybox-exit, namespace: default }
spec:
  restartPolicy: Never
  terminationGracePeriodSeconds: 2
  containers:
    - name: main
      image: localhost/busybox
      command: ["sh", "-c", "echo hello from a podman pod on $NODE_NAME; exit 3"]
`;

const WEB = `
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: default }
spec:
  terminationGracePeriodSeconds: 5
  containers:
    - name: httpd
      image: localhost/busybox
      command: ["sh", "-c", "mkdir -p /www && echo \\"hi from $POD_IP\\" > /www/index.html && exec httpd -f -p 8080 -h /www"]
      ports: [{ containerPort: 8080 }]
`;

interface PodView {
  spec: { nodeName: string | null };
  status: {
    phase: string | null;
    podIP: string | null;
    containerStatuses: { name: string; containerID: string | null; state: { terminated: { exitCode: number; reason: string | null } | null } | null }[] | null;
  } | null;
}

describe.skipIf(!HAVE_PODMAN)('an agent with the podman runtime', () => {
  let storage: ScratchStorage;
  let cluster: Cluster | undefined;
  let podCIDR: string | null = null;

  beforeAll(async () => {
    const t0 = performance.now();
    storage = await createScratchStorage('agent');
    await ensureBusyboxImage({ root: storage.root, runroot: storage.runroot });
    cluster = await startCluster({
      label: 'agent-podman',
      runtime: 'podman',
      agentEnv: { CAPSTAN_PODMAN_ROOT: storage.root, CAPSTAN_PODMAN_RUNROOT: storage.runroot },
    });
    const { nodes } = await cluster.gql<{ nodes: { items: { spec: { podCIDR: string | null } | null }[] } }>('query { nodes { items { spec { podCIDR } } } }');
    podCIDR = nodes.items[0]?.spec?.podCIDR ?? null;
    console.log(`agent-podman: image and cluster ready in ${Math.round(performance.now() - t0)} ms`);
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    const network = podCIDR ? podNetworkFor(podCIDR.replace(/\.0\/24$/, '.2')).network : undefined;
    await storage?.remove({ networks: network ? [network] : [] });
  }, 120_000);

  it('runs a busybox pod whose container exits 3: the pod is Failed with exit code 3, and its log is readable', async () => {
    const c = cluster!;
    const t0 = performance.now();
    await c.gql('mutation($m: String!) { apply(manifests: $m) { name action } }', { m: POD });
    const pod = await waitFor(
      'the pod to finish',
      async () => {
        const { pod } = await c.gql<{ pod: PodView | null }>(
          `query { pod(namespace: "default", name: "busybox-exit") {
             spec { nodeName }
             status { phase podIP containerStatuses { name containerID state { terminated { exitCode reason } } } } } }`,
        );
        return pod?.status?.phase === 'Failed' || pod?.status?.phase === 'Succeeded' ? pod : null;
      },
      60_000,
      200,
    );
    console.log(`agent-podman: pod applied → Failed reported in ${Math.round(performance.now() - t0)} ms`);
    expect(pod.spec.nodeName).toBe(c.agents[0]!.name);
    expect(pod.status?.phase).toBe('Failed');
    expect(pod.status?.containerStatuses?.[0]).toMatchObject({ name: 'main', state: { terminated: { exitCode: 3, reason: 'Error' } } });
    // The container ran in podman: its id is podman's (64 hex digits).
    expect(pod.status?.containerStatuses?.[0]?.containerID ?? '').toMatch(/[0-9a-f]{64}$/);

    const client = createClient({ url: c.server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${c.server.token}` }, lazy: true, retryAttempts: 0 });
    try {
      const chunks: string[] = [];
      await new Promise<void>((resolve, reject) => {
        client.subscribe<{ podLogs: { data: string } }>(
          { query: 'subscription { podLogs(namespace: "default", name: "busybox-exit") { data } }' },
          { next: (r) => r.data && chunks.push(r.data.podLogs.data), error: reject, complete: resolve },
        );
      });
      expect(chunks.join('')).toBe(`hello from a podman pod on ${c.agents[0]!.name}\n`);
    } finally {
      await client.dispose();
    }
  });

  it("serves a container port on the pod's IP, and deleting the pod stops and removes its podman pod", async () => {
    const c = cluster!;
    const t0 = performance.now();
    await c.gql('mutation($m: String!) { apply(manifests: $m) { name action } }', { m: WEB });
    let uid = '';
    const podIP = await waitFor(
      'the web pod to run',
      async () => {
        const { pod } = await c.gql<{ pod: (PodView & { metadata: { uid: string } }) | null }>(
          'query { pod(namespace: "default", name: "web") { metadata { uid } spec { nodeName } status { phase podIP } } }',
        );
        uid = pod?.metadata.uid ?? '';
        return pod?.status?.phase === 'Running' ? pod.status.podIP : null;
      },
      60_000,
      200,
    );
    const body = await waitFor(`http://${podIP}:8080/ to answer`, () => fetch(`http://${podIP}:8080/`).then((r) => (r.ok ? r.text() : null), () => null), 20_000, 100);
    console.log(`agent-podman: pod applied → serving on its IP in ${Math.round(performance.now() - t0)} ms`);
    expect(body).toBe(`hi from ${podIP}\n`);

    const podmanPods = () =>
      execFileSync('podman', ['--root', storage.root, '--runroot', storage.runroot, 'pod', 'ps', '--format', '{{.Name}}'], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
    expect(podmanPods()).toContain(`capstan-${uid}`);
    await c.gql('mutation { deletePod(namespace: "default", name: "web") { metadata { name } } }');
    await waitFor('the pod object to be gone', async () => (await c.gql<{ pod: unknown }>('query { pod(namespace: "default", name: "web") { metadata { name } } }')).pod === null, 30_000, 200);
    await waitFor('the podman pod to be removed', () => !podmanPods().includes(`capstan-${uid}`), 30_000, 200);
    const refused = await fetch(`http://${podIP}:8080/`).then(() => false, () => true);
    expect(refused).toBe(true);
  });
});
