/**
 * A Deployment's status from its ReplicaSets, and its Available and Progressing conditions
 * (Kubernetes' calculateStatus, syncRolloutStatus and checkPausedConditions), pure.
 */
import { rfc3339 } from '../../api/time.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { fenceposts, specReplicas } from './deployment-rollout.ts';

/** Kubernetes' "no deadline" value of progressDeadlineSeconds (math.MaxInt32). */
const NO_DEADLINE = 2147483647;

export interface DeploymentCondition {
  type: 'Available' | 'Progressing' | 'ReplicaFailure';
  status: 'True' | 'False' | 'Unknown';
  lastUpdateTime: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

export interface DeploymentStatusInput {
  deployment: KObject;
  /** Every ReplicaSet the Deployment owns, the new one included. */
  all: KObject[];
  newRS: KObject | undefined;
  /** What this reconcile did about the new ReplicaSet (sets the Progressing reason). */
  newRSEvent?: 'created' | 'found';
  nowMs: number;
}

export interface DeploymentStatusResult {
  status: Record<string, any>;
  /** When to look again for a progress deadline, if the rollout is still running. */
  requeueAfterMs?: number;
}

export function calculateDeploymentStatus(input: DeploymentStatusInput): DeploymentStatusResult {
  const { deployment: d, all, newRS, nowMs } = input;
  const now = rfc3339(nowMs);
  const old = d.status ?? {};
  const total = all.reduce((n, rs) => n + specReplicas(rs), 0);
  const available = all.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
  const status: Record<string, any> = {
    observedGeneration: d.metadata.generation ?? 1,
    replicas: all.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0),
    updatedReplicas: newRS?.status?.replicas ?? 0,
    readyReplicas: all.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, total - available),
  };
  if (old.collisionCount !== undefined) status.collisionCount = old.collisionCount;
  const conditions: DeploymentCondition[] = structuredClone(Array.isArray(old.conditions) ? old.conditions : []);
  const find = (type: string) => conditions.find((c) => c.type === type);
  /** Kubernetes' SetDeploymentCondition: same status and reason → unchanged; same status → keep the transition time. */
  const set = (type: DeploymentCondition['type'], st: DeploymentCondition['status'], reason: string, message: string) => {
    const cur = find(type);
    if (cur && cur.status === st && cur.reason === reason) return;
    const next: DeploymentCondition = { type, status: st, lastUpdateTime: now, lastTransitionTime: cur && cur.status === st ? cur.lastTransitionTime : now, reason, message };
    if (cur) conditions.splice(conditions.indexOf(cur), 1, next);
    else conditions.push(next);
  };

  const minAvailable = specReplicas(d) - fenceposts(d).maxUnavailable;
  if (available >= minAvailable) set('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.');
  else set('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.');

  const result = (requeueAfterMs?: number): DeploymentStatusResult => {
    status.conditions = conditions;
    return requeueAfterMs === undefined ? { status } : { status, requeueAfterMs };
  };

  const progressing = find('Progressing');
  if (d.spec?.paused) {
    if (progressing?.reason !== 'DeploymentPaused') set('Progressing', 'Unknown', 'DeploymentPaused', 'Deployment is paused');
    return result();
  }
  if (progressing?.reason === 'DeploymentPaused') set('Progressing', 'Unknown', 'DeploymentResumed', 'Deployment is resumed');

  const deadlineSeconds: number = d.spec?.progressDeadlineSeconds ?? 600;
  if (deadlineSeconds === NO_DEADLINE) {
    const i = conditions.findIndex((c) => c.type === 'Progressing');
    if (i >= 0) conditions.splice(i, 1);
    return result();
  }
  const rsName = newRS?.metadata.name;
  if (input.newRSEvent === 'created') set('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${rsName}"`);
  if (input.newRSEvent === 'found' && !find('Progressing')) set('Progressing', 'True', 'FoundNewReplicaSet', `Found new replica set "${rsName}"`);

  const cond = find('Progressing');
  const complete = status.replicas === status.updatedReplicas && cond?.reason === 'NewReplicaSetAvailable';
  if (complete) return result();
  const replicas = specReplicas(d);
  const subject = rsName ? `ReplicaSet "${rsName}"` : 'Deployment';
  if (status.updatedReplicas === replicas && status.replicas === replicas && status.availableReplicas === replicas && status.observedGeneration >= (d.metadata.generation ?? 1)) {
    set('Progressing', 'True', 'NewReplicaSetAvailable', `${subject} has successfully progressed.`);
    return result();
  }
  const madeProgress =
    status.updatedReplicas > (old.updatedReplicas ?? 0) ||
    status.replicas - status.updatedReplicas < (old.replicas ?? 0) - (old.updatedReplicas ?? 0) ||
    status.readyReplicas > (old.readyReplicas ?? 0) ||
    status.availableReplicas > (old.availableReplicas ?? 0);
  if (madeProgress) {
    // Unlike other conditions, progress moves lastUpdateTime even with the same reason: the deadline counts from it.
    const next: DeploymentCondition = {
      type: 'Progressing',
      status: 'True',
      lastUpdateTime: now,
      lastTransitionTime: cond?.status === 'True' ? cond.lastTransitionTime : now,
      reason: 'ReplicaSetUpdated',
      message: `${subject} is progressing.`,
    };
    if (cond) conditions.splice(conditions.indexOf(cond), 1, next);
    else conditions.push(next);
    return result(deadlineSeconds * 1000 + 1000);
  }
  const current = find('Progressing');
  if (!current || current.reason === 'ProgressDeadlineExceeded') return result();
  const deadline = Date.parse(current.lastUpdateTime) + deadlineSeconds * 1000;
  if (deadline < nowMs) {
    set('Progressing', 'False', 'ProgressDeadlineExceeded', `${subject} has timed out progressing.`);
    return result();
  }
  // Timestamps have whole seconds: look again a second after the deadline has surely passed.
  return result(deadline - nowMs + 1000);
}
