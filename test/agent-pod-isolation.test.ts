/**
 * End to end with a real agent (process runtime, root agent): pods no longer run as host root.
 * A pod without runAsUser runs as a uid of its own and cannot read the admin token, the agent's
 * credential or another pod's emptyDir; runAsUser, supplementalGroups and fsGroup are honoured;
 * runAsNonRoot refuses a root container with kubelet's message.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { startCluster, type Cluster } from './cluster.ts';

let cluster: Cluster;
let out: string;
let secretDir: string;
let adminTokenFile: string;

interface Pod {
  metadata: { uid: string };
  status: { phase: string; containerStatuses: { state: { waiting: { reason: string; message: string | null } | null; terminated: { exitCode: number } | null } }[] | null } | null;
}

async function createPod(name: string, spec: Record<string, unknown>): Promise<void> {
  await cluster.gql(`mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
    p: { metadata: { name }, spec: { terminationGracePeriodSeconds: 1, volumes: [{ name: 'out', hostPath: { path: out } }], ...spec } },
  });
}

async function getPod(name: string): Promise<Pod | null> {
  return (
    await cluster.gql(`query($n: String!) { pod(namespace: "default", name: $n) { metadata { uid } status { phase containerStatuses { state { waiting { reason message } terminated { exitCode } } } } } }`, { n: name })
  ).pod;
}

const phase = (name: string, want: string) => waitFor(`pod ${name} to be ${want}`, async () => ((await getPod(name))?.status?.phase === want ? getPod(name) : false), 60_000, 100);

/** A container that runs `script` with the test's output folder at /out. */
const sh = (script: string, extra: Record<string, unknown> = {}) => ({
  name: 'main',
  image: 'busybox',
  command: ['sh', '-c', script],
  volumeMounts: [{ name: 'out', mountPath: '/out' }, ...((extra.volumeMounts as unknown[]) ?? [])],
  ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'volumeMounts')),
});

const result = (file: string) => readFileSync(path.join(out, file), 'utf8').trim();

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'capstan-isolation-'));
  chmodSync(out, 0o777);
  // An admin token as `capstan up` leaves it: a 0600 file, here in a folder anyone may enter,
  // so that only the file's own mode (and the pod's user) stands between it and a pod.
  secretDir = mkdtempSync(path.join(os.tmpdir(), 'capstan-admin-'));
  chmodSync(secretDir, 0o755);
  adminTokenFile = path.join(secretDir, 'admin-token');
  writeFileSync(adminTokenFile, 'admin-secret\n', { mode: 0o600 });
  cluster = await startCluster({ agents: 1, label: 'agent-isolation', agentEnv: { CAPSTAN_LEASE_RENEW_MS: '500' } });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(out, { recursive: true, force: true });
  rmSync(secretDir, { recursive: true, force: true });
});

describe('pod isolation in the process runtime', () => {
  it.runIf(process.getuid?.() === 0)('runs a pod without runAsUser as a user of its own that cannot read the admin token or the agent credential', async () => {
    const credential = path.join(cluster.agents[0]!.dataDir, 'node-credential.json');
    await createPod('snoop', {
      restartPolicy: 'Never',
      containers: [
        sh('id -u > /out/snoop-uid; cat "$ADMIN_TOKEN" > /out/snoop-admin 2>&1; cat "$CREDENTIAL" > /out/snoop-credential 2>&1; cat "$CAPSTAN_SERVICE_ACCOUNT_TOKEN_FILE" | wc -c > /out/snoop-sa', {
          env: [
            { name: 'ADMIN_TOKEN', value: adminTokenFile },
            { name: 'CREDENTIAL', value: credential },
          ],
        }),
      ],
    });
    await phase('snoop', 'Succeeded');
    const uid = Number(result('snoop-uid'));
    expect(uid).toBeGreaterThanOrEqual(1_000_000_000);
    expect(result('snoop-admin')).toContain('Permission denied');
    expect(result('snoop-admin')).not.toContain('admin-secret');
    expect(result('snoop-credential')).toContain('Permission denied');
    // Its own service-account token it can read.
    expect(Number(result('snoop-sa'))).toBeGreaterThan(20);
  }, 90_000);

  it.runIf(process.getuid?.() === 0)("keeps two pods out of each other's emptyDir", async () => {
    await createPod('owner', {
      volumes: [
        { name: 'out', hostPath: { path: out } },
        { name: 'scratch', emptyDir: {} },
      ],
      containers: [sh('echo private > /scratch/secret && touch /out/owner-ready; sleep 1000', { volumeMounts: [{ name: 'scratch', mountPath: '/scratch' }] })],
    });
    await waitFor('the owner to write its file', async () => {
      try {
        return readFileSync(path.join(out, 'owner-ready'), 'utf8') === '';
      } catch {
        return false;
      }
    }, 60_000, 100);
    const ownerUid = (await getPod('owner'))!.metadata.uid;
    const secret = path.join(cluster.agents[0]!.dataDir, 'pods', ownerUid, 'volumes', 'empty-dir', 'scratch', 'secret');
    expect(readFileSync(secret, 'utf8')).toBe('private\n');
    await createPod('neighbour', {
      restartPolicy: 'Never',
      containers: [sh('cat "$OTHER" > /out/neighbour 2>&1; ls "$(dirname "$OTHER")" >> /out/neighbour 2>&1; true', { env: [{ name: 'OTHER', value: secret }] })],
    });
    await phase('neighbour', 'Succeeded');
    expect(result('neighbour')).toContain('Permission denied');
    expect(result('neighbour')).not.toContain('private');
    await cluster.gql('mutation { deletePod(namespace: "default", name: "owner", gracePeriodSeconds: 0) { metadata { name } } }');
  }, 90_000);

  it.runIf(process.getuid?.() === 0)('honours runAsUser, runAsGroup, supplementalGroups and fsGroup (emptyDirs group-owned and group-writable)', async () => {
    await createPod('as-user', {
      restartPolicy: 'Never',
      securityContext: { runAsUser: 1234, supplementalGroups: [3000], fsGroup: 2000 },
      volumes: [
        { name: 'out', hostPath: { path: out } },
        { name: 'scratch', emptyDir: {} },
      ],
      containers: [
        sh('id -u > /out/as-user-uid; id -G > /out/as-user-groups; stat -c %g /scratch > /out/as-user-fsgroup; touch /scratch/f && echo ok > /out/as-user-write', {
          volumeMounts: [{ name: 'scratch', mountPath: '/scratch' }],
        }),
        {
          ...sh('id -u > /out/as-group-uid; id -g > /out/as-group-gid'),
          name: 'other',
          securityContext: { runAsUser: 4321, runAsGroup: 5000 },
        },
      ],
    });
    await phase('as-user', 'Succeeded');
    expect(result('as-user-uid')).toBe('1234');
    expect(result('as-user-groups').split(' ')).toEqual(expect.arrayContaining(['3000', '2000']));
    expect(result('as-user-fsgroup')).toBe('2000');
    expect(result('as-user-write')).toBe('ok');
    expect(result('as-group-uid')).toBe('4321');
    expect(result('as-group-gid')).toBe('5000');
  }, 90_000);

  it('refuses to start a container that runAsNonRoot says must not run as root (CreateContainerConfigError)', async () => {
    await createPod('root-refused', {
      securityContext: { runAsUser: 0 },
      containers: [sh('sleep 1000', { securityContext: { runAsNonRoot: true } })],
    });
    const waiting = await waitFor('the container to wait', async () => (await getPod('root-refused'))?.status?.containerStatuses?.[0]?.state.waiting?.reason === 'CreateContainerConfigError' && getPod('root-refused'), 60_000, 100);
    const pod = await waiting;
    expect(pod!.status!.containerStatuses![0]!.state.waiting!.message).toMatch(/^container's runAsUser breaks non-root policy \(pod: "root-refused_default\(.+\)", container: main\)$/);
  }, 90_000);
});
