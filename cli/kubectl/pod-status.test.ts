import { describe, expect, it } from 'vitest';
import { podSummary } from './pod-status.ts';

const pod = (status: any, extra: any = {}) => ({
  metadata: { name: 'p', ...extra.metadata },
  spec: { containers: [{ name: 'a' }, { name: 'b' }], ...extra.spec },
  status,
});

describe('podSummary', () => {
  it('counts ready running containers and shows the phase', () => {
    const s = podSummary(pod({ phase: 'Running', containerStatuses: [
      { name: 'a', ready: true, restartCount: 0, state: { running: {} } },
      { name: 'b', ready: false, restartCount: 0, state: { running: {} } },
    ] }));
    expect(s).toEqual({ ready: '1/2', status: 'Running', restarts: '0' });
  });

  it("shows a waiting container's reason, such as CrashLoopBackOff, with the restarts and when the last one was", () => {
    const finishedAt = new Date(Date.now() - 40_000).toISOString();
    const s = podSummary(pod({ phase: 'Running', containerStatuses: [
      { name: 'a', ready: true, restartCount: 0, state: { running: {} } },
      { name: 'b', ready: false, restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, finishedAt } } },
    ] }));
    expect(s.status).toBe('CrashLoopBackOff');
    expect(s.restarts).toMatch(/^3 \(4\ds ago\)$/);
  });

  it('shows Completed, ExitCode:N without a reason, Init:N/M and Terminating', () => {
    expect(podSummary(pod({ phase: 'Succeeded', containerStatuses: [{ name: 'a', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }] })).status).toBe('Completed');
    expect(podSummary(pod({ phase: 'Failed', containerStatuses: [{ name: 'a', ready: false, restartCount: 0, state: { terminated: { exitCode: 2 } } }] })).status).toBe('ExitCode:2');
    const init = pod({ phase: 'Pending', initContainerStatuses: [{ name: 'i', ready: false, restartCount: 0, state: { running: {} } }] }, { spec: { initContainers: [{ name: 'i' }, { name: 'j' }] } });
    expect(podSummary(init).status).toBe('Init:0/2');
    expect(podSummary(pod({ phase: 'Running' }, { metadata: { deletionTimestamp: '2026-01-01T00:00:00Z' } })).status).toBe('Terminating');
  });
});
