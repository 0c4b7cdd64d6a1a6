/**
 * What a pod worker keeps per container of the spec: the runtime's current and previous attempt,
 * restart count and back-off, why it waits, and its probes. `startProbes` runs the container's
 * probes as Kubernetes does (a startup probe first; liveness and readiness once it succeeded);
 * `containerView` turns a record into what the pod status shows.
 */
import type { BackoffState } from './backoff.ts';
import type { ContainerView } from './pod-status.ts';
import type { Container } from './pod-types.ts';
import { ProbeWorker, type ProbeKind } from './probes.ts';
import type { ContainerStatus as RuntimeContainer, Runtime } from './runtime/types.ts';

export interface ContainerRecord {
  spec: Container;
  init: boolean;
  current?: RuntimeContainer;
  previous?: RuntimeContainer;
  restartCount: number;
  backoff: BackoffState;
  /** Why it is not running (CrashLoopBackOff, CreateContainerConfigError, …). */
  waiting?: { reason: string; message?: string };
  /** The container id the probes below belong to. */
  probedId?: string;
  probes: Partial<Record<ProbeKind, ProbeWorker>>;
  /** Set when a liveness or startup probe failed for `current`: kill it and restart per policy. */
  killFor?: { id: string; message: string };
  /** The exit already announced with a BackOff event. */
  backoffEventFor?: string;
  /** A postStart hook of `current` is running: the container is not ready yet. */
  hookRunning?: boolean;
  /** Termination messages read for exited attempts, by container id. */
  messages?: Map<string, string>;
  /** Readiness from the pod's status for a re-adopted container id, until its probe decides. */
  adoptedReady?: { id: string; ready: boolean };
}

/** An init container with restartPolicy Always: a sidecar, kept running beside the containers. */
export function isSidecar(rec: Pick<ContainerRecord, 'spec' | 'init'>): boolean {
  return rec.init && rec.spec.restartPolicy === 'Always';
}

export interface ProbeHooks {
  podIP: string;
  runtime: Runtime;
  /** A check failed (for the Unhealthy event). */
  onFailure(kind: ProbeKind, message: string): void;
  /** A probe's result flipped: the pod worker syncs again. */
  onChange(): void;
  /** Every check's result (the agent's probe metrics). */
  onCheck?(kind: ProbeKind, ok: boolean): void;
}

/** Starts the probes of `cur` (once per container id). A failed liveness or startup probe sets `killFor`. */
export function startProbes(rec: ContainerRecord, cur: RuntimeContainer, hooks: ProbeHooks): void {
  if ((rec.init && !isSidecar(rec)) || rec.probedId === cur.id) return;
  stopProbes(rec);
  rec.probedId = cur.id;
  const target = {
    podIP: hooks.podIP,
    ports: rec.spec.ports ?? [],
    exec: (command: string[], timeoutMs: number) => hooks.runtime.exec(cur.id, command, timeoutMs),
  };
  const startedAt = cur.startedAt?.getTime() ?? Date.now();
  const adopted = rec.adoptedReady?.id === cur.id ? rec.adoptedReady.ready : undefined;
  const make = (kind: ProbeKind) => {
    const probe = kind === 'liveness' ? rec.spec.livenessProbe : kind === 'readiness' ? rec.spec.readinessProbe : rec.spec.startupProbe;
    if (!probe) return;
    const worker = new ProbeWorker({
      kind,
      probe,
      target,
      startedAt,
      ...(kind === 'readiness' && adopted !== undefined ? { initial: adopted } : {}),
      onCheck: (ok) => hooks.onCheck?.(kind, ok),
      onResult: (result, outcome, flipped) => {
        if (rec.probedId !== cur.id) return;
        if (!outcome.ok) hooks.onFailure(kind, outcome.message);
        if (!flipped) return;
        if (kind === 'startup' && result === true) startOthers();
        if ((kind === 'liveness' || kind === 'startup') && result === false) {
          rec.killFor = { id: cur.id, message: `Container ${rec.spec.name} failed ${kind} probe, will be restarted` };
        }
        hooks.onChange();
      },
    });
    rec.probes[kind] = worker;
    worker.start();
  };
  const startOthers = () => {
    make('liveness');
    make('readiness');
  };
  // A re-adopted running container had started already: its startup probe is not run again.
  if (rec.spec.startupProbe && adopted === undefined) make('startup');
  else startOthers();
}

export function stopProbes(rec: ContainerRecord): void {
  for (const p of Object.values(rec.probes)) p?.stop();
  rec.probes = {};
  rec.probedId = undefined;
}

/** The container as the pod status shows it: started once its startup probe passed, ready once its readiness probe did. */
export function containerView(rec: ContainerRecord, initDone: boolean): ContainerView {
  const running = rec.current?.state === 'running' || rec.current?.state === 'unknown';
  const probing = running && rec.probedId === rec.current!.id;
  const started = running && (!rec.spec.startupProbe || (probing && rec.probes.startup === undefined) || rec.probes.startup?.result === true);
  let ready = false;
  const plainInit = rec.init && !isSidecar(rec);
  if (running && started && !plainInit && !rec.hookRunning) ready = rec.spec.readinessProbe ? rec.probes.readiness?.result === true : true;
  const v: ContainerView = { name: rec.spec.name, restartCount: rec.restartCount, ready, started: plainInit ? running : started };
  if (rec.spec.image) v.image = rec.spec.image;
  if (!plainInit && rec.init) v.sidecar = true;
  if (rec.current) v.current = rec.current;
  if (rec.previous) v.previous = rec.previous;
  if (rec.waiting) v.waiting = rec.waiting;
  else if (!rec.current && !rec.init && !initDone) v.waiting = { reason: 'PodInitializing' };
  return v;
}
