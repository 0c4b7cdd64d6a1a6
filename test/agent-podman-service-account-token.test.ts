/**
 * Bound service-account tokens with the podman runtime: a busybox container finds its token,
 * ca.crt and namespace at /var/run/secrets/kubernetes.io/serviceaccount (the kube-api-access
 * volume bound into the container), the token authenticates, and it is replaced while the
 * container runs (the agent's token age cap shortened to 2 s). Skipped (with the reason printed)
 * only where podman is not installed.
 */
import { createClient } from 'graphql-ws';
import { decodeJwt } from 'jose';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusyboxImage } from '../node-agent/runtime/podman/busybox-image.ts';
import { podNetworkFor } from '../node-agent/runtime/podman/pod-network.ts';
import { createScratchStorage, type ScratchStorage } from '../node-agent/runtime/podman/scratch-storage.ts';
import { startCluster, waitForRootCa, type Cluster } from './cluster.ts';
import { gql, podmanInstalled, waitFor } from './harness.ts';

const HAVE_PODMAN = podmanInstalled('agent-podman-service-account-token');
const DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

// Prints the files once, then the token every 0.3 s for 8 s (the token is refreshed every 2 s).
const MANIFEST = `
apiVersion: v1
kind: Pod
metadata: { name: podman-token, namespace: default }
spec:
  restartPolicy: Never
  terminationGracePeriodSeconds: 2
  containers:
    - name: main
      image: localhost/busybox
      command: ["sh", "-c", "echo ns=$(cat ${DIR}/namespace); echo ca=$(head -n 1 ${DIR}/ca.crt | tr -d '\\\\r'); i=0; while [ $i -lt 27 ]; do echo token=$(cat ${DIR}/token); sleep 0.3; i=$((i+1)); done"]
`;

describe.skipIf(!HAVE_PODMAN)('service-account tokens with the podman runtime', () => {
  let storage: ScratchStorage;
  let cluster: Cluster | undefined;
  let podCIDR: string | null = null;

  beforeAll(async () => {
    storage = await createScratchStorage('agent-sa-token');
    await ensureBusyboxImage({ root: storage.root, runroot: storage.runroot });
    cluster = await startCluster({
      label: 'agent-podman-sa-token',
      runtime: 'podman',
      agentEnv: { CAPSTAN_PODMAN_ROOT: storage.root, CAPSTAN_PODMAN_RUNROOT: storage.runroot, CAPSTAN_VOLUME_SYNC_MS: '300', CAPSTAN_TOKEN_MAX_AGE_MS: '2000' },
    });
    await waitForRootCa(cluster);
    const { nodes } = await cluster.gql<{ nodes: { items: { spec: { podCIDR: string | null } | null }[] } }>('query { nodes { items { spec { podCIDR } } } }');
    podCIDR = nodes.items[0]?.spec?.podCIDR ?? null;
  }, 120_000);

  afterAll(async () => {
    await cluster?.gql('mutation { deletePod(namespace: "default", name: "podman-token") { metadata { name } } }').catch(() => {});
    await waitFor('the pod to be gone', async () => (await cluster!.gql<{ pod: unknown }>('query { pod(namespace: "default", name: "podman-token") { metadata { name } } }')).pod === null, 60_000, 200).catch(() => {});
    await cluster?.stop();
    const network = podCIDR ? podNetworkFor(podCIDR.replace(/\.0\/24$/, '.2')).network : undefined;
    await storage?.remove({ networks: network ? [network] : [] });
  }, 120_000);

  it('shows the container its token, ca.crt and namespace at the service-account folder, and a refreshed token while it runs', async () => {
    const c = cluster!;
    await c.gql('mutation($m: String!) { apply(manifests: $m) { name action } }', { m: MANIFEST });
    const phase = await waitFor(
      'the pod to finish',
      async () => {
        const { pod } = await c.gql<{ pod: { status: { phase: string | null } | null } | null }>('query { pod(namespace: "default", name: "podman-token") { status { phase } } }');
        const p = pod?.status?.phase;
        return p === 'Succeeded' || p === 'Failed' ? p : null;
      },
      90_000,
      200,
    );
    const client = createClient({ url: c.server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${c.server.token}` }, lazy: true, retryAttempts: 0 });
    let log = '';
    try {
      await new Promise<void>((resolve, reject) => {
        client.subscribe<{ podLogs: { data: string } }>(
          { query: 'subscription { podLogs(namespace: "default", name: "podman-token", container: "main") { data } }' },
          { next: (r) => r.data && (log += r.data.podLogs.data), error: reject, complete: resolve },
        );
      });
    } finally {
      await client.dispose();
    }
    expect(phase).toBe('Succeeded');
    const lines = log.split('\n');
    expect(lines).toContain('ns=default');
    expect(lines).toContain('ca=-----BEGIN CERTIFICATE-----');
    const tokens = [...new Set(lines.filter((l) => l.startsWith('token=')).map((l) => l.slice('token='.length)))];
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    for (const t of tokens) expect(decodeJwt(t).sub).toBe('system:serviceaccount:default:default');
    // A finished pod still exists, so its token still works.
    const { authorizedActions } = await gql<{ authorizedActions: { user: string } }>(c.server.url, tokens.at(-1)!, '{ authorizedActions { user } }');
    expect(authorizedActions.user).toBe('system:serviceaccount:default:default');
  }, 120_000);
});
