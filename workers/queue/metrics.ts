/** Prometheus metrics of the reconcile workers; one registry per process (or per test). */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export type ReconcileResult = 'success' | 'error' | 'requeue';

export interface WorkerMetrics {
  registry: Registry;
  reconciles: Counter<'controller' | 'result'>;
  duration: Histogram<'controller'>;
  /** The scheduler's time to place one pod (from asking to the bind or the decision), by result. */
  schedulingAttempt: Histogram<'result'>;
  /** From a pod's creation to its bind (kube-scheduler's pod_scheduling_sli_duration_seconds). */
  podSchedulingE2E: Histogram;
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
  const schedulingAttempt = new Histogram({
    name: 'capstan_scheduler_scheduling_attempt_duration_seconds',
    help: 'Time the scheduler took to place one pod (its round: snapshot, filters, scores, bind), by result (bound, unschedulable, retry, gone)',
    labelNames: ['result'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const podSchedulingE2E = new Histogram({
    name: 'capstan_scheduler_pod_scheduling_duration_seconds',
    help: 'Time from a pod\'s creation to its bind (end to end, queues and retries included; creationTimestamp has whole seconds)',
    buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256],
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
  return { registry, reconciles, duration, schedulingAttempt, podSchedulingE2E, trackDepth: (c, d) => void depths.set(c, d) };
}

/** What the scheduler's rounds have done so far (SchedulerController.snapshotStats). */
export interface SchedulerRoundStats {
  rounds: number;
  batches: number;
  bound: number;
  lists: number;
  ms: Record<'list' | 'catchUp' | 'lockWait' | 'decide' | 'bind', number>;
}

/**
 * The scheduler's rounds as counters: where its time goes (listing, catching up from the log,
 * waiting for the batch lock, deciding, binding), rounds, batches and pods bound. Read at scrape
 * time; a benchmark takes two scrapes' difference to say what limited a window.
 */
export function registerSchedulerRoundMetrics(registry: Registry, read: () => SchedulerRoundStats): void {
  if (registry.getSingleMetric('capstan_scheduler_phase_seconds_total')) return;
  new Counter({
    name: 'capstan_scheduler_phase_seconds_total',
    help: "Time the scheduler's rounds spent listing, catching up from the log (catchUp), waiting for the batch lock (lockWait), deciding and binding",
    labelNames: ['phase'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [phase, ms] of Object.entries(read().ms)) this.inc({ phase }, ms / 1000);
    },
  });
  const counters: [keyof Omit<SchedulerRoundStats, 'ms'>, string, string][] = [
    ['rounds', 'capstan_scheduler_rounds_total', 'Holds of the batch lock that decided pods'],
    ['batches', 'capstan_scheduler_batches_total', 'Batches of pods decided (several per round with a backlog)'],
    ['bound', 'capstan_scheduler_binds_total', 'Pods bound by this process'],
    ['lists', 'capstan_scheduler_lists_total', 'Full lists of the cluster into the scheduling snapshot'],
  ];
  for (const [key, name, help] of counters) {
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read()[key]);
      },
    });
  }
}
