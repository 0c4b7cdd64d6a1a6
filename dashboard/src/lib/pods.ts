/** What a pod row shows, computed as kubectl computes its STATUS, READY and RESTARTS columns. */
import { parseQuantity } from './format.ts';
import type { K8sObject } from './kinds.ts';

export function podStatus(pod: K8sObject): string {
  if (pod.metadata.deletionTimestamp) return 'Terminating';
  const statuses: any[] = pod.status?.containerStatuses ?? [];
  for (const s of statuses) {
    const reason = s.state?.waiting?.reason ?? (s.state?.terminated && pod.status?.phase === 'Running' ? s.state.terminated.reason : null);
    if (reason) return reason;
  }
  if (pod.status?.phase === 'Pending' && !pod.spec?.nodeName) {
    const scheduled = (pod.status?.conditions ?? []).find((c: any) => c.type === 'PodScheduled');
    if (scheduled?.status === 'False') return scheduled.reason ?? 'Unschedulable';
  }
  return pod.status?.reason ?? pod.status?.phase ?? 'Pending';
}

export function podReady(pod: K8sObject): { ready: number; total: number } {
  const total = pod.spec?.containers?.length ?? 0;
  const ready = (pod.status?.containerStatuses ?? []).filter((s: any) => s.ready).length;
  return { ready, total };
}

export function podRestarts(pod: K8sObject): number {
  return (pod.status?.containerStatuses ?? []).reduce((n: number, s: any) => n + (s.restartCount ?? 0), 0);
}

/** Whether the pod still holds its node's resources (not finished). */
export function podActive(pod: K8sObject): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

/** The pod's requests: cpu in cores, memory in bytes. */
export function podRequests(pod: K8sObject): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const c of pod.spec?.containers ?? []) {
    cpu += parseQuantity(c.resources?.requests?.cpu);
    memory += parseQuantity(c.resources?.requests?.memory);
  }
  return { cpu, memory };
}

export function nodeReady(node: K8sObject): string {
  const ready = (node.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
  const base = ready?.status === 'True' ? 'Ready' : ready?.status === 'False' ? 'NotReady' : 'Unknown';
  return node.spec?.unschedulable ? `${base},SchedulingDisabled` : base;
}

export function controllerOf(o: K8sObject): { kind: string; name: string; uid: string } | undefined {
  return (o.metadata.ownerReferences ?? []).find((r) => r.controller) ?? undefined;
}
