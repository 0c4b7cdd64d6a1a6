/**
 * The agent's Prometheus metrics: runtime operations (count and duration, by operation and
 * result), container starts, and probe results. Runtime operations are timed by wrapping the
 * runtime, so every runtime (process, podman) reports the same series. Labels are bounded: the
 * runtime's method names, ok/error, and probe type × result.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Runtime } from './runtime/types.ts';

export interface AgentMetrics {
  registry: Registry;
  runtimeOperations: Histogram<'operation' | 'result'>;
  containerStarts: Counter<'result'>;
  probeResults: Counter<'probe' | 'result'>;
  /** Sets where the per-pod usage gauges read from when scraped (series of gone pods go with them). */
  trackPodUsage(read: () => Promise<PodUsageSample[]>): void;
}

export interface PodUsageSample {
  namespace: string;
  pod: string;
  cpuSeconds: number;
  memoryBytes: number;
}

export function createAgentMetrics(opts: { processMetrics?: boolean } = {}): AgentMetrics {
  const registry = new Registry();
  if (opts.processMetrics !== false) collectDefaultMetrics({ register: registry });
  let read: () => Promise<PodUsageSample[]> = async () => [];
  // One read of the runtime per scrape serves both gauges.
  let pending: Promise<PodUsageSample[]> | null = null;
  const samples = () => (pending ??= read().catch(() => []).finally(() => setImmediate(() => (pending = null))));
  new Gauge({
    name: 'capstan_agent_pod_cpu_usage_seconds',
    help: 'CPU time (user + system) of the live processes of each pod, in seconds',
    labelNames: ['namespace', 'pod'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await samples()) this.set({ namespace: s.namespace, pod: s.pod }, s.cpuSeconds);
    },
  });
  new Gauge({
    name: 'capstan_agent_pod_memory_working_set_bytes',
    help: 'Working set (memory in use minus inactive file cache) of each pod, from its cgroup',
    labelNames: ['namespace', 'pod'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const s of await samples()) this.set({ namespace: s.namespace, pod: s.pod }, s.memoryBytes);
    },
  });
  return {
    trackPodUsage: (fn) => void (read = fn),
    registry,
    runtimeOperations: new Histogram({
      name: 'capstan_agent_runtime_operation_duration_seconds',
      help: 'Time of one container runtime operation (runSandbox, createContainer, startContainer, stopContainer, …), by operation and result (ok, error)',
      labelNames: ['operation', 'result'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    containerStarts: new Counter({
      name: 'capstan_agent_container_starts_total',
      help: 'Containers the agent started (every attempt, restarts included), by result (ok, error)',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    probeResults: new Counter({
      name: 'capstan_agent_probe_results_total',
      help: 'Probe runs, by probe (liveness, readiness, startup) and result (success, failure)',
      labelNames: ['probe', 'result'] as const,
      registers: [registry],
    }),
  };
}

/** The runtime operations timed (queries like listContainers are left out: they run on every sync). */
const TIMED: ReadonlySet<string> = new Set(['runSandbox', 'stopSandbox', 'removeSandbox', 'createContainer', 'startContainer', 'stopContainer', 'removeContainer', 'exec']);

/** `runtime` with its lifecycle operations timed into `metrics`; behaves exactly as `runtime`. */
export function instrumentRuntime(runtime: Runtime, metrics: AgentMetrics): Runtime {
  return new Proxy(runtime, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !TIMED.has(prop) || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const end = metrics.runtimeOperations.startTimer({ operation: prop });
        try {
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          end({ result: 'ok' });
          if (prop === 'startContainer') metrics.containerStarts.inc({ result: 'ok' });
          return result;
        } catch (err) {
          end({ result: 'error' });
          if (prop === 'startContainer') metrics.containerStarts.inc({ result: 'error' });
          throw err;
        }
      };
    },
  });
}

/**
 * Serves `GET /metrics` (Prometheus text) and `/healthz`. No token is checked (like the
 * kubelet's read-only port): bind it to an address only the monitoring system reaches
 * (loopback by default).
 */
export async function serveAgentMetrics(registry: Registry, host: string, port: number): Promise<{ address: AddressInfo; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && p === '/metrics') {
      registry.metrics().then(
        (text) => {
          res.setHeader('Content-Type', registry.contentType);
          res.end(text);
        },
        () => {
          res.statusCode = 500;
          res.end('metrics unavailable\n');
        },
      );
      return;
    }
    if (req.method === 'GET' && p === '/healthz') {
      res.end('ok\n');
      return;
    }
    res.statusCode = 404;
    res.end('not found (try /metrics)\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { address: server.address() as AddressInfo, close: () => new Promise<void>((r) => server.close(() => r())) };
}
