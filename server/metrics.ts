/**
 * Prometheus metrics of one API server (/metrics). Each server has its own registry, so several
 * can run in one process (tests) without clashing.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ErrorCode } from './errors.ts';
import { registerEventLoopMetrics } from './event-loop-metrics.ts';
import type { LogTailStats } from './store/log-tail.ts';
import { registerTailMetrics } from './watch/tail-metrics.ts';

export interface MetricsOptions {
  /** Live figures of the watch hub. */
  hubStats: () => { subscriptions: number; tailLagSeconds: number; tail?: LogTailStats };
  /** Watches this server serves through graphql-ws. */
  activeSubscriptions: () => number;
  /** Process metrics (CPU, memory, event loop lag) too (default true). */
  processMetrics?: boolean;
  /** Distinct operation names kept as labels; later ones are counted as `other` (default 200). */
  maxOperationNames?: number;
}

export interface ServerMetrics {
  registry: Registry;
  /** Records one request: its operation name, its type (query, mutation, subscription, invalid) and how long it took. */
  observeRequest(operationName: string | null | undefined, type: string, seconds: number): void;
  countError(code: ErrorCode): void;
  /** Records one REST request by HTTP method and status code (both bounded sets). */
  observeRestRequest(method: string, status: number, seconds: number): void;
}

export function createMetrics(opts: MetricsOptions): ServerMetrics {
  const registry = new Registry();
  if (opts.processMetrics !== false) {
    collectDefaultMetrics({ register: registry });
    registerEventLoopMetrics(registry);
  }

  const duration = new Histogram({
    name: 'capstan_api_request_duration_seconds',
    help: 'Time to answer a GraphQL request (to set up a subscription), by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const rest = new Histogram({
    name: 'capstan_rest_request_duration_seconds',
    help: 'Time to answer a Kubernetes REST request (until a watch or log stream ends), by method and status code',
    labelNames: ['method', 'code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
  const errors = new Counter({
    name: 'capstan_api_errors_total',
    help: 'Errors answered to clients, by code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'capstan_api_active_subscriptions',
    help: 'Watches (GraphQL subscriptions) this server is serving',
    registers: [registry],
    collect() {
      this.set(opts.activeSubscriptions());
    },
  });
  new Gauge({
    name: 'capstan_watch_hub_subscriptions',
    help: 'Watches registered with the watch hub of this server',
    registers: [registry],
    collect() {
      this.set(opts.hubStats().subscriptions);
    },
  });
  new Gauge({
    name: 'capstan_watch_tail_lag_seconds',
    help: 'Age of the last event log entry the watch hub dispatched, when it dispatched it',
    registers: [registry],
    collect() {
      this.set(opts.hubStats().tailLagSeconds);
    },
  });

  registerTailMetrics(registry, () => opts.hubStats().tail);

  // Operation names come from clients: keep the label set bounded.
  const known = new Set<string>();
  const maxNames = opts.maxOperationNames ?? 200;
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    const clean = name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64);
    if (known.has(clean)) return clean;
    if (known.size >= maxNames) return 'other';
    known.add(clean);
    return clean;
  };

  return {
    registry,
    observeRequest(operationName, type, seconds) {
      duration.observe({ operation: operationLabel(operationName), type }, seconds);
    },
    countError(code) {
      errors.inc({ code });
    },
    observeRestRequest(method, status, seconds) {
      rest.observe({ method: METHODS.has(method) ? method : 'other', code: String(status) }, seconds);
    },
  };
}
