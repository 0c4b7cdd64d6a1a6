/**
 * End to end with real processes: the API server restarts (same port, same database) under a
 * running agent. Pods keep serving while it is gone; the agent reconnects and resumes its pod
 * watch from its last resourceVersion; no pod is restarted (same process, restartCount 0), and
 * pods created or deleted after the restart are started and stopped.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { httpText, listPods, nameServerCommand, pidAlive, podReady, startCluster, type Cluster, type TestPod } from './cluster.ts';

let cluster: Cluster;

async function createPod(name: string): Promise<void> {
  await cluster.gql(`mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
    p: { metadata: { name, labels: { app: name } }, spec: { terminationGracePeriodSeconds: 2, containers: [{ name: 'web', image: 'node', command: nameServerCommand(8080) }] } },
  });
}

const readyPod = (name: string) =>
  waitFor(`pod ${name} to be ready`, async () => {
    const p = (await listPods(cluster, `app=${name}`))[0];
    return p && podReady(p) && p;
  }, 60_000, 100);

beforeAll(async () => {
  cluster = await startCluster({ agents: 1, label: 'agent-srv-restart', agentEnv: { LOG_LEVEL: 'info', CAPSTAN_LEASE_RENEW_MS: '1000' } });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('an API server restart under a running agent', () => {
  it('restarts no pod, and the agent resumes its watch', async () => {
    const agent = cluster.agents[0]!;
    await createPod('steady');
    await createPod('doomed');
    const steady: TestPod = await readyPod('steady');
    const doomed: TestPod = await readyPod('doomed');
    // Ready once its process runs (no readiness probe): wait until it listens before the server goes.
    await waitFor('steady to answer', () => httpText(steady.status!.podIP!, 8080).catch(() => ''), 15_000, 100);
    const pids = agent.podPids();
    expect(pids.length).toBeGreaterThanOrEqual(2);

    await cluster.server.stop();
    // Pods keep running while the control plane is away.
    expect(await httpText(steady.status!.podIP!, 8080)).toBe('steady');
    await cluster.server.start();

    // A deletion and a creation right after the restart both reach the agent.
    const doomedPids = pids.filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').includes('POD_NAME=doomed\0');
      } catch {
        return false;
      }
    });
    expect(doomedPids.length).toBeGreaterThan(0);
    await cluster.gql(`mutation { deletePod(namespace: "default", name: "doomed") { metadata { name } } }`);
    await createPod('late');
    await readyPod('late');
    await waitFor('the doomed pod to be gone', async () => (await listPods(cluster, 'app=doomed')).length === 0, 30_000, 100);
    await waitFor('the doomed pod processes to end', () => doomedPids.every((pid) => !pidAlive(pid)), 20_000, 100);

    const after = await readyPod('steady');
    const cs = after.status!.containerStatuses![0]!;
    expect(after.metadata.uid).toBe(steady.metadata.uid);
    expect(cs.restartCount).toBe(0);
    expect(cs.containerID).toBe(steady.status!.containerStatuses![0]!.containerID);
    for (const pid of pids.filter((p) => !doomedPids.includes(p))) expect(pidAlive(pid)).toBe(true);
    expect(await httpText(after.status!.podIP!, 8080)).toBe('steady');
    expect(doomed.status!.podIP).not.toBe(after.status!.podIP);

    // The agent said it reconnected and resumed from a resourceVersion rather than listing again.
    expect(agent.output()).toContain('resuming the watch from the last resourceVersion');
    // Its node stayed (or came back) Ready.
    await cluster.waitNodesReady([agent.name], 20_000);
  }, 120_000);

  it('survives a server that dies without closing its connections (SIGKILL) the same way', async () => {
    const before = await readyPod('steady');
    const pids = cluster.agents[0]!.podPids();
    cluster.server.child.kill('SIGKILL');
    await new Promise((r) => cluster.server.child.once('exit', r));
    await cluster.server.start();
    await createPod('after-kill');
    await readyPod('after-kill');
    const after = await readyPod('steady');
    expect(after.status!.containerStatuses![0]!.restartCount).toBe(0);
    expect(after.status!.containerStatuses![0]!.containerID).toBe(before.status!.containerStatuses![0]!.containerID);
    for (const pid of pids) expect(pidAlive(pid)).toBe(true);
  }, 90_000);
});
