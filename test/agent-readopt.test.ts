/**
 * End to end with a real agent that is SIGKILLed and started again before its node is declared
 * lost: it comes back with its saved node credential, re-adopts the pods that still run (same
 * process, same IP, no restart), finishes the graceful deletion of a pod deleted while it was
 * away, and starts a pod bound to it meanwhile. With --stop-pods-on-exit, stopping it stops its pods.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { httpText, listPods, nameServerCommand, pidAlive, podReady, startCluster, type Cluster, type TestPod } from './cluster.ts';

let cluster: Cluster;

async function createPod(name: string): Promise<void> {
  await cluster.gql(`mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
    p: { metadata: { name, labels: { test: name } }, spec: { terminationGracePeriodSeconds: 3, containers: [{ name: 'web', image: 'node', command: nameServerCommand(8080) }] } },
  });
}

const readyPod = (name: string): Promise<TestPod> =>
  waitFor(`pod ${name} to be ready`, async () => {
    const p = (await listPods(cluster, `test=${name}`))[0];
    return p && podReady(p) && p;
  }, 60_000, 100);

/** PIDs of the processes of pod `name` (by POD_NAME in their environment). */
function pidsOf(name: string): number[] {
  return cluster.agents[0]!.podPids().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'utf8').includes(`\0POD_NAME=${name}\0`);
    } catch {
      return false;
    }
  });
}

beforeAll(async () => {
  cluster = await startCluster({ agents: 1, label: 'agent-readopt', agentEnv: { LOG_LEVEL: 'info' } });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('an agent restarted under running pods', () => {
  it('re-adopts them without a restart, and catches up with what changed while it was away', async () => {
    const agent = cluster.agents[0]!;
    await createPod('keeper');
    await createPod('goner');
    const keeper = await readyPod('keeper');
    await readyPod('goner');
    const keeperPids = pidsOf('keeper');
    const gonerPids = pidsOf('goner');
    expect(keeperPids.length).toBeGreaterThan(0);
    expect(gonerPids.length).toBeGreaterThan(0);

    await agent.kill('SIGKILL');
    await cluster.gql(`mutation { deletePod(namespace: "default", name: "goner") { metadata { name deletionTimestamp } } }`);
    await createPod('newcomer');
    // Nobody stops goner while the agent is away: it stays, terminating.
    const terminating = (await listPods(cluster, 'test=goner'))[0];
    expect(terminating?.metadata.deletionTimestamp).toBeTruthy();
    expect(gonerPids.every(pidAlive)).toBe(true);

    await agent.restart();
    await waitFor('goner to be confirmed deleted', async () => (await listPods(cluster, 'test=goner')).length === 0, 30_000, 100);
    expect(gonerPids.some(pidAlive)).toBe(false);
    const newcomer = await readyPod('newcomer');
    // Without a readiness probe a pod is Ready once its process runs, a moment before it listens.
    const answer = await waitFor('newcomer to answer', () => httpText(newcomer.status!.podIP!, 8080).catch(() => ''), 15_000, 100);
    expect(answer).toBe('newcomer');

    const after = await readyPod('keeper');
    const cs = after.status!.containerStatuses![0]!;
    expect(cs.restartCount).toBe(0);
    expect(cs.containerID).toBe(keeper.status!.containerStatuses![0]!.containerID);
    expect(after.status!.podIP).toBe(keeper.status!.podIP);
    expect(keeperPids.every(pidAlive)).toBe(true);
    expect(pidsOf('keeper').sort()).toEqual([...keeperPids].sort());
    expect(await httpText(after.status!.podIP!, 8080)).toBe('keeper');
    expect(newcomer.status!.podIP).not.toBe(after.status!.podIP);
    expect(agent.output()).toContain('using the node credential saved in the data dir');
  }, 120_000);

  it('stops its pods when it stops, if asked to with --stop-pods-on-exit', async () => {
    const name = `${cluster.agents[0]!.name}-tidy`;
    const tidy = await cluster.addAgent(name, { extraArgs: ['--stop-pods-on-exit'] });
    await cluster.gql(`mutation($p: PodInput!) { createPod(namespace: "default", pod: $p) { metadata { name } } }`, {
      p: { metadata: { name: 'tidy', labels: { test: 'tidy' } }, spec: { nodeName: name, containers: [{ name: 'web', image: 'node', command: nameServerCommand(8080) }] } },
    });
    await readyPod('tidy');
    const pids = tidy.podPids();
    expect(pids.length).toBeGreaterThan(0);
    await tidy.kill('SIGTERM');
    expect(tidy.child.exitCode).toBe(0);
    expect(pids.filter(pidAlive)).toEqual([]);
  }, 90_000);
});
