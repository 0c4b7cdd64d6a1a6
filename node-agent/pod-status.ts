/**
 * A pod's status computed from what the runtime reports and what the pod worker decided (the
 * kubelet's generateAPIPodStatus and getPhase): pure, so the rules are tested without
 * processes. Conditions keep their lastTransitionTime while their status stays the same.
 */
import type { ContainerStatus as RuntimeContainer } from './runtime/types.ts';
import type { ContainerState, ContainerStatus, Pod, PodCondition, PodPhase, PodStatus, RestartPolicy } from './pod-types.ts';

/** What the pod worker knows about one container of the spec. */
export interface ContainerView {
  name: string;
  image?: string;
  restartCount: number;
  /** The runtime's latest attempt of this container, if any. */
  current?: RuntimeContainer;
  /** The attempt before it (its state becomes `lastState`). */
  previous?: RuntimeContainer;
  ready: boolean;
  started: boolean;
  /** Why it is not running, when it is waiting: CrashLoopBackOff, CreateContainerConfigError, PodInitializing, … */
  waiting?: { reason: string; message?: string };
  /** An init container with restartPolicy Always: its readiness counts for the pod's. */
  sidecar?: boolean;
}

export interface PodStatusFacts {
  pod: Pod;
  runtimeName: string;
  hostIP: string;
  podIP?: string;
  startTime?: string;
  init: ContainerView[];
  containers: ContainerView[];
  initDone: boolean;
  /** An init container failed and will not be retried (restartPolicy Never). */
  initFailed: boolean;
  /** The agent evicted the pod (an emptyDir over its sizeLimit): this message says why. */
  evicted?: string;
  now: string;
}

function iso(d: Date | undefined): string | undefined {
  return d ? d.toISOString() : undefined;
}

export function terminatedState(c: RuntimeContainer, runtimeName: string): NonNullable<ContainerState['terminated']> {
  const exitCode = c.exitCode ?? (c.signal ? 128 + c.signal : 0);
  const t: NonNullable<ContainerState['terminated']> = {
    exitCode,
    reason: c.reason ?? (exitCode === 0 ? 'Completed' : 'Error'),
    containerID: `${runtimeName}://${c.id}`,
  };
  if (c.signal !== undefined) t.signal = c.signal;
  if (c.message) t.message = c.message;
  const started = iso(c.startedAt);
  const finished = iso(c.finishedAt);
  if (started) t.startedAt = started;
  if (finished) t.finishedAt = finished;
  return t;
}

export function containerStatus(v: ContainerView, runtimeName: string): ContainerStatus {
  const status: ContainerStatus = { name: v.name, ready: v.ready, restartCount: v.restartCount, started: v.started, state: {}, lastState: {} };
  if (v.image) status.image = v.image;
  const cur = v.current;
  if (cur) status.containerID = `${runtimeName}://${cur.id}`;
  if (cur && (cur.state === 'running' || cur.state === 'unknown')) {
    status.state = { running: { startedAt: iso(cur.startedAt) ?? new Date().toISOString() } };
    if (v.previous?.state === 'exited') status.lastState = { terminated: terminatedState(v.previous, runtimeName) };
  } else if (cur && cur.state === 'exited') {
    if (v.waiting) {
      status.state = { waiting: { ...v.waiting } };
      status.lastState = { terminated: terminatedState(cur, runtimeName) };
    } else {
      status.state = { terminated: terminatedState(cur, runtimeName) };
      if (v.previous?.state === 'exited') status.lastState = { terminated: terminatedState(v.previous, runtimeName) };
    }
  } else {
    status.state = { waiting: v.waiting ? { ...v.waiting } : { reason: 'ContainerCreating' } };
    if (cur && v.previous?.state === 'exited') status.lastState = { terminated: terminatedState(v.previous, runtimeName) };
  }
  return status;
}

/** Kubernetes' getPhase over the containers' statuses. */
export function podPhase(statuses: ContainerStatus[], restartPolicy: RestartPolicy, initDone: boolean, initFailed: boolean): PodPhase {
  if (initFailed) return 'Failed';
  if (!initDone) return 'Pending';
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const s of statuses) {
    if (s.state?.running) running++;
    else if (s.state?.terminated) {
      stopped++;
      if (s.state.terminated.exitCode === 0) succeeded++;
    } else if (s.lastState?.terminated) stopped++;
    else waiting++;
  }
  if (waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

function condition(old: PodCondition[], next: PodCondition, now: string): PodCondition {
  const before = old.find((c) => c.type === next.type);
  const out: PodCondition = { type: next.type, status: next.status, lastTransitionTime: before && before.status === next.status && before.lastTransitionTime ? before.lastTransitionTime : now };
  if (next.reason) out.reason = next.reason;
  if (next.message) out.message = next.message;
  if (before?.lastProbeTime) out.lastProbeTime = before.lastProbeTime;
  return out;
}

const OWN_CONDITIONS = new Set(['Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);

/** The pod's whole status; fields the agent does not own (nominatedNodeName, qosClass, other conditions) are kept. */
export function computePodStatus(f: PodStatusFacts): PodStatus {
  const old = f.pod.status ?? {};
  const oldConditions = old.conditions ?? [];
  const initStatuses = f.init.map((v) => containerStatus(v, f.runtimeName));
  const statuses = f.containers.map((v) => containerStatus(v, f.runtimeName));
  // An evicted pod has failed whatever its containers' exits say (the kubelet's evictPod).
  const phase = f.evicted !== undefined ? 'Failed' : podPhase(statuses, f.pod.spec.restartPolicy ?? 'Always', f.initDone, f.initFailed);
  const terminal = phase === 'Succeeded' || phase === 'Failed';

  const incompleteInit = f.init.filter((v, i) => !(v.sidecar && v.started) && initStatuses[i]!.state?.terminated?.exitCode !== 0).map((v) => v.name);
  const initialized: PodCondition = f.initDone
    ? { type: 'Initialized', status: 'True' }
    : { type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: `containers with incomplete status: [${incompleteInit.join(' ')}]` };
  // Sidecars count for the pod's readiness, as in Kubernetes.
  const unready = [...f.init.filter((v) => v.sidecar), ...f.containers].filter((v) => !v.ready).map((v) => v.name);
  const readyish = (type: string): PodCondition =>
    terminal
      ? { type, status: 'False', reason: 'PodCompleted' }
      : !f.initDone
        ? { type, status: 'False', reason: 'ContainersNotInitialized', message: `containers with incomplete status: [${incompleteInit.join(' ')}]` }
        : unready.length === 0
          ? { type, status: 'True' }
          : { type, status: 'False', reason: 'ContainersNotReady', message: `containers with unready status: [${unready.join(' ')}]` };
  const scheduled = oldConditions.find((c) => c.type === 'PodScheduled') ?? { type: 'PodScheduled', status: 'True' as const };

  const conditions = [
    condition(oldConditions, initialized, f.now),
    condition(oldConditions, readyish('Ready'), f.now),
    condition(oldConditions, readyish('ContainersReady'), f.now),
    condition(oldConditions, scheduled, f.now),
    ...oldConditions.filter((c) => !OWN_CONDITIONS.has(c.type) && !(f.evicted !== undefined && c.type === 'DisruptionTarget')),
  ];
  if (f.evicted !== undefined) conditions.push(condition(oldConditions, { type: 'DisruptionTarget', status: 'True', reason: 'TerminationByKubelet', message: f.evicted }, f.now));

  const status: PodStatus = { phase, conditions, hostIP: f.hostIP };
  if (old.nominatedNodeName) status.nominatedNodeName = old.nominatedNodeName;
  if (old.qosClass) status.qosClass = old.qosClass;
  if (f.podIP) {
    status.podIP = f.podIP;
    status.podIPs = [{ ip: f.podIP }];
  }
  if (f.startTime) status.startTime = f.startTime;
  if (f.evicted !== undefined) {
    status.reason = 'Evicted';
    status.message = f.evicted;
  }
  if (initStatuses.length > 0) status.initContainerStatuses = initStatuses;
  status.containerStatuses = statuses;
  return status;
}

/** Whether two statuses say the same (order-insensitive for keys, as JSON from the API may differ in order). */
export function sameStatus(a: PodStatus | undefined, b: PodStatus | undefined): boolean {
  return canonical(a ?? {}) === canonical(b ?? {});
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined && x !== null && !(typeof x === 'object' && !Array.isArray(x) && Object.keys(x as object).length === 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
