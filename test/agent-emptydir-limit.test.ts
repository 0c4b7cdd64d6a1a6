/**
 * End to end with a real agent (process runtime, pods are host processes running `sh -c`):
 * emptyDir sizeLimit. A pod that writes more than its disk emptyDir's limit is evicted (Failed,
 * reason Evicted, the kubelet's message, an Evicted event, its containers stopped and not
 * restarted); one that stays under it keeps running; a `medium: Memory` emptyDir is a tmpfs of
 * its sizeLimit, so writing past it fails in the container instead. The agent measures usage
 * every 300 ms here (default 10 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { containerLog, listPods, startCluster, type Cluster } from './cluster.ts';

let cluster: Cluster;

const podOf = async (name: string) => (await listPods(cluster, `test=${name}`))[0];

const logOf = (pod: string) => containerLog(cluster, pod, 'main');

/** A pod with a disk emptyDir of `limit` at /limited-scratch and a 1Mi memory one at /limited-mem, running `script`. */
function pod(name: string, script: string, limit = '1Mi'): string {
  return `
apiVersion: v1
kind: Pod
metadata: { name: ${name}, namespace: default, labels: { test: ${name} } }
spec:
  terminationGracePeriodSeconds: 30
  volumes:
  - { name: scratch, emptyDir: { sizeLimit: ${limit} } }
  - { name: fast, emptyDir: { medium: Memory, sizeLimit: 1Mi } }
  containers:
  - name: main
    image: busybox
    command: [sh, -c, '${script}; echo done; exec sleep 3600']
    volumeMounts:
    - { name: scratch, mountPath: /limited-scratch }
    - { name: fast, mountPath: /limited-mem }
`;
}

async function apply(yaml: string): Promise<void> {
  await cluster.gql('mutation($m: String!) { apply(manifests: $m) { name action } }', { m: yaml });
}

beforeAll(async () => {
  cluster = await startCluster({ agents: 1, label: 'agent-emptydir', agentEnv: { CAPSTAN_EMPTY_DIR_CHECK_MS: '300', CAPSTAN_BACKOFF_BASE_MS: '200' } });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('emptyDir sizeLimit', () => {
  it('evicts a pod that writes past its disk emptyDir limit, with the kubelet’s reason, message and event, and keeps one under it running', async () => {
    await apply(pod('under', 'dd if=/dev/zero of=/limited-scratch/data bs=1k count=200 2>/dev/null'));
    await waitFor('the pod under its limit to run and write', async () => (await logOf('under')).includes('done') && (await podOf('under'))?.status?.phase === 'Running', 60_000, 100);
    await apply(pod('over', 'dd if=/dev/zero of=/limited-scratch/data bs=1M count=3 2>/dev/null'));
    const evicted = await waitFor('the pod over its limit to be evicted', async () => {
      const p = await podOf('over');
      return p?.status?.phase === 'Failed' && p;
    }, 60_000, 100);
    const message = 'Usage of EmptyDir volume "scratch" exceeds the limit "1Mi". ';
    expect(evicted.status).toMatchObject({ phase: 'Failed', reason: 'Evicted', message });
    expect(evicted.status!.conditions).toContainEqual(expect.objectContaining({ type: 'DisruptionTarget', status: 'True', reason: 'TerminationByKubelet' }));
    const main = evicted.status!.containerStatuses![0]!;
    expect(main.state?.terminated).toBeDefined();
    expect(main.restartCount).toBe(0);
    const { events } = await cluster.gql(`query { events(namespace: "default") { items { type reason message involvedObject { name } } } }`);
    expect(events.items).toContainEqual({ type: 'Warning', reason: 'Evicted', message, involvedObject: { name: 'over' } });
    // Several checks later, the pod under its limit still runs and nothing restarted the evicted one.
    const checks = Date.now() + 1_500;
    await waitFor('a few more usage checks', async () => Date.now() > checks, 5_000, 100);
    expect((await podOf('under'))?.status?.phase).toBe('Running');
    const after = await podOf('over');
    expect(after?.status).toMatchObject({ phase: 'Failed', reason: 'Evicted' });
    expect(after!.status!.containerStatuses![0]!.restartCount).toBe(0);
  }, 120_000);

  it('makes a medium Memory emptyDir a tmpfs of its sizeLimit: writing past it fails in the container, and the pod is not evicted', async () => {
    await apply(pod('memory', 'dd if=/dev/zero of=/limited-mem/data bs=1M count=3 || echo "write failed"; df -k /limited-mem | tail -1'));
    const log = await waitFor('the memory pod to finish writing', async () => {
      const text = await logOf('memory');
      return text.includes('done') && text;
    }, 60_000, 100);
    expect(log).toContain('No space left on device');
    expect(log).toContain('write failed');
    // df shows a 1024 KiB tmpfs.
    expect(log).toMatch(/^tmpfs\s+1024\s/m);
    expect((await podOf('memory'))?.status?.phase).toBe('Running');
  }, 90_000);
});
