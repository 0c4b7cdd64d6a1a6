/**
 * The agent follows the ConfigMaps and Secrets its pods' volumes show with watches, so a change
 * reaches a running pod at once rather than at the next periodic volume sync (left at its
 * 60 s default here, so only the watch can make these tests pass in time): a ConfigMap made after
 * the pod started, a Secret edited, and a namespace's kube-root-ca.crt published after the pod
 * started (the workers stopped until then), whose ca.crt then appears in the service-account folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { listPods, startCluster, startWorkersProcess, waitForRootCa, type Cluster, type WorkersProcess } from './cluster.ts';

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** Well under the 60 s volume sync period (and the 30 s the CA once took), with room for a loaded machine. */
const PROMPTLY_MS = 20_000;

let cluster: Cluster;
let restartedWorkers: WorkersProcess | undefined;

/** The current log of container `main` of the pod labelled `test=<pod>` in `namespace`. */
async function logOf(pod: string, namespace = 'default'): Promise<string> {
  const uid = (await listPods(cluster, `test=${pod}`, namespace))[0]?.metadata.uid;
  const dir = uid && path.join(cluster.agents[0]!.dataDir, 'pods', uid, 'logs');
  if (!dir || !existsSync(dir)) return '';
  const files = readdirSync(dir).filter((f) => f.startsWith('main_')).sort();
  return files.length ? readFileSync(path.join(dir, files[files.length - 1]!), 'utf8') : '';
}

const logShows = (pod: string, pattern: RegExp, timeoutMs: number, namespace = 'default') =>
  waitFor(`${namespace}/${pod} to log ${pattern}`, async () => pattern.exec(await logOf(pod, namespace)), timeoutMs, 100).catch(async (err: Error) => {
    const tail = (s: string) => s.split('\n').slice(-20).join('\n');
    const pods = await listPods(cluster, undefined, namespace);
    const status = pods.find((p) => p.metadata.labels?.test === pod)?.status ?? pods.map((p) => [p.metadata.name, p.metadata.labels, p.status?.phase]);
    throw new Error(`${err.message}\nstatus: ${JSON.stringify(status)}\ncontainer log:\n${tail(await logOf(pod, namespace))}\nagent:\n${tail(cluster.agents[0]!.output())}`);
  });

async function apply(yaml: string): Promise<void> {
  await cluster.gql('mutation($m: String!) { apply(manifests: $m) { name action } }', { m: yaml });
}

beforeAll(async () => {
  cluster = await startCluster({ agents: 1, label: 'agent-volume-watch', agentEnv: { CAPSTAN_BACKOFF_BASE_MS: '200', CAPSTAN_BACKOFF_MAX_MS: '1000' } });
  await waitForRootCa(cluster);
}, 120_000);

afterAll(async () => {
  await restartedWorkers?.stop();
  await cluster?.stop();
});

describe('volume sources followed by watches', () => {
  it('writes a ConfigMap made after the pod started into its configMap and projected volumes at once', async () => {
    await apply(`
apiVersion: v1
kind: Pod
metadata: { name: late, namespace: default, labels: { test: late } }
spec:
  automountServiceAccountToken: false
  terminationGracePeriodSeconds: 1
  volumes:
    - { name: plain, configMap: { name: late, optional: true } }
    - { name: merged, projected: { sources: [ { configMap: { name: late, optional: true } } ] } }
  containers:
    - name: main
      image: sh
      command: ["sh", "-c", "while :; do echo plain=$(cat /plain/greeting 2>/dev/null) merged=$(cat /merged/greeting 2>/dev/null); sleep 0.2; done"]
      volumeMounts:
        - { name: plain, mountPath: /plain }
        - { name: merged, mountPath: /merged }
`);
    await logShows('late', /^plain= merged=$/m, 60_000);
    await apply('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: late, namespace: default }\ndata: { greeting: hello }\n');
    await logShows('late', /^plain=hello merged=hello$/m, PROMPTLY_MS);
    await cluster.gql('mutation { patchConfigMap(namespace: "default", name: "late", patch: { data: { greeting: "again" } }) { metadata { name } } }');
    await logShows('late', /^plain=again merged=again$/m, PROMPTLY_MS);
  }, 90_000);

  it('writes an edited Secret into a running pod at once', async () => {
    await apply(`
apiVersion: v1
kind: Secret
metadata: { name: creds, namespace: default }
stringData: { password: first }
---
apiVersion: v1
kind: Pod
metadata: { name: creds, namespace: default, labels: { test: creds } }
spec:
  automountServiceAccountToken: false
  terminationGracePeriodSeconds: 1
  volumes:
    - { name: creds, secret: { secretName: creds } }
  containers:
    - name: main
      image: sh
      command: ["sh", "-c", "while :; do echo password=$(cat /creds/password); sleep 0.2; done"]
      volumeMounts:
        - { name: creds, mountPath: /creds }
`);
    await logShows('creds', /^password=first$/m, 60_000);
    await cluster.gql('mutation { patchSecret(namespace: "default", name: "creds", patch: { data: { password: "c2Vjb25k" } }) { metadata { name } } }');
    await logShows('creds', /^password=second$/m, PROMPTLY_MS);
  }, 90_000);

  it('shows ca.crt in the service-account folder as soon as kube-root-ca.crt is published after the pod started', async () => {
    // No workers: nothing publishes the CA, makes the default account or schedules, until they are back.
    await cluster.workers.stop();
    const node = cluster.agents[0]!.name;
    await apply(`
apiVersion: v1
kind: Namespace
metadata: { name: late-ca }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: default, namespace: late-ca }
---
apiVersion: v1
kind: Pod
metadata: { name: reader, namespace: late-ca, labels: { test: reader } }
spec:
  nodeName: ${node}
  terminationGracePeriodSeconds: 1
  containers:
    - name: main
      image: sh
      command: ["sh", "-c", "while :; do echo ns=$(cat ${SA_DIR}/namespace) ca=$(head -c 27 ${SA_DIR}/ca.crt 2>/dev/null); sleep 0.2; done"]
`);
    await logShows('reader', /^ns=late-ca ca=$/m, 60_000, 'late-ca');
    restartedWorkers = await startWorkersProcess(cluster.db.url, cluster.prefix);
    await waitForRootCa(cluster, 'late-ca');
    const published = Date.now();
    await logShows('reader', /^ns=late-ca ca=-----BEGIN CERTIFICATE-----$/m, PROMPTLY_MS, 'late-ca');
    expect(Date.now() - published).toBeLessThan(PROMPTLY_MS);
  }, 120_000);
});
