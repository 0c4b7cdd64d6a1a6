/**
 * What the podman runtime keeps on its pods and containers (labels), and how a Docker-compatible
 * inspect answer becomes the runtime interface's ContainerStatus. Pure.
 */
import type { ContainerRuntimeState, ContainerStatus } from '../types.ts';

/** Labels the runtime sets itself; listed objects without POD_UID are not Capstan's. */
export const LABEL = {
  POD_UID: 'capstan.runtime.pod-uid',
  POD_IP: 'capstan.runtime.pod-ip',
  POD_NAMESPACE: 'capstan.runtime.pod-namespace',
  POD_NAME: 'capstan.runtime.pod-name',
  CONTAINER_NAME: 'capstan.runtime.container-name',
  ATTEMPT: 'capstan.runtime.attempt',
  LOG_PATH: 'capstan.runtime.log-path',
} as const;

const OWN_PREFIX = 'capstan.runtime.';

/** The labels the agent gave, without the runtime's own. */
export function userLabels(labels: Record<string, string> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(labels ?? {}).filter(([k]) => !k.startsWith(OWN_PREFIX)));
}

/** podman's pod name for a pod uid (unique per node, valid as a podman name). */
export function podNameFor(uid: string): string {
  return `capstan-${uid}`;
}

/** A podman container name that is unique per pod, container and attempt. */
export function containerNameFor(podUid: string, name: string, attempt: number): string {
  return `capstan-${podUid}-${name}-${attempt}`;
}

/** The parts of a Docker-compatible inspect answer this module reads. */
export interface InspectLike {
  Id: string;
  State?: {
    Status?: string;
    Running?: boolean;
    Pid?: number;
    ExitCode?: number;
    OOMKilled?: boolean;
    Error?: string;
    StartedAt?: string;
    FinishedAt?: string;
  };
  Config?: { Labels?: Record<string, string> | null };
}

function stateOf(status: string | undefined): ContainerRuntimeState {
  switch (status) {
    case 'created':
    case 'configured':
    case 'initialized':
      return 'created';
    case 'running':
    case 'paused':
    case 'stopping':
      return 'running';
    case 'exited':
    case 'stopped':
    case 'dead':
      return 'exited';
    default:
      return 'unknown';
  }
}

/** podman writes Go's zero time for "never": 0001-01-01T00:00:00Z. */
function timeOf(value: string | undefined): Date | undefined {
  if (!value || value.startsWith('0001-01-01')) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function toContainerStatus(info: InspectLike): ContainerStatus {
  const labels = info.Config?.Labels ?? {};
  const s = info.State ?? {};
  const state = stateOf(s.Status);
  const status: ContainerStatus = {
    id: info.Id,
    podUid: labels[LABEL.POD_UID] ?? '',
    name: labels[LABEL.CONTAINER_NAME] ?? '',
    attempt: Number(labels[LABEL.ATTEMPT] ?? 0),
    state,
    logPath: labels[LABEL.LOG_PATH] ?? '',
  };
  if (state === 'running' && s.Pid) status.pid = s.Pid;
  const startedAt = timeOf(s.StartedAt);
  if (startedAt) status.startedAt = startedAt;
  if (state === 'exited') {
    const finishedAt = timeOf(s.FinishedAt);
    // podman stamps StartedAt when conmon reports the start and FinishedAt from the exit, so a
    // container that exits at once can read as finished a millisecond before it started.
    if (finishedAt) status.finishedAt = startedAt && finishedAt < startedAt ? startedAt : finishedAt;
    status.exitCode = s.ExitCode ?? 0;
    // Exit codes above 128 are 128 + the signal (the init process passes them on).
    if (status.exitCode > 128 && status.exitCode < 160) status.signal = status.exitCode - 128;
    status.reason = s.OOMKilled ? 'OOMKilled' : status.exitCode === 0 ? 'Completed' : 'Error';
    if (s.Error) status.message = s.Error;
  }
  return status;
}
