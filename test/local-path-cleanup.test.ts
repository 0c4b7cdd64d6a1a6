/**
 * Local-path volume cleanup end to end, with real processes (API server, workers, one node agent
 * with the process runtime) sharing one CAPSTAN_LOCAL_PATH_ROOT: a pod writes into its claim's
 * directory on the node; deleting the pod and the claim deletes the volume (policy Delete), the
 * agent removes the directory and then the finalizer, and the volume is gone. With policy Retain
 * the volume stays Released with its directory, and deleting it by hand keeps the directory. A
 * directory whose claim a pod on the node still mounts waits for that pod. And the node's own
 * credential may touch only what the cleanup needs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, waitFor } from './harness.ts';
import { listPods, startCluster, type Cluster } from './cluster.ts';

let cluster: Cluster;
let root: string;
/** A top-level mount point of its own, as in storage-e2e. */
const MOUNT = '/capstan-local-path-cleanup';

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'capstan-local-path-cleanup-'));
  const env = { CAPSTAN_LOCAL_PATH_ROOT: root };
  cluster = await startCluster({ agents: 1, label: 'local-path-cleanup', workersEnv: env, agentEnv: env });
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(root, { recursive: true, force: true });
});

const apply = (m: string) => cluster.gql('mutation($m: String!) { apply(manifests: $m) { name } }', { m });

/** A claim of `storageClass` and a pod that writes `<claim>` into `written` on it; resolves with the volume once the file is there. */
async function claimWithData(claim: string, storageClass: string): Promise<{ volume: string; dir: string }> {
  await apply(`
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: ${claim}, namespace: default }
spec: { storageClassName: ${storageClass}, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: Pod
metadata: { name: ${claim}-writer, namespace: default, labels: { app: ${claim}-writer } }
spec:
  terminationGracePeriodSeconds: 1
  containers:
    - name: main
      image: sh
      command: ["sh", "-c", "echo ${claim} > ${MOUNT}/written; sleep 3600"]
      volumeMounts: [{ name: data, mountPath: ${MOUNT} }]
  volumes: [{ name: data, persistentVolumeClaim: { claimName: ${claim} } }]
`);
  await waitFor(`${claim}-writer running`, async () => (await listPods(cluster, `app=${claim}-writer`)).find((p) => p.status?.phase === 'Running'), 90_000);
  const q = 'query($n: String!) { persistentVolumeClaim(namespace: "default", name: $n) { spec { volumeName } status { phase } } }';
  const volume: string = (await waitFor(`${claim} bound`, async () => (await cluster.gql(q, { n: claim })).persistentVolumeClaim?.spec?.volumeName)) as string;
  const dir = path.join(root, volume);
  await waitFor(`${claim}-writer to write`, () => existsSync(path.join(dir, 'written')), 30_000);
  expect(readFileSync(path.join(dir, 'written'), 'utf8')).toBe(`${claim}\n`);
  return { volume, dir };
}

async function deletePodAndClaim(claim: string): Promise<void> {
  await cluster.gql('mutation($n: String!) { deletePod(namespace: "default", name: $n) { metadata { name } } }', { n: `${claim}-writer` });
  await waitFor(`${claim}-writer gone`, async () => (await listPods(cluster, `app=${claim}-writer`)).length === 0, 60_000);
  await cluster.gql('mutation($n: String!) { deletePersistentVolumeClaim(namespace: "default", name: $n) { metadata { name } } }', { n: claim });
}

const VOLUME = 'query($n: String!) { persistentVolume(name: $n) { metadata { name labels finalizers deletionTimestamp } status { phase } } }';
const getVolume = async (name: string) => (await cluster.gql(VOLUME, { n: name })).persistentVolume;

describe('local-path volume cleanup on a real node', () => {
  it("removes a Delete volume's directory from the node once its pod and claim are deleted, and then the volume", async () => {
    const { volume, dir } = await claimWithData('scratch', 'local-path');
    const pv = await getVolume(volume);
    expect(pv.metadata.finalizers).toEqual(['capstan.io/local-path-cleanup']);
    expect(pv.metadata.labels['capstan.io/local-path-node']).toBe(cluster.agents[0]!.name);

    await deletePodAndClaim('scratch');
    await waitFor('the volume gone', async () => (await getVolume(volume)) === null, 60_000);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(root)).toBe(true);
  }, 240_000);

  it('leaves the directory of a deleted volume alone while a pod on the node still mounts its claim, and removes it once the pod is gone', async () => {
    const { volume, dir } = await claimWithData('busy', 'local-path');
    // No claim protection yet: the claim goes while its pod runs, and its volume is deleted.
    await cluster.gql('mutation { deletePersistentVolumeClaim(namespace: "default", name: "busy") { metadata { name } } }');
    await waitFor('the volume being deleted', async () => !!(await getVolume(volume))?.metadata.deletionTimestamp, 30_000);
    // The agent looks again every second while the claim is in use: give it a few looks.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(readFileSync(path.join(dir, 'written'), 'utf8')).toBe('busy\n');
    expect((await getVolume(volume))?.metadata.finalizers).toEqual(['capstan.io/local-path-cleanup']);

    await cluster.gql('mutation { deletePod(namespace: "default", name: "busy-writer") { metadata { name } } }');
    await waitFor('the volume gone', async () => (await getVolume(volume)) === null, 60_000);
    expect(existsSync(dir)).toBe(false);
  }, 240_000);

  it('keeps a Retain volume Released with its directory, and keeps the directory when the volume is then deleted', async () => {
    await apply(`
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: local-path-retain }
provisioner: capstan.io/local-path
reclaimPolicy: Retain
volumeBindingMode: WaitForFirstConsumer
`);
    const { volume, dir } = await claimWithData('keep', 'local-path-retain');
    await deletePodAndClaim('keep');
    await waitFor('the volume Released', async () => (await getVolume(volume))?.status?.phase === 'Released', 60_000);
    expect(readFileSync(path.join(dir, 'written'), 'utf8')).toBe('keep\n');

    await cluster.gql('mutation($n: String!) { deletePersistentVolume(name: $n) { metadata { name } } }', { n: volume });
    await waitFor('the volume gone', async () => (await getVolume(volume)) === null, 60_000);
    expect(readFileSync(path.join(dir, 'written'), 'utf8')).toBe('keep\n');
  }, 240_000);

  it("lets the node's credential watch and release only its own volumes, and change nothing else of them", async () => {
    const agent = cluster.agents[0]!;
    const { token } = JSON.parse(readFileSync(path.join(agent.dataDir, 'node-credential.json'), 'utf8')) as { token: string };
    const asNode = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(cluster.server.url, token, query, variables);
    const mine = 'capstan-test-mine';
    const theirs = 'capstan-test-theirs';
    for (const [name, node] of [[mine, agent.name], [theirs, 'some-other-node']] as const) {
      await apply(`
apiVersion: v1
kind: PersistentVolume
metadata: { name: ${name}, labels: { capstan.io/local-path-node: ${node} }, finalizers: [capstan.io/local-path-cleanup] }
spec: { capacity: { storage: 1Gi }, accessModes: [ReadWriteOnce], persistentVolumeReclaimPolicy: Retain, storageClassName: none, hostPath: { path: ${root}/${name} } }
`);
    }
    const list = await asNode('query($s: String) { persistentVolumes(labelSelector: $s) { items { metadata { name } } } }', { s: `capstan.io/local-path-node=${agent.name}` });
    expect(list.persistentVolumes.items.map((v: { metadata: { name: string } }) => v.metadata.name)).toContain(mine);
    await expect(asNode('{ persistentVolumes { items { metadata { name } } } }')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const patch = 'mutation($n: String!, $p: JSON!) { patchPersistentVolume(name: $n, patch: $p) { metadata { name } } }';
    await expect(asNode(patch, { n: theirs, p: { metadata: { finalizers: [] } } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(asNode(patch, { n: mine, p: { spec: { persistentVolumeReclaimPolicy: 'Delete' } } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(asNode(patch, { n: mine, p: { metadata: { labels: { 'capstan.io/local-path-node': 'some-other-node' } } } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(asNode('mutation($n: String!) { deletePersistentVolume(name: $n) { metadata { name } } }', { n: mine })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await asNode(patch, { n: mine, p: { metadata: { finalizers: [] } } });
    expect((await getVolume(mine)).metadata.finalizers ?? []).toEqual([]);
    for (const name of [mine, theirs]) await cluster.gql('mutation($n: String!) { deletePersistentVolume(name: $n) { metadata { name } } }', { n: name });
  }, 60_000);
});
