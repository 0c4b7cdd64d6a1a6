/**
 * Volumes with the podman runtime: a busybox pod whose container reads a ConfigMap file at its
 * mountPath, writes into an emptyDir in memory that a second container reads (a tmpfs the agent
 * mounted on the node, bound into both), and is refused a write to a readOnly mount; the pod then
 * Succeeds and its log says what it saw. Skipped (with the reason printed) only where podman is
 * not installed.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusyboxImage } from '../node-agent/runtime/podman/busybox-image.ts';
import { podNetworkFor } from '../node-agent/runtime/podman/pod-network.ts';
import { createScratchStorage, type ScratchStorage } from '../node-agent/runtime/podman/scratch-storage.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { podmanInstalled, waitFor } from './harness.ts';

const HAVE_PODMAN = podmanInstalled('agent-podman-volumes');

const MANIFESTS = `
apiVersion: v1
kind: ConfigMap
metadata: { name: podman-config, namespace: default }
data: { app.conf: "color=blue" }
---
apiVersion: v1
kind: Pod
metadata: { name: podman-volumes, namespace: default }
spec:
  restartPolicy: Never
  terminationGracePeriodSeconds: 2
  volumes:
    - { name: cfg, configMap: { name: podman-config } }
    - { name: mem, emptyDir: { medium: Memory, sizeLimit: 8Mi } }
    - { name: scratch, emptyDir: {} }
  initContainers:
    - name: writer
      image: localhost/busybox
      command: ["sh", "-c", "echo from-init > /shared/note"]
      volumeMounts: [{ name: mem, mountPath: /shared }]
  containers:
    - name: main
      image: localhost/busybox
      command: ["sh", "-c", "echo cfg=$(cat /config/app.conf); echo note=$(cat /fast/note) fs=$(awk '$2==\\"/fast\\" {print $3}' /proc/mounts); if (echo x > /ro/f) 2>/dev/null; then echo ro=writable; else echo ro=refused; fi"]
      volumeMounts:
        - { name: cfg, mountPath: /config }
        - { name: mem, mountPath: /fast }
        - { name: scratch, mountPath: /ro, readOnly: true }
`;

describe.skipIf(!HAVE_PODMAN)('volumes with the podman runtime', () => {
  let storage: ScratchStorage;
  let cluster: Cluster | undefined;
  let podCIDR: string | null = null;

  beforeAll(async () => {
    storage = await createScratchStorage('agent-volumes');
    await ensureBusyboxImage({ root: storage.root, runroot: storage.runroot });
    cluster = await startCluster({
      label: 'agent-podman-volumes',
      runtime: 'podman',
      agentEnv: { CAPSTAN_PODMAN_ROOT: storage.root, CAPSTAN_PODMAN_RUNROOT: storage.runroot },
    });
    const { nodes } = await cluster.gql<{ nodes: { items: { spec: { podCIDR: string | null } | null }[] } }>('query { nodes { items { spec { podCIDR } } } }');
    podCIDR = nodes.items[0]?.spec?.podCIDR ?? null;
  }, 120_000);

  afterAll(async () => {
    // Deleted and gone before the agent stops, so that the agent unmounts the pod's tmpfs.
    await cluster?.gql('mutation { deletePod(namespace: "default", name: "podman-volumes") { metadata { name } } }').catch(() => {});
    await waitFor('the pod to be gone', async () => (await cluster!.gql<{ pod: unknown }>('query { pod(namespace: "default", name: "podman-volumes") { metadata { name } } }')).pod === null, 60_000, 200).catch(() => {});
    await cluster?.stop();
    const network = podCIDR ? podNetworkFor(podCIDR.replace(/\.0\/24$/, '.2')).network : undefined;
    await storage?.remove({ networks: network ? [network] : [] });
  }, 120_000);

  it('binds ConfigMap files, a shared in-memory emptyDir and a read-only mount into the containers', async () => {
    const c = cluster!;
    await c.gql('mutation($m: String!) { apply(manifests: $m) { name action } }', { m: MANIFESTS });
    const phase = await waitFor(
      'the pod to finish',
      async () => {
        const { pod } = await c.gql<{ pod: { status: { phase: string | null } | null } | null }>('query { pod(namespace: "default", name: "podman-volumes") { status { phase } } }');
        const p = pod?.status?.phase;
        return p === 'Succeeded' || p === 'Failed' ? p : null;
      },
      90_000,
      200,
    );
    const client = createClient({ url: c.server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${c.server.token}` }, lazy: true, retryAttempts: 0 });
    try {
      const chunks: string[] = [];
      await new Promise<void>((resolve, reject) => {
        client.subscribe<{ podLogs: { data: string } }>(
          { query: 'subscription { podLogs(namespace: "default", name: "podman-volumes", container: "main") { data } }' },
          { next: (r) => r.data && chunks.push(r.data.podLogs.data), error: reject, complete: resolve },
        );
      });
      expect(chunks.join('')).toBe('cfg=color=blue\nnote=from-init fs=tmpfs\nro=refused\n');
    } finally {
      await client.dispose();
    }
    expect(phase).toBe('Succeeded');
  }, 120_000);
});
