import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cgroups } from './cgroups.ts';
import { createProcessRuntime } from './process.ts';
import { containerConfig, sandboxConfig, tempDir } from './process/test-support.ts';
import type { Runtime } from './types.ts';

const tmp = tempDir('process-usage');
const podDir = path.join(tmp.dir, 'pods', 'u1');
const withCgroups = Cgroups.detect().mode !== 'none';
let runtime: Runtime;

beforeAll(async () => {
  runtime = createProcessRuntime({ stateDir: path.join(tmp.dir, 'state'), exitPollMs: 100 });
  await runtime.init();
  await runtime.runSandbox(sandboxConfig('u1', podDir));
});

afterAll(async () => {
  await runtime.stopSandbox('u1', 0);
  await runtime.removeSandbox('u1');
  await runtime.close();
  tmp.remove();
});

// Usage comes from cgroups, which need root: elsewhere the runtime measures nothing.
describe.skipIf(!withCgroups)('process runtime usage', () => {
  it('measures each running container apart from its own cgroups, and the pod as their sum', async () => {
    for (const [name, script] of [
      ['spin', 'while :; do :; done'],
      ['idle', 'sleep 1000'],
    ] as const) {
      const id = await runtime.createContainer('u1', { ...containerConfig(podDir, name, ''), command: ['sh', '-c', script], args: [] });
      await runtime.startContainer(id);
    }
    const deadline = Date.now() + 10_000;
    let usage = (await runtime.podUsage!()).find((u) => u.uid === 'u1');
    const spin = () => usage?.containers?.find((c) => c.name === 'spin');
    while ((spin()?.cpuSeconds ?? 0) < 0.2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      usage = (await runtime.podUsage!()).find((u) => u.uid === 'u1');
    }
    expect(usage!.containers!.map((c) => c.name).sort()).toEqual(['idle', 'spin']);
    expect(spin()!.cpuSeconds).toBeGreaterThanOrEqual(0.2);
    expect(usage!.containers!.find((c) => c.name === 'idle')!.cpuSeconds).toBeLessThan(0.1);
    expect(spin()!.memoryBytes).toBeGreaterThan(0);
    // The pod's own figure is read a moment after the containers': at least their sum then.
    expect(usage!.cpuSeconds).toBeGreaterThanOrEqual(usage!.containers!.reduce((s, c) => s + c.cpuSeconds, 0) - 0.05);
  });
});
