/**
 * Reports what the node's pods and the node itself use to the API server, once per window
 * (default 15 s, metrics-server's resolution), in one reportUsage mutation carrying every pod
 * the runtime could measure. CPU is a rate over the window (usage-rate.ts); memory is the working
 * set at its end. The first window after start only takes the baseline.
 *
 * Runtimes measure each container (process: its own cgroups; podman: its stats); a runtime that
 * could only measure a pod as a whole would have it reported on the pod's first container.
 */
import type { Logger } from 'pino';
import type { PodUsage } from './runtime/pod-usage.ts';
import { readNodeUsage, type NodeUsageSample } from './usage-node.ts';
import { CpuRates, nanocores } from './usage-rate.ts';

/** A pod the agent runs, as the report names it. */
export interface ReportedPod {
  uid: string;
  namespace: string;
  name: string;
  /** Its containers' names, in spec order. */
  containers: string[];
}

export interface UsageReporterOptions {
  client: { request<T = unknown>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> };
  nodeName: string;
  /** The window (default 15 s). */
  intervalMs?: number;
  /** Cumulative CPU seconds and current working set of each pod (the runtime's podUsage). */
  podUsage: () => Promise<PodUsage[]>;
  /** The pods the agent runs now. */
  pods: () => ReportedPod[];
  /** The machine's own usage (default: /proc). */
  nodeUsage?: () => NodeUsageSample | undefined;
  log: Logger;
  /** Milliseconds (default Date.now). */
  now?: () => number;
}

export interface ContainerUsageReport {
  name: string;
  cpuNanocores: number;
  memoryBytes: number;
}

export interface UsageReportVariables {
  nodeName: string;
  windowSeconds: number;
  node: { cpuNanocores: number; memoryBytes: number } | null;
  pods: { namespace: string; name: string; containers: ContainerUsageReport[] }[];
}

export const REPORT_USAGE = `mutation AgentReportUsage($report: UsageReportInput!) { reportUsage(report: $report) }`;

export const DEFAULT_USAGE_REPORT_MS = 15_000;
const NODE_KEY = '\0node';

export class UsageReporter {
  private readonly rates = new CpuRates();
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly nodeUsage: () => NodeUsageSample | undefined;
  private lastAt: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly abort = new AbortController();

  constructor(private readonly opts: UsageReporterOptions) {
    this.now = opts.now ?? Date.now;
    this.intervalMs = opts.intervalMs ?? DEFAULT_USAGE_REPORT_MS;
    this.nodeUsage = opts.nodeUsage ?? readNodeUsage;
  }

  /** Takes the baseline now and reports every window from then on. */
  start(): void {
    const run = () => {
      if (this.running) return;
      this.running = this.tick()
        .then(() => undefined)
        .catch((err) => {
          if (!this.abort.signal.aborted) this.opts.log.warn({ err: (err as Error).message }, 'could not report usage; trying again next window');
        })
        .finally(() => (this.running = undefined));
    };
    run();
    this.timer = setInterval(run, this.intervalMs);
    this.timer.unref?.();
  }

  /** Stops reporting; a report in flight is abandoned (a hung server does not hold the agent's exit). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.abort.abort();
    await this.running;
  }

  /** Measures, and reports what has a rate (nothing on the first call). Returns what it sent. */
  async tick(): Promise<UsageReportVariables | undefined> {
    const report = await this.measure();
    if (report) await this.opts.client.request(REPORT_USAGE, { report }, this.abort.signal);
    return report;
  }

  /** One measurement: the report of the window that ends now, or undefined for the first. */
  async measure(): Promise<UsageReportVariables | undefined> {
    const usage = new Map((await this.opts.podUsage()).map((u) => [u.uid, u]));
    const node = this.nodeUsage();
    const at = this.now();
    const windowSeconds = this.lastAt === undefined ? undefined : (at - this.lastAt) / 1000;
    this.lastAt = at;

    const keep = new Set<string>([NODE_KEY]);
    const pods: UsageReportVariables['pods'] = [];
    for (const pod of this.opts.pods()) {
      const u = usage.get(pod.uid);
      if (!u) continue;
      const measured = u.containers ?? [{ name: pod.containers[0] ?? pod.name, cpuSeconds: u.cpuSeconds, memoryBytes: u.memoryBytes }];
      const containers: ContainerUsageReport[] = [];
      for (const c of measured) {
        const key = `${pod.uid}/${c.name}`;
        keep.add(key);
        const cores = this.rates.observe(key, c.cpuSeconds, at);
        if (cores !== undefined) containers.push({ name: c.name, cpuNanocores: nanocores(cores), memoryBytes: Math.round(c.memoryBytes) });
      }
      if (containers.length > 0) pods.push({ namespace: pod.namespace, name: pod.name, containers });
    }
    const nodeCores = node ? this.rates.observe(NODE_KEY, node.cpuSeconds, at) : undefined;
    this.rates.retain(keep);
    if (windowSeconds === undefined || windowSeconds <= 0) return undefined;
    return {
      nodeName: this.opts.nodeName,
      windowSeconds,
      node: node && nodeCores !== undefined ? { cpuNanocores: nanocores(nodeCores), memoryBytes: node.memoryWorkingSetBytes } : null,
      pods,
    };
  }
}
