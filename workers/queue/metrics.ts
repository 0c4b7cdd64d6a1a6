/** Prometheus metrics of the reconcile workers; one registry per process (or per test). */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export type ReconcileResult = 'success' | 'error' | 'requeue';

export interface WorkerMetrics {
  registry: Registry;
  reconciles: Counter<'controller' | 'result'>;
  duration: Histogram<'controller'>;
  /** Sets how to read each controller's queue depth when the registry is scraped. */
  trackDepth(controller: string, depth: () => Promise<number>): void;
}

export function createWorkerMetrics(registry = new Registry()): WorkerMetrics {
  const depths = new Map<string, () => Promise<number>>();
  const reconciles = new Counter({
    name: 'capstan_reconcile_total',
    help: 'Reconciles run, by controller and result (success, error, requeue)',
    labelNames: ['controller', 'result'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'capstan_reconcile_duration_seconds',
    help: 'Time one reconcile took, by controller',
    labelNames: ['controller'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'capstan_queue_depth',
    help: 'Reconcile jobs waiting (including delayed retries), by controller',
    labelNames: ['controller'] as const,
    registers: [registry],
    async collect() {
      for (const [controller, depth] of depths) this.set({ controller }, await depth().catch(() => 0));
    },
  });
  return { registry, reconciles, duration, trackDepth: (c, d) => void depths.set(c, d) };
}
