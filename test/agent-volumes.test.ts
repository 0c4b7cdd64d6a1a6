/**
 * End to end with a real agent (process runtime, pods are host processes running `sh -c`): what
 * a container sees at its volumeMounts. ConfigMap files that follow the ConfigMap's changes, a
 * Secret file with its mode, downward API files, an emptyDir shared by two containers and one in
 * memory, a mount over a path of the host's /etc that shows the pod's files and not the host's,
 * hostPath DirectoryOrCreate, a read-only mount that refuses writes, an exec probe that sees
 * the mounts, mounts kept through an agent restart, and what deleting the pods leaves (nothing). Output is read from the containers' log files in the agent's data folder.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { listPods, podReady, startCluster, type Cluster } from './cluster.ts';

let cluster: Cluster;
let tmp: string;
/** A folder of the host's /etc that pods mount over; made (and removed) by this test when missing. */
const HOST_ETC = '/etc/capstan-test';
let madeHostEtc = false;
/** Top-level mount points the pods below use: the runtime makes them on the node and removes them with the pods. */
const NODE_MOUNT_POINTS = ['/config', '/info', '/projected', '/shared', '/mem', '/data', '/fast', '/hp', '/ro', '/cfg', '/store', '/orphan-mem'];
let absentBefore: string[] = [];

const podUid = async (name: string) => (await listPods(cluster, `test=${name}`))[0]?.metadata.uid;

/** The current log of a container, read from the agent's data folder (empty until it exists). */
async function logOf(pod: string, container: string): Promise<string> {
  const uid = await podUid(pod);
  if (!uid) return '';
  const dir = path.join(cluster.agents[0]!.dataDir, 'pods', uid, 'logs');
  if (!existsSync(dir)) return '';
  const files = readdirSync(dir).filter((f) => f.startsWith(`${container}_`)).sort();
  return files.length ? readFileSync(path.join(dir, files[files.length - 1]!), 'utf8') : '';
}

const logShows = (pod: string, container: string, pattern: RegExp, timeoutMs = 60_000) =>
  waitFor(`${pod}/${container} to log ${pattern}`, async () => pattern.exec(await logOf(pod, container)), timeoutMs, 100).catch(async (err: Error) => {
    const tail = (s: string) => s.split('\n').slice(-15).join('\n');
    const status = (await listPods(cluster, `test=${pod}`))[0]?.status;
    throw new Error(`${err.message}\nstatus: ${JSON.stringify(status?.containerStatuses)}\ncontainer log:\n${tail(await logOf(pod, container))}\nagent:\n${tail(cluster.agents[0]!.output())}`);
  });

async function apply(yaml: string): Promise<void> {
  await cluster.gql('mutation($m: String!) { apply(manifests: $m) { name action } }', { m: yaml });
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'capstan-volumes-'));
  // Pods run as users of their own (not host root): let them write their markers here.
  chmodSync(tmp, 0o777);
  if (!existsSync(HOST_ETC)) {
    mkdirSync(HOST_ETC);
    madeHostEtc = true;
  }
  writeFileSync(path.join(HOST_ETC, 'host-only'), 'the host’s own file\n');
  absentBefore = NODE_MOUNT_POINTS.filter((p) => !existsSync(p));
  cluster = await startCluster({
    agents: 1,
    label: 'agent-volumes',
    agentEnv: { CAPSTAN_VOLUME_SYNC_MS: '300', CAPSTAN_BACKOFF_BASE_MS: '200', CAPSTAN_BACKOFF_MAX_MS: '1000' },
  });
  await apply(`
apiVersion: v1
kind: ConfigMap
metadata: { name: app-config, namespace: default }
data: { app.conf: "color=blue", other: "x" }
---
apiVersion: v1
kind: Secret
metadata: { name: creds, namespace: default }
stringData: { password: s3cret, user: app }
`);
}, 120_000);

/** Unmounts what a failed test left mounted under `dir` (pods not deleted before the cluster stopped). */
function unmountUnder(dir: string): void {
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const point = line.split(' ')[4];
    if (point?.startsWith(`${dir}/`)) spawnSync('umount', ['-l', point]);
  }
}

afterAll(async () => {
  const dataDir = cluster?.agents[0]?.dataDir;
  await cluster?.stop();
  if (dataDir) unmountUnder(dataDir);
  rmSync(path.join(HOST_ETC, 'host-only'), { force: true });
  if (madeHostEtc) rmSync(HOST_ETC, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe('volumes in the process runtime', () => {
  it('shows ConfigMap, Secret and downward API files at their mountPaths, and the ConfigMap’s change within the sync period', async () => {
    await apply(`
apiVersion: v1
kind: Pod
metadata: { name: files, namespace: default, labels: { test: files, tier: gold } }
spec:
  terminationGracePeriodSeconds: 1
  volumes:
    - { name: cfg, configMap: { name: app-config } }
    - { name: creds, secret: { secretName: creds, items: [{ key: password, path: db/password, mode: 0400 }] } }
    - name: info
      downwardAPI:
        items:
          - { path: labels, fieldRef: { fieldPath: metadata.labels } }
          - { path: name, fieldRef: { fieldPath: metadata.name } }
    - name: all
      projected:
        sources:
          - { configMap: { name: app-config, items: [{ key: app.conf, path: conf/app.conf }] } }
          - { downwardAPI: { items: [{ path: pod-uid, fieldRef: { fieldPath: metadata.uid } }] } }
          - { serviceAccountToken: { path: token, expirationSeconds: 3600 } }
  containers:
    - name: reader
      image: sh
      command: ["sh", "-c", "echo secret=$(cat /var/run/creds/db/password) mode=$(stat -c %a /var/run/creds/db/password) user=$(ls /var/run/creds | tr '\\\\n' ,); echo name=$(cat /info/name); echo projected=$(cat /projected/conf/app.conf) uid=$(cat /projected/pod-uid) token=$(head -c 3 /projected/token); sed 's/^/label:/' /info/labels; echo; while :; do echo cfg=$(cat /config/app.conf); sleep 0.2; done"]
      readinessProbe: { exec: { command: ["cat", "/config/app.conf"] }, periodSeconds: 1 }
      volumeMounts:
        - { name: cfg, mountPath: /config }
        - { name: creds, mountPath: /var/run/creds }
        - { name: info, mountPath: /info }
        - { name: all, mountPath: /projected }
`);
    await logShows('files', 'reader', /cfg=color=blue/);
    const log = await logOf('files', 'reader');
    expect(log).toContain('secret=s3cret mode=400 user=db,');
    expect(log).toContain('name=files');
    expect(log).toContain(`projected=color=blue uid=${await podUid('files')} token=eyJ`);
    expect(log).toContain('label:test="files"\nlabel:tier="gold"');
    // The exec probe runs inside the container's mounts too.
    await waitFor('the pod to be Ready', async () => {
      const p = (await listPods(cluster, 'test=files'))[0];
      return p && podReady(p);
    }, 30_000, 100);

    const t0 = Date.now();
    await cluster.gql('mutation($p: JSON!) { patchConfigMap(namespace: "default", name: "app-config", patch: $p) { metadata { name } } }', { p: { data: { 'app.conf': 'color=green' } } });
    await logShows('files', 'reader', /cfg=color=green/, 20_000);
    console.log(`agent-volumes: ConfigMap change seen in the container after ${Date.now() - t0} ms`);
  }, 90_000);

  it('keeps a container’s mounts through an agent restart, and the restarted agent still brings ConfigMap changes', async () => {
    const before = (await listPods(cluster, 'test=files'))[0]!.status!.containerStatuses![0]!;
    const agent = cluster.agents[0]!;
    await agent.kill('SIGKILL');
    await cluster.gql('mutation($p: JSON!) { patchConfigMap(namespace: "default", name: "app-config", patch: $p) { metadata { name } } }', { p: { data: { 'app.conf': 'color=red' } } });
    await agent.restart();
    await logShows('files', 'reader', /cfg=color=red/, 30_000);
    const after = (await listPods(cluster, 'test=files'))[0]!.status!.containerStatuses![0]!;
    expect(after.containerID).toBe(before.containerID);
    expect(after.restartCount).toBe(0);
  }, 90_000);

  it('shares an emptyDir between two containers, and a medium Memory one is a tmpfs', async () => {
    await apply(`
apiVersion: v1
kind: Pod
metadata: { name: shared, namespace: default, labels: { test: shared } }
spec:
  terminationGracePeriodSeconds: 1
  volumes:
    - { name: scratch, emptyDir: {} }
    - { name: mem, emptyDir: { medium: Memory, sizeLimit: 16Mi } }
  containers:
    - name: writer
      image: sh
      command: ["sh", "-c", "echo hello-from-writer > /shared/greeting; echo in-memory > /mem/m; sleep 3600"]
      volumeMounts: [{ name: scratch, mountPath: /shared }, { name: mem, mountPath: /mem }]
    - name: reader
      image: sh
      command: ["sh", "-c", "while :; do echo got=$(cat /data/greeting 2>/dev/null) mem=$(cat /fast/m 2>/dev/null) fs=$(awk '$2==\\"/fast\\" {print $3}' /proc/self/mounts); sleep 0.2; done"]
      volumeMounts: [{ name: scratch, mountPath: /data }, { name: mem, mountPath: /fast }]
`);
    await logShows('shared', 'reader', /got=hello-from-writer mem=in-memory fs=tmpfs/);
    // The mounts are the containers' own: the node has no /shared or /data of the pod.
    expect(existsSync('/shared/greeting')).toBe(false);
    expect(existsSync('/data/greeting')).toBe(false);
  }, 90_000);

  it("mounts over a path of the host's /etc: the pod sees its volume there, the host keeps its own files", async () => {
    await apply(`
apiVersion: v1
kind: Pod
metadata: { name: etc, namespace: default, labels: { test: etc } }
spec:
  terminationGracePeriodSeconds: 1
  volumes: [{ name: conf, emptyDir: {} }, { name: cfg, configMap: { name: app-config } }]
  containers:
    - name: main
      image: sh
      command: ["sh", "-c", "echo pod-file > /etc/capstan-test/pod-only; echo file=$(cat /etc/capstan-test/app.conf); echo seen=$(ls /etc/capstan-test | tr '\\\\n' ,); sleep 3600"]
      volumeMounts:
        - { name: conf, mountPath: /etc/capstan-test }
        # One file of the ConfigMap (subPath), on a mount point made inside the emptyDir above.
        - { name: cfg, mountPath: /etc/capstan-test/app.conf, subPath: app.conf }
`);
    const [, seen] = (await logShows('etc', 'main', /seen=(.*)/))!;
    expect(seen).toBe('app.conf,pod-only,');
    expect(await logOf('etc', 'main')).toMatch(/file=color=\w+/);
    expect(readdirSync(HOST_ETC)).toEqual(['host-only']);
  }, 90_000);

  it('makes a hostPath DirectoryOrCreate, and a readOnly mount refuses writes', async () => {
    const hostDir = path.join(tmp, 'made', 'by', 'pod');
    await apply(`
apiVersion: v1
kind: Pod
metadata: { name: host, namespace: default, labels: { test: host } }
spec:
  terminationGracePeriodSeconds: 1
  # The folder DirectoryOrCreate makes is root's (0755), as in Kubernetes: writing it takes root.
  securityContext: { runAsUser: 0 }
  volumes:
    - { name: hp, hostPath: { path: ${hostDir}, type: DirectoryOrCreate } }
    - { name: scratch, emptyDir: {} }
  containers:
    - name: main
      image: sh
      command: ["sh", "-c", "echo via-hostpath > /hp/out; if echo x > /ro/file 2>/dev/null; then echo ro=writable; else echo ro=refused; fi; echo rw=$(ls /hp); sleep 3600"]
      volumeMounts:
        - { name: hp, mountPath: /hp }
        - { name: scratch, mountPath: /ro, readOnly: true }
`);
    await logShows('host', 'main', /rw=out/);
    expect(await logOf('host', 'main')).toContain('ro=refused');
    expect(readFileSync(path.join(hostDir, 'out'), 'utf8')).toBe('via-hostpath\n');
  }, 90_000);

  it("mounts a PersistentVolumeClaim as its bound PersistentVolume's hostPath, made when missing", async () => {
    const pvDir = path.join(tmp, 'pv', 'data');
    await apply(`
apiVersion: v1
kind: PersistentVolume
metadata: { name: pv-volumes-test }
spec:
  capacity: { storage: 1Gi }
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  hostPath: { path: ${pvDir} }
  claimRef: { namespace: default, name: claim }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: claim, namespace: default }
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  volumeName: pv-volumes-test
  resources: { requests: { storage: 1Gi } }
---
apiVersion: v1
kind: Pod
metadata: { name: claimed, namespace: default, labels: { test: claimed } }
spec:
  terminationGracePeriodSeconds: 1
  volumes: [{ name: store, persistentVolumeClaim: { claimName: claim } }]
  containers:
    - name: main
      image: sh
      command: ["sh", "-c", "echo persisted > /store/file; echo wrote=$(cat /store/file); sleep 3600"]
      volumeMounts: [{ name: store, mountPath: /store }]
`);
    await logShows('claimed', 'main', /wrote=persisted/);
    expect(readFileSync(path.join(pvDir, 'file'), 'utf8')).toBe('persisted\n');
  }, 90_000);

  it('keeps a container waiting with CreateContainerConfigError while its ConfigMap is missing, then starts it', async () => {
    await apply(`
apiVersion: v1
kind: Pod
metadata: { name: later, namespace: default, labels: { test: later } }
spec:
  terminationGracePeriodSeconds: 1
  volumes: [{ name: cfg, configMap: { name: not-yet } }]
  containers:
    - name: main
      image: sh
      command: ["sh", "-c", "echo value=$(cat /cfg/k); sleep 3600"]
      volumeMounts: [{ name: cfg, mountPath: /cfg }]
`);
    const waiting = await waitFor('the container to wait for its ConfigMap', async () => {
      const w = (await listPods(cluster, 'test=later'))[0]?.status?.containerStatuses?.[0]?.state?.waiting;
      return w?.reason === 'CreateContainerConfigError' && w;
    }, 30_000, 100);
    expect(waiting.message).toContain('configmap "not-yet" not found');
    await apply(`
apiVersion: v1
kind: ConfigMap
metadata: { name: not-yet, namespace: default }
data: { k: arrived }
`);
    await logShows('later', 'main', /value=arrived/);
  }, 90_000);

  it('cleans up the volumes of a pod deleted for good while the agent was down', async () => {
    await apply(`
apiVersion: v1
kind: Pod
metadata: { name: orphan, namespace: default, labels: { test: orphan } }
spec:
  terminationGracePeriodSeconds: 1
  volumes: [{ name: mem, emptyDir: { medium: Memory } }]
  containers:
    - name: main
      image: sh
      command: ["sh", "-c", "echo up > /orphan-mem/x; echo up; sleep 3600"]
      volumeMounts: [{ name: mem, mountPath: /orphan-mem }]
`);
    await logShows('orphan', 'main', /up/);
    const uid = (await podUid('orphan'))!;
    const podDir = path.join(cluster.agents[0]!.dataDir, 'pods', uid);
    const mounted = () => readFileSync('/proc/self/mountinfo', 'utf8').includes(`${podDir}/`);
    expect(mounted()).toBe(true);
    const agent = cluster.agents[0]!;
    await agent.kill('SIGKILL');
    await cluster.gql('mutation { deletePod(namespace: "default", name: "orphan", gracePeriodSeconds: 0) { metadata { name } } }');
    await agent.restart();
    await waitFor("the orphan's tmpfs to be unmounted and its folder removed", () => !mounted() && !existsSync(podDir), 60_000, 200);
    await waitFor('the mount point made on the node to be removed', () => !absentBefore.includes('/orphan-mem') || !existsSync('/orphan-mem'), 10_000, 100);
  }, 90_000);

  it('deleting the pods unmounts their tmpfs and removes the mount points made on the node', async () => {
    for (const p of await listPods(cluster)) await cluster.gql('mutation($n: String!) { deletePod(namespace: "default", name: $n) { metadata { name } } }', { n: p.metadata.name });
    await waitFor('every pod to be gone', async () => (await listPods(cluster)).length === 0, 60_000, 200);
    const dataDir = cluster.agents[0]!.dataDir;
    expect(readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter((l) => l.includes(dataDir))).toEqual([]);
    expect(absentBefore.filter((p) => existsSync(p))).toEqual([]);
  }, 90_000);
});
