import { describe, expect, it } from 'vitest';
import { computePodStatus, containerStatus, podPhase, sameStatus, type ContainerView } from './pod-status.ts';
import type { Pod } from './pod-types.ts';
import type { ContainerStatus as RuntimeContainer } from './runtime/types.ts';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-01T00:00:05Z');

const rt = (state: RuntimeContainer['state'], extra: Partial<RuntimeContainer> = {}): RuntimeContainer => ({
  id: `c-${extra.attempt ?? 0}`,
  podUid: 'u1',
  name: 'web',
  attempt: 0,
  state,
  startedAt: t0,
  logPath: '/x',
  ...(state === 'exited' ? { finishedAt: t1, exitCode: 1 } : {}),
  ...extra,
});

const view = (v: Partial<ContainerView>): ContainerView => ({ name: 'web', restartCount: 0, ready: false, started: false, ...v });

const pod = (restartPolicy: 'Always' | 'OnFailure' | 'Never' = 'Always', status: Pod['status'] = {}): Pod => ({
  metadata: { name: 'p', namespace: 'default', uid: 'u1' },
  spec: { restartPolicy, containers: [{ name: 'web' }] },
  status,
});

describe('container status', () => {
  it('shows a container in back-off as waiting, with the exit it is recovering from as lastState', () => {
    const s = containerStatus(view({ current: rt('exited', { exitCode: 3 }), restartCount: 2, waiting: { reason: 'CrashLoopBackOff', message: 'back-off 20s …' } }), 'process');
    expect(s.state).toEqual({ waiting: { reason: 'CrashLoopBackOff', message: 'back-off 20s …' } });
    expect(s.lastState?.terminated).toMatchObject({ exitCode: 3, reason: 'Error', containerID: 'process://c-0', finishedAt: t1.toISOString() });
    expect(s.restartCount).toBe(2);
  });

  it('shows a restarted running container with the previous attempt as lastState', () => {
    const s = containerStatus(view({ current: rt('running', { attempt: 1, id: 'c-1' }), previous: rt('exited', { exitCode: 137, signal: 9 }), restartCount: 1, ready: true, started: true }), 'process');
    expect(s.state).toEqual({ running: { startedAt: t0.toISOString() } });
    expect(s.lastState?.terminated).toMatchObject({ exitCode: 137, signal: 9 });
    expect(s.containerID).toBe('process://c-1');
  });

  it('reports OOMKilled and Completed as the runtime says', () => {
    expect(containerStatus(view({ current: rt('exited', { exitCode: 137, reason: 'OOMKilled' }) }), 'podman').state?.terminated?.reason).toBe('OOMKilled');
    expect(containerStatus(view({ current: rt('exited', { exitCode: 0 }) }), 'podman').state?.terminated?.reason).toBe('Completed');
  });
});

describe('pod phase', () => {
  const running = containerStatus(view({ current: rt('running') }), 'process');
  const failed = containerStatus(view({ current: rt('exited', { exitCode: 1 }) }), 'process');
  const done = containerStatus(view({ current: rt('exited', { exitCode: 0 }) }), 'process');
  const creating = containerStatus(view({}), 'process');
  const backingOff = containerStatus(view({ current: rt('exited'), waiting: { reason: 'CrashLoopBackOff' } }), 'process');

  it('follows Kubernetes getPhase', () => {
    expect(podPhase([creating], 'Always', true, false)).toBe('Pending');
    expect(podPhase([running, creating], 'Always', true, false)).toBe('Pending');
    expect(podPhase([running], 'Always', true, false)).toBe('Running');
    expect(podPhase([backingOff], 'Always', true, false)).toBe('Running');
    expect(podPhase([done], 'OnFailure', true, false)).toBe('Succeeded');
    expect(podPhase([done, failed], 'Never', true, false)).toBe('Failed');
    expect(podPhase([done], 'Never', true, false)).toBe('Succeeded');
    expect(podPhase([running], 'Always', false, false)).toBe('Pending');
    expect(podPhase([creating], 'Never', false, true)).toBe('Failed');
  });
});

describe('pod status', () => {
  it('sets the conditions, keeps lastTransitionTime while a condition holds, and keeps what others set', () => {
    const old = pod('Always', {
      qosClass: 'BestEffort',
      conditions: [
        { type: 'PodScheduled', status: 'True', lastTransitionTime: 'sched-time' },
        { type: 'Ready', status: 'True', lastTransitionTime: 'ready-time' },
        { type: 'example.com/gate', status: 'True' },
      ],
    });
    const s = computePodStatus({
      pod: old,
      runtimeName: 'process',
      hostIP: '127.64.1.1',
      podIP: '127.64.1.2',
      startTime: 'start',
      init: [],
      containers: [view({ current: rt('running'), ready: true, started: true })],
      initDone: true,
      initFailed: false,
      now: 'now',
    });
    expect(s.phase).toBe('Running');
    expect(s.qosClass).toBe('BestEffort');
    expect(s.podIPs).toEqual([{ ip: '127.64.1.2' }]);
    const byType = Object.fromEntries(s.conditions!.map((c) => [c.type, c]));
    expect(byType.Ready).toMatchObject({ status: 'True', lastTransitionTime: 'ready-time' });
    expect(byType.ContainersReady).toMatchObject({ status: 'True', lastTransitionTime: 'now' });
    expect(byType.Initialized).toMatchObject({ status: 'True' });
    expect(byType.PodScheduled).toMatchObject({ status: 'True', lastTransitionTime: 'sched-time' });
    expect(byType['example.com/gate']).toBeTruthy();

    const notReady = computePodStatus({ pod: { ...old, status: s }, runtimeName: 'process', hostIP: '127.64.1.1', podIP: '127.64.1.2', startTime: 'start', init: [], containers: [view({ current: rt('running'), started: true })], initDone: true, initFailed: false, now: 'later' });
    const ready = notReady.conditions!.find((c) => c.type === 'Ready')!;
    expect(ready).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [web]', lastTransitionTime: 'later' });
    expect(sameStatus(s, JSON.parse(JSON.stringify(s)))).toBe(true);
    expect(sameStatus(s, notReady)).toBe(false);
  });

  it('counts a sidecar’s readiness for the pod’s, and a started sidecar as initialized', () => {
    const facts = (sidecarReady: boolean) =>
      computePodStatus({
        pod: pod(),
        runtimeName: 'process',
        hostIP: 'h',
        init: [view({ name: 'proxy', current: rt('running', { name: 'proxy' }), started: true, ready: sidecarReady, sidecar: true })],
        containers: [view({ current: rt('running'), ready: true, started: true })],
        initDone: true,
        initFailed: false,
        now: 'now',
      });
    const unready = facts(false);
    expect(unready.phase).toBe('Running');
    expect(unready.conditions!.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', message: 'containers with unready status: [proxy]' });
    expect(facts(true).conditions!.find((c) => c.type === 'Ready')).toMatchObject({ status: 'True' });
  });

  it('says which init containers are not done', () => {
    const s = computePodStatus({
      pod: pod(),
      runtimeName: 'process',
      hostIP: 'h',
      init: [view({ name: 'setup', current: rt('running', { name: 'setup' }) })],
      containers: [view({ waiting: { reason: 'PodInitializing' } })],
      initDone: false,
      initFailed: false,
      now: 'now',
    });
    expect(s.phase).toBe('Pending');
    expect(s.conditions!.find((c) => c.type === 'Initialized')).toMatchObject({ status: 'False', message: 'containers with incomplete status: [setup]' });
    expect(s.containerStatuses![0]!.state).toEqual({ waiting: { reason: 'PodInitializing' } });
  });

  it('shows an evicted pod Failed with reason Evicted, its message and a DisruptionTarget condition, though its containers would restart', () => {
    const s = computePodStatus({
      pod: pod('Always'),
      runtimeName: 'process',
      hostIP: 'h',
      init: [],
      containers: [view({ current: rt('exited', { exitCode: 137, signal: 9 }) })],
      initDone: true,
      initFailed: false,
      evicted: 'Usage of EmptyDir volume "scratch" exceeds the limit "1Mi". ',
      now: 'now',
    });
    expect(s).toMatchObject({ phase: 'Failed', reason: 'Evicted', message: 'Usage of EmptyDir volume "scratch" exceeds the limit "1Mi". ' });
    expect(s.conditions!.find((c) => c.type === 'DisruptionTarget')).toMatchObject({ status: 'True', reason: 'TerminationByKubelet', message: s.message });
    expect(s.conditions!.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted' });
  });
});
