/**
 * Liveness, readiness and startup probes (kubelet's prober): one `ProbeWorker` per probe of a
 * running container runs the check every `periodSeconds` after `initialDelaySeconds`, counts
 * consecutive results against `successThreshold`/`failureThreshold` and reports each flip of its
 * result. The pod worker decides what a result means (ready, started, restart).
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { ContainerPort, Probe } from './pod-types.ts';

export type ProbeKind = 'liveness' | 'readiness' | 'startup';

export interface ProbeOutcome {
  ok: boolean;
  /** Why it failed, for the Unhealthy event (`HTTP probe failed with statuscode: 500`, …). */
  message: string;
}

export interface ProbeTarget {
  podIP: string;
  ports: ContainerPort[];
  /** Runs a command in the container (exec probes). */
  exec(command: string[], timeoutMs: number): Promise<{ exitCode: number; output: string }>;
}

/** Kubernetes' defaults: every 10 s, 1 s timeout, 1 success, 3 failures. */
export function probeTimings(probe: Probe): { initialDelayMs: number; periodMs: number; timeoutMs: number; successThreshold: number; failureThreshold: number } {
  return {
    initialDelayMs: (probe.initialDelaySeconds ?? 0) * 1000,
    periodMs: Math.max(1, probe.periodSeconds ?? 10) * 1000,
    timeoutMs: Math.max(1, probe.timeoutSeconds ?? 1) * 1000,
    successThreshold: Math.max(1, probe.successThreshold ?? 1),
    failureThreshold: Math.max(1, probe.failureThreshold ?? 3),
  };
}

function resolvePort(port: number | string, ports: ContainerPort[]): number | undefined {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return ports.find((p) => p.name === port)?.containerPort;
}

async function httpProbe(probe: NonNullable<Probe['httpGet']>, target: ProbeTarget, timeoutMs: number): Promise<ProbeOutcome> {
  const port = resolvePort(probe.port, target.ports);
  if (port === undefined) return { ok: false, message: `unknown port name "${probe.port}"` };
  const scheme = probe.scheme === 'HTTPS' ? https : http;
  const headers: Record<string, string> = { 'user-agent': 'capstan-probe/1.0', accept: '*/*' };
  for (const h of probe.httpHeaders ?? []) headers[h.name.toLowerCase()] = h.value;
  const path = probe.path ? (probe.path.startsWith('/') ? probe.path : `/${probe.path}`) : '/';
  return new Promise((resolve) => {
    const req = scheme.request(
      { host: probe.host || target.podIP, port, path, method: 'GET', headers, timeout: timeoutMs, rejectUnauthorized: false, agent: false },
      (res) => {
        const status = res.statusCode ?? 0;
        res.resume();
        res.on('end', () => undefined);
        req.destroy();
        if (status >= 200 && status < 400) resolve({ ok: true, message: '' });
        else resolve({ ok: false, message: `HTTP probe failed with statuscode: ${status}` });
      },
    );
    req.on('timeout', () => {
      req.destroy();
      resolve({ ok: false, message: `Get "${scheme === https ? 'https' : 'http'}://${probe.host || target.podIP}:${port}${path}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` });
    });
    req.on('error', (err) => resolve({ ok: false, message: `Get "http://${probe.host || target.podIP}:${port}${path}": ${err.message}` }));
    req.end();
  });
}

async function tcpProbe(probe: NonNullable<Probe['tcpSocket']>, target: ProbeTarget, timeoutMs: number): Promise<ProbeOutcome> {
  const port = resolvePort(probe.port, target.ports);
  if (port === undefined) return { ok: false, message: `unknown port name "${probe.port}"` };
  const host = probe.host || target.podIP;
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ ok: false, message: `dial tcp ${host}:${port}: i/o timeout` });
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ ok: true, message: '' });
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, message: `dial tcp ${host}:${port}: ${err.message}` });
    });
  });
}

/** Runs one check of `probe` against a container. */
export async function runProbe(probe: Probe, target: ProbeTarget, timeoutMs: number): Promise<ProbeOutcome> {
  try {
    if (probe.exec) {
      const r = await target.exec(probe.exec.command ?? [], timeoutMs);
      return r.exitCode === 0 ? { ok: true, message: '' } : { ok: false, message: `command exited with ${r.exitCode}: ${r.output.trim().slice(0, 200)}` };
    }
    if (probe.httpGet) return await httpProbe(probe.httpGet, target, timeoutMs);
    if (probe.tcpSocket) return await tcpProbe(probe.tcpSocket, target, timeoutMs);
    return { ok: false, message: 'the probe has no exec, httpGet or tcpSocket' };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/**
 * Consecutive results counted against the thresholds (Kubernetes' prober worker, without the
 * timer). The result flips to true after `successThreshold` successes in a row and to false
 * after `failureThreshold` failures in a row; it starts undefined (startup), true (liveness)
 * or false (readiness), see initialResult.
 */
export class ProbeCounter {
  private successes = 0;
  private failures = 0;
  result: boolean | undefined;

  constructor(
    private readonly successThreshold: number,
    private readonly failureThreshold: number,
    initial: boolean | undefined,
  ) {
    this.result = initial;
  }

  /** Records one check; returns true when the result flipped. */
  record(ok: boolean): boolean {
    if (ok) {
      this.failures = 0;
      this.successes++;
      if (this.result !== true && this.successes >= this.successThreshold) {
        this.result = true;
        return true;
      }
    } else {
      this.successes = 0;
      this.failures++;
      if (this.result !== false && this.failures >= this.failureThreshold) {
        this.result = false;
        return true;
      }
    }
    return false;
  }
}

/** What a probe reports before it has decided: liveness passes, readiness fails, startup is undecided. */
export function initialResult(kind: ProbeKind): boolean | undefined {
  if (kind === 'liveness') return true;
  if (kind === 'readiness') return false;
  return undefined;
}

export interface ProbeWorkerOptions {
  kind: ProbeKind;
  probe: Probe;
  target: ProbeTarget;
  /** When the container started (the initial delay counts from it). */
  startedAt: number;
  /** Called on every flip of the result, and for each failed check with its message (Unhealthy events). */
  onResult(result: boolean | undefined, outcome: ProbeOutcome, flipped: boolean): void;
  /** Called after every check, passed or failed (the agent's probe metrics). */
  onCheck?(ok: boolean): void;
  /** Result to start from (a re-adopted container keeps its readiness); default initialResult(kind). */
  initial?: boolean;
  now?: () => number;
}

/** Probes one container periodically until stopped; a startup probe stops by itself once it succeeds. */
export class ProbeWorker {
  readonly counter: ProbeCounter;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly timings: ReturnType<typeof probeTimings>;

  constructor(private readonly opts: ProbeWorkerOptions) {
    this.timings = probeTimings(opts.probe);
    // Liveness and startup probes must succeed once (Kubernetes rejects other thresholds).
    const successThreshold = opts.kind === 'readiness' ? this.timings.successThreshold : 1;
    this.counter = new ProbeCounter(successThreshold, this.timings.failureThreshold, opts.initial ?? initialResult(opts.kind));
  }

  get result(): boolean | undefined {
    return this.counter.result;
  }

  start(): void {
    const now = (this.opts.now ?? Date.now)();
    const firstAt = this.opts.startedAt + this.timings.initialDelayMs;
    this.schedule(Math.max(0, firstAt - now));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    const outcome = await runProbe(this.opts.probe, this.opts.target, this.timings.timeoutMs);
    if (this.stopped) return;
    this.opts.onCheck?.(outcome.ok);
    const flipped = this.counter.record(outcome.ok);
    if (flipped || !outcome.ok) this.opts.onResult(this.counter.result, outcome, flipped);
    // A startup probe is done once it decided; a failed liveness probe means the container is being restarted.
    if (this.opts.kind === 'startup' && this.counter.result !== undefined) return;
    if (this.opts.kind === 'liveness' && this.counter.result === false) return;
    this.schedule(this.timings.periodMs);
  }
}
