import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { calculateDeploymentStatus, type DeploymentCondition } from './deployment-status.ts';

const T0 = Date.UTC(2026, 11, 6, 12, 0, 0);

const deployment = (replicas: number, extra: Record<string, unknown> = {}, status?: Record<string, unknown>): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', generation: 1 },
  spec: { replicas, strategy: { type: 'RollingUpdate' }, ...extra },
  ...(status ? { status } : {}),
});

const rs = (name: string, spec: number, replicas: number, available: number): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name, namespace: 'default' },
  spec: { replicas: spec },
  status: { replicas, readyReplicas: available, availableReplicas: available },
});

const condition = (status: Record<string, any>, type: string): DeploymentCondition | undefined => status.conditions.find((c: DeploymentCondition) => c.type === type);

describe('calculateDeploymentStatus', () => {
  it('sums the ReplicaSets: updated replicas are the new one pods, unavailable counts against spec', () => {
    const old = rs('web-old', 2, 2, 2);
    const fresh = rs('web-new', 2, 2, 1);
    const { status } = calculateDeploymentStatus({ deployment: deployment(4), all: [old, fresh], newRS: fresh, nowMs: T0 });
    expect(status).toMatchObject({ observedGeneration: 1, replicas: 4, updatedReplicas: 2, readyReplicas: 3, availableReplicas: 3, unavailableReplicas: 1 });
  });

  it('is Available while at least replicas - maxUnavailable pods are available', () => {
    const fresh = rs('web-new', 4, 4, 3);
    const { status } = calculateDeploymentStatus({ deployment: deployment(4), all: [fresh], newRS: fresh, nowMs: T0 });
    expect(condition(status, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });

    const fewer = rs('web-new', 4, 4, 2);
    const { status: s2 } = calculateDeploymentStatus({ deployment: deployment(4), all: [fewer], newRS: fewer, nowMs: T0 });
    expect(condition(s2, 'Available')).toMatchObject({ status: 'False', reason: 'MinimumReplicasUnavailable' });
  });

  it('says NewReplicaSetAvailable once every replica is updated and available', () => {
    const fresh = rs('web-new', 3, 3, 3);
    const { status, requeueAfterMs } = calculateDeploymentStatus({ deployment: deployment(3), all: [fresh], newRS: fresh, newRSEvent: 'found', nowMs: T0 });
    expect(condition(status, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "web-new" has successfully progressed.' });
    expect(requeueAfterMs).toBeUndefined();
  });

  it('moves the progress time when the rollout made progress and asks to look again after the deadline', () => {
    const before = { replicas: 3, updatedReplicas: 1, readyReplicas: 3, availableReplicas: 3, conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', lastUpdateTime: '2026-12-06T11:00:00Z', lastTransitionTime: '2026-12-06T11:00:00Z', message: '' }] };
    const old = rs('web-old', 1, 1, 1);
    const fresh = rs('web-new', 3, 2, 2);
    const { status, requeueAfterMs } = calculateDeploymentStatus({ deployment: deployment(3, { progressDeadlineSeconds: 60 }, before), all: [old, fresh], newRS: fresh, nowMs: T0 });
    expect(condition(status, 'Progressing')).toMatchObject({ reason: 'ReplicaSetUpdated', lastUpdateTime: '2026-12-06T12:00:00Z', lastTransitionTime: '2026-12-06T11:00:00Z' });
    expect(requeueAfterMs).toBe(61_000);
  });

  it('reports ProgressDeadlineExceeded when nothing moved for progressDeadlineSeconds', () => {
    const stuck = { replicas: 3, updatedReplicas: 1, readyReplicas: 2, availableReplicas: 2, conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', lastUpdateTime: '2026-12-06T11:58:00Z', lastTransitionTime: '2026-12-06T11:58:00Z', message: '' }] };
    const old = rs('web-old', 2, 2, 2);
    const fresh = rs('web-new', 1, 1, 0);
    const input = { deployment: deployment(3, { progressDeadlineSeconds: 60 }, stuck), all: [old, fresh], newRS: fresh };
    const { status } = calculateDeploymentStatus({ ...input, nowMs: T0 });
    expect(condition(status, 'Progressing')).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-new" has timed out progressing.' });

    // Before the deadline: still progressing, look again a second after it.
    const early = calculateDeploymentStatus({ ...input, nowMs: Date.UTC(2026, 11, 6, 11, 58, 30) });
    expect(condition(early.status, 'Progressing')?.reason).toBe('ReplicaSetUpdated');
    expect(early.requeueAfterMs).toBe(31_000);
  });

  it('marks a paused Deployment DeploymentPaused, and DeploymentResumed when it resumes', () => {
    const fresh = rs('web-new', 2, 2, 2);
    const paused = calculateDeploymentStatus({ deployment: deployment(2, { paused: true }), all: [fresh], newRS: fresh, nowMs: T0 }).status;
    expect(condition(paused, 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused' });
    const resumed = calculateDeploymentStatus({ deployment: deployment(3, {}, paused), all: [fresh], newRS: fresh, nowMs: T0 + 1000 }).status;
    expect(condition(resumed, 'Progressing')?.reason).toBe('DeploymentResumed');
  });
});
