/**
 * Storage end to end with real processes (API server, workers, one node agent with the process
 * runtime): the server's default local-path class, the scheduler's selected-node annotation, the
 * persistent-volume controller's provisioning under CAPSTAN_LOCAL_PATH_ROOT, and the agent's mount
 * of the claim's volume. A StatefulSet pod writes to its claim; the pod made again after it is
 * deleted reads what it wrote, from the same folder on the node.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { listPods, startCluster, type Cluster } from './cluster.ts';

let cluster: Cluster;
let root: string;
/** A top-level mount point of its own, so that other suites' pods (which use /data) do not meet it. */
const MOUNT = '/capstan-sts-storage';

async function logOf(uid: string): Promise<string> {
  const dir = path.join(cluster.agents[0]!.dataDir, 'pods', uid, 'logs');
  if (!existsSync(dir)) return '';
  const files = readdirSync(dir).filter((f) => f.startsWith('main_')).sort();
  return files.length ? readFileSync(path.join(dir, files[files.length - 1]!), 'utf8') : '';
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'capstan-local-path-'));
  cluster = await startCluster({ agents: 1, label: 'storage-e2e', workersEnv: { CAPSTAN_LOCAL_PATH_ROOT: root } });
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('StatefulSet storage on a real node', () => {
  it('provisions data-db-0 on the node, and the pod made again after a delete finds what the first one wrote', async () => {
    const classes = await cluster.gql('{ storageClasses { items { metadata { name annotations } provisioner volumeBindingMode } } }');
    expect(classes.storageClasses.items).toContainEqual(
      expect.objectContaining({ provisioner: 'capstan.io/local-path', volumeBindingMode: 'WaitForFirstConsumer', metadata: expect.objectContaining({ name: 'local-path' }) }),
    );
    await cluster.gql('mutation($m: String!) { apply(manifests: $m) { name } }', {
      m: `
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: default }
spec:
  replicas: 1
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      terminationGracePeriodSeconds: 1
      containers:
        - name: main
          image: sh
          command: ["sh", "-c", "if [ -f ${MOUNT}/first ]; then echo again=$(cat ${MOUNT}/first); else echo written-by-the-first-pod > ${MOUNT}/first; echo wrote; fi; sleep 3600"]
          volumeMounts: [{ name: data, mountPath: ${MOUNT} }]
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`,
    });
    const first = await waitFor('db-0 running', async () => (await listPods(cluster, 'app=db')).find((p) => p.status?.phase === 'Running'), 90_000);
    await waitFor('db-0 to write', async () => /wrote/.test(await logOf(first.metadata.uid!)), 60_000);
    const q = '{ persistentVolumeClaim(namespace: "default", name: "data-db-0") { spec { volumeName storageClassName } status { phase } } }';
    const claim = (await cluster.gql(q)).persistentVolumeClaim;
    expect(claim).toMatchObject({ spec: { storageClassName: 'local-path' }, status: { phase: 'Bound' } });
    const pv = (await cluster.gql('query($n: String!) { persistentVolume(name: $n) { spec { hostPath { path } } } }', { n: claim.spec.volumeName })).persistentVolume;
    expect(pv.spec.hostPath.path).toBe(path.join(root, claim.spec.volumeName));
    expect(readFileSync(path.join(pv.spec.hostPath.path, 'first'), 'utf8')).toBe('written-by-the-first-pod\n');

    await cluster.gql('mutation { deletePod(namespace: "default", name: "db-0") { metadata { name } } }');
    const again = await waitFor(
      'db-0 made again and running',
      async () => (await listPods(cluster, 'app=db')).find((p) => p.metadata.uid !== first.metadata.uid && p.status?.phase === 'Running'),
      90_000,
    );
    await waitFor('the new db-0 to read the old data', async () => /again=written-by-the-first-pod/.test(await logOf(again.metadata.uid!)), 60_000);
  }, 240_000);
});
