/**
 * The podman runtime's usage (what the agent reports for kubectl top): per container, from
 * podman's stats, for a container that spins. Skipped only where podman is not installed.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPodmanRuntime } from '../node-agent/runtime/podman.ts';
import { ensureBusyboxImage } from '../node-agent/runtime/podman/busybox-image.ts';
import { podNetworkFor } from '../node-agent/runtime/podman/pod-network.ts';
import { createScratchStorage, type ScratchStorage } from '../node-agent/runtime/podman/scratch-storage.ts';
import type { Runtime } from '../node-agent/runtime/types.ts';
import { podmanInstalled, waitFor } from './harness.ts';

const HAVE_PODMAN = podmanInstalled('podman-usage');

describe.skipIf(!HAVE_PODMAN)('podman runtime usage', () => {
  let storage: ScratchStorage;
  let runtime: Runtime;
  const uid = randomUUID();

  beforeAll(async () => {
    storage = await createScratchStorage('usage');
    await ensureBusyboxImage({ root: storage.root, runroot: storage.runroot });
    runtime = createPodmanRuntime({ stateDir: storage.stateDir, root: storage.root, runroot: storage.runroot });
    await runtime.init();
    const podDir = path.join(storage.dir, 'pods', uid);
    await runtime.runSandbox({ uid, namespace: 'default', name: 'spinner', ip: '127.127.203.2', ports: [], labels: {}, podDir });
    for (const [name, script] of [
      ['spin', 'while :; do :; done'],
      ['idle', 'sleep 1000'],
    ] as const) {
      const id = await runtime.createContainer(uid, { name, attempt: 0, image: 'localhost/busybox', command: ['sh', '-c', script], args: [], env: {}, logPath: path.join(podDir, name, '0.log') });
      await runtime.startContainer(id);
    }
  }, 120_000);

  afterAll(async () => {
    await runtime?.stopSandbox(uid, 0).catch(() => {});
    for (const c of (await runtime?.listContainers(uid).catch(() => [])) ?? []) await runtime.removeContainer(c.id).catch(() => {});
    await runtime?.removeSandbox(uid).catch(() => {});
    await runtime?.close();
    await storage?.remove({ networks: [podNetworkFor('127.127.203.2').network] });
  }, 60_000);

  it('gives each container of a pod its own CPU time and memory, the spinning one gaining CPU time', async () => {
    const first = (await runtime.podUsage!()).find((u) => u.uid === uid);
    expect(first?.containers?.map((c) => c.name).sort()).toEqual(['idle', 'spin']);
    const spinAt = (u: typeof first) => u?.containers?.find((c) => c.name === 'spin')?.cpuSeconds ?? 0;
    const later = await waitFor(
      'the spinning container to gain 0.3 s of CPU time',
      async () => {
        const u = (await runtime.podUsage!()).find((x) => x.uid === uid);
        return spinAt(u) - spinAt(first) > 0.3 ? u : undefined;
      },
      20_000,
      250,
    );
    expect(later.containers!.find((c) => c.name === 'idle')!.cpuSeconds).toBeLessThan(0.3);
    expect(later.memoryBytes).toBeGreaterThan(0);
    expect(later.cpuSeconds).toBeCloseTo(later.containers!.reduce((s, c) => s + c.cpuSeconds, 0));
  }, 60_000);
});
