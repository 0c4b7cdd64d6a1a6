import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentMetrics, instrumentRuntime, serveAgentMetrics } from './metrics.ts';
import { createProcessRuntime } from './runtime/process.ts';
import { containerConfig, exitRecorder, sandboxConfig, tempDir } from './runtime/process/test-support.ts';
import { Cgroups } from './runtime/cgroups.ts';
import type { Runtime } from './runtime/types.ts';

const tmp = tempDir('agent-metrics');
const podDir = path.join(tmp.dir, 'pods', 'm1');
const metrics = createAgentMetrics({ processMetrics: false });
let inner: Runtime;
let runtime: Runtime;

beforeAll(async () => {
  inner = createProcessRuntime({ stateDir: path.join(tmp.dir, 'state'), exitPollMs: 100 });
  runtime = instrumentRuntime(inner, metrics);
  await runtime.init();
  await runtime.runSandbox(sandboxConfig('m1', podDir));
});

afterAll(async () => {
  await runtime.removeSandbox('m1');
  await runtime.close();
  tmp.remove();
});

describe('agent metrics with the process runtime', () => {
  it('counts a container start and times the runtime operations of a real pod, served on /metrics', async () => {
    const waitExit = exitRecorder(runtime);
    const id = await runtime.createContainer('m1', { ...containerConfig(podDir, 'main', ''), command: ['sh', '-c', 'exit 0'], args: [] });
    await runtime.startContainer(id);
    await waitExit(id);
    await expect(runtime.startContainer('no-such-container')).rejects.toThrow();

    const server = await serveAgentMetrics(metrics.registry, '127.0.0.1', 0);
    try {
      const r = await fetch(`http://127.0.0.1:${server.address.port}/metrics`);
      const text = await r.text();
      expect(r.status).toBe(200);
      expect(text).toMatch(/^capstan_agent_container_starts_total\{result="ok"\} 1$/m);
      expect(text).toMatch(/^capstan_agent_container_starts_total\{result="error"\} 1$/m);
      expect(text).toMatch(/^capstan_agent_runtime_operation_duration_seconds_count\{operation="runSandbox",result="ok"\} 1$/m);
      expect(text).toMatch(/^capstan_agent_runtime_operation_duration_seconds_count\{operation="createContainer",result="ok"\} 1$/m);
      expect(text).not.toMatch(/operation="listContainers"/);
    } finally {
      await server.close();
    }
  });

  it('reports a busy pod\'s CPU and memory from its cgroup and /proc, per pod on /metrics', async () => {
    if (Cgroups.detect().mode === 'none') return; // limits and usage need writable cgroups (root)
    const id = await runtime.createContainer('m1', { ...containerConfig(podDir, 'busy', ''), command: ['sh', '-c', 'while :; do :; done'], args: [] });
    await runtime.startContainer(id);
    try {
      metrics.trackPodUsage(async () => (await runtime.podUsage!()).map((u) => ({ namespace: 'default', pod: u.uid === 'm1' ? 'busy' : u.uid, cpuSeconds: u.cpuSeconds, memoryBytes: u.memoryBytes })));
      const deadline = Date.now() + 10_000;
      let usage = (await runtime.podUsage!()).find((u) => u.uid === 'm1');
      while ((usage?.cpuSeconds ?? 0) < 0.1 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        usage = (await runtime.podUsage!()).find((u) => u.uid === 'm1');
      }
      expect(usage!.cpuSeconds).toBeGreaterThanOrEqual(0.1);
      expect(usage!.memoryBytes).toBeGreaterThan(0);
      const text = await metrics.registry.metrics();
      expect(text).toMatch(/^capstan_agent_pod_cpu_usage_seconds\{namespace="default",pod="busy"\} 0*[1-9.]/m);
      expect(text).toMatch(/^capstan_agent_pod_memory_working_set_bytes\{namespace="default",pod="busy"\} [1-9]\d*$/m);
    } finally {
      await runtime.stopContainer(id, 0);
    }
  });

  it('leaves the runtime\'s other members as they are', () => {
    expect(runtime.name).toBe('process');
  });
});

describe('agent --metrics-listen', () => {
  const env = { CAPSTAN_SERVER: 'http://127.0.0.1:6443' };

  it('is off by default and takes HOST:PORT from the flag or CAPSTAN_AGENT_METRICS_LISTEN', async () => {
    const { agentOptionsFromArgs } = await import('./config.ts');
    const off = agentOptionsFromArgs(['--name', 'n1'], env);
    expect(off !== 'help' && off.metricsListen).toBeUndefined();
    const on = agentOptionsFromArgs(['--name', 'n1'], { ...env, CAPSTAN_AGENT_METRICS_LISTEN: '127.0.0.1:10255' });
    expect(on !== 'help' && on.metricsListen).toEqual({ host: '127.0.0.1', port: 10255 });
    expect(() => agentOptionsFromArgs(['--name', 'n1', '--metrics-listen', 'nowhere'], env)).toThrow(/--metrics-listen: "nowhere" is not HOST:PORT/);
  });
});
